"""What a command needs before it asks: its arguments as valid text, and the fact base, opened with a
progress bar for a long first build."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, overload

import typer

from ..errors import UsageError
from ..output.environment import Environment

if TYPE_CHECKING:
    from ..api import FactBase


def open_facts(ctx: typer.Context | None, facts: Path | None, sources: Path | None = None) -> FactBase:
    """The fact base the options name (the bundled one by default), opened when first asked."""
    from ..api import FactBase

    env = environment(ctx)
    return FactBase(facts, sources=sources, progress=_progress_bar if env.stderr_tty else None, notice=_say)


def _say(message: str) -> None:
    """A note from the fact base (why no cache was kept): one line on stderr, as emit.err writes
    (emit is not imported here: it imports options, which imports this)."""
    from ..text import safe_line

    line = safe_line(message)
    with contextlib.suppress(OSError, ValueError):  # `2>&-`: nowhere to say it
        sys.stderr.write(f"defectcli: {line}\n")
        sys.stderr.flush()


def environment(ctx: typer.Context | None = None) -> Environment:
    """The terminal, as the caller set it (tests pass `obj=Environment(...)`) or measured now."""
    obj = ctx.find_root().obj if ctx is not None else None
    return obj if isinstance(obj, Environment) else Environment.measure()


@overload
def arg(value: str) -> str: ...
@overload
def arg(value: None) -> None: ...
def arg(value: str | None) -> str | None:
    """An argument as valid text (text.valid): bytes that are not UTF-8 become U+FFFD."""
    if value is None or value.isascii():
        return value
    from ..text import valid

    return valid(value)


def stdin() -> BinaryIO:
    """Standard input's bytes, for a command given `-`: a UsageError (exit 2) when there is none
    (closed with `<&-`, or opened for writing only), where Python would give None or fail on read."""
    if sys.stdin is None:
        raise UsageError("standard input is closed; give the input as arguments, or pipe it in")
    return sys.stdin.buffer


def read_stdin(read: Callable[[], bytes]) -> bytes:
    """`read()` from standard input, its failure one line (exit 2), not taken for a broken stdout."""
    try:
        return read()
    except OSError as exc:
        raise UsageError(f"cannot read standard input ({exc.strerror or exc})") from None


# A build shows its progress bar only once it has run this long (the bundled base builds in ~0.1 s).
PROGRESS_DELAY = 0.5


def _progress_bar(total: int, delay: float = PROGRESS_DELAY) -> Callable[[int, int], None]:
    """A progress bar on stderr for a build long enough to need one: nothing is drawn, and Rich not
    even imported, unless the build is still running after `delay` seconds."""
    import threading

    lock = threading.Lock()
    state: dict[str, Any] = {"done": 0, "finished": False, "bar": None}

    def start() -> None:
        with lock:
            if state["finished"]:
                return
            from rich.console import Console
            from rich.progress import Progress

            console = Console(file=sys.stderr, markup=False, emoji=False, highlight=False, force_terminal=True)
            bar = Progress(transient=True, console=console)
            task = bar.add_task("Building the fact index", total=total, completed=state["done"])
            bar.start()
            state["bar"] = (bar, task)

    timer = threading.Timer(delay, start)
    timer.daemon = True
    timer.start()

    def tick(done: int, _total: int) -> None:
        with lock:
            state["done"] = done
            if state["bar"] is not None:
                bar, task = state["bar"]
                bar.update(task, completed=done)
            if done >= total:
                state["finished"] = True
                timer.cancel()
                if state["bar"] is not None:
                    state["bar"][0].stop()
    return tick
