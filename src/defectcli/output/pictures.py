"""Pictures for a terminal, where looking beats reading: figures on one scale, a timeline, conflict cards.

Each shows only what the json of the same command holds, so nothing is lost in a pipe. Colour marks
meaning only: an inferred date, a claim rated incorrect or unclear, the bars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..shapes import Row
from ..written import date_in_words
from .formats import bar, figure_value, safe
from .tables import console, draw, heading

# What a claim's rating means, in colour: wrong is red, confirmed green, doubtful yellow.
RATING_STYLE = {"incorrect": "red", "supported": "green", "ambiguous": "yellow", "typo": "yellow"}
# Open ends of a bar: a figure that says "over" or "about" is not an exact length.
# Claims side by side: a line between them and under their heads, nothing around them.
CLAIMS = box.Box("    \n  │ \n ─┼ \n  │ \n ─┼ \n ─┼ \n  │ \n    \n")
_ENDS = {"more_than": "▶", "less_than": "◀", "about": "~"}


def _t(text: str, style: str = "", on: bool = True) -> Text:
    return Text(safe(text), style=style if on else "")


# ---------------------------------------------------------------- stats: comparable totals


def comparisons(figures: Sequence[Row], groups: Sequence[Row], total: int = 80, style: bool = False) -> str:
    """Totals that sources give for the same thing, as bars on one scale, each labelled by who states it.

    `groups` are conflicts ({id, topic, figures}); a group is drawn when two or more of its
    figures are among `figures` and share a unit.
    """
    by_id = {f["id"]: f for f in figures}
    con = console(total, style)
    out = []
    for g in groups:
        shown = [by_id[i] for i in g["figures"] if i in by_id]
        if len(shown) < 2 or len({f["unit"] for f in shown}) != 1:
            continue
        top = max(f["value_max"] if f["value_max"] is not None else f["value"] for f in shown) or 1
        labels = [f"{f['stated_by_name'] or 'the article'} ({f['source']})" for f in shown]
        values = [figure_value(f) for f in shown]
        value_w = max(map(cell_len, values))
        label_w = min(max(map(cell_len, labels)), max(10, total * 2 // 5))
        width = max(4, min(40, total - label_w - value_w - 2 * 2 - 1))
        grid = Table.grid(padding=(0, 2, 0, 0))
        grid.add_column(width=label_w, overflow="fold")
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(no_wrap=True)
        for f, label, value in zip(shown, labels, values, strict=True):
            length = bar(f["value"] / top, width)
            drawn = Text(length, style="cyan" if style else "")
            if f["value_max"] is not None:  # a range: the solid part is its floor, the shaded part up to its ceiling
                drawn.append("░" * max(0, round(f["value_max"] / top * width) - cell_len(length)),
                             style="cyan" if style else "")
            drawn.append(_ENDS.get(f["comparator"], ""))
            grid.add_row(_t(label), _t(value), drawn)
        unit = shown[0]["unit"] or ""
        title = heading(safe(f"{g['topic']}"), style)
        sub = _t(f"{unit}, on one scale; the sources disagree (conflict {g['id']})", "dim", style)
        out.append(draw(con, title, sub, grid))
    return "".join("\n" + b for b in out)


# ---------------------------------------------------------------- timeline


def timeline(events: Sequence[Row], total: int = 80, style: bool = False) -> str:
    """Events down a line in the order given (the chronology's), dates at the side with their
    precision and basis; an undated event the text places after a dated one stands in its place
    on the line; the other undated events are grouped after.

    A date stated by the source is bold; one inferred is yellow, with the note that says how; a
    disputed date names its other readings and the conflict.
    """
    con = console(total, style)
    by_id = {e["id"]: e for e in events}

    def placed(e: Row, seen: frozenset[str] = frozenset()) -> bool:
        """Dated, or after (directly or not) an event that is."""
        if e["date"]["value"]:
            return True
        return any(a in by_id and a not in seen and placed(by_id[a], seen | {e["id"]}) for a in e.get("after") or ())

    line = [e for e in events if placed(e)]
    rest = [e for e in events if not placed(e)]
    dated = sum(1 for e in events if e["date"]["value"])
    marks = {e["id"]: f"{e['date']['precision']}, {e['date']['basis']}" if e["date"]["value"] else "" for e in line}
    shown = {e["id"]: date_in_words(e["date"]["value"]) for e in line}
    # Beside the line, a period wider than the marks has its end under its start ("1 February 2021" /
    # "or later"), so that one long date does not narrow every event.
    mark_w = max([cell_len(m) for m in marks.values()] or [0])
    pieces = {i: [d] if cell_len(d) <= mark_w else re.split(r" (?=or later$|or earlier$|to )", d)
              for i, d in shown.items()}
    date_w = max([cell_len(x) for e in line for x in (*pieces[e["id"]], marks[e["id"]])] or [0])
    id_w = max([cell_len(e["id"]) for e in events] or [0])
    # Dates beside the line while events keep room for a whole id; above each event when not.
    beside = total - date_w - 4 >= max(id_w, 20)
    text_w = max(1, total - (date_w + 4 if beside else 2))
    lines: list[Text] = [heading(f"Timeline ({dated} dated, {len(events) - dated} undated)", style)]

    def about(e: Row, width: int) -> list[Text]:
        out = list(_t(e["name"], "bold", style).wrap(con, width))
        meta = [e["kind"], ", ".join(e["sources"]), e["id"]]
        if e.get("after"):
            meta.append("after " + ", ".join(e["after"]))
        out += _t(" · ".join(x for x in meta if x), "dim", style).wrap(con, width)
        disputed = e["date"].get("disputed")
        if disputed:
            readings = " or ".join(date_in_words(r["value"]) for r in disputed["readings"])
            out += _t(f"disputed: {readings} (conflict {disputed['conflict']})", "yellow", style).wrap(con, width)
        if e["date"]["note"]:
            out += _t(e["date"]["note"], "dim italic", style).wrap(con, width)
        return out

    for k, e in enumerate(line):
        last = k == len(line) - 1
        inferred = e["date"]["basis"] == "inferred"
        look = ("bold yellow" if inferred else "bold") if e["date"]["value"] else "dim"
        date = _t(shown[e["id"]], look, style)
        mark = _t(marks[e["id"]], "yellow" if inferred else "dim", style)
        right = about(e, text_w)
        if beside:
            left = [*(_t(x, look, style) for x in pieces[e["id"]]), mark]
            for i in range(max(len(left), len(right))):
                cell_left = left[i].copy() if i < len(left) else Text("")
                cell_left.pad_right(date_w - cell_len(cell_left.plain))
                rail = "●" if i == 0 else (" " if last else "│")
                lines.append(cell_left + Text(f" {rail} ") + (right[i] if i < len(right) else Text("")))
            if not last:
                lines.append(Text(" " * (date_w + 1) + "│"))
        else:
            gutter = Text("  " if last else "│ ")
            heads = list(date.wrap(con, max(1, total - 2)))
            if mark.plain and cell_len(heads[-1].plain) + 2 + cell_len(mark.plain) <= total - 2:
                heads[-1] = heads[-1] + Text("  ") + mark
            elif mark.plain:  # ("February 2024 or later  period, inferred" is wider than 40 columns: its mark below)
                heads += list(mark.wrap(con, max(1, total - 2)))
            lines.extend((Text("● ") if i == 0 else gutter) + h for i, h in enumerate(heads))
            lines.extend(gutter + r for r in right)
            if not last:
                lines.append(Text("│"))
    if rest:
        lines += [Text(""), heading(f"Undated ({len(rest)})", style)]
        for e in rest:
            first, *more = about(e, max(1, total - 2))
            lines.append(Text("· ") + first)
            lines.extend(Text("  ") + r for r in more)
    for text_line in lines:
        con.print(text_line, soft_wrap=True, crop=False)
    return draw(con)


# ---------------------------------------------------------------- conflicts


def conflict_cards(conflicts: Sequence[Row], total: int = 80, style: bool = False) -> str:
    """Each conflict as a card: what it is about, the summary, then its claims side by side."""
    con = console(total, style)
    cards: list[Any] = []
    inner = total - 4  # a card's border and padding
    for c in conflicts:
        claims = c["claims"]
        # Side by side while each claim keeps a readable width and its links stay whole.
        links = [_links(x) for x in claims]
        need = max([20] + [cell_len(w) for lk in links for w in lk.split()])
        across = len(claims) > 1 and (inner - 3 * (len(claims) - 1)) // len(claims) >= need
        title = Text(safe(c["id"]), style="bold" if style else "") + Text(" · ") + \
            _t(c["kind"], "red" if c["kind"] == "error" else "", style)
        # Rich cuts a card's title to fit its border; a title too long stands above the card instead.
        above = cell_len(title.plain) > total - 6
        if above:
            cards.append(title)
        body: list[Any] = [_t(c["topic"], "bold", style), _t(c["summary"])]
        grid = Table(box=CLAIMS if across else None, show_edge=False, pad_edge=False, expand=True,
                     show_header=across, padding=(0, 1), header_style="")
        if across:
            for x in claims:
                grid.add_column(_claim_head(x, style), ratio=1, overflow="fold")
            grid.add_row(*(_claim_body(x, lk, style) for x, lk in zip(claims, links, strict=True)))
        else:
            grid.add_column(ratio=1, overflow="fold")
            for k, (x, lk) in enumerate(zip(claims, links, strict=True)):
                grid.add_row(Group(*([Text("")] if k else []), _claim_head(x, style), _claim_body(x, lk, style)))
        body += [Text(""), grid]
        cards.append(Panel(Group(*body), title=None if above else title, title_align="left", box=box.ROUNDED,
                           padding=(0, 1), expand=True))
    return draw(con, heading(f"Conflicts ({len(conflicts)})", style), *cards)


def _links(x: Row) -> str:
    return " ".join(f"{k} {x[k]}" for k in ("figure", "event") if x.get(k))


def _claim_head(x: Row, style: bool) -> Text:
    return Text(safe(x["source"]), style="bold" if style else "") + Text(" · ") + \
        _t(x["rating"], RATING_STYLE.get(x["rating"], ""), style)


def _claim_body(x: Row, links: str, style: bool) -> Text:
    body = _t(f"“{x['excerpt']}”")
    if links:
        body.append("\n")
        body.append_text(_t(links, "dim", style))
    return body

