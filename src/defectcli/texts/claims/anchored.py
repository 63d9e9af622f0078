"""The speaker and attribution patterns of parse.py run in time linear in the sentence.

Each is tried from one place only (the one place a match can start: `leftmost`, `first`), on text
whose runs of white space are cut to two characters (`squeezed`; a blanked quotation is a run of
spaces). Where several quantifiers can each take the same white space, a long run would otherwise
be split between them in every way (a few hundred characters of unclosed “ quotes took minutes);
two characters keep every match, since no pattern needs more than two of one run. A pattern that
must reach the end of the text and starts at the start or after a mark would otherwise be tried
again from every later place.
"""

from __future__ import annotations

import re

PUNCT = ",.;:!?“”\""  # what a speaker's or attribution's words never hold
_DASH = re.compile(r"[–—]")
_RUN = re.compile(r"(\s\s)\s+")


def squeezed(text: str) -> str:
    """`text` with each run of white space cut to its first two characters."""
    return _RUN.sub(r"\1", text)


def tail(before: str, ending: str) -> tuple[int, bool]:
    """(where the last of PUNCT before the end of `before` is, -1 if none; whether the text ends
    with one of `ending` and white space). A pattern of parse.py ends with `\\s*[:,]?\\s*$` (or `:`) and
    holds no other mark of PUNCT after its start, so it can only start at that mark or after it."""
    body = before.rstrip()
    ends = bool(body) and body[-1] in ending
    if ends:
        body = body[:-1]
    return max(body.rfind(c) for c in PUNCT), ends


def leftmost(before: str, ending: str, opener: str, dashes: bool = True) -> int | None:
    """The one place a pattern that starts at the start of the text or at a mark of `opener` can
    match from: a match from a later place would make one from the first place too."""
    last, _ = tail(before, ending)
    if last < 0:
        return 0
    if re.fullmatch(opener, before[last]):
        return last
    dash = _DASH.search(before, last) if dashes else None
    return dash.start() if dash else None


def first(pattern: re.Pattern[str], before: str) -> int | None:
    """Where `pattern` first occurs after the last mark of PUNCT (a trailing `:` or `,` aside)."""
    last, _ = tail(before, ",:")
    m = pattern.search(before, last + 1)
    return m.start() if m else None


def tail_match(pattern: re.Pattern[str], before: str, ending: str, at: int | None) -> re.Match[str] | None:
    if at is None or (ending == ":" and not tail(before, ending)[1]):
        return None
    return pattern.match(before, at)
