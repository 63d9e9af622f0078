"""The matched words of a search hit in context: a short window of the field with the most matches,
each match marked for a terminal to highlight (JSON, CSV and TSV get it plain)."""

from __future__ import annotations

import re

# FTS5 marks each match between these (private-use characters no fact text holds).
OPEN, CLOSE = "\ue000", "\ue001"
SNIPPET_WORDS = 18


def snippet_of(title: str, body: str, refs: str, lead: str | None = None) -> tuple[str, list[str]]:
    """The matched words in context: the body line (one line per field) with the most distinct matched
    words, cut to about SNIPPET_WORDS words around them, with each match marked OPEN..CLOSE; and the
    distinct matched words as written.

    With `lead` (a figure's value as stated, which its title starts with), the snippet leads with it:
    it is the whole title when the title has as many of the matched words as any line, else the lead
    and then the line."""
    lines = [line for line in body.split("\n") if line.strip()]
    best = max(lines, key=lambda line: (len(set(_marked(line))), -lines.index(line)), default="")
    matched = list(dict.fromkeys(w.lower() for w in _marked(title) + _marked(body) + _marked(refs)))
    if lead is not None:
        in_title = len({w.lower() for w in _marked(title)})
        if in_title and in_title >= len({w.lower() for w in _marked(best)}):
            return title, matched
        shown = _window(best) if _marked(best) else _window(title) if _marked(title) else ""
        return (f"{lead} — {shown}" if shown and not plain(shown).startswith(lead) else shown or lead), matched
    if not _marked(best):
        if _marked(title):
            best = title
        elif _marked(refs):
            best = "refers to " + refs
        elif not best:
            best = title
    return _window(best), matched


def _marked(text: str) -> list[str]:
    return re.findall(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}", text)


def _window(text: str) -> str:
    """About SNIPPET_WORDS words of `text` around its first matches, '…' where it was cut."""
    words = text.split()
    if len(words) <= SNIPPET_WORDS:
        return " ".join(words)
    first = next((i for i, w in enumerate(words) if OPEN in w), 0)
    start = max(0, min(first - 5, len(words) - SNIPPET_WORDS))
    end = start + SNIPPET_WORDS
    cut = words[start:end]
    # A match cut in two by the window would leave its mark open.
    shown = " ".join(cut)
    if shown.count(OPEN) > shown.count(CLOSE):
        shown += CLOSE
    if shown.count(CLOSE) > shown.count(OPEN):
        shown = OPEN + shown
    return ("… " if start else "") + shown + (" …" if end < len(words) else "")


def plain(snippet: str) -> str:
    """A snippet without its marks."""
    return snippet.replace(OPEN, "").replace(CLOSE, "")


def highlights(snippet: str) -> tuple[str, list[list[int]]]:
    """A marked snippet as its plain text and the [start, end) of each marked run in it: data any
    front end can mark its own way (a terminal in bold, a page in <mark>)."""
    text, spans, start = "", [], 0
    for piece in re.split(f"([{OPEN}{CLOSE}])", snippet):
        if piece == OPEN:
            start = len(text)
        elif piece == CLOSE:
            spans.append([start, len(text)])
        else:
            text += piece
    return text, spans
