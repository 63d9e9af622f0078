"""`defectcli serve`: the site export served by Datasette, and the one thing Datasette 0.65 does not do.

Datasette is the optional `web` extra. Only `defectcli serve` and the tests import this module, and
it imports Datasette only inside its functions, so no other command pays for it or needs it.

Datasette links a reference to the row it names, labelled with that row's label column, on table
pages but not on a row's own page (datasette issue 1592). The `render_cell` hook here does the same
on row pages, so a quote's page shows its speaker's name as a link.
"""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import UsageError
from . import database as site

INSTALL = "pip install 'defectcli[web]'"


def require() -> None:
    """Refuse, with the command that installs it, when Datasette is missing."""
    try:
        import datasette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError(f"serve needs Datasette, which is not installed; install it with: {INSTALL}") from None


def app(db: Path, metadata: dict[str, Any]) -> Any:
    """A Datasette instance over the site database `db` (read-only) with its metadata and our hook."""
    from datasette import hookimpl
    from datasette.app import Datasette
    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        hookimpl(render_cell)  # marks the function for pluggy
        pm.register(module, name="defectcli")
    return Datasette(immutables=[str(db)], metadata=metadata)


def serve(records: site.Records, host: str, port: int, announce: Callable[[str], None]) -> None:
    """Export to a temporary directory, serve it on host:port until interrupted, then remove it."""
    import asyncio

    import uvicorn

    try:
        sock = socket.create_server((host, port))
    except OSError as exc:
        raise UsageError(f"--port: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    with sock, tempfile.TemporaryDirectory(prefix="defectcli-site-") as tmp:
        db = Path(tmp) / "facts.db"
        site.write(records, db)
        ds = app(db, json.loads(site.metadata_path(db).read_text(encoding="utf-8")))
        asyncio.run(ds.invoke_startup())
        bound = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        announce(f"serving the fact base at http://{shown}:{bound}/ (Ctrl-C stops)")
        server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", lifespan="on"))
        # uvicorn stops on SIGINT or SIGTERM, then raises the signal again; either way, end as after
        # Ctrl-C, so that the temporary export is removed (SIGTERM's default would skip that).
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            with contextlib.suppress(KeyboardInterrupt):
                server.run(sockets=[sock])
        finally:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


# ---------------------------------------------------------------- the Datasette hook


def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """A reference on a row page: a link to the row it names, labelled as Datasette labels it on table pages."""
    if value is None or isinstance(value, (dict, bytes)) or table is None:
        return None  # table pages hand over references already expanded, as dicts

    async def link() -> Any:
        import markupsafe
        from datasette.utils import tilde_encode

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
            row = found.first()
            label = row[0] if row else None
        href = datasette.urls.row(database, other, tilde_encode(str(value)))
        if label is None or str(label) == str(value):
            return markupsafe.Markup('<a href="{}">{}</a>').format(href, value)
        return markupsafe.Markup('<a href="{}">{}</a>&nbsp;<em>{}</em>').format(href, label, value)

    return link
