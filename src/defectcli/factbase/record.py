"""The publication record of a source, and the checks of it.

Dates are compared as spans of days (dates.py): two dates contradict when their spans share no
day; an event cannot have begun after the article that reports it was published.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import Problem
from .dates import disjoint, parse_day, span
from .models import DateInfo, Loc, Record, Source

_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)


# What `add-source` writes as a new source's date note, until someone reads the text for its date:
# a placeholder that `check` refuses, as it refuses a draft marker.
UNREAD_DATE = "What the text itself states or implies of its date: not yet read."


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
    """The source's own date (what its text states or implies), and each reading of it when it is
    disputed, against its published date; and a date still as add-source left it."""
    if s.date.note is not None and UNREAD_DATE in s.date.note:
        add(_p(s.date.loc, f"source '{s.id}': date not yet read (add-source's placeholder): write what the text "
                           "states or implies of its date, and in the note what that rests on"))
    if s.record is None or not s.record.published:
        return
    published = parse_day(s.record.published)
    own = span(s.date.value)
    if published and own and disjoint(own, published):
        add(_p(s.date.loc, f"source '{s.id}': date {shown(s.date)} contradicts its publication record "
                           f"(published {s.record.published})"))
    for r in s.date.disputed.readings if s.date.disputed is not None else ():
        theirs = span(r.value)
        if published and theirs and disjoint(theirs, published) and r.value != s.date.value:
            add(_p(r.loc, f"source '{s.id}': reading {r.value} of its disputed date contradicts its publication "
                          f"record (published {s.record.published}): the record rules it out"))


def check_draft(rec: object, add: Add) -> None:
    """A draft marker left in the fact base: the record is not finished."""
    marker = getattr(rec, "draft", None)
    if marker is not None:
        add(_p(rec.loc, f"draft marker: {marker} (finish the record, then delete its 'draft' line)"))  # type: ignore[attr-defined]


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)
