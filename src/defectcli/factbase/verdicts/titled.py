"""The title a sentence gives whom a claim is of, held against what that one's record says they are: a rank, service
or job written as a title before the name ("Police officer Lin Aung joined …", "Major Zay Thu Aung said") or set off
after it ("Lin Aung, a police officer, said") that the record does not give them leaves a claim that would match
`not_found`, as a description of an unnamed speaker the record does not give is (quotes.py); the reason names the
title, and the rank and service the record gives. A title the record gives ("Captain Zay Thu Aung", "the former air
force captain", "the air force officer" of a captain) changes nothing. The title is read in texts/claims/titles.py."""

from __future__ import annotations

from collections.abc import Iterable

from ...numbers.amounts import Amount, read
from ..names import CANONICAL
from .evidence import Found, Verdict, name_of, norm_words, terms


def unfit(found: Found) -> list[str]:
    """The words of the title the sentence gives that the record of the one it names does not hold."""
    known = terms([found.known_as])
    ranks = {CANONICAL.get(w, w) for w in norm_words(found.known_as)}
    return [w for w in found.title if CANONICAL.get(w.lower(), w.lower()) not in ranks and not terms([w]) <= known]


def titled(verdict: Verdict, found: Found) -> Verdict:
    """The verdict, but `not_found` for a claim that matches of one the sentence gives a title their record does not."""
    if verdict.verdict != "matches" or not found.title or not (off := unfit(found)):
        return verdict
    gives = f" (it gives {found.rank})" if found.rank else ""
    said = ", ".join(f"“{w}”" for w in off)
    return Verdict("not_found", f"the fact base does not call {name_of(found, found.titled)} {said}, as the sentence does"
                   f"{gives}; otherwise: {verdict.reason}", verdict.evidence)


def numbers_unfit(description: str, clause: str, record: Iterable[float]) -> list[str]:
    """The numbers of a description of an unnamed speaker that the speaker's record holds none of (`record`: its
    attributes' values and the numbers of its label and description), as written: an age or a span of time ("the
    19-year-old", "the defector who signed a ten-year agreement"), and in its clause a bare one ("who joined at 16"); not
    a count of the others ("one of the seven defectors")."""
    held = {float(v) for v in record}
    out = []
    for text, units in ((description[:len(description) - len(clause)], _SPANS), (clause, (*_SPANS, None))):
        reading = read(text)
        for a in reading.amounts:
            if a.unit in units and not any(_within(a, v) for v in held):
                tokens = reading.tokens
                out.append(reading.text[tokens[a.start][1]:tokens[max(a.start, a.unit_end - 1)][2]])
    return out


_SPANS = ("years", "months", "weeks", "days", "decades", "years of age")


def _within(a: Amount, held: float) -> bool:
    """Whether a record's value is what the amount says, with its bound or range ("nearly two decades" of 18 years)."""
    scale = 10 if a.unit == "decades" else 1  # ("two decades": 20 years)
    low, high = float(a.value) * scale, float(a.value_max if a.value_max is not None else a.value) * scale
    return {"more_than": held > low, "at_least": held >= low, "less_than": held < low, "at_most": held <= low,
            "nearly": low * 0.85 <= held <= low, "about": low * 0.85 <= held <= low * 1.15}.get(a.comparator,
                                                                                            low <= held <= high)
