"""A figure, a part of one, or a person's numeric attribute as an amount to compare with a claim's
number; whether a record's amount states the claim's, as their comparators allow. Pure (see
numbers.py).

"over 13,000" states the NUG's "over 13,000" (and "at least 13,000"), never an exact 13,000;
"about 12,000" and "more than 12,000" state an exact 12,341 (the claim's number is the record's
rounded to its last significant digit, within a tenth of it); a range states only the same range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from ...shapes import Row
from .evidence import ClaimLike, Found, number, terms

AGE_FIELDS = {"age", "age_joined"}
FIELD_WORDS = {"age": "age aged old", "age_joined": "joined enlisted entered age aged",
               "years_served": "served service spent", "intended_service": "intended join",
               "agreement": "agreement signed serve"}
FIELD_NAMES = {"age": "age", "age_joined": "age on joining", "years_served": "years of service",
               "intended_service": "intended service", "agreement": "agreement to serve",
               "age_by": "age by which it was done"}  # (no record's: "became a general by 19", texts/claims/spans.py)
COMPARED = {"more_than": "over", "less_than": "under", "about": "about", "at_least": "at least",
            "at_most": "up to", "nearly": "nearly"}


class Stated(Protocol):
    """A number as said: what `fits` holds against a record's."""

    @property
    def value(self) -> float: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def comparator(self) -> str: ...


class NumberLike(ClaimLike, Stated, Protocol):
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
    @property
    def clause(self) -> tuple[str, ...]: ...
    @property
    def paid_to(self) -> str | None: ...
    @property
    def payee(self) -> str | None: ...
    @property
    def happened(self) -> tuple[str, ...]: ...
    @property
    def whole(self) -> tuple[float, float | None, str] | None: ...
    @property
    def share(self) -> tuple[float, float] | None: ...
    @property
    def including(self) -> str | None: ...
    @property
    def end(self) -> str | None: ...


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
    terms: set[str]  # the words of all its text (excerpt included)
    own: set[str]  # the words of what it counts (counts, wording, topic, parts; a field's words)
    parts: list[tuple[str, float]]
    stated_by: str | None
    about: set[str]
    field: str | None
    row: Row

    def shown(self, value: float | None = None, aged: bool = True) -> str:
        if value is not None:
            text = number(value)
        elif self.comparator == "range" or self.value_max is not None:
            text = f"{number(self.value)}–{number(self.value_max or self.value)}"
        else:
            text = f"{COMPARED[self.comparator]} {number(self.value)}" if self.comparator in COMPARED \
                else number(self.value)
        if self.unit == "years of age":
            return f"aged {text}" if aged else f"{text} years"
        one = value is None and self.value == 1 and self.value_max is None and self.comparator == "exact"
        unit = _one(self.unit) if one and self.unit else self.unit  # "1 room", not "1 rooms"
        unit = f"{unit} per {self.per}" if self.per else unit
        return f"{text} {unit}" if unit else text


def _one(unit: str) -> str:
    """A unit said of one: "room" of "rooms", "person" of "people"."""
    return "person" if unit == "people" else unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


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
        own = terms([f.get("counts"), f.get("wording"), f.get("topic"), *labels])
        out.append(Quantity("figure", f["id"], float(f["value"]), f.get("value_max"), f["comparator"], base, per,
                            own | terms([f.get("excerpt")]), own,
                            [(p["label"], float(p["value"])) for p in f.get("parts") or ()], f.get("stated_by"),
                            set(f.get("about") or ()), None, f))
    for a in found.attributes:
        if not isinstance(a.get("value"), (int, float)) or isinstance(a["value"], bool) or a["field"] == "year_joined":
            continue
        base, per = _split_unit(a.get("unit"))
        if a["field"] in AGE_FIELDS:
            base = "years of age"
        elif a["field"] == "years_served" and base is None:
            base = "years"  # the field says the unit where the record does not
        own = terms([FIELD_WORDS.get(a["field"], a["field"]), a.get("wording")])
        out.append(Quantity("person", a["person"], float(a["value"]), a.get("value_max"),
                            "range" if a.get("value_max") is not None else "exact", base, per,
                            own | terms([a.get("excerpt")]), own, [],
                            None, {a["person"]}, a["field"], a))
    return out



def units_agree(claim: NumberLike, q: Quantity) -> bool:
    unit = claim.unit
    if unit == "people" and q.unit is not None and q.unit in claim.counted:
        unit = q.unit  # "120 families" of a record whose unit is families: a count of people, in the record's unit
    if unit is not None and q.unit is not None and unit != q.unit:
        return False
    if unit is not None and q.unit is None and unit != "people":
        return False
    return claim.per is None or claim.per == q.per


def _rounded(v: float, w: float, up: bool) -> bool:
    """Whether the bound v is w rounded up (down) to v's own last significant digit, or to five of it, within half or
    twice w: the bound a writer rounds the exact figure to ("fewer than 4,000" of 3,015, "more than 15 years" and
    "nearly two decades" of 18, "under 1,000 baht" of 700); not "more than 1,000" of 3,015 or "under 100,000"."""
    if not v.is_integer() or v <= 0 or not 0.5 * w <= v <= 2 * w:
        return False
    digits = str(int(v))
    step = int(10 ** (len(digits) - len(digits.rstrip("0")))) * (5 if digits.rstrip("0").endswith("5") else 1)
    return (math.ceil(w / step) if up else math.floor(w / step)) * step == v


def _rounds(v: float, w: float) -> bool:
    """Whether v is w rounded to v's last significant digit, and within a tenth of it."""
    if not v.is_integer() or v < 10 or abs(v - w) > 0.1 * w:
        return False
    zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
    step = 10 ** zeros
    return zeros > 0 and round(w / step) * step == v


def fits(claim: Stated, value: float, value_max: float | None, comparator: str, age: bool = False) -> bool:
    """Whether a record of `value` (to `value_max`) with `comparator` states the claim's number; a bound close to an
    exact record holds when it is round ("under 13,000" of 12,341) or an `age` ("under the age of 18" of 17)."""
    v, cmp = float(claim.value), claim.comparator
    if comparator == "range" or value_max is not None:  # "up to two days" holds of "a day or two", as of an exact 2
        return (cmp == "range" and v == value and claim.value_max == value_max) or \
            (cmp == "at_most" and v == value_max) or (cmp == "at_least" and v == value)
    if cmp == "range":
        return False
    w = float(value)
    if comparator == "exact":
        bound = age or _round(v)
        return {"exact": v == w, "about": v == w or _rounds(v, w),
                "nearly": w < v and (v - w <= 0.05 * v or (w >= 0.85 * v and _rounded(v, w, up=True))),
                "more_than": v < w and ((w - v <= 0.1 * w and bound) or _rounded(v, w, up=False)),
                "at_least": v <= w and ((w - v <= 0.1 * w and (v == w or bound)) or _rounded(v, w, up=False)),
                "less_than": v > w and ((v - w <= 0.1 * w and bound) or _rounded(v, w, up=True)),
                "at_most": v >= w and ((v - w <= 0.1 * w and (v == w or bound)) or _rounded(v, w, up=True))}.get(cmp, False)
    if comparator == "more_than":
        return cmp in ("more_than", "at_least") and v == w
    if comparator == "less_than":
        return cmp in ("less_than", "at_most") and v == w
    return cmp == comparator and v == w


def _round(v: float) -> bool:
    return v.is_integer() and v >= 10 and str(int(v)).endswith("0")


MONEY = frozenset(("baht", "kyat", "dollars", "euros", "pounds", "yuan", "rupees"))


def dimension(unit: str | None) -> str | None:
    """What a unit measures: people, time, an age, a share, floors or money (of any currency: "700 dollars" of 700
    baht is a wrong unit, not another quantity); None for the rest."""
    if unit == "people":
        return "people"
    if unit in ("years", "months", "weeks", "days", "decades", "hours"):
        return "time"
    if unit == "percent":
        return "percent"
    if unit in ("storeys", "rooms"):
        return unit  # a building's floors, a home's rooms: "four months" is no wrong unit of "4 storeys", nor "4 storeys"
        # of "1 room", but another quantity
    return "age" if unit == "years of age" else "money" if unit in MONEY else None
