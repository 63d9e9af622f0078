"""The compiled, queryable form of the fact base: a SQLite database kept as a cache.

One table per kind of fact (with foreign keys and an FTS5 index, so `sqlite3` and Datasette can
open it), plus three private tables: `_files` (the size, mtime, ctime and inode each fact file had
when it was read), `_problems` (what is wrong, and which file's change recomputes it) and `_meta`.

Freshness is decided by stat() alone, never by reading fact files. A changed file is re-read on its
own: its rows are replaced, and references are re-checked only where the change can matter.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import Problem
from .text import TITLES, fold, name_key

SCHEMA_VERSION = "1"

# kind -> (table, [(column, sql type)]) ; each column is read from the row dict by the same name.
TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "sources": ("sources", [("kind", "TEXT"), ("title", "TEXT"), ("sha256", "TEXT"), ("file_hint", "TEXT")]),
    "themes": ("themes", [("description", "TEXT")]),
    "people": ("people", [("name", "TEXT"), ("name_status", "TEXT"), ("group", "INTEGER"),
                          ("described_as", "TEXT"), ("note", "TEXT")]),
    "organisations": ("organisations", [("name", "TEXT"), ("kind", "TEXT"),
                                        ("part_of", "TEXT REFERENCES organisations(id)"),
                                        ("described_as", "TEXT"), ("note", "TEXT")]),
    "places": ("places", [("name", "TEXT"), ("kind", "TEXT"), ("note", "TEXT")]),
    "events": ("events", [("name", "TEXT"), ("kind", "TEXT"), ("date_value", "TEXT"), ("date_precision", "TEXT"),
                          ("date_basis", "TEXT"), ("note", "TEXT")]),
    "figures": ("figures", [("topic", "TEXT"), ("counts", "TEXT"), ("value", "NUMERIC"), ("value_max", "NUMERIC"),
                            ("comparator", "TEXT"), ("unit", "TEXT"), ("wording", "TEXT"), ("stated_by", "TEXT"),
                            ("source", "TEXT REFERENCES sources(id)"), ("excerpt", "TEXT"), ("rank", "TEXT"),
                            ("note", "TEXT")]),
    "quotes": ("quotes", [("text", "TEXT"), ("speaker", "TEXT"), ("kind", "TEXT"), ("attribution", "TEXT"),
                          ("source", "TEXT REFERENCES sources(id)"), ("line", "INTEGER"), ("note", "TEXT")]),
    "motivations": ("motivations", [("stage", "TEXT"), ("reason", "TEXT"), ("note", "TEXT")]),
    "conflicts": ("conflicts", [("kind", "TEXT"), ("topic", "TEXT"), ("summary", "TEXT"),
                                ("headline", "TEXT REFERENCES figures(id)")]),
}
# Child tables: rows about one record, for joins in SQL tools.
CHILDREN = """
CREATE TABLE IF NOT EXISTS person_names (person_id TEXT REFERENCES people(id), name TEXT, key TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS attributes (person_id TEXT REFERENCES people(id), field TEXT, value, value_max NUMERIC,
    unit TEXT, wording TEXT, note TEXT, source TEXT REFERENCES sources(id), excerpt TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS figure_parts (figure_id TEXT REFERENCES figures(id), label TEXT, value NUMERIC,
    wording TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS quote_themes (quote_id TEXT REFERENCES quotes(id), theme_id TEXT REFERENCES themes(id),
    file TEXT);
CREATE TABLE IF NOT EXISTS motivation_givers (motivation_id TEXT REFERENCES motivations(id), who TEXT,
    source TEXT REFERENCES sources(id), excerpt TEXT, attribution TEXT, note TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS conflict_claims (conflict_id TEXT REFERENCES conflicts(id),
    source TEXT REFERENCES sources(id), excerpt TEXT, rating TEXT, figure_id TEXT REFERENCES figures(id),
    event_id TEXT REFERENCES events(id), file TEXT);
CREATE TABLE IF NOT EXISTS evidence (kind TEXT, record_id TEXT, source TEXT REFERENCES sources(id), excerpt TEXT,
    file TEXT);
CREATE TABLE IF NOT EXISTS refs (kind TEXT, record_id TEXT, what TEXT, target TEXT, target_kind TEXT, file TEXT,
    line INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(kind UNINDEXED, record_id UNINDEXED, title, body,
    file UNINDEXED, tokenize = "unicode61 remove_diacritics 2");
CREATE TABLE IF NOT EXISTS _files (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    ino INTEGER);
CREATE TABLE IF NOT EXISTS _problems (file TEXT, line INTEGER, message TEXT, origin TEXT, target_kind TEXT,
    target TEXT);
CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX IF NOT EXISTS person_names_key ON person_names(key);
CREATE INDEX IF NOT EXISTS quote_themes_theme ON quote_themes(theme_id);
CREATE INDEX IF NOT EXISTS refs_target ON refs(target_kind, target);
CREATE INDEX IF NOT EXISTS refs_record ON refs(kind, record_id);
CREATE INDEX IF NOT EXISTS problems_target ON _problems(target);
"""
PER_FILE_TABLES = [t for t, _ in TABLES.values()] + [
    "person_names", "attributes", "figure_parts", "quote_themes", "motivation_givers", "conflict_claims",
    "evidence", "refs", "search"]
SINGULAR = {"sources": "source", "themes": "theme", "people": "person", "organisations": "organisation",
            "places": "place", "events": "event", "figures": "figure", "quotes": "quote",
            "motivations": "motivation", "conflicts": "conflict"}
KIND_TABLE = {SINGULAR[k]: t for k, (t, _) in TABLES.items()}


def schema_sql() -> str:
    parts = []
    for table, columns in TABLES.values():
        cols = ", ".join(f'"{c}" {t}' for c, t in columns)
        parts.append(f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, {cols}, "
                     "json TEXT, file TEXT, file_line INTEGER);")
    parts.append(CHILDREN)
    parts.extend(f"CREATE INDEX IF NOT EXISTS {t}_file ON {t}(file);" for t in PER_FILE_TABLES if t != "search")
    return "\n".join(parts)


# ---------------------------------------------------------------- where the cache lives


def cache_path(facts_dir: Path) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    # zlib is already loaded by Typer; hashlib would cost start-up. A collision is harmless: files
    # are matched by name, size, times and inode, so another directory's rows are simply rebuilt.
    raw = str(facts_dir.resolve()).encode("utf-8", "surrogateescape")
    key = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"
    return Path(base) / "defectcli" / f"facts-{key}.sqlite"


def _stat_files(facts_dir: Path) -> dict[str, tuple[int, int, int, int]]:
    from .files import fact_files

    out = {}
    for path in fact_files(facts_dir):
        try:
            st = path.stat()
        except OSError:
            st = None
        # ctime and inode catch an edit of the same size within the same mtime tick, and a
        # replacement by rename (editors that save atomically).
        out[path.name] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) if st else (-1, -1, -1, -1)
    return out


# ---------------------------------------------------------------- opening


class Index:
    """An open, fresh index over one facts directory."""

    def __init__(self, conn: sqlite3.Connection, facts_dir: Path, cached: bool) -> None:
        self.conn = conn
        self.facts_dir = facts_dir
        self.cached = cached

    def problems(self) -> list[Problem]:
        rows = self.conn.execute("SELECT file, line, message FROM _problems ORDER BY file, line, message")
        return [Problem(f, ln, m) for f, ln, m in rows]


Progress = Callable[[int, int], None]


def open_index(facts_dir: Path, *, use_cache: bool = True, progress: Callable[[int], Progress] | None = None) -> Index:
    """Open the cache for `facts_dir`, bringing it up to date first; falls back to memory."""
    current = _stat_files(facts_dir)
    if use_cache:
        path = cache_path(facts_dir)
        for attempt in range(2):
            try:
                conn = _connect(path)
                refresh(conn, facts_dir, current, progress)
                return Index(conn, facts_dir, cached=True)
            except (sqlite3.DatabaseError, OSError):
                # A damaged, planted or foreign file, or a cache we may not write: never trusted.
                # Delete it once and rebuild; if that fails too, work in memory.
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        os.unlink(path)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    refresh(conn, facts_dir, current, progress)
    return Index(conn, facts_dir, cached=False)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        raise OSError(f"{path} is not a regular file")
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
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
    stored: dict[str, tuple[int, int, int, int]] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_files'").fetchone():
        stored = {r[0]: tuple(r[1:]) for r in conn.execute("SELECT * FROM _files")}
    changed = sorted(n for n, st in current.items() if stored.get(n) != st)
    removed = sorted(set(stored) - set(current))
    return changed, removed


def refresh(conn: sqlite3.Connection, facts_dir: Path, current: dict[str, tuple[int, int, int, int]],
            progress: Callable[[int], Progress] | None = None) -> bool:
    """Re-read what changed since the cache was written. Returns whether anything was re-read."""
    changed, removed = _changes(conn, current)
    if not changed and not removed:
        return False
    conn.execute("BEGIN IMMEDIATE")  # one writer; the others wait here, then find it fresh
    try:
        for statement in schema_sql().split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO _meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        changed, removed = _changes(conn, current)
        if changed or removed:
            _apply(conn, facts_dir, changed, removed, current, progress)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def _apply(conn: sqlite3.Connection, facts_dir: Path, changed: list[str], removed: list[str],
           current: dict[str, tuple[int, int, int, int]], progress: Callable[[int], Progress] | None) -> None:
    from .loader import load_file
    from .validate import validate_records

    touched = [str(facts_dir / n) for n in (*changed, *removed)]
    old_ids = _ids_in(conn, touched)
    blocked_by_duplicates = conn.execute(
        "SELECT count(*) FROM _problems WHERE target_kind = 'duplicate'").fetchone()[0]
    if blocked_by_duplicates and old_ids:
        # A record rejected as a duplicate may now be the only one: simplest correct answer is a rebuild.
        changed, removed = sorted(current), []
        touched = [str(facts_dir / n) for n in changed]
        for table in (*PER_FILE_TABLES, "_files", "_problems"):
            conn.execute(f"DELETE FROM {table}")
        old_ids = set()
    _delete(conn, touched)
    tick = progress(len(changed)) if progress and len(changed) > 1 else None
    for i, name in enumerate(changed):
        shown = str(facts_dir / name)
        records, problems = load_file(facts_dir / name)
        for kind, items in records.items():
            problems.extend(validate_records(_nested(items)))
            for rec in items:
                _insert(conn, kind, rec, shown, problems)
        conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, NULL, NULL)",
                         [(p.file, p.line, p.message, shown) for p in problems])
        conn.execute("INSERT OR REPLACE INTO _files VALUES (?, ?, ?, ?, ?)", (name, *current[name]))
        if tick:
            tick(i + 1, len(changed))
    conn.executemany("DELETE FROM _files WHERE name = ?", [(n,) for n in removed])
    _check_refs(conn, [str(facts_dir / n) for n in changed], old_ids)


def _nested(items: Iterable[Any]) -> Iterator[object]:
    from .validate import _walk

    for rec in items:
        yield from _walk(rec)


def _ids_in(conn: sqlite3.Connection, files: list[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    if not files or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'people'").fetchone():
        return out
    marks = ",".join("?" * len(files))
    for kind, table in KIND_TABLE.items():
        out.update((kind, r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE file IN ({marks})", files))
    return out


def _delete(conn: sqlite3.Connection, files: list[str]) -> None:
    for start in range(0, len(files), 500):
        chunk = files[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for table in PER_FILE_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE file IN ({marks})", chunk)
        conn.execute(f"DELETE FROM _problems WHERE origin IN ({marks})", chunk)


def _exists(conn: sqlite3.Connection, kind: str, target: str) -> bool:
    kinds = ("person", "organisation") if kind == "actor" else (kind,)
    return any(conn.execute(f"SELECT 1 FROM {KIND_TABLE[k]} WHERE id = ?", (target,)).fetchone() for k in kinds)


def _check_refs(conn: sqlite3.Connection, changed: list[str], old_ids: set[tuple[str, str]]) -> None:
    """Dangling references: from the changed files, and from anywhere to ids that went away."""
    from .models import Loc
    from .validate import dangling

    def known(kind: str) -> list[str]:
        kinds = ("person", "organisation") if kind == "actor" else (kind,)
        return [r[0] for k in kinds for r in conn.execute(f"SELECT id FROM {KIND_TABLE[k]}")]

    # Ids that are back clear the problems of references that pointed at them.
    for row in conn.execute("SELECT rowid, target_kind, target FROM _problems WHERE target IS NOT NULL "
                            "AND target_kind != 'duplicate'").fetchall():
        if _exists(conn, row[1], row[2]):
            conn.execute("DELETE FROM _problems WHERE rowid = ?", (row[0],))
    candidates: list[tuple[str, str, str, str, int]] = []
    for start in range(0, len(changed), 500):
        chunk = changed[start:start + 500]
        marks = ",".join("?" * len(chunk))
        candidates += conn.execute(
            f"SELECT what, target, target_kind, file, line FROM refs WHERE file IN ({marks})", chunk).fetchall()
    gone = {i for k, i in old_ids if not _exists(conn, k, i)}
    changed_set = set(changed)
    for target in gone:
        candidates += [r for r in conn.execute(
            "SELECT what, target, target_kind, file, line FROM refs WHERE target = ?", (target,)) if r[3] not in changed_set]
    cache: dict[str, list[str]] = {}
    for what, target, kind, file, line in candidates:
        if _exists(conn, kind, target):
            continue
        problem = dangling(Loc(file, line), what, target, kind, cache.setdefault(kind, known(kind)))
        conn.execute("INSERT INTO _problems VALUES (?, ?, ?, ?, ?, ?)",
                     (problem.file, problem.line, problem.message, file, kind, target))


def _insert(conn: sqlite3.Connection, kind: str, rec: Any, shown: str, problems: list[Problem]) -> None:
    from .rows import ROW
    from .validate import _walk, references

    row = ROW[kind](rec)
    table, columns = TABLES[kind]
    values = [rec.id, *(row.get(c) for c, _ in columns), json.dumps(row, ensure_ascii=False), shown, rec.loc.line]
    cols = ", ".join(f'"{c}"' for c, _ in columns)
    try:
        conn.execute(f"INSERT INTO {table} (id, {cols}, json, file, file_line) VALUES ({','.join('?' * len(values))})",
                     values)
    except sqlite3.IntegrityError:
        first = conn.execute(f"SELECT file, file_line FROM {table} WHERE id = ?", (rec.id,)).fetchone()
        message = f"duplicate {SINGULAR[kind]} id '{rec.id}' (first at {first[0]}:{first[1]})"
        conn.execute("INSERT INTO _problems VALUES (?, ?, ?, ?, 'duplicate', ?)",
                     (shown, rec.loc.line, message, shown, rec.id))
        return
    single = SINGULAR[kind]
    for node in _walk(rec):
        for loc, what, target, target_kind in references(node):
            conn.execute("INSERT INTO refs VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (single, rec.id, what, target, target_kind, shown, loc.line))
    for ev in row.get("evidence") or ():
        conn.execute("INSERT INTO evidence VALUES (?, ?, ?, ?, ?)", (single, rec.id, ev["source"], ev["excerpt"], shown))
    title, body = _search_text(kind, row)
    conn.execute("INSERT INTO search VALUES (?, ?, ?, ?, ?)", (single, rec.id, fold(title), fold(body), shown))
    if kind == "people":
        names = {row["name"], *row["aliases"]}
        for title_word in row["titles"]:
            names.add(f"{title_word} {row['name']}")
        titles = frozenset(fold(t).rstrip(".") for t in row["titles"])
        keys = {(n, name_key(n, titles | TITLES)) for n in names}
        conn.executemany("INSERT INTO person_names VALUES (?, ?, ?, ?)", [(rec.id, n, k, shown) for n, k in keys])
        conn.executemany("INSERT INTO attributes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(rec.id, a["field"], a["value"], a["value_max"], a["unit"], a["wording"], a["note"],
                           a["source"], a["excerpt"], shown) for a in row["attributes"]])
    elif kind == "figures":
        conn.executemany("INSERT INTO figure_parts VALUES (?, ?, ?, ?, ?)",
                         [(rec.id, p["label"], p["value"], p["wording"], shown) for p in row["parts"]])
    elif kind == "quotes":
        conn.executemany("INSERT INTO quote_themes VALUES (?, ?, ?)", [(rec.id, t, shown) for t in row["themes"]])
    elif kind == "motivations":
        conn.executemany("INSERT INTO motivation_givers VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(rec.id, g["who"], g["source"], g["excerpt"], g["attribution"], g["note"], shown)
                          for g in row["given_by"]])
    elif kind == "conflicts":
        conn.executemany("INSERT INTO conflict_claims VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(rec.id, c["source"], c["excerpt"], c["rating"], c["figure"], c["event"], shown)
                          for c in row["claims"]])


def _search_text(kind: str, row: dict[str, Any]) -> tuple[str, str]:
    """What a record is called, and the rest of its text, for full-text search."""
    title_key = {"quotes": "text", "figures": "counts", "motivations": "reason", "conflicts": "topic",
                 "themes": "id"}.get(kind, "name")
    title = str(row.get(title_key) or row.get("id"))
    strings: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                if k not in ("sha256", "source", "sources", "file_hint"):
                    collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            strings.append(f"{value:g}")

    collect(row)
    return title, " ".join(strings)


# ---------------------------------------------------------------- export


def write_copy(index: Index, dest: Path) -> None:
    """The public tables (no `_` tables) as a new SQLite file at `dest`, written atomically."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".defectcli-", suffix=".sqlite", dir=dest.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        index.conn.execute("VACUUM INTO ?", (tmp,))
        out = sqlite3.connect(tmp, isolation_level=None)
        for name in ("_files", "_problems", "_meta"):
            out.execute(f"DROP TABLE IF EXISTS {name}")
        out.execute("VACUUM")
        out.close()
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
