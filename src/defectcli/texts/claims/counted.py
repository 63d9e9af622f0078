"""A span of time that dates an event from another's date: "defected three years after the 2021 coup", "enlisted five
years before the coup of February 2021", "a year after February 2021", "joined the army six years ago". The event it
is counted from (its anchor) is not the one the clause's verb names (events.py), and a date written in the anchor's
name ("the 2021 coup") is the anchor's, not that event's (parse.py). A span counted from another clause ("a year after
he enlisted"), a rough one or one in weeks or days (numbers/counted.py) is none."""

from __future__ import annotations

from typing import NamedTuple

from ...numbers.counted import relation_at, span_before
from ...numbers.vocabulary import DATED_NOUNS, MONTHS
from ...text import words_of


class Span(NamedTuple):
    start: int  # where its number starts ("three", "a")
    relation: int  # where its "after", "before", "following", "prior" or "ago" is
    end: int  # the word after it: after the anchor's name, or the date it is counted from
    amount: int  # signed: after, more; before or ago, less
    unit: str  # year | month
    noun: int | None  # where the anchor's noun is ("coup"); None: counted from a date, or from now ("ago")
    date: tuple[int, int] | None  # where the date written in the anchor's words is ("the 2021 coup"), [start, end)


# Words that may stand in an anchor's name before its noun: "the military's February 2021 coup", "his first enlistment"
_BEFORE_NOUN = frozenset(words_of("""the a an his her their its this that military army junta regime myanmar burma burmese
    bloody deadly violent failed successful first second last latest , st nd rd th of"""))
_NOUNS = DATED_NOUNS | {"putsch"}


def spans(words: list[str], dates: list[tuple[int, int]]) -> list[Span]:
    """Each span of the sentence counted from an event it names, a date (`dates`: where the sentence's dates are), or
    now ("ago"), in order."""
    found = []
    for k in range(1, len(words)):
        relation = relation_at(words, k)
        span = span_before(words, k) if relation is not None else None
        if relation is None or span is None:
            continue
        start, amount, unit = span
        sign, p = relation
        if words[k] == "ago":
            found.append(Span(start, k, k + 1, -amount, unit, None, None))
        elif (anchor := _anchor(words, p, dates)) is not None:
            found.append(Span(start, k, anchor[2], sign * amount, unit, anchor[0], anchor[1]))
    return found


def _anchor(words: list[str], p: int, dates: list[tuple[int, int]]) -> tuple[int | None, tuple[int, int] | None, int] | None:
    """The anchor whose words start at words[p]: (where its noun is, the date its words write, where it ends); the
    noun is None for a date alone ("after February 2021"). None when the words name no event nor date ("after he
    enlisted", "after joining")."""
    j = p
    while j < len(words) and j - p < 8 and (words[j] in _BEFORE_NOUN or words[j] in MONTHS or words[j][:1].isdecimal()
                                            or words[j].endswith(("'s", "’s"))):
        j += 1
    if j < len(words) and words[j] in _NOUNS:  # "the 2021 coup", "the coup of February 2021", "the coup in 2021"
        inside = next((d for d in dates if p <= d[0] and d[1] <= j), None)
        end = j + 1 + (words[j + 1:j + 2] != [] and words[j + 1].startswith(("d'", "d’")))  # "the coup d'état"
        end += 2 * (words[end:end + 1] == ["in"] and words[end + 1:end + 2] in (["myanmar"], ["burma"]))
        k = end + (words[end:end + 1] in (["of"], ["in"], ["on"]))
        k += k > end and words[k:k + 1] == ["the"]
        after = next((d for d in dates if d[0] == k and k > end), None) if inside is None else None
        return j, inside or after, (after or (0, end))[1]
    at = next((d for d in dates if d[0] in (p, p + (words[p:p + 1] == ["the"]))), None)
    return (None, at, at[1]) if at is not None else None


def anchored(words: list[str], k: int) -> bool:
    """Whether words[k] is the noun of a span's anchor ("coup" in "defected three years after the 2021 coup"): the
    event a date is of is another."""
    j = k - 1
    while j > 0 and k - j <= 8 and (words[j] in _BEFORE_NOUN or words[j] in MONTHS or words[j][:1].isdecimal()
                                    or words[j].endswith(("'s", "’s"))) and relation_at(words, j) is None:
        j -= 1
    if j > 0 and words[j] == "to" and words[j - 1] == "prior":
        j -= 1
    return j > 0 and relation_at(words, j) is not None and words[j] != "ago" and span_before(words, j) is not None
