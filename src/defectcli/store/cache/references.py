"""References that leave their file, resolved over the whole cache after every refresh.

Recomputed in full from `_refs`, not patched file by file, so that the same fact base gives the
same messages however the cache reached it (a did-you-mean is chosen from the ids there are now).

A reference to an id that may be defined where the fact base could not be read (a record that
failed, a file that did not parse: `_unread`) is not reported: the root cause is. One line says
how many are held back, so that one YAML error does not bury itself under dozens of follow-ons.
"""

from __future__ import annotations

import sqlite3

from .schema import KIND_TABLE

ORIGIN = "refs"  # the _problems origin of these findings: not owned by one file
HELD = "held"  # the target_kind of the one line that counts what was held back

# True for a reference whose target does not exist (_refs.target_kind names the table, or two).
_MISSING = "CASE target_kind " + " ".join(
    f"WHEN '{kind}' THEN NOT EXISTS (SELECT 1 FROM {table} WHERE id = _refs.target)" for kind, table in KIND_TABLE.items()
) + (" WHEN 'actor' THEN NOT EXISTS (SELECT 1 FROM people WHERE id = _refs.target) "
     "AND NOT EXISTS (SELECT 1 FROM organisations WHERE id = _refs.target) ELSE 1 END")


def _kinds(kind: str) -> tuple[str, ...]:
    return ("person", "organisation") if kind == "actor" else (kind,)


def recheck(conn: sqlite3.Connection) -> None:
    """Replace every dangling-reference finding with what the whole cache says now."""
    from ...factbase.models import Loc
    from ...factbase.validate import dangling

    conn.execute("DELETE FROM _problems WHERE origin = ?", (ORIGIN,))
    missing = conn.execute(f"SELECT what, target, target_kind, file, line FROM _refs WHERE {_MISSING} "
                           "ORDER BY file, line, what, target").fetchall()
    if not missing:
        return
    unread = conn.execute("SELECT file, kind, id FROM _unread ORDER BY file").fetchall()
    whole = [file for file, _, rid in unread if rid is None]  # files that could not be read at all
    ids = {(kind, rid) for _, kind, rid in unread if rid is not None}
    known: dict[str, list[str]] = {}
    rows = []
    held = 0
    for what, target, kind, file, line in missing:
        if whole or (None, target) in ids or any((k, target) in ids for k in _kinds(kind)):
            held += 1
            continue
        if kind not in known:
            known[kind] = [r[0] for k in _kinds(kind) for r in conn.execute(f"SELECT id FROM {KIND_TABLE[k]} ORDER BY id")]
        problem = dangling(Loc(file, line), what, target, kind, known[kind])
        rows.append((file, problem.line, problem.message, ORIGIN, kind, target))
    if held:
        where = whole[0] if whole else unread[0][0]
        rows.append((where, 0, f"{held} reference{'s' if held != 1 else ''} to unknown ids held back: they may "
                     "name ids defined where the fact base could not be read (fix the problems above first)",
                     ORIGIN, HELD, None))
    conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, ?, ?)", rows)
