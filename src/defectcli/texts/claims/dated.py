"""The date claims of a sentence, for parse.py: each date, of the event its clause's verb names (events.py), and each
span that dates that event from another date (counted.py). "Zay Thu Aung defected a year after the 2021 coup": the
2021 is the coup's, and the claim is of his defection, a year after it (verdicts/counted.py holds the coup's date
against its record first); "Lin Aung enlisted five years before the coup", with no date written, is a claim of its
own; "Lin Aung enlisted in 2020, a year before the coup" is his enlistment's date, which the span must agree with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...numbers.amounts import Reading
from .about import about, together
from .agents import agent_of
from .asides import described
from .beside import date_aside
from .context import each, near
from .counted import Span, spans
from .events import EVENT_VERBS, OTHER, event_near
from .model import Claim, Counted, DateClaim, NumberClaim
from .negation import negated
from .yearof import year_of


def date_claims(reading: Reading, blanked: str, names: list[tuple[str, int]], asides: list[tuple[int, int]],
                named: frozenset[int], base: dict[str, Any], joined: Reading) -> list[Claim]:
    """The sentence's date claims, in order of their dates (a span with no date written: of the span). `blanked`: the
    sentence as read (quotations blanked); `named`: where its names start; `base`: what each of its claims holds;
    `joined`: the reading with its phrases of joining as "joined" (joinings.py), whose dates and verbs are the events'."""
    toks, words = reading.tokens, reading.words
    counts = [s for s in spans(words, [(d.start, d.end) for d in joined.dates]) if not negated(words, s.start, s.end)]
    used: set[Span] = set()
    found: list[Claim] = []
    for date in joined.dates:
        if date.year is None or negated(words, date.start, date.end):
            continue  # a day of a month ("March 3") dates nothing checkable; "not in 2020" states no date
        span = next((s for s in counts if s.date == (date.start, date.end)), None)  # the date its anchor's words write
        event, verb = _event_of(joined.words, span, named) if span else event_near(joined.words, date.start, named)
        if span is not None and event is None:  # ("Three years after the 2021 coup, a surge": the coup's date alone)
            span = None
            event, verb = event_near(joined.words, date.start, named)
        counted = _counted(reading, span, "anchor", blanked) if span else None
        aside = date_aside(reading, date.start, date.end) if span is None else ()
        if span is None and (own := _own(joined.words, counts, event, named)) is not None:
            used.add(own)  # "Lin Aung enlisted in 2020, a year before the coup": his enlistment's date, and the span's
            counted = _counted(reading, own, "event", blanked)
            aside = () if own.start >= date.end else aside  # (the span set off after it, which the span's check holds)
        at, end = reading.span(date.start, date.end)
        dated = DateClaim(kind="date", text=blanked[at:end], at=at,
                          subjects=about(names, blanked, asides, toks, words, date.start, date.end, verb),
                          near=near(words, date.start), close=near(words, date.start, 3), year=date.year,
                          month=date.month, day=date.day, event=event, counted=counted, aside=aside,
                          agent=agent_of(toks, words, blanked, verb), **base)
        shared = year_of(dated) if span is None else None
        found.extend(shared or each(together(names, toks, words, date.start, date.end, verb), dated))
    for span in counts:
        if span.date is not None or span in used or (counted := _counted(reading, span, "", blanked)) is None:
            continue
        event, verb = _event_of(joined.words, span, named)
        subjects = about(names, blanked, asides, toks, words, span.start, span.end, verb)
        if event is None or (not subjects and event == OTHER) or (counted.anchor == "now" and (
                not subjects or event not in _DONE_BY_ONE)):
            continue  # "Three years after the coup, the economy collapsed": no event of anyone's the fact base dates;
            # "a coup two years ago": a sentence of no one's doing, whose date from now no record could give
        at, end = reading.span(span.start, span.end)
        dated = DateClaim(kind="date", text=blanked[at:end], at=at, subjects=subjects, near=near(words, span.start),
                          close=near(words, span.start, 3), event=event, counted=counted,
                          agent=agent_of(toks, words, blanked, verb), **base)
        found.extend(each(together(names, toks, words, span.start, span.end, verb), dated))
    return sorted(found, key=lambda c: c.at)


_DONE_BY_ONE = frozenset(("enlistment", "defection", OTHER))  # what one person does: "Lin Aung enlisted six years ago"


def _counted(reading: Reading, span: Span, written: str, blanked: str) -> Counted | None:
    """What `span` says: how long, from what (the kind of event its noun names; "now"; None: the date written); None
    when its noun names no kind of event."""
    anchor = "now" if span.noun is None and span.date is None else None
    if span.noun is not None:
        anchor = next((kind for kind, verbs in EVENT_VERBS.items() if reading.words[span.noun] in verbs), None)
        if anchor is None:
            return None
    at, end = reading.span(span.start, span.end)
    return Counted(span.amount, span.unit, anchor, written, blanked[at:end])


def _own(words: list[str], counts: list[Span], event: str | None, named: frozenset[int]) -> Span | None:
    """The span from a named event that dates the same kind of event as a date that is that event's own ("in 2020, a
    year before the coup"), if any."""
    if event is None or event == OTHER:
        return None
    return next((s for s in counts if s.date is None and s.noun is not None and _event_of(words, s, named)[0] == event),
                None)


def _event_of(words: list[str], span: Span, named: frozenset[int]) -> tuple[str | None, int | None]:
    """The kind of event a span dates, and where its word is: its clause's, the span read as the phrase it is ("It was
    three years following the coup that X defected"), not as a clause of its own after "after" or "before"."""
    if words[span.relation] in ("after", "before"):
        words = [*words[:span.relation], "following", *words[span.relation + 1:]]
    return event_near(words, span.start, named)


def date_claimant(date: DateClaim, blanked: str, attribution_at: Callable[[int], str | None],
                  claims: list[Claim]) -> str | None:
    """Who the sentence says states the date: its clause's claimant, as a number's ("Defections peaked in 2021,
    People's Embrace says"); none where the date only describes someone ("Lin Aung, who enlisted in 2020, said …") or
    sets the scene of a number that claimant states ("Since the coup in February 2021, 12,341 have defected, according
    to People's Embrace": the count is theirs, the coup's date the writer's)."""
    aside = described(blanked, date.at)
    said = None if aside is not None and aside[2] else attribution_at(date.at)
    if said is not None and any(isinstance(c, NumberClaim) and c.attribution == said for c in claims):
        return None
    return said
