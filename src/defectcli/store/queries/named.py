"""The people and organisations a search text names, found through their name indexes: a search
for a name shows its record first (store/queries/search.py)."""

from __future__ import annotations

from ..cache.index import Index
from .fts import MAX_TERMS, WORD, prepare, quoted

# Records a text can name, looked up by key in their name index: (kind, record table, name table, its
# id column, the key of a text, the rows to leave out: descriptions are not names).
_NAMES = (("person", "people", "person_names", "person_id", "name_key", "AND what != 'described'"),
          ("organisation", "organisations", "organisation_names", "organisation_id", "organisation_key", ""))


def named_rows(ix: Index, text: str, kind: str | None) -> list[int]:
    """The rows of the people and organisations the text names, by a name, alias or title form (the
    same folding as `person NAME`, see factbase/names.py): a search for a person or an organisation
    shows it first. Looked up in the name indexes first, so that a text that names no one costs
    nothing more."""
    from ...factbase import names

    out: list[int] = []
    for named_kind, table, name_table, id_column, keyed, besides in _NAMES:
        key = getattr(names, keyed)(text)
        if kind not in (None, named_kind) or not key or len(key) > 1000:
            continue
        ids = {r[0] for r in ix.conn.execute(f"SELECT DISTINCT {id_column} FROM {name_table} WHERE key = ? {besides} "
                                             "LIMIT 20", (key,))}
        if ids:
            out += _title_rows(ix, table, named_kind, sorted(ids))
    return sorted(set(out))


def _title_rows(ix: Index, table: str, kind: str, ids: list[str]) -> list[int]:
    """The full-text rows of these records, found by their title within their file's rowids (index.py
    keeps each file's range)."""
    out: list[int] = []
    marks = ",".join("?" * len(ids))
    for rid, name, first, last in ix.conn.execute(
            f"SELECT r.id, r.name, f.first, f.last FROM {table} r JOIN _search_files f ON f.file = r.file "
            f"WHERE r.id IN ({marks})", ids).fetchall():
        words = WORD.findall(prepare(name))
        if not words or len(words) > MAX_TERMS:
            continue
        match = f"title : ^{quoted(' '.join(words))} AND kind : {quoted(kind)}"
        out += [rowid for rowid, found in ix.conn.execute(
            "SELECT rowid, record_id FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?", (match, first, last))
            if found == rid]
    return out
