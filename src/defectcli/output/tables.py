"""Tables for a terminal, drawn with Rich: fitted to the width without ever splitting an id.

Rich is imported here only, and this module only when a table is drawn, so json/tsv output never
pays for it. Every cell reaches Rich as a Text object made safe first (formats.safe), and the
console parses no markup, emoji codes or highlighting: `[bold]` in the data prints as written.

The widths are decided here, before Rich draws: ids, numbers and short codes keep their whole
width; short text columns (names, lists) get a modest share; the long text column gets the rest.
A column that cannot fit is left out and named under the table; when even the columns that matter
cannot fit legibly the rows are shown as records, one `Field: value` block per row (psql's \\x).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import RenderableType

GAP = 2  # cells between two columns
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")  # blanks at the end of a line, before any closing style codes
# The long text column is worth showing only this wide; narrower, rows read better as records.
LEGIBLE = 20
SHORT_MIN, SHORT_CAP = 8, 22  # a short text column: at least this (or its longest word), at most this
TEXT_SHARE = 0.45  # of the room, what the long text columns get before short columns grow
# A rule under the header across the whole table; no other lines.
RULE = box.Box("    \n    \n ── \n    \n    \n ── \n    \n    \n")

# What a column holds decides how it may be laid out.
WHOLE = ("id", "num", "code")  # never wrapped or split
KINDS = (*WHOLE, "short", "list", "text")


class Col(NamedTuple):
    header: str
    kind: str = "text"  # one of KINDS
    drop: int = 0  # left out first when the table is too wide: higher first; 0 never
    colours: dict[str, str] | None = None  # a cell's colour by its text (verify's verdicts), when style is on


def _cell(text: str, col: Col, style: bool) -> Text:
    return Text(text, style=(col.colours or {}).get(text, "") if style else "")


def console(width: int, style: bool) -> Console:
    """A console that writes to a string: no markup, emoji or highlighting; escape codes only if `style`."""
    return Console(file=io.StringIO(), width=max(1, width), color_system="standard" if style else None,
                   force_terminal=style, no_color=not style, markup=False, emoji=False, highlight=False,
                   legacy_windows=False, force_jupyter=False, force_interactive=False, tab_size=4,
                   _environ={})


def draw(con: Console, *items: RenderableType) -> str:
    """What `items` look like on `con`, each line without trailing blanks."""
    for item in items:
        con.print(item)
    assert isinstance(con.file, io.StringIO)
    text = con.file.getvalue()
    con.file.seek(0)
    con.file.truncate()
    lines = text.split("\n")[:-1]  # only newlines end lines: str.splitlines() would also split at U+2028 in data
    if "\x1b" not in text:
        return "".join(line.rstrip(" ") + "\n" for line in lines)
    return "".join(_TRAILING.sub(r"\1", line) + "\n" for line in lines)


def heading(text: str, style: bool = True) -> Text:
    return Text(text, style="bold" if style else "")


def _lines(cell: str) -> list[str]:
    return cell.split("\n") if cell else [""]


def _natural(header: str, cells: Sequence[str]) -> int:
    return max(cell_len(line) for c in (header, *cells) for line in _lines(c))


def _longest_word(header: str, cells: Sequence[str]) -> int:
    return max([cell_len(w) for c in (header, *cells) for w in c.split()] or [0])


def widths(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int) -> list[int] | None:
    """Content widths for `cols` within `total` cells, or None if they cannot all fit legibly."""
    n = len(cols)
    natural = [_natural(c.header, [r[i] for r in cells]) for i, c in enumerate(cols)]
    longest = [_longest_word(c.header, [r[i] for r in cells]) for i, c in enumerate(cols)]
    minimum = []
    for i, c in enumerate(cols):
        if c.kind in WHOLE:
            minimum.append(natural[i])
        elif c.kind == "text":
            minimum.append(min(natural[i], max(longest[i], LEGIBLE)))
        else:
            minimum.append(min(natural[i], max(longest[i], SHORT_MIN)))
    room = total - GAP * (n - 1)
    if sum(minimum) > room:
        return None
    w = list(minimum)
    spare = room - sum(w)

    def grow(i: int, upto: int) -> None:
        nonlocal spare
        more = max(0, min(spare, upto - w[i]))
        w[i] += more
        spare -= more

    texts = [i for i, c in enumerate(cols) if c.kind == "text"]

    def share_out(upto: list[int]) -> None:
        """Give spare cells to the long text columns one at a time, evenly, up to `upto`."""
        nonlocal spare
        while spare and any(w[i] < upto[i] for i in texts):
            for i in texts:
                if w[i] < upto[i] and spare:
                    w[i] += 1
                    spare -= 1

    # The long text first, to a fair share of the room; then short columns up to a modest cap;
    # then the long text in full; then short columns in full.
    share = int(room * TEXT_SHARE) // max(1, len(texts))
    share_out([min(natural[i], share) for i in range(n)])
    for i, c in enumerate(cols):
        if c.kind in ("short", "list"):
            grow(i, min(natural[i], SHORT_CAP))
    share_out(natural)
    for i, c in enumerate(cols):
        if c.kind in ("short", "list"):
            grow(i, natural[i])
    return w


def layout(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int) -> tuple[list[int], list[int]] | None:
    """(columns kept, their widths) for a table `total` wide, leaving out droppable columns as needed;
    None when the columns that cannot be left out still do not fit (then show records)."""
    keep = list(range(len(cols)))
    order = sorted((i for i, c in enumerate(cols) if c.drop), key=lambda i: (-cols[i].drop, -i))
    while True:
        w = widths([cols[i] for i in keep], [[r[i] for i in keep] for r in cells], total)
        if w is not None:
            return keep, w
        if not order:
            return None
        keep.remove(order.pop(0))


def render(cols: Sequence[Col], cells: Sequence[Sequence[str]], *, title: str = "", total: int = 80,
           style: bool = False, headers: bool = True, notes: Sequence[str] = (), records: bool = False) -> str:
    """A table of `cells` (text already made safe), or records when it cannot fit; `notes` go below."""
    con = console(total, style)
    fitted = None if records else layout(cols, cells, total)
    out: list[Any] = []
    if title and headers:
        out.append(heading(title, style))
    if fitted is None:
        # A value that cannot be shown whole even on a line of its own is left out, if it may be.
        keep = [i for i, c in enumerate(cols) if not (c.drop and c.kind in WHOLE and
                                                       _natural("", [r[i] for r in cells]) > total - 2)]
        if title and headers:
            out.append(Text(""))
        body = record_view([cols[i] for i in keep], [[r[i] for i in keep] for r in cells], total, style)
        text = draw(con, *out) + body
        out = []
    else:
        keep, w = fitted
        table = Table(box=RULE, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), show_header=headers,
                      header_style="bold" if style else "", collapse_padding=False)
        for i, width in zip(keep, w, strict=True):
            c = cols[i]
            table.add_column(Text(c.header), width=width, no_wrap=c.kind in WHOLE,
                             justify="right" if c.kind == "num" else "left", overflow="fold")
        for row in cells:
            table.add_row(*(_cell(row[i], cols[i], style) for i in keep))
        out.append(table)
        text = ""
    left_out = [cols[i].header for i in range(len(cols)) if i not in keep]
    if left_out:
        out.append(Text(f"Not shown at {total} columns: {', '.join(left_out)} (see --fields, -f json)",
                        style="dim" if style else ""))
    text += draw(con, *out)
    if notes:
        text += draw(con, *(Text(n, style="dim" if style else "") for n in notes))
    return text


def record_view(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int, style: bool) -> str:
    """One block per row, `Field: value` on each line; values wrap under themselves, ids never split.

    When a label and an id cannot share a line, every label in the block stands on its own line
    with its value indented below it.
    """
    con = console(total, style)
    label_w = max(cell_len(c.header) for c in cols) + 2  # "Header: "
    blocks = []
    for row in cells:
        whole = max([cell_len(line) for c, v in zip(cols, row, strict=True) if c.kind in WHOLE
                     for line in _lines(v)] or [0])
        stacked = label_w + max(whole, min(LEGIBLE, total // 2)) > total
        indent = 2 if stacked else label_w
        lines: list[Text] = []
        for c, value in zip(cols, row, strict=True):
            if not value:
                continue
            label = Text(f"{c.header}:", style="bold" if style else "")
            parts: list[Text] = []
            for para in _lines(value):
                if c.kind in WHOLE:
                    parts.append(_cell(para, c, style))
                else:
                    parts.extend(_cell(para, c, style).wrap(con, max(1, total - indent), overflow="fold"))
            if stacked:
                lines.append(label)
                # A whole value too wide to indent starts at the edge (and passes it only if wider than that).
                lines.extend(p if cell_len(p.plain) > total - indent else Text(" " * indent) + p for p in parts)
            else:
                label.pad_right(label_w - cell_len(label.plain))
                lines.append(label + parts[0])
                lines.extend(Text(" " * indent) + p for p in parts[1:])
        blocks.append(lines)
    out = []
    for k, lines in enumerate(blocks):
        if k:
            out.append("\n")
        for line in lines:
            con.print(line, soft_wrap=True, crop=False)
        out.append(draw(con))
    return "".join(out)
