"""The publication record of a source, and the checks of it.

Dates are compared as spans of days (dates.py): two dates contradict when their spans share no
day; an event cannot have begun after the article that reports it was published.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from ..errors import Problem
from ..text import quoted, shows
from .dates import disjoint, parse_day, span
from .models import DateInfo, Loc, Record, Source

_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_HOST = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*", re.IGNORECASE)
# Characters a record's one-line fields may not hold: C0 controls (tab and newline too), DEL, C1, the
# line and paragraph separators and the bidi controls, which every output escapes. A page title
# holding one is damage to leave out, not a headline.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNDECODED = re.compile("[\udc80-\udcff]")
TEXT_FIELDS = ("given_by", "outlet", "title", "section")
# The first year a publication record may give: "0001" is a typing slip (APA would cite "1 C.E."),
# and no newspaper article a fact base cites is older.
FIRST_YEAR = 1800


# What `add-source` writes as a new source's date note, until someone reads the text for its date:
# a placeholder that `check` refuses, as it refuses a draft marker.
UNREAD_DATE = "What the text itself states or implies of its date: not yet read."
UNREAD_PROBLEM = "date not yet read (add-source's placeholder)"


def shown(d: DateInfo) -> str:
    return f"{d.value} ({d.basis})"


# ---------------------------------------------------------------- checks of one record

Add = Callable[[Problem], None]


def field_problem(name: str, value: str) -> str | None:
    """What is wrong with a value of a publication record's field ("is not a date ..."), or None: the
    rule check applies, and the one add-source applies to each value before it writes any."""
    if name in ("published", "retrieved"):
        days = parse_day(value)
        if not days:
            return "is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"
        # Tomorrow may already be the date where the article was published (next year's, as the year turns);
        # later is a typing slip.
        tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
        last = int(tomorrow[:4])
        if not FIRST_YEAR <= int(value[:4]) <= last:
            return f"is no year an article was published in (write one from {FIRST_YEAR} to {last})"
        return f"is later than tomorrow ({tomorrow}): no article is {name} in the future" if days[0] > tomorrow \
            else None
    undecoded = _UNDECODED.search(value)  # an option's bytes that are not UTF-8 (Python keeps them as surrogates)
    if undecoded:
        return (f"holds the byte 0x{ord(undecoded[0]) - 0xDC00:02X}, which is not UTF-8: give it in UTF-8 (is the "
                "terminal set to another encoding?)")
    bad = _UNSAFE.search(value)
    if name == "url":
        if _URL.fullmatch(value) and not bad and _reachable(value) and "@" in urlsplit(value).netloc:
            return "holds a user name or password (…@): give the article's public address"  # (kept, exported, served)
        return None if _URL.fullmatch(value) and not bad and _reachable(value) else \
            "is not an http(s) address"
    if not value.strip():
        return "is empty (leave it out)"
    if bad:
        return f"holds the control character U+{ord(bad[0]):04X}; write it as one line of text"
    if not shows(value):  # U+200B, U+2060, U+FEFF...
        return "has no visible character (leave it out)"
    return None


def _reachable(url: str) -> bool:
    """Whether an http(s) address names a host that could answer: a port from 1 to 65535, and a
    host that is an IP address or a name of non-empty labels (IDNA)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        if not host or parts.port == 0:
            return False
        with contextlib.suppress(ValueError):
            ipaddress.ip_address(host)
            return True
        name = host.rstrip(".").encode("idna").decode("ascii")  # UnicodeError (a ValueError): an empty label
    except ValueError:  # a port out of range, a broken [IPv6] address
        return False
    return _HOST.fullmatch(name) is not None


def check_record(r: Record, add: Add) -> None:
    if not r.given_by.strip():
        add(_p(r.loc, "a publication record needs 'given_by': who or what gave it"))
    if not (r.outlet or r.title or r.url or r.byline or r.published):
        add(_p(r.loc, "a publication record needs at least one of outlet, title, url, byline, published"))
    values = [(name, getattr(r, name)) for name in (*TEXT_FIELDS, "url", "published", "retrieved")]
    for name, value in [*values, *(("byline", n) for n in r.byline)]:
        if value is not None and (name != "given_by" or value.strip()):
            why = field_problem(name, value)
            if why:
                add(_p(r.loc, f"record {name} {quoted(value)} {why}"))
    if r.published and r.retrieved:
        pub, got = parse_day(r.published), parse_day(r.retrieved)
        if pub and got and got[1] < pub[0]:
            add(_p(r.loc, f"record retrieved {r.retrieved} is before it was published ({r.published})"))


def check_source_date(s: Source, add: Add) -> None:
    """The source's own date (what its text states or implies), and each reading of it when it is
    disputed, against its published date; and a date still as add-source left it."""
    if s.date.note is not None and UNREAD_DATE in s.date.note:
        add(_p(s.date.loc, f"source {quoted(s.id)}: {UNREAD_PROBLEM}: write what the text "
                           "states or implies of its date, and in the note what that rests on"))
    if s.record is None or not s.record.published:
        return
    published = parse_day(s.record.published)
    own = span(s.date.value)
    if published and own and disjoint(own, published):
        add(_p(s.date.loc, f"source {quoted(s.id)}: date {shown(s.date)} contradicts its publication record "
                           f"(published {s.record.published})"))
    for r in s.date.disputed.readings if s.date.disputed is not None else ():
        theirs = span(r.value)
        if published and theirs and disjoint(theirs, published) and r.value != s.date.value:
            add(_p(r.loc, f"source {quoted(s.id)}: reading {r.value} of its disputed date contradicts its publication "
                          f"record (published {s.record.published}): the record rules it out"))


def check_draft(rec: object, add: Add) -> None:
    """A draft marker left in the fact base: the record is not finished."""
    marker = getattr(rec, "draft", None)
    if marker is not None:
        add(_p(rec.loc, f"draft marker: {marker} (finish the record, then delete its 'draft' line)"))  # type: ignore[attr-defined]


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)
