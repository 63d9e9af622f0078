"""Any record by its id, and every excerpt it holds: what `show` and `cite` start from."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from ...errors import NotFound, UsageError
from ...shapes import Row
from ...text import quoted, suggest, with_article
from ..cache.index import Index
from ..cache.schema import KIND_TABLE, stored
from .ids import kind_named, like_prefix


class Excerpt(NamedTuple):
    label: str  # what in the record it backs: "evidence", "attribute age_joined", "quote", ...
    source: str
    text: str
    line: int | None  # the line a quote records; excerpts are found by their text


def find(ix: Index, rid: str, kind: str | None = None) -> tuple[str, Row]:
    """(kind, row) of the record with id `rid`; with `kind` (singular or plural), of that kind only."""
    kinds = [kind_named(kind)] if kind is not None else list(KIND_TABLE)  # "" is refused, as search refuses it
    if not rid.strip():
        raise UsageError("ID: give a record's id, e.g. lin-aung (`defectcli search TEXT` finds ids by their words)")
    # Every id is lower-case ASCII (the id rule): any case finds it, as it finds an option's value.
    key = rid.lower() if rid.isascii() else rid
    found = []
    for k in kinds:
        row = ix.conn.execute(f"SELECT json, crc FROM {KIND_TABLE[k]} WHERE id = ?", (key,)).fetchone()
        if row:
            found.append((k, stored(*row)))
    if len(found) == 1:
        return found[0]
    if found:
        raise UsageError(f"ID: {quoted(rid)} is the id of {' and '.join(with_article(k) for k, _ in found)}; add --kind KIND")
    if kind:
        other = [k for k in KIND_TABLE if k not in kinds
                 and ix.conn.execute(f"SELECT 1 FROM {KIND_TABLE[k]} WHERE id = ?", (key,)).fetchone()]
        if other:
            raise NotFound(f"no {kinds[0]} has the id {quoted(rid)}: it is the id of "
                           f"{' and '.join(with_article(k) for k in other)} (--kind {other[0]}, or leave --kind out)")
    raise NotFound(f"no record has the id {quoted(rid)}{_close(ix, rid, kinds)}")


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def _close(ix: Index, rid: str, kinds: list[str]) -> str:
    # Ids that share the first letters: a bounded list to look for a typo in, however large the base (white space
    # around the id, pasted with it, is no part of its first letters).
    probe = rid.strip().translate(_DASHES)  # and a word processor's hyphens are the id's "-"
    candidates = [r[0] for k in kinds for r in ix.conn.execute(
        f"SELECT id FROM {KIND_TABLE[k]} WHERE id LIKE ? ESCAPE '\\' LIMIT 500", (like_prefix(probe[:3]),))]
    return suggest(probe, candidates, "; did you mean '{}'?") or "; `defectcli search TEXT` finds records by their words"


def excerpts(kind: str, row: Row) -> list[Excerpt]:
    """Every verbatim passage the record holds, in the order the record gives them."""
    out: list[Excerpt] = []
    if kind == "quote":
        out += [Excerpt("quote", row["source"], part, row["line"]) for part in row["parts"]]
    elif kind == "figure":
        out.append(Excerpt("figure", row["source"], row["excerpt"], None))
    for ev in row.get("evidence") or ():
        out.append(Excerpt("evidence", ev["source"], ev["excerpt"], None))
    for a in row.get("attributes") or ():
        out.append(Excerpt(f"attribute {a['field']}", a["source"], a["excerpt"], None))
    for g in row.get("given_by") or ():
        out.append(Excerpt(f"given by {g['who']}", g["source"], g["excerpt"], None))
    for c in row.get("claims") or ():
        out.append(Excerpt(f"claim ({c['rating']})", c["source"], c["excerpt"], None))
    return out


def sources_of(ix: Index, ids: list[str]) -> dict[str, Row]:
    """The source rows with these ids, by id."""
    wanted = sorted(set(ids))
    return {s["id"]: s for s in (stored(*r) for r in ix.conn.execute(
        "SELECT json, crc FROM sources WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),)))}


def all_ids(ix: Index, prefix: str) -> list[str]:
    """Every id that starts with `prefix`, for completion."""
    # SQLite refuses a LIKE pattern over 50,000 bytes ("too complex"): a prefix that long is matched here.
    where, args = ("WHERE id LIKE ? ESCAPE '\\' ", (like_prefix(prefix),)) if len(prefix) <= 1000 else ("", ())
    return sorted({r[0] for table in KIND_TABLE.values()
                   for r in ix.conn.execute(f"SELECT id FROM {table} {where}LIMIT 1000", args)
                   if r[0].startswith(prefix)})


def in_context(ix: Index, kind: str, row: Row, texts: dict[str, Any], paragraphs: int = 0) -> tuple[list[Row], list[str]]:
    """Each excerpt of the record with where it stands: its article's paragraph (and `paragraphs`
    more on each side) when `texts` (source id -> texts.articles.Article) holds its article. Also
    the notes for the user: excerpts not found in their article."""
    from ...texts.articles import around, locate

    out = []
    notes: list[str] = []
    for e in excerpts(kind, row):
        item: Row = {"label": e.label, "source": e.source, "excerpt": e.text, "line": e.line, "context": None}
        article = texts.get(e.source)
        if article is not None:
            place = locate(article.text, e.text, e.line)
            if place is None:
                notes.append(f"{e.label}: excerpt not found verbatim in source '{e.source}' ({article.name}); "
                             "`defectcli check --sources DIR` lists every such excerpt")
            else:
                item["line"] = place.line
                item["context"] = [{"line": n, "text": text, "excerpt": [place.start, place.end] if n == place.line
                                    else None} for n, text in around(article.text, place.line, paragraphs)]
        out.append(item)
    return out, notes
