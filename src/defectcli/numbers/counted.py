"""A span of whole years, decades or months that counts a date from another: "three years after", "a year before",
"the year after", "18 months following", "two decades prior to", "six years ago". A rough span ("about three years", "two to three
years", "over a year") is none, nor is one in weeks or days: the date it is counted from stays a bound (bounds.py)."""

from __future__ import annotations

from .values import number_at

# The units a span counts in, as (unit, how many of it one is)
UNITS = {"year": ("year", 1), "years": ("year", 1), "month": ("month", 1), "months": ("month", 1),
         "decade": ("year", 10), "decades": ("year", 10)}
# The words after a span that say which way it counts: after it, later; before it (and "ago"), earlier
_SIGNS = {"after": 1, "following": 1, "before": -1, "ago": -1}
# Words before its number that make a span rough or one end of a range ("about a year", "two to three years"), or a
# time spent, not a date ("served three years after", "for two years after", "in the two years after")
_NOT_DATING = frozenset(("about", "around", "roughly", "some", "nearly", "almost", "over", "under", "approximately",
                         "circa", "than", "least", "most", "to", "or", "and", "within", "barely", "-", "–", "—", "few",
                         "several", "for", "the", "those", "these", "his", "her", "their", "its", "spent", "served",
                         "stayed", "remained", "lasted", "worked", "lived", "fought", "waited", "spend", "serve", "stay"))


def relation_at(words: list[str], k: int) -> tuple[int, int] | None:
    """Whether words[k] says which way a span counts ("after", "before", "following", "prior to", "ago"): (+1 or -1,
    where the words it is counted from start); None if not."""
    if words[k] == "prior" and words[k + 1:k + 2] == ["to"]:
        return -1, k + 2
    sign = _SIGNS.get(words[k])
    return (sign, k + 1) if sign is not None else None


def span_before(words: list[str], k: int) -> tuple[int, int, str] | None:
    """The span of time that ends right before words[k] ("three years" before "after"): where its number starts, how
    many of its unit, the unit (year or month); None when none ends there, or it is rough."""
    u = k - 1
    if u < 1 or words[u] not in UNITS:
        return None
    unit, scale = UNITS[words[u]]
    n = u - 1 - (words[u - 1] in ("full", "whole") and u > 1)  # "a full year"
    if words[n] == "the" and words[u] in ("year", "month"):  # "the year after the coup": the one after it
        return (n, 1, unit) if words[n - 1:n] not in (["for"], ["over"], ["throughout"], ["within"]) else None
    found: tuple[int, int] | None = None
    for s in range(max(0, n - 3), n + 1):  # the longest number that ends at the unit: "twenty-one years"
        if s == n and words[s] in ("a", "an"):
            found = (s, 1)
            break
        number = number_at(words, s)
        if number is not None and number.end == n + 1 and not number.dozen and float(number.value).is_integer() and \
                0 < number.value < 100:
            found = (s, int(number.value))
            break
    if found is None or (found[0] > 0 and words[found[0] - 1] in _NOT_DATING):
        return None
    if unit == "month" and found[1] % 12 == 0:
        return found[0], found[1] // 12, "year"  # "12 months after": a year after, as precise
    return found[0], found[1] * scale, unit


def counts_from(words: list[str], k: int) -> bool:
    """Whether words[k] ("after", "before", "prior") ends a span, counting the date after it from (not a bound of it):
    "a year after February 2021"."""
    return relation_at(words, k) is not None and words[k] != "ago" and span_before(words, k) is not None
