"""Which person a name means: exact name forms first, then a part of a real name, then a part of a label."""

from __future__ import annotations

from ...errors import NotFound, UsageError
from ...factbase.names import DESCRIBED, NAME, lone_title, name_key
from ...text import fold, quoted
from ..cache.index import Index
from .ids import like_escaped

# How many names an ambiguity message lists before it says how many more there are.
LISTED = 5


def resolve_person(ix: Index, query: str, option: str = "NAME") -> str:
    """The id of the one person `query` names (`option`: what a refusal names it by).

    In order, the first that finds anyone decides: a name, alias or title form equal to the query
    (honorifics and ranks optional on both sides, see factbase/names.py); the person id itself; the
    query as whole words of a name, an alias, a name with its titles, an unnamed person's label or a
    description (`described_as`), where a part of a real name wins over a part of the others
    ("Thawda" is Thawda Win, not "Wife of Thawda Win"; "captain" is Zay Thu Aung, Capt, and the army
    captain alike). An honorific or rank alone ("Maung") is a part of names, not a whole one, unless
    typed as a name is written ("Maung*").
    """
    key = name_key(query)
    if not key:
        raise UsageError(f"{option}: give a person's name, e.g. \"Lin Aung\"")
    hits = person_ids(ix, query, key)
    if len(hits) == 1:
        return str(hits.pop())
    if hits:
        raise NotFound(ambiguous(ix, query, hits))
    raise NotFound(f"no person named {quoted(query)}; {_closest(ix, key)}")


def person_ids(ix: Index, query: str, key: str | None = None) -> set[str]:
    """The ids of everyone `query` names, by the rules of resolve_person (empty when no one); `key`
    is its name_key, when the caller has it already."""
    key = name_key(query) if key is None else key
    if not key:
        return set()
    conn = ix.conn
    exact = dict(conn.execute("SELECT person_id, name FROM person_names WHERE key = ? AND what != ?", (key, DESCRIBED)))
    if lone_title(key):
        exact = {pid: name for pid, name in exact.items() if fold(name) == fold(query)}
    hits = set(exact)
    if not hits and conn.execute("SELECT 1 FROM people WHERE id = ?", (query,)).fetchone():
        hits = {query}
    # A part of a name is never longer than 1000 characters (SQLite caps LIKE patterns) and never holds
    # a NUL, where SQLite would cut the pattern short ("% \0 %" is "% ": everyone with two words).
    if not hits and len(key) <= 1000 and "\x00" not in key:
        pattern = f"% {like_escaped(key)} %"
        rows = conn.execute("SELECT DISTINCT person_id, what FROM person_names "
                            "WHERE (' ' || key || ' ') LIKE ? ESCAPE '\\'", (pattern,)).fetchall()
        named = {pid for pid, what in rows if what == NAME}
        hits = named or {pid for pid, _ in rows}
    return hits


def named_exactly(ix: Index, key: str) -> set[str]:
    """The ids of the people with a name, alias or title form whose key (factbase/names.py) is `key`
    (a description is not a name)."""
    return {r[0] for r in ix.conn.execute("SELECT person_id FROM person_names WHERE key = ? AND what != ?",
                                          (key, DESCRIBED))}


def ambiguous(ix: Index, query: str, ids: set[str]) -> str:
    """A bounded message: a few of the names, how many more, and how to narrow."""
    from .ids import names

    shown = sorted(ids)
    found = names(ix, shown[:200])
    listed = sorted(found[i] for i in shown[:200])[:LISTED]
    text = f"{quoted(query)} matches more than one person: " + ", ".join(f'"{n}"' for n in listed)
    if len(ids) > len(listed):
        text += f" and {len(ids) - len(listed)} more"
    return text + "; give more of the name (`defectcli people` lists everyone)"


def _closest(ix: Index, key: str) -> str:
    keys = dict(ix.conn.execute("SELECT key, name FROM person_names WHERE what != ?", (DESCRIBED,)))
    import difflib  # only for a name that finds no one

    close = difflib.get_close_matches(key, list(keys), n=3, cutoff=0.6)
    return "did you mean " + " or ".join(f'"{keys[c]}"' for c in close) + "?" if close else \
        "`defectcli people` lists everyone"
