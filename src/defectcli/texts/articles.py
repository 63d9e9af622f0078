"""The article texts a fact base cites: found in a directory by SHA-256, and an excerpt found in them.

The texts are not part of the project; `check --sources DIR` and `show --sources DIR` read them from
wherever the user keeps them, whatever the files are called. An article text holds one paragraph
per line.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import NamedTuple

from ..text import straighten

MAX_SOURCE_BYTES = 64 * 1024 * 1024


class Wanted(NamedTuple):
    id: str
    sha256: str
    file_hint: str | None = None


class Article(NamedTuple):
    path: Path
    text: str


def find_texts(wanted: list[Wanted], directory: Path) -> tuple[dict[str, Article], dict[str, str]]:
    """Each wanted source's text from `directory`, by SHA-256; and for each one not usable, why.

    The file its `file_hint` names is tried first; only when that is not it is every file hashed.
    """
    found: dict[str, Article] = {}
    why: dict[str, str] = {}
    by_hash: dict[str, Path] | None = None
    for w in wanted:
        path = None
        if w.file_hint and "/" not in w.file_hint and _sha256(directory / w.file_hint) == w.sha256:
            path = directory / w.file_hint
        else:
            if by_hash is None:
                by_hash, problem = _hashes(directory)
                if problem:
                    return {}, {x.id: problem for x in wanted}
            path = by_hash.get(w.sha256)
        if path is None:
            hint = f" (expected {w.file_hint}; it is missing or changed)" if w.file_hint else ""
            why[w.id] = f"no file in {directory} has sha256 {w.sha256}{hint}"
            continue
        try:
            found[w.id] = Article(path, path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            why[w.id] = f"{path} is not UTF-8 text"
        except OSError as exc:
            why[w.id] = f"{path} cannot be read ({exc.strerror})"
    return found, why


def _sha256(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def file_hashes(directory: Path) -> list[tuple[Path, str]]:
    """(file, SHA-256) of each regular, not hidden file in `directory`, by name; raises OSError if the
    directory cannot be read."""
    out: list[tuple[Path, str]] = []
    for name in sorted(os.listdir(directory)):
        digest = None if name.startswith(".") else _sha256(directory / name)
        if digest:
            out.append((directory / name, digest))
    return out


def _hashes(directory: Path) -> tuple[dict[str, Path], str | None]:
    try:
        found = file_hashes(directory)
    except OSError as exc:
        return {}, f"sources directory cannot be read ({exc.strerror})"
    out: dict[str, Path] = {}
    for path, digest in found:
        out.setdefault(digest, path)
    return out, None


class Place(NamedTuple):
    line: int  # 1-based line (paragraph) of the article
    start: int  # where the excerpt starts and ends within that line
    end: int


def locate(text: str, excerpt: str, near: int | None = None) -> Place | None:
    """Where `excerpt` stands in `text`, as `check` proves it: quote-mark style and runs of white space
    forgiven, nothing else. The line `near` (a quote's line) is tried first."""
    words = straighten(excerpt).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lines = text.split("\n")
    order = list(range(len(lines)))
    if near is not None and 1 <= near <= len(lines):
        order.insert(0, near - 1)
    for i in order:
        found = pattern.search(straighten(lines[i]))  # straighten maps one character to one
        if found:
            return Place(i + 1, found.start(), found.end())
    return None


def around(text: str, line: int, paragraphs: int) -> list[tuple[int, str]]:
    """The paragraph on `line` and `paragraphs` paragraphs (non-empty lines) before and after it."""
    lines = text.split("\n")
    before = [i for i in range(line - 2, -1, -1) if lines[i].strip()][:paragraphs]
    after = [i for i in range(line, len(lines)) if lines[i].strip()][:paragraphs]
    return [(i + 1, lines[i]) for i in sorted([*before, line - 1, *after])]
