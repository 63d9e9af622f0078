"""Tables for a terminal, drawn with Rich: fitted to the width without ever splitting an id.

Rich is imported here only, and this module only when a table is drawn, so json/tsv output never
pays for it. Every cell reaches Rich as a Text object made safe first (formats.safe), and the
console parses no markup, emoji codes or highlighting: `[bold]` in the data prints as written.

The widths are decided before anything is drawn (fit.py): as few lines as the width allows, ids
and numbers whole; each cell is then wrapped by Rich (Text.wrap) and the cells set side by side
here. A column that cannot fit is left out and named under the table; a column of notes that few
rows use becomes numbered notes under it; when even the columns that matter cannot fit
legibly the rows are shown as records, one `Field: value` block per row (psql's \\x).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from .fit import ELLIPSIS, GAP, LEGIBLE, WHOLE, Col, layout, lines_of, natural

if TYPE_CHECKING:
    from rich.console import RenderableType

_WORD = re.compile(r"\S+\s*")
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")  # blanks at the end of a line, before any closing style codes
# A column of notes that at most this share of the rows use is drawn as numbered notes under the table.
SPARSE = 0.5


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


def draw_lines(con: Console, lines: Sequence[Text]) -> str:
    """Lines already fitted to the width, drawn as they are (printed one by one, Rich would wrap each
    again and find nothing to do)."""
    if lines:
        con.print(Text("\n").join(lines), soft_wrap=True, crop=False)
    return draw(con)


def heading(text: str, style: bool = True) -> Text:
    return Text(text, style="bold" if style else "")


def render(cols: Sequence[Col], cells: Sequence[Sequence[str]], *, title: str = "", total: int = 80,
           style: bool = False, headers: bool = True, notes: Sequence[str] = (), records: bool = False,
           more: str = "--fields, -f json", shorten: bool = True) -> str:
    """A table of `cells` (text already made safe), or records when it cannot fit; `notes` go below.
    `more` is what the command offers to show a column left out (or an id shortened) in full;
    without `shorten`, ids are never shortened (the columns were asked for by name)."""
    con = console(total, style)
    dim = "dim" if style else ""
    # Without headers, a header's width is not the column's to keep.
    shown_cols = cols if headers else [c._replace(header="") for c in cols]
    fitted = None if records else _fitted(shown_cols, cells, total, shorten)
    out: list[Any] = []
    if title and headers:
        out.append(heading(title, style))
    footnotes: list[str] = []
    if fitted is None:
        # A value that cannot be shown whole even on a line of its own is left out, if it may be.
        keep = [i for i, c in enumerate(cols) if not (c.drop and c.kind in WHOLE and
                                                       natural("", [r[i] for r in cells]) > total - 2)]
        if title and headers:
            out.append(Text(""))
        text = draw(con, *out) + record_view([cols[i] for i in keep], [[r[i] for i in keep] for r in cells], total,
                                             style)
        shortened = False
    else:
        (keep, w, shown, shortened), footnotes = fitted
        kept = [cols[i] for i in keep]
        lines = []
        if headers:
            head = [Text(c.header, style="bold" if style else "") for c in kept]
            lines += [*side_by_side(con, kept, w, [head], GAP), Text("─" * (sum(w) + GAP * (len(w) - 1)))]
        lines += side_by_side(con, kept, w, [[_cell(v, c, style) for c, v in zip(kept, row, strict=True)]
                                              for row in shown], GAP)
        if footnotes:
            lines += _footnotes(con, footnotes, total)
        text = draw(con, *out) + draw_lines(con, lines)
        keep = keep + [i for i, c in enumerate(cols) if c.kind == "note" and footnotes]
    out = []
    left_out = [cols[i].header for i in range(len(cols)) if i not in keep]
    if left_out:
        out.append(Text(f"Not shown at {total} columns: {', '.join(left_out)} (see {more})", style=dim))
    if shortened:
        out.append(Text(f"An id ending in {ELLIPSIS} is shortened (see {more})", style=dim))
    text += draw(con, *out)
    if notes:
        text += draw(con, *(Text(n, style=dim) for n in notes))
    return text


def _fitted(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int,
            shorten: bool) -> tuple[tuple[list[int], list[int], list[list[str]], bool], list[str]] | None:
    """The table's layout, with each sparse note column taken out: its notes numbered under the table,
    each number marked at the end of its row's first column of text; None for records."""
    notes = [i for i, c in enumerate(cols) if c.kind == "note" and cells
             and sum(1 for r in cells if r[i]) <= SPARSE * len(cells)]
    texts = [i for i, c in enumerate(cols) if c.kind not in (*WHOLE, "note")]
    anchor = next((i for i in texts if not cols[i].drop), texts[0] if texts else None)
    footnotes: list[str] = []
    if notes and anchor is not None:
        rows = []
        for r in cells:
            row = list(r)
            for i in notes:
                if r[i]:
                    footnotes.append(r[i])
                    row[anchor] += f" [{len(footnotes)}]"
            rows.append(row)
        cells = rows
    else:
        notes = []
    inner = [i for i in range(len(cols)) if i not in notes]
    found = layout([cols[i] for i in inner], [[r[i] for i in inner] for r in cells], total, shorten)
    if found is None:
        return None
    return ([inner[k] for k in found.keep], found.widths, found.cells, found.shortened), footnotes


def _footnotes(con: Console, notes: Sequence[str], total: int) -> list[Text]:
    """Numbered notes, each wrapped under itself."""
    marks = [f"[{n}]" for n in range(1, len(notes) + 1)]
    mark_w = max(map(len, marks))
    note_w = max(1, min(total - mark_w - 1, max(cell_len(line) for n in notes for line in n.split("\n"))))
    cols = [Col("", "code"), Col("", "text")]
    return side_by_side(con, cols, [mark_w, note_w],
                         [[Text(m), Text(n)] for m, n in zip(marks, notes, strict=True)], 1)


def side_by_side(con: Console, cols: Sequence[Col], widths: Sequence[int], rows: Sequence[Sequence[Text]],
                  gap: int) -> list[Text]:
    """Rows of cells side by side, `gap` cells apart, as lines: each cell wrapped within its column's
    width by Rich (Text.wrap: words whole, a word wider than the column folded; ids, numbers and
    codes never wrapped), numbers to the right, top-aligned. A Rich Table draws the same lines
    at several times the cost: fit.py has decided the widths already."""
    space = Text(" " * gap)
    out: list[Text] = []
    for row in rows:
        cells = [text.wrap(con, width, justify="right" if col.kind == "num" else "left", overflow="fold",
                           tab_size=4, no_wrap=col.kind in WHOLE)
                 for col, width, text in zip(cols, widths, row, strict=True)]
        for k in range(max(len(c) for c in cells)):
            line = Text()
            for j, (width, cell) in enumerate(zip(widths, cells, strict=True)):
                if j:
                    line.append_text(space)
                line.append_text(cell[k] if k < len(cell) else Text(" " * width))
            out.append(line)
    return out


def hanging(text: Text, first: int, rest: int, total: int) -> list[Text]:
    """`text` wrapped between words within `total` cells: the first line indented `first`, the others
    `rest`. A word wider than a line's room starts the next line, and stays whole even wider."""
    out: list[Text] = []
    for para in text.split("\n", allow_blank=True):
        para.expand_tabs(4)  # as the console draws them (tables.console)
        para = _at_edge(para)  # blanks before the first word, as at every break between words, are not drawn
        breaks, used, indent = [], first, first
        for word in _WORD.finditer(para.plain):
            width = cell_len(word.group().rstrip())
            if used > indent and used + width > total:
                breaks.append(word.start())
                used = indent = rest
            used += cell_len(word.group())
        pieces = para.divide(breaks) if breaks else [para]
        for k, piece in enumerate(pieces):
            piece.rstrip()
            out.append(Text(" " * (first if k == 0 and not out else rest)) + piece)
    return out


def _at_edge(line: Text) -> Text:
    return line[len(line.plain) - len(line.plain.lstrip()):]


def record_view(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int, style: bool) -> str:
    """One block per row, `Field: value` on each line; values wrap under themselves between words,
    and neither an id nor a word (a URL) is ever split.

    When a label and an id (or a word) cannot share a line, every label in the block stands on its
    own line with its value indented below it; a value wider than that starts at the edge.
    """
    con = console(total, style)
    label_w = max(cell_len(c.header) for c in cols) + 2  # "Header: "
    blocks = []
    for row in cells:
        # What must stand whole: an id, a number, a code; in text, its longest word (a URL).
        whole = max([cell_len(part) for c, v in zip(cols, row, strict=True)
                     for part in (lines_of(v) if c.kind in WHOLE else v.split())] or [0])
        stacked = label_w + max(whole, min(LEGIBLE, total // 2)) > total
        indent = 2 if stacked else label_w
        lines: list[Text] = []
        for c, value in zip(cols, row, strict=True):
            if not value:
                continue
            label = Text(f"{c.header}:", style="bold" if style else "")
            parts: list[Text] = []
            for para in lines_of(value):
                if c.kind in WHOLE:
                    parts.append(_cell(para, c, style))
                else:  # between words; a word wider than the room (a URL) whole on a line of its own
                    parts.extend(hanging(_cell(para, c, style), 0, 0, max(1, total - indent)))
            if stacked:
                lines.append(label)
                # A whole value too wide to indent starts at the edge, blanks before it dropped (and passes
                # the edge only if wider than that).
                lines.extend(_at_edge(p) if cell_len(p.plain) > total - indent else Text(" " * indent) + p
                             for p in parts)
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
