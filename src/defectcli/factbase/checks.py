"""What each record must hold on its own: ids, vocabularies, numbers that match their wording,
dates that fit their precision, required content. Run on every record as its file is read."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import Problem
from ..numbers.amounts import numbers_in as numbers_in  # the grammar of numbers reads a wording (tests use it here)
from ..text import normalise, quoted, shows
from . import record
from .dates import span
from .models import (
    KINDS,
    Attribute,
    Claim,
    Conflict,
    DateInfo,
    Event,
    Evidence,
    Figure,
    Giver,
    Loc,
    Motivation,
    Organisation,
    Part,
    Person,
    Place,
    Quote,
    Record,
    Source,
    Theme,
    Waiver,
)
from .vocabulary import VOCAB

Add = Callable[[Problem], None]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_SHA = re.compile(r"[0-9a-f]{64}")
_DATE_FORMS = {
    "day": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "month": re.compile(r"[0-9]{4}-[0-9]{2}"),
    "year": re.compile(r"[0-9]{4}"),
    "period": re.compile(r"([0-9]{4}(-[0-9]{2}){0,2}|\.\.)/([0-9]{4}(-[0-9]{2}){0,2}|\.\.)"),
}


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)


_VOCAB: dict[type, list[tuple[str, frozenset[str]]]] = {}


def _vocab(cls: type) -> list[tuple[str, frozenset[str]]]:
    found = _VOCAB.get(cls)
    if found is None:
        found = _VOCAB[cls] = [(f, frozenset(allowed)) for (c, f), allowed in VOCAB.items() if issubclass(cls, c)]
    return found


def validate_records(records: Iterable[object]) -> list[Problem]:
    """Problems each record has on its own: ids, vocabularies, numbers, dates, required content."""
    problems: list[Problem] = []
    add = problems.append
    for rec in records:
        kind = type(rec)
        rid = getattr(rec, "id", None)
        if isinstance(rid, str) and not _ID.fullmatch(rid):
            add(_p(rec.loc, f"id {quoted(rid)} must be lower-case letters, digits and hyphens, beginning with a letter or digit"))  # type: ignore[attr-defined]
        vocab = _VOCAB.get(kind)
        for fname, allowed in _vocab(kind) if vocab is None else vocab:
            raw = getattr(rec, fname)
            for v in raw if isinstance(raw, tuple) else (raw,):
                if v not in allowed:
                    add(_p(rec.loc, f"{fname} {quoted(v)} is not one of: {', '.join(sorted(allowed))}"))  # type: ignore[attr-defined]
        if kind in _EXCERPTED and not rec.excerpt.strip():  # type: ignore[attr-defined]
            add(_p(rec.loc, "excerpt is empty"))  # type: ignore[attr-defined]
        for fname in _SHOWN.get(kind, ()):
            value = getattr(rec, fname)
            if isinstance(value, str) and not shows(value):
                add(_p(rec.loc, f"{fname} is empty" if not value.strip() else f"{fname} {quoted(value)} has "  # type: ignore[attr-defined]
                       "no visible character"))
        check = _CHECKS.get(kind)
        if check is not None:
            check(rec, add)
        if kind in _DRAFTED and rec.draft is not None:  # type: ignore[attr-defined]
            record.check_draft(rec, add)
    return problems


_EXCERPTED = frozenset({Evidence, Attribute, Figure, Giver, Claim})
# What a reader sees of a record, which must show something: an empty or invisible name would be listed
# as a blank (the excerpt is held to the article instead).
_SHOWN: dict[type, tuple[str, ...]] = {
    Person: ("name",), Organisation: ("name",), Place: ("name",), Event: ("name",), Theme: ("description",),
    Part: ("label",), Figure: ("topic", "counts"), Motivation: ("reason",), Conflict: ("topic",),
    Waiver: ("reason",), Attribute: ("value",),
}
# The records that can carry a draft marker (`defectcli draft` writes one on each it suggests).
_DRAFTED = frozenset(c for c in KINDS.values() if any(f.name == "draft" for f in dataclasses.fields(c)))


def _check_source(s: Source, add: Add) -> None:
    if not _SHA.fullmatch(s.sha256):
        add(_p(s.loc, "sha256 must be 64 lower-case hex digits"))
    record.check_source_date(s, add)


def _check_theme(t: Theme, add: Add) -> None:
    for group in t.search_words:
        if not group.strip():
            add(_p(t.loc, "a group of search words is empty"))
        elif "|" in group:
            add(_p(t.loc, f"search words {quoted(group)}: write groups as separate items, not with '|'"))


def _check_person(p: Person, add: Add) -> None:
    if not p.evidence:
        add(_p(p.loc, f"person {quoted(p.id)} has no evidence"))
    if p.members and not p.group:
        add(_p(p.loc, f"person {quoted(p.id)} has members but is not a group (add group: true)"))
    if p.id in p.members:
        add(_p(p.loc, f"group {quoted(p.id)} lists itself as a member"))


def _check_giver(g: Giver, add: Add) -> None:
    if g.count is not None and g.count < 1:
        add(_p(g.loc, "count must be 1 or more: how many people the text says give the reason"))


def _check_quote(q: Quote, add: Add) -> None:
    if not q.parts or any(not p.strip() for p in q.parts):
        add(_p(q.loc, "a quote needs at least one non-empty part"))
    if not q.themes:
        add(_p(q.loc, "a quote needs at least one theme"))
    if q.line < 1:
        add(_p(q.loc, "line must be 1 or more"))


def _check_motivation(m: Motivation, add: Add) -> None:
    if not m.given_by and not m.evidence:
        add(_p(m.loc, "a motivation needs given_by or evidence"))


def _check_conflict(c: Conflict, add: Add) -> None:
    if not c.claims:
        add(_p(c.loc, "a conflict needs at least one claim"))


def _check_waiver(w: Waiver, add: Add) -> None:
    if not w.sentence.strip():
        add(_p(w.loc, "a waiver needs the sentence it waives"))
    if not w.reason.strip():
        add(_p(w.loc, "a waiver needs a reason: why the sentence states no fact"))


def _check_date(d: DateInfo, add: Add) -> None:
    form = _DATE_FORMS.get(d.precision)
    if d.value is not None and (form is None or not form.fullmatch(d.value)):
        add(_p(d.loc, f"date value {quoted(d.value)} does not fit precision {quoted(d.precision)}"))
    elif d.value is not None and (why := _not_in_calendar(d.value)):
        add(_p(d.loc, f"date value {quoted(d.value)} {why}"))
    if d.basis == "inferred" and not d.note:
        add(_p(d.loc, "an inferred date needs a note saying how it was inferred"))
    if d.disputed is not None:
        values = [r.value for r in d.disputed.readings]
        if len(values) < 2:
            add(_p(d.disputed.loc, "a disputed date needs every reading (at least two), each with a note"))
        if d.value not in values:
            add(_p(d.disputed.loc, f"the date's value {quoted(d.value)} must be one of its readings"))
        for r in d.disputed.readings:
            if form is not None and not form.fullmatch(r.value):
                add(_p(r.loc, f"reading {quoted(r.value)} does not fit precision {quoted(d.precision)}"))
            elif why := _not_in_calendar(r.value):
                add(_p(r.loc, f"reading {quoted(r.value)} {why}"))


def _not_in_calendar(value: str) -> str | None:
    """Why a date value of the right form is still no date ("2021-02-30", "2021-13", "0000"), or None.
    Verify, the timeline and the whole-base rules read dates as spans of days: one that is none would
    be taken for an undated event."""
    days = span(value)
    if days is None:
        return "is not in the calendar (a year from 0001, a month from 01 to 12, a day its month has)"
    if days[0] is not None and days[1] is not None and days[0] > days[1]:
        return "ends before it begins"
    return None


def _check_attribute(a: Attribute, add: Add) -> None:
    if isinstance(a.value, str):
        if normalise(a.value) not in normalise(a.excerpt):
            add(_p(a.loc, f"attribute value {quoted(a.value)} does not appear in its excerpt"))
        return
    _check_number(a.loc, a.value, a.value_max, a.wording, a.excerpt, add)


def _check_number(loc: Loc, value: float, value_max: float | None, wording: str | None,
                  excerpt: str, add: Add, derived: bool = False, hint: str = "") -> None:
    if wording is None:
        add(_p(loc, "a number needs 'wording': the number as the source words it"))
        return
    if normalise(wording) not in normalise(excerpt):
        add(_p(loc, f"wording {quoted(wording)} does not appear in its excerpt"))
    stated = numbers_in(wording)
    if not derived and value not in stated:
        add(_p(loc, f"value {value} is not the number in the wording {quoted(wording)}{hint}"))
    if value_max is not None and value_max not in stated:
        add(_p(loc, f"value_max {value_max} is not a number in the wording {quoted(wording)}"))


# How a figure may hold a number its wording does not state.
_NOT_STATED = (" (a total the text gives only as its parts: give them as 'parts' and say so in 'derivation'; a number "
               "worked out from other figures: 'derived_from' and 'derivation')")


def _check_figure(f: Figure, add: Add) -> None:
    derived = bool(f.derived_from)
    if derived and not f.derivation:
        add(_p(f.loc, "a derived figure needs 'derivation' saying how it follows"))
    stated = numbers_in(f.wording or "") - {1}  # "a", "an" and "one" read as 1 are no total
    if f.parts and not derived and f.value not in stated and stated <= {p.value for p in f.parts}:
        # A total the text gives only as its parts ("3,000 soldiers and 7,000 police"): their sum.
        total = sum(p.value for p in f.parts)
        if total != f.value and f.comparator != "exact":  # an exact one is told below that they do not add up
            shown = " + ".join(f"{p.value:g}" for p in f.parts)
            add(_p(f.loc, f"value {f.value} is neither the number in the wording {quoted(f.wording)} nor the sum of its "
                          f"parts ({shown} = {total:g})"))
        elif not f.derivation:
            add(_p(f.loc, "a total of its parts needs 'derivation' saying that the text gives the parts only"))
        derived = True
    _check_number(f.loc, f.value, f.value_max, f.wording, f.excerpt, add, derived, _NOT_STATED)
    for ev in f.evidence:  # another source stating the same number: it must state it
        if not derived and f.value not in numbers_in(ev.excerpt):
            add(_p(ev.loc, f"evidence from {quoted(ev.source)} does not state the figure's value {f.value:g}; "
                           "a different value is a figure of its own, and a conflict"))
    if (f.comparator == "range") != (f.value_max is not None):
        add(_p(f.loc, "value_max goes with comparator 'range', and only with it"))
    elif f.value_max is not None and f.value_max < f.value:
        add(_p(f.loc, "value_max is smaller than value"))
    if f.rank != "normal" and not f.rank_reason:
        add(_p(f.loc, f"a {f.rank} figure needs a rank_reason"))
    for part in f.parts:
        _check_number(part.loc, part.value, None, part.wording, f.excerpt, add)
    if f.parts and f.comparator == "exact":
        total = sum(p.value for p in f.parts)
        if total != f.value:
            shown = " + ".join(f"{p.value:g}" for p in f.parts)
            add(_p(f.loc, f"parts do not add up: {shown} = {total:g}, not {f.value:g}"))


# Each model's own checks, looked up by type: a build checks every record and nested record.
_CHECKS: dict[type, Callable[[Any, Add], None]] = {
    DateInfo: _check_date, Source: _check_source, Theme: _check_theme, Person: _check_person, Attribute: _check_attribute,
    Figure: _check_figure, Quote: _check_quote, Motivation: _check_motivation, Conflict: _check_conflict,
    Record: record.check_record, Waiver: _check_waiver, Giver: _check_giver,
}
