"""How names are matched: the honorifics and ranks that come and go before a Myanmar name, in one table.

Burmese names have no family name; a person is known by the whole name, and an honorific often
stands before it and comes and goes between sources (U, Daw, Ko, Ma, Maung or Mg, and in ethnic
naming Saw, Naw, Sai, Nang, Khun; Bo for an officer). Honorifics can also be part of a name as
published (Maung Sein, Pyae Mg, Bo Pyay), so they are optional on both sides of a match but never
dropped to leave a one-word name: "Ko Lin Aung" finds Lin Aung, yet "Bo Pyay" stays "bo pyay".
English-language reporting adds military ranks, often abbreviated (Capt., Maj., Lt., ...).
"""

from __future__ import annotations

from typing import Any

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
    """A name's words, folded (case, accents, spaces), each title written one way.

    A dot ends an abbreviation ("Capt.", "Mg.") and is dropped, as is the asterisk that marks a
    pseudonym ("Maung*"); an apostrophe may be typed or not ("Peoples" is "People’s"); hyphens join
    nothing ("aye-mya").
    """
    out = []
    for word in fold(text).replace("'", "").replace("-", " ").split(" "):
        word = word.strip(".,*")
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


def lone_title(key: str) -> bool:
    """Whether a key is an honorific or rank alone ("maung", "capt"): a word many names share, which
    names no one by itself."""
    return key in DROPPABLE


def organisation_key(text: str) -> str:
    """The key an organisation's name or alias is matched by: its words, without a leading "the"."""
    found = words(text)
    return " ".join(found[1:] if len(found) > 1 and found[0] == "the" else found)


# What a row of a person's names is: a real name or alias; that name with its titles ("capt zay thu
# aung"); an unnamed person's label; a description (described_as). A part of a real name wins over
# a part of the others (`person Thawda` is Thawda Win, not "Wife of Thawda Win").
NAME, TITLED, LABEL, DESCRIBED = "name", "title", "label", "described"


def person_names(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(name as written, key, what) of every way a person (a row of rows.person_row) is looked up."""
    what = LABEL if row["name_status"] == "unnamed" else NAME
    names = {row["name"], *row["aliases"]}
    for title_word in row["titles"]:
        names.add(f"{title_word} {row['name']}")
    titles = frozenset(row["titles"])
    out = []
    for n in sorted(names):
        # The key a whole name is matched by, and (when titles were dropped from it) every word, so
        # that a part with its title ("Capt Zay") is still found.
        key, full = name_key(n, titles), " ".join(words(n))
        out.append((n, key, what))
        if full != key:
            out.append((n, full, TITLED if what == NAME else what))
    if row.get("described_as"):
        out.append((row["described_as"], " ".join(words(row["described_as"])), DESCRIBED))
    return out
