"""Words for what only the whole fact base can say (a dangling reference), and its record counts.

The whole-base rules run in the index (store/cache/index.py, store/cache/consistency.py), for check and
queries alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..errors import Problem
from ..text import suggest
from .models import KINDS, FactBase, Loc


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)


def dangling(loc: Loc, what: str, target: str, kind: str, known: Iterable[str]) -> Problem:
    noun = "person or organisation" if kind == "actor" else kind
    return _p(loc, f"{what} '{target}' is not a known {noun} id{suggest(target, known)}")


def counts(fb: FactBase) -> Counter[str]:
    """How many records of each kind, for the check summary."""
    facts_first = [k for k in KINDS if k != "themes"] + ["themes"]  # the vocabulary last
    return Counter({k: len(getattr(fb, k)) for k in facts_first})
