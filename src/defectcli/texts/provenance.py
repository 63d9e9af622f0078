"""Provenance: each source's text found by SHA-256, and every excerpt and quote proved verbatim in it.

Pure over plain tuples: what the fact base cites (`Cited`, one per excerpt, wording or quote part,
with the fact file and line that cites it) and its sources (`SourceRef`), as the index keeps them
(`check`) or as they are read from the models (`cited_in`, for `draft`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import Problem
from ..text import normalise, quoted, shorten
from .articles import file_hashes

if TYPE_CHECKING:
    from ..factbase.models import FactBase

# What a cited text is (factbase/walk.py): provenance is proved anywhere in its source; a figure's
# wording is part of its excerpt; a quote part must be on its quote's line.
PROVENANCE = frozenset({"evidence", "credit", "attribute", "giver", "claim", "figure"})


class Cited(NamedTuple):
    file: str  # the fact file that cites it, and the line
    line: int
    kind: str  # the record's kind and id
    record: str
    what: str  # see PROVENANCE; "wording", "quote"
    source: str
    text: str
    near: int | None  # the line of the article it must be on (a quote's)


class SourceRef(NamedTuple):
    id: str
    sha256: str
    file_hint: str | None
    file: str
    line: int
    url: str | None = None  # where it was published, by its publication record


def cited_in(fb: FactBase) -> list[Cited]:
    """Every text the records of `fb` (models, as the loader reads them) cite, in file order."""
    from ..factbase.kinds import KINDS
    from ..factbase.walk import citations, flatten

    out = []
    for plural, single in KINDS.items():
        for rec in getattr(fb, plural):
            for what, source, text, near, line in citations(flatten(rec)):
                out.append(Cited(rec.loc.file, line, single, getattr(rec, "id", ""), what, source, text, near))
    return out


def find_sources(sources: Sequence[SourceRef], directory: Path) -> tuple[dict[str, str], list[Problem]]:
    """Each source's text, found in `directory` by SHA-256 whatever the file is called."""
    from .articles import Wanted, find_texts

    found, why = find_texts([Wanted(s.id, s.sha256, s.file_hint) for s in sources], directory)
    unreadable = {m for m in why.values() if m.startswith("sources directory")}
    if unreadable:
        return {}, [Problem(str(directory), 0, unreadable.pop())]
    problems = [Problem(s.file, s.line, f"source {quoted(s.id)}: {why[s.id]}") for s in sources if s.id in why]
    return {sid: article.text for sid, article in found.items()}, problems


def check_provenance(cited: Iterable[Cited], texts: dict[str, str]) -> list[Problem]:
    """Every excerpt verbatim in its source; every quote part on the line its quote claims."""
    problems: list[Problem] = []
    whole = {sid: normalise(t) for sid, t in texts.items()}
    lines = {sid: t.split("\n") for sid, t in texts.items()}
    starts: dict[str, dict[str, list[int]]] = {}
    for c in cited:
        if c.source not in whole:
            continue
        if c.what in PROVENANCE:
            if first_at(normalise(c.text), whole[c.source], starts.setdefault(c.source, {})) < 0:
                problems.append(Problem(c.file, c.line, f"excerpt not found verbatim in source {quoted(c.source)}: "
                                                        f"{_quoted(c.text)}"))
        elif c.what == "quote" and c.near is not None:
            problems += _quote_part(c, lines[c.source], whole[c.source])
    return list(dict.fromkeys(problems))  # a quote's "has only N lines" once, not once per part


_KEY = 12  # an excerpt is looked up by its first characters at the words of its text


def first_at(needle: str, text: str, starts: dict[str, list[int]]) -> int:
    """Where `needle` is in `text` (-1: nowhere): at the first word of the text that begins with it,
    else anywhere. A search of the whole text for each of thousands of excerpts made `check`
    quadratic in a long text's records; `starts` (filled on first use) indexes the text's words."""
    if len(needle) >= _KEY:
        if not starts:
            starts.update(_word_starts(text))
        for p in starts.get(needle[:_KEY], ()):
            if text.startswith(needle, p):
                return p
    return text.find(needle)


def _word_starts(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<!\S)\S", text):
        out.setdefault(text[m.start():m.start() + _KEY], []).append(m.start())
    return out


def _quote_part(c: Cited, src_lines: list[str], whole: str) -> list[Problem]:
    assert c.near is not None
    if c.near > len(src_lines):
        return [Problem(c.file, c.line, f"quote {quoted(c.record)}: source {quoted(c.source)} has only {len(src_lines)} lines")]
    needle = normalise(c.text)
    if needle in normalise(src_lines[c.near - 1]):
        return []
    found = [n for n, text in enumerate(src_lines, start=1) if needle in normalise(text)]
    if found:
        where = f"it is on line {found[0]}" if len(found) == 1 else f"it is on lines {', '.join(map(str, found))}"
    elif needle in whole:
        where = "it runs across lines of the source"
    else:
        where = "found nowhere in the source"
    return [Problem(c.file, c.line, f"quote {quoted(c.record)} is not on line {c.near} ({where}): {_quoted(c.text)}")]


def unnamed_texts(known: set[str], directory: Path) -> list[str]:
    """Files in the sources directory whose SHA-256 (`known`: the sources' own) no source names."""
    out = []
    for path, sha in _hashes(directory):
        if sha not in known:
            out.append(f"{path}: warning: no source has this text's sha256 ({sha[:16]}…); register it with "
                       "`defectcli add-source`, or move it out of the sources directory")
    return out


def uncited_sources(sources: Sequence[SourceRef], cited: Iterable[Cited]) -> list[str]:
    """Sources that no fact cites: a source's own evidence (its credits) does not count."""
    used = {c.source for c in cited if c.what != "credit"}
    return [f"{s.file}:{s.line}: warning: source {quoted(s.id)} is cited by no fact yet (`defectcli draft {s.id}` starts "
            "on it)" for s in sources if s.id not in used]


def _hashes(directory: Path) -> list[tuple[Path, str]]:
    """(file, SHA-256) of each article-like file in `directory`; none if it cannot be read."""
    try:
        return file_hashes(directory)
    except OSError:
        return []


def _quoted(text: str) -> str:
    return f'"{shorten(normalise(text))}"'
