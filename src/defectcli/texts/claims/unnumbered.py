"""A share said of a whole the sentence gives no number for: "a quarter of the defectors were soldiers", "most of those
who defected were police", "24% of the defectors", "three in four defectors". The whole is read as an amount with no
number (its `words` empty), the share before it as shares.py reads one before a number, and the verdict holds the share
against the record that counts that whole by its parts (verdicts/parts.py). For numbers.py and parse.py."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading, nouns_at
from ...numbers.vocabulary import PEOPLE
from ...text import words_of
from .shares import ratio_after, ratio_before, share_of

_THE = frozenset(words_of("the its their those these"))
_DEFECTED = frozenset(words_of("defected deserted"))
_COUNTS = PEOPLE | frozenset(words_of("defections desertions"))  # "a quarter of the defections": of the defectors


def unnumbered(reading: Reading, k: int) -> Amount | None:
    """The whole at words[k], or after "of" there, when no number counts it: "(of) the defectors", "of all defectors",
    "of those who defected", "of the people who have defected", "of the defections"; None otherwise."""
    words = reading.words
    j = k + (words[k:k + 1] == ["of"])
    j += words[j:j + 1] == ["all"]
    j += words[j:j + 1] != [] and words[j] in _THE
    if j >= len(words) or any(b.number == j for b in reading.amounts):
        return None  # "of the 12,341 defectors": a whole with its number (shares.py reads it there)
    nouns, end = nouns_at(reading, j)
    who = end + (words[end:end + 1] in (["who"], ["that"]))
    who += who > end and words[who:who + 1] in (["have"], ["had"])
    if who > end and words[who:who + 1] != [] and words[who] in _DEFECTED:  # "those who defected", "the people who …"
        nouns, end = (*nouns, "defectors"), who + 1
    if not nouns or not any(n.lower().split()[-1] in _COUNTS for n in nouns):
        return None  # "half of the time", "a quarter of the budget": no people
    return Amount(0, None, "exact", "people", None, nouns, j, j, j, j, end, "")


def unnumbered_wholes(reading: Reading) -> list[Amount]:
    """Each whole no number gives that a share is said of ("a quarter of the defectors", "most of those who defected"),
    outside the amounts the sentence states (their own: "24% of the defectors", whole_after)."""
    found = (unnumbered(reading, k) for k, w in enumerate(reading.words)
             if w == "of" and not any(b.start <= k < b.last for b in reading.amounts))
    return [a for a in found if a is not None and share_of(reading, a) is not None]


def in_ratio(reading: Reading, a: Amount) -> bool:
    """Whether `a`'s number is a term of a ratio ("three in four defectors", "one in four of the 12,341"): a share,
    not a count (whole_after gives the whole after it that no number counts)."""
    return ratio_after(reading.words, a.end) or ratio_before(reading.words, a.end) is not None


def whole_after(reading: Reading, a: Amount) -> Amount | None:
    """The whole right after a ratio's whole or a percentage that no number counts: "(three in) four defectors", "(one
    in) four of the defectors", "24% of the defectors"."""
    return unnumbered(reading, a.unit_end) if a.nouns and (a.unit == "percent" or a.end == a.unit_end) else None
