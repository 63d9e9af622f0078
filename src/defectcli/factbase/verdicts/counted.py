"""The verdict on a date a sentence counts from another (texts/claims/counted.py): "Zay Thu Aung defected a year after
the 2021 coup", "Lin Aung enlisted five years before the coup", "… a year after February 2021".

The date it is counted from is the record's of the event the sentence names (a date the event's name writes, "the 2021
coup", is held against that record first: when it is off, that is the verdict), or the date written. Moved by the span,
at the span's precision (years: the year; months: the month), it is the date of the verb's event, held against that
event's record as any date is (dates.py). A dispute over that record's date that is the dispute over the date counted
from (conflict coup-year, whose claims are the coup's: 2022 counted from the coup's February 2021, 2023 from s2's
"February 2022 coup") is settled by the record counted from, as the sentence counts from it. A date of the event's own
beside the span ("in 2020, a year before the coup") must be the one the span gives. "N years ago" counts from when the
text was written, which the fact base does not date: not found."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from ...shapes import Row
from ...written import date_in_words
from .dates import DateLike, date_verdict, date_words, event_evidence, may_date
from .evidence import Found, Verdict


class CountedLike(Protocol):
    @property
    def amount(self) -> int: ...
    @property
    def unit(self) -> str: ...
    @property
    def anchor(self) -> str | None: ...
    @property
    def written(self) -> str: ...
    @property
    def words(self) -> str: ...


class CountedDate(DateLike, Protocol):
    @property
    def counted(self) -> CountedLike | None: ...
    def moved(self, date: tuple[int, int | None, int | None], event: str | None, agent: str | None) -> CountedDate: ...


def counted_verdict(claim: CountedDate, found: Found) -> Verdict:
    """The verdict on a date claim, whether a span counts it from another date or not."""
    c = claim.counted
    if c is None:
        return date_verdict(claim, found)
    if c.written == "event":  # "enlisted in 2020, a year before the coup": his date, which the span must give
        return _beside(claim, c, found)
    if c.anchor == "now":
        return Verdict("not_found", f"“{c.words}” counts from when the text was written, which the fact base does not "
                       "date")
    anchor = _anchor(c.anchor, found) if c.anchor else None
    if c.anchor and anchor is None:
        return Verdict("not_found", f"the fact base has no dated {c.anchor} to count “{c.words}” from")
    if anchor is not None and c.written == "anchor":
        said = date_verdict(claim.moved((claim.year, claim.month, claim.day), c.anchor, None), replace(found, agents=None))
        if said.verdict != "matches":
            return said  # "one year after the February 2022 coup": the coup's date is off, and so is all counted from it
    start = _start(anchor) if anchor is not None else (claim.year, claim.month)
    moved = _moved(start, c) if start is not None else None
    since = f", the {c.anchor} being {date_words(anchor['date'])}" if anchor is not None else ""
    if moved is None:
        return Verdict("not_found", f"“{c.words}” gives no month to hold against the fact base{since}")
    verdict = date_verdict(claim.moved((*moved, None), claim.event, claim.agent), _settled(found, anchor))
    ids = {(e.kind, e.id) for e in verdict.evidence}
    more = (event_evidence(anchor, f"{anchor['name']}: {date_words(anchor['date'])}"),) \
        if anchor is not None and ("event", anchor["id"]) not in ids else ()
    return replace(verdict, reason=f"{verdict.reason}; “{c.words}” is {_written(moved)}{since}",
                   evidence=(*verdict.evidence, *more))


def _beside(claim: CountedDate, c: CountedLike, found: Found) -> Verdict:
    """The verdict on a date of the event's own with a span beside it ("in 2020, a year before the coup"): `differs`
    when the span gives another date, and the record would otherwise have it (or a reading of it); when the span gives
    the same date, counted from the record whose date the event's dispute is about, that dispute is settled."""
    anchor = _anchor(c.anchor, found) if c.anchor else None
    start = _start(anchor) if anchor is not None else None
    moved = _moved(start, c) if start is not None else None
    if anchor is None or moved is None:
        return date_verdict(claim, found)
    if moved[0] == claim.year and claim.month in (None, moved[1]):
        verdict = date_verdict(claim, _settled(found, anchor))
        return replace(verdict, reason=f"{verdict.reason}; “{c.words}” is {_written(moved)}, the {c.anchor} being "
                       f"{date_words(anchor['date'])}")
    verdict = date_verdict(claim, found)
    if verdict.verdict not in ("matches", "disputed"):
        return verdict  # "In 2021, one year after the coup": his defection is not of 2021, whatever the span says
    return Verdict("differs", f"“{c.words}” is {_written(moved)}, not {_written((claim.year, claim.month))}: the fact "
                   f"base dates the {c.anchor} {date_words(anchor['date'])}",
                   (event_evidence(anchor, f"{anchor['name']}: {date_words(anchor['date'])}"),))


def _anchor(kind: str | None, found: Found) -> Row | None:
    """The one dated event of `kind` the span counts from: of whom the sentence names, or of no one ("the coup")."""
    dated = [e for e in found.events if e.get("kind") == kind and _start(e) is not None and may_date(e, set(found.subjects))]
    theirs = [e for e in dated if set(e.get("people") or ()) & set(found.subjects)] or \
        [e for e in dated if not e.get("people")]
    return theirs[0] if len(theirs) == 1 else None


def _start(e: Row) -> tuple[int, int | None] | None:
    """The year and month (if any) of a record's date; None for one with no plain date (a period, none)."""
    value = str((e.get("date") or {}).get("value") or "")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-\d{2})?)?", value)
    return (int(m.group(1)), int(m.group(2)) if m.group(2) else None) if m else None


def _moved(start: tuple[int, int | None], c: CountedLike) -> tuple[int, int | None] | None:
    """The date `start` moved by the span, at its precision: a year for years; a month for months, None when `start`
    has no month."""
    year, month = start
    if c.unit == "year":
        return year + c.amount, None
    if month is None:
        return None
    k = year * 12 + month - 1 + c.amount
    return k // 12, k % 12 + 1


def _written(date: tuple[int, int | None]) -> str:
    return date_in_words(f"{date[0]:04d}" + (f"-{date[1]:02d}" if date[1] else ""))


def _settled(found: Found, anchor: Row | None) -> Found:
    """`found` with the dispute over an event's date left out where it is the dispute over the date of `anchor`, which
    the sentence counts from: its record's date is the one the span is counted from."""
    if anchor is None:
        return found
    tied = {c["id"] for c in found.conflicts if any(x.get("event") == anchor["id"] for x in c["claims"])}
    events = [{**e, "date": {k: v for k, v in e["date"].items() if k != "disputed"}}
              if ((e.get("date") or {}).get("disputed") or {}).get("conflict") in tied else e for e in found.events]
    return replace(found, events=events)
