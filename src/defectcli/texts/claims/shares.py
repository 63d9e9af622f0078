"""A part said as a share of a whole count of people: "a quarter of the 12,341 defectors were soldiers", "police make
up about three-quarters of the 12,341", "24% of the 12,341", "3,015 soldiers, or a quarter of the 12,341 defectors,".
The verdict holds the share against the record's part of its whole (3,015 of 12,341 is about a quarter, not half:
verdicts/parts.py); numbers.py makes the claim."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import BEFORE_BY_LAST, FRACTIONS, ONES, PEOPLE, SAYING, STOPS
from ...text import words_of

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
    k -= words[k - 1:k] == ["all"] and k > 0  # "a quarter of all (the) defectors"
    of = words[k - 1:k] == ["of"] and k > 0
    k -= of
    if (ratio := ratio_before(words, k)) is not None:  # "one in four (of the) defectors", "three out of four": rough
        return _hedged(reading, Share(ratio[0], ratio[1], "about", ratio[2]))
    percent = next((b for b in reading.amounts if k in (b.last, b.unit_end) and b.unit == "percent" and b.per is None),
                   None) \
        if of and words[k - 1] in ("%", "percent", "cent") else None
    if percent is not None:
        return Share(float(percent.value), 100, percent.comparator, percent.start) if percent.value_max is None else None
    if of and k > 0 and words[k - 1] in _MOST:  # "most of the 12,341", "a minority of": more (less) than half
        return Share(1, 2, _MOST[words[k - 1]], k - 1 - (words[k - 2:k - 1] in (["a"], ["the"]) and k > 1))
    if k < 1 or words[k - 1] not in FRACTIONS or not (of or words[k - 1] == "half"):
        return None  # ("half the 12,341": no "of")
    of_every = FRACTIONS[words[k - 1]]
    k -= 1
    j = k - (words[k - 1:k] == ["-"] and k > 1)  # "three-quarters"
    part = _NUMERATORS.get(words[j - 1], 0) if j > 0 else 0
    if part:
        k = j - 1
    elif words[k] != "half" or words[k - 1:k] in (["first"], ["second"], ["last"], ["other"]):
        return None  # "the last quarter of", "the first half of": no share
    return _hedged(reading, Share(float(part or 1), float(of_every), "about", k))  # (a fraction is rough)


def _hedged(reading: Reading, share: Share) -> Share:
    """The share with the word before it that hedges it: "nearly a quarter", "roughly one in four"."""
    k = share.start
    hedge = next(((p, c) for p, c in BEFORE_BY_LAST.get(reading.words[k - 1], ()) if k > 0 and
                  reading.at(k - len(p), len(p)) == p), None)
    return share._replace(comparator=hedge[1], start=k - len(hedge[0])) if hedge is not None else share


def ratio_before(words: list[str], k: int) -> tuple[float, float, int] | None:
    """The parts and the whole of a ratio ending before words[k], and where it starts: "one in four" (1 of 4), "three
    out of four", "one in every five", "3 in 10"; a part less than a whole of at most a hundred."""
    whole = _small(words[k - 1]) if k > 0 else None
    j = k - 1 - (words[k - 2:k - 1] == ["every"])
    j -= 1 if words[j - 1:j] == ["in"] else 2 if words[j - 2:j] == ["out", "of"] else len(words)
    part = _small(words[j - 1]) if j > 0 else None
    return (float(part), float(whole), j - 1) if part and whole and part < whole else None


def ratio_after(words: list[str], end: int) -> bool:
    """Whether the number ending before words[end] is the part of a ratio ("three in four", "one out of every five")."""
    j = end + (1 if words[end:end + 1] == ["in"] else 2 if words[end:end + 2] == ["out", "of"] else len(words))
    j += words[j:j + 1] == ["every"]
    return j < len(words) and ratio_before(words, j + 1) is not None


def _small(word: str) -> int | None:
    """A whole number of at most a hundred, in digits or a word ("four", "10")."""
    value = int(word) if word.isdecimal() and len(word) <= 3 else ONES.get(word)
    return value if value is not None and 0 < value <= 100 else None


def restated(reading: Reading, share: Share) -> Amount | None:
    """The count the share says again, right before it: "3,015 soldiers, or a quarter of the 12,341", "Soldiers
    number 3,015 (about a quarter of …)", "3,015 soldiers make up a quarter of …"."""
    words = reading.words
    k = share.start
    while k > 0 and words[k - 1] in _RESTATING and k > share.start - 4:
        k -= 1
    return next((b for b in reading.amounts if b.last == k and b.unit in (None, "people") and b.start < share.start), None)


_BEING = frozenset(words_of("were are was is"))


# Participles of counting that lead to who counts a whole: "the 12,341 defectors counted (recorded) by X"
_COUNTED_BY = frozenset(words_of("counted recorded tallied listed registered documented tracked reported logged"))


def part_said(reading: Reading, share: Share, last: int) -> tuple[str, ...]:
    """The part a share is said to be, in words its whole's reading (numbers._implied) leaves: before it, "Soldiers
    were a quarter of …", "Police officers are three-quarters of …"; after the whole ending before words[last], past a
    claimant's aside, "… were soldiers", "… was a soldier", "…, People's Embrace says, were soldiers"."""
    words = reading.words
    k = share.start
    if words[k - 1:k] != [] and words[k - 1] in _BEING and k > 1 and words[k - 2] in PEOPLE:
        said = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPS, reversed(words[max(0, k - 4):k - 1])))
        return tuple(reversed(said))
    j = last
    if words[j:j + 1] == [","] and (close := next((c for c in range(j + 1, min(len(words), j + 8)) if words[c] == ","),
                                                   None)) is not None and SAYING & set(words[j + 1:close]):
        j = close + 1  # "A quarter of the defectors, People's Embrace says, were soldiers"
    elif words[j:j + 1] != [] and words[j] in _COUNTED_BY and words[j + 1:j + 2] == ["by"]:  # "… defectors counted by
        j = next((c for c in range(j + 2, min(len(words), j + 8)) if words[c] in _BEING), j)  # People's Embrace were"
    if words[j:j + 1] == [] or words[j] not in _BEING:
        return ()
    j += 1 + (words[j + 1:j + 2] in (["a"], ["an"]))
    said = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPS, words[j:j + 3]))
    return tuple(said) if said and said[-1] in PEOPLE else ()
