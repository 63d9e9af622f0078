"""One verdict for one claim, from the records that may bear on it: pure, rows in, a verdict out.

The vocabulary is fixed, since the fact base knows what its sources say and not what is true:
matches (a record states it: same value, unit, speaker and attribution), differs (a record states
the same quantity or fact otherwise), disputed (the sources disagree on it: a conflict between
figures, a disputed date), misquoted (a quote close to the claim's words but not them),
misattributed (the words or figure are someone else's), not_found (the fact base says nothing on
it). A claim is never `matches` unless a record states it; when in doubt the verdict is the
other one.

Claims come from texts/claims/ and records as the row dicts of store/cache/rows.py (what
`-f json` prints), with the names of the people and organisations they refer to filled in. This
module reads claims only through the attributes their protocols name (evidence.ClaimLike and
the protocol of each kind).

quotes.py, numbers.py and dates.py decide each kind of claim (counted.py, a date a span counts from another date),
titled.py whether the title the sentence gives whom it is of lets it match; evidence.py holds what they share.
"""

from __future__ import annotations

from .counted import counted_verdict
from .evidence import ClaimLike, Found, Verdict
from .inclusive import noted
from .numbers import number_verdict
from .quotes import quote_verdict
from .titled import around, titled

VERDICTS = ("matches", "differs", "disputed", "misquoted", "misattributed", "not_found")


def decide(claim: ClaimLike, found: Found) -> Verdict:
    """The verdict on `claim`, given what the fact base holds on it (and on the title the sentence gives whom it is of:
    titled.py)."""
    if claim.kind == "quote":
        return titled(quote_verdict(claim, found), found)  # type: ignore[arg-type]
    if claim.kind == "number":  # (and the service the words around it say he served in)
        return titled(noted(number_verdict(claim, found), claim, found), found, around(claim))  # type: ignore[arg-type]
    return titled(counted_verdict(claim, found), found, around(claim))  # type: ignore[arg-type]
