"""The Datasette metadata of the site's database: title, licence, sources, every table and column
described, labels, facets and sort orders, all from tables.py."""

from __future__ import annotations

from typing import Any

from .tables import CSS, LICENSE, LICENSE_URL, START, TABLES, TITLE
from .views import VIEW_FACETS, VIEWS


def metadata(database: str, sources: list[str]) -> dict[str, Any]:
    """Datasette metadata for the site database named `database` (its file name without .db)."""
    import html
    import urllib.parse

    def link(name: str) -> str:
        return f'<a href="{html.escape(urllib.parse.quote(database))}/{name}">{name}</a>'

    guide = (f"<p>The whole fact base, one table per kind of fact. Start with {', '.join(link(t) for t in START)}: "
             "each can be searched, and faceted by theme, speaker, source, stage or kind. A question asked often "
             f"has a view of its own: {', '.join(link(v) for v in VIEWS)}. {link('search')} holds every record at "
             "once, to search them all.</p>")
    tables: dict[str, Any] = {}
    for t in TABLES:
        entry: dict[str, Any] = {"description": t.doc, "label_column": t.label,
                                 "columns": {c.name: c.doc for c in t.columns}}
        if t.facets:
            entry["facets"] = list(t.facets)
        if t.sort:
            entry["sort"] = t.sort
        if t.index:  # a full-text table Datasette cannot find by itself (it holds its own copy of the text)
            entry["fts_table"], entry["fts_pk"] = t.index, "rowid"
        tables[t.name] = entry
    for name, (doc, _, columns) in VIEWS.items():
        tables[name] = {"description": doc, "columns": columns, "facets": list(VIEW_FACETS.get(name, ()))}
    # Datasette shows the source on every page: a long archive is summed up, not listed.
    listed = "; ".join(sources[:4]) + (f"; and {len(sources) - 4} more (see sources)" if len(sources) > 4 else "")
    about = ("Source-checked facts about soldiers and police who left Myanmar's military after the February 2021 "
             "coup: people, figures and who states them, verbatim quotes by theme, reasons for joining, defecting "
             "and staying, events, and where the sources disagree. Every fact cites its article and a verbatim "
             "excerpt, checked against the article text. Made by defectcli.")
    return {
        "title": TITLE,
        "description": about,
        "description_html": f"<p>{html.escape(about)}</p>" + guide,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": f"{len(sources)} article{'s' if len(sources) != 1 else ''}: {listed}" if sources else "no sources",
        "extra_css_urls": ["data:text/css," + urllib.parse.quote(" ".join(CSS.split()), safe="")],
        "databases": {database: {"description_html": guide, "tables": tables}},
    }
