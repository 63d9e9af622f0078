"""What `cite` needs of the index: one record by id, what it states, its excerpts, and its sources."""

from __future__ import annotations

from ...shapes import Row
from ..cache.index import Index
from .ids import names
from .records import excerpts, find, sources_of


def cited(ix: Index, rid: str, kind: str | None = None) -> Row:
    """{kind, id, statement, excerpts: [{source, excerpt, line}], sources: [source rows]}: what a
    record states in one line, each distinct excerpt (a quote's with its line), and its sources."""
    k, row = find(ix, rid, kind)
    if k == "quote":  # the quote whole, its parts joined as the statement shows them, on its line
        seen = {(row["source"], row["text"], row["line"]): None}
    else:  # a source's own evidence (its credits) is not what citing it means
        seen = dict.fromkeys((e.source, e.text, e.line) for e in excerpts(k, row) if k != "source")
    wanted = [row["id"]] if k == "source" else list(dict.fromkeys(s for s, _, _ in seen))
    found = sources_of(ix, wanted)
    return {"kind": k, "id": row["id"], "statement": _statement(ix, k, row),
            "excerpts": [{"source": s, "excerpt": text, "line": line} for s, text, line in seen],
            "sources": [found[s] for s in wanted if s in found]}


def _statement(ix: Index, kind: str, row: Row) -> str:
    """What the record states, in one line."""
    if kind == "quote":
        who = names(ix, [row["speaker"]]).get(row["speaker"], row["speaker"])
        return f"“{row['text']}” — {who}"
    if kind == "figure":
        by = names(ix, [row["stated_by"]]).get(row["stated_by"]) if row["stated_by"] else None
        return f"{_amount(row)}: {row['counts']}" + (f" (according to {by})" if by else "")
    if kind == "person":
        return str(row["name"]) + (f", {row['described_as']}" if row["described_as"] else "")
    if kind == "motivation":
        return f"{row['reason']} ({row['stage']})"
    if kind == "conflict":
        return f"{row['topic']}: {row['summary']}"
    if kind == "source":
        return ""
    if kind == "event":
        date = row["date"]["value"]
        return str(row["name"]) + (f" ({date}, {row['date']['basis']})" if date else "")
    return str(row.get("name") or row.get("description") or row["id"])  # organisation, place, theme


def _amount(row: Row) -> str:
    """A figure's amount as its source words it, with the part of its unit the wording leaves out:
    "700 baht per month" as it is, "1,400 baht" and "baht per month" as "1,400 baht per month",
    "over 13,000" and "people" as "over 13,000 people"; never the unit twice."""
    wording, unit = str(row["wording"]), str(row.get("unit") or "")
    said, units = wording.casefold().split(), unit.casefold().split()
    if not units or unit.casefold() in wording.casefold() or (said and said[-1] in (units[-1], units[-1] + "s")):
        return wording
    if said and said[-1] == units[0]:  # "1,400 baht" of "baht per month"
        return f"{wording} {' '.join(unit.split()[1:])}"
    one = units[0].removesuffix("s")
    if len(units) == 1 and any(stem in w for w in said for stem in {one, one.removesuffix("ey") + "y"}):
        return wording  # "a day or two" (days), "four-story" (storeys)
    return f"{wording} {unit}"
