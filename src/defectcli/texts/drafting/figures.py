"""The figures `draft` suggests for a sentence's numbers, and how they relate to the fact base's.

A number (quantities.py) becomes a suggested figure. A figure of another source is named
beside it only when the two count the same thing:

- the same kind: the same measure (`dollars` with `dollars`, `years of age` with `years of age`)
  or two counts (of persons or things: `people`, `departures`), both single values or both ranges,
  both rates ("a month") or both totals: never a count against an age, a sum against a monthly
  payment;
- the organisations agree: when both the sentence and the figure name who counted (its
  `stated_by`), it is the same one;
- the counted words agree: the figure's topic is a word of the sentence ("defections":
  "defected"), and each thing a count counts ("soldiers", "junta personnel", "departures") is
  among what the figure counts (its `counts`, topic and parts' labels); a count that does not say
  of what relates to nothing.

Then the same value is a note (add this sentence to that figure's evidence), and another value a
suggested conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from ...factbase.models import FactBase, Figure, Organisation, Person
from ..claims.claimant import attribution_of
from ..claims.quoting import blank, quotations
from ..claims.scope import clause_attribution
from .quantities import Aside, Quantity, is_count, quantities
from .speakers import is_outlet, key_of, without_listeners
from .yamltext import number
from .yamltext import scalar as q

Item = list[str]
_FIGURE_TODO = "give topic and counts; check unit, comparator, stated_by and about"
_REPORTING = re.compile(r"\b(according to|said|says|counted|counts|estimated|estimates|reported|reports|recorded|"
                        r"puts|put)\b", re.IGNORECASE)
_RATE = re.compile(r"\b(?:monthly|weekly|daily|annually|yearly|per|a month|a year|a week|a day|each month|each year)\b")
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ees", "ers", "ors", "ed", "es", "s", "er", "or")


_name_key = cache(key_of)  # the fact base's names, asked for again at each sentence


class Said(NamedTuple):
    """Who says a sentence's quotations ("fill-in" or None: not known), and whether all of it is theirs (an answer
    printed after its speaker's name)."""

    speaker: str | None = None
    whole: bool = False


_NO_ONE = Said()


def suggest(fb: FactBase, sid: str, sentence: str, line: int, about: list[str],
            new_id: Callable[[str], str], said: Said = _NO_ONE) -> tuple[list[Item], list[Item], list[Aside]]:
    """The figures (and conflicts) to suggest for `sentence`'s numbers, and the numbers set aside; a number inside a
    quotation is its speaker's (`said`), as `verify` reads it, not the claimant's the sentence names."""
    found, asides = quantities(sentence)
    figures: list[Item] = []
    conflicts: list[Item] = []
    if not found:  # most sentences: what follows is asked only of a sentence with a figure
        return figures, conflicts, asides
    orgs = organisations_named(fb, sentence)
    words = _stems(sentence)  # once per sentence, not once per number and figure
    if len(found) > MOST_FIGURES:  # a list of numbers, not an article's sentence: the rest are the user's to add
        left = ", ".join(sentence[f.start:f.end] for f in found[MOST_FIGURES:MOST_FIGURES + 3])
        asides.append(Aside(left + ("…" if len(found) > MOST_FIGURES + 3 else ""),
                            f"{len(found) - MOST_FIGURES} more numbers in this sentence than the {MOST_FIGURES} that get a "
                            "suggested figure; add a figure for any of them that the text states"))
        found = found[:MOST_FIGURES]
    quoted = [(0, len(sentence))] if said.whole else quotations(sentence)
    for n, quantity in enumerate(found):
        # (a plain number in an id, as check takes one: 2000000, 2-5, 0-00001; `:g` wrote 2e+06 and 2.5)
        rid = new_id(f"{sid}-figure-{line}" + (f"-{number(quantity.value).replace('.', '-')}" if n else ""))
        wording = sentence[quantity.start:quantity.end]
        excerpt = around(sentence, quantity.start, quantity.end)
        notes: list[str] = []
        by_whom = stated_by(fb, sentence, quantity.start)
        if any(a <= quantity.start < b for a, b in quoted):
            known = said.speaker not in (None, "fill-in")
            by_whom = said.speaker if known else None
            notes.append("The number is inside a quotation: the speaker's words, stated_by " + (
                f"{said.speaker}, who says them." if known else "the one who says them (give their id)."))
        for f in fb.figures:
            same_value = (f.value, f.value_max) == (quantity.value, quantity.value_max)
            if f.source == sid or not _same_thing(f, quantity, words, orgs, same_value):
                continue
            if same_value:
                notes += [f"The fact base has figure {f.id} ({f.source}: {f.wording}, {f.counts}) of the same value: if "
                          f"this is the same quantity, add this sentence to {f.id}'s evidence instead of this record:",
                          "  evidence:", f"    - {{source: {sid}, excerpt: {q(excerpt)}}}"]
            else:
                notes += [f"The fact base has figure {f.id} ({f.source}: {f.wording}, {f.counts}), which counts the "
                          "same thing with another value: keep this figure and the conflict suggested under conflicts."]
                conflicts.append(_conflict(f, sid, rid, wording, new_id))
        parts = [f"    - {{label: {q(p.label)}, value: {number(p.value)}, wording: {q(p.wording)}}}" for p in quantity.parts]
        if quantity.total_of_parts:
            notes += ["The text gives this number as its parts only: the value is their sum."]
        figures.append([f"# {sid}:{line}: {excerpt}", *(f"# {note}" for note in notes), f"- id: {rid}",
                        "  topic: fill-in", f"  counts: {q('fill in: what is counted')}", f"  value: {number(quantity.value)}",
                        f"  comparator: {quantity.comparator}",
                        *([f"  value_max: {number(quantity.value_max)}"] if quantity.value_max is not None else []),
                        f"  unit: {q(quantity.unit)}", f"  wording: {q(wording)}",
                        *(["  parts:", *parts] if parts else []),
                        *([f"  derivation: {q('the sum of its parts: the text gives no total')}"]
                          if quantity.total_of_parts else []),
                        *([f"  stated_by: {by_whom}"] if by_whom else []),
                        *([f"  about: [{', '.join(about)}]"] if about else []), f"  source: {sid}",
                        f"  excerpt: {q(excerpt)}", f"  draft: {q(_FIGURE_TODO)}"])
    return figures, conflicts, asides


# A figure's excerpt is its sentence, unless the sentence is long: then the words around its number, so
# that a sentence of many numbers is not repeated whole with each (a draft grew to 2 GB from 10 MB).
SHORT = 300
NEAR = 120
MOST_FIGURES = 12  # suggested for one sentence; a real article's sentence states a few numbers


def around(sentence: str, start: int, end: int) -> str:
    """The sentence, or, in a long one, the clause around [start, end): from the last mark of a clause
    (, ; : before a space, – —) within NEAR characters before it to the next one after it (words kept
    whole). Verbatim: a part of the sentence as written."""
    if len(sentence) <= SHORT:
        return sentence
    lo = max(0, start - NEAR)
    marks = [m.end() for m in _CLAUSE.finditer(sentence, lo, start)]
    a = marks[-1] if marks else (0 if lo == 0 else sentence.rfind(" ", 0, lo) + 1)
    stop = _CLAUSE.search(sentence, end, min(len(sentence), end + NEAR))
    if stop:
        b = stop.start()
    else:
        b = sentence.find(" ", min(len(sentence), end + NEAR))
        b = len(sentence) if b < 0 else b
    return sentence[a:b].strip()


_CLAUSE = re.compile(r"[,;:](?=\s)|\s[–—]\s")


def organisations_named(fb: FactBase, sentence: str) -> set[str]:
    """The fact base's organisations the sentence names, but outlets and who was told."""
    folded = f" {key_of(without_listeners(sentence))} "
    media = media_names(fb)
    return {o.id for o in fb.organisations if o.kind != "media"
            for name in (o.name, *o.aliases) if len(key := _name_key(name)) >= 3 and f" {key} " in folded
            and not is_outlet(name, media)}


def media_names(fb: FactBase) -> set[str]:
    return {_name_key(name) for o in fb.organisations if o.kind == "media" for name in (o.name, *o.aliases)}


def stated_by(fb: FactBase, sentence: str, at: int = 0) -> str | None:
    """The organisation or person the sentence gives the number at `at` to ("according to the Harbour Board",
    "the harbour board has counted"): the one actor its clause's claimant is, as `verify` reads the claimant ("X
    counts 2,500, while Y says 3,000": Y's 3,000), never one told, nor what the number counts ("…are police
    officers, the network says": the network, no actor known), nor one whose name is a word of the claimant's
    ("the Police Defectors Network" is not the police)."""
    if not _REPORTING.search(sentence):
        return None
    blanked = blank(sentence, quotations(sentence))
    said = clause_attribution(blanked, attribution_of(blanked))(at)  # (none read: "the harbour board has counted")
    key = key_of(without_listeners(said)) if said is not None else ""
    actors: list[Organisation | Person] = [*fb.organisations, *fb.people]
    if said is not None:
        named = {actor.id for actor in actors if not isinstance(actor, Person) or (
            actor.name_status != "unnamed" and not actor.group) for name in (actor.name, *actor.aliases)
            if _name_key(name) == key}
        return named.pop() if len(named) == 1 else None
    folded = f" {key_of(without_listeners(sentence))} "
    named = set()
    for actor in actors:
        if isinstance(actor, Person) and (actor.name_status == "unnamed" or actor.group):
            continue
        for name in (actor.name, *actor.aliases):
            key = _name_key(name)
            if len(key) >= 3 and f" {key} " in folded:
                named.add(actor.id)
    return named.pop() if len(named) == 1 else None


def _same_thing(f: Figure, quantity: Quantity, words: frozenset[str], orgs: set[str], same_value: bool) -> bool:
    """Whether `f` counts what `quantity` does (see above); of the same value, its topic need not be
    a word of the sentence (the note only asks to check). `words`: the sentence's, stemmed."""
    counts = is_count(f.unit) and is_count(quantity.unit)
    if quantity.unit == "fill-in" or (_unit(f.unit) != _unit(quantity.unit) and not counts):
        return False
    if (f.value_max is None) != (quantity.value_max is None) or _is_rate(_rate_words(f)) != quantity.rate:
        return False
    if f.stated_by and orgs and f.stated_by not in orgs:
        return False
    if not same_value and not _terms(f.topic) & words:
        return False
    if not (counts or quantity.unit == "years of age"):
        return True  # a measure: its unit says what it is
    counted = [*quantity.nouns, *(p.label for p in quantity.parts)]
    if not counted:
        return False  # a count that does not say of what
    theirs = _terms(" ".join([f.counts, f.topic, *(p.label for p in f.parts)]))
    return all(_terms(noun) & theirs for noun in counted)


def _stems(sentence: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", key_of(sentence)))


@cache
def _is_rate(words: str) -> bool:
    return bool(_RATE.search(words))


def _rate_words(f: Figure) -> str:
    return f"{f.counts} {f.unit} {f.wording}".lower()


@cache
def _terms(text: str) -> frozenset[str]:
    """The stemmed words of `text` (folded)."""
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", key_of(text)))


@cache  # pure, and asked for each number against each figure of the fact base
def _unit(unit: str) -> str:
    """A unit without its rate ("baht per month": baht; the rate is compared apart) or plural s."""
    return re.sub(r"\s+(?:per|a|an|each|every)\s+\w+$", "", unit.lower()).removesuffix("s")


@cache
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _conflict(f: Figure, sid: str, rid: str, wording: str, new_id: Callable[[str], str]) -> Item:
    cid = new_id(f"{f.id}-{sid}")
    return [f"# {f.id} ({f.source}) and {rid} ({sid}) count the same thing with different values.",
            f"- id: {cid}", "  kind: disagreement", f"  topic: {q(f.topic)}",
            f"  summary: {q('fill in: who counts what, and when')}", "  claims:",
            f"    - {{source: {f.source}, excerpt: {q(f.wording)}, figure: {f.id}, rating: reported}}",
            f"    - {{source: {sid}, excerpt: {q(wording)}, figure: {rid}, rating: reported}}",
            f"  draft: {q('keep only if both count the same quantity; write the summary')}"]
