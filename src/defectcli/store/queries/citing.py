"""What `cite` needs of the index: one record by id, what it states, its excerpts, and its sources."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from ...errors import NotFound, UsageError
from ...text import suggest
from ..cache.index import Index
from ..cache.schema import KIND_TABLE
from .ids import names

Row = dict[str, Any]


class Cited(NamedTuple):
    kind: str
    id: str
    statement: str
    excerpts: list[tuple[str, str, int | None]]  # (source id, verbatim text, line if the record gives it)
    sources: list[Row]


def find(ix: Index, rid: str, kind: str | None = None) -> tuple[str, Row]:
    """The one record with id `rid` (of `kind`, if given)."""
    kinds = [kind] if kind else list(KIND_TABLE)
    if kind is not None and kind not in KIND_TABLE:
        raise UsageError(f"--kind: unknown value '{kind}'{suggest(kind, KIND_TABLE)}; valid: {', '.join(KIND_TABLE)}")
    hits = []
    for k in kinds:
        row = ix.conn.execute(f"SELECT json FROM {KIND_TABLE[k]} WHERE id = ?", (rid,)).fetchone()
        if row:
            hits.append((k, json.loads(row[0])))
    if not hits:
        every = [r[0] for k in kinds for r in ix.conn.execute(f"SELECT id FROM {KIND_TABLE[k]}")]
        raise NotFound(f"no record has the id '{rid}'{suggest(rid, every)}")
    if len(hits) > 1:
        raise UsageError(f"ID: '{rid}' names a {' and a '.join(k for k, _ in hits)}; give --kind")
    return hits[0]


def cited(ix: Index, rid: str, kind: str | None = None) -> Cited:
    k, row = find(ix, rid, kind)
    Excerpt = tuple[str, str, int | None]
    excerpts: list[Excerpt] = []
    evidence: list[Excerpt] = [(e["source"], e["excerpt"], None) for e in row.get("evidence") or ()]
    if k == "quote":
        who = names(ix, [row["speaker"]]).get(row["speaker"], row["speaker"])
        statement = f"“{row['text']}” — {who}"
        excerpts = [(row["source"], row["text"], row["line"])]
    elif k == "figure":
        by = names(ix, [row["stated_by"]]).get(row["stated_by"]) if row["stated_by"] else None
        statement = f"{row['wording']} {row['unit']}: {row['counts']}" + (f" (according to {by})" if by else "")
        excerpts = [(row["source"], row["excerpt"], None), *evidence]
    elif k == "person":
        statement = row["name"] + (f", {row['described_as']}" if row["described_as"] else "")
        excerpts = evidence + [(a["source"], a["excerpt"], None) for a in row["attributes"]]
    elif k == "motivation":
        statement = f"{row['reason']} ({row['stage']})"
        excerpts = [(g["source"], g["excerpt"], None) for g in row["given_by"]] + evidence
    elif k == "conflict":
        statement = f"{row['topic']}: {row['summary']}"
        excerpts = [(c["source"], c["excerpt"], None) for c in row["claims"]]
    elif k == "source":
        statement = ""
    elif k == "event":
        date = row["date"]["value"]
        statement = row["name"] + (f" ({date}, {row['date']['basis']})" if date else "")
        excerpts = evidence
    else:  # organisation, place, theme
        statement = row.get("name") or row.get("description") or rid
        excerpts = evidence
    seen: dict[tuple[str, str, int | None], None] = dict.fromkeys(excerpts)
    wanted = [row["id"]] if k == "source" else list(dict.fromkeys(s for s, _, _ in seen))
    sources = []
    for sid in wanted:
        found = ix.conn.execute("SELECT json FROM sources WHERE id = ?", (sid,)).fetchone()
        if found:
            sources.append(json.loads(found[0]))
    return Cited(k, row["id"], statement, list(seen), sources)
