"""Words for what only the whole fact base can say: a dangling reference.

The whole-base rules run in the index (store/cache/index.py, store/cache/consistency.py), for check and
queries alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem
from ..text import quoted, suggest
from .models import Loc


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)


def dangling(loc: Loc, what: str, target: str, kind: str, known: Iterable[str]) -> Problem:
    noun = "person or organisation" if kind == "actor" else kind
    return _p(loc, f"{what} {quoted(target)} is not a known {noun} id{suggest(target, known)}")

