"""What `defectcli serve` says on stderr: one line each, `defectcli: serve: ...`, never internals.

Left as they are, Datasette 0.x and uvicorn show a failed request in four ways: Datasette's own
exception handler prints a traceback with every local variable (with Rich, on stdout) and, for a
500, another one on stderr; its query runner writes `ERROR: conn=<sqlite3.Connection ...>, sql =
..., params = ...` straight to sys.stderr; uvicorn logs in its own format, tracebacks included; and
a failed table page leaves facet coroutines that Python reports as never awaited. Here instead:

- `handle_exception` (a pluggy wrapper around Datasette's handlers, registered in serve.py) answers
  every failed request with Datasette's short error page (or JSON), and logs a request the server
  failed (HTTP 500) as one line; a bad request (400, 404) is answered, not logged. A query past the
  time limit is a 400, "SQL query took too long", in every format (Datasette's CSV makes it a 500
  showing the exception), and so is a value too long to make ("string or blob too big");
- `quiet()` holds, while serving, a sys.stderr that drops the lines Datasette writes there itself
  (each such failure is answered, and a 500 logged, by handle_exception), uvicorn's log in one-line
  form (`LOG_CONFIG`), no never-awaited warning, and no report of serve's own SQL functions refusing
  a call (calls.py; the request is answered with the reason).
"""

from __future__ import annotations

import contextlib
import io
import logging
import sqlite3
import sys
import threading
import warnings
from collections.abc import Generator, Iterator
from typing import Any, TextIO

from ..output.formats import safe
from .calls import Refused

log = logging.getLogger("defectcli.serve")
# What Datasette writes to sys.stderr itself: a failed query (database.py), a failed CSV row (views/base.py).
_DATASETTE_LINES = ("ERROR: conn=", "Caught this error: ")


class OneLine(logging.Formatter):
    """`defectcli: serve: MESSAGE`: the first line of the message, control characters shown as escapes."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().strip().split("\n", 1)[0]
        return f"defectcli: serve: {safe(message)}"


def stopped(record: logging.LogRecord) -> bool:
    """False for uvicorn's report of a task cancelled as the server stops: a second Ctrl-C (or
    `timeout`, which signals the process and then its group) cancels the shutdown, and nothing failed."""
    import asyncio

    return not (record.exc_info and record.exc_info[0] is asyncio.CancelledError)


LOG_CONFIG: dict[str, Any] = {
    "version": 1, "disable_existing_loggers": False,
    "formatters": {"line": {"()": OneLine}},
    "filters": {"stopped": {"()": lambda: stopped}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line", "stream": "ext://sys.stderr",
                            "filters": ["stopped"]}},
    "loggers": {"uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
                "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
                "defectcli.serve": {"handlers": ["stderr"], "level": "WARNING", "propagate": False}},
}


class _Stderr(io.TextIOBase):
    """sys.stderr without the lines Datasette writes there itself; every other line as written."""

    def __init__(self, real: TextIO) -> None:
        self._real = real
        self._held = ""
        self._lock = threading.Lock()  # Datasette writes from its worker threads

    def write(self, text: str) -> int:
        with self._lock:
            self._held += text
            *lines, self._held = self._held.split("\n")
            for line in lines:
                if not line.startswith(_DATASETTE_LINES):
                    self._real.write(line + "\n")
            self._real.flush()
        return len(text)

    def flush(self) -> None:
        self._real.flush()

    def fileno(self) -> int:
        return self._real.fileno()

    def isatty(self) -> bool:
        return self._real.isatty()


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """While serving: Datasette's own stderr lines dropped, and no warning of a coroutine never awaited."""
    previous, unraisable = sys.stderr, sys.unraisablehook
    sys.stderr = _Stderr(previous)
    sys.unraisablehook = lambda failed: None if failed.exc_type is Refused else unraisable(failed)
    try:
        with warnings.catch_warnings():
            # A table page whose query fails leaves its facet coroutines unawaited; the failure is answered.
            warnings.filterwarnings("ignore", message="coroutine .* was never awaited", category=RuntimeWarning)
            yield
    finally:
        sys.stderr, sys.unraisablehook = previous, unraisable


def handle_exception(datasette: Any, request: Any, exception: Exception) -> Generator[None, Any, list[Any]]:
    """Every failed request answered with a short error page (or JSON), in place of what Datasette's own
    handler answers (the same page, after a traceback with its local variables on stdout and stderr)."""
    yield  # Datasette's handlers give functions that would print and answer when called: none is called
    return [lambda: _answer(datasette, request, exception)]


async def _answer(datasette: Any, request: Any, exception: Exception) -> Any:
    from datasette import Response
    from datasette.database import QueryInterrupted
    from datasette.utils import add_cors_headers
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError
    from markupsafe import Markup

    title: str | None = None
    info: dict[str, Any] = {}
    if isinstance(exception, QueryInterrupted) or isinstance(exception.__context__, QueryInterrupted):
        # as plain text in every format (Datasette's own page has markup, and its CSV none: a 500)
        status, message, title = 400, "SQL query took too long", "SQL Interrupted"
    elif isinstance(exception, (sqlite3.OperationalError, sqlite3.DataError)):  # "string or blob too big"
        status, message, title = 400, str(exception), "Invalid SQL"
    elif isinstance(exception, Base400):
        status, message = exception.status, str(exception.args[0]) if exception.args else ""
    elif isinstance(exception, DatasetteError):
        status, info, title = exception.status, dict(exception.error_dict), exception.title
        message = Markup(exception.message) if exception.message_is_html else exception.message
    else:
        status, message = 500, f"{type(exception).__name__}: {exception}"
    if status >= 500:
        log.error("%s %s: HTTP %d: %s", request.method, request.full_path, status, message)
    info.update({"ok": False, "error": message, "status": status, "title": title})
    headers: dict[str, str] = {}
    if datasette.cors:
        add_cors_headers(headers)
    if request.path.endswith(".json"):
        return Response.json(info, status=status, headers=headers)
    template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
    page = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                            menu_links=lambda: []))
    return Response.html(page, status=status, headers=headers)
