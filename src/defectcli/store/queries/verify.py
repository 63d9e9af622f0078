"""Check a user's text against the fact base: its claims (texts/claims/), for each the records that
may bear on it (candidates.py), then its verdict (factbase/verdicts/), as rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ...factbase.verdicts.decide import decide
from ...factbase.verdicts.evidence import Verdict
from ...numbers.vocabulary import SAYING
from ...shapes import Row
from ...texts.claims.cased import cased, shouted
from ...texts.claims.claimant import COMMON
from ...texts.claims.model import Claim, DateClaim, NumberClaim, QuoteClaim
from ...texts.claims.parse import parse
from ..cache.index import Index
from ..search.fts import quoted
from .candidates import Lookup
from .ratios import base_of, compared, explained, scaled


def verify(ix: Index, text: str) -> list[Row]:
    """One result row per claim of `text`, in the order of the text."""
    look = Lookup(ix)
    if any(map(shouted, text.split("\n"))):  # a line in capitals, read as written: its names, and who says what
        text = cased(text, _names(ix), _common(ix))
    claims = parse(text)
    decided: list[tuple[Claim, Verdict]] = []
    rows: dict[int, Row] = {}
    for i in sorted(range(len(claims)), key=lambda i: compared(claims[i])):  # a comparison after the sum it is made with
        claim = claims[i]
        base = base_of(claim, decided, look.rows) if isinstance(claim, NumberClaim) and compared(claim) else None
        claim = scaled(claim, base) if isinstance(claim, NumberClaim) and base is not None else claim
        found = look.found(claim)
        verdict = decide(claim, found)
        verdict = explained(verdict, claim, base) if isinstance(claim, NumberClaim) and base is not None else verdict
        decided.append((claim, verdict))
        rows[i] = result(claim, verdict)
        rows[i]["claimant"] = look.claimant(claim, found)
    out = [rows[i] for i in range(len(claims))]
    look.articles(out)
    return out


def result(claim: Claim, verdict: Verdict) -> Row:
    """A claim and its verdict as a row: what was read, the verdict, its reason and evidence."""
    first = verdict.evidence[0] if verdict.evidence else None
    source = (f"{first.source}:{first.line}" if first.line else first.source) if first and first.source else None
    return {"sentence": claim.sentence, "line": claim.line, "kind": claim.kind, "claim": claim.text,
            "text": claim.sentence_text, "read": read(claim), "verdict": verdict.verdict, "reason": verdict.reason,
            "says": first.says if first else None, "source": source, "diff": verdict.diff,
            "evidence": [e.row() for e in verdict.evidence]}


def read(claim: Claim) -> Row:
    """What the claim was read as: the quote and speaker, the number, the date."""
    if isinstance(claim, QuoteClaim):
        return {"quote": claim.quote, "speaker": claim.speaker}
    if isinstance(claim, NumberClaim):
        if claim.share is not None and claim.whole is None:  # "a quarter of the defectors": a share of no count said
            part, of = claim.share  # a percent as stated (0.001 is no 0); a fraction to four figures (33.33)
            percent = part if of == 100 else float(f"{100 * part / of:.4g}")
            return read(replace(claim, value=percent, unit="percent", share=None))
        return {"value": _number(claim.value), "value_max": _number(claim.value_max), "comparator": claim.comparator,
                "unit": claim.unit, "per": claim.per, "counts": " ".join(claim.counted) or None,
                "field": claim.field, "attribution": claim.attribution, "about": list(claim.subjects)}
    assert isinstance(claim, DateClaim)
    date = f"{claim.year:04d}" + (f"-{claim.month:02d}" if claim.month else "") + \
        (f"-{claim.day:02d}" if claim.day and claim.month else "")
    c = claim.counted  # a span it is counted by from another date: "five years before the coup" (-5, year, coup)
    counted = {"amount": c.amount, "unit": c.unit, "from": c.anchor, "date_is": c.written or None} if c else None
    return {"date": date if claim.year else None, "event": claim.event, "attribution": claim.attribution,
            "about": list(claim.subjects), "counted": counted}


def _number(value: float | None) -> float | int | None:
    """A whole number as an integer in the json (13000, not 13000.0)."""
    return int(value) if value is not None and float(value).is_integer() else value


def _names(ix: Index) -> list[str]:
    """The names of people and organisations as the fact base writes them ("Lin Aung", "People’s Embrace")."""
    return [n for (n,) in ix.conn.execute("SELECT name FROM person_names WHERE what IN ('name', 'title') UNION "
                                          "SELECT name FROM organisation_names")]


def _common(ix: Index) -> Callable[[str], bool]:
    """Whether a word is a common one (lower case in a sentence): a word of the vocabulary claims are read by, or
    one the fact base's records use that is no part of a name."""
    named = {w.lower() for n in _names(ix) for w in n.split() if w[:1].isupper()} - COMMON - SAYING

    @lru_cache(maxsize=256)
    def common(word: str) -> bool:
        w = word.lower()
        if w in COMMON or w in SAYING or len(w) <= 2:
            return True
        return w not in named and ix.conn.execute("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1",
                                                  (f"body : {quoted(w)}",)).fetchone() is not None
    return common
