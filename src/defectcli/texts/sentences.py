"""A source text in sentences, each with the line it is on: what coverage counts and `draft` starts from.

Each line of a source text is a paragraph (as the quotes' `line` fields count them); sentences are
found within lines by pysbd, a maintained rule-based splitter that knows abbreviations ("Capt.",
"U.S.", "Mr."), decimals and quote marks. A line without terminal punctuation, such as a section
heading, is one sentence. Three small rules sit on top of pysbd, each for a case it gets wrong:

- pysbd never splits inside a quotation, so a quote of several sentences would count as one: a
  quotation is split where pysbd splits the quoted text on its own.
- pysbd ends a sentence at a full stop followed by a lower-case word ("a vulnerable position. says
  Capt Zay Thu Aung."): a piece that starts in lower case continues the sentence before it.
- pysbd cuts the closing mark off a line quoted in single marks ('We ate rice.' gives "'We ate
  rice." and "'"): a piece of punctuation alone belongs to the sentence before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence of a source: the 1-based line it is on, and its text exactly as written."""

    line: int
    text: str


# A quotation: double marks (typographic or straight), or single marks that open before a word and
# close after one ('military dogs,' and ‘...’; the apostrophe in "That‘s" or "don't" opens nothing).
_DOUBLE = re.compile(r"[“\"][^“”\"]+[”\"]")
_SINGLE = re.compile(r"(?<!\w)['‘](?=\S)[^'‘’]+?(?<=\S)['’](?!\w)")


def split(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, each with its line; blank lines hold none."""
    import pysbd  # type: ignore[import-untyped]  # only `check --coverage` and `draft` split text

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def segment(paragraph: str) -> list[str]:
        return [s for s in (str(s).strip() for s in segmenter.segment(paragraph)) if s]

    out: list[Sentence] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            out.extend(Sentence(number, s) for s in split_line(line, segment))
    return out


def split_line(line: str, segment: Callable[[str], list[str]]) -> list[str]:
    """One paragraph's sentences, given pysbd's `segment`; the rules on top of it are applied here."""
    pieces: list[str] = []
    for sentence in segment(line):
        pieces.extend(_split_quotations(sentence, segment))
    # Where each piece is in the line, in order, so that joining two keeps what lay between them.
    spans: list[list[int]] = []
    at = 0
    for piece in pieces:
        start = line.find(piece, at)
        if start < 0:  # pysbd changed the text (it should not, with clean=False): keep its piece
            return pieces
        at = start + len(piece)
        if spans and (piece[0].islower() or not any(c.isalnum() for c in piece)):
            spans[-1][1] = at
        else:
            spans.append([start, at])
    return [line[a:b] for a, b in spans]


def _split_quotations(sentence: str, segment: Callable[[str], list[str]]) -> list[str]:
    """`sentence` cut at each sentence boundary that pysbd finds inside one of its quotations."""
    cuts: list[int] = []
    for span in _quotations(sentence):
        start, end = span
        inner = sentence[start + 1:end - 1]
        at = 0
        for part in segment(inner)[1:]:
            found = inner.find(part, at)
            if found <= 0:
                break  # pysbd changed the text; leave the quotation whole rather than guess
            cuts.append(start + 1 + found)
            at = found + len(part)
    if not cuts:
        return [sentence]
    bounds = [0, *cuts, len(sentence)]
    return [p for p in (sentence[a:b].strip() for a, b in itertools.pairwise(bounds)) if p]


def _quotations(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation: double quote marks first, then single ones outside them."""
    doubles = [m.span() for m in _DOUBLE.finditer(sentence)]
    singles = [m.span() for m in _SINGLE.finditer(sentence)
               if not any(a <= m.start() < b for a, b in doubles)]
    return sorted(doubles + singles)
