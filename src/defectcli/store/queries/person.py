"""One person's whole profile: attributes, quotes, motivations, figures and events, each with its source."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ...shapes import Row
from ..cache.index import Index
from .ids import names, require


def resolve_person(ix: Index, query: str) -> str:
    """The id of the one person `query` names (see resolve.py)."""
    from .resolve import resolve_person as resolve

    return resolve(ix, query)


# A profile's records in one statement (a notebook asks for a thousand profiles: each statement
# costs more than the rows it returns): the person, then their quotes, motivations and figures, each
# kind in its own order (sort keys k1-k3).
PROFILE = """
SELECT 0 AS part, json, NULL AS k1, NULL AS k2, NULL AS k3 FROM people WHERE id = ?1
UNION ALL
SELECT 1, json, source, line, id FROM quotes WHERE speaker = ?1
UNION ALL
SELECT 2, json, file, file_line, NULL FROM motivations
WHERE id IN (SELECT motivation_id FROM motivation_givers WHERE who = ?1)
UNION ALL
SELECT 3, json, file, file_line, NULL FROM figures
WHERE stated_by = ?1 OR id IN (SELECT figure_id FROM figure_about WHERE person_id = ?1)
ORDER BY part, k1, k2, k3
"""
def person(ix: Index, query: str, source: str | None = None) -> Row:
    """One person's full profile: attributes, quotes, motivations, figures and events; with `source`,
    only what that source says."""
    if source:
        require(ix, "sources", source, "--source")
    pid = resolve_person(ix, query)
    parts: list[list[Row]] = [[], [], [], []]
    for part, text, *_ in ix.conn.execute(PROFILE, (pid,)).fetchall():
        parts[part].append(json.loads(text))
    (row,), quotes, motivations, figures = parts
    if row["relations"]:
        related = names(ix, [r["person"] for r in row["relations"]])
        for rel in row["relations"]:
            rel["name"] = related.get(rel["person"])
    row["quotes"] = quotes
    row["motivations"] = [{"id": m["id"], "stage": m["stage"], "reason": m["reason"],
                           "evidence": [g for g in m["given_by"] if g["who"] == pid]} for m in motivations]
    row["figures"] = figures
    row["events"] = _person_events(ix, pid)
    return _from_source(row, source) if source else row


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
        raise NotFound(f"source '{source}' says nothing about {row['name']}; their sources: {', '.join(row['sources'])}")
    row["sources"] = [source]
    return row


def _person_events(ix: Index, pid: str) -> list[Row]:
    """A person's events in timeline order: ordered together with every event they follow."""
    def fetch(sql: str, args: Sequence[str]) -> list[tuple[str, int, Row]]:
        return [(r[1], r[2], json.loads(r[0])) for r in ix.conn.execute(sql, args).fetchall()]

    found = fetch("SELECT json, file, file_line FROM events WHERE id IN "
                  "(SELECT event_id FROM event_people WHERE person_id = ?)", (pid,))
    own = {e["id"] for _, _, e in found}
    seen = set(own)
    wanted = {a for _, _, e in found for a in e["after"]} - seen
    while wanted:
        more = fetch(f"SELECT json, file, file_line FROM events WHERE id IN ({','.join('?' * len(wanted))})",
                     sorted(wanted))
        found += more
        seen |= wanted
        wanted = {a for _, _, e in more for a in e["after"]} - seen
    if len(found) < 2:  # most people: one event or none, nothing to order
        return [e for _, _, e in found]
    from ...factbase.chronology import order

    found.sort(key=lambda t: (t[0], t[1]))
    return [e for e in order([e for _, _, e in found]) if e["id"] in own]
