"""The people a draft knows (the fact base's named people, and those the draft suggests), and how a text names one:
by the whole name, as `verify` and `person` match names. "Lin Aung Thu" is not Lin Aung, nor "Sein Win" the Maung Sein
whose alias is Sein, wherever the name stands (re-runs 163 A3, 164 A1, 165 A1: a known name inside a longer one was
taken for it, as a quote's speaker, a figure's subject and a waiver's note; last at a sentence's start)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...factbase.models import FactBase, Person
from ...factbase.names import lone_title, name_key
from ...factbase.names import words as name_parts
from ...numbers.vocabulary import MONTHS
from ...text import fold
from ..claims.capitals import LEADING
from ..claims.claimant import BEFORE_SPEAKER, COMMON
from . import figures as draftfigures
from .speakers import key_of, names_no_one

_TOKEN = re.compile(r"[^\W_]+")  # a word of letters and digits, as names are keyed
_JOINS = frozenset(" \t-'’")  # what may stand between two words of one name
_OPENS = re.compile(r"[.!?:;“”\"«»(\[—–]")  # what a sentence's (or a quotation's) first word follows


@dataclass
class Known:
    """People by folded name (named people only: a label such as "Former private" is no name),
    organisations that can speak, and the outlets' names."""

    people: dict[str, Person] = field(default_factory=dict)
    new: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded name -> (id, name) suggested here
    speaking: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded name -> (id, name): organisations
    media: set[str] = field(default_factory=set)

    def find(self, text: str) -> list[tuple[str, str, str]]:
        """(id, name, where) of each person the text names, in order of first mention: a known name (or alias) as a
        run of words not part of a longer name (a capitalised word right before or after it, in the same run of
        words, that is no honorific, rank, pronoun, day or month)."""
        words = _words(text)
        folded = [w for w, _ in words]
        starts: dict[str, list[int]] = {}  # where each word stands: a name is looked for only where its first does
        for i, w in enumerate(folded):
            starts.setdefault(w, []).append(i)
        hits: list[tuple[int, str, str, str]] = []
        for key, pid, name, where in self._all():
            if pid in {h[1] for h in hits}:
                continue
            at = _whole(words, folded, key.split(), starts)
            if at is not None:
                hits.append((at, pid, name, where))
        return [(pid, name, where) for _, pid, name, where in sorted(hits)]

    def named(self, label: str) -> tuple[str, str, str] | None:
        """(id, name, where) of the person `label` names whole, honorifics and ranks aside, as verify matches a
        speaker."""
        key = name_key(name_words(label))  # (both sides keyed alike: "O'Brien" is "o brien" in the keys)
        return next(((pid, name, where) for known, pid, name, where in self._all() if name_key(known) == key), None)

    def _all(self) -> list[tuple[str, str, str, str]]:
        """(key, id, name, where) of every person known, the fact base's first."""
        return [*((key, p.id, p.name, f"{_file_name(p.loc.file)}:{p.loc.line}") for key, p in self.people.items()),
                *((key, pid, name, "suggested in this draft") for key, (pid, name) in self.new.items())]


def _words(text: str) -> list[tuple[str, tuple[bool, bool]]]:
    """Each folded word part of `text`, with whether its word would go on a name (before it, after it): a word does
    when it is a name's word as verify's claim reader reads capitals (claims/capitals.py, claimant.py: not a common
    word, a month, an honorific or rank, nor one after which a speaker is named, "Yesterday"; at a sentence's start
    not "Mourning"), and only spaces, hyphens or apostrophes part it from the name."""
    out: list[tuple[str, tuple[bool, bool]]] = []
    tokens = list(_TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        word = m.group()
        gap_before = text[tokens[i - 1].end():m.start()] if i else ""
        named = _name_word(word, first=i == 0 or _OPENS.search(gap_before) is not None)
        before = named and i + 1 < len(tokens) and set(text[m.end():tokens[i + 1].start()]) <= _JOINS
        after = named and i > 0 and set(gap_before) <= _JOINS
        for part in re.findall(r"[a-z0-9]+", fold(word)):
            out.append((part, (before, after)))
    return out


def _name_word(word: str, first: bool) -> bool:
    low = word.lower()
    if not word[:1].isupper() or word.isdecimal() or low in COMMON or low in MONTHS or low in BEFORE_SPEAKER or \
            names_no_one(word):
        return False
    if first and (low in LEADING or (len(word) > 5 and low.endswith("ing"))):
        return False
    return not all(map(lone_title, name_parts(word)))


def _whole(words: list[tuple[str, tuple[bool, bool]]], folded: list[str], key: list[str],
           starts: dict[str, list[int]]) -> int | None:
    """Where `key`'s words first stand in `words` as a whole name, not inside a longer one."""
    n = len(key)
    for i in starts.get(key[0], []) if key else []:
        if folded[i:i + n] == key and not (i > 0 and words[i - 1][1][0]) and not (i + n < len(words) and words[i + n][1][1]):
            return i
    return None


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def name_words(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


def known_people(fb: FactBase) -> Known:
    out = Known(media=draftfigures.media_names(fb))
    for p in fb.people:
        if p.name_status == "unnamed" or p.group:
            continue
        for name in (p.name, *p.aliases):
            key = name_words(name)
            if len(key) >= 3:
                out.people.setdefault(key, p)
    for o in fb.organisations:
        if o.kind != "media":
            for name in (o.name, *o.aliases):
                out.speaking.setdefault(key_of(name), (o.id, o.name))
    return out
