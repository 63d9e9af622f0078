"""A count that takes in a person it names ("Four people, including Pyae Mg, share a room", "Pyae Mg is one of four
people sharing a room"): a record may count those beside that person ("with three others"), one fewer
(factbase/verdicts/inclusive.py compares them)."""

from __future__ import annotations

import re

# after the count's words: ", including X", "(among them X)", "— X included"
_AFTER = re.compile(r"^[\w\s'’-]{0,40}?\s*[,(—–]?\s*(?:including|counting|among\s+them|among\s+whom\s+(?:is|was))\s+$", re.I)
# or a name set off after it, then the word: ", X among them", "(X included)"
_SET_OFF = re.compile(r"^[\w\s'’-]{0,40}?\s*[,(—–]\s*$")
_TAKEN_IN = re.compile(r"^\s+(?:among\s+them|included|one\s+of\s+them)\b", re.I)
# before the count: "X is one of", "X, one of", "X was among"
_BEFORE = re.compile(r"^\s*(?:,|\s(?:is|was|being))?\s*(?:one\s+of|among)\s+(?:the\s+)?$", re.I)


def included(text: str, start: int, end: int, names: list[tuple[str, int]]) -> str | None:
    """The name of whom the count from `start` to `end` of `text` says it takes in, as written; None if none."""
    for name, offset in names:
        if offset >= end and _AFTER.match(text[end:offset]) and not re.match(r"['’]s\b", text[offset + len(name):]):
            return name  # (not "including Pyae Mg's brother")
        if offset >= end and _SET_OFF.match(text[end:offset]) and _TAKEN_IN.match(text[offset + len(name):]):
            return name
        if offset + len(name) <= start and _BEFORE.match(text[offset + len(name):start]):
            return name
    return None
