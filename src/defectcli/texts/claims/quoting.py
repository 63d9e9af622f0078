"""Quotations in a sentence: where each is, in any style of quote marks, and the sentence without them."""

from __future__ import annotations

import re

from ..sentences import outermost

_DOUBLE = re.compile(r"“[^“”]+”?|\"[^\"]+\"?|«[^»]+»?|„[^“”]+[“”]?")
_SINGLE = re.compile(r"(?<!\w)['‘](?=\S)(?:[^'‘’]|(?<=\w)['’](?=\w))+?(?<=\S)['’](?!\w)")  # (an apostrophe: "don’t")


def quotations(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation, marks included: double marks first, then single
    (a double mark left open runs to the end: a draft's quote may be unclosed)."""
    return outermost(sentence, _DOUBLE, _SINGLE)


def blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each quotation replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
