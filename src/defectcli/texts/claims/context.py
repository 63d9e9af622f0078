"""The words around a claim, and a claim said of each of several people: shared by parse.py and dated.py."""

from __future__ import annotations

from dataclasses import replace

from .likewise import as_written
from .model import C
from .reporting import STOPWORDS


def each(subjects: list[str], claim: C) -> list[C]:
    """The claim, once for each of several people it is about (`subjects`): "Lin Aung and Zeya Hein
    both enlisted in 2014" says it of each; a claimant's figure, of each claimant ("X counts 12,341, and so does Y")."""
    said = (claim.attribution or "").removeprefix("the ")
    return [replace(claim, subjects=(n, *(m for m in claim.subjects if m != n)) if n else (),  # "": one unnamed
                    attribution=claim.attribution if not said or n == subjects[0] or said != subjects[0].removeprefix(
                        "the ") else as_written(n, claim.sentence_text)) for n in subjects] or [claim]


def near(words: list[str], i: int, reach: int = 8) -> tuple[str, ...]:
    return content(words[max(0, i - reach):i + reach + 1])


def content(words: list[str]) -> tuple[str, ...]:
    """The words that say something, once each: not stop-words (a tag of more words is one of them: reporting.py)."""
    return tuple(dict.fromkeys(w for w in words if w[0].isalpha() and w not in STOPWORDS and len(w) > 1))
