"""`defectcli serve`: the site export served by Datasette, safe to leave running.

Datasette is the optional `web` extra. Only `defectcli serve` and the tests import this module, and
it imports Datasette only inside its functions, so no other command pays for it or needs it.

What keeps it safe to leave running:
- it listens on this machine only (loopback) unless `--public` says to listen beyond it, and then
  it warns that anyone who can reach the machine can read the whole fact base;
- arbitrary SQL is off: pages, facets, full-text search and the search page are what a reader
  needs, and none lets a request choose what SQLite computes. `--sql` turns it on, bounded: a time
  limit per query, at most MAX_ROWS rows, values of at most hooks.MAX_VALUE bytes, and no query sent
  by another web site (a page the user visits could otherwise send one to 127.0.0.1);
- every connection refuses `fts3_tokenizer`, ATTACH and loading extensions, and the database is
  opened immutable, so nothing is ever written.

hooks.py holds what it adds to Datasette (the search page, cells, templates/); answers.py answers every
format whole or with an error; logs.py keeps what it says on stderr to one line each.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import signal
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import writing
from ..errors import UsageError
from ..output.formats import safe
from ..text import quoted
from . import database as site

INSTALL = "pip install 'defectcli[web]'"
TEMPLATES = Path(__file__).parent / "templates"
MAX_ROWS = 1000
SQL_TIME_LIMIT_MS = 1000


def require() -> None:
    """Refuse, with the command that installs it, when Datasette is missing."""
    try:
        import datasette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError(f"serve needs Datasette, which is not installed; install it with: {INSTALL}") from None


def app(db: Path, metadata: dict[str, Any], sql: bool = False, hosts: frozenset[str] | None = None) -> Any:
    """A Datasette instance over the site database `db` (read-only) with its metadata and our hooks;
    arbitrary SQL only with `sql`, bounded; with `hosts`, only requests whose Host is one of them."""
    from datasette import hookimpl
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import answers, hooks, logs

    if not pm.is_registered(answers):
        hookimpl(answers.register_routes)  # Datasette's data views, answering whole or with an error (answers.py)
        pm.register(answers, name="defectcli-answers")
    if not pm.is_registered(hooks):
        for hook in (hooks.render_cell, hooks.register_routes, hooks.extra_template_vars, hooks.prepare_connection,
                     hooks.asgi_wrapper):
            hookimpl(hook)  # marks the function for pluggy
        pm.register(hooks, name="defectcli")
    if not pm.is_registered(logs):
        hookimpl(wrapper=True)(logs.handle_exception)  # in place of Datasette's own handlers (logs.py)
        pm.register(logs, name="defectcli-errors")
    # Datasette's CSV cap ends a CSV with its error after a 200: answers.py bounds the CSV instead, with a 400.
    settings = {"default_allow_sql": sql, "sql_time_limit_ms": SQL_TIME_LIMIT_MS, "max_returned_rows": MAX_ROWS,
                "max_csv_mb": 0}
    ds = Datasette(immutables=[str(db)], metadata=metadata, template_dir=str(TEMPLATES), settings=settings)
    ds._defectcli_sql = sql  # read by hooks.prepare_connection and asgi_wrapper
    ds._defectcli_hosts = hosts  # read by asgi_wrapper
    if sql:
        for database in ds.databases.values():
            _explained(database)
    return ds


def _explained(database: Any) -> None:
    """A failed query says why one of serve's own SQL functions failed (calls.explain), not only that
    one did."""
    from . import calls

    run = database.execute_fn

    async def execute_fn(fn: Callable[[sqlite3.Connection], Any]) -> Any:
        def explained(conn: sqlite3.Connection) -> Any:
            try:
                return fn(conn)
            except sqlite3.Error as exc:
                better = calls.explain(conn, exc)
                if better is exc:
                    raise
                raise better from None

        return await run(explained)

    database.execute_fn = execute_fn


def listen(host: str, port: int, public: bool) -> tuple[socket.socket, str, bool]:
    """A socket listening on host:port, the URL to announce, and whether it is reachable from other
    machines. Refuses an address beyond this machine without `public`."""
    shown = safe(host)
    try:
        family, _, _, _, address = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                                                      flags=socket.AI_PASSIVE)[0]
        ip = ipaddress.ip_address(str(address[0]).split("%")[0])
    except (OSError, UnicodeError, ValueError):
        raise UsageError(f"--host: {quoted(shown)} is neither an address of this machine nor a name it can resolve") \
            from None
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1, and a socket of IPv6 alone cannot bind it
        family, address, ip = socket.AF_INET, (str(mapped), int(address[1])), mapped
    everywhere = ip.is_unspecified
    if not ip.is_loopback and not public:
        where = "every address of this machine" if everywhere else f"{ip}, which other machines can reach"
        raise UsageError(f"--host: {quoted(shown)} listens on {where}; the whole fact base would be readable by anyone "
                         "on the network. Add --public to mean it, or leave --host out (this machine only)")
    try:
        sock = socket.create_server(address[:2], family=family)
    except OSError as exc:
        raise UsageError(f"--port: cannot listen on {shown}:{port}: {exc.strerror or exc}") from None
    bound = sock.getsockname()[1]
    if everywhere:
        url = f"http://{'[::1]' if ip.version == 6 else '127.0.0.1'}:{bound}/ and on every address of this machine"
    else:
        url = f"http://{f'[{ip}]' if ip.version == 6 else ip}:{bound}/"
    return sock, url, not ip.is_loopback


def serve(records: site.Records, host: str, port: int, announce: Callable[[str], None], *, public: bool = False,
          sql: bool = False) -> None:
    """Export to a temporary directory, serve it on host:port until interrupted, then remove it."""
    import asyncio

    import uvicorn

    from . import logs

    if sql and not hasattr(sqlite3.Connection, "setlimit"):
        raise UsageError("--sql: needs Python 3.11 or later, where serve can bound what one query returns")
    sock, url, reachable = listen(host, port, public)
    # uvicorn stops on SIGINT or SIGTERM, then raises the signal again; either way, and on every other
    # signal that ends a process by default (ENDING), end as after Ctrl-C, so that the temporary export
    # is removed (the defaults would skip that). Set before the export is written. A signal ignored
    # already (nohup) stays ignored.
    previous = {sig: signal.getsignal(sig) for sig in ENDING}
    for sig, was in previous.items():
        if was is not signal.SIG_IGN:
            signal.signal(sig, _interrupt if sig == signal.SIGTERM else _hangup)
    try:
        with sock, writing.scratch("defectcli-site-") as tmp:  # TMPDIR, unless in the package (as every write)
            db = Path(tmp) / "facts.db"
            with site.in_scratch(tmp):
                site.write(records, db)
            # A page of another site whose name is made to point here (DNS rebinding) would be read as
            # its own: this machine's names only, unless --public.
            hosts = None if reachable else frozenset({"127.0.0.1", "localhost", "[::1]", host.lower()})
            ds = app(db, json.loads(site.metadata_path(db).read_text(encoding="utf-8")), sql, hosts)
            asyncio.run(ds.invoke_startup())
            if reachable:
                announce(f"warning: --public: anyone who can reach this machine on the network can read the whole "
                         f"fact base{' and run SQL on it' if sql else ''}")
            announce(f"serving the fact base at {url} (Ctrl-C stops)")
            server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", lifespan="on",
                                                   log_config=logs.LOG_CONFIG))
            with contextlib.suppress(KeyboardInterrupt), logs.quiet():
                server.run(sockets=[sock])
    finally:
        for sig, was in previous.items():
            signal.signal(sig, was)


# Every signal whose default is to end the process (SIGHUP: its terminal closed; SIGXCPU: `ulimit -t`),
# those this system has; not those of a fault in the process itself (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
# SIGABRT, SIGSYS, SIGTRAP), after which no code should run, nor SIGPIPE and SIGXFSZ, which Python ignores.
ENDING = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGXCPU",
                                             "SIGVTALRM", "SIGPROF", "SIGPWR", "SIGIO", "SIGSTKFLT")
          if hasattr(signal, name)] + (list(range(signal.SIGRTMIN, signal.SIGRTMAX + 1)) if hasattr(signal, "SIGRTMIN")
                                       else [])


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _hangup(signum: int, frame: object) -> None:
    signal.raise_signal(signal.SIGTERM)  # as SIGTERM: uvicorn, once serving, stops as it does for that

