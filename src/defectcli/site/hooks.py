"""What `defectcli serve` adds to Datasette 0.x, as a plugin registered in-process (serve.py):

- the search page, `/-/search` (and `.json`): the CLI's own search on the site's database (pages.py);
- cells: a reference on a row page is a link labelled as Datasette labels it on table pages
  (datasette issue 1592); a list is a list, each item a link where it names a record; a coded value
  says what it means (codes.py); a `search` row's record_id links to the record;
- no machinery in the reader's face: the database page does not count the full-text tables;
- with `--sql`, SQL that a request from another web site asks for is refused;
- every connection refuses `fts3_tokenizer`, ATTACH and extension loading, and a result of more than
  MAX_RESULT bytes; when arbitrary SQL is allowed (`--sql`), it bounds the size of any one value, the
  number of columns and the length of a LIKE pattern too, and the functions whose calls the time limit
  cannot stop are linear and stop at the limit themselves (calls.py).

Datasette is imported only inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from collections.abc import Callable
from typing import Any

from . import codes
from .escaping import escaping
from .search import TABLE

# Columns that hold a JSON array, and the table their items name (None: plain words).
LISTS: dict[str, str | None] = {"sources": "sources", "themes": "themes", "roles": None, "aliases": None,
                                "titles": None, "headings": None, "byline": None, "parts": None}
# The most text and bytes one query may return (a page of the longest rows is a few MB), and with
# --sql the longest value it may make (the longest in an export is under 5 KB), the most columns (the
# widest table has 21) and the longest LIKE or GLOB pattern. instr(), replace(), LIKE and GLOB take
# time that grows with a value's length times the pattern's, within one call the time limit cannot
# stop: at 1 MB values instr() took 10 s and a 40,000-character LIKE pattern 98 s; at these bounds,
# under a second each.
MAX_RESULT = 20_000_000
MAX_VALUE = 200_000
MAX_COLUMNS = 32
MAX_PATTERN = 1_000
TOO_BIG = f"the result is larger than {MAX_RESULT // 1_000_000} MB; ask for fewer rows or columns"
_DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension"})
_SQLITE_ATTACH, _SQLITE_DETACH, _SQLITE_FUNCTION = 24, 25, 31
_SQLITE_LIMIT_LENGTH, _SQLITE_LIMIT_COLUMN, _SQLITE_LIMIT_LIKE_PATTERN_LENGTH = 0, 2, 8
# Requests a browser says come from another site (Fetch Metadata): their SQL is never run.
_OTHER_SITES = {b"cross-site", b"same-site"}


def _authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
    if action in (_SQLITE_ATTACH, _SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == _SQLITE_FUNCTION and (arg2 or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


_spent = threading.local()  # each connection is used by one of Datasette's threads


def _bounded_rows(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> sqlite3.Row:
    """Datasette's rows (sqlite3.Row), refused once a query's rows add up to more than MAX_RESULT: the
    time limit alone lets a query that makes large values fill memory within its second."""
    spent: weakref.WeakKeyDictionary[sqlite3.Cursor, int] = _spent.__dict__.setdefault(
        "by_cursor", weakref.WeakKeyDictionary())
    total = spent.get(cursor, 0) + 16 * len(row) + sum(len(v) for v in row if isinstance(v, (str, bytes)))
    if total > MAX_RESULT:
        raise sqlite3.OperationalError(TOO_BIG)
    spent[cursor] = total
    return sqlite3.Row(cursor, row)


def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    conn.set_authorizer(_authorize)
    conn.row_factory = _bounded_rows
    if getattr(datasette, "_defectcli_sql", False):
        setlimit = conn.setlimit  # type: ignore[attr-defined]  # Python 3.11+; serve refuses --sql before
        setlimit(_SQLITE_LIMIT_LENGTH, MAX_VALUE)
        setlimit(_SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
        setlimit(_SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_PATTERN)
        from . import calls

        # printf, instr, trim, replace, LIKE, GLOB: linear, and stopped at the time limit (calls.py)
        calls.install(conn, datasette.setting("sql_time_limit_ms"), MAX_VALUE, MAX_PATTERN)


def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    """Four things before Datasette sees a request, and one after: a page's or a CSV's control and bidi
    characters shown as escapes (escaping.py). More than MAX_FACETS facets, or one twice, is
    refused (400). Without --public, a request for a name not this machine's (DNS rebinding) is
    refused (403). A word search of the `search` table's page
    (`/facts/search?_search=pay`) goes to the search page, which answers it as `defectcli search` does.
    With `--sql`, SQL that a request from another web site asks for (`?sql=`, `?_where=`) is refused:
    any page the user visits could otherwise make their browser run a query here."""
    from urllib.parse import parse_qsl, urlencode

    def wrap(inner: Any) -> Any:
        async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                query = scope.get("query_string", b"")
                args = parse_qsl(query.decode("utf-8", "replace"))
                if ([k for k, _ in args] == ["_search"] and args[0][1].strip()
                        and scope.get("path") in {f"/{name}/search" for name in datasette.databases}):
                    location = datasette.urls.path("/-/search") + "?" + urlencode({"q": args[0][1]})
                    await _respond(send, 302, b"", ((b"location", location.encode("latin-1")),))
                    return
                as_json = str(scope.get("path", "")).endswith(".json") or ("_format", "json") in args
                facets = [(k, v) for k, v in args if k.startswith("_facet")]
                if len(facets) > MAX_FACETS or len(set(facets)) < len(facets):
                    # Each facet's links carry the whole query: N facets make a page of N² links.
                    await _refuse(send, 400, f"at most {MAX_FACETS} facets, each once", as_json)
                    return
                headers = dict(scope.get("headers") or [])
                hosts = getattr(datasette, "_defectcli_hosts", None)
                if hosts is not None and _host_of(headers.get(b"host", b"")) not in hosts:
                    await _refuse(send, 403, "serve answers requests for this machine's names only (127.0.0.1, "
                                             "localhost); --public answers any", as_json)
                    return
                if (getattr(datasette, "_defectcli_sql", False) and (b"sql=" in query or b"_where=" in query)
                        and headers.get(b"sec-fetch-site") in _OTHER_SITES):
                    await _refuse(send, 403, "SQL from another site is not run here", as_json)
                    return
                send = escaping(send)  # a page's or a CSV's control and bidi characters as escapes (escaping.py)
            await inner(scope, receive, send)

        return guarded

    return wrap


MAX_FACETS = 10


def _host_of(header: bytes) -> str:
    """A Host header's name without its port: "127.0.0.1:8001" -> "127.0.0.1", "[::1]:8001" -> "[::1]"."""
    host = header.decode("latin-1").strip().lower()
    if host.endswith("]") or ":" not in host:
        return host
    name, port = host.rsplit(":", 1)
    return name if port.isascii() and port.isdigit() else host  # not "127.0.0.1:8001.evil.com"


async def _refuse(send: Any, status: int, message: str, as_json: bool) -> None:
    """A refusal as Datasette words its own errors: JSON for a .json request, else one line of text."""
    if as_json:
        body = json.dumps({"ok": False, "error": message, "status": status, "title": None}).encode()
        await _respond(send, status, body, content_type=b"application/json; charset=utf-8")
    else:
        await _respond(send, status, f"{message}\n".encode())


async def _respond(send: Any, status: int, body: bytes, headers: tuple[tuple[bytes, bytes], ...] = (),
                   content_type: bytes = b"text/plain; charset=utf-8") -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", content_type), *headers]})
    await send({"type": "http.response.body", "body": body})


def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    from .pages import search_page

    return [(r"^/-/search(?P<format>\.json)?$", search_page)]


def extra_template_vars(template: str, request: Any) -> dict[str, Any]:
    if template == "database.html" and not (request and request.args.get("_show_hidden")):
        return {"hidden_count": 0}  # the full-text tables: machinery, not something to read
    return {}


# ---------------------------------------------------------------- cells


def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if table is None or value is None or isinstance(value, (dict, bytes)):
        return None  # table pages hand over references already expanded, as dicts
    import markupsafe

    meanings = codes.COLUMNS.get((table, column))
    if column in LISTS and isinstance(value, str) and value.startswith("["):
        return _list(value, LISTS[column], meanings, database, datasette)
    if meanings and value in meanings:
        return markupsafe.Markup('<span class="code" title="{}">{}</span>').format(meanings[value], value)
    if table == "search" and column == "record_id" and row is not None and row["kind"] in TABLE:
        href = datasette.urls.row(database, TABLE[row["kind"]], _tilde(value))
        return markupsafe.Markup('<a href="{}">{}</a>').format(href, value)
    return _reference(value, column, table, database, datasette)


def _tilde(value: Any) -> str:
    from datasette.utils import tilde_encode

    return str(tilde_encode(str(value)))


def _list(value: str, target: str | None, meanings: dict[str, str] | None, database: str, datasette: Any) -> Any:
    """A JSON array as a list; its items linked to the records they name, or with what each means."""
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None

    async def shown() -> Any:
        import markupsafe

        labels = await _labels(datasette, database, target) if target else {}
        out = []
        for item in items:
            text = str(item)
            if target:
                href = datasette.urls.row(database, target, _tilde(text))
                out.append(markupsafe.Markup('<a href="{}">{}</a>').format(href, labels.get(text, text)))
            elif meanings and text in meanings:
                out.append(markupsafe.Markup('<span class="code" title="{}">{}</span>').format(meanings[text], text))
            else:
                out.append(markupsafe.escape(text))
        return markupsafe.Markup('<ul class="list">{}</ul>').format(
            markupsafe.Markup("").join(markupsafe.Markup("<li>{}</li>").format(i) for i in out))

    return shown


async def _labels(datasette: Any, database: str, table: str) -> dict[str, str]:
    """Each record's label in `table` (sources: "s1 — article by ..."): looked up once, as served read-only."""
    cache: dict[tuple[str, str], dict[str, str]] = datasette.__dict__.setdefault("_defectcli_labels", {})
    if (database, table) not in cache:
        db = datasette.get_database(database)
        column = await db.label_column_for_table(table) or "id"
        found = await db.execute(f"SELECT id, [{column}] FROM [{table}]")
        cache[database, table] = {str(r[0]): str(r[1]) for r in found.rows}
    return cache[database, table]


def _reference(value: Any, column: str, table: str, database: str, datasette: Any) -> Any:
    """A reference on a row page: a link to the row it names, labelled as Datasette labels it on table pages."""

    async def link() -> Any:
        import markupsafe

        db = datasette.get_database(database)
        # Served read-only, so a table's links never change: looked up once per table.
        links: dict[tuple[str, str], dict[str, Any]] = datasette.__dict__.setdefault("_defectcli_links", {})
        if (database, table) not in links:
            links[database, table] = {fk["column"]: fk for fk in await db.foreign_keys_for_table(table)}
        target = links[database, table].get(column)
        if target is None:
            return None
        other = target["other_table"]
        label_column = await db.label_column_for_table(other)
        label = None
        if label_column:
            found = await db.execute(f"SELECT [{label_column}] FROM [{other}] WHERE [{target['other_column']}] = ?",
                                     [value])
            first = found.first()
            label = first[0] if first else None
        href = datasette.urls.row(database, other, _tilde(value))
        if label is None or str(label) == str(value):
            return markupsafe.Markup('<a href="{}">{}</a>').format(href, value)
        return markupsafe.Markup('<a href="{}">{}</a>&nbsp;<em>{}</em>').format(href, label, value)

    return link
