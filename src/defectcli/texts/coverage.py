"""Coverage: every sentence of every source is cited by some record, or waived with a reason.

A sentence is cited when a record's excerpt, quote part or figure wording lies within it, after the
normalisation the verbatim check uses (quote-mark style and runs of white space); an excerpt that
spans several sentences cites each of them. An excerpt cites where it is first found (a short one
that recurs must not cite every sentence it recurs in); a quote part, on the line its quote names.
Otherwise the sentence must be waived: a `waivers` record quoting it whole, with a reason. A waiver
that matches no sentence, or waives one that is cited, is a problem. Pure functions: they return a
report and never print or exit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import Problem
from ..text import normalise, quoted, shorten
from .provenance import Cited, first_at

if TYPE_CHECKING:
    from ..factbase.models import FactBase
from .sentences import Sentence, split

CITED, WAIVED, UNCOVERED = "cited", "waived", "uncovered"


class Covered(NamedTuple):
    """A sentence and how it is covered: cited, waived or uncovered."""

    sentence: Sentence
    status: str


@dataclass(frozen=True)
class SourceCoverage:
    source: str
    sentences: tuple[Covered, ...]

    def count(self, status: str) -> int:
        return sum(1 for c in self.sentences if c.status == status)

    @property
    def uncovered(self) -> list[Sentence]:
        return [c.sentence for c in self.sentences if c.status == UNCOVERED]

    def summary(self) -> str:
        """`s1: 80 sentences, 70 cited, 4 waived, 6 uncovered`."""
        return (f"{self.source}: {len(self.sentences)} sentences, {self.count(CITED)} cited, "
                f"{self.count(WAIVED)} waived, {self.count(UNCOVERED)} uncovered")


@dataclass(frozen=True)
class Report:
    sources: tuple[SourceCoverage, ...]
    problems: tuple[Problem, ...]  # waivers that match no sentence, or waive a cited one

    @property
    def uncovered(self) -> list[tuple[str, Sentence]]:
        """(source id, sentence) for every sentence neither cited nor waived, source by source."""
        return [(s.source, sentence) for s in self.sources for sentence in s.uncovered]


class Waived(NamedTuple):
    """A waiver: the fact file and line that waives, the source, the sentence it quotes."""

    file: str
    line: int
    source: str
    sentence: str


def waived_in(fb: FactBase) -> list[Waived]:
    """The waivers of `fb` (models, as the loader reads them)."""
    return [Waived(w.loc.file, w.loc.line, w.source, w.sentence) for w in fb.waivers]


Loc = tuple[str, int]  # a fact file and a line in it


def coverage(cited: Iterable[Cited], waivers: Iterable[Waived], texts: dict[str, str],
             splitter: Callable[[str], list[Sentence]] = split) -> Report:
    """How each source in `texts` (source id -> its text, in the order to report them) is covered by
    what the fact base cites and waives."""
    cites: dict[str, list[Cited]] = {}
    for c in cited:
        cites.setdefault(c.source, []).append(c)
    waived: dict[str, list[Waived]] = {}
    for w in waivers:
        waived.setdefault(w.source, []).append(w)
    reports: list[SourceCoverage] = []
    problems: list[Problem] = []
    for sid, text in texts.items():
        found, bad = _one_source(sid, text, cites.get(sid, []), waived.get(sid, []), splitter)
        reports.append(found)
        problems += bad
    return Report(tuple(reports), tuple(sorted(problems, key=lambda p: (p.file, p.line, p.message))))


def _one_source(sid: str, text: str, cites: list[Cited], waivers: list[Waived],
                splitter: Callable[[str], list[Sentence]]) -> tuple[SourceCoverage, list[Problem]]:
    sentences = splitter(text)
    whole = normalise(text)
    # Each sentence's and each line's span in the normalised text: sentences are verbatim pieces of
    # their lines, in order, so each is found after the one before.
    spans = _spans(whole, [s.text for s in sentences])
    lines = text.split("\n")
    line_spans = dict(zip(range(1, len(lines) + 1), _spans(whole, lines), strict=True))
    cited_by: dict[int, Loc] = {}
    starts: dict[str, list[int]] = {}
    ends = [b for _, b in spans]  # in order, as the sentences are: the first a citation reaches is found by bisection
    for c in cites:
        loc, line, needle = (c.file, c.line), c.near, normalise(c.text)
        if not needle:
            continue
        if line is None:
            at = first_at(needle, whole, starts)
        else:
            lo, hi = line_spans.get(line, (0, 0))
            at = whole.find(needle, lo, hi)
        if at >= 0:
            end = at + len(needle)
            i = bisect.bisect_right(ends, at)
            while i < len(spans) and spans[i][0] < end:
                cited_by.setdefault(i, loc)
                i += 1
    by_text: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        by_text.setdefault(normalise(s.text), []).append(i)
    waived_by: dict[int, Loc] = {}
    problems: list[Problem] = []
    for w in waivers:
        wanted = normalise(w.sentence)
        if not wanted:
            continue  # validate says so
        matches = by_text.get(wanted)
        if matches is None:
            problems.append(Problem(w.file, w.line, _no_sentence(sid, wanted, whole, spans, sentences)))
            continue
        # One problem for the waiver, however often the article repeats its sentence.
        if (first := next((waived_by[i] for i in matches if i in waived_by), None)) is not None:
            problems.append(Problem(w.file, w.line, f"a second waiver for this sentence (first at {_at(first)})"))
        elif (cited := next((cited_by[i] for i in matches if i in cited_by), None)) is not None:
            problems.append(Problem(w.file, w.line, f"waives a sentence that is cited (at {_at(cited)}); remove the "
                                                    "waiver"))
        for i in matches:
            waived_by.setdefault(i, (w.file, w.line))
    covered = tuple(Covered(s, CITED if i in cited_by else WAIVED if i in waived_by else UNCOVERED)
                    for i, s in enumerate(sentences))
    return SourceCoverage(sid, covered), problems


def _spans(whole: str, pieces: list[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = 0
    for piece in pieces:
        needle = normalise(piece)
        if not needle:
            out.append((at, at))
            continue
        start = whole.find(needle, at)
        if start < 0:  # pragma: no cover - a splitter that changed the text
            raise ValueError(f"sentence not in its text: {piece!r}")
        at = start + len(needle)
        out.append((start, at))
    return out


def _no_sentence(sid: str, wanted: str, whole: str, spans: list[tuple[int, int]], sentences: list[Sentence]) -> str:
    shown = _quoted(wanted)
    at = whole.find(wanted)
    if at < 0:
        return f"waiver sentence not found verbatim in source {quoted(sid)}: {shown}"
    end = at + len(wanted)
    inside = [s for (a, b), s in zip(spans, sentences, strict=True) if a < end and at < b]
    lines = sorted({s.line for s in inside})
    where = f"line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"
    return (f"waiver matches no whole sentence of source {quoted(sid)} (it is part of {where}; "
            f"quote the sentence whole): {shown}")


def _at(loc: Loc) -> str:
    return f"{Path(loc[0]).name}:{loc[1]}"



def _quoted(text: str) -> str:
    return f'"{shorten(text)}"'
