"""Where a database keeps what search (search.py) reads: the cache (search.CACHE), or another database that
holds the same index under other names (the site export, site/search.py), so that the site searches as the
CLI does: one search, two places."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


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
    names: str  # SQL: the ids of the people a name's key (factbase/names.py) finds
    people: Callable[[sqlite3.Connection, list[str]], list[int]]  # their rows in the index
    record: Callable[[sqlite3.Connection, str, str], dict[str, Any]]  # a hit's record: its title and sources
