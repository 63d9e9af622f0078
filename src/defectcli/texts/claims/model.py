"""A claim a user's text makes, as parse.py reads it: a quote, a number or a date, with the words around it that say
whose it is and what it is of."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar


@dataclass(frozen=True)
class Claim:
    kind: str  # quote | number | date
    text: str  # the claim as the sentence writes it
    sentence: int  # which sentence of the text, from 1
    line: int  # the line of the text it is on
    sentence_text: str
    at: int  # where in the sentence the claim starts
    attribution: str | None  # who the sentence says states it: "the NUG" (according to X, X says)
    subjects: tuple[str, ...]  # names the sentence holds, the nearest to the claim first
    words: tuple[str, ...]  # the sentence's content words, lower-case, outside quotations
    near: tuple[str, ...]  # those within eight words of the claim
    close: tuple[str, ...]  # those within three words of it


@dataclass(frozen=True)
class QuoteClaim(Claim):
    quote: str = ""  # the words between the quote marks
    speaker: str | None = None  # who the sentence says said them, as written
    hearer: str | None = None  # who it says was told them or heard them ("A man told Lin Aung: “…”"), as written


@dataclass(frozen=True)
class NumberClaim(Claim):
    value: float = 0
    value_max: float | None = None
    comparator: str = "exact"  # exact more_than less_than at_least at_most about nearly range
    unit: str | None = None  # people, years, years of age, months, baht, storeys, ...
    per: str | None = None  # a rate: month, week, day, year
    counted: tuple[str, ...] = ()  # what is counted, as written ("junta personnel")
    field: str | None = None  # age, age_joined, years_served or intended_service, when the sentence says so; age_by,
    # an age by which something was done ("by 19"), which no record gives
    clause: tuple[str, ...] = ()  # the near words of its own clause ("…, and couples get 1,400": not the 700's)
    paid_to: str | None = None  # a companion the sentence says a sum is paid to ("his wife gets 1,400": wife)
    payee: str | None = None  # whom the sentence says a sum is paid to ("Trainees are paid 700 baht": trainees)
    payers: tuple[str, ...] = ()  # who the sentence says pays a sum, as written ("from the NUG": the NUG)
    happened: tuple[str, ...] = ()  # what its clause says happened to what it counts (numbers/happenings.py)
    whole: tuple[float, float | None, str] | None = None  # the total it is a part of: value, value_max, comparator
    share: tuple[float, float] | None = None  # the share of the whole it is said to be ("a quarter": 1 of 4)
    including: str | None = None  # whom the count says it takes in, as written ("Four people, including X": X)
    end: str | None = None  # the end of a range a superlative says it is, max or min ("the oldest interviewee was 39")
    times: tuple[float, int] | None = None  # a comparison with another sum of its sentence: the multiple of it this sum is
    # said to be ("…, half what couples get": 2), and where that sum's claim starts (compared.py)


@dataclass(frozen=True)
class Counted:
    """A span of time a sentence dates its event by, from another date: "five years before the coup"."""
    amount: int  # signed: after it, more; before it, less
    unit: str  # year | month
    anchor: str | None  # the kind of event counted from ("coup"); "now" ("six years ago"); None: the date written
    written: str  # what the date written is: "anchor" (the one counted from: "the 2021 coup", "February 2021"), "event"
    # (the event's own: "in 2020, a year before the coup"), "" (none: "five years before the coup")
    words: str  # the span as written: "five years before the coup"


@dataclass(frozen=True)
class DateClaim(Claim):
    year: int = 0
    month: int | None = None
    day: int | None = None
    event: str | None = None  # the event kind the sentence's verb names: defection, enlistment, coup, ...
    aside: tuple[str, ...] = ()  # the words of an aside set off right after it ("enlisted in 2020, as a cook")
    agent: str | None = None  # who did the event, as written, where the sentence says ("the NUG staged a coup")
    counted: Counted | None = None  # a span the event is dated by from another date ("a year after the coup")

    def moved(self, date: tuple[int, int | None, int | None], event: str | None, agent: str | None) -> DateClaim:
        """The claim of another date (year, month, day), of `event`, done by `agent`: the date a span gives, or the one
        the name of the event it is counted from writes."""
        return replace(self, year=date[0], month=date[1], day=date[2], event=event, agent=agent, counted=None)


C = TypeVar("C", bound=Claim)


def without(claim: C, said: set[str]) -> C:
    """The claim with the words `said` (who says, not what is claimed) taken out of its context words."""
    def cut(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in words if w not in said)
    out = replace(claim, words=cut(claim.words), near=cut(claim.near), close=cut(claim.close))
    return replace(out, clause=cut(out.clause)) if isinstance(out, NumberClaim) else out
