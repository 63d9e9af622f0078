"""The site's search: the CLI's own search (store/search/engine.py) run on the site's database.

The export holds the same index the cache does (database.py: `search_fts` with the cache's columns,
text and tokenizer; the theme vocabulary in `search_words`; people's name keys in `person_names`),
so the one search function answers on either, with the same words, tiers and ranking. Only where
it finds a person's row and a hit's title and sources differs (Layout).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..store.cache.schema import SINGULAR
from ..store.search import engine as searching
from ..store.search.layout import Layout

# A kind's table on the site: person -> people.
TABLE = {kind: table for table, kind in SINGULAR.items()}
MAX_LIMIT = 100


def _rows(conn: sqlite3.Connection, kind: str, ids: list[str]) -> list[int]:
    marks = ",".join("?" * len(ids))
    return [r[0] for r in conn.execute(f"SELECT rowid FROM search WHERE record_id IN ({marks}) AND kind = ?",
                                       [*ids, kind])]


def _hit(conn: sqlite3.Connection, kind: str, rid: str) -> tuple[str, str | None, list[str]]:
    title, lead, sources = conn.execute("SELECT title, lead, sources FROM search WHERE record_id = ? AND kind = ?",
                                        (rid, kind)).fetchone()
    return title, lead, json.loads(sources) if sources else []


SITE = Layout(index="search_fts",
              names={"person": "SELECT DISTINCT person FROM person_names WHERE key = ? AND what != 'described' "
                               "LIMIT 20",
                     "organisation": "SELECT DISTINCT organisation FROM organisation_names WHERE key = ? LIMIT 20"},
              parts={"person": "SELECT DISTINCT person FROM person_names WHERE person IN (SELECT value FROM json_each(?)) AND "
                          "what IN ('name', 'title') AND "
                               "' ' || key || ' ' LIKE ? LIMIT 20"},
              rows=_rows, hit=_hit)


@dataclass
class Site:
    """The site's database, as search reads it."""

    conn: sqlite3.Connection


def search(conn: sqlite3.Connection, text: str, kind: str | None = None,
           limit: int = 20) -> tuple[list[dict[str, Any]], str | None]:
    """What `defectcli search TEXT` finds, found in the site's database at `conn`: the same hits, in the
    same order, each with the path of its page (`path`, relative to the database's)."""
    hits, note = searching.search(Site(conn), text, kind, limit, SITE)
    for hit in hits:
        hit["table"] = TABLE[hit["kind"]]
    return hits, note
