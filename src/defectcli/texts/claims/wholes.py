"""The whole a count of people is said to be a part of, where the sentence names it beside the part: "9,326 of (out
of) the 12,341 defectors", or in an aside right after the part's phrase ("3,015 soldiers, out of a total of 20,000
junta personnel, have defected", "(of 20,000 defectors in all)", "— among the NUG's 13,000 defectors —"). The verdict
holds it against the record's whole (verdicts/parts.py)."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from .asides import PAIRS

_OF = (["out", "of"], ["of"])
_INTO = frozenset(("of", "among", "from", "within", "in"))  # ("in a total of 20,000")
# Words of a part before the "of" of its whole: "out of", "part of", "a small fraction of", "a share of"
_PART = frozenset(("out", "a", "an", "part", "fraction", "share", "portion", "proportion", "subset", "small", "large",
                   "minority", "majority"))
_OPENS = frozenset(PAIRS.values())
# Words between the aside's "of" and the whole's number: "a total of", "the NUG's", "some", "an estimated"
_LEAD = frozenset(("a", "an", "the", "total", "of", "some", "estimated", "reported", "pool", "group", "’s", "'s"))


def whole_of(reading: Reading, a: Amount) -> Amount | None:
    """The count of people `a` is a part of, named right after it: "9,326 of the 12,341 defectors", "3,015 out of
    12,341 defectors"."""
    words = reading.words
    k = a.last
    for of in _OF:
        if words[k:k + len(of)] == of:
            k += len(of)
            break
    else:
        return None
    k += words[k:k + 1] == ["the"]
    return next((b for b in reading.amounts if b.start == k and b.unit == "people" and b.nouns), None)


def aside_whole(reading: Reading, a: Amount) -> Amount | None:
    """The count of people a part's aside names as its whole: "3,015 soldiers, out of a total of 20,000 junta
    personnel,", "3,015 soldiers (of 20,000 defectors in all)"."""
    words, tokens = reading.words, reading.tokens
    k = a.last
    if words[k:k + 1] == [] or words[k] not in _OPENS:
        return None
    k += 1
    while k < min(len(words), a.last + 6) and words[k] in _PART:
        k += 1  # ("out of", "part of", "a fraction of")
    if words[k:k + 1] == [] or words[k] not in _INTO:
        return None
    k += 1
    first, end = k, min(len(words), k + 6)
    while k < end and (words[k] in _LEAD or tokens[k].text[:1].isupper()):
        k += 1  # ("of the NUG's 13,000 defectors"; "out of some 20,000": the amount may start at "some")
    return next((b for b in reading.amounts if first <= b.start <= k and b.unit == "people" and b.nouns), None)


def opening_whole(reading: Reading) -> Amount | None:
    """The count of people a sentence opens with as the whole its parts are of: "Of the 12,341 defectors, …", "Of
    20,000 defectors, …", "Out of some 20,000 …", "Among an estimated 20,000 …"."""
    words = reading.words
    k = 2 if words[:2] == ["out", "of"] else 1 if words[:1] in (["of"], ["among"], ["from"]) else 0
    if not k or not reading.amounts:
        return None
    first = k
    while k < min(len(words), 6) and words[k] in _LEAD:
        k += 1
    opening = reading.amounts[0]
    return opening if first <= opening.start <= k and opening.unit == "people" else None
