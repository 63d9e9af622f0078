"""The whole a count of people is said to be a part of, where the sentence names it beside the part: "9,326 of (out
of) the 12,341 defectors", or in an aside right after the part's phrase ("3,015 soldiers, out of a total of 20,000
junta personnel, have defected", "(of 20,000 defectors in all)", "— among the NUG's 13,000 defectors —"). The verdict
holds it against the record's whole (verdicts/parts.py)."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from .asides import PAIRS

_OF = (["out", "of"], ["of"])
_INTO = frozenset(("of", "among", "from"))  # (after "out": "out of")
_OPENS = frozenset(PAIRS.values())
# Words between the aside's "of" and the whole's number: "a total of", "the NUG's", "some", "an estimated"
_LEAD = frozenset(("a", "an", "the", "total", "of", "some", "estimated", "reported", "’s", "'s"))


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
    k += 1 + (words[k + 1:k + 2] == ["out"])
    if words[k:k + 1] == [] or words[k] not in _INTO:
        return None
    k += 1
    end = min(len(words), k + 6)
    while k < end and (words[k] in _LEAD or tokens[k].text[:1].isupper()):
        k += 1  # ("of the NUG's 13,000 defectors")
    return next((b for b in reading.amounts if b.start == k and b.unit == "people" and b.nouns), None)
