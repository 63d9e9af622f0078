"""Whether a range with no unit is the ages of the people written right before it (amounts.py)."""

from __future__ import annotations

from .values import Value

_PEOPLE = frozenset(("men", "women", "people", "those", "citizens", "males", "females", "youths", "adults"))
# The marks that may set a range off after the people it is of, and what closes each ("(18 to 35)"; a dash or a
# comma may also close with the sentence)
_SET_OFF = {"(": ")", "[": "]", "—": "—", "–": "–", ",": ","}


def ages_of_people(words: list[str], start: int, end: int, value: Value, value_max: Value | None) -> bool:
    """Whether the range words[start:end] is the ages of men, women or people written right before it: "men from 18
    to 35 and women from 18 to 27 must serve", "Men between 18 and 35", or set off: "men (18 to 35)", "men — 18 to 35
    —", "women, 18 to 27,"."""
    k = start - 1 - (words[start - 1:start] in (["between"], ["from"], ["of"]))
    close = _SET_OFF.get(words[k]) if k > 0 else None
    if close is not None and words[end:end + 1] != [close] and (close in (")", "]") or words[end:end + 1] not in (
            [], ["."], [";"])):
        return False  # not closed right after it: "men, 18 to 35 percent of them"
    k -= close is not None
    return value_max is not None and 10 <= value < value_max <= 99 and k >= 0 and words[k] in _PEOPLE
