"""A comparison of one sum with another of its sentence ("700 baht a month, half what couples get", "twice the single
rate of 700 baht": texts/claims/compared.py), checked as the ratio the records give: its value is the multiple it says
of the record the other sum was found to be of, not of that sum as written, so that a wrong sum beside a right ratio is
the sum's error alone; the reason says what it was held as. For verify.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from ...factbase.verdicts.evidence import Verdict, number
from ...shapes import Row
from ...texts.claims.model import Claim, NumberClaim

_SAID = {0.5: "half", 2.0: "twice", 3.0: "three times", 4.0: "four times", 0.25: "a quarter of", 0.2: "a fifth of",
         0.1: "a tenth of"}
_KNOWN = ("matches", "differs", "misattributed", "disputed")  # (a verdict whose record is the sum's)


def compared(claim: Claim) -> bool:
    return isinstance(claim, NumberClaim) and claim.times is not None


def base_of(claim: NumberClaim, decided: list[tuple[Claim, Verdict]], rows: Callable[[str, str], str | None]) -> Row | None:
    """The figure the sum a comparison is made with was found to be of (its verdict's record), in the sum's unit."""
    assert claim.times is not None
    verdict = next((v for c, v in decided if c.sentence == claim.sentence and c.at == claim.times[1] and c.kind == "number"),
                   None)
    if verdict is None or verdict.verdict not in _KNOWN or not verdict.evidence or verdict.evidence[0].kind != "figure":
        return None
    found = rows("figure", verdict.evidence[0].id)
    row: Row | None = json.loads(found) if found else None
    return row if row is not None and str(row.get("unit") or "").split(" ")[0] == claim.unit else None


def scaled(claim: NumberClaim, base: Row) -> NumberClaim:
    """The comparison as the multiple it says of the record `base`."""
    assert claim.times is not None
    return replace(claim, value=claim.times[0] * float(base["value"]))


def explained(verdict: Verdict, claim: NumberClaim, base: Row) -> Verdict:
    """The verdict with what the comparison was held as in its reason: "…; held as twice nug-payment's 700 baht per
    month, the sum it is compared with"."""
    assert claim.times is not None
    times = claim.times[0]
    said = _SAID.get(round(times, 4)) or ("a third of" if round(times, 4) == round(1 / 3, 4) else f"{times:g} times")
    held = f"{said} {base['id']}'s {number(float(base['value']))} {base.get('unit')}"
    value = "" if verdict.verdict == "matches" else f" ({number(round(claim.value, 2))})"
    return replace(verdict, reason=f"{verdict.reason}; held as {held}{value}, the sum it is compared with")
