"""A count that takes in a person the sentence names, held against a record that counts those beside that person:
"Four people, including Pyae Mg, share a room" is the record's "three others" he lives with (texts/claims/including.py
reads the sentence); and a number said of a range's end ("the oldest interviewee was 39": texts/claims/ends.py), held
against that end of a record's range."""

from __future__ import annotations

import re
from dataclasses import replace

from .amounts import NumberLike, Quantity, quantities
from .evidence import Found, Verdict, number

# what a record counts beside its person: "three others", "people X shares a room with"
_BESIDE = re.compile(r"\bothers\b|\bwith\s*$")


def _others(q: Quantity, found: Found) -> bool:
    return q.kind == "figure" and q.unit == "people" and bool(q.about & set(found.subjects)) and any(
        _BESIDE.search(str(q.row.get(key) or "")) for key in ("wording", "counts"))


def as_counted(claim: NumberLike, q: Quantity, found: Found) -> NumberLike:
    """The claim as `q` counts: one fewer when it takes in a person `q` counts the others beside; the record's range when
    it is the end of it the claim says ("the oldest interviewee was 39" of ages 22 to 39)."""
    if claim.end is not None and q.value_max is not None and claim.value_max is None and claim.comparator == "exact" and \
            claim.value == (q.value_max if claim.end == "max" else q.value):
        return replace(claim, value=q.value, value_max=q.value_max, comparator="range")  # type: ignore[type-var]
    if claim.including is None or not _others(q, found):
        return claim
    less = claim.value_max - 1 if claim.value_max is not None else None
    return replace(claim, value=claim.value - 1, value_max=less)  # type: ignore[type-var]


def noted(verdict: Verdict, claim: NumberLike, found: Found) -> Verdict:
    """The verdict, saying how the sentence's count and the record's differ in whom they take in."""
    if claim.including is None or not verdict.evidence:
        return verdict
    q = next((q for q in quantities(found) if q.id == verdict.evidence[0].id), None)
    if q is None or not _others(q, found):
        return verdict
    return replace(verdict, reason=f"{verdict.reason}; the record counts {number(q.value)} beside {claim.including}, "
                   f"{number(q.value + 1)} with them")
