"""A name inside the words that describe who speaks: "The soldier, Lin Aung's brother, said:", "The private beside Lin
Aung said:", "The man Lin Aung calls his brother told me:", "Said the soldier, whose brother is Lin Aung:", "Of Lin Aung,
his old sergeant said:", "“…,” a soldier, brother of Lin Aung, said of him.". The one described speaks, not the name;
the name is only whom he is described by or speaks of. One shape is the name's own: a description and the name set off
after it, and nothing more ("A former private, Pyae Mg, said", "the former soldier Khant Tun said"). For parse.py, which
reads such a name as one the words are not said by (as it reads one told them)."""

from __future__ import annotations

import re

from .anchored import squeezed
from .asides import VERB
from .names import ADVERB, NAME, NEAR, SAID_NOUNS, TAIL, VOICES
from .quoting import blank, quotations

# A description: a determiner and a word in lower case ("The soldier", "his old sergeant", "A man", "One")
_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother)"
_WORDS = r"[^.!?;:“”\"]{0,120}?"
_LEAD = rf"(?:(?:[Oo]f|[Aa]bout|[Oo]n|[Rr]egarding|[Ss]peaking\s+of)\s+{NAME}\s*,\s*)?"  # "Of Lin Aung, his sergeant said:"
_BEFORE = re.compile(rf"(?:^|[.!?;]\s+){_LEAD}({_DET}\s+[a-z]{_WORDS})\s+{ADVERB}(?i:{VERB})(?:\s+(?:of|about)\s+{NAME})?"
                     rf"{TAIL}\s*[:,]?\s*$")
_COLON = re.compile(rf"(?:^|[.!?;]\s+)({_DET}\s+[a-z]{_WORDS})\s*:\s*$")  # "The commander of X: “…”"
_INVERTED = re.compile(rf"(?:^|[.!?;]\s+){_LEAD}(?i:{VERB})\s+({_DET}\s+[a-z]{_WORDS})\s*[:,]?\s*$")
_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?i:{VERB})\s+({_DET}\s+[a-z][^.!?;:“”\"]{{0,120}})|({_DET}\s+[a-z]{_WORDS})\s+{ADVERB}"
                    rf"(?i:{VERB})(?:\s+(?:of|about)\s+{NAME})?{TAIL})\s*(?:[.!?]|$)")
# The name's own shape: "a former private, Pyae Mg", "the former soldier Khant Tun", "The youngest, Maung Sein, 19," (a
# title or description before it, and no more than asides after it)
# (words that tie the one described to another are no part of a description: "the private beside Lin Aung")
_TIES = r"(?!(?:of|to|for|with|by|from|under|beside|behind|near|next|across|opposite|alongside|whose|who|whom|once|now|" \
        r"married|as|like|unlike|after|before|than|above|below|over|around|" \
        r"[a-z]+ing)\b)"  # ("posing as X", "playing X", "resembling X")
_NAMED = re.compile(rf"^{_DET}\s+(?:{_TIES}[a-z-]+\s+){{0,3}}{_TIES}[a-z-]+\s*(?:,\s*|\s+){NAME}\s*(?:,[^,]*)*$")
# and after a description with a clause of its own, set off by commas: "The defector that never fired a shot, Lin Aung,"
_CLAUSE_NAMED = re.compile(rf"^{_DET}\s+[a-z-]+\s+(?:that|who|which)\s[^,]{{1,100}},\s*{NAME}\s*,?\s*$")
_RELAYING = re.compile(r"\sas(?:\s+(?:having|once|then|later|ever))?$")  # "A reporter described X as (having) said:"
_NAMING = re.compile(r"\b(?:name\s+is|named|called|known\s+as|identified\s+as|goes\s+by)\s+[A-Z]")
_HEAD = re.compile(rf"{_DET}(?:\s+{_TIES}[a-z-]+){{1,3}}")


def inside(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(the one described, the name inside the description) for the tag of the quotation at [start, end), or None."""
    # (only the words near the quotation can describe its speaker: NEAR characters each side, as speakers.py reads)
    lead_in, tail = sentence[max(0, start - NEAR):start], sentence[end:end + NEAR]
    before, after = squeezed(blank(lead_in, quotations(lead_in))), squeezed(blank(tail, quotations(tail)))
    if m := _BEFORE.search(before):
        lead, subject, of = m.groups()
    elif m := _INVERTED.search(before):
        (lead, subject), of = m.groups(), None
    elif m := _COLON.search(before):
        lead, subject, of = None, m.group(1), None
    elif m := _AFTER.match(after):
        lead, subject, of = None, m.group(1) or m.group(2), m.group(3)
    else:
        return None
    if (head := _HEAD.match(subject)) is None or not _described(head.group()) or _RELAYING.search(subject.rstrip()):
        return None  # (nor "A reporter described X as saying:": X's words, which the one described relays)
    named: str | None = lead or of or embedded(subject)
    return (head.group().lower(), re.sub(r"['’]s$", "", named)) if named else None


def embedded(subject: str) -> str | None:
    """The name inside a description that is the subject of a verb ("The soldier, Lin Aung's brother,", "The man Lin
    Aung calls his brother", "The soldier across from Lin Aung"), or None: none there, or the name is the subject's own
    ("A former private, Pyae Mg", "the former soldier Khant Tun", "the soldier, whose name is X")."""
    head = _HEAD.match(subject)
    if head is None or not _described(head.group()) or _NAMING.search(subject) or _NAMED.match(subject) or \
            _CLAUSE_NAMED.match(subject):
        return None
    named = [n.group(1) for n in re.finditer(NAME, subject[len(subject.split()[0]):])]
    return re.sub(r"['’]s$", "", named[0]) if named else None


def _described(head: str) -> bool:
    """Whether a description names a person, not the voice of a group ("the head of People's Embrace said") nor a
    document ("A letter from X said:": X's words), nor a time ("A year before X left,")."""
    return head.split()[-1].lower() not in VOICES | _TIMES and not any(re.fullmatch(SAID_NOUNS, w) for w in head.split())


# A time leading a clause is no one described: "A year before the uprising, X enlisted"
_TIMES = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "time",
                    "moment", "while", "night", "morning", "evening", "hour", "hours"))
