"""The one place that prints: data to stdout, messages to stderr, a closed pipe taken quietly."""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import TYPE_CHECKING, Any

import typer

from ..errors import CannotWrite, ExitStatus

if TYPE_CHECKING:
    from .options import Output


def out(text: str, encoding: str, is_json: bool = False, drawn: bool = False) -> None:
    """Write `text` to stdout as `encoding` can carry it; `| head -1` ends the run quietly, exit 0;
    a full disk or a closed stdout is CannotWrite (one line, exit 74)."""
    from ..output.formats import encodable

    try:
        _write_all(encodable(text, encoding, is_json, drawn))
    except BrokenPipeError:
        _silence(sys.stdout)
        raise typer.Exit(0) from None
    except OSError as exc:
        _silence(sys.stdout)  # what is still buffered could only fail again at exit
        raise CannotWrite(stdout_failed(exc)) from None


def _write_all(text: str) -> None:
    """`text` on stdout to its last byte. Python's own writer takes a short write (a disk that fills,
    `ulimit -f`) for a whole one and drops the rest, exit 0; here each write is checked, and what is
    not written is an OSError, as a write that fails outright is."""
    stream = sys.stdout
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):  # not a file (a test runner's buffer)
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    view = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def stdout_failed(exc: OSError) -> str:
    return f"cannot write to standard output ({exc.strerror or exc})"


def pasted(path: object) -> str:
    """`path` as a shell reads it back, for a command a hint gives to paste: "my facts" as 'my facts'."""
    import shlex

    return shlex.quote(str(path))


def err(message: str) -> None:
    """One line on stderr, whatever the message quotes back: a newline in a name starts no second."""
    from ..text import safe_line

    line = safe_line(message)
    try:
        sys.stderr.write(f"defectcli: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # `2>/dev/full`, `2>&-`: nowhere left to say it; the exit code still does
        _silence(sys.stderr)


def finish(code: int) -> int:
    """Flush what is left at exit. `| head -1`: the reader left; say nothing and exit as if done.
    Output that cannot be written (`>/dev/full`) is one line and exit 74, not a traceback."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence(sys.stdout)
    except OSError as exc:
        _silence(sys.stdout)
        err(stdout_failed(exc))
        code = ExitStatus.CANNOT_WRITE
    except ValueError:
        _silence(sys.stdout)
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        _silence(sys.stderr)
    return code


class _Closed(io.TextIOBase):
    """Standard output when the shell closed it (`>&-`): each write fails, as writing to fd 1 would."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "it is closed")

    def flush(self) -> None:
        pass


def guard_standard_streams() -> None:
    """Hold fds 0-2 open on /dev/null when the shell closed them (`>&-`), so that no file opened later
    (the cache) can become stdout; and mark a closed stdout or stderr as such."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            held = os.open(os.devnull, os.O_RDWR)
            if held != fd:  # the lowest free descriptor is `fd` itself unless a lower one was free too
                os.dup2(held, fd)
                os.close(held)
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process


def _silence(stream: Any) -> None:
    """Point a stream whose reader has gone at /dev/null, so nothing more can fail on it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's buffer): nothing to do
        pass


def rows(rows: list[dict[str, Any]], output: Output, columns: Any, title: str, empty: str | None, *,
         flat_columns: Any = None, picture: Any = None, extra: Any = None) -> None:
    """A list in the chosen format; an empty one still gets its header (or `[]`), then NotFound
    (`empty` its message; None when no rows is an answer too).

    `columns` are the table's (`flat_columns` csv/tsv's, when they differ); `picture(rows, width,
    colour)` draws the table view instead of a table, and `extra(rows)` adds to a table, unless --fields chose columns.
    --limit, --no-headers and --fields (in `output`) apply alike in every format.
    """
    from ..errors import NotFound
    from ..output import formats

    fmt, env = output.format, output.env
    found = len(rows)
    rows = rows[:output.limit] if output.limit else rows
    shown_columns = columns if fmt == "table" else (flat_columns or columns)
    if output.fields:
        shown_columns = formats.pick(shown_columns, output.fields, rows, columns, flat_columns or ())
    if fmt == "table":
        if rows:
            notes = [f"{len(rows)} of {found} shown (--limit {output.limit})"] if len(rows) < found else []
            if picture is not None and not output.fields:
                text = picture(rows, env.width, env.colour)
                if notes:
                    text += "\n".join(notes) + "\n"
            else:
                text = formats.table(rows, shown_columns, f"{title} ({found})", total=env.width, style=env.colour,
                                     headers=output.headers, notes=notes, hide_empty=not output.fields)
                text += extra(rows) if extra and not output.fields else ""
            out(text, env.encoding, drawn=True)
    elif fmt in ("json", "jsonl"):
        data = formats.project(rows, shown_columns) if output.fields else rows
        out(formats.flat(data, shown_columns, fmt), env.encoding, is_json=True)
    else:
        out(formats.flat(rows, shown_columns, fmt, output.headers), env.encoding)
    if not rows and empty is not None:
        raise NotFound(empty)


def data(value: Any, output: Output) -> None:
    """One answer (a dict) as json or jsonl."""
    from ..output import formats

    text = formats.to_json(value) if output.format == "json" else formats.to_jsonl([value])
    out(text, output.env.encoding, is_json=True)
