"""Two quotations and two speakers in one sentence: "X and Y said “…” and “…” respectively", "X said “…”, and Y
“…”", "While X said “…”, Y said “…”", "X (“…”) and Y (“…”)", "Unlike Y, X said:": which name is each one's."""

from __future__ import annotations

import re

from .asides import VERB
from .claimant import clean
from .names import ADVERB, NAME, NEAR, SAYING_WORD
from .quoting import blank, quotations


def leads_on(sentence: str, end: int) -> bool:
    """Whether the words after the quotation ending at `end` lead on to another quotation, in the same clause:
    ", Y said “…”", " after Y said “…”", " — Y, “…”" (not this quotation's tag, but the next one's)."""
    spans = quotations(sentence[end:end + NEAR])
    return bool(spans) and _LEADS.fullmatch(sentence, end, end + spans[0][0]) is not None


def respective(sentence: str, start: int) -> str | None:
    """Of "X and Y said “…” and “…” respectively" (or "in that order", or "“…” and “…”, said X and Y
    respectively"), the name in the place of the quotation at `start`."""
    if "respectively" not in sentence and "in that order" not in sentence:
        return None
    spans = quotations(sentence)
    if not spans or blank(sentence, spans).count("respectively") + blank(sentence, spans).count("in that order") != 1:
        return None
    first, last = spans[0][0], spans[-1][1]
    m = _NAMES_SAID.search(sentence, max(0, first - NEAR), first) or _SAID_NAMES.match(sentence, last)
    if m is None:
        return None
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n]
    k = next((i for i, (a, _) in enumerate(spans) if a == start), len(names))
    return clean(names[k]) if k < len(names) == len(spans) else None


def other_after(before: str) -> str | None:
    """A second speaker after the last verb of saying (or in a lead-in with none), whose words a colon leads in: "X
    said “…”, and so did Y:", "X told of poverty — “…” — and Y of shame:", "X gave poverty as his reason — “…” —
    and Y shame:" (Y)."""
    saids = list(SAYING_WORD.finditer(before))
    if not before.rstrip().endswith(":"):
        return None
    others = list(_OTHER.finditer(before, saids[-1].end() if saids else 0))
    return clean(before[others[-1].end():].rstrip()[:-1]) if others else None


def name_in(phrase: str) -> str | None:
    """The name a description holds ("a view Maung Sein did not share": Maung Sein), or None."""
    m = re.search(NAME, phrase)
    return clean(m.group(1)) if m else None


# "“…” — a view Y did not share:", "“…,” a sentiment Y echoed:"
DASH_LEAD = re.compile(r"(?:,[”\"]|[”\"]\s*[,—–]+)\s*((?:a|an|the)\s[^—–“”\".;!?]{1,80}?)\s*:?\s*$")
_OTHER = re.compile(r"\b(?:and|but|while|whereas|before|after|until|then|for)\s+(?:so\s+(?:did|does)\s+)?(?=[A-Z])")
# What may stand between two quotations of one clause (no sentence's end): ", Y said", " even as Y said that", " — Y, "
_LEADS = re.compile(r"[^.;!?“”\"«»„]{0,120}")
COMPARED = re.compile(rf"(?:^|(?<=[.;!?])\s*)(?i:unlike|like|besides|apart\s+from|instead\s+of|rather\s+than)\s+{NAME}"
                      r"(?:\s*[,—–]\s*(?:who|whose|which)\s[^,—–“”\"]{0,80})?\s*[,—–]\s*")
WHO_SAID = re.compile(rf"{NAME},\s*who\s+{ADVERB}(?:{VERB})\s*[:,]?\s*$")
# "X (“…”) and Y (“…”)", "X spoke first (“…”)"
BRACKETED = re.compile(rf"{NAME}(?:\s+[a-z]+){{0,3}}\s*\(\s*$")
# "For X, “…”", "X first, “…”"
FOR = re.compile(rf"(?:^|[.;!?]\s*)(?:[Ff]or\s+{NAME}|{NAME}\s+(?:first|second|next|last|then))\s*,\s*$")
# "X said that “…” and Y that “…”", "X said “…” and Y “…”": Y, the verb left out
GAPPED = re.compile(r"[”\"]\s*(?:[,;—–]\s*(?:(?:and|but|while|whereas|then|in)\s+)?|(?:and|but|while|whereas|then)\s+)"
                    r"(?:[a-z-]+\s+){0,3}?((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})(?:['’]s)?"
                    r"(?:\s+(?:first|second|next|last|too|also))?(?:\s*,\s*(?:by\s+contrast|in\s+turn|for\s+(?:his|her)\s+part|"
                    r"meanwhile|however))?(?:\s+that)?\s*[:,]?\s*$")
_NAMES = r"((?:[A-Z][\w’'-]*\s*)+(?:,\s*(?:[A-Z][\w’'-]*\s*)+)*,?\s+and\s+(?:[A-Z][\w’'-]*\s*)+?)"
_IN_TURN = r"(?:\s*,?\s*(?:respectively|in\s+that\s+order)\s*,?)?"
_NAMES_SAID = re.compile(rf"{_NAMES}{_IN_TURN}\s*{ADVERB}(?:{VERB}){_IN_TURN}(?:\s+that)?\s*[:,]?\s*$")
_SAID_NAMES = re.compile(rf"\s*,?\s*(?:{VERB})\s+{_NAMES}\s*,?\s*(?:respectively|in\s+that\s+order)\b")
