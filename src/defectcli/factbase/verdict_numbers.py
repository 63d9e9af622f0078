"""The verdict on a number: which figure, part or attribute counts the same thing, then its value,
comparator, unit and who states it.

What a number counts is decided by words: the claim's words (what it counts weighs most, then
the words right beside the number, then those a little further) found in the record's (what it
counts, its wording and excerpt, its parts' labels; an attribute's field and excerpt). A record
counts the same thing only with enough such words; the unit, and the person the sentence names,
add to them. Values then compare as their comparators allow: "over 13,000" is the NUG's "over
13,000", never an exact 13,000; "about 12,000" is 12,341 rounded; a range must have both bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .evidence import GENERIC, ClaimLike, Evidence, Found, Row, Verdict, name_of, number, stem, terms

# A claim's unit that says by itself what is counted (money, storeys, ages), unlike people or days.
SPECIFIC_UNITS = frozenset({"baht", "kyat", "dollars", "euros", "yuan", "rupees", "storeys", "percent", "years of age"})
AGE_FIELDS = {"age", "age_joined"}
FIELD_WORDS = {"age": "age aged old", "age_joined": "joined enlisted entered age aged",
               "years_served": "served service spent", "intended_service": "intended join",
               "agreement": "agreement signed serve"}
COMPARED = {"more_than": "over", "less_than": "under", "about": "about", "at_least": "at least",
            "at_most": "up to", "nearly": "nearly"}


class NumberLike(ClaimLike, Protocol):
    @property
    def value(self) -> float: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def comparator(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def per(self) -> str | None: ...
    @property
    def counted(self) -> tuple[str, ...]: ...
    @property
    def field(self) -> str | None: ...
    @property
    def close(self) -> tuple[str, ...]: ...


@dataclass
class Quantity:
    """A figure, or a person's numeric attribute, as a number to compare."""

    kind: str  # figure | person
    id: str
    value: float
    value_max: float | None
    comparator: str
    unit: str | None
    per: str | None
    terms: set[str]
    parts: list[tuple[str, float]]
    stated_by: str | None
    about: set[str]
    field: str | None
    row: Row

    def shown(self, value: float | None = None) -> str:
        if value is not None:
            text = number(value)
        elif self.comparator == "range" or self.value_max is not None:
            text = f"{number(self.value)}–{number(self.value_max or self.value)}"
        else:
            text = f"{COMPARED[self.comparator]} {number(self.value)}" if self.comparator in COMPARED \
                else number(self.value)
        unit = f"{self.unit} per {self.per}" if self.per else self.unit
        return f"{text} {unit}" if unit else text


def _split_unit(unit: str | None) -> tuple[str | None, str | None]:
    if not unit:
        return None, None
    base, _, per = unit.partition(" per ")
    return base, per or None


def quantities(found: Found) -> list[Quantity]:
    out = []
    for f in found.figures:
        base, per = _split_unit(f.get("unit"))
        labels = [p["label"] for p in f.get("parts") or ()]
        out.append(Quantity("figure", f["id"], float(f["value"]), f.get("value_max"), f["comparator"], base, per,
                            terms([f.get("counts"), f.get("wording"), f.get("excerpt"), f.get("topic"), *labels]),
                            [(p["label"], float(p["value"])) for p in f.get("parts") or ()], f.get("stated_by"),
                            set(f.get("about") or ()), None, f))
    for a in found.attributes:
        if not isinstance(a.get("value"), (int, float)) or isinstance(a["value"], bool) or a["field"] == "year_joined":
            continue
        base, per = _split_unit(a.get("unit"))
        if a["field"] in AGE_FIELDS:
            base = "years of age"
        out.append(Quantity("person", a["person"], float(a["value"]), a.get("value_max"),
                            "range" if a.get("value_max") is not None else "exact", base, per,
                            terms([FIELD_WORDS.get(a["field"], a["field"]), a.get("excerpt"), a.get("wording")]), [],
                            None, {a["person"]}, a["field"], a))
    return out


def _topical(claim: NumberLike, q: Quantity, found: Found) -> tuple[float, set[str]] | None:
    """How much the claim's words say it counts what `q` counts, and which words say so; None when not enough."""
    subjects = set(found.subjects)
    if q.kind == "person":
        if claim.field and q.field == claim.field and q.about & subjects:
            return 10.0, set()
        if (claim.field and q.field != claim.field) or (subjects and not q.about & subjects):
            return None
    # Who states it (the attribution) is held apart from what it counts; the names the sentence holds
    # ("the Border Service has ...") say what it is about, and add to the words around it only.
    said = terms([claim.attribution]) | GENERIC
    counted = {stem(w) for w in claim.counted} - said
    named = terms(claim.subjects) - said
    close = terms(claim.close) - said - counted - named
    near = terms(claim.near) - said - counted - close - named
    score = 3.0 * len(counted & q.terms) + 2.0 * len(close & q.terms) + 1.0 * len(near & q.terms)
    hits = (counted | close | near) & q.terms
    unit_hit = claim.unit in SPECIFIC_UNITS and claim.unit == q.unit
    score += 2.0 if unit_hit else 0.0
    score += 2.0 if q.about & subjects else 0.0
    # What it counts (or its unit, or the person it is about) must be the record's, and so must a word
    # around it, if the claim has any: "50,000 soldiers joined the resistance" is not a count of
    # soldiers who defected.
    core = bool(counted & q.terms) or unit_hit or bool(q.about & subjects)
    if counted and not core:
        return None  # it counts something the record does not
    around = close | near | named
    context = bool(around & q.terms) or not around - q.terms - counted
    enough = (core and context) or len((close | near) & q.terms) >= 2
    if q.kind == "person" and not subjects:
        enough = enough and score >= 4
    return (score, hits) if score >= 3 and enough else None


def _units_agree(claim: NumberLike, q: Quantity) -> bool:
    unit = claim.unit
    if unit is not None and q.unit is not None and unit != q.unit:
        return False
    if unit is not None and q.unit is None and unit != "people":
        return False
    return claim.per is None or claim.per == q.per


def _rounds(v: float, w: float) -> bool:
    """Whether v is w rounded to v's last significant digit, and within a tenth of it."""
    if not v.is_integer() or v < 10 or abs(v - w) > 0.1 * w:
        return False
    zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
    step = 10 ** zeros
    return zeros > 0 and round(w / step) * step == v


def fits(claim: NumberLike, value: float, value_max: float | None, comparator: str) -> bool:
    """Whether a record of `value` (to `value_max`) with `comparator` states the claim's number."""
    v, cmp = claim.value, claim.comparator
    if comparator == "range" or value_max is not None:
        return cmp == "range" and v == value and claim.value_max == value_max
    if cmp == "range":
        return False
    w = value
    if comparator == "exact":
        return {"exact": v == w, "about": v == w or _rounds(v, w), "nearly": w <= v and v - w <= 0.05 * v,
                "more_than": v < w and w - v <= 0.1 * w and _round(v),
                "at_least": v <= w and w - v <= 0.1 * w and (v == w or _round(v)),
                "less_than": v > w and v - w <= 0.1 * w and _round(v),
                "at_most": v >= w and v - w <= 0.1 * w and (v == w or _round(v))}.get(cmp, False)
    if comparator == "more_than":
        return cmp in ("more_than", "at_least") and v == w
    if comparator == "less_than":
        return cmp in ("less_than", "at_most") and v == w
    return cmp == comparator and v == w


def _round(v: float) -> bool:
    return v.is_integer() and v >= 10 and str(int(v)).endswith("0")


@dataclass
class Reading:
    """A record the claim counts the same thing as, and how its number compares."""

    score: float
    hits: set[str]
    q: Quantity
    fit: bool  # the record states the claim's number (whole, or a part the claim names)
    part: tuple[str, float] | None  # the part that states it
    part_only: tuple[str, float] | None  # a part has the number, but not the part the claim counts
    named_part: tuple[str, float] | None = None  # the part the claim counts (when it does not fit)


def _reading(claim: NumberLike, q: Quantity, score: float, hits: set[str]) -> Reading:
    agree = _units_agree(claim, q)
    counted = terms(claim.counted) | terms(claim.close)
    # A claim that names a part ("wardens") counts that part, not the whole, whatever its number;
    # naming every part ("soldiers and police") is naming the whole.
    named_labels = [label for label, _ in q.parts if terms([label]) & counted]
    names_part = 0 < len(named_labels) < len(q.parts)
    if agree and not names_part and fits(claim, q.value, q.value_max, q.comparator):
        return Reading(score, hits, q, True, None, None)
    part_only = named = None
    for label, value in q.parts:
        if agree and fits(claim, value, None, "exact"):
            if terms([label]) & counted:
                return Reading(score, hits, q, True, (label, value), None)
            part_only = (label, value)
        elif terms([label]) & counted:
            named = (label, value)
    return Reading(score, hits, q, False, None, part_only, named)


def number_verdict(claim: NumberLike, found: Found) -> Verdict:
    readings = []
    for q in quantities(found):
        topical = _topical(claim, q, found)
        if topical is not None:
            readings.append(_reading(claim, q, *topical))
    readings.sort(key=lambda r: -r.score)
    if not readings:
        what = " ".join(claim.counted) or claim.unit or "it"
        return Verdict("not_found", f"the fact base has no figure on {what} that this number could be")
    fitting = next((r for r in readings if r.fit), None)
    if fitting is not None:
        rival = next((r for r in readings if not r.fit and r.score >= fitting.score
                      and (r.hits - fitting.q.terms)), None)
        if rival is not None:  # the claim's words also name another count, which says otherwise
            return _differs(claim, rival, found, also=fitting)
    multi = _compared(found)
    if claim.attribution is not None:
        named = found.named or frozenset()
        if fitting is not None:
            if _stated_by(fitting.q) in named or (fitting.q.kind == "person" and fitting.q.about & named):
                return Verdict("matches", f"stated by {_who(fitting.q, found)}", _evidence(fitting, found))
            known = "" if named else f"; the fact base knows no {claim.attribution!r}"
            return Verdict("misattributed", f"the figure is stated by {_who(fitting.q, found)}, not "
                           f"{claim.attribution}{known}", _evidence(fitting, found))
        by_them = next((r for r in readings if _stated_by(r.q) in named), None)
        return _differs(claim, by_them or readings[0], found)
    if fitting is not None:
        conflict = multi.get(fitting.q.id) if fitting.part is None else None  # a conflict of totals, not parts
        if conflict is not None:
            return _disputed(fitting, conflict, found)
        return Verdict("matches", f"stated by {_who(fitting.q, found)}", _evidence(fitting, found))
    return _differs(claim, readings[0], found)


def _stated_by(q: Quantity) -> str | None:
    return q.stated_by


def _who(q: Quantity, found: Found) -> str:
    source = q.row.get("source")
    if q.kind == "person":
        return f"the article ({source}), of {name_of(found, q.id)}"
    if q.stated_by is None:
        return f"the article itself ({source})"
    return f"{name_of(found, q.stated_by)} ({source})"


def _says(r: Reading, found: Found) -> str:
    q = r.q
    if q.kind == "person":
        return f"{name_of(found, q.id)}: {q.field} {q.shown()}"
    part = r.part or r.part_only
    own = f"{q.shown()}: {q.row.get('counts')} ({name_of(found, q.stated_by) if q.stated_by else 'the article'})"
    return f"{number(part[1])} {part[0]} of {own}" if part else own


def _evidence(r: Reading, found: Found, *more: Evidence) -> tuple[Evidence, ...]:
    q = r.q
    return (Evidence(q.kind, q.id, q.row.get("source"), None, str(q.row.get("excerpt") or ""), _says(r, found)), *more)


def _compared(found: Found) -> dict[str, Row]:
    """Figure id -> the conflict that holds it against other figures (sources giving different totals)."""
    out: dict[str, Row] = {}
    for c in found.conflicts:
        figures = {x["figure"] for x in c["claims"] if x.get("figure")}
        if len(figures) > 1:
            for fid in figures:
                out.setdefault(fid, c)
    return out


def _conflict_evidence(c: Row) -> Evidence:
    return Evidence("conflict", c["id"], None, None, str(c.get("topic") or ""), str(c.get("summary") or ""))


def _disputed(r: Reading, conflict: Row, found: Found) -> Verdict:
    figures = {f["id"]: f for f in found.figures}
    sides = []
    for fid in dict.fromkeys(x["figure"] for x in conflict["claims"] if x.get("figure")):
        f = figures.get(fid)
        if f is not None:
            q = next(q for q in quantities(Found(figures=[f])))
            sides.append(f"{name_of(found, f.get('stated_by')) if f.get('stated_by') else 'the article'} "
                         f"{q.shown()} ({f['source']})")
    return Verdict("disputed", f"the sources disagree: {'; '.join(sides)} (conflict {conflict['id']})",
                   _evidence(r, found, _conflict_evidence(conflict)))


def _differs(claim: NumberLike, r: Reading, found: Found, also: Reading | None = None) -> Verdict:
    q = r.q
    if r.named_part:
        label, value = r.named_part
        other = f"; {number(r.part_only[1])} is the {r.part_only[0]}" if r.part_only else ""
        if claim.value == q.value and not r.part_only:
            other = f"; {q.shown()} is the whole"
        return Verdict("differs", f"{_who(q, found)} counts {number(value)} {label}{other}", _evidence(r, found))
    if r.part_only:
        label, value = r.part_only
        return Verdict("differs", f"{number(value)} is the {label} among them; the whole is {q.shown()} "
                       f"({_who(q, found)})", _evidence(r, found))
    if not _units_agree(claim, q) and q.value == claim.value:
        said = f"{claim.unit or ''}{' per ' + claim.per if claim.per else ''}".strip()
        return Verdict("differs", f"the number is right but not the unit: {_who(q, found)} says {q.shown()}, "
                       f"not {said or 'that'}", _evidence(r, found))
    conflict = _compared(found).get(q.id)
    reason = f"{_who(q, found)} says {q.shown()}"
    if also is not None:
        reason += f"; {also.q.shown()} is {also.q.row.get('counts') or also.q.field}"
    if conflict is not None:
        return Verdict("differs", reason + f"; the sources disagree on it (conflict {conflict['id']})",
                       _evidence(r, found, _conflict_evidence(conflict)))
    return Verdict("differs", reason, _evidence(r, found))
