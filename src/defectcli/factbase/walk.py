"""Walking records: every nested record, every excerpt, and every reference a record makes."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from .models import (
    Attribute,
    Claim,
    Conflict,
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
    Waiver,
)

_NESTED: dict[type, tuple[tuple[str, bool], ...]] = {}


@cache
def field_types(cls: type) -> dict[str, Any]:
    """A model's fields but `loc`, in declared order, with their types: read once per model, as type
    hints are slow to evaluate (the loader and the walk both read them)."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.name != "loc"}


def _nested(cls: type) -> tuple[tuple[str, bool], ...]:
    """(field, holds a tuple) for each field of `cls` that can hold records, from its type hints."""
    found = _NESTED.get(cls)
    if found is None:  # read once per class: a build walks every record
        out = []
        for name, hint in field_types(cls).items():
            many = typing.get_origin(hint) is tuple
            options = typing.get_args(hint) if many or typing.get_origin(hint) in (typing.Union, types.UnionType) \
                else (hint,)
            if any(dataclasses.is_dataclass(o) for o in options):
                out.append((name, many))
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


# What a cited text is, in `citations`: an excerpt of provenance ("evidence" of a record, "credit" of a
# source's own, "attribute", "giver", "claim", "figure"), a figure's "wording" (cited, but proven
# as part of its excerpt), or a "quote" part (proven on its quote's line).
PROVENANCE = ("evidence", "credit", "attribute", "giver", "claim", "figure")


def citations(nodes: list[object]) -> Iterator[tuple[str, str, str, int | None, int]]:
    """(what, source id, text, the line of the article it must be on or None, line in the fact file)
    for every text of the source one record (flattened) cites."""
    credit = isinstance(nodes[0], Source) if nodes else False
    for r in nodes:
        if isinstance(r, Evidence):
            yield "credit" if credit else "evidence", r.source, r.excerpt, None, r.loc.line
        elif isinstance(r, Attribute):
            yield "attribute", r.source, r.excerpt, None, r.loc.line
        elif isinstance(r, Giver):
            yield "giver", r.source, r.excerpt, None, r.loc.line
        elif isinstance(r, Claim):
            yield "claim", r.source, r.excerpt, None, r.loc.line
        elif isinstance(r, Figure):
            yield "figure", r.source, r.excerpt, None, r.loc.line
            yield "wording", r.source, r.wording, None, r.loc.line
        elif isinstance(r, Quote):
            for part in r.parts:
                yield "quote", r.source, part, r.line, r.loc.line


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
    Waiver: lambda r: [(r.loc, "source", r.source, "source")],
    Dispute: lambda r: [(r.loc, "conflict", r.conflict, "conflict")],
}
