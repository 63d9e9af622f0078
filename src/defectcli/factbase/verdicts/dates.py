"""The verdict on a date: which event (or dated attribute) the sentence speaks of, then its date.

The event is the named person's event of the kind the sentence's verb names ("defected": their
defection), or, when the sentence names no one, an event no person is tied to whose kind or name
the sentence's words give ("the coup"). A date matches when the record's date lies within the
claim's ("in 2021" holds the coup of 2021-02-01); a claim more precise than its record ("March
2020" where the record says 2020, "2024" where it says 2024 or later) is not stated, so it differs,
as does a date outside the record's. A disputed date is disputed whatever reading the claim takes.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from ...numbers.happenings import foreign_force
from ...numbers.vocabulary import ARMED_SERVICES, BRANCHES
from ...shapes import Row
from ...text import fold
from ...written import MONTHS, date_in_words
from ..dates import disjoint, span
from ..models import Event
from ..vocabulary import VOCAB
from .evidence import GENERIC, ClaimLike, Evidence, Found, Verdict, name_of, terms
from .happened import said_aside

# The kinds of event a record may be; a claim's verb may name another ("left the army"), which no record is.
_KINDS = VOCAB[(Event, "kind")]
# Words that say an event took place, whatever it was: "Operation 1027 took place" is not the coup that "took place".
_HAPPENING = terms(["took take takes taken place happened happens occurred occurs began begin begins begun started start "
                    "starts came"])
# Attributes that date an event of a kind: the year someone joined is their enlistment.
DATED_FIELDS = {"enlistment": "year_joined"}


class DateLike(ClaimLike, Protocol):
    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...
    @property
    def event(self) -> str | None: ...
    @property
    def aside(self) -> tuple[str, ...]: ...
    @property
    def close(self) -> tuple[str, ...]: ...
    @property
    def sentence_text(self) -> str: ...
    @property
    def agent(self) -> str | None: ...


def claimed(claim: DateLike) -> tuple[str, tuple[str, str]]:
    """The claim's date as written in ISO form, and its span of days."""
    if claim.day is not None and claim.month is not None:
        text = f"{claim.year:04d}-{claim.month:02d}-{claim.day:02d}"
    elif claim.month is not None:
        text = f"{claim.year:04d}-{claim.month:02d}"
    else:
        text = f"{claim.year:04d}"
    days = span(text)
    if days is None or days[0] is None or days[1] is None:  # 30 February: a day that is not
        return text, ("9999-12-31", "0000-01-01")
    return text, (days[0], days[1])


def may_date(e: Row, subjects: set[str]) -> bool:
    """Whether a claim whose sentence names `subjects` may date event `e`: a person's event only when
    the sentence names them."""
    people = set(e.get("people") or ())
    return not people or bool(people & subjects)


def _event_score(claim: DateLike, e: Row, subjects: set[str]) -> float | None:
    """How surely the claim dates event `e`: its kind is the one the sentence's verb names, or its
    words are the sentence's; a person's event only when the sentence names them. None: not it."""
    if not may_date(e, subjects):
        return None
    people = set(e.get("people") or ())
    words = terms([e.get("name"), e.get("kind"), *(x.get("excerpt") for x in e.get("evidence") or ())]) - GENERIC - _HAPPENING
    named = terms(claim.subjects)
    close, near = terms(claim.close) - GENERIC - named, terms(claim.near) - GENERIC - named
    said = 2.0 * len(close & words) + 1.0 * len((near - close) & words)
    kind = claim.event is not None and e.get("kind") == claim.event
    if e.get("kind") == "enlistment" and "polic" in words:  # a joining of the police, as the record says it
        if kind and _ARMED & set(claim.near):
            return None  # "Ko Htet joined the army in 2012" of a police officer's joining
        kind = kind or (claim.event == "other" and "police" in claim.near and bool(_JOINING & set(claim.near))
                        and not _ARMED & set(claim.near))  # (not "joined the police in 2012 (as a sailor)")
    if kind and e.get("kind") == "enlistment" and (_another_branch(claim, words) or foreign_force(claim.sentence_text)):
        return None  # "Lin Aung joined the navy (the Thai military) in 2020": his enlistment names no navy
    if (claim.event is not None and not kind) or (claim.event is None and people):
        return None  # another kind of event (a defection is no peak of defections); a person's, only by its kind
    if not kind and not said:
        return None  # neither its kind nor its words: "Lin Aung's wife died in 2020" is not his enlistment
    # the kind the verb names outweighs any words: "The coup on 1 February 2021 led to a surge" is the coup
    return said + (10.0 if kind else 0.0) + (1.0 if people & subjects else 0.0)


_ARMED = ARMED_SERVICES | {"armed", "soldier", "sailor", "airman", "pilot", "marine"}  # (and who serve in them)
# A branch of the military, or who serve in one, that the military's own words do not name ("the army" is the
# military, as the articles call it): a joining the sentence gives one must be the record's
_BRANCHES = BRANCHES | {"sailor", "airman", "pilot", "marine", "naval"}


def _another_branch(claim: DateLike, own: set[str]) -> bool:
    """Whether the sentence names a branch (navy, air force, infantry) that `own`, a record's words, do not."""
    named = _BRANCHES & set(claim.near)
    return bool(named) and not terms(named) <= own
_JOINING = frozenset(("joined", "join", "joins", "enlisted", "enlist", "entered", "signed"))


def date_verdict(claim: DateLike, found: Found) -> Verdict:
    verdict = _date_verdict(claim, found)
    if verdict.verdict == "matches" and (off := _off_its_anchor(claim, found)) is not None:
        return off  # "Zeya Hein enlisted in 2014 (the year before the coup)": his year, not the one before the coup
    if verdict.verdict == "matches" and (other := _said_by_another(claim, verdict, found)) is not None:
        return other
    if claim.day is not None and claim.month is not None:
        last = calendar.monthrange(claim.year, claim.month)[1]
        if claim.day > last:  # "31 September": the claim is wrong whatever the fact base holds
            month = MONTHS[claim.month - 1]
            return replace(verdict, reason=f"no such day: {month} {claim.year} has {last} days; {verdict.reason}")
    return verdict


def _date_verdict(claim: DateLike, found: Found) -> Verdict:
    subjects = set(found.subjects)
    iso, days = claimed(claim)
    written = date_in_words(iso)  # as the fact base's dates are written in every view
    scored = [(s, e) for e in found.events if (s := _event_score(claim, e, subjects)) is not None]
    scored.sort(key=lambda t: -t[0])
    if scored:
        e = scored[0][1]
        if (doers := _doers(e, found)) is not None:
            who = re.sub(r"^The\b", "the", claim.agent or "")
            return Verdict("not_found", f"the fact base's {e['id']} ({date_words(e.get('date') or {})}) names "
                           f"{doers} as whose it is, not {who}", (event_evidence(e, e["name"]),))
        if unsaid := said_aside(claim.aside, [e.get("name"), *(x.get("excerpt") for x in e.get("evidence") or ()),
                                              *_known(found, e.get("people") or ())]):
            return Verdict("not_found", f"the fact base's {e['id']} ({date_words(e.get('date') or {})}) does not say "
                           f"what this sentence does: {unsaid}", (event_evidence(e, e["name"]),))
        return _against_event(claim, e, written, days, found)
    field = DATED_FIELDS.get(claim.event or "")
    army = bool(_ARMED & set(claim.near))  # ("joined the army" of a police officer)
    dated = [a for a in found.attributes if a.get("field") == field and a.get("person") in subjects and not (
        army and "polic" in terms([a.get("excerpt"), *(a.get("branches") or ())])) and not _another_branch(
        claim, terms([a.get("excerpt"), *(a.get("branches") or ())])) and not foreign_force(claim.sentence_text)] \
        if field else []
    if dated:
        if unsaid := said_aside(claim.aside, [dated[0].get("excerpt"), *_known(found, [dated[0]["person"]])]):
            return Verdict("not_found", f"the fact base's {dated[0]['person']} ({dated[0]['field']} {dated[0]['value']}) "
                           f"does not say what this sentence does: {unsaid}")
        return _against_attribute(dated[0], written, days, found)
    who = f" for {name_of(found, found.subjects[0])}" if found.subjects else ""
    what = f" {claim.event}" if claim.event in _KINDS else " event"
    # what it does date of them, so that "no dated event" is not read as "nothing dated at all"
    theirs = [e for e in found.events if found.subjects and found.subjects[0] in (e.get("people") or ())
              and (e.get("date") or {}).get("value")]
    known = "; it dates " + ", ".join(f"their {e['kind']} ({date_words(e['date'])})" for e in theirs[:3]) \
        if theirs else ""
    return Verdict("not_found", f"the fact base has no dated{what}{who} that this could be{known}")


def _said_by_another(claim: DateLike, verdict: Verdict, found: Found) -> Verdict | None:
    """`misattributed` when the sentence says someone states the date ("…, People's Embrace says") and the record is the
    article's own word on an event or a person that is none of theirs; else None. As for a figure the article states
    itself: whom the date is of may say it ("Lin Aung says he enlisted in 2020"), and so may the article's outlet."""
    if not claim.attribution or not verdict.evidence:
        return None
    ev = verdict.evidence[0]
    events = [e for e in found.events if e["id"] == ev.id]
    theirs = {ev.id} if ev.kind == "person" else {
        d for e in events for d in (*(e.get("people") or ()), *(e.get("organisations") or ()))}
    named = found.named or frozenset()
    if named & theirs or ev.source in found.voiced:
        return None
    said = [fold(n) for n in (claim.attribution.removeprefix("the "), *(found.names.get(i, "") for i in named)) if n]
    excerpts = [fold(str(x.get("excerpt") or "")) for e in events for x in e.get("evidence") or ()] or [fold(ev.excerpt)]
    if any(n in x for n in said for x in excerpts):
        return None  # the record's own words give it as theirs ("…, the council said")
    theirs_said = [fold(s) for s in found.stated]
    if any(x and x in s for x in excerpts for s in theirs_said):
        return None  # their own words, as another record gives them, hold the record's
    known = "" if found.named is None or named else f"; the fact base knows no {claim.attribution!r}"
    return Verdict("misattributed", f"the date is stated by the article itself ({ev.source}), not {claim.attribution}"
                   f"{known}", verdict.evidence)


def _doers(e: Row, found: Found) -> str | None:
    """Who did event `e`, by name, when the sentence names another doer ("The NUG staged a coup"); else None."""
    doers = [*(e.get("organisations") or ()), *(e.get("people") or ())]
    if found.agents is None or not doers or set(found.agents) & set(doers):
        return None
    return " and ".join(found.names.get(d, d) for d in doers)


def _off_its_anchor(claim: DateLike, found: Found) -> Verdict | None:
    """`differs` when an aside names the date's year as the one before or after an event ("in 2014 (the year before
    the coup)") and the fact base dates that event to another year than that; else None (the aside is read as any)."""
    aside = list(claim.aside)
    at = next((k for k in range(len(aside) - 2) if aside[k] == "year" and aside[k + 1] in ("before", "after")), None)
    if at is None:
        return None
    relation, noun = aside[at + 1], aside[at + 2]
    e = next((e for e in found.events if e.get("kind") == noun and len(str((e.get("date") or {}).get("value") or "")) >= 4
              and str(e["date"]["value"])[:4].isdecimal()), None)
    if e is None:
        return None
    year = int(str(e["date"]["value"])[:4]) + (-1 if relation == "before" else 1)
    if claim.year == year:
        return None
    return Verdict("differs", f"the year {relation} the {noun} is {year}, not {claim.year}: the fact base dates the {noun} "
                   f"{date_words(e['date'])}", (event_evidence(e, e["name"]),))


def _known(found: Found, people: Iterable[str]) -> list[str]:
    """What the people's records say they are (rank, roles, branch, why they joined): an aside may say it."""
    ids = set(people)
    return [str(w) for a in found.attributes if a.get("person") in ids
            for w in (*(a.get("known_as") or ()), *(a.get("motives") or ()), *(a.get("branches") or ()))]


def event_evidence(e: Row, says: str) -> Evidence:
    ev = (e.get("evidence") or [{}])[0]
    return Evidence("event", e["id"], ev.get("source"), None, str(ev.get("excerpt") or ""), says)


def date_words(date: Row) -> str:
    value = date.get("value")
    if not value:
        return "undated"
    text = date_in_words(value)
    return f"{text} ({date.get('basis')})" if date.get("basis") == "inferred" else text


def _against_event(claim: DateLike, e: Row, written: str, days: tuple[str, str], found: Found) -> Verdict:
    date = e.get("date") or {}
    conflicts = [c for c in found.conflicts if any(x.get("event") == e["id"] for x in c["claims"])]
    more = tuple(Evidence("conflict", c["id"], None, None, str(c.get("topic") or ""), str(c.get("summary") or ""))
                 for c in conflicts)
    says = f"{e['name']}: {date_words(date)}"
    evidence = (event_evidence(e, says), *more)
    disputed = date.get("disputed")
    if disputed:
        readings = [r["value"] for r in disputed["readings"]]
        shown = " or ".join(readings)
        if any(not disjoint(days, s) for s in (span(r) for r in readings) if s is not None):
            return Verdict("disputed", f"the sources disagree on when: {shown} (conflict {disputed['conflict']})",
                           evidence)
        return Verdict("differs", f"the fact base dates it {shown}, disputed (conflict {disputed['conflict']}), "
                       f"never {written}", evidence)
    record = span(date.get("value"))
    if record is None:
        return Verdict("not_found", f"the fact base has the event ({e['id']}) but gives it no date", evidence)
    note = "; see conflict " + ", ".join(c["id"] for c in conflicts) if conflicts else ""
    if disjoint(days, record):
        return Verdict("differs", f"the fact base dates it {date_words(date)}, not {written}{note}", evidence)
    period = "/" in str(date.get("value")) or date.get("precision") == "period"
    if not period and record[0] is not None and record[1] is not None and days[0] <= record[0] \
            and record[1] <= days[1]:
        inferred = " (inferred)" if date.get("basis") == "inferred" else ""
        return Verdict("matches", f"dated {date['value']}{inferred}", evidence)
    return Verdict("differs", f"the fact base dates it only as {date_words(date)}, not {written} itself{note}",
                   evidence)


def _against_attribute(a: Row, written: str, days: tuple[str, str], found: Found) -> Verdict:
    value = str(a.get("value"))
    record = span(value)
    says = f"{name_of(found, a['person'])}: {a['field']} {value}"
    evidence = (Evidence("person", a["person"], a.get("source"), None, str(a.get("excerpt") or ""), says),)
    if record is None or disjoint(days, record):
        return Verdict("differs", f"the fact base says {value}, not {written}", evidence)
    if record[0] is not None and record[1] is not None and days[0] <= record[0] and record[1] <= days[1]:
        return Verdict("matches", f"stated by the article ({a.get('source')})", evidence)
    return Verdict("differs", f"the fact base gives only {value}, not {written}", evidence)

