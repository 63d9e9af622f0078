"""A sum of money compared with another case's sum beside it: "700 baht a month, half what couples get", "…, double
what single ones get", "…, a third of the married rate", "…, double for couples", "…, or twice as much if accompanied
by a spouse", "Married defectors receive twice the single rate of 700 baht". The other case's words are not the sum's
(parse.py leaves them out of its words, and the factor is no amount of its own), and the comparison is a claim of its
own, of the other case's sum: the multiple it says of this one, which verify holds against the record of the sum it is
compared with (store/queries/ratios.py: the ratio the records give, not the sum again)."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import COMPANIONS, ONES, STOPS
from ...text import words_of
from .model import NumberClaim
from .rates import rate_in
from .sums import MONEY

_FACTORS = {"half": 0.5, "halved": 0.5, "double": 2.0, "doubled": 2.0, "twice": 2.0, "triple": 3.0, "tripled": 3.0,
            "treble": 3.0, "trebled": 3.0, "thrice": 3.0, "quadruple": 4.0, "quadrupled": 4.0}
_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}  # "a third of what couples get"
_LEADS = frozenset(words_of(", ( — – or which that is was just only exactly about roughly nearly almost some"))
_RATES = frozenset(words_of("rate rates amount sum sums payment payments pay allowance stipend figure"))
# The words that name the other case: one with a spouse or other companion, or one without
_CASES = frozenset(words_of("""couple couples married spouse spouses wife wives husband husbands partner partners single
    singles unmarried bachelor bachelors accompanied unaccompanied alone""")) | COMPANIONS
_ENDS = frozenset(words_of(", ; . : ! ? ) ] — –"))


class Comparison(NamedTuple):
    """The other case's sum is `times` the sum at words[sum_start]; the comparison's words are words[start:end], the
    other case's words[other[0]:other[1]] (`side`: their content words)."""

    times: float
    start: int
    end: int
    side: tuple[str, ...]
    sum_start: int
    other: tuple[int, int]


def comparisons(reading: Reading) -> list[Comparison]:
    """Every comparison of a sum of money with another case's sum, after it or around it."""
    found = (_after(reading.words, a) or _around(reading.words, a) or _before(reading.words, a) for a in reading.amounts
             if a.unit in MONEY)
    return [c for c in found if c is not None]


def follows(words: list[str], last: int) -> bool:
    """Whether a comparison with another case starts after a sum ending before words[last] (no bound nor a rough sum:
    rough.py)."""
    k = last
    while k < last + 3 and words[k:k + 1] != [] and words[k] in _LEADS:
        k += 1
    factor = _factor(words, k)
    return factor is not None and _side_after(words, factor[1]) is not None


def _factor(words: list[str], k: int) -> tuple[float, int] | None:
    """The multiple at words[k], and where it ends: "half", "double", "twice", "three times", "a third (of)"."""
    w = words[k] if k < len(words) else ""
    if w in _FACTORS:
        return _FACTORS[w], k + 1
    if w in ("a", "one") and words[k + 1:k + 2] != [] and words[k + 1] in _PARTS:
        return 1 / _PARTS[words[k + 1]], k + 2
    if ONES.get(w, 0) >= 2 and words[k + 1:k + 2] == ["times"]:
        return float(ONES[w]), k + 2
    return None


def _side_after(words: list[str], j: int) -> tuple[tuple[str, ...], int, bool] | None:
    """The other case after a factor ending before words[j], the end of its clause, and whether the factor is of the
    other case's sum (not of this one): "(of) what couples get", "(of) the married rate", "the rate for couples", "that of
    couples", "as much as single ones get"; "for couples", "as much if accompanied by a spouse", "that with a spouse" (of
    this one)."""
    j += words[j:j + 1] == ["of"]
    j += 2 * (words[j:j + 2] == ["as", "much"])
    j += words[j:j + 1] == ["that"] and words[j + 1:j + 2] != ["of"]  # "double that with a spouse": this sum, doubled
    of_other = words[j:j + 1] in (["what"], ["the"], ["that"], ["as"])
    if not of_other and words[j:j + 1] not in (["for"], ["if"], ["with"], ["when"], ["to"]):
        return None
    end = next((k for k in range(j, len(words)) if words[k] in _ENDS), len(words))
    if any(w[:1].isdecimal() for w in words[j:end]) or (words[j] == "the" and not set(words[j:end]) & _RATES):
        return None  # "…, doubled to 1,400 for couples": a sum of its own; "…, half of the defectors say": no sum's
    side = tuple(w for w in words[j:end] if w.isalpha() and w not in STOPS)
    return side, end, of_other


def _after(words: list[str], a: Amount) -> Comparison | None:
    """"700 baht a month, half what couples get": couples get twice it; "…, double for couples": twice it too."""
    k = a.last
    while k < a.last + 3 and words[k:k + 1] != [] and words[k] in _LEADS:
        k += 1
    factor = _factor(words, k)
    side = _side_after(words, factor[1]) if factor is not None else None
    if factor is None or side is None:
        return None
    return Comparison(1 / factor[0] if side[2] else factor[0], k, side[1], side[0], a.start, (k, side[1]))


def _around(words: list[str], a: Amount) -> Comparison | None:
    """"Married defectors receive twice the single rate of 700 baht": married defectors get twice it."""
    k = a.start - 1
    if words[k:k + 1] != ["of"] or k < 3:
        return None
    the = next((j for j in range(k - 1, max(-1, k - 5), -1) if words[j] == "the"), None)
    if the is None or not set(words[the + 1:k]) & _RATES:
        return None  # "twice the single rate of", "twice the amount of"
    at = next((j for j in (the - 1, the - 2) if (f := _factor(words, j)) is not None and f[1] == the), None)
    factor = _factor(words, at) if at is not None else None
    if at is None or factor is None:
        return None
    clause = max((j + 1 for j in range(at) if words[j] in _ENDS), default=0)
    side = tuple(w for w in words[clause:at] if w.isalpha() and w not in STOPS)
    return Comparison(factor[0], at, k, side, a.start, (clause, the))


def _before(words: list[str], a: Amount) -> Comparison | None:
    """"A married defector receives double the single rate, 1,400 baht a month": the sum set off after the comparison is
    the multiple's (the married rate), and the single rate is half it."""
    mark = a.start - 1
    if mark < 3 or words[mark] not in (",", ":", "—", "–"):
        return None
    for at in range(mark - 2, max(-1, mark - 9), -1):
        factor = _factor(words, at)
        side = _side_after(words, factor[1]) if factor is not None else None
        if factor is not None and side is not None and side[1] == mark and side[2]:
            return Comparison(1 / factor[0], at, mark, side[0], a.start, (at, mark))
    return None


def other_case(words: list[str], compared: list[Comparison], a: Amount) -> frozenset[str]:
    """The words of the other case a sum is compared with, which are not the sum's own: after it, all but those before
    it ("…, half what couples get"); before it, those of the case and the multiple ("Married … twice"), whose subject
    (defectors) and verb it shares."""
    c = next((c for c in compared if c.sum_start == a.start), None)
    if c is None:
        return frozenset()  # (of any comparison: "…, half what he earned in the army" says nothing of the sum)
    a_, b = c.other
    if a_ > a.start:
        return frozenset(words[a_:b]) - frozenset(words[:a_])
    return frozenset(w for w in words[a_:c.end] if w in _CASES or w in _FACTORS or w == "times") - frozenset(words[c.end:])


def uncompared(words: list[str], compared: list[Comparison]) -> list[str]:
    """The words of the sentence without those of the other cases its sums are compared with."""
    return [w for k, w in enumerate(words) if not any(c.other[0] <= k < c.other[1] for c in compared)]


def in_comparison(compared: list[Comparison], a: Amount) -> bool:
    """Whether `a` is the multiple of a comparison ("three times what …"), no amount of its own."""
    return any(c.start <= a.start < c.end for c in compared)


def compared_claim(reading: Reading, compared: list[Comparison], a: Amount, claim: NumberClaim) -> list[NumberClaim]:
    """The claim a comparison with the sum `a` (whose claim is `claim`) makes of the other case's sum: its multiple,
    with the other case's words, whoever the sentence says states and pays it."""
    c = next((c for c in compared if c.sum_start == a.start), None)
    if c is None or not set(c.side) & _CASES:
        return []  # "…, half what he earned in the army": no case the fact base may pay
    own = rate_in(reading, c.start, c.end)  # "…, half what couples get each week": the comparison's own rate
    if own == "?":
        return []  # "…, half what couples get every fortnight": of no record's rate
    at, end = reading.span(c.start, c.end)
    words = (*c.side, *([claim.unit] if claim.unit else []))
    return [replace(claim, text=claim.sentence_text[at:end], at=at, value=claim.value * c.times, value_max=None,
                    per=own or claim.per, subjects=(), words=words, near=words, close=words, clause=words, counted=(),
                    paid_to=None, payee=None, happened=(), whole=None, share=None, times=(c.times, claim.at))]
