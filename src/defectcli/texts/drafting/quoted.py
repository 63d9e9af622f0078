"""The quotations of a line as `verify` reads them, in runs of one speaker: each run is one suggested quote.

The line's sentences are read together by verify's own claim reader (claims/parse.py), so a draft cannot
disagree with verify about a quotation: one the splitter cut at a full stop is read whole ('"A. B," Bo Pyay
said'), and each quotation has the speaker its own sentence names ('“A,” Zaw Min said. “B,” Lin Aung said.' are
two quotes, as are two speakers' quotations in one sentence). A quotation that names no speaker of its own goes on
with the run before it ('“A,” Zaw Min said. “B.”': one quote of two parts).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

from ...errors import UsageError
from ...factbase.names import name_key
from ..claims.joined import sentences as read_sentences
from ..claims.model import QuoteClaim
from ..claims.parse import parse
from ..claims.quoting import quotations
from ..sentences import LONGEST, Sentence
from .speakers import key_of

_MARKS = "“”\"‘’'«»„"
# Sentences are read together up to this many characters (a real paragraph is under 700); past it, at a sentence's
# end outside every quotation, or at this many times it whatever is open (a quotation that long is none).
_TOGETHER = LONGEST
_MOST = 4 * LONGEST


@dataclass
class Run:
    speaker: str | None  # as verify reads it, as written; None: no sentence of the run names one
    parts: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # those its quotations lie in, in order


def runs(raw: str, sentences: list[Sentence]) -> list[Run]:
    """The runs of quotations of `sentences`, all of one line, whose text as the article has it is `raw`."""
    line, placed = _placed(raw, sentences)
    out: list[Run] = []
    for chunk in _chunks(line, placed):
        first, last = chunk[0].start, chunk[-1].end
        text = line[first:last]
        if not any(mark in text for mark in _MARKS):
            continue
        try:
            claims = [c for c in parse(text) if isinstance(c, QuoteClaim)]
        except UsageError:  # more claims than verify checks in one text: none of it read for quotes
            continue
        spans = _spans(text)
        starts = [a for a, _ in spans]
        said: dict[int, str | None] = {}  # the speaker of each quotation verify checks (not one of a word or two)
        at = 0
        for c in claims:
            found = text.find(c.text, at)
            k = bisect.bisect_right(starts, found) - 1
            if found >= 0 and k >= 0 and found < spans[k][1]:
                said.setdefault(starts[k], c.speaker)
            at = found + len(c.text) if found >= 0 else at
        for a, b in spans:
            speaker = said.get(a)
            if out and (speaker is None or (out[-1].speaker is not None and _same(speaker, out[-1].speaker))):
                run = out[-1]
            else:
                run = Run(speaker)
                out.append(run)
            within = [p.sentence for p in chunk if p.start < first + b and first + a < p.end]
            if within and (part := text[a:b].strip(_MARKS).strip()):  # (none: in a sentence a record cites already)
                run.parts.append(part)
                run.sentences += [s for s in within if s not in run.sentences]
    return [r for r in out if r.parts]


def _same(one: str, other: str) -> bool:
    """Whether two speakers as written are one: "the NUG" and "NUG", "U Kyaw Min" and "Kyaw Min"."""
    return key_of(one) == key_of(other) or name_key(one) == name_key(other)


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of `text`, as verify's claim reader finds them: in each of its sentences (one
    the splitter cut inside a quotation put back together)."""
    out, at = [], 0
    for _, sentence in read_sentences(text):
        start = text.find(sentence, at)
        if start >= 0:
            out += [(start + a, start + b) for a, b in quotations(sentence)]
            at = start + len(sentence)
    return out


class _Placed(NamedTuple):
    start: int
    end: int
    sentence: Sentence
    follows: bool  # whether the sentence before it in the list is read too (none longer than LONGEST between)


def _placed(raw: str, sentences: list[Sentence]) -> tuple[str, list[_Placed]]:
    """The line, and where each sentence no longer than LONGEST (a longer one is not read for quotes) is in it; the
    sentences joined by spaces when the line does not hold them as they are."""
    for line in (raw, " ".join(s.text for s in sentences)):
        placed, at, kept = [], 0, True
        for s in sentences:
            start = line.find(s.text, at)
            if start < 0:
                break
            at = start + len(s.text)
            if len(s.text) <= LONGEST:
                placed.append(_Placed(start, at, s, kept))
            kept = len(s.text) <= LONGEST
        else:
            return line, placed
    raise AssertionError("the sentences joined hold every sentence")


def _chunks(line: str, placed: list[_Placed]) -> list[list[_Placed]]:
    """The sentences in groups read together: in a row, up to _TOGETHER characters, parted where no quotation is
    open (as the claim reader finds them in the line) unless a group would pass _MOST."""
    spans = quotations(line) if len(placed) > 1 else []
    starts = [a for a, _ in spans]
    out: list[list[_Placed]] = []
    for item in placed:
        size = item.end - out[-1][0].start if out else 0
        k = bisect.bisect_left(starts, item.start) - 1  # the last quotation that opens before the sentence
        inside = k >= 0 and spans[k][1] > item.start
        if out and item.follows and (size <= _TOGETHER or (inside and size <= _MOST)):
            out[-1].append(item)
        else:
            out.append([item])
    return out
