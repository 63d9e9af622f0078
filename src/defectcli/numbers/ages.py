"""Whether a range with no unit is the ages of the people written right before it (amounts.py)."""

from __future__ import annotations

from .values import Value

_PEOPLE = frozenset(("men", "women", "people", "those", "citizens", "males", "females", "youths", "adults"))
# The marks that may set a range off after the people it is of, and what closes each ("(18 to 35)"; a dash or a
# comma may also close with the sentence)
_SET_OFF = {"(": ")", "[": "]", "—": "—", "–": "–", ",": ","}
# What a law may do to people of those ages, said between them and the ages: "men can be conscripted from 18 to 35"
_MODALS = frozenset(("can", "may", "must", "could", "might", "will", "shall"))
_CALLED_UP = (("conscripted",), ("drafted",), ("called", "up"))
# The end of a law's range, said after what it may do: "can be conscripted until they are 35", "up until 35"
_UNTIL = (("until", "they", "are"), ("until", "the", "age", "of"), ("until", "age"), ("up", "until"), ("until",))


def _conscripted(words: list[str], k: int) -> int | None:
    """Where the people end whom a law may call up, in words ending at words[k] ("men can be conscripted"), or None."""
    verb = next((len(p) for p in _CALLED_UP if tuple(words[max(0, k + 1 - len(p)):k + 1]) == p), 0)
    k -= verb
    if verb and k >= 2 and words[k] == "be" and words[k - 1] in _MODALS and words[k - 2] in _PEOPLE:
        return k - 2
    return None


def law_bound(words: list[str], start: int) -> tuple[tuple[str, ...], str] | None:
    """The words of a law's upper bound of age right before words[start], and its comparator ("Men can be conscripted
    until they are 35": at most 35); None elsewhere."""
    said = next((p for p in _UNTIL if tuple(words[max(0, start - len(p)):start]) == p), None)
    if said is None or _conscripted(words, start - len(said) - 1) is None:
        return None
    return said, "at_most"


def ages_of_people(words: list[str], start: int, end: int, value: Value, value_max: Value | None) -> bool:
    """Whether the range words[start:end] is the ages of men, women or people written right before it: "men from 18
    to 35 and women from 18 to 27 must serve", "Men between 18 and 35", or set off: "men (18 to 35)", "men — 18 to 35
    —", "women, 18 to 27,"; or of whom a law may call up: "men can be conscripted between 18 and 35"."""
    if value_max is None:  # (a law's bound: "men can be conscripted until they are 35")
        return 10 <= value <= 99 and law_bound(words, start + next((len(p) for p in _UNTIL if tuple(
            words[start:start + len(p)]) == p), 0)) is not None
    k = start - 1 - (words[start - 1:start] in (["between"], ["from"], ["of"]))
    k = k if (law := _conscripted(words, k)) is None else law  # ("men can be conscripted from 18 to 35")
    close = _SET_OFF.get(words[k]) if k > 0 else None
    if close is not None and words[end:end + 1] != [close] and (close in (")", "]") or words[end:end + 1] not in (
            [], ["."], [";"])):
        return False  # not closed right after it: "men, 18 to 35 percent of them"
    k -= close is not None
    return value_max is not None and 10 <= value < value_max <= 99 and k >= 0 and words[k] in _PEOPLE
