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
