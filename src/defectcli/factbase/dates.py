"""Dates of the fact base as spans of days, to hold one against another.

A date value (`DateInfo.value`) is a day, a month, a year or a period `A/B` (either end may be
`..`, open). As a span it runs from its first possible day to its last: `2024` is
2024-01-01..2024-12-31, `2021-02-01/..` runs from that day on. Two dates contradict when their
spans share no day. Kept apart from the models: the whole-base rules run these after every edit,
and must not pay for importing the models.
"""

from __future__ import annotations

import datetime
import re

Span = tuple[str | None, str | None]  # first and last day, ISO; None is open
Days = tuple[str, str]  # a plain date's first and last day
# ASCII digits only: dates are compared and sorted as text, so ٢٠٢٤ or ２０２４ must not stand for 2024
# (add-source turns other scripts' digits into these before it records a date).
_PLAIN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_day(text: str) -> Days | None:
    """The span of a plain date (YYYY-MM-DD, YYYY-MM or YYYY) that exists in the calendar, else None.
    Year 0000 is none: the calendar has no year 0 (a citation would say "0 C.E.")."""
    m = _PLAIN.fullmatch(text)
    if m is None or int(m[1]) == 0:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None:
            d = datetime.date(year, int(month), int(day)).isoformat()
            return d, d
        if month is not None:
            first = datetime.date(year, int(month), 1)
            following = datetime.date(year + first.month // 12, first.month % 12 + 1, 1)
            return first.isoformat(), (following - datetime.timedelta(days=1)).isoformat()
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    except ValueError:  # month 13, 30 February
        return None


def span(value: str | None) -> Span | None:
    """The span of a fact-base date value, or None when it has none (unknown, or not a date)."""
    if not value:
        return None
    if "/" in value:
        start, _, end = value.partition("/")
        first = None if start == ".." else parse_day(start)
        last = None if end == ".." else parse_day(end)
        if (start != ".." and first is None) or (end != ".." and last is None):
            return None
        return (first[0] if first else None, last[1] if last else None)
    return parse_day(value)


def disjoint(a: Span, b: Span) -> bool:
    """Whether two spans share no day."""
    return (a[1] is not None and b[0] is not None and a[1] < b[0]) or \
        (b[1] is not None and a[0] is not None and b[1] < a[0])
