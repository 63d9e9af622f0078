"""Rules that only the whole fact base can answer, asked of the cache in SQL after every refresh.

They are recomputed in full whenever any file changed, so their problems never depend on the
order in which files reached the cache. `check` and every query see the same problems: both open
the index, and the index runs these rules (one validation path).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

# (file within the fact base, line, message)
Found = tuple[str, int, str]
Rule = Callable[[sqlite3.Connection], Iterable[Found]]
ORIGIN = "*"  # the _problems origin of these rules' findings: not owned by one file


def actor_ids_shared(conn: sqlite3.Connection) -> Iterable[Found]:
    """People and organisations share one namespace: a speaker id must name one of them."""
    for file, line, rid in conn.execute("SELECT o.file, o.file_line, o.id FROM organisations o "
                                        "JOIN people p ON p.id = o.id ORDER BY o.file, o.file_line"):
        yield file, line, f"id '{rid}' is both a person and an organisation"


def one_preferred_figure(conn: sqlite3.Connection) -> Iterable[Found]:
    """At most one preferred value per quantity (the figures one conflict weighs against each other)."""
    rows = conn.execute(
        "SELECT c.file, c.file_line, group_concat(DISTINCT f.id) FROM conflicts c "
        "JOIN conflict_claims cc ON cc.conflict_id = c.id JOIN figures f ON f.id = cc.figure_id "
        "WHERE f.rank = 'preferred' GROUP BY c.id HAVING count(DISTINCT f.id) > 1 ORDER BY c.file, c.file_line")
    for file, line, ids in rows:
        shown = ", ".join(sorted(ids.split(",")))
        yield file, line, f"more than one preferred figure for one quantity: {shown}"


def one_person_per_name(conn: sqlite3.Connection) -> Iterable[Found]:
    """Two people answering to one name make `person NAME` ambiguous: one person recorded twice
    (a new article's), or two people whom a note must tell apart."""
    rows = conn.execute(
        "SELECT b.file, b.file_line, b.id, a.id, a.file, a.file_line, n.name FROM person_names n "
        "JOIN person_names m ON m.key = n.key AND m.person_id != n.person_id "
        "JOIN people a ON a.id = m.person_id JOIN people b ON b.id = n.person_id "
        "WHERE (a.file, a.file_line) < (b.file, b.file_line) AND a.note IS NULL AND b.note IS NULL "
        "GROUP BY b.id, a.id ORDER BY b.file, b.file_line, a.id")
    for file, line, later, first, first_file, first_line, name in rows:
        yield file, line, (f"person '{later}' answers to the name \"{name}\" of person '{first}' "
                           f"({first_file}:{first_line}): if they are one person, keep one record and add the "
                           "new source's evidence to it; if two, tell them apart in a note")


def dates_after_publication(conn: sqlite3.Connection) -> Iterable[Found]:
    """An inferred date (or a bound on one) of an event, or of what a figure counts, that begins after
    a source reporting it was published, by its publication record."""
    from ..factbase.record import parse_day, span

    published: dict[str, str] = {}
    for sid, raw in conn.execute("SELECT id, json FROM sources WHERE json LIKE '%\"published\":\"%'"):
        value = (json.loads(raw).get("record") or {}).get("published")
        if value and parse_day(value):
            published[sid] = value
    if not published:
        return
    # Rows are compact JSON: a LIKE finds the few inferred dates without parsing every row.
    dated = [("event", *r) for r in conn.execute(
        "SELECT id, json, file, file_line, NULL FROM events WHERE date_basis = 'inferred'")]
    dated += [("figure", *r) for r in conn.execute(
        "SELECT id, json, file, file_line, source FROM figures WHERE json LIKE '%\"basis\":\"inferred\"%'")]
    found: list[Found] = []
    for kind, rid, raw, file, line, source in dated:
        date = json.loads(raw)["date" if kind == "event" else "as_of"]
        own = span(date["value"]) if date and date["basis"] == "inferred" else None
        if own is None or own[0] is None:
            continue
        sources = {r[0] for r in conn.execute("SELECT source FROM evidence WHERE kind = ? AND record_id = ?",
                                              (kind, rid))} | ({source} if source else set())
        for sid in sorted(sources & published.keys()):
            days = parse_day(published[sid])
            if days is not None and own[0] > days[1]:
                what = "date" if kind == "event" else "as_of date"
                found.append((file, line, f"{kind} '{rid}': inferred {what} {date['value']} begins after source "
                                          f"'{sid}' reporting it was published ({published[sid]}, by its "
                                          "publication record)"))
    yield from sorted(found)


def dates_against_supported_claims(conn: sqlite3.Connection) -> Iterable[Found]:
    """A claim rated `supported` that gives an event or figure a date its own date contradicts."""
    from ..factbase.record import disjoint, span

    found: list[Found] = []
    for cid, raw, cfile, cline in conn.execute(
            "SELECT id, json, file, file_line FROM conflicts WHERE json LIKE '%\"rating\":\"supported\"%' "
            "AND json LIKE '%\"date\":{%' ORDER BY file, file_line"):
        for claim in json.loads(raw)["claims"]:
            claimed = claim.get("date")
            theirs = span(claimed["value"]) if claimed and claim["rating"] == "supported" else None
            if theirs is None:
                continue
            for kind, table, field in (("event", "events", "date"), ("figure", "figures", "as_of")):
                row = conn.execute(f"SELECT json, file, file_line FROM {table} WHERE id = ?",
                                   (claim[kind],)).fetchone() if claim[kind] else None
                if row is None:
                    continue
                date = json.loads(row[0])[field]
                ours = span(date["value"]) if date else None
                if ours is not None and disjoint(ours, theirs):
                    found.append((row[1], row[2], f"{kind} '{claim[kind]}' is dated {date['value']}, but a "
                                                  f"supported claim of conflict '{cid}' ({cfile}:{cline}, "
                                                  f"{claim['source']}) dates it {claimed['value']}"))
    yield from found


RULES: list[Rule] = [actor_ids_shared, one_preferred_figure, one_person_per_name, dates_after_publication,
                     dates_against_supported_claims]


def recheck(conn: sqlite3.Connection) -> None:
    """Replace every finding of the whole-base rules with what they find now."""
    conn.execute("DELETE FROM _problems WHERE origin = ?", (ORIGIN,))
    for rule in RULES:
        conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, NULL, NULL)",
                         [(file, line, message, ORIGIN) for file, line, message in rule(conn)])
