"""The people and organisations a search text names, found through their name indexes: a search
for a name shows its record first (store/search/engine.py)."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from .fts import MAX_TERMS, WORD, any_of, prepare, quoted

if TYPE_CHECKING:
    from .layout import Connected, Layout

# Records a text can name, and how a text's key is made for each (factbase/names.py).
_KEYS = (("person", "name_key"), ("organisation", "organisation_key"))
_TABLES = {"person": "people", "organisation": "organisations"}
_PART_WORDS = 3  # a longer text is no part of a name, but words about someone


def named_rows(ix: Connected, text: str, kind: str | None, layout: Layout) -> list[int]:
    """The rows of the people and organisations the text names, by a name, alias or title form (the
    same folding as `person NAME`, see factbase/names.py), or failing that by a part of a person's name
    or title ("Thawda", "Capt Zay"): a search for a person or an organisation shows it first. Looked up in
    the name indexes first, so that a text that names no one costs little more."""
    from ...factbase import names

    out: list[int] = []
    for named_kind, keyed in _KEYS:
        key = getattr(names, keyed)(text)
        if kind not in (None, named_kind) or not key or len(key) > 1000 or named_kind not in layout.names:
            continue
        ids = {r[0] for r in ix.conn.execute(layout.names[named_kind], (key,))}
        if not ids and named_kind in layout.parts and len(key.split()) <= _PART_WORDS:  # "Thawda", "Capt Zay": a
            ids = _named_in_part(ix, key, named_kind, layout)  # part of a name
        if ids:
            out += layout.rows(ix.conn, named_kind, sorted(ids))
    return sorted(set(out))


def _named_in_part(ix: Connected, key: str, kind: str, layout: Layout) -> set[str]:
    """The ids of those with a name or title of which `key` is a run of words: found among the records whose title
    has one of those words (the full-text index, so that a search that names no one reads no list of every name)."""
    from ...factbase.names import CANONICAL

    words = WORD.findall(key)
    if not words:
        return set()
    # any of its words (a title may not be in the record's title: "Capt Zay"), in any form ("Maung": "Mg" too)
    forms = [f for w in words for f in (w, *(form for form, canonical in CANONICAL.items() if canonical == w))]
    match = f"title : {any_of(forms)} AND kind : {quoted(kind)}"
    found = [r[0] for r in ix.conn.execute(f"SELECT DISTINCT record_id FROM {layout.index} WHERE {layout.index} MATCH ? "
                                           "LIMIT 50", (match,))]
    if not found:
        return set()
    return {r[0] for r in ix.conn.execute(layout.parts[kind], (json.dumps(found), f"% {key} %"))}


def cache_rows(conn: sqlite3.Connection, kind: str, ids: list[str]) -> list[int]:
    """The cache's full-text rows of these records, found by their title within their file's rowids
    (index.py keeps each file's range)."""
    out: list[int] = []
    table = _TABLES[kind]
    for rid, name, first, last in conn.execute(
            f"SELECT r.id, r.name, f.first, f.last FROM {table} r JOIN _search_files f ON f.file = r.file "
            "WHERE r.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall():
        words = WORD.findall(prepare(name))
        if not words or len(words) > MAX_TERMS:
            continue
        match = f"title : ^{quoted(' '.join(words))} AND kind : {quoted(kind)}"
        out += [rowid for rowid, found in conn.execute(
            "SELECT rowid, record_id FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?", (match, first, last))
            if found == rid]
    return out
