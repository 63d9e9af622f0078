"""Provenance: each source's text found by SHA-256, and every excerpt and quote proved verbatim in it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import Problem
from ..text import normalise
from .models import FactBase
from .walk import excerpts

MAX_SOURCE_BYTES = 64 * 1024 * 1024


def _p(loc: object, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)  # type: ignore[attr-defined]


def find_sources(fb: FactBase, directory: Path) -> tuple[dict[str, str], list[Problem]]:
    """Each source's text, found in `directory` by SHA-256 whatever the file is called."""
    problems: list[Problem] = []
    by_hash: dict[str, Path] = {}
    try:
        names = sorted(os.listdir(directory))
    except OSError as exc:
        return {}, [Problem(str(directory), 0, f"sources directory cannot be read ({exc.strerror})")]
    for name in names:
        path = directory / name
        try:
            if not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
                continue
            by_hash.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
        except OSError:
            continue
    texts: dict[str, str] = {}
    for s in fb.sources:
        found = by_hash.get(s.sha256)
        if found is None:
            hint = f" (expected {s.file_hint}; it is missing or changed)" if s.file_hint else ""
            problems.append(_p(s.loc, f"source '{s.id}': no file in {directory} has sha256 {s.sha256}{hint}"))
            continue
        try:
            texts[s.id] = found.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problems.append(_p(s.loc, f"source '{s.id}': {found} is not UTF-8 text"))
    return texts, problems


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
