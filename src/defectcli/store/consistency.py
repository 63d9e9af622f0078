"""Rules that only the whole fact base can answer, asked of the cache in SQL after every refresh.

They are recomputed in full whenever any file changed, so their problems never depend on the
order in which files reached the cache. `check` and every query see the same problems: both open
the index, and the index runs these rules (one validation path).
"""

from __future__ import annotations

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


def counts_only_for_groups(conn: sqlite3.Connection) -> Iterable[Found]:
    """A giver's `count` is how many people a group stands for; a single person has none."""
    rows = conn.execute(
        'SELECT m.file, m.file_line, g.who FROM motivation_givers g JOIN motivations m ON m.id = g.motivation_id '
        'JOIN people p ON p.id = g.who WHERE g.count IS NOT NULL AND NOT p."group" ORDER BY m.file, m.file_line, g.who')
    for file, line, who in rows:
        yield file, line, f"count is for a group giver; '{who}' is not a group"


RULES: list[Rule] = [actor_ids_shared, one_preferred_figure, counts_only_for_groups]


def recheck(conn: sqlite3.Connection) -> None:
    """Replace every finding of the whole-base rules with what they find now."""
    conn.execute("DELETE FROM _problems WHERE origin = ?", (ORIGIN,))
    for rule in RULES:
        conn.executemany("INSERT INTO _problems VALUES (?, ?, ?, ?, NULL, NULL)",
                         [(file, line, message, ORIGIN) for file, line, message in rule(conn)])
