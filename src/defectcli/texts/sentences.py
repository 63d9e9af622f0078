"""A source text in sentences, each with the line it is on: what coverage counts and `draft` starts from.

Each line of a source text is a paragraph (as the quotes' `line` fields count them); sentences are
found within lines by pysbd, a maintained rule-based splitter that knows abbreviations ("Capt.",
"U.S.", "Mr."), decimals and quote marks. A line without terminal punctuation, such as a section
heading, is one sentence. Four small rules sit on top of pysbd, each for a case it gets wrong:

- pysbd never splits inside a quotation, so a quote of several sentences would count as one: a
  quotation is split where pysbd splits the quoted text on its own.
- pysbd ends a sentence at a full stop followed by a lower-case word ("a vulnerable position. says
  Capt Zay Thu Aung."): a piece that starts in lower case continues the sentence before it.
- pysbd cuts the closing mark off a line quoted in single marks ('We ate rice.' gives "'We ate
  rice." and "'"): a piece of punctuation alone belongs to the sentence before it.
- pysbd ends a sentence after some titles ("said Pvt. Lin Aung." gives "said Pvt." and "Lin Aung."):
  a piece that ends in a title of rank or address continues into the next.

pysbd's time grows faster than its input (a 25 KB paragraph takes seconds, 1 MB does not finish),
so it only ever sees a paragraph of a real article's size: at most 5,000 characters and 100 full
stops, question or exclamation marks (the longest paragraph of the articles so far has 682 and 8).
A longer paragraph is split in one pass at sentence-like boundaries instead: a full stop, question
or exclamation mark (closing quote marks or brackets after it) and white space before a word that
does not start in lower case, unless the full stop ends a known abbreviation or an initial.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence of a source: the 1-based line it is on, and its text exactly as written."""

    line: int
    text: str


# A quotation: double marks (typographic or straight), or single marks that open before a word and
# close after one ('military dogs,' and ‘...’; the apostrophe in "That‘s" or "don't" opens nothing).
_DOUBLE = re.compile(r"[“\"][^“”\"]+[”\"]")
_SINGLE = re.compile(r"(?<!\w)['‘](?=\S)[^'‘’]+?(?<=\S)['’](?!\w)")


# What pysbd is given at most: a paragraph of a real article's size (see above).
PYSBD_CHARS = 5_000
PYSBD_MARKS = 100
_MARK = re.compile(r"[.!?…]")
# A sentence-like end: marks, then closing quote marks or brackets, then white space. It starts only
# where a run of marks starts, so a run is tried once (10 MB of full stops is one try, not millions).
_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s)")
_NEXT = re.compile(r"\s+(\S)")
# Titles written before a name, abbreviated: a full stop after one never ends a sentence.
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Capt", "Lt", "Col", "Gen", "Maj", "Sgt", "Cpl", "Pvt", "Pte", "Brig", "Gov",
          "Sen", "Rep", "St")
_ABBREVIATION = re.compile(rf"(?:\b(?:{'|'.join(TITLES)}|Jr|Sr|No|Nos|"
                           r"Vol|Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|"
                           r"(?<![^\W\d_])[A-Za-z])$")

_TITLE = re.compile(rf"\b(?:{'|'.join(TITLES)})\.$")


# The longest sentence `verify` reads whole and `draft` reads for quotes and figures. A real
# article's longest paragraph has 682 characters; a longer "sentence" (a line with no full stop)
# would be repeated whole with each claim of `verify` and as the excerpt of each figure of `draft`.
LONGEST = 2_000


Spans = Callable[[str], list[tuple[int, int]]]


def pieces(sentence: str, longest: int = LONGEST, quotations: Spans | None = None) -> list[str]:
    """`sentence` cut into pieces of at most `longest` characters, stripped. A claim is read with the words
    around it ("People's Embrace counts 1.2 million soldiers who defected", "“We had no choice,” Lin Aung
    said"), so each cut is outside the `quotations` (where the claim reader finds them: (start, end) of each
    in a text) where it can be, and there at the white space farthest, in words, from any word a claim is
    read from (a number, share or date: "a fifth of", "a year after"; a verb of saying), among those past
    a quarter of the piece (up to FAR words: past that, after a comma, semicolon or colon first; then the
    last). A word longer than `longest` is left out: cut anywhere, its tail would read as a number the
    text does not give."""
    out: list[str] = []
    text = sentence.strip()
    # Where the quotations are is read once, from the start: a quotation's closing mark, read from a place
    # inside it, would open one (re-run 162: a window begun 300 characters back, inside a "…" quotation, read
    # every later quotation inside out, and one was cut in two).
    spans = quotations(text) if quotations and len(text) > longest else []
    starts = [a for a, _ in spans]  # (in order, none inside another)
    at = 0  # read on from here: the text is never copied whole again at each piece
    while len(text) - at > longest:
        cut = _cut(text, at, longest, spans, starts)
        if cut > 0:
            out.append(text[at:at + cut].rstrip())
            at = _past_blank(text, at + cut)
        else:  # no white space in the window: the word is too long to read
            space = _SPACE.search(text, at)
            at = _past_blank(text, space.end()) if space else len(text)
    return [*out, text[at:]] if at < len(text) else out


# A cut this many words or more from every claim word is as good as any other (a claimant's name can stand
# a dozen words before its number: "According to the Assistance Association for Political Prisoners, some
# 1,200"); characters read past a piece's end, to see a claim word just after it.
FAR = 20
_PAST_END = 120


def _cut(text: str, at: int, longest: int, spans: list[tuple[int, int]], starts: list[int]) -> int:
    """Where `pieces` cuts the piece starting at `at` (0: nowhere): the start of the white space it cuts at."""
    find = _claim_word().search
    end_read = at + longest + 1 + _PAST_END
    words = [(m.start() - at, m.end() - at) for m in _WORDS.finditer(text, at, end_read)]
    claimed = [find(text, at + start, at + end) is not None for start, end in words]
    # For the white space after each word: how many words it is from the last claim word before it and
    # from the next one after it.
    since, last = [], -FAR
    for i, word in enumerate(claimed):
        last = i if word else last
        since.append(i - last)
    until, following = [0] * len(words), len(words) + FAR
    for i in range(len(words) - 1, -1, -1):
        until[i] = following - i - 1
        following = i if claimed[i] else following
    gaps = []  # (how good, where) of each white space the piece can end at
    for i in range(len(words) - 1):
        end = words[i][1]
        if words[i + 1][0] > longest:
            break  # the piece would run past `longest`
        k = bisect.bisect_right(starts, at + end) - 1
        outside = k < 0 or spans[k][1] <= at + end
        gaps.append(((end >= longest // 4, outside, min(since[i], until[i], FAR), text[at + end - 1] in ",;:", end), end))
    return max(gaps)[1] if gaps else 0


@cache
def _claim_word() -> re.Pattern[str]:
    """A digit; a word a number, a share, a length of time or a date is written with ("twelve", "million", "a
    fifth", "most", "a year after", "the first of March"), alone or between other signs ("twelve-thousand"); a
    verb of saying ("said", "according"): what the claim reader reads a claim from, beside quotations (which
    `_cut` keeps whole by their marks) (numbers/vocabulary.py)."""
    from .. import written
    from ..numbers import vocabulary as vocab
    from ..numbers.values import DAY_WORDS

    words = {*vocab.NUMBER_WORDS, *vocab.SHARES, *vocab.FRACTIONS, *vocab.TIME, *DAY_WORDS, *vocab.SAYING, "according",
             *(m.lower() for m in written.MONTHS if m != "May")} - {"%"}  # ("%" touches its digits; "may" is a verb)
    return re.compile(rf"\d|%|(?<![^\W\d_])(?:{'|'.join(sorted(words))})(?![^\W\d_])", re.IGNORECASE)


_WORDS = re.compile(r"[^ \t]+")
_SPACE = re.compile(r"[ \t]")
_BLANK = re.compile(r"\s+")


def _past_blank(text: str, at: int) -> int:
    """Where the white space at `at` (if any) ends."""
    blank = _BLANK.match(text, at)
    return blank.end() if blank else at


def split(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, each with its line; blank lines hold none."""
    segment = pysbd_segment()
    out: list[Sentence] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            splitter = segment if fits_pysbd(line) else split_linear
            out.extend(Sentence(number, s) for s in split_line(line, splitter))
    return out


@cache
def pysbd_segment() -> Callable[[str], list[str]]:
    """pysbd's sentences of a paragraph, stripped, empty ones left out."""
    import pysbd  # type: ignore[import-untyped]  # only `check --coverage` and `draft` split text

    segmenter = pysbd.Segmenter(language="en", clean=False)

    @lru_cache(maxsize=1024)  # draft reads a line's sentences as coverage split them and again as verify reads them
    def segmented(paragraph: str) -> tuple[str, ...]:
        return tuple(s for s in (str(s).strip() for s in segmenter.segment(paragraph)) if s)

    def segment(paragraph: str) -> list[str]:
        return list(segmented(paragraph))

    return segment


def fits_pysbd(paragraph: str) -> bool:
    """Whether pysbd splits `paragraph` in bounded time: it has a real article's size."""
    if len(paragraph) > PYSBD_CHARS:
        return False
    return not any(n > PYSBD_MARKS for n, _ in enumerate(_MARK.finditer(paragraph), start=1))


def split_linear(paragraph: str) -> list[str]:
    """The sentences of a paragraph of any length in one pass, cut at sentence-like ends (see above)."""
    if not _MARK.search(paragraph):  # the common case inside a quotation: nowhere to cut
        return [paragraph.strip()] if paragraph.strip() else []
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        after = _NEXT.match(paragraph, m.end())
        if after is None or after[1].islower():
            continue
        if m[0][0] == "." and m[0].count(".") == 1 and _ABBREVIATION.search(paragraph, max(0, m.start() - 8), m.start()):
            continue
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


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
        if spans and (piece[0].islower() or not any(c.isalnum() for c in piece)
                      or _TITLE.search(line, spans[-1][0], spans[-1][1]) is not None):
            spans[-1][1] = at
        else:
            spans.append([start, at])
    return [line[a:b] for a, b in spans]


def _split_quotations(sentence: str, segment: Callable[[str], list[str]]) -> list[str]:
    """`sentence` cut at each sentence boundary that pysbd finds inside one of its quotations."""
    cuts: list[int] = []
    for span in outermost(sentence):
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


def outermost(sentence: str, double: re.Pattern[str] = _DOUBLE, single: re.Pattern[str] = _SINGLE
              ) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation: double quote marks first (as `double` finds them),
    then single ones (`single`) outside them."""
    doubles = [m.span() for m in double.finditer(sentence)]
    starts = [a for a, _ in doubles]  # in order, and the spans do not overlap

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < doubles[i][1]

    singles = [m.span() for m in single.finditer(sentence) if not inside(m.start())]
    return sorted(doubles + singles)
