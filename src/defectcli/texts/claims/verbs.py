"""Verbs that the reading of claims keys on, besides those of saying (numbers.vocabulary): of enlisting someone."""

from __future__ import annotations

from ...text import words_of

# Verbs of joining that take whom they enlist: "Zeya Hein recruited Lin Aung in 2014" is Lin Aung's enlistment.
RECRUITING = frozenset(words_of("recruited recruit recruits conscripted conscript conscripts enlisted enlist enlists"))
