"""A second sum of money whose clause leaves out its unit or verb, or that comes on top of the first: "Married defectors
get 1,400 baht, single ones 700" (baht, as the first), "700 baht a month, plus 1,400 for his wife" (2,100 in all). For
numbers.py."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from ...numbers.vocabulary import CURRENCY
from ...text import words_of

MONEY = frozenset(CURRENCY.values())


def gapped_pay(reading: Reading, a: Amount) -> Amount | None:
    """The sum of money before a bare number in a clause whose verb and unit are left out: "Married defectors get
    1,400 baht, single ones 700", "700 baht without a spouse and 1,400 with one" (not "700 baht, maybe 800", "from
    700 baht to 800", "700 baht, sometimes 800", "700 baht, up to 800", "700 baht and 15 of them")."""
    words = reading.words
    paid = _sum_before(reading, a)
    if paid is None or paid.unit not in MONEY or not float(a.value).is_integer() or a.comparator != "exact":
        return None
    gap = _gap(words, paid.last, a.start)
    if gap[-2:] in (["halving", "to"], ["doubling", "to"], ["halved", "to"], ["doubled", "to"]):
        gap = gap[:-2]  # "1,400 baht, halving to 700 for single defectors": another case's sum
    after = words[a.last:a.last + 1]
    barred = set(gap) & NOT_GAPPED
    if barred == {"or"} and after in (["if"], ["with"], ["when"], ["for"]):
        barred = set()  # "700 baht per day, or 1,400 if accompanied by a spouse": another case's sum (not "or 800")
    if len(gap) > 6 or not {",", ";", "and", "but", "while", "whereas"} & set(gap) or barred or \
            after not in ([], ["."], [","], [";"], ["with"], ["without"], ["for"], ["if"], ["when"], ["a"], ["per"]):
        return None
    return paid


NOT_GAPPED = frozenset(words_of("""to from or maybe perhaps possibly probably sometimes often usually occasionally at up
    down rising falling rose fell than of"""))


def _gap(words: list[str], last: int, start: int) -> list[str]:
    """The words between two amounts, without a payer's "from X" or "paid by X" ("700 baht from the NUG, and 1,400
    …", "700 baht, paid by the NUG, and 1,400 …"; not "…, from 800": a change)."""
    gap = words[last:start]
    paid = {j + d for j, w in enumerate(gap[:-1]) if w in ("paid", "given") and gap[j + 1] in ("by", "from") for d in (0, 1)}
    return [w for j, w in enumerate(gap) if not (w == "from" and j + 1 < len(gap) - 1 and gap[j + 1] != ",")
            and j not in paid]


def added_to(reading: Reading, a: Amount) -> Amount | None:
    """The sum of money a second one is said to come on top of: "700 baht a month, plus 1,400 for his wife", "…
    and an extra 700 baht with a spouse", "…, and 700 more for a spouse" (not "700 baht plus or minus 100")."""
    words = reading.words
    paid = _sum_before(reading, a)
    if paid is None or paid.unit not in MONEY or a.unit not in (None, paid.unit) or a.comparator != "exact" or \
            paid.comparator != "exact" or paid.value_max is not None or a.value_max is not None:
        return None
    gap = _gap(words, paid.last, a.start)
    adding = gap[-1:] in (["plus"], ["another"]) or gap[-2:] in (["an", "extra"], ["an", "additional"], ["a", "further"]) \
        or words[a.last:a.last + 1] in (["more"], ["extra"])  # "…, and his wife another 1,400"
    if not adding or len(gap) > 6 or set(gap) & (NOT_GAPPED - {"to"}) or not {",", ";", "and", "plus"} & set(gap):
        return None
    return paid


def shared_rate(reading: Reading, a: Amount) -> str | None:
    """The rate of the sum of money before a second sum that gives none: "700 baht a week, or 1,400 baht if accompanied
    by a spouse" is 1,400 baht a week, and "700 baht a month, or about 20 dollars" 20 dollars a month (not "…, and a
    one-off 5,000 baht", nor a sum past another number)."""
    paid = _sum_before(reading, a)
    if paid is None or a.per is not None or paid.per is None or a.unit not in MONEY or paid.unit not in MONEY:
        return None
    gap = _gap(reading.words, paid.last, a.start)
    if len(gap) > 8 or set(gap) & _ONE_OFF or not {",", ";", "and", "or", "but", "while", "whereas"} & set(gap):
        return None
    return paid.per


_ONE_OFF = frozenset(words_of("once one-off one off lump single total all bonus grant upfront up-front initial first later "
                              "then after before"))


def _sum_before(reading: Reading, a: Amount) -> Amount | None:
    """The amount the sentence states last before `a`."""
    return next((b for b in reversed(reading.amounts) if b.last <= a.start), None)
