"""Provenance: each source's text found by SHA-256, and every excerpt and quote proved verbatim in it."""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..text import normalise
from .models import FactBase
from .walk import excerpts


def _p(loc: object, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)  # type: ignore[attr-defined]


def find_sources(fb: FactBase, directory: Path) -> tuple[dict[str, str], list[Problem]]:
    """Each source's text, found in `directory` by SHA-256 whatever the file is called."""
    from .articles import Wanted, find_texts

    found, why = find_texts([Wanted(s.id, s.sha256, s.file_hint) for s in fb.sources], directory)
    unreadable = {m for m in why.values() if m.startswith("sources directory")}
    if unreadable:
        return {}, [Problem(str(directory), 0, unreadable.pop())]
    problems = [_p(s.loc, f"source '{s.id}': {why[s.id]}") for s in fb.sources if s.id in why]
    return {sid: article.text for sid, article in found.items()}, problems


def check_provenance(fb: FactBase, texts: dict[str, str]) -> list[Problem]:
    """Every excerpt and quote, verbatim in its source; every quote on the line it claims."""
    problems: list[Problem] = []
    whole = {sid: normalise(t) for sid, t in texts.items()}
    lines = {sid: t.split("\n") for sid, t in texts.items()}
    for loc, sid, excerpt in excerpts(fb):
        if sid in whole and normalise(excerpt) not in whole[sid]:
            problems.append(_p(loc, f"excerpt not found verbatim in source '{sid}': {_short(excerpt)}"))
    for q in fb.quotes:
        if q.source not in lines:
            continue
        src_lines = lines[q.source]
        if q.line > len(src_lines):
            problems.append(_p(q.loc, f"quote '{q.id}': source '{q.source}' has only {len(src_lines)} lines"))
            continue
        on_line = normalise(src_lines[q.line - 1])
        for part in q.parts:
            if normalise(part) not in on_line:
                where = "elsewhere in" if normalise(part) in whole[q.source] else "nowhere in"
                problems.append(_p(q.loc, f"quote '{q.id}' is not on line {q.line} (found {where} the source): {_short(part)}"))
    return problems


def _short(text: str, width: int = 60) -> str:
    text = normalise(text)
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 1]}…"'
