"""Plain-text tables for a terminal: columns fitted to the width, cells wrapped at word boundaries.

Written here rather than with Rich because importing and rendering a Rich table costs about 55 ms,
more than everything else a lookup does (issue 6). Text arrives already made safe (render.safe); the
only escape codes written are the bold and colour this module adds, and only when `style` is on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

BOLD, CYAN, RESET = "\x1b[1m", "\x1b[36m", "\x1b[0m"
GAP = "  "


def width(text: str) -> int:
    """Terminal cells `text` takes: wide East Asian characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    cells = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        cells += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


def _chop(word: str, limit: int) -> Iterator[str]:
    """A word cut into pieces that fit `limit` cells (a word longer than a column is folded)."""
    if width(word) <= limit:
        yield word
        return
    piece, used = "", 0
    for ch in word:
        w = width(ch)
        if piece and used + w > limit:
            yield piece
            piece, used = "", 0
        piece, used = piece + ch, used + w
    if piece:
        yield piece


def wrap(text: str, limit: int) -> list[str]:
    """`text` in lines of at most `limit` cells, broken between words; newlines are kept."""
    limit = max(1, limit)
    lines: list[str] = []
    for para in text.split("\n"):
        line, used = "", 0
        for word in para.split():
            for piece in _chop(word, limit):
                w = width(piece)
                if not line:
                    line, used = piece, w
                elif used + 1 + w <= limit:
                    line, used = f"{line} {piece}", used + 1 + w
                else:
                    lines.append(line)
                    line, used = piece, w
        lines.append(line)
    return lines


def fit(natural: list[int], minimum: list[int], available: int) -> list[int]:
    """Column widths within `available` cells: the widest columns give way first, down to `minimum`."""
    widths = list(natural)
    for _ in range(sum(widths) - available):
        i = max(range(len(widths)), key=lambda k: widths[k] if widths[k] > minimum[k] else -1)
        if widths[i] <= minimum[i]:
            break  # narrower than every minimum: let the terminal wrap rather than lose text
        widths[i] -= 1
    return widths


def _pad(text: str, cells: int, right: bool) -> str:
    space = " " * max(0, cells - width(text))
    return space + text if right else text + space


def render(header: Sequence[str] | None, rows: Sequence[Sequence[str]], *, title: str = "", total: int = 100,
           right: Sequence[bool] = (), style: bool = False, colour: Sequence[str] = ()) -> str:
    """A table as text: optional bold title, a header underlined with rules, wrapped rows.

    `right` marks right-aligned columns; `colour` gives an escape code per column (used for bars).
    """
    count = len(header) if header is not None else (len(rows[0]) if rows else 0)
    right = list(right) + [False] * (count - len(right))
    colour = list(colour) + [""] * (count - len(colour))
    cols = [[r[i] for r in rows] for i in range(count)]
    heads = list(header) if header is not None else [""] * count
    natural = [max([width(heads[i])] + [max(width(x) for x in c.split("\n")) for c in cols[i]]) for i in range(count)]
    # A column keeps room for its longest word (up to 24 cells), so ids and numbers stay whole.
    longest = [max([width(w) for c in [heads[i], *cols[i]] for w in c.split()] or [0]) for i in range(count)]
    minimum = [min(natural[i], max(6, min(24, longest[i]))) for i in range(count)]
    widths = fit(natural, minimum, total - len(GAP) * (count - 1))

    def line(cells: Sequence[str], paint: Sequence[str] = ()) -> str:
        parts = [_pad(c, widths[i], right[i]) for i, c in enumerate(cells)]
        if style:
            parts = [f"{paint[i]}{p}{RESET}" if i < len(paint) and paint[i] else p for i, p in enumerate(parts)]
        return GAP.join(parts).rstrip()

    out: list[str] = []
    if title:
        out.append(f"{BOLD}{title}{RESET}" if style else title)
    if header is not None:
        out.append(line(heads, [BOLD] * count))
        out.append(GAP.join("─" * w for w in widths))
    for row in rows:
        wrapped = [wrap(c, widths[i]) for i, c in enumerate(row)]
        for k in range(max(len(w) for w in wrapped)):
            out.append(line([w[k] if k < len(w) else "" for w in wrapped], colour))
    return "\n".join(out) + "\n"
