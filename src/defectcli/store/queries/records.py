"""Any record by its id, and every excerpt it holds: what `defectcli show ID` prints."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from ...errors import NotFound
from ...text import suggest
from ..cache.index import Index
from ..cache.schema import KIND_TABLE

Row = dict[str, Any]


class Excerpt(NamedTuple):
    label: str  # what in the record it backs: "evidence", "attribute age_joined", "quote", ...
    source: str
    text: str
    line: int | None  # the line a quote records; excerpts are found by their text


def find(ix: Index, rid: str, kind: str | None = None) -> tuple[str, Row]:
    """(kind, row) of the record with id `rid`; with `kind`, of that kind only."""
    kinds = [kind] if kind else list(KIND_TABLE)
    found = []
    for k in kinds:
        row = ix.conn.execute(f"SELECT json FROM {KIND_TABLE[k]} WHERE id = ?", (rid,)).fetchone()
        if row:
            found.append((k, json.loads(row[0])))
    if len(found) == 1:
        return found[0]
    if found:
        from ...errors import UsageError

        raise UsageError(f"ID: '{rid}' is the id of a {' and a '.join(k for k, _ in found)}; add --kind KIND")
    raise NotFound(f"no record has the id '{rid}'{_close(ix, rid, kinds)}")


def _close(ix: Index, rid: str, kinds: list[str]) -> str:
    # Ids that share the first letters: a bounded list to look for a typo in, however large the base.
    prefix = rid[:3].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    candidates = [r[0] for k in kinds for r in ix.conn.execute(
        f"SELECT id FROM {KIND_TABLE[k]} WHERE id LIKE ? ESCAPE '\\' LIMIT 500", (prefix + "%",))]
    return suggest(rid, candidates, "; did you mean '{}'?") or "; `defectcli search TEXT` finds records by their words"


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


def all_ids(ix: Index, prefix: str) -> list[str]:
    """Every id that starts with `prefix`, for completion."""
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return sorted({r[0] for table in KIND_TABLE.values()
                   for r in ix.conn.execute(f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 1000", (like,))
                   if r[0].startswith(prefix)})


def in_context(ix: Index, kind: str, row: Row, directory: Any | None, paragraphs: int = 0) -> tuple[list[Row], list[str]]:
    """Each excerpt of the record with where it stands: its article's paragraph (and `paragraphs`
    more on each side) when `directory` holds the article texts, and a one-line citation. Also the
    notes for the user: sources not found in `directory`, excerpts not found in their article."""
    from ...pages.proof import find as find_texts  # the pinned text, or else the page `sources fetch` kept
    from ...texts.articles import Wanted, around, locate
    from .ids import names

    found = excerpts(kind, row)
    ids = sorted({e.source for e in found})
    marks = ",".join("?" * len(ids))
    sources = {s["id"]: s for s in (json.loads(r[0]) for r in ix.conn.execute(
        f"SELECT json FROM sources WHERE id IN ({marks})", ids))} if ids else {}
    authors = names(ix, [a for s in sources.values() for a in s["authors"]])
    notes: list[str] = []
    texts: dict[str, Any] = {}
    if directory is not None:
        texts, why = find_texts([Wanted(s["id"], s["sha256"], s["file_hint"]) for s in sources.values()], directory)
        notes += [f"source '{sid}': {message}; its excerpts are shown without their article" for sid, message in
                  sorted(why.items())]
        notes += [f"source '{sid}': no text with its sha256 in {directory}; its paragraphs are from {t.copy.label()} "
                  f"({t.path})" for sid, t in sorted(texts.items()) if t.copy is not None]
    out = []
    for e in found:
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
        source = sources.get(e.source)
        item["citation"] = citation(source, authors, article.name if article else None, item["line"]) \
            if source else e.source
        out.append(item)
    return out, notes


def citation(source: Row, authors: dict[str, str], file: str | None, line: int | None) -> str:
    """One line: the article, its author where known, its date as the fact base records it, the line."""
    parts = [source["id"] + (f' "{source["title"]}"' if source.get("title") else "")
             + (f" ({file or source.get('file_hint')})" if file or source.get("file_hint") else "")]
    names = [authors.get(a, a) for a in source["authors"]]
    if names:
        parts.append(", ".join(names))
    date = source["date"]
    parts.append(f"{date['value'] or 'undated'} ({date['basis']})")
    if line:
        parts.append(f"line {line}")
    return ", ".join(parts)
