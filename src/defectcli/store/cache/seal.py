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
import stat
from collections.abc import Callable
from pathlib import Path

FTS = ("search", "search_words_fts")
SIDES = ("-journal", "-wal", "-shm", ".seal")  # SQLite's files beside the cache, and the seal


def path_of(cache: Path) -> Path:
    return cache.with_name(cache.name + ".seal")


def _stamp(cache: Path) -> str:
    st = os.stat(cache)
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"


def clear(cache: Path) -> None:
    """Before SQLite opens the cache: OSError if it is not a regular file; and each file beside it
    that is not a regular file of its own (a FIFO, a symbolic or hard link: SQLite would block on a
    FIFO as a hot journal, and write a journal or WAL through a link) is removed, as nothing
    defectcli or SQLite made."""
    with contextlib.suppress(FileNotFoundError):
        st = os.lstat(cache)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:  # a link: another file's data, never written
            raise OSError(f"{cache} is not a regular file of its own")
    for end in SIDES:
        side = cache.with_name(cache.name + end)
        with contextlib.suppress(FileNotFoundError):
            st = os.lstat(side)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:  # a hard link too: another file's data
                os.unlink(side)


def sealed(cache: Path) -> bool:
    """Whether the file is as defectcli's last write left it (one stat and one small read, of a
    regular file only: never a link or a FIFO)."""
    try:
        fd = os.open(path_of(cache), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            return os.read(fd, 128).decode("ascii") == _stamp(cache)
        finally:
            os.close(fd)
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
    """Record the file as it is now, after a write (or a check) by defectcli: written beside it under
    a new name and renamed, so that what is at the seal's name (a link, a FIFO) is replaced, not
    written through."""
    import tempfile  # only after a write: every warm query opens the cache, and start-up counts

    with contextlib.suppress(OSError):
        stamp = _stamp(cache).encode("ascii")
        fd, tmp = tempfile.mkstemp(prefix=".seal-", dir=cache.parent)
        try:
            os.write(fd, stamp)
            os.close(fd)
            os.replace(tmp, path_of(cache))
            _sweep(cache.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _sweep(directory: Path) -> None:
    """Remove what a seal killed before its rename left (SIGKILL, a power cut): a seal's temporary
    file more than a minute old, which no write still under way holds."""
    import time

    for stale in directory.glob(".seal-*"):
        with contextlib.suppress(OSError):
            if stat.S_ISREG((st := os.lstat(stale)).st_mode) and st.st_mtime < time.time() - 60:
                os.unlink(stale)


def kept(conn: sqlite3.Connection, cache: Path, update: Callable[[sqlite3.Connection], bool]) -> None:
    """Bring the open cache up to date with `update` (True if it wrote), checked whole first when it
    is not as defectcli left it, and sealed again after any write or check."""
    fresh = sealed(cache)
    if not fresh:
        check(conn)
    if update(conn) or not fresh:
        seal(cache)
