"""A date two clauses share through "the year X did it": "In 2020, the year Lin Aung enlisted, Zeya Hein did too." says
both enlisted in 2020; "In 2020, the year Lin Aung enlisted, Zeya Hein defected." dates Lin Aung's enlistment and Zeya
Hein's defection. For parse.py, which otherwise reads one claim of the date, of the clause the date stands in."""

from __future__ import annotations

import re
from dataclasses import replace

from .events import EVENT_VERBS, OTHER
from .model import DateClaim
from .names import NAME

# ", the year X enlisted, Y did too", "…, the same year X joined the army, Y …"
_YEAR_OF = re.compile(rf"\s*,\s*(?:the|that)\s+(?:same\s+)?year\s+{NAME}\s+([a-z]+)[^,;.!?]*,\s*{NAME}\s+([^.;!?]*)")
_TOO = re.compile(r"(?:did|had|has|does)\s+(?:too|so|the\s+same|as\s+well|likewise)\b|(?:also|too)\b")


def year_of(claim: DateClaim) -> list[DateClaim] | None:
    """The date's two claims, each of its own clause's person and event, when it is one "the year X did" shares."""
    m = _YEAR_OF.match(claim.sentence_text, claim.at + len(claim.text))
    if m is None:
        return None
    first, verb, second, rest = m.groups()
    did = _kind(verb) or OTHER
    then = did if _TOO.match(rest) else next((k for w in re.findall(r"[a-z]+", rest)[:3] if (k := _kind(w))), OTHER)
    return [replace(claim, subjects=(first,), event=did), replace(claim, subjects=(second,), event=then)]


def _kind(word: str) -> str | None:
    return next((kind for kind, verbs in EVENT_VERBS.items() if word in verbs), None)
