"""The words a number's clause says after a relation ("before>coup", "if>accompanied", "when*>reaches") that the record
must hold too: words of time after "before", "after", "during", "since"; any but a function word of a condition, a
cause or a clause of time (numbers/happenings.py reads them, factbase/verdicts/happened.py holds them to the record)."""

from __future__ import annotations

from ..text import words_of
from .vocabulary import MONTHS, RATES


def said_so(relation: str, word: str) -> bool:
    """Whether a word the clause says after `relation` must be the record's, though it says nothing elsewhere: one of
    time after "before", "after", "during" ("defected before the coup"), or any but a function word of a condition, a
    cause or a clause of time ("700 baht if he informs", "if he is accompanied", "after* he reaches Thailand")."""
    if relation and word in MONTHS:  # "since January 2023": the month of a date (beside.py), with its year
        return True
    if relation == "year":  # "(the year of the coup)": what names the year is the record's to say
        return True
    if relation in ("before", "after", "during", "since"):
        return when_said(f"{relation}>{word}")
    if relation == "in" and word in _OF_TIME:
        return True  # "defected in a single week" (beside.py's "in>week"): a span of time the record must give
    return (relation in ("if", "unless", "because") or relation.endswith("*")) and word not in _FUNCTION and not (
        relation == "if" and (word in RATES or word in _PERIOD))  # ("…, every month": the sum's rate, not the if's)


_PERIOD = frozenset(("every", "each", "per", "month", "week", "day", "year"))


def when_said(relation: str) -> bool:
    """Whether "before>coup" (a word after its relation) says when, by a word of time."""
    before, _, word = relation.partition(">")
    return before in ("before", "after", "during", "since") and word in _OF_TIME


# Words of time which, after "before", "after" or "during", say when ("defected before the coup"): the record's too
_OF_TIME = frozenset(words_of("""coup year years month months week weeks day days decade decades last yesterday ago
    christmas""")) | frozenset(MONTHS)
_FUNCTION = frozenset(words_of("""a an the of to in on at for by with from as and or nor so than then it its they them
    their he him his she her we us our you your i me my this that these those there here not no is are was were be
    been being am do does did has have had will would shall may might can could must should out up off down over into
    onto upon"""))  # ("when he joined out of admiration": a particle)
