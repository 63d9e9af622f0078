"""The compiled, queryable form of the fact base: a SQLite database kept as a cache.

One table per kind of fact (with foreign keys and an FTS5 index, so `sqlite3` and Datasette can open it;
`file` columns hold names within the fact base directory, never local paths), plus private tables: `_files`
(the size, mtime, ctime and inode each fact file had when read), `_problems` (what is wrong, and which file's
change recomputes it), `_refs` (references to ids their own file does not define, to resolve across files),
`_search_files` (each file's rowid range in the full-text table, which cannot index its file column), `_meta`.

Freshness is decided by stat() alone, never by reading fact files. A changed file is re-read on its
own: its rows are replaced, and references are re-checked only where the change can matter.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...errors import NoHome, Problem
from ...text import quoted
from . import consistency, references, seal
from .lock import POLL, Busy, Wait, busy, busy_note
from .place import cache_path, refusal, stat_files
from .schema import DAMAGED, PER_FILE_TABLES, SCHEMA_VERSION, SEARCH_COLUMNS, SINGULAR, TABLES, schema_sql

# ---------------------------------------------------------------- opening

class Index:
    """An open, fresh index over one facts directory."""

    def __init__(self, conn: sqlite3.Connection, facts_dir: Path, cached: bool, note: str | None = None) -> None:
        self.conn = conn
        self.facts_dir = facts_dir
        self.cached = cached
        self.note = note  # why the cache was not used, when a user should hear it

    def discard(self) -> None:
        """Close the cache and delete it (it failed a query: damaged), so the next open rebuilds it."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self.cached:
            path = cache_path(self.facts_dir)
            for name in (path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", ".seal"))):
                with contextlib.suppress(OSError):
                    os.unlink(name)

    def problems(self) -> list[Problem]:
        """Files are stored by name within the fact base; shown here under the directory as given."""
        # The line that counts references held back comes last, after the problems it points to.
        rows = self.conn.execute("SELECT file, line, message FROM _problems "
                                 f"ORDER BY target_kind IS '{references.HELD}', file, line, message")
        return [Problem(str(self.facts_dir / f), ln, m) for f, ln, m in rows]


Progress = Callable[[int, int], None]




def open_index(facts_dir: Path, *, use_cache: bool = True, progress: Callable[[int], Progress] | None = None,
               say: Callable[[str], None] | None = None) -> Index:
    """Open the cache for `facts_dir`, bringing it up to date first; falls back to memory (with a
    note when the cache's place is one defectcli never writes to, or another process holds it)."""
    current = stat_files(facts_dir)
    note = None
    if use_cache:
        try:
            path = cache_path(facts_dir)
        except NoHome as exc:
            path, note = Path(), f"{exc} (no cache was written; answered in memory)"
        else:
            note = refusal(path)
        for attempt in range(0 if note else 2):
            try:
                return Index(_opened(path, lambda c: refresh(c, facts_dir, current, progress), say), facts_dir,
                             cached=True)
            except Busy:
                note = busy_note(path)
                break
            except (*DAMAGED, OSError):
                # A damaged, planted or foreign file, or a cache we may not write: never trusted. Deleted
                # once and rebuilt; if that fails too, work in memory. (Damage that shows only later, in
                # a query, is handled the same way: FactBase._ask.)
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        os.unlink(path)
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)  # (FactBase serialises use)
    refresh(conn, facts_dir, current, progress)
    return Index(conn, facts_dir, cached=False, note=note)


def _opened(path: Path, update: Callable[[sqlite3.Connection], bool], say: Callable[[str], None] | None
            ) -> sqlite3.Connection:
    """The cache at `path`, brought up to date by `update`; Busy if another process holds it all along."""
    waiting = Wait(path, say)
    while True:
        conn = None
        try:
            conn = _connect(path)
            seal.kept(conn, path, update)
            return conn  # a query held up is waited for as this is: FactBase._ask
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            if not busy(exc):
                raise
            if not waiting.again():
                raise Busy from None


def _connect(path: Path, wait: float = POLL) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    seal.clear(path)  # not a regular file: OSError; a FIFO or a link beside it: removed first
    conn = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = 0")
        version = None
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_meta'").fetchone():
            row = conn.execute("SELECT value FROM _meta WHERE key = 'schema'").fetchone()
            version = row[0] if row else None
            if version != SCHEMA_VERSION:
                raise sqlite3.DatabaseError("cache from another version")
        elif conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise sqlite3.DatabaseError("not a defectcli cache")
        return conn
    except BaseException:
        conn.close()
        raise


# ---------------------------------------------------------------- refreshing


def _changes(conn: sqlite3.Connection, current: dict[str, tuple[int, int, int, int]]) -> tuple[list[str], list[str]]:
    stored: set[tuple[str, int, int, int, int]] = set()
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_files'").fetchone():
        stored = set(conn.execute("SELECT name, size, mtime_ns, ctime_ns, ino FROM _files").fetchall())
    now = {(name, *st) for name, st in current.items()}
    if now == stored:  # every warm query: compared as two sets, in C
        return [], []
    changed = sorted({row[0] for row in now - stored})
    removed = sorted({row[0] for row in stored} - current.keys())
    return changed, removed


def refresh(conn: sqlite3.Connection, facts_dir: Path, current: dict[str, tuple[int, int, int, int]],
            progress: Callable[[int], Progress] | None = None) -> bool:
    """Re-read what changed since the cache was written. Returns whether anything was re-read."""
    changed, removed = _changes(conn, current)
    if not changed and not removed:
        return False
    conn.execute("BEGIN IMMEDIATE")  # one writer; the others wait here, then find it fresh
    try:
        for statement in schema_sql().split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO _meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        changed, removed = _changes(conn, current)
        if changed or removed:
            # A build allocates millions of small objects, none of them in cycles; the cyclic
            # collector would walk them again and again (a third of a large first build).
            collecting = gc.isenabled()
            gc.disable()
            try:
                _apply(conn, facts_dir, changed, removed, current, progress)
            finally:
                if collecting:
                    gc.enable()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def _apply(conn: sqlite3.Connection, facts_dir: Path, changed: list[str], removed: list[str],
           current: dict[str, tuple[int, int, int, int]], progress: Callable[[int], Progress] | None) -> None:
    touched = [*changed, *removed]
    # An id that other files repeat, kept from a touched file: their messages name where it was.
    suspects = _kept_and_repeated(conn, touched)
    keys = consistency.name_keys(conn, touched) if len(touched) <= 50 else None  # as they were
    timeline = consistency.timeline_of(conn, touched) if keys is not None else None
    _delete(conn, touched)
    if len(changed) > 50:
        # A big build writes index pages all over the file; SQLite's default 2 MB page cache would
        # send many of them to the OS and back. 16 MiB builds the 1000x base as fast as 1 GiB did
        # (measured: 11.4 s against 12.3 s) without holding the whole database in memory (97 MiB
        # at the peak against 460). This holds for this connection only.
        conn.execute("PRAGMA cache_size = -16384")
    suspects |= _compile_and_store(conn, facts_dir, changed, current, progress)
    conn.executemany("DELETE FROM _files WHERE name = ?", [(n,) for n in removed])
    # Which copy of a repeated id is kept, and what the others say, must not depend on the order in
    # which files reached the cache: the first copy in file order is kept, as a fresh build keeps
    # it. So every file holding a copy of a suspect id is stored again, in file order.
    again: set[str] = set()
    while suspects:
        holding = _files_holding(conn, suspects) & current.keys()
        if holding <= again:
            break
        again |= holding
        _delete(conn, sorted(again))
        suspects = _compile_and_store(conn, facts_dir, sorted(again), current, None)
    references.recheck(conn)
    same = timeline is not None and not again and consistency.timeline_of(conn, touched) == timeline
    consistency.recheck(conn, None if keys is None else keys | consistency.name_keys(conn, {*touched, *again}), same)


def _compile_and_store(conn: sqlite3.Connection, facts_dir: Path, names: list[str],
                       current: dict[str, tuple[int, int, int, int]],
                       progress: Callable[[int], Progress] | None) -> set[tuple[str, str]]:
    """Read `names` (in this order) and store their rows; returns the ids stored out of file order."""
    from .build import compile_file

    tick = progress(len(names)) if progress and len(names) > 1 else None
    suspects: set[tuple[str, str]] = set()
    stored = 0
    try:
        for i, name in enumerate(names):
            records, problems = compile_file(facts_dir / name)
            shown = str(facts_dir / name)
            suspects |= _store(conn, records, name)
            conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, NULL, NULL)",
                             [(name if p.file == shown else p.file, p.line, p.message, name) for p in problems])
            conn.execute("INSERT OR REPLACE INTO _files VALUES (?, ?, ?, ?, ?)", (name, *current[name]))
            stored = i + 1
            if tick:
                tick(stored, len(names))
    finally:
        if tick and stored < len(names):  # interrupted: the bar goes, and the terminal gets its cursor back
            tick(len(names), len(names))
    return suspects


def _kept_and_repeated(conn: sqlite3.Connection, files: list[str]) -> set[tuple[str, str]]:
    """(table, id) of ids kept from `files` that other files repeat (refused as duplicates)."""
    repeated = [tuple(t.split(":", 1)) for (t,) in conn.execute(
        "SELECT DISTINCT target FROM _problems WHERE target_kind = 'duplicate'")] if files and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_problems'").fetchone() else []
    names = set(files)
    return {(table, rid) for table, rid in repeated
            if (conn.execute(f"SELECT file FROM {table} WHERE id = ?", (rid,)).fetchone() or ("",))[0] in names}


def _files_holding(conn: sqlite3.Connection, ids: set[tuple[str, str]]) -> set[str]:
    """The files that hold a copy of any of `ids`: the one kept, and those refused as duplicates."""
    out: set[str] = set()
    for table, rid in ids:
        out.update(r[0] for r in conn.execute(f"SELECT file FROM {table} WHERE id = ?", (rid,)))
        out.update(r[0] for r in conn.execute("SELECT origin FROM _problems WHERE target_kind = 'duplicate' "
                                              "AND target = ?", (f"{table}:{rid}",)))
    return out


def _store(conn: sqlite3.Connection, records: list[Any], name: str) -> set[tuple[str, str]]:
    """Write one file's rows. A record whose id is taken is reported, and none of its rows kept.
    Returns (table, id) of each id whose kept copy comes later in file order than this one."""
    by_kind: dict[str, list[Any]] = {}
    for rec in records:
        by_kind.setdefault(rec[0], []).append(rec)
    batches: dict[str, list[tuple[Any, ...]]] = {}
    out_of_order: set[tuple[str, str]] = set()
    for kind, recs in by_kind.items():
        if kind not in TABLES:  # waivers and what could not be read: no table of their own, only child rows
            for *_, children in recs:
                for child, row in children:
                    batches.setdefault(child, []).append(row)
            continue
        table = TABLES[kind][0]
        before = conn.total_changes
        conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({','.join('?' * len(recs[0][3]))})",
                         [r[3] for r in recs])
        taken: set[int] = set()
        if conn.total_changes - before != len(recs):  # rare: some id was taken; find which
            for i, (_, rid, line, _, _) in enumerate(recs):
                first = conn.execute(f"SELECT file, file_line FROM {table} WHERE id = ?", (rid,)).fetchone()
                if tuple(first) != (name, line):
                    taken.add(i)
                    if (name, line) < tuple(first):
                        out_of_order.add((table, rid))
                    # Both files are in the fact base directory: its name says which, whatever the path.
                    message = f"duplicate {SINGULAR[kind]} id {quoted(rid)} (first at {first[0]}:{first[1]})"
                    conn.execute("INSERT INTO _problems VALUES (?, ?, ?, ?, 'duplicate', ?)",
                                 (name, line, message, name, f"{table}:{rid}"))
        for i, rec in enumerate(recs):
            if i not in taken:
                for child, row in rec[4]:
                    batches.setdefault(child, []).append(row)
    found = batches.pop("search", [])
    if found:
        # Explicit, consecutive rowids, so that _delete can remove this file's rows by range.
        first = (conn.execute("SELECT rowid FROM search ORDER BY rowid DESC LIMIT 1").fetchone() or (0,))[0] + 1
        conn.executemany(f"INSERT INTO search (rowid, {', '.join(SEARCH_COLUMNS)}) "
                         f"VALUES (?{', ?' * len(SEARCH_COLUMNS)})", [(first + n, *row) for n, row in enumerate(found)])
        conn.execute("INSERT OR REPLACE INTO _search_files VALUES (?, ?, ?)", (name, first, first + len(found) - 1))
    for child, rows in batches.items():
        conn.executemany(f"INSERT INTO {child} VALUES ({','.join('?' * len(rows[0]))})", rows)
    return out_of_order


def _delete(conn: sqlite3.Connection, files: list[str]) -> None:
    for start in range(0, len(files), 500):
        chunk = files[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for table in PER_FILE_TABLES:
            if table != "search":
                conn.execute(f"DELETE FROM {table} WHERE file IN ({marks})", chunk)
        # The full-text table cannot index its file column; each file's rows are a rowid range.
        for first, last in conn.execute(f"SELECT first, last FROM _search_files WHERE file IN ({marks})",
                                        chunk).fetchall():
            conn.execute("DELETE FROM search WHERE rowid BETWEEN ? AND ?", (first, last))
        conn.execute(f"DELETE FROM _search_files WHERE file IN ({marks})", chunk)
        conn.execute(f"DELETE FROM _problems WHERE origin IN ({marks})", chunk)
