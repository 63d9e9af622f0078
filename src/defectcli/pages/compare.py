"""Pure comparisons of texts: a source's excerpts looked up in a text, and what changed between two
texts, paragraph by paragraph, as a short word diff. Nothing here reads a file or prints.

Excerpts are looked up as `check --sources` proves them (`text.normalise`: quote-mark style and
runs of white space forgiven, nothing else); paragraphs are the lines of a text, as add-source
keeps it, and two paragraphs are the same when they normalise the same.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..text import normalise, shorten
from ..texts.articles import locate


class Cited(NamedTuple):
    record: str  # the id of the record (top-level) that holds the excerpt
    text: str
    line: int | None  # a quote's line in the pinned text; excerpts are found by their text


def of_source(cited: Iterable[Any], sid: str) -> list[Cited]:
    """Every excerpt and quote part of source `sid` (texts.provenance.Cited, as the index keeps them),
    each with its record's id; a figure's wording is part of its excerpt and a waiver cites nothing."""
    return [Cited(c.record, c.text, c.near) for c in cited if c.source == sid and c.what != "wording"]


class Proof(NamedTuple):
    total: int
    missing: list[Cited]

    @property
    def found(self) -> int:
        return self.total - len(self.missing)

    def missing_records(self) -> list[str]:
        return list(dict.fromkeys(c.record for c in self.missing))


def prove(excerpts: list[Cited], text: str) -> Proof:
    """Which excerpts `text` holds, as the verbatim check finds them (anywhere in the text)."""
    whole = normalise(text)
    return Proof(len(excerpts), [c for c in excerpts if normalise(c.text) not in whole])


class Change(NamedTuple):
    old_line: int | None  # None: a paragraph added
    new_line: int | None  # None: a paragraph removed
    old: str
    new: str


def changes(old: str, new: str) -> list[Change]:
    """The paragraphs that differ between two texts: changed, added or removed (blank lines aside)."""
    a = [(i, p) for i, p in enumerate(old.split("\n"), 1) if p.strip()]
    b = [(i, p) for i, p in enumerate(new.split("\n"), 1) if p.strip()]
    matcher = difflib.SequenceMatcher(None, [normalise(p) for _, p in a], [normalise(p) for _, p in b],
                                      autojunk=False)
    out: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):  # paired in order; what is left over was added or removed
            o = olds[k] if k < len(olds) else None
            n = news[k] if k < len(news) else None
            out.append(Change(o[0] if o else None, n[0] if n else None, o[1] if o else "", n[1] if n else ""))
    return out


def touched(found: list[Change], excerpts: list[Cited], old: str, new: str) -> list[str]:
    """The records whose excerpts stand in a changed paragraph, in the old text or the new one."""
    old_lines = {c.old_line for c in found if c.old_line}
    new_lines = {c.new_line for c in found if c.new_line}
    out: list[str] = []
    for c in excerpts:
        before, after = locate(old, c.text, c.line), locate(new, c.text)
        if (before is not None and before.line in old_lines) or (after is not None and after.line in new_lines) \
                or (before is not None and after is None):
            out.append(c.record)
    return list(dict.fromkeys(out))


def word_diff(old: str, new: str, context: int = 4, width: int = 160) -> str:
    """The words that differ, `[-removed-]{+added+}` as `git diff --word-diff=plain` writes them,
    with `context` words around each change and … where words are left out."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, [normalise(w) for w in a], [normalise(w) for w in b], autojunk=False)
    pieces: list[str] = []
    ops = matcher.get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            words = a[i1:i2]
            first, last = n == 0, n == len(ops) - 1
            if len(words) > 2 * context + (0 if first or last else 1):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                words = [*head, "…", *tail]
            pieces += words
            continue
        pieces.append(("[-" + " ".join(a[i1:i2]) + "-]" if i2 > i1 else "")
                      + ("{+" + " ".join(b[j1:j2]) + "+}" if j2 > j1 else ""))
    return shorten(" ".join(pieces), width)


def described(found: list[Change], most: int = 5) -> list[str]:
    """Each change on a line a person reads: `line 3: … [-1,204-]{+1,310+} departures …`."""
    out: list[str] = []
    for c in found[:most]:
        if c.old_line is None:
            out.append(f"added at line {c.new_line}: {_flat(c.new)}")
        elif c.new_line is None:
            out.append(f"removed, line {c.old_line}: {_flat(c.old)}")
        else:
            where = f"line {c.old_line}" if c.old_line == c.new_line else f"line {c.old_line} (now {c.new_line})"
            out.append(f"{where}: {word_diff(c.old, c.new)}")
    if len(found) > most:
        out.append(f"… and {len(found) - most} more paragraph{'s' if len(found) - most != 1 else ''}")
    return out


def _flat(text: str) -> str:
    return shorten(" ".join(text.split()), 120)
