"""Whose a number is when a sentence sets two claimants side by side: "12,341 have defected, according to
People’s Embrace; the NUG says over 13,000", "People’s Embrace counts 12,341, while the NUG says 13,000". A
claimant named in one such clause states the numbers of its own clause and of those after it, never those of a
clause before it (claimant.py reads the sentence's one claimant; this reads it clause by clause)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .claimant import attribution_of

# Where one claimant's clause ends and another's may start: a semicolon, or a contrast ("…, but the NUG says")
_BOUNDARY = re.compile(r";|,\s*(?:but|while|whereas|though|although|yet)\s|\s(?:but|whereas)\s|,\s*while\s")


def clause_attribution(blanked: str, whole: str | None) -> Callable[[int], str | None]:
    """For an offset of `blanked`, the claimant of its clause: its own, or else one named in a clause before
    it; `whole` (the sentence's one claimant, which two side by side may leave unread) where it has one clause."""
    cuts = [m.end() for m in _BOUNDARY.finditer(blanked)]
    if not cuts:
        return lambda _at: whole
    bounds = list(zip([0, *cuts], [*cuts, len(blanked)], strict=True))
    own = [attribution_of(blanked[a:b].strip()) for a, b in bounds]

    def at(offset: int) -> str | None:
        k = next((i for i, (_, b) in enumerate(bounds) if offset < b), len(bounds) - 1)
        return next((said for said in reversed(own[:k + 1]) if said is not None), None)
    return at
