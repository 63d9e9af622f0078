"""The publication record of a source, and dates as spans of days to hold one against another.

A date of the fact base (`DateInfo.value`) is a day, a month, a year or a period `A/B` (either end
may be `..`, open). As a span it runs from its first possible day to its last: `2024` is
2024-01-01..2024-12-31, `2021-02-01/..` runs from that day on. Two dates contradict when their
spans share no day; an event cannot have begun after the article that reports it was published.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable

from ..errors import Problem
from .models import DateInfo, Loc, Record, Source

Span = tuple[str | None, str | None]  # first and last day, ISO; None is open
Days = tuple[str, str]  # a plain date's first and last day
_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)


def parse_day(text: str) -> Days | None:
    """The span of a plain date (YYYY-MM-DD, YYYY-MM or YYYY) that exists in the calendar, else None."""
    m = _PLAIN.fullmatch(text)
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None:
            d = datetime.date(year, int(month), int(day)).isoformat()
            return d, d
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return f"{year:04d}-{int(month):02d}-01", datetime.date(year, int(month), last).isoformat()
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


def shown(d: DateInfo) -> str:
    return f"{d.value} ({d.basis})"


# ---------------------------------------------------------------- checks of one record

Add = Callable[[Problem], None]


def check_record(r: Record, add: Add) -> None:
    if not r.given_by.strip():
        add(_p(r.loc, "a publication record needs 'given_by': who or what gave it"))
    if not (r.outlet or r.title or r.url or r.byline or r.published):
        add(_p(r.loc, "a publication record needs at least one of outlet, title, url, byline, published"))
    for name in ("published", "retrieved"):
        value = getattr(r, name)
        if value is not None and parse_day(value) is None:
            add(_p(r.loc, f"record {name} '{value}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"))
    if r.url is not None and not _URL.fullmatch(r.url):
        add(_p(r.loc, f"record url '{r.url}' is not an http(s) address"))
    if r.published and r.retrieved:
        pub, got = parse_day(r.published), parse_day(r.retrieved)
        if pub and got and got[1] < pub[0]:
            add(_p(r.loc, f"record retrieved {r.retrieved} is before it was published ({r.published})"))


def check_source_date(s: Source, add: Add) -> None:
    """The source's own date (what its text states or implies) against its published date."""
    if s.record is None or not s.record.published:
        return
    published, own = parse_day(s.record.published), span(s.date.value)
    if published and own and disjoint(own, published):
        add(_p(s.date.loc, f"source '{s.id}': date {shown(s.date)} contradicts its publication record "
                           f"(published {s.record.published})"))


def check_draft(rec: object, add: Add) -> None:
    """A draft marker left in the fact base: the record is not finished."""
    marker = getattr(rec, "draft", None)
    if marker is not None:
        add(_p(rec.loc, f"draft marker: {marker} (finish the record, then delete its 'draft' line)"))  # type: ignore[attr-defined]


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)
