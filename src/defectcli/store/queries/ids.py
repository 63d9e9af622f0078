"""Small lookups that queries, person resolution and search share: display names, valid ids."""

from __future__ import annotations

from collections.abc import Iterable

from ...errors import UsageError
from ...text import quoted, suggest
from ..cache.index import Index
from ..cache.schema import verified


def names(ix: Index, ids: Iterable[str]) -> dict[str, str]:
    """Display names for person and organisation ids."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    if not wanted:  # most profiles name no relation: no query at all
        return out
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for table in ("people", "organisations"):
            # The name as the record's checked JSON holds it (schema.verified), not its flat copy.
            out.update((rid, name) for rid, name, js, crc in ix.conn.execute(
                f"SELECT id, json_extract(json, '$.name'), json, crc FROM {table} WHERE id IN ({marks})", chunk)
                if verified(js, crc))
    if len(out) < len(wanted):
        # Every id asked about is one a record refers to, and a fact base with a reference that
        # holds nothing is refused before any query: a miss here is a damaged index (rebuilt).
        raise ValueError(f"the cache has no record for {sorted(set(wanted) - out.keys())[:3]}")
    return out


def _known(ix: Index, table: str) -> list[str]:
    return [r[0] for r in ix.conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def require(ix: Index, table: str, value: str, option: str, plural: bool = False) -> str:
    """The id `value` names, ignoring case (and number, with `plural`: a theme); refuse one the fact base
    does not have, listing the valid ones."""
    if ix.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).fetchone():
        return value
    known = _known(ix, table)
    if not known:
        grow = " (`defectcli add-source FILE` adds one)" if table == "sources" else ""
        raise UsageError(f"{option}: unknown value {quoted(value)}; the fact base has no {table} yet{grow}")
    return one_of(value, known, option, plural)


def one_of(value: str, valid: list[str], option: str, plural: bool = False) -> str:
    """The value of `valid` that `value` is, ignoring case (as names are), and with `plural` singular or
    plural ("Defectors" is the role defector, "operation" the topic operations); refuse any other,
    suggesting the closest and listing the rest."""
    if value in valid:
        return value
    same = [v for v in valid if v.casefold() == value.casefold()]
    if len(same) == 1:
        return same[0]
    forms = _numbers(value.casefold()) if plural else set()
    same = [v for v in valid if v.casefold() in forms]
    if len(same) == 1:
        return same[0]
    hint = suggest(value, valid, "did you mean '{}'? ")
    shown = ", ".join(valid[:30]) + (", …" if len(valid) > 30 else "")
    raise UsageError(f"{option}: unknown value {quoted(value)}; {hint}valid: {shown}")


def _numbers(word: str) -> set[str]:
    """A word in the singular and in the plural: "safeties" -> safety, "operation" -> operations."""
    forms = {word, f"{word}s", f"{word}es"}
    if word.endswith("ies"):
        forms.add(f"{word[:-3]}y")
    if word.endswith("y"):
        forms.add(f"{word[:-1]}ies")
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2] if word.endswith("es") else word}
    return forms


def like_prefix(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') for what starts with `text`, its wildcards taken literally."""
    return like_escaped(text) + "%"


def like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def kind_named(kind: str, option: str = "--kind") -> str:
    """A record kind as --kind takes it: singular or plural, any case ("people" is "person"); any other
    value is refused with the kinds there are, and the one it is closest to, singular or plural
    ("peple": did you mean 'people'?)."""
    from ..cache.schema import KIND_TABLE, SINGULAR

    folded = kind.casefold()
    named = {**SINGULAR, "orgs": "organisation"}.get(folded, folded)
    if named in KIND_TABLE:
        return named
    hint = suggest(folded, [*KIND_TABLE, *SINGULAR], "did you mean '{}'? ")
    raise UsageError(f"{option}: unknown value {quoted(kind)}; {hint}valid: {', '.join(KIND_TABLE)}")
