"""The title a sentence gives whom a claim is of, held against what that one's record says they are: a rank, service
or job written as a title before the name ("Police officer Lin Aung joined …", "Major Zay Thu Aung said") or set off
after it ("Lin Aung, a police officer, said") that the record does not give them leaves a claim that would match
`not_found`, as a description of an unnamed speaker the record does not give is (quotes.py); the reason names the
title, and the rank and service the record gives. A title the record gives ("Captain Zay Thu Aung", "the former air
force captain", "the air force officer" of a captain) changes nothing. So for a service the claim's own words say he
served in ("18 years in the army", "with the police"): one the record does not give (services.py) leaves a claim that
would match, or is not found, `not_found`, the reason naming it. The title is read in texts/claims/titles.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...numbers.amounts import Amount, read
from ...numbers.happenings import IN, WORD
from ..names import CANONICAL
from .evidence import ClaimLike, Found, Verdict, name_of, norm_words, terms
from .services import SERVICES, fits, given, held, services


def unfit(found: Found, record: set[str] | None = None) -> list[str]:
    """The words of the title the sentence gives that the record of the one it names does not hold: a service it does
    not give (services.py; `record`, the services it gives, else those of the words it knows them by), or a rank or
    job not in the words it knows them by."""
    known = terms([found.known_as])
    ranks = {CANONICAL.get(w, w) for w in norm_words(found.known_as)}
    said, rest = services(found.title)
    record = held(found.known_as) if record is None else record
    return [s for s in said if not fits(s, record)] + [w for w in rest if CANONICAL.get(w.lower(), w.lower()) not in
                                                        ranks and not terms([w]) <= known]


def titled(verdict: Verdict, found: Found, around: Sequence[str] = ()) -> Verdict:
    """The verdict, but `not_found` for a claim that matches of one the sentence gives a title their record does not,
    or says served in a service it does not give, in the words `around` the claim ("18 years in the army"); a claim
    not found so, with the service named."""
    # the services the record gives: its branch, or, where it names none, what the record that decides a match says
    # ("Aye Chan joined the police in 2011": her enlistment's); a claim not found is left so, but for the reason
    record = held(found.known_as)
    if not found.titled or (verdict.verdict != "matches" and (verdict.verdict != "not_found" or not record)):
        return verdict
    record = record or held(" ".join(e.excerpt for e in verdict.evidence if e.kind in ("person", "event")))
    off = unfit(found, record)
    away = [s for s in services(around)[0] if not fits(s, record) and s not in off] + served_others(around, found)
    serving = bool(away or set(off) & SERVICES)  # (a claim not found: only for the service)
    if not serving and (verdict.verdict != "matches" or not off):
        return verdict
    gives = f" (it gives {found.rank})" if found.rank else f" (it gives {given(record)})" if serving else ""
    who = name_of(found, found.titled)
    said = [f"call {who} {', '.join(f'“{w}”' for w in off)}"] if off else []
    said += [f"say {who} served in the {' or the '.join(away)}"] if away else []
    return Verdict("not_found", f"the fact base does not {' or '.join(said)}, as the sentence does{gives}; otherwise: "
                   f"{verdict.reason}", verdict.evidence)


def served_others(around: Sequence[str], found: Found) -> list[str]:
    """The organisations the sentence names, none an armed service, that its words `around` a claim say its person
    served ("Zay Thu Aung served the NUG for 18 years"): no record says one served them."""
    out = []
    for k in (k for k, w in enumerate(around) if w in _SERVED):
        j = next((j for j in range(k + 1, len(around)) if around[j] not in _LEADING), len(around))
        out += [name for oid, name in found.names.items() if oid not in found.mentioned and around[j:j + 1] and
                around[j] in {*norm_words(name), *oid.split("-")} and not services([*norm_words(name), oid])[0]]
    return list(dict.fromkeys(out))


_SERVED = frozenset(("served", "serving", "serves", "serve"))
_LEADING = frozenset(("in", "with", "for", "under", "the", "a", "an"))


def around(claim: ClaimLike) -> tuple[str, ...]:
    """The words where a claim's sentence may say whom it is of served: a number's own clause and the words read beside
    it, a date's near words; not who says it ("Lin Aung, the police say, enlisted in 2020"), nor a quotation's."""
    said = set(norm_words(claim.attribution or ""))
    words = (*getattr(claim, "clause", ()), *beside(getattr(claim, "happened", ()))) if claim.kind == "number" else \
        claim.near if claim.kind == "date" else ()
    return tuple(w for w in words if w not in said)


def beside(happened: Iterable[str]) -> list[str]:
    """The words a number's happenings read beside it ("word:army", "in:air force", "word:as>army"): where "For 18
    years, X served in the army" says he served, which its clause does not hold."""
    return [w for k in happened if k.startswith((WORD, IN)) for w in k.partition(":")[2].rpartition(">")[2].split()]


def numbers_unfit(description: str, clause: str, record: Iterable[float]) -> list[str]:
    """The numbers of a description of an unnamed speaker that the speaker's record holds none of (`record`: its
    attributes' values, the numbers of its label and description, and the figures about them), as written: an age or a
    span of time ("the 19-year-old", "the defector who signed a ten-year agreement"), and in its clause a bare one or a
    count ("who joined at 16", "who lost nine comrades"); not a count of the others ("one of the seven defectors")."""
    held = {float(v) for v in record}
    out = []
    for text, units in ((description[:len(description) - len(clause)], _SPANS), (clause, (*_SPANS, None, "people"))):
        reading = read(text)
        for a in reading.amounts:
            if a.unit in units and not any(_within(a, v) for v in held):
                tokens = reading.tokens
                out.append(reading.text[tokens[a.start][1]:tokens[max(a.start, a.unit_end - 1)][2]])
    return out


_SPANS = ("years", "months", "weeks", "days", "decades", "years of age")


def _within(a: Amount, held: float) -> bool:
    """Whether a record's value is what the amount says, with its bound or range ("nearly two decades" of 18 years)."""
    scale = 10 if a.unit == "decades" else 1  # ("two decades": 20 years)
    low, high = float(a.value) * scale, float(a.value_max if a.value_max is not None else a.value) * scale
    return {"more_than": held > low, "at_least": held >= low, "less_than": held < low, "at_most": held <= low,
            "nearly": low * 0.85 <= held <= low, "about": low * 0.85 <= held <= low * 1.15}.get(a.comparator,
                                                                                            low <= held <= high)
