"""The whole a count of people is said to be a part of, where the sentence names it beside the part: "9,326 of (out
of) the 12,341 defectors", in an aside right after the part's phrase ("3,015 soldiers, out of a total of 20,000
junta personnel, have defected", "(of 20,000 defectors in all)", "— among the NUG's 13,000 defectors —", ", or a
quarter of the 12,341 defectors,"), further on in its clause ("3,015 soldiers make up one slice of the 12,341
defectors", "… are among the 20,000 defectors", "… have defected, out of 20,000 in total") or leading the sentence
("Of (Within, Amongst) the 12,341 defectors, …"). The verdict holds it against the record's whole
(verdicts/parts.py)."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import SHARES
from ...text import words_of
from .asides import PAIRS

_OF = (["out", "of"], ["of"])
_INTO = frozenset(("of", "among", "amongst", "from", "within", "in"))  # ("in a total of 20,000")
# Words of a part before the "of" of its whole: "out of", "part of", "a small fraction of", ", or nearly a quarter of"
_PART = SHARES | frozenset(words_of("""out a an small large or about roughly nearly almost around some over under just
    more less than approximately two three four five six seven eight nine -"""))
_FRACTION = SHARES - {"part", "parts", "some", "most"}  # a share, whatever its whole ("about a quarter of all")
_OPENS = frozenset(PAIRS.values())
# Words between the aside's "of" and the whole's number: "a total of", "the NUG's", "some", "an estimated"
_LEAD = frozenset(("a", "an", "the", "total", "of", "some", "estimated", "reported", "pool", "group", "’s", "'s", "all"))
# Where a clause ends, and with it the reach of a part's words: a whole further on is another clause's
_ENDS = frozenset(words_of("; : . ! ? while whereas but although though “ ” \""))
_INCLUDED = frozenset(words_of("included counted contained numbered"))  # "… are included in the 12,341 defectors"


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


def whole_around(reading: Reading, a: Amount) -> Amount | None:
    """The whole a count of people `a` is said to be a part of, in an aside after it, further on in its clause, or
    leading the sentence ("Of the 20,000 defectors, 3,015 soldiers have defected"); a whole is more than its part."""
    found = aside_whole(reading, a) or later_whole(reading, a)
    if found is None and (opening := opening_whole(reading)) is not None and opening.last <= a.start and \
            ";" not in reading.words[opening.last:a.start]:
        found = opening
    return found if found is not None and found.value > (a.value_max or a.value) else None


def aside_whole(reading: Reading, a: Amount) -> Amount | None:
    """The count of people a part's aside names as its whole: "3,015 soldiers, out of a total of 20,000 junta
    personnel,", "3,015 soldiers (of 20,000 defectors in all)", ", or a quarter of the 12,341 defectors,"."""
    words = reading.words
    k = a.last
    if words[k:k + 1] == [] or words[k] not in _OPENS:
        return None
    k += 1
    while k < min(len(words), a.last + 7) and words[k] in _PART:
        k += 1  # ("out of", "part of", "a fraction of", "or nearly three quarters of")
    if words[k:k + 1] == [] or words[k] not in _INTO:
        return None
    return _whole_at(reading, k + 1, nouns=True)


def later_whole(reading: Reading, a: Amount) -> Amount | None:
    """The count of people a part's clause goes on to name as its whole: "3,015 soldiers make up one slice of the
    12,341 defectors", "… are (counted) among the 20,000 defectors", "… are included in the 12,341", "… have defected,
    out of 20,000 (defectors) in total", ", of 20,000 in all" (not "one of two groups": a whole is more than its
    part)."""
    words = reading.words
    end = next((k for k in range(a.last, min(len(words), a.last + 16)) if words[k] in _ENDS or words[k:k + 2] == [",", "and"]),
               min(len(words), a.last + 16))  # (", and many of the 9,326 police followed": another clause's)
    for k in range(a.last, end):
        link = 2 if words[k:k + 2] == ["out", "of"] else int(
            words[k] in ("among", "amongst", "within")
            or (words[k] == "of" and k > a.last and (words[k - 1] in SHARES or words[k - 1] in _OPENS))
            or (words[k] == "in" and (words[k - 1] in _INCLUDED or words[k + 1:k + 4] == ["a", "total", "of"])))
        whole = _whole_at(reading, k + link, nouns=False) if link else None
        if whole is not None and whole.value > (a.value_max or a.value):
            return whole
    return None


def _whole_at(reading: Reading, k: int, nouns: bool) -> Amount | None:
    """The count of people that starts at words[k], past a few words that lead to it ("a total of", "the NUG's",
    "some"); a bare number too ("out of 20,000 in total") unless `nouns`."""
    words, tokens = reading.words, reading.tokens
    first, end = k, min(len(words), k + 6)
    while k < end and (words[k] in _LEAD or tokens[k].text[:1].isupper()):
        k += 1  # ("of the NUG's 13,000 defectors"; "out of some 20,000": the amount may start at "some")
    return next((b for b in reading.amounts if first <= b.start <= k and (
        (b.unit == "people" and b.nouns) or (not nouns and b.unit is None and not b.nouns))), None)


def whole_follows(words: list[str], k: int) -> bool:
    """Whether words[k:] name the whole the number before them is a part of, not a bound or a choice of it: "(or)
    a quarter of the 12,341", "about a quarter of the 12,341", "some of the 12,341", "out of 20,000", "about half of
    all defectors"."""
    j = k
    while j < min(len(words), k + 6) and words[j] in _PART:
        j += 1
    if words[j:j + 1] == [] or words[j] not in _INTO:
        return False
    if _FRACTION & set(words[k:j]):
        return True  # a share of a whole, named or not
    j += 1
    while j < min(len(words), k + 12) and words[j] in _LEAD:
        j += 1
    return words[j:j + 1] != [] and words[j][:1].isdecimal()


def opening_whole(reading: Reading) -> Amount | None:
    """The count of people a sentence opens with as the whole its parts are of: "Of the 12,341 defectors, …", "Of
    20,000 defectors, …", "Out of some 20,000 …", "Among (Amongst, Within) an estimated 20,000 …"."""
    words = reading.words
    k = 2 if words[:2] == ["out", "of"] else 1 if words[:1] in (["of"], ["among"], ["amongst"], ["from"], ["within"]) \
        else 0
    if not k or not reading.amounts:
        return None
    first = k
    while k < min(len(words), 6) and words[k] in _LEAD:
        k += 1
    opening = reading.amounts[0]
    return opening if first <= opening.start <= k and opening.unit == "people" else None
