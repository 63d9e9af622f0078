"""A part said as a share of a whole count of people: "a quarter of the 12,341 defectors were soldiers", "police make
up about three-quarters of the 12,341", "24% of the 12,341", "3,015 soldiers, or a quarter of the 12,341 defectors,".
The verdict holds the share against the record's part of its whole (3,015 of 12,341 is about a quarter, not half:
verdicts/parts.py); numbers.py makes the claim."""

from __future__ import annotations

from typing import NamedTuple

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import BEFORE_BY_LAST, ONES
from ...text import words_of

# How many parts a fraction's word cuts a whole into
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_MOST = {"most": "more_than", "majority": "more_than", "minority": "less_than"}
_NUMERATORS = {"a": 1, "an": 1, **{w: v for w, v in ONES.items() if 0 < v < 10}}
_THE = frozenset(words_of("the its their those these"))
# Words between a part and a share that says it again: "3,015 soldiers, or a quarter of", "Soldiers number 3,015 —
# about a quarter of", "3,015 soldiers make up a quarter of", "9,326 police (three quarters of …)"
_RESTATING = frozenset(words_of("""or , ( [ — – - which is are was were make makes made making up account accounts
    accounted accounting for form forms formed forming represent represents represented representing constitute
    constitutes constituted constituting comprise comprises comprised comprising"""))


class Share(NamedTuple):
    """A share of a whole: `part` of every `of` ("a quarter": 1 of 4; "24%": 24 of 100), with its comparator
    ("nearly a quarter"), its words starting at `start`."""

    part: float
    of: float
    comparator: str
    start: int


def share_of(reading: Reading, a: Amount) -> Share | None:
    """The share of `a`, a count of people, the words before it say a part is: "a quarter of (the)", "three-quarters
    of", "nearly half (of) the", "24% of", "most of"."""
    words = reading.words
    k = a.start - (words[a.start - 1:a.start] != [] and words[a.start - 1] in _THE)
    of = words[k - 1:k] == ["of"] and k > 0
    k -= of
    percent = next((b for b in reading.amounts if b.last == k and b.unit == "percent" and b.per is None), None) \
        if of and words[k - 1] in ("%", "percent", "cent") else None
    if percent is not None:
        return Share(float(percent.value), 100, percent.comparator, percent.start) if percent.value_max is None else None
    if of and k > 0 and words[k - 1] in _MOST:  # "most of the 12,341", "a minority of": more (less) than half
        return Share(1, 2, _MOST[words[k - 1]], k - 1 - (words[k - 2:k - 1] in (["a"], ["the"]) and k > 1))
    if k < 1 or words[k - 1] not in _FRACTIONS or not (of or words[k - 1] == "half"):
        return None  # ("half the 12,341": no "of")
    of_every = _FRACTIONS[words[k - 1]]
    k -= 1
    j = k - (words[k - 1:k] == ["-"] and k > 1)  # "three-quarters"
    part = _NUMERATORS.get(words[j - 1], 0) if j > 0 else 0
    if part:
        k = j - 1
    elif words[k] != "half":
        return None  # "the last quarter of": no share
    hedge = next(((p, c) for p, c in BEFORE_BY_LAST.get(words[k - 1], ()) if k > 0 and reading.at(k - len(p), len(p)) == p),
                 None)
    if hedge is not None:
        k -= len(hedge[0])
    return Share(float(part or 1), float(of_every), hedge[1] if hedge else "about", k)  # (a fraction is rough)


def restated(reading: Reading, share: Share) -> Amount | None:
    """The count the share says again, right before it: "3,015 soldiers, or a quarter of the 12,341", "Soldiers
    number 3,015 (about a quarter of …)", "3,015 soldiers make up a quarter of …"."""
    words = reading.words
    k = share.start
    while k > 0 and words[k - 1] in _RESTATING and k > share.start - 4:
        k -= 1
    return next((b for b in reading.amounts if b.last == k and b.unit in (None, "people") and b.start < share.start), None)
