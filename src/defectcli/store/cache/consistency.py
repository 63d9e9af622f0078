"""Rules that only the whole fact base can answer, asked of the cache in SQL after every refresh.

They are recomputed in full whenever any file changed (but for the rule on shared names, which asks
only about the names of the people in the files that changed), so their problems never depend on the
order in which files reached the cache. `check` and every query see the same problems: both open
the index, and the index runs these rules (one validation path).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from ...text import quoted, shorten
from .cycles import on_cycles
from .schema import stored

# (file within the fact base, line, message)
Found = tuple[str, int, str]
Rule = Callable[[sqlite3.Connection], Iterable[Found]]
ORIGIN = "*"  # the _problems origin of these rules' findings: not owned by one file


def actor_ids_shared(conn: sqlite3.Connection) -> Iterable[Found]:
    """People and organisations share one namespace: a speaker id must name one of them."""
    # The shared ids first, from the two id indexes alone (this rule runs after every refresh); then
    # the few records' places.
    shared = [r[0] for r in conn.execute(
        "SELECT o.id FROM organisations o WHERE EXISTS (SELECT 1 FROM people p WHERE p.id = o.id)")]
    for file, line, rid, pfile, pline in conn.execute(
            "SELECT o.file, o.file_line, o.id, p.file, p.file_line FROM organisations o JOIN people p ON p.id = o.id "
            "WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.file, o.file_line", (json.dumps(shared),)) \
            if shared else ():
        # the person's place too: either may be the one just edited
        yield file, line, f"id {quoted(rid)} is both a person ({pfile}:{pline}) and an organisation"


def one_preferred_figure(conn: sqlite3.Connection) -> Iterable[Found]:
    """At most one preferred value per quantity (the figures one conflict weighs against each other)."""
    # From the few preferred figures to their conflicts, by index (schema.py's figures_preferred); then
    # the places of the few conflicts found.
    found = {r[0]: r[1] for r in conn.execute(
        "SELECT cc.conflict_id, group_concat(DISTINCT f.id) FROM figures f JOIN conflict_claims cc ON cc.figure_id = f.id "
        "WHERE f.rank = 'preferred' GROUP BY cc.conflict_id HAVING count(DISTINCT f.id) > 1")}
    rows = conn.execute("SELECT file, file_line, id FROM conflicts WHERE id IN (SELECT value FROM json_each(?)) "
                        "ORDER BY file, file_line", (json.dumps(sorted(found)),)) if found else ()
    for file, line, cid in rows:
        ids = found[cid]
        shown = ", ".join(sorted(ids.split(",")))
        yield file, line, f"more than one preferred figure for one quantity: {shown}"


def one_person_per_name(conn: sqlite3.Connection, keys: Iterable[str] | None = None) -> Iterable[tuple[str, Found]]:
    """Two people answering to one name make `person NAME` ambiguous: one person recorded twice
    (a new article's), or two people whom a note must tell apart. Each finding with the name key it
    is about; with `keys`, only those keys are asked about."""
    # The shared keys first, from the key index alone: this rule runs after every refresh.
    # A description ("a defector saying he was tortured") is not a name two people can share.
    shared = [r[0] for r in conn.execute(
        "SELECT key FROM person_names WHERE what != 'described' GROUP BY key HAVING count(DISTINCT person_id) > 1 "
        "ORDER BY key")] if keys is None else [key for key in sorted(set(keys)) if conn.execute(
            "SELECT count(DISTINCT person_id) > 1 FROM person_names WHERE key = ? AND what != 'described'",
            (key,)).fetchone()[0]]
    found: set[tuple[str, Found]] = set()
    for key in shared:
        rows = conn.execute("SELECT p.id, p.file, p.file_line, p.note, n.name FROM person_names n "
                            "JOIN people p ON p.id = n.person_id WHERE n.key = ? AND n.what != 'described' "
                            "ORDER BY p.file, p.file_line",
                            (key,)).fetchall()
        first: dict[str, tuple[str, int, str | None]] = {}
        for pid, file, line, note, _ in rows:
            first.setdefault(pid, (file, line, note))
        people = sorted(first.items(), key=lambda item: (item[1][0], item[1][1]))
        names = {pid: name for pid, _, _, _, name in rows}
        for i, (later, (file, line, note)) in enumerate(people):
            for earlier, (efile, eline, enote) in people[:i]:
                if note is None and enote is None:
                    found.add((key, (file, line, f"person {quoted(later)} answers to the name \"{shorten(names[later], 80)}\" of "
                                                 f"person {quoted(earlier)} ({efile}:{eline}): if they are one person, keep "
                                                 "one record and add the new source's evidence to it; if two, tell "
                                                 "them apart in a note")))
                    break
    yield from sorted(found)


# The first day a date value can mean, as ISO text ('2021' -> '2021-01-01'; a period's start), in SQL.
_START = "(CASE WHEN instr({v}, '/') THEN substr({v}, 1, instr({v}, '/') - 1) ELSE {v} END)"
_FIRST_DAY = f"({_START} || substr('-01-01', length({_START}) - 3))"


def dates_after_publication(conn: sqlite3.Connection) -> Iterable[Found]:
    """An inferred date (or a bound on one) of an event, or of what a figure counts, that begins after
    a source reporting it was published, by its publication record; and so each reading of such a
    date when it is disputed."""
    from ...factbase.dates import Span, parse_day, span

    last_day: dict[str, tuple[str, str]] = {}
    days: dict[str, tuple[str, str] | None] = {}  # sources share few dates: each is parsed once
    for sid, value in conn.execute("SELECT id, published FROM sources WHERE published IS NOT NULL"):
        if value not in days:
            days[value] = parse_day(value)
        day = days[value]
        if day is not None:
            last_day[sid] = (value, day[1])
    if not last_day:
        return
    # Only a date that begins after the earliest publication can begin after its own source's: the
    # few such rows are found in SQL, without reading every record (this rule runs after every refresh);
    # so are the few disputed dates with a reading that does.
    floor = min(d for _, d in last_day.values())
    dated: dict[tuple[str, str], tuple[str, str, int, str | None]] = {}
    for kind, table, column, source in (("event", "events", "date", "NULL"), ("figure", "figures", "as_of", "source")):
        picked = f"SELECT id, {column}_value, file, file_line, {source} FROM {table} WHERE {column}_basis = 'inferred' AND "
        # A date whose first day is after the floor starts in its year or later: the value (ISO text;
        # an open start '..' sorts before digits) narrows the rows by index before the exact test.
        begins_late = f"{{v}} >= ? AND {_START} != '..' AND {_FIRST_DAY} > ?"
        beginning_late = conn.execute(picked + begins_late.format(v=f"{column}_value"), (floor[:4], floor))
        # A disputed date whose own value begins early matters only when one of its readings begins late.
        disputed = conn.execute(picked + "id IN (SELECT record_id FROM date_readings WHERE kind = ? AND "
                                + begins_late.format(v="value") + ")", (kind, floor[:4], floor))
        for rid, value, file, line, sid in [*beginning_late, *disputed]:
            dated[kind, rid] = (value, file, line, sid)
    # A disputed date's readings, from their own table: no record's JSON is read.
    readings: dict[tuple[str, str], list[str]] = {}
    for kind, rid, value in conn.execute("SELECT kind, record_id, value FROM date_readings"):
        if (kind, rid) in dated:
            readings.setdefault((kind, rid), []).append(value)
    found: list[Found] = []
    spans: dict[str, Span | None] = {}  # records share few date values
    for (kind, rid), (value, file, line, stated_in) in dated.items():
        what = "date" if kind == "event" else "as_of date"
        others = [v for v in readings.get((kind, rid), ()) if v != value]
        for v in (value, *others):
            if v not in spans:
                spans[v] = span(v)
        late = [(said, own[0]) for said, own in [(f"inferred {what} {value}", spans[value]),
                                                *((f"reading {v} of its disputed {what}", spans[v]) for v in others)]
                if own is not None and own[0] is not None and own[0] > floor]
        if not late:
            continue
        sources = {r[0] for r in conn.execute(
            "SELECT source FROM excerpts WHERE kind = ? AND record_id = ? AND what = 'evidence'", (kind, rid))}
        sources |= {stated_in} if stated_in else set()
        for sid in sorted(sources & last_day.keys()):
            published, last = last_day[sid]
            for said, begins in late:
                if begins > last:
                    found.append((file, line, f"{kind} {quoted(rid)}: {said} begins after source {quoted(sid)} reporting it "
                                              f"was published ({published}, by its publication record)"))
    yield from sorted(found)


def dates_against_supported_claims(conn: sqlite3.Connection) -> Iterable[Found]:
    """A claim rated `supported` that gives an event or figure a date its own date (or a reading of
    it, when disputed) contradicts; the claim is named by its own line."""
    from ...factbase.dates import disjoint, span

    found: list[Found] = []
    # Only dated supported claims are read (schema.py's conflict_claims_dated); sorted here, as an ORDER
    # BY would have SQLite walk every claim by the file index instead.
    claims = sorted(conn.execute("SELECT conflict_id, source, figure_id, event_id, date_value, file, line "
                                 "FROM conflict_claims WHERE rating = 'supported' AND date_value IS NOT NULL"),
                    key=lambda claim: (claim[5], claim[6]))
    for cid, source, figure, event, claimed, cfile, cline in claims:
        theirs = span(claimed)
        if theirs is None:
            continue
        for kind, table, field, rid in (("event", "events", "date", event), ("figure", "figures", "as_of", figure)):
            row = conn.execute(f"SELECT file, file_line, json, crc FROM {table} WHERE id = ?", (rid,)).fetchone() \
                if rid else None
            if row is None:
                continue
            date = stored(row[2], row[3])[field]
            if not date:
                continue
            claim = f"a supported claim of conflict {quoted(cid)} ({cfile}:{cline}, {source})"
            ours = span(date["value"])
            if ours is not None and disjoint(ours, theirs):
                found.append((row[0], row[1], f"{kind} {quoted(rid)} is dated {date['value']}, but {claim} dates it "
                                              f"{claimed}"))
            for r in date["disputed"]["readings"] if date.get("disputed") else ():
                reading = span(r["value"])
                if r["value"] != date["value"] and reading is not None and disjoint(reading, theirs):
                    found.append((row[0], row[1], f"{kind} {quoted(rid)}: reading {r['value']} of its disputed date "
                                                  f"contradicts {claim}, which dates it {claimed}"))
    yield from found


def counts_only_for_groups(conn: sqlite3.Connection) -> Iterable[Found]:
    """A giver's `count` is how many people a group stands for; a single person has none."""
    rows = conn.execute(
        'SELECT m.file, m.file_line, g.who FROM motivation_givers g '
        'JOIN motivations m ON m.id = g.motivation_id JOIN people p ON p.id = g.who '
        'WHERE g.count IS NOT NULL AND NOT p."group" ORDER BY m.file, m.file_line, g.who')
    for file, line, who in rows:
        yield file, line, f"count is for a group giver; {quoted(who)} is not a group"


def events_after_themselves(conn: sqlite3.Connection) -> Iterable[Found]:
    """`after` orders the timeline: an event after itself, directly or through others, has no place in it."""
    # (found in Python: SQL's recursive closure of every event's reach took 210 ms of the 1000x base's 400 ms refresh)
    cyclic = on_cycles(conn.execute("SELECT event_id, after_id FROM event_after").fetchall())
    rows = conn.execute("SELECT file, file_line, id FROM events WHERE id IN (SELECT value FROM json_each(?)) "
                        "ORDER BY file, file_line", (json.dumps(sorted(cyclic)),)) if cyclic else ()
    for file, line, rid in rows:
        yield file, line, f"event {quoted(rid)} {_AFTER_ITSELF}: its 'after' leads back to it"


_AFTER_ITSELF = "comes after itself"


def timeline_of(conn: sqlite3.Connection, files: Iterable[str]) -> list[tuple[str, str]]:
    """The `after` edges the files hold (as they are now in the cache), in order: what the rule above reads of them."""
    return conn.execute("SELECT event_id, after_id FROM event_after WHERE file IN (SELECT value FROM json_each(?)) "
                        "ORDER BY event_id, after_id", (json.dumps(sorted(files)),)).fetchall()


RULES: list[Rule] = [actor_ids_shared, one_preferred_figure, counts_only_for_groups, dates_after_publication,
                     dates_against_supported_claims, events_after_themselves]
NAMES = "name"  # the _problems target_kind of one_person_per_name's findings, whose target is the name key


def name_keys(conn: sqlite3.Connection, files: Iterable[str]) -> set[str]:
    """The name keys of the people the files hold (held as they are now in the cache)."""
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT key FROM person_names WHERE file IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(files)),))}


def recheck(conn: sqlite3.Connection, keys: set[str] | None = None, same_timeline: bool = False) -> None:
    """Replace every finding of the whole-base rules with what they find now. With `keys`, the name
    keys of the people in every file re-read or removed (as they were and as they are), the rule on
    shared names asks about those alone: no other key's people changed, so neither did its findings
    (the 1000x base's 64,000 names took a fifth of the time of re-reading one file). With `same_timeline`
    (no `after` edge of the files re-read changed) and no event after itself before, there is none now: that
    rule is not asked (on the 1000x base it was a third of the time of re-reading one file)."""
    unchanged = same_timeline and conn.execute("SELECT 1 FROM _problems WHERE origin = ? AND message LIKE ? LIMIT 1",
                                               (ORIGIN, f"% {_AFTER_ITSELF}:%")).fetchone() is None
    if keys is None:
        conn.execute("DELETE FROM _problems WHERE origin = ?", (ORIGIN,))
    else:
        conn.execute("DELETE FROM _problems WHERE origin = ? AND target_kind IS NOT ?", (ORIGIN, NAMES))
        conn.executemany("DELETE FROM _problems WHERE target = ? AND origin = ? AND target_kind = ?",
                         [(key, ORIGIN, NAMES) for key in keys])
    for rule in RULES:
        if unchanged and rule is events_after_themselves:
            continue
        conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, NULL, NULL)",
                         [(file, line, message, ORIGIN) for file, line, message in rule(conn)])
    conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, ?, ?)",
                     [(file, line, message, ORIGIN, NAMES, key)
                      for key, (file, line, message) in one_person_per_name(conn, keys)])
