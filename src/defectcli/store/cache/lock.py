"""Another process holding the cache: waited for, said, and left to it (never taken for damage)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

# Another process writing the cache (a first build takes a while) is waited for, at most WAIT
# seconds, and named after SAY_AFTER: a silent wait of more than a second looks like a hang. SQLite
# waits for a lock in C, where Ctrl-C cannot reach it, so it is asked to wait POLL at a time, and the
# rest of the wait is Python's (Wait), where Ctrl-C stops it.
SAY_AFTER, WAIT, POLL = 1.0, 60.0, 0.2


class Busy(Exception):
    """Another process held the cache for all of WAIT: not damage, so the cache is left to it."""


def busy(exc: BaseException) -> bool:
    """Whether `exc` is SQLite's "another connection holds the lock" (not damage)."""
    return isinstance(exc, sqlite3.OperationalError) and (
        getattr(exc, "sqlite_errorname", None) in ("SQLITE_BUSY", "SQLITE_LOCKED")
        or str(exc).startswith(("database is locked", "database table is locked")))


def busy_note(path: Path) -> str:
    return f"another process held the cache for {WAIT:.0f} s ({path}); answered without it"


def waiting_note(path: Path) -> str:
    return f"waiting for another process that holds the cache ({path}), at most {WAIT:.0f} s"


class Wait:
    """One wait for another process's lock on the cache at `path`: said once it has lasted SAY_AFTER,
    given up once it has lasted WAIT."""

    def __init__(self, path: Path, say: Callable[[str], None] | None) -> None:
        self.path, self.say, self.start, self.said = path, say, time.monotonic(), False

    def again(self) -> bool:
        """Whether to try again (False: WAIT is over)."""
        time.sleep(0.01)  # a lock refused at once (not after POLL) is not tried again in a tight loop
        elapsed = time.monotonic() - self.start
        if elapsed >= SAY_AFTER and not self.said and self.say is not None:
            self.said = True
            self.say(waiting_note(self.path))
        return elapsed < WAIT
