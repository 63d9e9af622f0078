"""Where a database keeps what search (search.py) reads: the cache, by default, or another database that
holds the same index under other names (the site export, site/search.py), so that the site searches as the
CLI does: one search, two places."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..cache.schema import KIND_TABLE


class Connected(Protocol):
    """What search runs on: the cache's Index, or anything else with a connection to a database that
    holds the same index (the site export, see Layout)."""

    conn: sqlite3.Connection


def _cache_people(conn: sqlite3.Connection, ids: list[str]) -> list[int]:
    """The index rows of the people `ids`, in the cache: each person's row is within the rowids of their
    file (index.py keeps each file's range), and the search table indexes no id."""
    from .search import _WORD, MAX_TERMS, _quoted, prepare

    marks = ",".join("?" * len(ids))
    out: list[int] = []
    for pid, name, first, last in conn.execute(
            f"SELECT p.id, p.name, f.first, f.last FROM people p JOIN _search_files f ON f.file = p.file "
            f"WHERE p.id IN ({marks})", ids).fetchall():
        words = _WORD.findall(prepare(name))
        if not words or len(words) > MAX_TERMS:
            continue
        match = f"title : ^{_quoted(' '.join(words))} AND kind : person"
        out += [rowid for rowid, rid in conn.execute(
            "SELECT rowid, record_id FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?", (match, first, last))
            if rid == pid]
    return out


def _cache_record(conn: sqlite3.Connection, kind: str, rid: str) -> dict[str, Any]:
    (row_json,) = conn.execute(f"SELECT json FROM {KIND_TABLE[kind]} WHERE id = ?", (rid,)).fetchone()
    found: dict[str, Any] = json.loads(row_json)
    return found


@dataclass(frozen=True)
class Layout:
    """Where a database keeps what search reads. The same index (the columns and text of `search`, the
    vocabulary in `search_words` and `search_words_fts`) is in the cache and in the site export
    (site/search.py), under the names given here, so that the site searches as the CLI does."""

    index: str = "search"  # FTS5: kind, record_id, title, body, refs
    names: str = "SELECT DISTINCT person_id FROM person_names WHERE key = ? LIMIT 20"  # people by a name's key
    people: Callable[[sqlite3.Connection, list[str]], list[int]] = _cache_people  # their rows in the index
    record: Callable[[sqlite3.Connection, str, str], dict[str, Any]] = _cache_record  # a hit's row: title, sources


CACHE = Layout()
