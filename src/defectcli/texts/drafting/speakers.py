"""Who says a quote, read from the words around it: what `draft` suggests as a quote's speaker.

A speaker is named beside a verb of saying, outside the quote marks: after it ("said Ko Naing") or
before it ("Min Thu told Al Jazeera", "Maj. Gen. Zaw Htet, told reporters"). An outlet never is:
"told X", "spoke to X" and "an interview with X" name who listened, and a publication (an
organisation of kind media in the fact base, a well-known outlet, or a name such as "The Harbour
Post" or "Myanmar Now") is who reported it. A pronoun or a plain word ("He said", "Officials
said") names no one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...text import fold
from ...written import MONTHS
from ..claims.quoting import blank, nicknames, quotations, unnicknamed


def key_of(name: str) -> str:
    """A name folded for comparison, without a leading "the"."""
    return re.sub(r"^the\s+", "", " ".join(re.findall(r"[a-z0-9]+", fold(name))))


_TITLE = r"(?:Capt|Captain|Maj|Major|Gen|General|Lt|Lieutenant|Col|Colonel|Sgt|Sergeant|Cpl|Corporal|Pvt|Pte|Private|" \
         r"Brig|Adm|Dr|Mr|Mrs|Ms)"
# At most four titles ("Lt. Col.", "Maj. Gen."): a match may start at each title of a run, and an
# unbounded run would be read again from each of them.
_NAME = rf"(?P<titles>(?:{_TITLE}\.?\s+){{0,4}})(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})"
_SAY = r"said|says|added|adds|explained|recalled|recalls|wrote|writes|asked|continued|insisted|admitted|noted|" \
       r"stressed|warned|told|tells"
_AFTER = re.compile(rf"\b(?:{_SAY.replace('|told|tells', '')})\s+{_NAME}")
_BEFORE = re.compile(rf"(?<![\w’'-]){_NAME},?\s+(?:{_SAY})\b")
_LISTENER = re.compile(rf"\b(?:told|tells|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|interview\s+with)\s+"
                       rf"(?:the\s+)?{_NAME}")
# Capitalised words that name no one: pronouns, determiners, days and months, plain nouns that start a sentence.
_NO_NAME = frozenset(re.findall(r"\w+", """
    he she they it we i you his her their its our my this that these those one another some many most both each
    every all officials residents soldiers troops police witnesses analysts sources observers critics experts
    monday tuesday wednesday thursday friday saturday sunday""")) | {m.lower() for m in MONTHS}
# Outlets a wire article quotes to or from; names that end like a publication's.
_OUTLETS = frozenset(key_of(name) for name in (
    "Al Jazeera", "Reuters", "AFP", "Agence France-Presse", "Agence France Presse", "AP", "Associated Press", "BBC",
    "BBC News", "BBC Burmese", "CNN", "RFA", "Radio Free Asia", "VOA", "Voice of America", "Irrawaddy", "Frontier",
    "Frontier Myanmar", "Myanmar Now", "DVB", "Democratic Voice of Burma", "Mizzima", "Khit Thit", "Khit Thit Media",
    "Diplomat", "Nikkei", "Nikkei Asia", "Bloomberg", "Xinhua", "Kyodo", "Bangkok Post", "Nation", "South China Morning "
    "Post", "SCMP", "Channel NewsAsia", "CNA", "Deutsche Welle", "DW", "France 24", "Guardian", "New York Times",
    "Washington Post", "Economist", "Financial Times", "NPR", "ABC", "ABC News", "Sky News", "Independent", "Telegraph",
    "Le Monde", "EFE", "DPA", "Anadolu", "TASS", "Time", "Global New Light of Myanmar", "Eleven Media", "Myanmar Times"))
_OUTLET_END = re.compile(r"\b(?:times|post|news|herald|journal|tribune|gazette|daily|radio|television|tv|broadcasting|"
                         r"press|agency|magazine|newspaper|chronicle|telegraph|courier|media|network|channel)$")


class Named(NamedTuple):
    """A name beside a verb of saying, as written, and its titles ("Maj. Gen.")."""

    name: str
    titles: tuple[str, ...]


def names_beside_saying(sentence: str) -> list[Named]:
    """The names a verb of saying points to, outside quote marks, best first; never a listener."""
    bare = blank(unnicknamed(sentence), quotations(sentence))  # ('U Kyaw "Tiger" Min' is U Kyaw Min)
    listeners = [m.span("name") for m in _LISTENER.finditer(bare)]
    out: list[Named] = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(bare):
            if m.span("name") in listeners:
                continue
            titles = tuple(t.rstrip(".") for t in m["titles"].split())
            named = Named(" ".join(m["name"].split()), titles)
            if named not in out:
                out.append(named)
    return out


def nicknames_of(name: str, sentence: str) -> list[str]:
    """The nicknames the sentence gives in quote marks inside `name` as it writes it ('U Kyaw "Tiger" Min': Tiger)."""
    spans = nicknames(sentence)
    if not spans:
        return []
    found = re.search(r"\s+".join(map(re.escape, name.split())), unnicknamed(sentence))
    return [sentence[a + 1:b - 1] for a, b in spans if found and found.start() < a < found.end()]


def speakers_read(sentence: str, read: str | None) -> list[Named]:
    """The names of `sentence` that may be `read`, the speaker verify reads for a quotation of it, best first ("Y,
    quoting X, said: “…”" is X's; "Y said, quoting the junta chief:" is no name's, so none); with none read, the names
    beside a verb of saying."""
    said = names_beside_saying(sentence)
    if read is None:
        return said
    key = key_of(read)  # (with its titles, "Maj. Gen. Zaw Htet", which the names beside a verb keep apart)
    return [n for n in said if key == key_of(n.name) or key.endswith(f" {key_of(n.name)}")] or (
        [Named(read, ())] if read[:1].isupper() else [])


def without_listeners(sentence: str) -> str:
    """`sentence` with who was told or spoken to blanked out: they gave no number and said no quote."""
    return _LISTENER.sub(lambda m: " " * len(m.group()), sentence)


def names_no_one(name: str) -> bool:
    """A pronoun or plain word ("He", "Officials"), or a common noun after "The"."""
    words = name.split()
    return fold(words[0]) in _NO_NAME or (fold(words[0]) == "the" and len(words) == 1)


def is_outlet(name: str, media: set[str]) -> bool:
    """Whether `name` is a publication: one of `media` (folded names of the fact base's media
    organisations), a well-known outlet, or a name that ends like one ("The Harbour Post")."""
    key = key_of(name)
    return key in media or key in _OUTLETS or bool(_OUTLET_END.search(key))
