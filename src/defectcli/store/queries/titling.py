"""What a person's record says they are, as the title a sentence gives them is held against it (verdicts/titled.py):
the rank and service it gives, and that an officer's rank makes one an officer ("the air force officer" of a captain)."""

from __future__ import annotations

from ...factbase.names import words
from ...numbers.amounts import read
from ...shapes import Row

# Ranks (as factbase/names.py keys them) that only an officer holds
_OFFICERS = frozenset(("capt", "maj", "lt", "col", "gen", "brig", "cdr"))


def officer(known: str) -> str:
    """" officer" when the words a person is known by hold an officer's rank and not the word itself; else ""."""
    said = set(words(known))
    return " officer" if said & _OFFICERS and "officer" not in said else ""


def rank_of(person: Row) -> str:
    """The rank and service a person's record gives ("Captain, air force"), or ""."""
    return ", ".join(str(a.get("value")) for a in person.get("attributes") or () if a.get("field") in ("rank", "branch"))


def numbers_of(person: Row) -> list[float]:
    """The numbers a person's record holds: its attributes' values, and those its label and description write ("Defector
    who signed for five years"), a decade as ten years; what a clause describing the person may say of them."""
    out = [float(v) for a in person.get("attributes") or () for v in (a.get("value"), a.get("value_max"))
           if isinstance(v, (int, float)) and not isinstance(v, bool)]
    text = f"{person.get('name') or ''}. {person.get('described_as') or ''}"
    return out + [float(a.value) * (10 if a.unit == "decades" else 1) for a in read(text).amounts]
