"""One person's whole profile: attributes, quotes, motivations, figures and events, each with its source."""

from __future__ import annotations

from ...factbase.chronology import order
from ...shapes import Row
from ...text import quoted
from ..cache.index import Index
from ..cache.schema import stored
from .ids import names, require
from .resolve import resolve_person

# A profile's records in one statement (a notebook asks for a thousand profiles: each statement
# costs more than the rows it returns): the person, then their quotes, motivations, figures and
# events, each kind in its own order (sort keys k1-k3; an event's file and line, for _ordered).
PROFILE = """
SELECT 0 AS part, json, crc, NULL AS k1, NULL AS k2, NULL AS k3 FROM people WHERE id = ?1
UNION ALL
SELECT 1, json, crc, source, line, id FROM quotes WHERE speaker = ?1
UNION ALL
SELECT 2, json, crc, file, file_line, NULL FROM motivations
WHERE id IN (SELECT motivation_id FROM motivation_givers WHERE who = ?1)
UNION ALL
SELECT 3, json, crc, file, file_line, NULL FROM figures
WHERE stated_by = ?1 OR id IN (SELECT figure_id FROM figure_about WHERE person_id = ?1)
UNION ALL
SELECT 4, json, crc, file, file_line, NULL FROM events WHERE id IN (SELECT event_id FROM event_people WHERE person_id = ?1)
ORDER BY part, k1, k2, k3
"""


def person(ix: Index, query: str, source: str | None = None) -> Row:
    """One person's full profile: attributes, quotes, motivations, figures and events; with `source`,
    only what that source says."""
    if source is not None:
        source = require(ix, "sources", source, "--source")
    pid = resolve_person(ix, query)
    parts: list[list[Row]] = [[], [], [], []]
    events: list[tuple[str, int, Row]] = []
    for part, text, crc, k1, k2, _ in ix.conn.execute(PROFILE, (pid,)).fetchall():
        record = stored(text, crc)
        if not _about(part, record, pid):
            # Found through an index or a child row that says it is theirs, and it is not: damaged (rebuilt).
            raise ValueError(f"the cache's index gives {pid!r} a record that is not about them")
        if part == 4:
            events.append((k1, k2, record))
        else:
            parts[part].append(record)
    (row,), quotes, motivations, figures = parts
    if row["relations"]:
        related = names(ix, [r["person"] for r in row["relations"]])
        for rel in row["relations"]:
            rel["name"] = related.get(rel["person"])
    row["quotes"] = quotes
    row["motivations"] = [{"id": m["id"], "stage": m["stage"], "reason": m["reason"],
                           "evidence": [g for g in m["given_by"] if g["who"] == pid]} for m in motivations]
    row["figures"] = figures
    row["events"] = _ordered(ix, events)
    return _from_source(row, source) if source else row


def _about(part: int, record: Row, pid: str) -> bool:
    """Whether a record PROFILE found for `pid` is theirs, by the record's own (checked) text."""
    if part == 0:
        return bool(record["id"] == pid)
    if part == 1:
        return bool(record["speaker"] == pid)
    if part == 2:
        return any(g["who"] == pid for g in record["given_by"])
    if part == 3:
        return record["stated_by"] == pid or pid in record["about"]
    return pid in record["people"]


def _from_source(row: Row, source: str) -> Row:
    """A profile cut to what one source says; NotFound when it says nothing about the person."""
    from ...errors import NotFound

    row["evidence"] = [e for e in row["evidence"] if e["source"] == source]
    row["attributes"] = [a for a in row["attributes"] if a["source"] == source]
    row["quotes"] = [q for q in row["quotes"] if q["source"] == source]
    for m in row["motivations"]:
        m["evidence"] = [g for g in m["evidence"] if g["source"] == source]
    row["motivations"] = [m for m in row["motivations"] if m["evidence"]]
    row["figures"] = [f for f in row["figures"] if f["source"] == source]
    for e in row["events"]:
        e["evidence"] = [x for x in e["evidence"] if x["source"] == source]
    row["events"] = [e for e in row["events"] if e["evidence"]]
    if not any(row[k] for k in ("evidence", "attributes", "quotes", "motivations", "figures", "events")):
        raise NotFound(f"source {quoted(source)} says nothing about {row['name']}; their sources: {', '.join(row['sources'])}")
    row["sources"] = [source]
    return row


def _ordered(ix: Index, found: list[tuple[str, int, Row]]) -> list[Row]:
    """A person's events (file, line, event; in file order) in timeline order: ordered together with
    every event they follow, fetched here."""
    own = {e["id"] for _, _, e in found}
    seen = set(own)
    wanted = {a for _, _, e in found for a in e["after"]} - seen
    while wanted:
        more = [(r[2], r[3], stored(r[0], r[1])) for r in ix.conn.execute(
            f"SELECT json, crc, file, file_line FROM events WHERE id IN ({','.join('?' * len(wanted))})",
            sorted(wanted)).fetchall()]
        found += more
        seen |= wanted
        wanted = {a for _, _, e in more for a in e["after"]} - seen
    if len(found) < 2:  # most people: one event or none, nothing to order
        return [e for _, _, e in found]
    found.sort(key=lambda t: (t[0], t[1]))
    return [e for e in order([e for _, _, e in found]) if e["id"] in own]
