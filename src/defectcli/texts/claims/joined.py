"""The sentences of a text to verify, as its claims are read: a quotation the splitter cut put back together,
and its tag ("“…!” Khant Tun said.") kept with it. For parse.py."""

from __future__ import annotations

import re

from ...numbers.vocabulary import SAYING
from ..sentences import pieces, split
from .quoting import quotations
from .tags import byline, is_tag


def sentences(text: str) -> list[tuple[int, str]]:
    """(line, sentence) of each sentence, a quotation cut by the splitter put back together; one
    longer than READ_LONGEST in pieces. Each piece of the text is read once: a quotation left
    open for a whole paragraph is not read again at each sentence it takes in."""
    lines = text.split("\n")
    found: list[tuple[int, int, int, str | None]] = []  # line, start, end, text (None: row[start:end])
    state: tuple[int, bool] | None = None  # the quote marks open after the last sentence, while any are
    at = 0
    for s in split(text):
        row = lines[s.line - 1]
        start = max(row.find(s.text, at if found and found[-1][0] == s.line else 0), 0)
        before, at = at, start + len(s.text)
        if state is not None and found[-1][0] == s.line:
            first = found[-1][1]
            state = _marks(row[before:at], state) if at >= before else _marks(row[first:at], (0, False))
            found[-1] = (s.line, first, at, None)
        elif found and found[-1][0] == s.line and at >= before and _tag_of(row[found[-1][1]:before], s.text):
            found[-1] = (s.line, found[-1][1], at, None)  # "“…!” Khant Tun said.": the quotation's own tag
            state = _marks(row[found[-1][1]:at], (0, False))
        else:
            found.append((s.line, start, at, s.text))
            state = _marks(s.text, (0, False))
        if not (state[0] > 0 or state[1]):
            state = None
    out = [(line, lines[line - 1][a:b] if said is None else said) for line, a, b, said in found]
    return [(line, piece) for line, sentence in out for piece in pieces(sentence, READ_LONGEST, quotations)]


# The longest "sentence" verify reads whole: over twice the longest of a real article (261 characters). Each claim's
# reading looks across its sentence, so a longer one (a line of names and ages with no full stop) costs its claims
# more each; read in pieces of this size, 64 KiB of the densest claims is checked in seconds.
READ_LONGEST = 600


def _tag_of(before: str, text: str) -> bool:
    """Whether `text`, a sentence the splitter cut after a quotation ending in a full stop, a question or an
    exclamation mark (`before`), is that quotation's tag: "Khant Tun said.", "he told The Irrawaddy.", "—
    Khant Tun"."""
    if not before.rstrip().endswith(("”", '"')) or before.lstrip()[:1] not in ("“", '"') or \
            any(c in text for c in "“”\""):
        return False  # not "Khant Tun said: “….” Lin Aung said: “…”", whose second sentence is its own
    return text.lstrip()[:1] in ("—", "–", "-", "(") or _TAG.match(text) is not None or is_tag(text) or \
        byline(text) is not None or \
        re.fullmatch(r"\s*(?:[A-Z][\w’'-]*\s*){1,5}\.?\s*", text) is not None  # "“….” Khant Tun"


_TAG = re.compile(r"\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|he|she|they)(?:\s*,[^,]{1,40},)?\s+(?:\w+ly\s+)?(?:" +
                  "|".join(sorted(SAYING | {"asked", "exclaimed", "added", "wrote", "recalled"})) + r")\b")


def _marks(text: str, state: tuple[int, bool]) -> tuple[int, bool]:
    """The double quotations open after `text`, given those open before it: (how deep in typographic
    marks, whether inside straight ones)."""
    depth, straight = state
    for c in text:
        if c == "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
    return depth, straight


def with_lead_ins(text: str) -> str:
    """The text with a quotation on the line after its lead-in ("He said:" / "“…”", a blank line between or not) put
    on the quotation's line with it, to be read together; every line keeps its number (the lead-in's is left blank)."""
    return _LEAD_IN.sub(lambda m: m.group(1) + "\n" * (m.group().count("\n") - len(m.group(1))) +
                        f"{m.group(2)}: {m.group(3)}", text)


_LEAD_IN = re.compile(r"(^|\n)([^\n]*?):[ \t]*\n(?:[ \t]*\n)?[ \t]*([“\"][^\n]*)")
