"""The date claims of a sentence, for parse.py: each date, of the event its clause's verb names (events.py)."""

from __future__ import annotations

from typing import Any

from ...numbers.amounts import Reading
from .about import about, together
from .agents import agent_of
from .beside import date_aside
from .context import each, near
from .events import event_near
from .model import Claim, DateClaim
from .negation import negated
from .yearof import year_of


def date_claims(reading: Reading, blanked: str, names: list[tuple[str, int]], asides: list[tuple[int, int]],
                named: frozenset[int], base: dict[str, Any], joined: Reading) -> list[Claim]:
    """The sentence's date claims, in order. `blanked`: the sentence as read (quotations blanked); `named`: where its
    names start; `base`: what each of its claims holds; `joined`: the reading with its phrases of joining as "joined"
    (joinings.py), whose dates and verbs are the events'."""
    toks, words = reading.tokens, reading.words
    found: list[Claim] = []
    for date in joined.dates:
        if date.year is None or negated(words, date.start, date.end):
            continue  # a day of a month ("March 3") dates nothing checkable; "not in 2020" states no date
        at, end = reading.span(date.start, date.end)
        event, verb = event_near(joined.words, date.start, named)
        dated = DateClaim(kind="date", text=blanked[at:end], at=at,
                          subjects=about(names, blanked, asides, toks, words, date.start, date.end, verb),
                          near=near(words, date.start), close=near(words, date.start, 3), year=date.year,
                          month=date.month, day=date.day, event=event, aside=date_aside(reading, date.start, date.end),
                          agent=agent_of(toks, words, blanked, verb), **base)
        found.extend(year_of(dated) or each(together(names, toks, words, date.start, date.end, verb), dated))
    return found
