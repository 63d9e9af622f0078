"""Whether the cache file is as defectcli last left it: its seal.

SQLite keeps no checksum of its pages, and damage inside an index (a key changed in place) leaves a
file it reads without complaint: lookups then miss a record or find another's. So after each write
defectcli records the file's size, mtime, ctime and inode beside it (`<cache>.seal`). A file that
no longer matches was changed by something else (a crash mid-write, a disk, a person), and is
checked whole, once, by SQLite's own integrity checks before it is trusted again: every index
against its table, and each full-text index against its text. A file that fails is damaged
(rebuilt). Records' text is checked on every read besides (schema.verified).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

FTS = ("search", "search_words_fts")


def path_of(cache: Path) -> Path:
    return cache.with_name(cache.name + ".seal")


def _stamp(cache: Path) -> str:
    st = os.stat(cache)
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"


def sealed(cache: Path) -> bool:
    """Whether the file is as defectcli's last write left it (one stat and one small read)."""
    try:
        return path_of(cache).read_text(encoding="ascii") == _stamp(cache)
    except (OSError, ValueError):
        return False


def check(conn: sqlite3.Connection) -> None:
    """SQLite's checks of the whole file; DatabaseError if it is damaged."""
    found = [r[0] for r in conn.execute("PRAGMA integrity_check(1)")]
    if found != ["ok"]:
        raise sqlite3.DatabaseError(f"cache damaged: {found[0] if found else 'no answer'}")
    for fts in FTS:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (fts,)).fetchone():
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")  # raises when damaged


def seal(cache: Path) -> None:
    """Record the file as it is now, after a write (or a check) by defectcli."""
    with contextlib.suppress(OSError):
        path_of(cache).write_text(_stamp(cache), encoding="ascii")


def kept(conn: sqlite3.Connection, cache: Path, update: Callable[[sqlite3.Connection], bool]) -> None:
    """Bring the open cache up to date with `update` (True if it wrote), checked whole first when it
    is not as defectcli left it, and sealed again after any write or check."""
    fresh = sealed(cache)
    if not fresh:
        check(conn)
    if update(conn) or not fresh:
        seal(cache)
