"""How names are matched: the honorifics and ranks that come and go before a Myanmar name, in one table.

Burmese names have no family name; a person is known by the whole name, and an honorific often
stands before it and comes and goes between sources (U, Daw, Ko, Ma, Maung or Mg, and in ethnic
naming Saw, Naw, Sai, Nang, Khun; Bo for an officer). Honorifics can also be part of a name as
published (Maung Sein, Pyae Mg, Bo Pyay), so they are optional on both sides of a match but never
dropped to leave a one-word name: "Ko Lin Aung" finds Lin Aung, yet "Bo Pyay" stays "bo pyay".
English-language reporting adds military ranks, often abbreviated (Capt., Maj., Lt., ...).
"""

from __future__ import annotations

from ..text import fold

# Each row: the form a key uses, then every way it is written (folded, without a trailing dot).
HONORIFICS: dict[str, tuple[str, ...]] = {
    "u": ("u",),  # man, older or senior
    "daw": ("daw",),  # woman, older or senior
    "ko": ("ko",),  # man, peer
    "ma": ("ma",),  # woman, peer
    "maung": ("maung", "mg"),  # boy or younger man
    "saw": ("saw",),  # Karen, man
    "naw": ("naw",),  # Karen, woman
    "sai": ("sai",),  # Shan, man
    "nang": ("nang",),  # Shan, woman
    "khun": ("khun",),  # Pa-O
    "bo": ("bo",),  # an officer; also part of names (Bo Pyay)
}
RANKS: dict[str, tuple[str, ...]] = {
    "capt": ("capt", "captain", "cpt"),
    "maj": ("maj", "major"),
    "lt": ("lt", "lieutenant", "lieut"),
    "col": ("col", "colonel"),
    "gen": ("gen", "general"),
    "brig": ("brig", "brigadier"),
    "sgt": ("sgt", "sergeant"),
    "cpl": ("cpl", "corporal"),
    "pvt": ("pvt", "pte", "private"),
    "cdr": ("cdr", "commander"),
    "mr": ("mr",),
    "mrs": ("mrs",),
    "ms": ("ms",),
    "dr": ("dr", "doctor"),
}
# Every written form to the form keys use: "mg" -> "maung", "captain" -> "capt".
CANONICAL: dict[str, str] = {form: key for table in (HONORIFICS, RANKS) for key, forms in table.items()
                             for form in forms}
# Forms that may be left out before a name (while two words or more remain).
DROPPABLE: frozenset[str] = frozenset(CANONICAL.values())


def words(text: str) -> list[str]:
    """A name's words, folded (case, accents, apostrophes, spaces), each title written one way.

    A dot ends an abbreviation ("Capt.", "Mg.") and is dropped; hyphens join nothing ("aye-mya").
    """
    out = []
    for word in fold(text).replace("-", " ").split(" "):
        word = word.strip(".,")
        if word:
            out.append(CANONICAL.get(word, word))
    return out


def name_key(text: str, titles: frozenset[str] = frozenset()) -> str:
    """The key a name is matched by: its words, with leading honorifics and ranks (and the person's
    own `titles`) dropped as long as two words or more remain."""
    found = words(text)
    own = {CANONICAL.get(t, t) for t in (w for title in titles for w in words(title))}
    droppable = DROPPABLE | own
    # "Capt Smith" and "Bo Pyay" keep their first word: no one-word key is made by dropping it
    # ("Smith" and "Pyay" alone still find them, as a part of the name).
    while len(found) > 2 and found[0] in droppable:
        found.pop(0)
    return " ".join(found)
