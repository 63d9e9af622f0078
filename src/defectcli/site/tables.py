"""What the site's database holds, declared once: each table's columns, what each means, what it
links to, its label, facets, sort order and full-text columns, and the views. database.py builds the
database and the Datasette metadata from these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import codes
from .codes import explained

TITLE = "Defections from Myanmar's military since the 2021 coup"
LICENSE = "MIT"
LICENSE_URL = "https://spdx.org/licenses/MIT.html"
# Datasette lists column descriptions one under another above the rows, which pushes a wide table
# below the fold; three to a line, they take a third of the height. Long names in facet lists wrap
# at word boundaries, not mid-word. Inline, so the metadata file is all a page needs.
CSS = """
dl.column-descriptions{display:grid;grid-template-columns:repeat(3,max-content minmax(0,1fr));gap:.15em .8em;
 font-size:.85em;align-items:baseline;margin:.5em 0 1em}
dl.column-descriptions dd{margin:0;padding:0;white-space:normal;line-height:1.3}
@media (max-width:1000px){dl.column-descriptions{grid-template-columns:max-content minmax(0,1fr)}}
ul.tight-bullets li{word-break:normal;overflow-wrap:anywhere}
ul.list{margin:0;padding-left:1.1em;list-style:disc}ul.list li{margin:0}
span.code{text-decoration:underline dotted;cursor:help}
table.record{border-collapse:collapse;margin:1em 0;max-width:100%}
table.record th,table.record td{text-align:left;vertical-align:top;padding:.35em .8em .35em 0;
 border-bottom:1px solid #ddd}
table.record th{white-space:nowrap;font-weight:600}
table.record td.field-doc{color:#555;font-size:.85em;max-width:28em}
form.defectcli-search input[type=search]{width:60%;max-width:40em;font-size:1.05em;padding:.35em}
ol.hits{list-style:decimal;padding-left:2em}ol.hits li{margin:0 0 1.1em}
ol.hits .hit-title{font-size:1.05em}
ol.hits .hit-kind{font-size:.75em;color:#fff;background:#67727e;border-radius:.3em;padding:.05em .45em}
ol.hits .hit-snippet{color:#333;margin:.15em 0}ol.hits mark{background:#fff3a8;padding:0 .1em}
ol.hits .hit-note,ol.hits .hit-sources{color:#666;font-size:.85em}
p.search-help{color:#555;font-size:.9em;margin-top:2em}
"""
# Where to start, on the database page.
START = ("quotes", "people", "figures", "motivations", "events", "conflicts", "sources")


@dataclass(frozen=True)
class Col:
    name: str
    type: str  # as sqlite-utils names it: TEXT, INTEGER, REAL, or ANY (text or a number)
    doc: str
    ref: str | None = None  # the table whose id this column holds


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    label: str
    columns: tuple[Col, ...]
    pk: str | None = "id"
    facets: tuple[str | dict[str, str], ...] = ()
    sort: str | None = None
    fts: tuple[str, ...] = ()
    index: str | None = None  # a full-text table of its own that database.py makes (search_fts: as the cache's)


def _cols(*spec: tuple[str, str, str] | tuple[str, str, str, str]) -> tuple[Col, ...]:
    return tuple(Col(*s) for s in spec)


JSON_NOTE = " (a JSON array; empty when there are none)"
_SOURCES = ("sources", "TEXT", "Ids of the sources this record rests on" + JSON_NOTE + ".")
_DATE = ("ISO 8601: a day (2021-02-01), month (2021-02), year (2021) or period (2021-02-01/.. is "
         "1 February 2021 or later); empty when unknown")
PRECISION = explained("How exact the date is", codes.PRECISION)
BASIS = explained("Where the date comes from", codes.BASIS)

TABLES: tuple[Table, ...] = (
    Table("sources", "The articles every fact comes from, each found by its SHA-256.", "label", _cols(
        ("id", "TEXT", "Short id facts cite it by (s1)."),
        ("label", "TEXT", "Id, author and date in one line: what links to the source show."),
        ("kind", "TEXT", "What it is: article."),
        ("title", "TEXT", "Its title, when it prints one."),
        ("headings", "TEXT", "Its section headings, in order" + JSON_NOTE + "."),
        ("date", "TEXT", "When it was written: " + _DATE + "."),
        ("date_precision", "TEXT", PRECISION),
        ("date_basis", "TEXT", BASIS),
        ("date_note", "TEXT", "How the date was inferred, or what qualifies it."),
        ("sha256", "TEXT", "SHA-256 of the article text; `defectcli check --sources DIR` finds the text by it."),
        ("file_hint", "TEXT", "The name its text file had when the facts were taken from it."),
        ("outlet", "TEXT", "Publication record: the outlet that published it."),
        ("published_title", "TEXT", "Publication record: its title as published."),
        ("url", "TEXT", "Publication record: where it was published."),
        ("byline", "TEXT", "Publication record: the byline's names" + JSON_NOTE + "."),
        ("published", "TEXT", "Publication record: the date it was published (not inferred from the text)."),
        ("section", "TEXT", "Publication record: the outlet's section."),
        ("retrieved", "TEXT", "Publication record: the day the page was saved."),
        ("record_given_by", "TEXT", "Who or what gave the publication record."))),
    Table("themes", "The vocabulary of themes quotes are tagged with.", "id", _cols(
        ("id", "TEXT", "The theme (safety, livelihood, ...)."),
        ("description", "TEXT", "What the theme covers.")), sort="id"),
    Table("search_words", "The everyday words each theme is also found by: a search for one word of a group finds "
                          "the group's other words and the theme's quotes.", "words", _cols(
                              ("theme_id", "TEXT", "The theme.", "themes"),
                              ("words", "TEXT", "Its groups of words that mean the same to a searcher, separated by |.")),
          pk=None, fts=("words",)),
    Table("people", "Everyone the articles name, quote or describe: named, pseudonymous, unnamed, and groups.",
          "name", _cols(
              ("id", "TEXT", "Short id facts refer to the person by; also their id among the actors, where their "
                             "quotes, figures and reasons are linked from.", "actors"),
              ("name", "TEXT", "Name as the article gives it; for someone unnamed, a short description."),
              ("name_status", "TEXT", explained("Their name", codes.NAME_STATUS)),
              ("is_group", "INTEGER", "1 for a group of people spoken of together (\"the interviewees\"), 0 for one person."),
              ("roles", "TEXT", explained("Parts they play" + JSON_NOTE, codes.ROLES)),
              ("aliases", "TEXT", "Other names the article uses" + JSON_NOTE + "."),
              ("titles", "TEXT", "Titles and ranks before the name (Capt)" + JSON_NOTE + "."),
              ("described_as", "TEXT", "How the article describes them, verbatim."),
              ("note", "TEXT", "Our note."),
              _SOURCES),
          facets=("name_status", {"array": "roles"}, {"array": "sources"}), sort="name",
          fts=("name", "aliases", "titles", "described_as", "note")),
    Table("person_names", "Every form of a person's name a search finds them by: name and aliases, with and without "
                          "titles, folded.", "name", _cols(
                              ("person", "TEXT", "The person.", "people"),
                              ("name", "TEXT", "The name as written."),
                              ("key", "TEXT", "The name as a search matches it: lower case, accents, titles and "
                                              "honorifics dropped."),
                              ("what", "TEXT", "name (a name or alias), titled (with its titles), label (an unnamed "
                                               "person's), or described (how the article describes them, which "
                                               "`person` also finds them by)")), pk=None),
    Table("organisation_names", "Every form of an organisation's name a search finds it by: name and aliases, "
                                "folded.", "name", _cols(
                                    ("organisation", "TEXT", "The organisation.", "organisations"),
                                    ("name", "TEXT", "The name as written."),
                                    ("key", "TEXT", "The name as a search matches it: lower case, accents and "
                                                    "apostrophes dropped, a leading \"the\" left out.")), pk=None),
    Table("organisations", "Armies, governments, groups and media the articles name.", "name", _cols(
        ("id", "TEXT", "Short id facts refer to it by; also its id among the actors, where its quotes, figures "
                       "and reasons are linked from.", "actors"),
        ("name", "TEXT", "Its name."),
        ("kind", "TEXT", "military, police, government, armed_group, ngo, movement, media, or generic."),
        ("aliases", "TEXT", "Other names the articles use" + JSON_NOTE + "."),
        ("part_of", "TEXT", "The organisation it belongs to.", "organisations"),
        ("described_as", "TEXT", "How the article describes it, verbatim."),
        ("note", "TEXT", "Our note."),
        _SOURCES),
          facets=("kind",), sort="name", fts=("name", "aliases", "described_as", "note")),
    Table("actors", "Everyone who says, states or gives something: each person and each organisation once, so that "
                    "a quote's speaker, a figure's stated_by and a reason's giver are links whichever they are.",
          "name", _cols(
              ("id", "TEXT", "The person's or organisation's id."),
              ("name", "TEXT", "Their name."),
              ("type", "TEXT", explained("What they are", codes.ACTOR_TYPE)),
              ("person", "TEXT", "The person, when it is one.", "people"),
              ("organisation", "TEXT", "The organisation, when it is one.", "organisations")),
          facets=("type",), sort="name"),
    Table("places", "Countries, regions and towns the articles name.", "name", _cols(
        ("id", "TEXT", "Short id facts refer to it by."),
        ("name", "TEXT", "Its name."),
        ("kind", "TEXT", "country, region, division, area, or city."),
        ("note", "TEXT", "Our note."),
        _SOURCES), facets=("kind",), sort="name"),
    Table("events", "Things that happened, each dated as the sources allow.", "name", _cols(
        ("id", "TEXT", "Short id facts refer to it by."),
        ("name", "TEXT", "What happened."),
        ("kind", "TEXT", "coup, crackdown, trend, law, interview, enlistment, attack, operation, report, or defection."),
        ("date", "TEXT", "When: " + _DATE + "."),
        ("date_precision", "TEXT", PRECISION),
        ("date_basis", "TEXT", BASIS),
        ("date_note", "TEXT", "How the date was inferred, or what qualifies it."),
        ("note", "TEXT", "Our note."),
        _SOURCES), facets=("kind", "date_basis"), sort="date", fts=("name", "note")),
    Table("figures", "Every number the articles give: what it counts, who states it, and the words it is given in.",
          "label", _cols(
              ("id", "TEXT", "Short id."),
              ("label", "TEXT", "The number as worded, and what it counts."),
              ("topic", "TEXT", "defections, conscription, interviews, motivations, living, migration, support, "
                                "operations, ..."),
              ("stated_by", "TEXT", "Who produced the number; empty when it is the article's own.", "actors"),
              ("source", "TEXT", "Where it is stated.", "sources"),
              ("excerpt", "TEXT", "The passage that states it, verbatim."),
              ("value", "INTEGER", "The number (the low end of a range)."),
              ("value_max", "INTEGER", "The high end of a range."),
              ("comparator", "TEXT", explained("How the number is given", codes.COMPARATOR)),
              ("unit", "TEXT", "people, years of age, ..."),
              ("wording", "TEXT", "The number as the source words it (\"over 13,000\"), verbatim."),
              ("counts", "TEXT", "What is counted."),
              ("as_of", "TEXT", "When the number holds: " + _DATE + "."),
              ("as_of_precision", "TEXT", PRECISION),
              ("as_of_basis", "TEXT", BASIS),
              ("as_of_note", "TEXT", "What qualifies the date."),
              ("rank", "TEXT", explained("Which to quote when figures disagree", codes.RANK)),
              ("rank_reason", "TEXT", "Why it is preferred or deprecated."),
              ("derivation", "TEXT", "How a number the text only implies was worked out."),
              ("note", "TEXT", "Our note.")),
          facets=("topic", "stated_by", "source"), sort="topic", fts=("counts", "wording", "topic", "excerpt", "note")),
    Table("quotes", "Direct quotations, verbatim, with who says them and their themes.", "text", _cols(
        ("id", "TEXT", "Short id."),
        ("text", "TEXT", "The quotation; separate runs of quoted text are joined by \" … \"."),
        ("speaker", "TEXT", "Who says it: a person or an organisation.", "actors"),
        ("themes", "TEXT", "What it is about" + JSON_NOTE + "; see themes."),
        ("source", "TEXT", "The article it is in.", "sources"),
        ("line", "INTEGER", "The line of the article text it is on."),
        ("kind", "TEXT", explained("How much is quoted", codes.QUOTE_KIND)),
        ("attribution", "TEXT", explained("How sure the article makes it who says it", codes.ATTRIBUTION)),
        ("note", "TEXT", "Our note."),
        ("parts", "TEXT", "When the writer's words interrupt the quotation: each run between quote marks, "
                           "verbatim (a JSON array).")),
          facets=("speaker", {"array": "themes"}, "source", "kind"), sort="line", fts=("text", "note")),
    Table("motivations", "Reasons for joining the military, for defecting, and for staying.", "reason", _cols(
        ("id", "TEXT", "Short id."),
        ("stage", "TEXT", explained("When the reason counts", codes.STAGE)),
        ("reason", "TEXT", "The reason, in our short words; who gives it, in their words, is in motivation_givers."),
        ("note", "TEXT", "Our note."),
        _SOURCES), facets=("stage",), sort="stage", fts=("reason", "note")),
    Table("conflicts", "Where the sources disagree, contradict themselves or err, with both sides cited.", "topic",
          _cols(
              ("id", "TEXT", "Short id."),
              ("kind", "TEXT", explained("What is wrong", codes.CONFLICT_KIND)),
              ("topic", "TEXT", "What it is about."),
              ("summary", "TEXT", "What the sources say, and what we make of it."),
              ("headline", "TEXT", "The figure to show when only one can be: the most conservative.", "figures")),
          facets=("kind",), sort="kind", fts=("topic", "summary")),
    Table("source_credits", "Who wrote each source, and who contributed to it.", "role", _cols(
        ("source", "TEXT", "The source.", "sources"),
        ("person", "TEXT", "The person.", "people"),
        ("role", "TEXT", "author or contributor.")), pk=None),
    Table("person_relations", "How people are related to each other.", "relation", _cols(
        ("person", "TEXT", "The person.", "people"),
        ("relation", "TEXT", "What the other person is to them (grandmother, ...)."),
        ("other", "TEXT", "The other person.", "people")), pk=None),
    Table("attributes", "What the articles say about each person: age, rank, years served, ..., each with its excerpt.",
          "value", _cols(
              ("person", "TEXT", "Whom it describes.", "people"),
              ("field", "TEXT", "age, age_joined, year_joined, years_served, rank, branch, role, education, family, ..."),
              ("value", "ANY", "The value: a number, or text that appears in the excerpt."),
              ("value_max", "INTEGER", "The high end of a range."),
              ("unit", "TEXT", "years, year, ..."),
              ("wording", "TEXT", "A number as the source words it (\"aged 17\", \"decade\")."),
              ("note", "TEXT", "Our note."),
              ("source", "TEXT", "Where it is said.", "sources"),
              ("excerpt", "TEXT", "The passage that says it, verbatim.")),
          pk=None, facets=("field", "source"), fts=("value", "wording", "excerpt", "note")),
    Table("evidence", "The passages that show a person, organisation, place, event or reason is in a source, or "
                      "say who wrote a source.", "excerpt", _cols(
                          ("kind", "TEXT", "What the passage is evidence of: person, organisation, place, event, "
                                           "motivation, or source."),
                          ("person", "TEXT", "The person it is evidence of.", "people"),
                          ("organisation", "TEXT", "The organisation it is evidence of.", "organisations"),
                          ("place", "TEXT", "The place it is evidence of.", "places"),
                          ("event", "TEXT", "The event it is evidence of.", "events"),
                          ("motivation", "TEXT", "The reason it is evidence of (said without naming anyone).",
                           "motivations"),
                          ("source", "TEXT", "The source the passage is in (for kind source, the source it is "
                                             "evidence of).", "sources"),
                          ("excerpt", "TEXT", "The passage, verbatim.")), pk=None, facets=("kind", "source")),
    Table("event_people", "Who took part in or is named in each event.", "person", _cols(
        ("event", "TEXT", "The event.", "events"),
        ("person", "TEXT", "The person.", "people")), pk=None),
    Table("event_places", "Where each event happened.", "place", _cols(
        ("event", "TEXT", "The event.", "events"),
        ("place", "TEXT", "The place.", "places")), pk=None),
    Table("event_organisations", "Which organisations each event involves.", "organisation", _cols(
        ("event", "TEXT", "The event.", "events"),
        ("organisation", "TEXT", "The organisation.", "organisations")), pk=None),
    Table("figure_parts", "The breakdown of a total (soldiers and police); parts add up to the figure.", "label", _cols(
        ("figure", "TEXT", "The total.", "figures"),
        ("label", "TEXT", "What the part counts."),
        ("value", "INTEGER", "The number."),
        ("wording", "TEXT", "The number as the source words it.")), pk=None),
    Table("figure_about", "The people a figure counts or describes.", "person", _cols(
        ("figure", "TEXT", "The figure.", "figures"),
        ("person", "TEXT", "The person or group.", "people")), pk=None),
    Table("figure_derivations", "Figures worked out from others.", "derived_from", _cols(
        ("figure", "TEXT", "The figure worked out.", "figures"),
        ("derived_from", "TEXT", "A figure it is worked out from.", "figures")), pk=None),
    Table("quote_themes", "Each quote's themes, one row each: a theme's page links to its quotes.", "theme", _cols(
        ("quote", "TEXT", "The quote.", "quotes"),
        ("theme", "TEXT", "The theme.", "themes")), pk=None, facets=("theme",)),
    Table("motivation_givers", "Who gives each reason, in their own words, with the source.", "excerpt", _cols(
        ("motivation", "TEXT", "The reason.", "motivations"),
        ("who", "TEXT", "Who gives it: a person, group or organisation.", "actors"),
        ("excerpt", "TEXT", "Where they give it, verbatim."),
        ("attribution", "TEXT", explained("How sure the article makes it that the reason is theirs",
                                            codes.GIVER_ATTRIBUTION)),
        ("note", "TEXT", "Our note."),
        ("source", "TEXT", "The source.", "sources")), pk=None, facets=("who", "attribution")),
    Table("motivation_figures", "Counts of how many people give a reason.", "figure", _cols(
        ("motivation", "TEXT", "The reason.", "motivations"),
        ("figure", "TEXT", "The figure.", "figures")), pk=None),
    Table("conflict_claims", "What each side of a conflict says, verbatim, and how we rate it.", "excerpt", _cols(
        ("conflict", "TEXT", "The conflict.", "conflicts"),
        ("source", "TEXT", "The source that says it.", "sources"),
        ("excerpt", "TEXT", "What it says, verbatim."),
        ("rating", "TEXT", explained("How we rate what it says", codes.RATING)),
        ("figure", "TEXT", "The figure it concerns.", "figures"),
        ("event", "TEXT", "The event it concerns.", "events")), pk=None, facets=("rating", "source")),
    Table("search", "Everything in one place to search: every record, with its kind, what it is called and all its "
                    "text. Search it here word by word, or from the home page, best hits first, as `defectcli search` "
                    "does.", "title", _cols(
                        ("kind", "TEXT", "person, organisation, place, event, figure, quote, motivation, conflict, "
                                         "source, or theme: the table the record is in (person: people, ...)."),
                        ("record_id", "TEXT", "The record's id in its table."),
                        ("title", "TEXT", "What the record is called (a quote: its words; a figure: its value as "
                                          "stated, then what it counts)."),
                        ("lead", "TEXT", "A figure's value as stated, with its unit and parts: what its hits lead "
                                         "with."),
                        ("text", "TEXT", "All of its text: what it is called, then the rest, a line each."),
                        ("sources", "TEXT", "Ids of the sources it rests on" + JSON_NOTE + ".")),
          pk=None, facets=("kind",), index="search_fts"),
)
BY_NAME = {t.name: t for t in TABLES}
