"""The user's text as the full-text index sees it: words, phrases quoted so that no text is FTS5 syntax."""

from __future__ import annotations

import re
import unicodedata

from ...text import straighten

MAX_TERMS = 32
# A word: letters and digits, joined by apostrophes, dots, commas, hyphens ("don't", "12,341", "U.N.").
WORD = re.compile(r"[^\W_]+(?:['.,\-][^\W_]+)*")


def quoted(text: str) -> str:
    """Text as one FTS5 string: never syntax."""
    return '"' + text.replace('"', '""') + '"'


def prepare(text: str) -> str:
    """User text as the index holds text: compatibility forms composed, quote marks straight."""
    return straighten(unicodedata.normalize("NFKC", text)).lower()


def any_of(words: list[str]) -> str:
    """An FTS5 query for a record with any of `words`."""
    return "(" + " OR ".join(quoted(w) for w in dict.fromkeys(words)) + ")"


def all_of(words: list[str]) -> str:
    """An FTS5 query for a record with every one of `words`."""
    return "(" + " AND ".join(quoted(w) for w in dict.fromkeys(words)) + ")"


def rarest(words: list[str], n: int = 3) -> list[str]:
    """The `n` longest of `words`: as a rule the rarest, whose lists of rows in the full-text index
    are the shortest to read (a query costs what its words' lists hold, hits or not)."""
    return sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))[:n]
