"""Records as plain dicts: the stable JSON shape of every kind, stored in the cache as-is.

Each row has `id` and `sources` (the source ids it rests on); names of people and organisations
it refers to are filled in at query time, since they may live in another file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...factbase.models import (
    Attribute,
    Claim,
    Conflict,
    DateInfo,
    Event,
    Evidence,
    Figure,
    Giver,
    Motivation,
    Organisation,
    Person,
    Place,
    Quote,
    Record,
    Source,
    Theme,
)
from ...shapes import Row
from ...written import value_stated


def _sources(*groups: Any) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for item in group:
            seen[item if isinstance(item, str) else item.source] = None
    return list(seen)


def _evidence(items: tuple[Evidence, ...]) -> list[Row]:
    return [{"source": e.source, "excerpt": e.excerpt} for e in items]


def _date(d: DateInfo | None) -> Row | None:
    if d is None:
        return None
    disputed = None if d.disputed is None else {
        "conflict": d.disputed.conflict, "readings": [{"value": r.value, "note": r.note} for r in d.disputed.readings]}
    return {"value": d.value, "precision": d.precision, "basis": d.basis, "note": d.note, "disputed": disputed}


def _record(r: Record | None) -> Row | None:
    if r is None:
        return None
    return {"outlet": r.outlet, "title": r.title, "url": r.url, "byline": list(r.byline), "published": r.published,
            "section": r.section, "retrieved": r.retrieved, "given_by": r.given_by, "note": r.note}


def source_row(s: Source) -> Row:
    return {"id": s.id, "kind": s.kind, "title": s.title, "headings": list(s.headings),
            "authors": list(s.authors), "contributors": list(s.contributors), "date": _date(s.date),
            "record": _record(s.record), "sha256": s.sha256, "file_hint": s.file_hint, "sources": [s.id],
            "evidence": _evidence(s.evidence)}


def theme_row(t: Theme) -> Row:
    return {"id": t.id, "description": t.description, "search_words": list(t.search_words), "sources": []}


def _attribute(a: Attribute) -> Row:
    return {"field": a.field, "value": a.value, "value_max": a.value_max, "unit": a.unit,
            "wording": a.wording, "note": a.note, "source": a.source, "excerpt": a.excerpt}


def person_row(p: Person) -> Row:
    return {"id": p.id, "name": p.name, "name_status": p.name_status, "group": p.group,
            "roles": list(p.roles), "aliases": list(p.aliases), "titles": list(p.titles),
            "described_as": p.described_as, "note": p.note,
            "relations": [{"person": r.person, "relation": r.relation} for r in p.relations],
            "attributes": [_attribute(a) for a in p.attributes], "members": list(p.members),
            "sources": _sources(p.evidence, p.attributes), "evidence": _evidence(p.evidence)}


def organisation_row(o: Organisation) -> Row:
    return {"id": o.id, "name": o.name, "kind": o.kind, "aliases": list(o.aliases), "part_of": o.part_of,
            "described_as": o.described_as, "note": o.note, "attributes": [_attribute(a) for a in o.attributes],
            "sources": _sources(o.evidence, o.attributes),
            "evidence": _evidence(o.evidence)}


def place_row(p: Place) -> Row:
    return {"id": p.id, "name": p.name, "kind": p.kind, "note": p.note, "sources": _sources(p.evidence),
            "evidence": _evidence(p.evidence)}


def event_row(e: Event) -> Row:
    return {"id": e.id, "name": e.name, "kind": e.kind, "date": _date(e.date), "places": list(e.places),
            "organisations": list(e.organisations), "people": list(e.people), "after": list(e.after), "note": e.note,
            "sources": _sources(e.evidence), "evidence": _evidence(e.evidence)}


def figure_row(f: Figure) -> Row:
    row = {"id": f.id, "topic": f.topic, "counts": f.counts, "value": f.value, "value_stated": "",
           "value_max": f.value_max, "comparator": f.comparator, "unit": f.unit, "wording": f.wording,
           "as_of": _date(f.as_of),
           "stated_by": f.stated_by, "about": list(f.about),
           "parts": [{"label": p.label, "value": p.value, "wording": p.wording} for p in f.parts],
           "rank": f.rank, "rank_reason": f.rank_reason, "derived_from": list(f.derived_from),
           "derivation": f.derivation, "note": f.note, "source": f.source,
           "sources": _sources([f.source], f.evidence), "excerpt": f.excerpt, "evidence": _evidence(f.evidence)}
    # The value as a person reads it, comparator and range kept ("over 13,000"): beside the number in
    # every format, so that no script reports a bare 13000.
    row["value_stated"] = value_stated(row)
    return row


def quote_row(q: Quote) -> Row:
    return {"id": q.id, "text": q.text, "parts": list(q.parts), "speaker": q.speaker, "themes": list(q.themes),
            "kind": q.kind, "attribution": q.attribution, "note": q.note, "source": q.source,
            "sources": [q.source], "line": q.line}


def _giver(g: Giver) -> Row:
    return {"who": g.who, "source": g.source, "excerpt": g.excerpt, "attribution": g.attribution, "count": g.count,
            "note": g.note}


def motivation_row(m: Motivation) -> Row:
    return {"id": m.id, "stage": m.stage, "reason": m.reason, "given_by": [_giver(g) for g in m.given_by],
            "evidence": _evidence(m.evidence), "figures": list(m.figures), "note": m.note,
            "sources": _sources(m.given_by, m.evidence)}


def _claim(c: Claim) -> Row:
    return {"source": c.source, "excerpt": c.excerpt, "rating": c.rating, "figure": c.figure, "event": c.event,
            "date": _date(c.date)}


def conflict_row(c: Conflict) -> Row:
    return {"id": c.id, "kind": c.kind, "topic": c.topic, "summary": c.summary, "headline": c.headline,
            "claims": [_claim(x) for x in c.claims], "sources": _sources(c.claims)}


ROW: dict[str, Callable[[Any], Row]] = {
    "sources": source_row, "themes": theme_row, "people": person_row, "organisations": organisation_row,
    "places": place_row, "events": event_row, "figures": figure_row, "quotes": quote_row,
    "motivations": motivation_row, "conflicts": conflict_row,
}
