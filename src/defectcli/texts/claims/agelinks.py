"""Where a named person's age now ends its clause ("Maung Sein is 19.", "is 21 now, but joined at 15", "is 19
whereas he joined at 15"), and where an age set off after a name is his age on joining ("Bo Pyay, 17 when he
joined, served a decade"): number claims (numbers.py) and the words a record must say beside them (beside.py)."""

from __future__ import annotations

from ...numbers.values import Token
from ...text import words_of
from .events import ENLISTMENT, joins_service

# Words of the present after an age, which leave it his age now: "is 21 now", "today", "these days", "at present"
_NOW = (("now",), ("today",), ("nowadays",), ("currently",), ("presently",), ("these", "days"), ("at", "present"))
# A clause of its own after an age, whose joining has its own age: "is 21 but (and, though he, whereas he) joined at 15"
_LINKS = frozenset(words_of("and but yet though although while whilst whereas even"))
_JOINING = ENLISTMENT | {"decision", "decided"}


def _past_now(words: list[str], last: int) -> int:
    """Where the words after an age go on, past a word of the present ("21 now", "21 these days")."""
    return next((last + len(now) for now in _NOW if tuple(words[last:last + len(now)]) == now), last)


def linked(words: list[str], last: int) -> bool:
    """Whether a clause of its own follows the age ending at `last` ("is 21 now, but joined at 15")."""
    k = _past_now(words, last)
    k += words[k:k + 1] == [","]
    return k < len(words) and words[k] in _LINKS


def ends_clause(words: list[str], last: int) -> bool:
    """Whether the age ending at `last` ends its clause ("is 19.", "is 19 now;", "is 21 today but joined at 15")."""
    return words[_past_now(words, last):][:1] in ([], ["."], [","], [";"]) or linked(words, last)


def age_clause(tokens: list[Token], start: int, k: int) -> bool:
    """Whether tokens[k], right after a named person's age now, opens a clause of its own ("Maung Sein is 19 while he
    joined at 15"): no word of it is the age's to say."""
    return k < len(tokens) and start >= 2 and tokens[start - 1].text.lower() in ("is", "turned") and \
        tokens[start - 2].text[:1].isupper() and linked([t.text.lower() for t in tokens], k)


def joined_when(words: list[str], tokens: list[Token], b: int, last: int) -> bool:
    """Whether the age at words[b:last], set off after a name, is said of his joining ("Bo Pyay, 17 when he joined,
    served", "Maung Sein, only 15 when he enlisted, is now 19")."""
    if not (b >= 2 and words[b - 1] == "," and tokens[b - 2].text[:1].isupper() and words[last:last + 1] == ["when"]):
        return False
    close = next((k for k in range(last + 1, min(len(words), last + 7)) if words[k] in (",", ";", ")", "—", "–")), None)
    return close is not None and any(words[k] in _JOINING and (words[k] not in ENLISTMENT or joins_service(words, k))
                                     for k in range(last + 1, close))
