"""Search hits for a terminal: one block per hit, the matched words in bold where colour is allowed."""

from __future__ import annotations

from typing import Any

from . import tables
from .formats import cell, safe

OPEN, CLOSE = "\ue000", "\ue001"  # the marks store/search.py puts around matched words


def hits_view(hits: list[dict[str, Any]], title: str, total: int = 100, style: bool = False) -> str:
    """Each hit: kind, id and sources; its title; the snippet, indented; how the vocabulary found it."""
    lines = [f"{tables.BOLD}{safe(title)}{tables.RESET}" if style else safe(title)]
    for hit in hits:
        head = f"{hit['kind']}  {hit['id']}" + (f"  ({cell(hit['sources'])})" if hit["sources"] else "")
        lines.append("")
        lines.append(f"{tables.BOLD}{safe(head)}{tables.RESET}" if style else safe(head))
        if hit["snippet"] == hit["title"]:  # the match is in the title: marked there
            lines += ["  " + line for line in marked_wrap(hit["marked"], total - 2, style)]
        else:
            lines += ["  " + line for line in tables.wrap(safe(hit["title"]), total - 2)]
            lines += ["    " + line for line in marked_wrap(hit["marked"], total - 4, style)]
        if hit["via"]:
            lines += ["    " + line for line in tables.wrap(safe(f"(found through the theme vocabulary: {hit['via']})"),
                                                             total - 4)]
        if hit["missing"]:
            lines += ["    " + line for line in tables.wrap(safe(f"(lacks: {', '.join(hit['missing'])})"), total - 4)]
    return "\n".join(lines) + "\n"


def marked_wrap(text: str, limit: int, style: bool) -> list[str]:
    """`text` wrapped at `limit` cells, the marked parts bold when `style` is on (the marks dropped)."""
    out: list[str] = []
    line: list[str] = []
    used = 0
    inside = False
    for word in text.split():
        plain = safe(word.replace(OPEN, "").replace(CLOSE, ""))
        w = tables.width(plain)
        if line and used + 1 + w > limit:
            out.append(" ".join(line))
            line, used = [], 0
        shown = ""
        for piece in _pieces(safe(word)):
            if piece == OPEN:
                inside = True
            elif piece == CLOSE:
                inside = False
            elif piece:
                shown += f"{tables.BOLD}{piece}{tables.RESET}" if style and inside else piece
        line.append(shown)
        used += (1 if used else 0) + w
    if line:
        out.append(" ".join(line))
    return out


def _pieces(word: str) -> list[str]:
    out, piece = [], ""
    for ch in word:
        if ch in (OPEN, CLOSE):
            out += [piece, ch]
            piece = ""
        else:
            piece += ch
    return [*out, piece]
