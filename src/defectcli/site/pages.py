"""The site's search page, `/-/search?q=WORDS` (`.json` for data): what `defectcli search WORDS` finds, in
the same order, each hit a link to its record. One search box, on the home page and here, over the
whole fact base. The work is the CLI's search function run on the site's database (search.py), in
Datasette's worker threads and under its time limit for SQL.
"""

from __future__ import annotations

import html
import sqlite3
import urllib.parse
from typing import Any

from ..errors import DefectError
from ..store.cache.schema import KIND_TABLE
from ..store.queries.ids import kind_named
from ..text import quoted, suggest, whole_number
from . import search as site_search

PAGE = 20  # hits a page shows, as `defectcli search` does; `limit` asks for more, up to MAX_LIMIT


async def search_page(datasette: Any, request: Any) -> Any:
    from datasette.utils import sqlite_timelimit
    from datasette.utils.asgi import Response

    error = _unusable(request)
    q = request.args.get("q") or ""
    kind = None if error else _kind(request.args.get("kind"))
    limit = int(request.args.get("limit") or PAGE) if not error else PAGE
    name = next(n for n in datasette.databases if n != "_internal")
    db = datasette.get_database(name)
    hits: list[dict[str, Any]] = []
    more = False
    json_asked = request.url_vars.get("format") == ".json"
    # The page without q is the search box; the data, or a search asked for, says what is wrong with no words.
    if not error and (q.strip() or json_asked or "q" in request.args):
        ms = datasette.setting("sql_time_limit_ms")

        def run(_: sqlite3.Connection) -> list[dict[str, Any]]:
            # A connection of its own: the search's scratch table (temp.hits) stays out of Datasette's,
            # where the database page would list it as an attached database.
            conn = sqlite3.connect(f"file:{urllib.parse.quote(str(db.path))}?immutable=1", uri=True)
            try:
                with sqlite_timelimit(conn, ms):
                    return site_search.search(conn, q, kind, limit + 1)[0]
            finally:
                conn.close()

        try:
            hits = await db.execute_fn(run)
        except DefectError as exc:  # no words, too many words
            error = str(exc)
        except sqlite3.OperationalError as exc:
            error = ("the search took too long; use fewer or longer words" if "interrupt" in str(exc)
                     else f"the search failed: {exc}")
        more = len(hits) > limit
        hits = hits[:limit]
    for hit in hits:
        hit["url"] = datasette.urls.row(name, hit.pop("table"), _tilde(hit["id"]))
    partial = any(hit["missing"] for hit in hits)
    if json_asked:
        data = {"q": q, "kind": kind, "hits": hits,
                "partial": partial, "more": more, "error": error}
        return Response.json(data, status=400 if error else 200)
    for hit in hits:
        hit["snippet_html"] = marked(hit["snippet"], hit["highlights"])
    page = await datasette.render_template(
        "defectcli_search.html",
        {"database": name, "q": q, "kind": kind, "kinds": list(KIND_TABLE), "hits": hits, "error": error,
         "partial": partial, "more": more,
         "limit": limit, "more_url": more and _with(request, limit=min(limit * 2, site_search.MAX_LIMIT)),
         "source_url": lambda sid: datasette.urls.row(name, "sources", _tilde(sid)),
         # the same query as data: its words, its kind and its limit
         "json_url": datasette.urls.path("/-/search.json") + (f"?{request.query_string}" if request.query_string else "")},
        request=request)
    return Response.html(page, status=400 if error else 200)


# What the page takes: a parameter of another name is refused, not ignored (`?Kind=quote` would search every kind).
PARAMETERS = ("q", "kind", "limit")


def _unusable(request: Any) -> str | None:
    """Why the query cannot be answered as asked, in one line, or None: a parameter the page does not
    take, one given twice, a kind that is none (any case, singular or plural, as `search --kind`
    takes it; empty is every kind, as the form sends it), a limit that is no number from 1 to
    MAX_LIMIT (empty is the default)."""
    for name in request.args:
        if name not in PARAMETERS:
            close = next((p for p in PARAMETERS if p == name.strip().casefold()), None)
            hint = f"did you mean '{close}'? " if close else suggest(name, PARAMETERS, "did you mean '{}'? ")
            return f"unknown parameter {quoted(name)}; {hint}the search page takes {', '.join(PARAMETERS)}"
        given = request.args.getlist(name)
        if len(given) > 1:
            return f"{name}: given {len(given)} times ({', '.join(quoted(v, 40) for v in given[:3])}); give it once"
    try:
        _kind(request.args.get("kind"))
    except DefectError as exc:
        return str(exc)
    limit = request.args.get("limit") or str(PAGE)
    number = whole_number(limit, 3) if limit.isascii() else None
    if number is None or not 1 <= number <= site_search.MAX_LIMIT:
        return f"limit: give a number of hits from 1 to {site_search.MAX_LIMIT} (not {quoted(limit, 40)})"
    return None


def _kind(given: str | None) -> str | None:
    """The kind `given` names, as `search --kind` reads it; None (every kind) for none or empty."""
    return kind_named(given, "kind") if given else None


def marked(snippet: str, spans: list[list[int]]) -> str:
    """A snippet as HTML: its text escaped, each matched word ([start, end) of `spans`) in <mark>."""
    import markupsafe

    out, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            out += [html.escape(snippet[at:start], quote=False), "<mark>", html.escape(snippet[start:end], quote=False),
                    "</mark>"]
            at = end
    out.append(html.escape(snippet[at:], quote=False))
    return markupsafe.Markup("".join(out))


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return str(tilde_encode(value))


def _with(request: Any, **args: Any) -> str:
    query = {k: request.args.get(k) for k in request.args}
    query.update({k: str(v) for k, v in args.items()})
    return str(request.path) + "?" + urllib.parse.urlencode(query)
