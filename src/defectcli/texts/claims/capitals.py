"""The names of a sentence: each capitalised run of words ("Capt Zay Thu Aung", "People’s Embrace", "National
Unity Government of Myanmar"), where it stands, and which stand nearest a claim. For parse.py; which of them are
people or organisations is the fact base's to say."""

from __future__ import annotations

import re

from ...numbers.values import Token
from ...numbers.vocabulary import MONTHS, SIGNS
from ...text import words_of
from .claimant import COMMON

LEADING = frozenset(words_of("later then finally afterwards meanwhile next suddenly someone somebody again still"))
_ABBREVIATED = frozenset(words_of("capt maj lt col gen sgt cpl pvt mr mrs ms dr brig mg"))


def names_in(toks: list[Token]) -> list[tuple[str, int]]:
    """(name, offset) of each capitalised run of words: "Capt Zay Thu Aung", "People’s Embrace",
    "National Unity Government of Myanmar"; a possessive "’s" at its end is left off."""
    out: list[tuple[str, int]] = []
    run: list[Token] = []

    def close() -> None:
        while run and run[-1][0].lower() in ("of", "the", "."):
            run.pop()
        if run and not all(t[0].lower() in COMMON for t in run):
            text = " ".join(t[0] for t in run).replace(" .", ".")
            out.append((re.sub(r"['’]s$", "", text), run[0][1]))
        run.clear()

    for k, (tok, _, _) in enumerate(toks):
        capital = tok[0].isupper() and not tok.isdecimal()
        if capital and not run and (tok.lower() in COMMON or tok.lower().rstrip(".") in MONTHS):
            capital = False
        if capital and tok in SIGNS and k + 1 < len(toks) and toks[k + 1][0][:1].isdecimal():
            capital = False  # "THB 1,400": a currency, no name
        if capital and not run and k == 0 and ((len(tok) > 5 and tok.endswith("ing")) or tok.lower() in LEADING):
            capital = False  # "Mourning Lin Aung, his mother said", "Later: “…”": a word leading the sentence, no name
        joins = run and tok.lower() in ("of", "the") and k + 1 < len(toks) and toks[k + 1][0][:1].isupper()
        abbreviated = run and tok == "." and run[-1][0].lower() in _ABBREVIATED
        if capital or joins or abbreviated:
            run.append(toks[k])
        else:
            close()
    close()
    return out


def nearest(names: list[tuple[str, int]], at: int) -> tuple[str, ...]:
    """The names, those before `at` first (nearest first), then those after it."""
    before = sorted((n for n in names if n[1] < at), key=lambda n: -n[1])
    after = [n for n in names if n[1] >= at]
    return tuple(dict.fromkeys(n for n, _ in [*before, *after]))
