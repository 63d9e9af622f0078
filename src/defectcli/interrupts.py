"""Ctrl-C held off while a write is committed, so that an interrupted command leaves everything or
nothing: the rename or link that puts a finished file in place, and what follows it, cannot be cut
in two by KeyboardInterrupt.

A Ctrl-C that comes while a write is being committed is too late to stop it: it is held, and then
dropped. Within `finishing()` (a command's whole run on the command line) Ctrl-C stays held from the
first commit to the end of the run, so a command that has written its result finishes (exit 0)
rather than saying "interrupted" over a finished result. Only the main thread can hold it (Python
runs signal handlers there); elsewhere these do nothing.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

_state: dict[str, Any] = {"previous": None, "holding": False, "to_end": False, "held": 0}


def _held(signum: int, frame: object) -> None:
    _state["held"] += 1


def _hold() -> None:
    if _state["holding"]:
        return
    try:
        previous = signal.signal(signal.SIGINT, _held)
    except ValueError:  # not the main thread
        return
    _state.update(previous=previous, holding=True)


def _release() -> None:
    if _state["holding"]:
        signal.signal(signal.SIGINT, _state["previous"])
        _state.update(previous=None, holding=False, held=0)


@contextlib.contextmanager
def committing() -> Iterator[None]:
    """The last step of a write: Ctrl-C held off until it is done (and, within `finishing`, to the
    end of the run)."""
    _hold()
    try:
        yield
    finally:
        if not _state["to_end"]:
            _release()


@contextlib.contextmanager
def finishing() -> Iterator[None]:
    """A command's run: once a write is committed, Ctrl-C is held to its end, then restored."""
    _state["to_end"] = True
    try:
        yield
    finally:
        _state["to_end"] = False
        _release()


def made_whole(make: Callable[[], T], undo: Callable[[T], object]) -> T:
    """`make` what only its result names (a temporary file or directory), with Ctrl-C held off meanwhile:
    Python acts on a signal between two steps, and one that came just after the system made it but
    before its name came back would leave it behind. A Ctrl-C that came meanwhile `undo`es it, then
    interrupts as usual (unless, within `finishing`, Ctrl-C is held to the end already)."""
    if _state["holding"]:
        return make()
    _hold()
    try:
        made = make()
    finally:
        came = _state["held"]
        _release()
    if came:
        undo(made)
        raise KeyboardInterrupt
    return made
