"""The amounts of a sentence (the grammar of numbers, defectcli/numbers/) as a figure of the fact base
takes them: what `draft` suggests. A figure's value must be the number its wording states
(factbase/checks.py), so:

- a vague quantity ("dozens of", "a few hundred metres") is no figure (its value would be ours,
  not the text's): it is set aside with its words, for the curator to cite from what it describes;
- a figure takes the schema's comparators only (facts/README.md): "at least", "5,000 or more"
  are more_than, "up to", "at most" less_than, "nearly" about (a claim keeps them apart);
- its wording is the number with its comparator and range ("over 13,000"), a duration's with its
  unit ("about two weeks"); its unit is `people` for any count of persons (what they are goes to
  `counts` and the parts' labels), `years of age`, `percent`, the currency, time or measure, else
  what it counts;
- a total with its parts ("12,341 personnel – 3,015 soldiers and 9,326 police") is one figure,
  and so are parts without their total ("roughly 3,000 soldiers and 7,000 police officers"), its
  value their sum (`total_of_parts`);
- left out: what is no amount, and "a decade" (check reads its wording as ten years); set aside:
  "in six months" (the period of another figure), a person's age ("Min Thu, 29,", "Maung Sein, at
  the age of 19,") or family ("their two children"), which are attributes of that person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from ...numbers.amounts import Amount, Reading, may_state_numbers, nouns_at, read
from ...numbers.values import held, whole
from ...numbers.vocabulary import CURRENCY, MEASURES, PEOPLE, POSSESSIVE, SAYING, SIGNS, TIME
from ..claims.events import ENLISTMENT
from ..claims.sums import shared_rate

Number = int | float

# The comparators a figure takes (facts/README.md): the grammar's finer ones are written as these.
_SCHEMA = {"at_least": "more_than", "at_most": "less_than", "nearly": "about"}
_FAMILY = {"children", "sons", "daughters", "brothers", "sisters", "siblings", "grandchildren", "wives", "husbands"}
_DURATIONS = frozenset(TIME.values())
_MONEY = frozenset(CURRENCY.values())
_MEASURED = frozenset([*CURRENCY, *CURRENCY.values(), *SIGNS.values(), *TIME, *TIME.values(), *MEASURES])
_VAGUE_WHY = ("a vague quantity states no number: no figure (its value would be ours, not the text's); cite the "
              "sentence from what it describes")
_PERIOD_BEFORE = re.compile(r"\b(?:in|within|over|during|after|past|last|first|next)\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"[A-Z][\w’'-]*,\s+((?:at\s+the\s+age\s+of|at\s+age|aged)\s+)?$")
_SAID = re.compile(rf"\b(?:{'|'.join(sorted(SAYING))})\s+(?:[A-Z][\w’'-]*\s+){{0,4}}[A-Z][\w’'-]*,\s*$")  # "said X, 19."
_JOINED_AT = re.compile(r"\b(?:join(?:ed|s)?|enlist(?:ed|s)?|entered|signed\s+up|recruited)\b[^.;,]{0,40}?\bat\s+$",
                        re.IGNORECASE)  # "joined the army at 16"
# "He was 15 when he joined", "was just 17 when": one person's age at a time the clause after names
_WAS_WHEN = re.compile(r"\b(?:was|were|is|turned)\s+(?:just\s+|only\s+|barely\s+)?$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"(?:\s+years?\s+old)?\s*,?\s+when\b([^.;]{0,60})", re.IGNORECASE)
# "five of them were officers": a part of persons named after it
_OF_THEM = re.compile(r"\s+of\s+(?:them|us|those|these|whom)\b[^.;]{0,40}", re.IGNORECASE)
_AGE_LEAD = re.compile(r"\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+$", re.IGNORECASE)
_AGED = re.compile(r"([\w’'-]+)\s+aged\s+(?:from\s+)?$", re.IGNORECASE)
_BORROW = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$|\s+to\s+$", re.IGNORECASE)
_JOINT = re.compile(r"\s+and\s+|,\s+(?:and\s+)?")
_LAST_JOINT = re.compile(r"\s+and\s+|,\s+and\s+")
_UP_FROM = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$", re.IGNORECASE)


class Part(NamedTuple):
    label: str
    value: Number
    wording: str


@dataclass(frozen=True)
class Quantity:
    """A number the sentence states, as a figure takes it."""

    start: int  # where its wording starts in the sentence
    end: int  # where its wording ends
    value: Number
    comparator: str
    unit: str  # "people", "dollars", "years of age", "percent", ...; "fill-in" when the text gives none
    value_max: Number | None = None
    nouns: tuple[str, ...] = ()  # what it counts, as written ("soldiers", "police officers")
    parts: tuple[Part, ...] = ()
    total_of_parts: bool = False  # the value is the sum of its parts, which the text gives without it
    rate: bool = False  # "a month", "per year": a rate, not a total
    noun_end: int = 0  # where what it counts ends
    number: str = ""  # the number alone, as written ("3,000"): a part's wording


class Aside(NamedTuple):
    """Words that look like a number but are no figure, and why."""

    words: str
    why: str


def quantities(sentence: str) -> tuple[list[Quantity], list[Aside]]:
    """The figures `sentence` states, in order, and the numbers it sets aside."""
    if not may_state_numbers(sentence):
        return [], []
    reading = read(sentence)
    taken = [_quantity(sentence, reading, amount) for amount in reading.amounts]
    asides = [Aside(_with_noun(sentence, reading, a, b), _VAGUE_WHY) for a, b in reading.vague]
    return _relate(sentence, [q for q in taken if isinstance(q, Quantity)]), \
        asides + [a for a in taken if isinstance(a, Aside)]


def _quantity(sentence: str, reading: Reading, a: Amount) -> Quantity | Aside | None:
    """`a` as a figure takes it, or set aside (an age, a family, a period), or None: "a decade"
    states no number a figure's wording could hold (check reads its wording as ten)."""
    start, end = reading.span(a.start, a.end)
    stop = reading.tokens[a.last - 1].end
    if a.unit == "decades" and a.words.lower() in POSSESSIVE:
        return None
    # What it counts, as written: its nouns, or its unit's word ("storeys" in "four storeys").
    nouns = a.nouns or tuple(t.text for t in reading.tokens[a.end:a.unit_end] if t.text.isalpha())[:1]
    if a.unit == "years of age" and not nouns and (who := _AGED.search(sentence, max(0, start - 30), start)) \
            and who[1].lower() in PEOPLE:
        nouns = (who[1],)  # "men aged 18 to 35": whose ages
    if (age := _AGE_BEFORE.search(sentence, max(0, start - 60), start)) and (re.match(r"\s*[,)]", sentence[end:]) or (
            re.fullmatch(r"\s*[.!?]?\s*", sentence[end:]) and _SAID.search(sentence, max(0, start - 80), start))) \
            and a.words[0].isdecimal() and a.value < 130 and a.value_max is None and a.unit in (None, "years of age"):
        said = sentence[age.start(1) if age[1] else start:end]  # "Min Thu, 29,", "Maung Sein, at the age of 19,"
        return Aside(said, f"an age: an attribute of the person named before it (field: age, wording: \"{said}\"), "
                           "not a figure")
    if a.unit is None and not nouns and a.value < 100 and _JOINED_AT.search(sentence, max(0, start - 60), start):
        return Aside(sentence[start:end], "an age on joining: an attribute of the person (field: age_joined), not a figure")
    if a.unit is None and not nouns and a.value < 130 and _WAS_WHEN.search(sentence, max(0, start - 20), start) and \
            (when := _WHEN_AFTER.match(sentence, end)):
        field = "age_joined" if ENLISTMENT & set(re.findall(r"[a-z]+", when[1].lower())) else "age"
        return Aside(sentence[start:end], f"an age: an attribute of a person (field: {field}), not a figure")
    one = re.search(r"\b(?:a|an)\s+$", sentence[max(0, start - 4):start], re.IGNORECASE)  # "a 31-year-old police sergeant"
    if a.unit == "years of age" and a.value_max is None and a.value < 130 and not (nouns and _plural(nouns[0]) and not one):
        # one person's age, not a group's ("men aged 18"): "enlisted at the age of 19", "Aged 19, X", "a 24-year-old
        # private"
        lead = _AGE_LEAD.search(sentence, max(0, start - 20), start)
        said = sentence[lead.start() if lead else start:end]  # "at the age of 19", "Aged 19"
        field = "age_joined" if ENLISTMENT & set(re.findall(r"[a-z]+", sentence.lower())) else "age"  # (on joining)
        return Aside(said, f"an age: an attribute of a person (field: {field}, wording: \"{said}\"), not a figure")
    if nouns and nouns[0].split()[-1].lower() in _FAMILY:
        return Aside(sentence[start:stop], "a family: an attribute of the person (field: family), not a figure")
    if a.unit in _DURATIONS:
        if _PERIOD_BEFORE.search(sentence, max(0, start - 16), start):
            return Aside(sentence[start:stop], "a period: when the figure beside it holds (its as_of or counts), "
                                              "not a figure")
        end = reading.tokens[a.unit_end - 1].end  # a duration is worded with its unit: "about two weeks"
    unit = a.unit or (" and ".join(n.lower() for n in nouns) if nouns else "fill-in")
    if unit == "fill-in" and (part := _OF_THEM.match(sentence, end)) and PEOPLE & set(re.findall(r"[a-z]+", part[0].lower())):
        unit = "people"  # "five of them were officers"
    per = a.per or shared_rate(reading, a)  # (as verify reads it: "700 baht a week, or 1,400 baht with a spouse")
    if per is not None and a.unit in _MONEY:  # "700 baht per month": the fact base writes the rate in the unit
        unit, end = f"{a.unit} per {per}", stop
    return Quantity(start, end, a.value, _SCHEMA.get(a.comparator, a.comparator), unit, a.value_max, nouns,
                    rate=per is not None, noun_end=stop, number=a.words)


def _plural(noun: str) -> bool:
    """Whether whose ages a number gives are many ("men aged 18", "recruits aged 17"), not one person."""
    last = noun.split()[-1].lower()
    return last in ("men", "women", "people", "children", "police", "personnel", "staff", "youth") or (
        last.endswith("s") and not last.endswith("ss"))


@cache  # pure, and asked for each number against each figure of the fact base
def is_count(unit: str) -> bool:
    """Whether `unit` counts persons or things ("people", "departures", "states"), not a measure
    (money, time, age, percent, distance): counts of the same thing compare whatever their unit's word."""
    low = unit.lower()
    return low != "fill-in" and low not in _MEASURED and not re.search(r"\b(?:of age|percent|per)\b", low)


def _relate(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Totals with their parts, parts joined into their total, and units borrowed where the text
    refers back ("seven of the 14 states", "up from 900", "rose from 500 to 700 baht")."""
    out: list[Quantity] = []
    runs = _runs(sentence, found)
    i = 0
    while i < len(found):
        q = found[i]
        merged = _with_parts(found, i) or _parts_only(sentence, found, i, runs)
        if merged is not None:
            total, used = merged
            out.append(total)
            i += used
            continue
        if q.unit == "fill-in" and i + 1 < len(found) and _BORROW.fullmatch(sentence, q.end, found[i + 1].start):
            q = replace(q, unit=found[i + 1].unit, nouns=found[i + 1].nouns)
        elif q.unit == "fill-in" and out and _UP_FROM.search(sentence, max(0, q.start - 20), q.start):
            q = replace(q, unit=out[-1].unit, nouns=out[-1].nouns, rate=out[-1].rate)
        out.append(q)
        i += 1
    return out


def _with_parts(found: list[Quantity], i: int) -> tuple[Quantity, int] | None:
    """found[i] followed by two to four numbers that add up to it: a total and its parts."""
    total = found[i]
    for k in (2, 3, 4):
        parts = found[i + 1:i + 1 + k]
        if len(parts) == k and total.comparator == "exact" and all(p.comparator == "exact" and p.nouns for p in parts) \
                and sum(p.value for p in parts) == total.value and total.unit in (parts[0].unit, "people", "fill-in"):
            return replace(total, unit=parts[0].unit if total.unit == "fill-in" else total.unit,
                           parts=tuple(Part(p.nouns[0], p.value, p.number) for p in parts),
                           noun_end=parts[-1].noun_end), 1 + k
    return None


class _Runs(NamedTuple):
    """For each number, where the run of numbers joined to it by "and" or commas ends (each number
    exact or of the first one's comparator), and how far its unit and its being a part hold: found
    in one pass from the end, so that a sentence of thousands of numbers is read in linear time."""

    end: list[int]  # found[i:end[i]] is the run that starts at i
    same_unit: list[int]  # found[i:same_unit[i]] have found[i]'s unit
    unfit: list[int]  # unfit[k]: how many of found[:k] cannot be a part (a range, no noun, a rate)


def _runs(sentence: str, found: list[Quantity]) -> _Runs:
    n = len(found)
    end, same_unit, unfit = [n] * n, [n] * n, [0] * (n + 1)
    chain = n  # where the chain of joints from i breaks
    upcoming: dict[str, int] = {}  # comparator -> the first number after i that has it
    for i in range(n - 1, -1, -1):
        if i + 1 < n:
            if not _JOINT.fullmatch(sentence, found[i].noun_end, found[i + 1].start):
                chain = i + 1
            upcoming[found[i + 1].comparator] = i + 1
            if found[i + 1].unit != found[i].unit:
                same_unit[i] = i + 1
            else:
                same_unit[i] = same_unit[i + 1]
        other = min((k for c, k in upcoming.items() if c not in ("exact", found[i].comparator)), default=n)
        end[i] = min(chain, other)
    for k, q in enumerate(found):
        unfit[k + 1] = unfit[k] + (q.value_max is not None or not q.nouns or q.rate)
    return _Runs(end, same_unit, unfit)


def _parts_only(sentence: str, found: list[Quantity], i: int, runs: _Runs) -> tuple[Quantity, int] | None:
    """"roughly 3,000 soldiers and 7,000 police officers": numbers of one unit joined by "and" (the
    first comparator governing all), without their total: one figure, its value their sum."""
    end = runs.end[i]
    if end - i < 2 or not _LAST_JOINT.fullmatch(sentence, found[end - 2].noun_end, found[end - 1].start):
        return None
    first = found[i]
    if runs.unfit[end] > runs.unfit[i] or runs.same_unit[i] < end or first.unit == "fill-in":
        return None
    run = found[i:end]
    total = held([q.value for q in run])
    if total is None:  # a total no record may hold, or that no float holds as written: they stay parts
        return None
    value = whole(total)
    return Quantity(first.start, run[-1].noun_end, value, first.comparator, first.unit, None,
                    tuple(q.nouns[0] for q in run), tuple(Part(q.nouns[0], q.value, q.number) for q in run),
                    total_of_parts=True, noun_end=run[-1].noun_end, number=sentence[first.start:run[-1].noun_end]), \
        len(run)


def _with_noun(sentence: str, reading: Reading, start: int, end: int) -> str:
    """A vague quantity's words with what it counts: "Dozens of soldiers", "a few hundred metres"."""
    k = bisect.bisect_left(reading.tokens, end, key=lambda t: t.start)  # the first token at or after `end`
    last = nouns_at(reading, k)[1]
    return sentence[start:reading.tokens[last - 1].end if last > k else end]
