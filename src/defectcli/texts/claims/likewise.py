"""A sentence that says only that another did the same as the sentence before ("Zay Thu Aung served 18 years. So
did Bo Pyay."; "… Bo Pyay did too."; "The same goes for Bo Pyay."): the claims of the sentence before, each said of
that one too, so that his figure, date or words are held against the record. For parse.py."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers.amounts import read
from .capitals import names_in
from .model import Claim, QuoteClaim

_DOING = r"(?:did|had|has|does|do|was|were|is|are)"
# the sentence with its one name written "X"
_SAME = re.compile(rf"""(?:(?:And|and)\s+)?(?:
      [Ss]o\s+{_DOING}\s+X                                         # "So did X."
    | X\s*,?\s*(?:{_DOING}\s+)?(?:so\s*)?,?\s*(?:too|as\s+well|also|likewise)  # "X did too.", "X, too.", "X did so as well."
    | X\s+(?:also\s+)?(?:did|had|has|does)\s+(?:the\s+same|likewise)       # "X did the same."
    | X\s+also\s+(?:did|had|has|does|was|is)                       # "X also did."
    | (?:The\s+)?[Ss]ame\s+(?:(?:goes|went|is|was|holds|held|applies|applied)\s+(?:true\s+)?)?for\s+X  # "The same goes for X."
    | [Ll]ikewise,?\s+X                                            # "Likewise X."
)\s*[.!]?\s*""", re.VERBOSE)


def likewise(sentence: str, number: int, line: int, before: list[Claim]) -> list[Claim]:
    """The claims of the sentence before (`before`) said again of the one `sentence` names, when it says only that
    he did the same: as its own claims, sentence `number` on `line`; else []."""
    names = [(n, at) for n, at in names_in(read(sentence).tokens) if n not in ("So", "And", "Likewise", "Same", "The")]
    if len(names) != 1 or not before:
        return []
    name, at = names[0]
    if not _SAME.fullmatch(re.sub(r"\b[Tt]he\s+X\b", "X", f"{sentence[:at]}X{sentence[at + len(name):]}".strip())):
        return []
    said = [c for c in before if isinstance(c, QuoteClaim)]  # "X, 25, said: “…” So did Y.": Y said it; his age is not read
    once = {(c.kind, c.at, c.text): c for c in said or before}  # "X and Y enlisted in 2014. So did Z.": one claim of Z
    return [_of(c, name, number, line, sentence) for c in once.values()]


def _of(claim: Claim, name: str, number: int, line: int, sentence: str) -> Claim:
    """The claim said of `name`: his words, his figure as a claimant, or his date or number."""
    again = replace(claim, sentence=number, line=line, sentence_text=sentence, at=0)
    if isinstance(again, QuoteClaim):
        return replace(again, speaker=name, hearer=None)  # "X said: “…” So did Y.": Y's words
    if again.attribution and not again.attribution.islower():
        return replace(again, attribution=name)  # "The NUG counts 12,341 defectors. So does People’s Embrace."
    return replace(again, subjects=(name, *(n for n in again.subjects if n != name)))


# "Who said “…”?" / "Whose words are these: “…”?" and its answer, a name alone: "Zeya Hein.", "It was Zeya Hein.", "Not
# Lin Aung, but Zeya Hein."
_ASKED = re.compile(r"^\s*(?:Who|Whose\s+\w+|Which\s+\w+)\b[^“”\"]*[“\"][^“”\"]*[”\"][^.!]*\?\s*$")
_ANSWER = re.compile(r"(?:It\s+was\s+|That\s+was\s+|Answer:\s*|Not\s+[^,]{1,40},\s*but\s+)?(?:[Tt]he\s+)?X\s*[.!]?\s*")


def answered(sentence: str, question: str) -> str | None:
    """The name `sentence` gives as the answer to `question`, the sentence before, when that asks who said a
    quotation ("Who said “…”? Zeya Hein."): whose words the question's quotation is said to be."""
    if not _ASKED.match(question):
        return None
    names = [(n, at) for n, at in names_in(read(sentence).tokens) if n not in ("It", "That", "Not", "Answer")]
    if not names:
        return None
    name, at = names[-1]
    return name if _ANSWER.fullmatch(f"{sentence[:at]}X{sentence[at + len(name):]}".strip()) else None
