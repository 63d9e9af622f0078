"""Which columns each list shows, in a table and in csv/tsv (json carries every field).

In a table a column's kind decides its layout (see formats.Column): ids, numbers and codes are kept
whole; `drop` marks the columns a narrow table may leave out, the highest first.
"""

from __future__ import annotations

from ..written import source_date
from .formats import Column, date_shown, figure_value, group_label, number

C = Column


def _value_and_unit(f: dict[str, object]) -> str:
    unit = f.get("unit")
    return f"{figure_value(f)} {unit}" if unit else figure_value(f)


PEOPLE = [C("id", "ID", kind="id"), C("name", "Name"), C("name_status", "Name status", kind="code", drop=2),
          C("roles", "Roles", kind="list", drop=1), C("sources", "Sources", kind="code", drop=3)]
FIGURES_TABLE = [C("id", "ID", kind="id"), C("value", "Value", _value_and_unit, kind="short"),
                 C("counts", "Counts"),
                 C("stated_by", "Stated by", lambda f: f"{f['stated_by_name'] or 'the article'} ({f['source']})",
                   kind="short", drop=1)]
# The number, and beside it the value as stated (comparator and range kept: "over 13,000", "18–35"),
# so that a script never reports a bare 13000; a range's upper bound; a total's parts.
FIGURES_FLAT = [C("id", "ID"), C("value", "Value"), C("value_stated", "Value as stated", figure_value),
                C("value_max", "Max"), C("comparator", "Comparator"),
                C("unit", "Unit"), C("counts", "Counts"), C("topic", "Topic"), C("stated_by", "Stated by"),
                C("source", "Source"), C("excerpt", "Excerpt"),
                C("parts", "Parts", lambda f: [f"{number(p['value'])} {p['label']}" for p in f["parts"]])]
QUOTES = [C("id", "ID", kind="id"), C("speaker_name", "Speaker", kind="short"),
          C("attribution", "Attribution", kind="code"), C("text", "Quote"), C("themes", "Themes", kind="list"),
          C("source", "Source", lambda q: f"{q['source']}:{q['line']}", kind="code")]
# A table says how a quote is attributed only when not explicitly, beside the speaker.
QUOTES_TABLE = [C("id", "ID", kind="id"),
                C("speaker_name", "Speaker", lambda q: q["speaker_name"] if q["attribution"] == "explicit"
                  else f"{q['speaker_name']} ({q['attribution']})", kind="short"),
                C("text", "Quote"), C("themes", "Themes", kind="list", drop=2),
                C("source", "Source", lambda q: f"{q['source']}:{q['line']}", kind="code", drop=1)]
THEMES = [C("id", "Theme", kind="id"), C("quotes", "Quotes", kind="num"), C("description", "Description")]
MOTIVATIONS = [C("stage", "Stage", kind="code"), C("reason", "Reason"), C("people_count", "People", kind="num"),
               C("people", "Who", lambda m: m["people"] + m["uncertain"], kind="list", drop=1),
               C("groups", "Groups", lambda m: [group_label(g) for g in m["group_counts"]], kind="list", drop=3),
               C("id", "ID", kind="id"), C("sources", "Sources", kind="code", drop=2)]
SEARCH = [C("kind", "Kind", kind="code"), C("id", "ID", kind="id"), C("title", "Title"), C("snippet", "Snippet"),
          C("matched", "Matched", kind="list"), C("via", "Via"), C("missing", "Missing", kind="list"),
          C("sources", "Sources", kind="code", drop=2), C("score", "Score", kind="num", drop=1)]
# The date a source is shown with: its publication record's, named as such, then what its text gives
# (written.source_date). The record's own fields follow in csv/tsv as recorded (`published` ISO 8601).
SOURCES = [C("id", "ID", kind="id"), C("headings", "Headings"), C("author_names", "Authors", kind="list"),
           C("contributor_names", "Contributors", kind="list", drop=2),
           C("date", "Date", source_date),
           C("sha256", "SHA-256", kind="code", drop=3),
           C("published", "Published", lambda s: (s["record"] or {}).get("published"), kind="short", drop=1),
           C("outlet", "Outlet", lambda s: (s["record"] or {}).get("outlet"), kind="short", drop=1),
           C("url", "URL", lambda s: (s["record"] or {}).get("url"), drop=4)]
# A table shows each date once: the record's date leads the Date column.
SOURCES_TABLE = [c for c in SOURCES if c.key != "published"]
TIMELINE = [C("date", "Date", lambda e: date_shown(e["date"]), kind="short"),
            C("precision", "Precision", lambda e: e["date"]["precision"], kind="code", drop=2),
            C("basis", "Basis", lambda e: e["date"]["basis"], kind="code", drop=3), C("name", "Event"),
            C("kind", "Kind", kind="code", drop=1), C("id", "ID", kind="id"),
            C("after", "After", kind="list", drop=5), C("sources", "Sources", kind="code", drop=4)]
CONFLICTS = [C("id", "ID", kind="id"), C("kind", "Kind", kind="code"), C("topic", "Topic", kind="short"),
             C("summary", "Summary"),
             C("claims", "Claims", lambda c: [f"{x['source']} ({x['rating']}): {x['excerpt']}" for x in c["claims"]],
               drop=1)]
ORGS = [C("id", "ID", kind="id"), C("name", "Name", kind="short"), C("kind", "Kind", kind="code", drop=2),
        C("aliases", "Aliases"), C("sources", "Sources", kind="code", drop=1),
        C("attributes", "What the articles say", lambda o: [f"{a['value']} ({a['source']})" for a in o["attributes"]],
          drop=3)]
