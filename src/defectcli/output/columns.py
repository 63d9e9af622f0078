"""Which columns each list shows, in a table and in csv/tsv (json carries every field)."""

from __future__ import annotations

from .formats import Column, date_shown, figure_value, group_label

C = Column
PEOPLE = [C("id", "ID"), C("name", "Name"), C("name_status", "Name status"), C("roles", "Roles"), C("sources", "Sources")]
FIGURES_TABLE = [C("id", "ID"), C("value", "Value", figure_value), C("unit", "Unit"), C("counts", "Counts"),
                 C("stated_by", "Stated by", lambda f: f["stated_by_name"] or "the article"), C("source", "Source")]
FIGURES_FLAT = [C("id", "ID"), C("value", "Value"), C("value_max", "Max"), C("comparator", "Comparator"),
                C("unit", "Unit"), C("counts", "Counts"), C("topic", "Topic"), C("stated_by", "Stated by"),
                C("source", "Source"), C("excerpt", "Excerpt")]
QUOTES = [C("id", "ID"), C("speaker_name", "Speaker"), C("attribution", "Attribution"), C("text", "Quote"),
          C("themes", "Themes"), C("source", "Source", lambda q: f"{q['source']}:{q['line']}")]
THEMES = [C("id", "Theme"), C("quotes", "Quotes"), C("description", "Description")]
MOTIVATIONS = [C("stage", "Stage"), C("reason", "Reason"), C("people_count", "People"),
               C("people", "Who", lambda m: m["people"] + m["uncertain"]),
               C("groups", "Groups", lambda m: [group_label(g) for g in m["group_counts"]]), C("id", "ID"),
               C("sources", "Sources")]
SEARCH = [C("kind", "Kind"), C("id", "ID"), C("title", "Title"), C("sources", "Sources"), C("score", "Score")]
SOURCES = [C("id", "ID"), C("headings", "Headings"), C("author_names", "Authors"),
           C("contributor_names", "Contributors"),
           C("date", "Date", lambda s: f"{date_shown(s['date']) if s['date']['value'] else '?'} ({s['date']['basis']})"),
           C("sha256", "SHA-256")]
TIMELINE = [C("date", "Date", lambda e: date_shown(e["date"])),
            C("precision", "Precision", lambda e: e["date"]["precision"]),
            C("basis", "Basis", lambda e: e["date"]["basis"]), C("name", "Event"), C("kind", "Kind"), C("id", "ID"),
            C("after", "After"), C("sources", "Sources")]
CONFLICTS = [C("id", "ID"), C("kind", "Kind"), C("topic", "Topic"), C("summary", "Summary"),
             C("claims", "Claims", lambda c: [f"{x['source']} ({x['rating']}): {x['excerpt']}" for x in c["claims"]])]
ORGS = [C("id", "ID"), C("name", "Name"), C("kind", "Kind"), C("aliases", "Aliases"), C("sources", "Sources"),
        C("attributes", "What the articles say", lambda o: [f"{a['value']} ({a['source']})" for a in o["attributes"]])]
PERSON_FLAT = [C("person", "Person"), C("name", "Name"), C("field", "Field"), C("value", "Value"),
               C("value_max", "Max"), C("unit", "Unit"), C("source", "Source"), C("excerpt", "Excerpt")]
