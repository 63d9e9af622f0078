"""What YAML cannot say: ids, references, vocabularies, sums, and provenance against the texts.

Pure functions over a FactBase: they return problems and never print or exit.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import os
import re
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import Problem
from .models import (
    VOCAB,
    Attribute,
    Claim,
    Conflict,
    DateInfo,
    Dispute,
    Event,
    Evidence,
    FactBase,
    Figure,
    Giver,
    Loc,
    Motivation,
    Organisation,
    Person,
    Quote,
    Relation,
    Source,
)
from .text import straighten

Add = Callable[[Problem], None]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_SHA = re.compile(r"[0-9a-f]{64}")
_DATE_FORMS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
    "period": re.compile(r"(\d{4}(-\d{2}){0,2}|\.\.)/(\d{4}(-\d{2}){0,2}|\.\.)"),
}
MAX_SOURCE_BYTES = 64 * 1024 * 1024

# ---------------------------------------------------------------- text matching


def normalise(text: str) -> str:
    """Typographic and straight quotes, and runs of white space, count as equal; nothing else."""
    # str.split() splits on exactly what regex \s matches, in C: a build checks many excerpts.
    return " ".join(straighten(text).split())


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "decade": 10,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+")


def numbers_in(wording: str) -> set[float]:
    """Every number a wording states, in digits or words: '12,341', 'Seven', 'over a million'."""
    found: set[float] = set()
    previous: float | None = None
    for token in _TOKEN.findall(wording):
        low = token.lower()
        value: float | None
        if token[0].isdigit():
            value = float(token.replace(",", ""))
        elif low in _SCALES and previous is not None:
            value = previous * _SCALES[low]
        else:
            value = _NUMBER_WORDS.get(low)
        if value is not None:
            found.add(value)
        previous = value
    return found


# ---------------------------------------------------------------- walking the base


_NESTED: dict[type, tuple[tuple[str, bool], ...]] = {}


def _nested(cls: type) -> tuple[tuple[str, bool], ...]:
    """(field, holds a tuple) for each field of `cls` that can hold records, from its type hints."""
    found = _NESTED.get(cls)
    if found is None:  # read once per class: hints are slow to inspect, and a build walks every record
        hints = typing.get_type_hints(cls)
        out = []
        for f in dataclasses.fields(cls):
            hint = hints[f.name]
            many = typing.get_origin(hint) is tuple
            options = typing.get_args(hint) if many or typing.get_origin(hint) in (typing.Union, types.UnionType) \
                else (hint,)
            if f.name != "loc" and any(dataclasses.is_dataclass(o) for o in options):
                out.append((f.name, many))
        found = _NESTED[cls] = tuple(out)
    return found


def flatten(obj: object) -> list[object]:
    """A record and every record nested in it, depth first, fields in the order the model declares."""
    out: list[object] = []
    _flatten(obj, out)
    return out


def _flatten(obj: object, out: list[object]) -> None:
    out.append(obj)
    for name, many in _nested(type(obj)):
        value = getattr(obj, name)
        if many:
            for item in value:
                _flatten(item, out)
        elif value is not None:
            _flatten(value, out)


def records(fb: FactBase) -> Iterator[object]:
    for f in dataclasses.fields(fb):
        value = getattr(fb, f.name)
        if f.name != "files":
            for record in value:
                yield from flatten(record)


def excerpts(fb: FactBase) -> Iterator[tuple[Loc, str, str]]:
    """(where, source id, excerpt) for every piece of provenance in the base."""
    for r in records(fb):
        if isinstance(r, (Evidence, Attribute, Figure, Giver, Claim)):
            yield r.loc, r.source, r.excerpt


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)


# ---------------------------------------------------------------- structure


Ref = tuple[Loc, str, str, str]


def references(rec: object) -> list[Ref]:
    """(where, what, target id, target kind) for every reference one record makes.

    The one list of references: the validator resolves them in Python, the cache in SQL.
    Target kind 'actor' is a person or an organisation.
    """
    rule = _REFERENCES.get(type(rec))
    return rule(rec) if rule else []


# One rule per model, looked up by type: a build asks this of every record and nested record.
def _cited(r: Evidence | Attribute) -> list[Ref]:
    return [(r.loc, "source", r.source, "source")]


def _figure_refs(r: Figure) -> list[Ref]:
    out = [(r.loc, "source", r.source, "source")]
    if r.stated_by is not None:
        out.append((r.loc, "stated_by", r.stated_by, "actor"))
    out += [(r.loc, "about", v, "person") for v in r.about]
    out += [(r.loc, "derived_from", v, "figure") for v in r.derived_from]
    return out


def _quote_refs(r: Quote) -> list[Ref]:
    return [(r.loc, "source", r.source, "source"), (r.loc, "speaker", r.speaker, "actor"),
            *[(r.loc, "theme", v, "theme") for v in r.themes]]


def _claim_refs(r: Claim) -> list[Ref]:
    out = [(r.loc, "source", r.source, "source")]
    if r.figure is not None:
        out.append((r.loc, "figure", r.figure, "figure"))
    if r.event is not None:
        out.append((r.loc, "event", r.event, "event"))
    return out


def _event_refs(r: Event) -> list[Ref]:
    return [*[(r.loc, "place", v, "place") for v in r.places],
            *[(r.loc, "organisation", v, "organisation") for v in r.organisations],
            *[(r.loc, "person", v, "person") for v in r.people],
            *[(r.loc, "after", v, "event") for v in r.after]]


_REFERENCES: dict[type, Callable[[Any], list[Ref]]] = {
    Evidence: _cited,
    Attribute: _cited,
    Figure: _figure_refs,
    Quote: _quote_refs,
    Claim: _claim_refs,
    Giver: lambda r: [(r.loc, "source", r.source, "source"), (r.loc, "who", r.who, "actor")],
    Source: lambda r: [(r.loc, "author or contributor", v, "person") for v in (*r.authors, *r.contributors)],
    Relation: lambda r: [(r.loc, "relation", r.person, "person")],
    Person: lambda r: [(r.loc, "member", v, "person") for v in r.members],
    Organisation: lambda r: [] if r.part_of is None else [(r.loc, "part_of", r.part_of, "organisation")],
    Event: _event_refs,
    Motivation: lambda r: [(r.loc, "figure", v, "figure") for v in r.figures],
    Conflict: lambda r: [] if r.headline is None else [(r.loc, "headline", r.headline, "figure")],
    Dispute: lambda r: [(r.loc, "conflict", r.conflict, "conflict")],
}


ID_KINDS = {"sources": "source", "themes": "theme", "people": "person", "organisations": "organisation",
            "places": "place", "events": "event", "figures": "figure", "quotes": "quote",
            "motivations": "motivation", "conflicts": "conflict"}


def dangling(loc: Loc, what: str, target: str, kind: str, known: Iterable[str]) -> Problem:
    noun = "person or organisation" if kind == "actor" else kind
    return _p(loc, f"{what} '{target}' is not a known {noun} id{suggest(target, known)}")


def suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def validate(fb: FactBase) -> list[Problem]:
    """Every problem a loaded fact base has: per record, ids, and references."""
    problems = validate_records(records(fb))
    ids: dict[str, dict[str, Loc]] = {}
    for plural, kind in ID_KINDS.items():
        seen: dict[str, Loc] = {}
        for rec in getattr(fb, plural):
            if rec.id in seen:
                first = seen[rec.id]  # in the same directory: its name says which file, whatever the path
                problems.append(_p(rec.loc, f"duplicate {kind} id '{rec.id}' (first at {Path(first.file).name}:{first.line})"))
            else:
                seen[rec.id] = rec.loc
        ids[kind] = seen
    for both in ids["person"].keys() & ids["organisation"].keys():
        problems.append(_p(ids["organisation"][both], f"id '{both}' is both a person and an organisation"))
    ids["actor"] = {**ids["organisation"], **ids["person"]}
    for rec in records(fb):
        for loc, what, target, kind in references(rec):
            if target not in ids[kind]:
                problems.append(dangling(loc, what, target, kind, ids[kind]))
    groups = {p.id for p in fb.people if p.group}
    for m in fb.motivations:
        for g in m.given_by:
            if g.count is not None and g.who in ids["person"] and g.who not in groups:
                problems.append(_p(g.loc, f"count is for a group giver; '{g.who}' is not a group"))
    figures = {f.id: f for f in fb.figures}
    for c in fb.conflicts:
        preferred = {cl.figure for cl in c.claims if cl.figure in figures and figures[cl.figure].rank == "preferred"}
        if len(preferred) > 1:
            problems.append(_p(c.loc, f"more than one preferred figure for one quantity: {', '.join(sorted(preferred))}"))
    return sorted(problems, key=lambda p: (p.file, p.line, p.message))


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
            add(_p(rec.loc, f"id '{rid}' must be lower-case letters, digits and hyphens"))  # type: ignore[attr-defined]
        vocab = _VOCAB.get(kind)
        for fname, allowed in _vocab(kind) if vocab is None else vocab:
            raw = getattr(rec, fname)
            for v in raw if isinstance(raw, tuple) else (raw,):
                if v not in allowed:
                    add(_p(rec.loc, f"{fname} '{v}' is not one of: {', '.join(sorted(allowed))}"))  # type: ignore[attr-defined]
        if kind in _EXCERPTED and not rec.excerpt.strip():  # type: ignore[attr-defined]
            add(_p(rec.loc, "excerpt is empty"))  # type: ignore[attr-defined]
        check = _CHECKS.get(kind)
        if check is not None:
            check(rec, add)
    return problems


_EXCERPTED = frozenset({Evidence, Attribute, Figure, Giver, Claim})


def _check_source(s: Source, add: Add) -> None:
    if not _SHA.fullmatch(s.sha256):
        add(_p(s.loc, "sha256 must be 64 lower-case hex digits"))


def _check_person(p: Person, add: Add) -> None:
    if not p.evidence:
        add(_p(p.loc, f"person '{p.id}' has no evidence"))
    if p.members and not p.group:
        add(_p(p.loc, f"person '{p.id}' has members but is not a group (add group: true)"))
    if p.id in p.members:
        add(_p(p.loc, f"group '{p.id}' lists itself as a member"))


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


def _check_date(d: DateInfo, add: Add) -> None:
    form = _DATE_FORMS.get(d.precision)
    if d.value is not None and (form is None or not form.fullmatch(d.value)):
        add(_p(d.loc, f"date value '{d.value}' does not fit precision '{d.precision}'"))
    if d.basis == "inferred" and not d.note:
        add(_p(d.loc, "an inferred date needs a note saying how it was inferred"))
    if d.disputed is not None:
        values = [r.value for r in d.disputed.readings]
        if len(values) < 2:
            add(_p(d.disputed.loc, "a disputed date needs every reading (at least two), each with a note"))
        if d.value not in values:
            add(_p(d.disputed.loc, f"the date's value '{d.value}' must be one of its readings"))
        for r in d.disputed.readings:
            if form is not None and not form.fullmatch(r.value):
                add(_p(r.loc, f"reading '{r.value}' does not fit precision '{d.precision}'"))


def _check_attribute(a: Attribute, add: Add) -> None:
    if isinstance(a.value, str):
        if normalise(a.value) not in normalise(a.excerpt):
            add(_p(a.loc, f"attribute value '{a.value}' does not appear in its excerpt"))
        return
    _check_number(a.loc, a.value, a.value_max, a.wording, a.excerpt, add)


def _check_number(loc: Loc, value: float, value_max: float | None, wording: str | None,
                  excerpt: str, add: Add, derived: bool = False) -> None:
    if wording is None:
        add(_p(loc, "a number needs 'wording': the number as the source words it"))
        return
    if normalise(wording) not in normalise(excerpt):
        add(_p(loc, f"wording '{wording}' does not appear in its excerpt"))
    stated = numbers_in(wording)
    if not derived and value not in stated:
        add(_p(loc, f"value {value} is not the number in the wording '{wording}'"))
    if value_max is not None and value_max not in stated:
        add(_p(loc, f"value_max {value_max} is not a number in the wording '{wording}'"))


def _check_figure(f: Figure, add: Add) -> None:
    derived = bool(f.derived_from)
    if derived and not f.derivation:
        add(_p(f.loc, "a derived figure needs 'derivation' saying how it follows"))
    _check_number(f.loc, f.value, f.value_max, f.wording, f.excerpt, add, derived)
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


# ---------------------------------------------------------------- provenance


def find_sources(fb: FactBase, directory: Path) -> tuple[dict[str, str], list[Problem]]:
    """Each source's text, found in `directory` by SHA-256 whatever the file is called."""
    problems: list[Problem] = []
    by_hash: dict[str, Path] = {}
    try:
        names = sorted(os.listdir(directory))
    except OSError as exc:
        return {}, [Problem(str(directory), 0, f"sources directory cannot be read ({exc.strerror})")]
    for name in names:
        path = directory / name
        try:
            if not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
                continue
            by_hash.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
        except OSError:
            continue
    texts: dict[str, str] = {}
    for s in fb.sources:
        found = by_hash.get(s.sha256)
        if found is None:
            hint = f" (expected {s.file_hint}; it is missing or changed)" if s.file_hint else ""
            problems.append(_p(s.loc, f"source '{s.id}': no file in {directory} has sha256 {s.sha256}{hint}"))
            continue
        try:
            texts[s.id] = found.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problems.append(_p(s.loc, f"source '{s.id}': {found} is not UTF-8 text"))
    return texts, problems


def check_provenance(fb: FactBase, texts: dict[str, str]) -> list[Problem]:
    """Every excerpt and quote, verbatim in its source; every quote on the line it claims."""
    problems: list[Problem] = []
    whole = {sid: normalise(t) for sid, t in texts.items()}
    lines = {sid: t.split("\n") for sid, t in texts.items()}
    for loc, sid, excerpt in excerpts(fb):
        if sid in whole and normalise(excerpt) not in whole[sid]:
            problems.append(_p(loc, f"excerpt not found verbatim in source '{sid}': {_short(excerpt)}"))
    for q in fb.quotes:
        if q.source not in lines:
            continue
        src_lines = lines[q.source]
        if q.line > len(src_lines):
            problems.append(_p(q.loc, f"quote '{q.id}': source '{q.source}' has only {len(src_lines)} lines"))
            continue
        on_line = normalise(src_lines[q.line - 1])
        for part in q.parts:
            if normalise(part) not in on_line:
                where = "elsewhere in" if normalise(part) in whole[q.source] else "nowhere in"
                problems.append(_p(q.loc, f"quote '{q.id}' is not on line {q.line} (found {where} the source): {_short(part)}"))
    return problems


def _short(text: str, width: int = 60) -> str:
    text = normalise(text)
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 1]}…"'


def counts(fb: FactBase) -> Counter[str]:
    """How many records of each kind, for the check summary."""
    return Counter({k: len(getattr(fb, k)) for k in ("sources", "people", "organisations", "places",
                                                     "events", "figures", "quotes", "motivations",
                                                     "conflicts", "themes")})


# Each model's own checks, looked up by type: a build checks every record and nested record.
_CHECKS: dict[type, Callable[[Any, Add], None]] = {
    DateInfo: _check_date, Source: _check_source, Person: _check_person, Attribute: _check_attribute,
    Figure: _check_figure, Quote: _check_quote, Motivation: _check_motivation, Conflict: _check_conflict,
    Giver: _check_giver,
}
