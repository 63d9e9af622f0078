"""Text folding shared by name matching and search: case, accents, apostrophes, spaces, titles."""

from __future__ import annotations

import unicodedata

# Typographic quote marks to straight ones: shared by search folding and the verbatim check.
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                             "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'})
# Ranks and titles a user may put before a name; "Capt Zay Thu Aung" finds "Zay Thu Aung".
TITLES = frozenset({
    "capt", "captain", "maj", "major", "lt", "lieutenant", "col", "colonel", "gen", "general", "sgt",
    "sergeant", "cpl", "corporal", "pvt", "private", "cdr", "commander", "mr", "mrs", "ms", "dr",
})


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-apostrophe, single-spaced text."""
    if text.isascii():  # most fact text: nothing to decompose, and "`" is the only quote mark to fold
        plain = text.replace("`", "'")
    else:
        plain = unicodedata.normalize("NFKD", text.translate(QUOTE_MARKS))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def name_key(text: str, titles: frozenset[str] = TITLES) -> str:
    """A name folded for matching, with leading titles and trailing dots dropped."""
    words = [w.rstrip(".") for w in fold(text).split(" ")]
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return " ".join(w for w in words if w)
