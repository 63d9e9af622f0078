"""What only the whole fact base can say: unique ids, references that resolve, one preferred figure.

Pure functions over a FactBase: they return problems and never print or exit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..errors import Problem
from ..text import suggest
from .checks import validate_records
from .models import KINDS, FactBase, Loc
from .walk import records, references


def _p(loc: Loc, message: str) -> Problem:
    return Problem(loc.file, loc.line, message)


# Each kind's list in YAML, and the singular its ids and messages use.
ID_KINDS = {plural: cls.__name__.lower() for plural, cls in KINDS.items()}


def dangling(loc: Loc, what: str, target: str, kind: str, known: Iterable[str]) -> Problem:
    noun = "person or organisation" if kind == "actor" else kind
    return _p(loc, f"{what} '{target}' is not a known {noun} id{suggest(target, known)}")


def validate(fb: FactBase) -> list[Problem]:
    """Every problem a loaded fact base has: per record, ids, and references."""
    problems = validate_records(records(fb))
    ids: dict[str, dict[str, Loc]] = {}
    for plural, kind in ID_KINDS.items():
        seen: dict[str, Loc] = {}
        for rec in getattr(fb, plural):
            if rec.id in seen:
                first = seen[rec.id]  # in the same directory: its name says which file, whatever the path
                problems.append(_p(rec.loc, f"duplicate {kind} id '{rec.id}' (first at {Path(first.file).name}:{first.line})"))
            else:
                seen[rec.id] = rec.loc
        ids[kind] = seen
    for both in ids["person"].keys() & ids["organisation"].keys():
        problems.append(_p(ids["organisation"][both], f"id '{both}' is both a person and an organisation"))
    ids["actor"] = {**ids["organisation"], **ids["person"]}
    for rec in records(fb):
        for loc, what, target, kind in references(rec):
            if target not in ids[kind]:
                problems.append(dangling(loc, what, target, kind, ids[kind]))
    figures = {f.id: f for f in fb.figures}
    for c in fb.conflicts:
        preferred = {cl.figure for cl in c.claims if cl.figure in figures and figures[cl.figure].rank == "preferred"}
        if len(preferred) > 1:
            problems.append(_p(c.loc, f"more than one preferred figure for one quantity: {', '.join(sorted(preferred))}"))
    return sorted(problems, key=lambda p: (p.file, p.line, p.message))


def counts(fb: FactBase) -> Counter[str]:
    """How many records of each kind, for the check summary."""
    facts_first = [k for k in KINDS if k != "themes"] + ["themes"]  # the vocabulary last
    return Counter({k: len(getattr(fb, k)) for k in facts_first})
