"""Quotations in a sentence: where each is, in any style of quote marks, and the sentence without them."""

from __future__ import annotations

import re

from ...text import words_of
from ..sentences import outermost

_DOUBLE = re.compile(r"“[^“”]+”?|\"[^\"]+\"?|«[^»]+»?|„[^“”]+[“”]?")
_SINGLE = re.compile(r"(?<!\w)['‘](?=\S)(?:[^'‘’]|(?<=\w)['’](?=\w))+?(?<=\S)['’](?!\w)")  # (an apostrophe: "don’t")
# A nickname in quote marks inside a name: one or two capitalised words between two words of the name, one space
# each side ('U Kyaw "Tiger" Min', "Bo ‘Big Tiger’ Pyay"). Not after an owner ("Myanmar's “Spring” Revolution") or a
# word that is no name's ("The “Tiger” Brigade").
_NICKNAME = re.compile(r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
_AFTER = re.compile(r" [A-Z][\w’'-]*")
_NO_NAME = frozenset(words_of("""the a an and or but of in on at to for by with from as he she they we i it his her their
    its our my this that these those then when if so"""))


def quotations(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation, marks included: double marks first, then single
    (a double mark left open runs to the end: a draft's quote may be unclosed). A nickname inside a name is none."""
    return [s for s in outermost(sentence, _DOUBLE, _SINGLE) if not _nickname(sentence, *s)]


def nicknames(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each nickname in quote marks inside a name ('U Kyaw "Tiger" Min'), marks included."""
    return [s for s in outermost(sentence, _DOUBLE, _SINGLE) if _nickname(sentence, *s)]


def unnicknamed(sentence: str) -> str:
    """The sentence with each nickname inside a name blanked with its marks and the space after it (offsets kept):
    the name as the fact base writes it ('U Kyaw "Tiger" Min' is U Kyaw Min)."""
    return blank(sentence, [(a, b + 1) for a, b in nicknames(sentence)])


def _nickname(sentence: str, start: int, end: int) -> bool:
    if end - start < 3 or sentence[end - 1] not in "”\"’'»" or not _NICKNAME.fullmatch(sentence, start + 1, end - 1):
        return False
    before = _word_before(sentence, start)
    return before is not None and _AFTER.match(sentence, end) is not None and not re.search(
        r"['’]s$", before) and before.lower() not in _NO_NAME


def _word_before(sentence: str, start: int) -> str | None:
    """The capitalised word and one space right before `start`, after white space or the sentence's start
    ("U Kyaw" before "“Tiger”": "Kyaw"); read back from `start`, as a search from the sentence's start would
    cost the length of the text at each quotation."""
    if start < 2 or sentence[start - 1] != " ":
        return None
    first = start - 1
    while first > 0 and (sentence[first - 1].isalnum() or sentence[first - 1] in "_’'.-"):
        first -= 1
    if first > 0 and not sentence[first - 1].isspace():
        return None
    word = sentence[first:start - 1]
    return word if _NAME_WORD.fullmatch(word) else None


def blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each quotation replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
