"""How wide each column of a table is: decided before Rich draws, so that the table is as short as
it can be at the width it has.

Ids, numbers and short codes keep their whole width (an id may be shortened to a prefix ending in
`…` when its whole width would cost the text more lines than it saves; the table says so, and the
record view and `--fields` show it whole). Every other column starts at its least legible width;
the cells left over go, one breakpoint at a time, to the column whose widening takes the most lines
off the table (a column most rows fill gains more than one a few rows use); what no widening
shortens goes to the long text. Line counts follow Rich's word wrapping (words kept whole, a word
wider than the column folded).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len

GAP = 2  # cells between two columns
# The long text column is worth showing only this wide; narrower, rows read better as records.
LEGIBLE = 20
SHORT_MIN = 8  # a short text column: at least this, or its longest word
WHOLE = ("id", "num", "code")  # never wrapped or split
KINDS = (*WHOLE, "short", "list", "text", "note")
ELLIPSIS = "…"
ID_FLOOR = 12  # an id is never shortened below this (nor below a prefix that tells it from the others)
ID_SHARE = 0.25  # an id column wider than this share of the table may be shortened to it,
ID_OVER = 1.25  # if its longest id is at least this much wider
SHORTEN_GAIN = 0.2  # ids are shortened only if that takes at least this share off the table's cost to read
# What a line saved within a column is worth, beside a line off the table (see widths).
BROKEN = {"short": 0.5, "list": 0.5, "text": 0.01, "note": 0.01}
SAMPLE = 60  # rows whose line counts decide the widths (a long list is measured on rows spread over it)


class Col(NamedTuple):
    header: str
    kind: str = "text"  # one of KINDS
    drop: int = 0  # left out first when the table is too wide: higher first; 0 never
    colours: dict[str, str] | None = None  # a cell's colour by its text (verify's verdicts), when style is on


class Layout(NamedTuple):
    keep: list[int]  # the columns drawn, by index
    widths: list[int]  # their widths
    cells: list[list[str]]  # the rows' cells of the kept columns, ids shortened where they are
    shortened: bool  # whether some id was shortened


def lines_of(cell: str) -> list[str]:
    return cell.split("\n") if cell else [""]


def natural(header: str, cells: Sequence[str]) -> int:
    return max(cell_len(line) for c in (header, *cells) for line in lines_of(c))


def _longest_word(header: str, cells: Sequence[str]) -> int:
    return max([cell_len(w) for c in (header, *cells) for w in c.split()] or [0])


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int], ...]:
    """(cells of the word, cells of the spaces after it) of each word of one line, as Rich divides it."""
    out: list[tuple[int, int]] = []
    for word in text.split(" "):
        if out:
            out[-1] = (out[-1][0], out[-1][1] + 1)  # the space this piece followed
        if word:
            out.append((cell_len(word), 0))
    return tuple(out)


@lru_cache(maxsize=16384)
def count_lines(cell: str, width: int) -> int:
    """How many lines Rich wraps `cell` into at `width` (rich._wrap.divide_line's rule, counted)."""
    total = 0
    for line in lines_of(cell):
        n, offset = 1, 0
        for word, space in _words(line):
            if width - offset >= word:
                offset += word + space
            elif word > width:  # folded into chunks of `width`, the first on a line of its own
                chunks = -(-(word + space) // width)
                n += chunks if offset else chunks - 1
                offset = word + space - (chunks - 1) * width
            elif offset:
                n += 1
                offset = word + space
        total += n
    return total


def _minimum(col: Col, nat: int, longest: int) -> int:
    if col.kind in WHOLE:
        return nat
    if col.kind in ("text", "note"):
        return min(nat, max(longest, LEGIBLE))
    return min(nat, max(longest, SHORT_MIN))


def _sample(cells: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    if len(cells) <= SAMPLE:
        return list(cells)
    step = len(cells) / SAMPLE
    return [cells[int(k * step)] for k in range(SAMPLE)]


def cost(cols: Sequence[Col], cells: Sequence[Sequence[str]], w: Sequence[int]) -> float:
    """What reading the rows at widths `w` costs: the lines they take (the header and rule aside), and
    for each line a cell is broken over, what BROKEN says it is worth."""
    total = 0.0
    for row in cells:
        counts = [count_lines(c, wi) if col.kind not in WHOLE else len(lines_of(c))
                  for col, c, wi in zip(cols, row, w, strict=True)]
        total += max(counts) + sum(BROKEN.get(col.kind, 0) * (n - 1) for col, n in zip(cols, counts, strict=True))
    return total


def widths(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int) -> list[int] | None:
    """Content widths for `cols` within `total` cells, or None if they cannot all fit legibly."""
    n = len(cols)
    nat = [natural(c.header, [r[i] for r in cells]) for i, c in enumerate(cols)]
    w = [_minimum(c, nat[i], _longest_word(c.header, [r[i] for r in cells])) for i, c in enumerate(cols)]
    room = total - GAP * (n - 1)
    if sum(w) > room:
        return None
    spare = room - sum(w)
    rows = _sample(cells)
    free = [i for i, c in enumerate(cols) if c.kind not in WHOLE]
    counts = {i: [count_lines(r[i], w[i]) for r in rows] for i in free}
    fixed = [max([len(lines_of(r[i])) for i, c in enumerate(cols) if c.kind in WHOLE] or [1]) for r in rows]

    def row_heights(over: dict[int, list[int]]) -> list[int]:
        return [max([fixed[k], *(over.get(i, counts[i])[k] for i in free)]) for k in range(len(rows))]

    now = row_heights({})
    while spare:
        best: tuple[float, int, int, list[int]] | None = None
        for i in free:
            step = _next_break(rows, i, w[i], min(nat[i], w[i] + spare), counts[i])
            if step is None:
                continue
            wider, new = step
            after = row_heights({i: new})
            # Lines off the table, and lines off the column: a name or list broken over lines reads
            # worse than long text wrapped, and a column's lines may pay off once a second widens too.
            gain = (sum(now) - sum(after)) + BROKEN[cols[i].kind] * (sum(counts[i]) - sum(new))
            score = gain / (wider - w[i])
            if best is None or score > best[0]:
                best = (score, i, wider, new)
        if best is None:
            break
        _, i, wider, new = best
        spare -= wider - w[i]
        w[i], counts[i] = wider, new
        now = row_heights({})
    # What no widening shortens: to the long text, evenly, then to the other columns, up to their width.
    for kinds in (("text",), ("short", "list", "note")):
        grow = [i for i in free if cols[i].kind in kinds]
        while spare and any(w[i] < nat[i] for i in grow):
            for i in grow:
                if w[i] < nat[i] and spare:
                    w[i] += 1
                    spare -= 1
    return w


def _next_break(rows: Sequence[Sequence[str]], i: int, at: int, upto: int,
                counts: list[int]) -> tuple[int, list[int]] | None:
    """The least width above `at` (at most `upto`) at which some cell of column `i` takes fewer lines,
    and the cells' line counts there; None if no width up to `upto` saves a line."""
    if upto <= at or sum(counts) == len(counts):
        return None
    best = None
    for k, row in enumerate(rows):
        if counts[k] <= 1 or count_lines(row[i], upto) >= counts[k]:
            continue
        lo, hi = at + 1, upto  # the least width that saves a line in this cell
        while lo < hi:
            mid = (lo + hi) // 2
            if count_lines(row[i], mid) < counts[k]:
                hi = mid
            else:
                lo = mid + 1
        best = lo if best is None else min(best, lo)
    if best is None:
        return None
    return best, [count_lines(row[i], best) for row in rows]


def shorten_ids(ids: Sequence[str], width: int) -> list[str]:
    """Each id as a prefix ending in `…` when wider than `width`: at least as wide as it takes to tell
    every id from the others (so a shortened id is still a prefix the shell completes to one id)."""
    width = max(width, ID_FLOOR)
    while True:
        short = [i if cell_len(i) <= width else _prefix(i, width - 1) + ELLIPSIS for i in ids]
        clash = len(set(short)) < len(set(ids)) or any(s.endswith(ELLIPSIS) and s[:-1] in ids for s in short)
        if not clash or width >= max(map(cell_len, ids)):
            return short
        width += 1


def _prefix(text: str, width: int) -> str:
    out = ""
    for ch in text:
        if cell_len(out + ch) > width:
            break
        out += ch
    return out


def layout(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int, shorten: bool = True) -> Layout | None:
    """The columns kept, their widths and cells, for a table `total` wide: droppable columns left out
    as needed, long ids shortened where that keeps a column in or saves lines; None when the columns
    that cannot be left out do not fit with whole ids (then show records, where ids are whole)."""
    keep = list(range(len(cols)))
    order = sorted((i for i, c in enumerate(cols) if c.drop), key=lambda i: (-cols[i].drop, -i))
    first_short: Layout | None = None  # the first table that fits with shortened ids
    first = min((c.drop for c in cols if c.drop), default=0)  # the droppable column that matters most
    while True:
        kept = [cols[i] for i in keep]
        whole = [[r[i] for i in keep] for r in cells]
        w = widths(kept, whole, total)
        short = _shortened(kept, whole, total) if shorten else None
        sw = widths(kept, short, total) if short is not None else None
        if first_short is None and short is not None and sw is not None:
            first_short = Layout(list(keep), sw, short, True)
        if w is not None:
            if first_short is not None and any(cols[i].drop == first for i in first_short.keep if i not in keep):
                return first_short  # shortened ids keep in the column that matters most of those left out
            if short is not None and sw is not None and _saves(kept, whole, w, short, sw):
                return Layout(keep, sw, short, True)
            return Layout(keep, w, whole, False)
        if not order:
            return None
        keep.remove(order.pop(0))


def _shortened(cols: Sequence[Col], cells: Sequence[Sequence[str]], total: int) -> list[list[str]] | None:
    """The cells with the ids of each id column that takes more than ID_SHARE of the width shortened to
    that share; None if none would be."""
    out = [list(r) for r in cells]
    changed = False
    for i, c in enumerate(cols):
        if c.kind != "id" or not cells:
            continue
        column = [r[i] for r in cells]
        cap = max(int(total * ID_SHARE), cell_len(c.header), ID_FLOOR)
        if max(map(cell_len, column)) < cap * ID_OVER:  # not enough to win for the loss of whole ids
            continue
        for row, short in zip(out, shorten_ids(column, cap), strict=True):
            changed |= row[i] != short
            row[i] = short
    return out if changed else None


def _saves(cols: Sequence[Col], whole: Sequence[Sequence[str]], w: Sequence[int],
           short: Sequence[Sequence[str]], sw: Sequence[int]) -> bool:
    """Whether shortened ids make the table a fair share easier to read (see cost)."""
    full, less = cost(cols, _sample(whole), w), cost(cols, _sample(short), sw)
    return full - less >= max(2, SHORTEN_GAIN * full)
