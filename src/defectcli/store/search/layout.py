"""Where a database keeps what search (search.py) reads: the cache (search.CACHE), or another database that
holds the same index under other names (the site export, site/search.py), so that the site searches as the
CLI does: one search, two places."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


class Connected(Protocol):
    """What search runs on: the cache's Index, or anything else with a connection to a database that
    holds the same index (the site export, see Layout)."""

    conn: sqlite3.Connection


@dataclass(frozen=True)
class Layout:
    """Where a database keeps what search reads. The same index (the columns and text of `search`, the
    vocabulary in `search_words` and `search_words_fts`) is in the cache and in the site export
    (site/search.py), under the names given here, so that the site searches as the CLI does."""

    index: str  # FTS5: kind, record_id, title, body, refs
    names: dict[str, str]  # kind -> SQL: the ids of the people (organisations) a name's key (factbase/names.py) finds
    parts: dict[str, str]  # kind -> SQL: the ids of those with a name of which the key (" key ", as LIKE) is a part
    rows: Callable[[sqlite3.Connection, str, list[str]], list[int]]  # the index rows of records (kind, ids)
    # A hit's title, what its snippet leads with (a figure's value as stated, or None), and its sources.
    hit: Callable[[sqlite3.Connection, str, str], tuple[str, str | None, list[str]]]
    checked: bool = False  # each index row holds the checksum of its text (the cache's: schema.SEARCH_COLUMNS)
