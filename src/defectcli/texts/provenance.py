"""Provenance: each source's text found by SHA-256, and every excerpt and quote proved verbatim in it."""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..factbase.models import FactBase
from ..factbase.walk import excerpts
from ..text import normalise, shorten
from .articles import file_hashes


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
            problems.append(_p(loc, f"excerpt not found verbatim in source '{sid}': {_quoted(excerpt)}"))
    for q in fb.quotes:
        if q.source not in lines:
            continue
        src_lines = lines[q.source]
        if q.line > len(src_lines):
            problems.append(_p(q.loc, f"quote '{q.id}': source '{q.source}' has only {len(src_lines)} lines"))
            continue
        on_line = normalise(src_lines[q.line - 1])
        for part in q.parts:
            needle = normalise(part)
            if needle not in on_line:
                found = [n for n, text in enumerate(src_lines, start=1) if needle in normalise(text)]
                if found:
                    where = f"it is on line {found[0]}" if len(found) == 1 else \
                        f"it is on lines {', '.join(map(str, found))}"
                elif needle in whole[q.source]:
                    where = "it runs across lines of the source"
                else:
                    where = "found nowhere in the source"
                problems.append(_p(q.loc, f"quote '{q.id}' is not on line {q.line} ({where}): {_quoted(part)}"))
    return problems


def unnamed_texts(fb: FactBase, directory: Path) -> list[str]:
    """Files in the sources directory whose SHA-256 no source names (texts not yet registered)."""
    known = {s.sha256 for s in fb.sources}
    out = []
    for path, sha in _hashes(directory):
        if sha not in known:
            out.append(f"{path}: warning: no source has this text's sha256 ({sha[:16]}…); register it with "
                       "`defectcli add-source`, or move it out of the sources directory")
    return out


def uncited_sources(fb: FactBase) -> list[str]:
    """Sources that no fact cites: a source's own evidence (its credits) does not count."""
    credits = {id(e.loc) for s in fb.sources for e in s.evidence}
    cited = {sid for loc, sid, _ in excerpts(fb) if id(loc) not in credits} | {q.source for q in fb.quotes}
    return [f"{s.loc}: warning: source '{s.id}' is cited by no fact yet (`defectcli draft {s.id}` starts on it)"
            for s in fb.sources if s.id not in cited]


def find_text(directory: Path, sha256: str) -> str | None:
    """The UTF-8 text of the file in `directory` with this SHA-256, or None."""
    for path, sha in _hashes(directory):
        if sha == sha256:
            try:
                return path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                return None
    return None


def _hashes(directory: Path) -> list[tuple[Path, str]]:
    """(file, SHA-256) of each article-like file in `directory`; none if it cannot be read."""
    try:
        return file_hashes(directory)
    except OSError:
        return []



def _quoted(text: str) -> str:
    return f'"{shorten(normalise(text))}"'
