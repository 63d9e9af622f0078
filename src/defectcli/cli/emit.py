"""The one place that prints: data to stdout, messages to stderr, a closed pipe taken quietly."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer


def out(text: str, encoding: str, is_json: bool = False) -> None:
    """Write `text` to stdout as `encoding` can carry it; `| head -1` ends the run quietly, exit 0."""
    from ..output.formats import encodable

    try:
        sys.stdout.write(encodable(text, encoding, is_json))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence(sys.stdout)
        raise typer.Exit(0) from None


def err(message: str) -> None:
    """One line on stderr, whatever the message quotes back: a newline in a name starts no second."""
    from ..output.formats import safe

    line = safe(message).replace("\n", "\\n")
    sys.stderr.write(f"defectcli: {line}\n")


def flush_quietly() -> None:
    # `defectcli ... | head -1`: the reader left; say nothing and exit as if done.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            _silence(stream)


def _silence(stream: Any) -> None:
    """Point a stream whose reader has gone at /dev/null, so nothing more can fail on it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's buffer): nothing to do
        pass


def rows(rows: list[dict[str, Any]], fmt: str, columns: Any, title: str, empty: str, env: Any,
         extra: Any = None) -> None:
    """A list in the chosen format; an empty one still gets its header (or `[]`), then NotFound."""
    from ..errors import NotFound
    from ..output import formats

    if fmt == "table":
        if rows:
            out(formats.table(rows, columns, title, total=env.width, style=env.colour) + (extra() if extra else ""),
                env.encoding)
    else:
        out(formats.flat(rows, columns, fmt), env.encoding, is_json=fmt in ("json", "jsonl"))
    if not rows:
        raise NotFound(empty)
