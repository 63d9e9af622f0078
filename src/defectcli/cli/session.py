"""What every command needs before it asks: its arguments as valid text, the terminal, the index."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, overload

import typer

from ..errors import FactBaseError
from ..output.environment import Environment
from ..writing import bundled_facts as bundled_facts  # one definition, beside the guard


def environment(ctx: typer.Context | None = None) -> Environment:
    """The terminal, as the caller set it (tests pass `obj=Environment(...)`) or measured now."""
    obj = ctx.find_root().obj if ctx is not None else None
    return obj if isinstance(obj, Environment) else Environment.measure()


# The indexes this run opened, and how many times a damaged cache was discarded (see recover).
_opened: list[Any] = []
_discarded = 0


def open_facts(facts: Path | None, env: Environment | None = None, strict: bool = True) -> Any:
    """The fresh index of a fact base (the bundled one by default); raises FactBaseError if it has
    problems, unless `strict` is off (check lists them itself)."""
    from ..store.cache.index import open_index

    progress = _progress_bar if env is not None and env.stderr_tty else None
    use_cache = os.environ.get("DEFECTCLI_NO_CACHE") != "1" and _discarded < 2
    ix = open_index(facts or bundled_facts(), use_cache=use_cache, progress=progress)
    _opened.append(ix)
    problems = ix.problems() if strict else []
    if problems:
        raise FactBaseError(problems)
    return ix


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


@overload
def arg(value: str) -> str: ...
@overload
def arg(value: None) -> None: ...
def arg(value: str | None) -> str | None:
    """An argument as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which SQLite and every output would refuse) become U+FFFD."""
    if value is None or value.isascii():
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def begin_run() -> None:
    """A new command run (CliRunner runs many in one process): nothing opened, nothing discarded yet."""
    global _discarded
    _opened.clear()
    _discarded = 0


def recover(exc: BaseException) -> bool:
    """Whether a command that failed with `exc` should run again: any SQLite error from a cached
    index, at any point of a query (a damaged page, a dropped table), means the cache is discarded;
    the command runs again on a rebuilt cache, and once more in memory if that fails too."""
    global _discarded
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
        return False
    cached = [ix for ix in _opened if ix.cached]
    _opened.clear()
    if not cached:  # in memory already: not the cache's fault, so a bug to see
        return False
    for ix in cached:
        ix.discard()
    _discarded += 1
    return True
