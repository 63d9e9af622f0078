"""Who a sentence says pays a sum: "People's Embrace pays each defector 700 baht", "Thai authorities give …", "…
700 baht a month from the NUG", "is paid 700 baht by Thawda Win", "…, paid by the NUG". The words that name the
payer, as written, which the verdict holds against the record's (store/queries/payers.py); a sum paid by no one
named ("Each defector is paid 700 baht") has none."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import MONTHS, RATES, SAYING
from ...text import words_of
from .sums import MONEY

# "X pays (gives, offers) each defector 700 baht": X pays it
_PAYS = frozenset(words_of("""pay pays paid paying give gives gave giving offer offers offered offering provide provides
    provided providing grant grants granted hand hands handed send sends sent transfer transfers transferred disburse
    disburses disbursed award awards awarded allot allots allotted"""))
# "is paid (given) 700 baht by X", "…, paid by X": X pays it
_PAID = frozenset(words_of("""paid given offered provided handed granted sent transferred disbursed awarded allotted funded
    financed supplied"""))
_PASSIVE = frozenset(words_of("is are was were be been being get gets got getting"))
_RECEIVES = frozenset(words_of("receive receives received receiving get gets got getting draw draws drew earn earns"))
# Words that end the payer's words: another clause or phrase ("by the NUG if accompanied", "from the NUG each month")
_END = frozenset(words_of("""in on at during when whenever after before since until while because if for to with as per a an
    each every who which that whose but since via through under so plus than or and"""))
_MARKS = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "-", "…", '"', "“", "”"))
_SET_OFF = frozenset((",", "(", "—", "–", "-"))
# Words between the subject and its verb that are not the payer ("The NUG now pays"), or before it ("Then the NUG …")
_AUX = frozenset(words_of("""also now currently still reportedly allegedly usually typically will would does do did has have
    had already jointly together both only each all"""))
_LEAD = frozenset(words_of("then so thus now today currently and but"))
_NOT_A_PAYER = frozenset(words_of("it they he she we i you who this that these those one someone"))


def payers_of(reading: Reading, a: Amount) -> tuple[str, ...]:
    """The words (as written) of each payer the sentence names for the sum `a`; () when it names none. A sum with
    none of its own has the sum's before it ("People's Embrace pays 700 baht, or 1,400 with a spouse")."""
    words = reading.words
    span = _subject(words, a) or _after(words, a) or _before(words, a)
    if span is None:
        before = next((b for b in reversed(reading.amounts) if b.last <= a.start and b.unit in MONEY), None)
        return () if before is None else payers_of(reading, before)
    first, last = span
    out = []
    for lo, hi in _each(words, first, last):
        while lo < hi and words[lo] in ("both", "either", "jointly"):
            lo += 1
        if lo >= hi or any(w in _NOT_A_PAYER for w in words[lo:hi]) or any(w[:1].isdecimal() for w in words[lo:hi]):
            continue
        out.append(reading.text[reading.tokens[lo].start:reading.tokens[hi - 1].end])
    return tuple(out)


def _subject(words: list[str], a: Amount) -> tuple[int, int] | None:
    """The subject of an active verb of paying whose object the sum is ("People's Embrace pays each defector 700 baht")."""
    verb = next((v for v in range(a.start - 1, max(-1, a.start - 7), -1) if words[v] in _PAYS), None)
    if verb is None or verb == 0 or any(w in _MARKS for w in words[verb:a.start]) or \
            words[verb + 1:verb + 2] in (["by"], ["from"], ["out"], ["off"]):
        return None
    k = verb - 1
    while k > 0 and (words[k] in _AUX or words[k].endswith("ly")):
        k -= 1
    if words[k] in _PASSIVE and words[verb] in _PAID:
        return None  # "Each defector is (currently) paid 700 baht": the one paid (not "The NUG is paying")
    last = verb
    while last > 0 and (words[last - 1] in _AUX or words[last - 1] in _PASSIVE):
        last -= 1
    first = last
    while first > 0 and words[first - 1] not in _MARKS and words[first - 1] not in _CLAUSE and \
            words[first - 1] not in SAYING and last - first < 8:  # ("Thawda Win said the NUG pays": the NUG)
        first -= 1
    while first < last and (words[first] in _LEAD or words[first] in _DATE_LEAD or words[first][:1].isdecimal()):
        first += 1
    return (first, last) if first < last else None


_PAYMENTS = frozenset(words_of("payment payments stipend stipends allowance allowances salary grant subsidy wage wages"))
_CLAUSE = frozenset(words_of("because since when while after before if that which who whom whose as though although"))
_DATE_LEAD = frozenset(words_of("in on during by early late since")) | frozenset(MONTHS)


def _after(words: list[str], a: Amount) -> tuple[int, int] | None:
    """The payer after the sum: "700 baht a month from the NUG", "…, paid (monthly) by the NUG", "is paid 700 baht
    by Thawda Win" (not "700 baht from 2024", "rose by 100 baht")."""
    j = a.last
    j += words[j:j + 1] != [] and words[j] in _PAYMENTS  # "a 700-baht monthly payment from X"
    set_off = j < len(words) and words[j] in _SET_OFF
    j += set_off
    j += 2 * (words[j:j + 1] in (["which"], ["that"]) and words[j + 1:j + 2] in (["is"], ["are"], ["was"], ["were"]))
    paid = words[j:j + 1] != [] and words[j] in _PAID
    if paid:
        j += 1
        if words[j:j + 1] != [] and ((RATES.get(words[j]) == a.per and a.per is not None) or words[j] == "directly"):
            j += 1  # "…, paid monthly by the NUG": the sum's own rate
    elif set_off and words[j:j + 1] != ["from"]:
        return None
    if words[j:j + 1] == ["from"] or (words[j:j + 1] == ["by"] and (paid or _passive_before(words, a.start))):
        return _phrase(words, j + 1)
    return None


def _before(words: list[str], a: Amount) -> tuple[int, int] | None:
    """The payer between a verb of paying or receiving and the sum: "is paid by the NUG 700 baht", "receives from
    the NUG 700 baht"."""
    for k in range(max(1, a.start - 8), a.start - 1):
        if (words[k] == "by" and words[k - 1] in _PAID and words[k - 2:k - 1] != [] and words[k - 2] in _PASSIVE) or (
                words[k] == "from" and words[k - 1] in _RECEIVES):
            span = _phrase(words, k + 1)
            return span if span is not None and span[1] == a.start else None
    return None


def _passive_before(words: list[str], start: int) -> bool:
    """Whether a passive verb of paying comes before the sum in its clause ("is paid 700 baht", "are given")."""
    return any(words[k] in _PAID and words[k - 1] in _PASSIVE for k in range(max(1, start - 5), start)
               if not any(w in _MARKS for w in words[k:start]))


def _phrase(words: list[str], first: int) -> tuple[int, int] | None:
    """The payer's words from words[first]: to a mark or a word that ends them (and/or kept: several payers)."""
    if words[first:first + 1] == [] or words[first][:1].isdecimal() or words[first] in MONTHS or \
            words[first] in ("then", "now", "next", "last", "far"):
        return None  # "from 2024", "from January", "from then on", "by far"
    last = first
    while last < len(words) and last - first < 8 and words[last] not in _MARKS and not words[last][:1].isdecimal() and (
            words[last] not in _END or (words[last] in ("and", "or") and last + 1 < len(words)
                                        and words[last + 1] not in _END and not words[last + 1][:1].isdecimal())):
        last += 1
    return (first, last) if last > first else None


def _each(words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """The spans of each payer of "the NUG and People's Embrace"."""
    cuts = [k for k in range(first, last) if words[k] in ("and", "or", "&")]
    bounds = [first - 1, *cuts, last]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]

