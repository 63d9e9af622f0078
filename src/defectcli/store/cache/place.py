"""Where a fact base's cache lives, whether it may be written there, and the stat() of every fact
file that decides whether it is fresh."""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path


def cache_path(facts_dir: Path) -> Path:
    """Where the cache of `facts_dir` lives: under $XDG_CACHE_HOME/defectcli when it is an absolute
    path (on every system; a relative one is ignored, as the XDG spec has it), else the platform's
    cache directory (~/.cache, ~/Library/Caches, %LOCALAPPDATA%). NoHome when there is none."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        base = Path(xdg) / "defectcli"
    else:
        from ...paths import user_dir

        base = user_dir("cache")
    # zlib is already loaded by Typer; hashlib would cost start-up. A collision is harmless: files
    # are matched by name, size, times and inode, so another directory's rows are simply rebuilt.
    raw = str(facts_dir.resolve()).encode("utf-8", "surrogateescape")
    key = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"
    return base / f"facts-{key}.sqlite"


def refusal(path: Path) -> str | None:
    """Why the cache may not be written at `path` (inside the installed package or the bundled fact
    base, as the writing commands are refused there: writing.guard), or None if it may."""
    from ... import writing
    from ...errors import UsageError

    try:
        writing.guard(path, "XDG_CACHE_HOME" if os.path.isabs(os.environ.get("XDG_CACHE_HOME", "")) else "cache")
    except UsageError as exc:
        return f"{exc} (no cache was written; answered in memory)"
    return None


def stat_files(facts_dir: Path) -> dict[str, tuple[int, int, int, int]]:
    """(size, mtime, ctime, inode) of every fact file: all that freshness needs, read by stat() alone."""
    from ...factbase.files import fact_names

    names = fact_names(facts_dir)
    # Each stat relative to the directory's descriptor, where the system has them: every warm query
    # stats every file, and a large fact base has a thousand (the kernel then walks the path once).
    with contextlib.suppress(OSError):
        if os.stat in os.supports_dir_fd:
            folder = os.open(facts_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                return {name: _stat(name, folder) for name in names}
            finally:
                os.close(folder)
    return {name: _stat(os.path.join(facts_dir, name)) for name in names}


def _stat(path: str, folder: int | None = None) -> tuple[int, int, int, int]:
    try:
        st = os.stat(path, dir_fd=folder)
    except OSError:
        return (-1, -1, -1, -1)
    # ctime and inode catch an edit of the same size within the same mtime tick, and a
    # replacement by rename (editors that save atomically).
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
