"""The title a sentence gives whom a claim is of, held against what that one's record says they are: a rank, service
or job written as a title before the name ("Police officer Lin Aung joined …", "Major Zay Thu Aung said") or set off
after it ("Lin Aung, a police officer, said") that the record does not give them leaves a claim that would match
`not_found`, as a description of an unnamed speaker the record does not give is (quotes.py); the reason names the
title, and the rank and service the record gives. A title the record gives ("Captain Zay Thu Aung", "the former air
force captain", "the air force officer" of a captain) changes nothing. The title is read in texts/claims/titles.py."""

from __future__ import annotations

from ..names import CANONICAL
from .evidence import Found, Verdict, name_of, norm_words, terms


def unfit(found: Found) -> list[str]:
    """The words of the title the sentence gives that the record of the one it names does not hold."""
    known = terms([found.known_as])
    ranks = {CANONICAL.get(w, w) for w in norm_words(found.known_as)}
    return [w for w in found.title if CANONICAL.get(w.lower(), w.lower()) not in ranks and not terms([w]) <= known]


def titled(verdict: Verdict, found: Found) -> Verdict:
    """The verdict, but `not_found` for a claim that matches of one the sentence gives a title their record does not."""
    if verdict.verdict != "matches" or not found.title or not (off := unfit(found)):
        return verdict
    gives = f" (it gives {found.rank})" if found.rank else ""
    said = ", ".join(f"“{w}”" for w in off)
    return Verdict("not_found", f"the fact base does not call {name_of(found, found.titled)} {said}, as the sentence does"
                   f"{gives}; otherwise: {verdict.reason}", verdict.evidence)

