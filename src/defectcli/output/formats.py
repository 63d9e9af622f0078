"""Rows to text: table, json, jsonl, csv, tsv. Renderers return values; the CLI prints them.

Fact text is data. Terminal control characters and bidi overrides are made visible in every format
(JSON escapes them as \\uXXXX, which parses back to the same data); nothing parses markup or
emoji codes; CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .. import written
from ..shapes import Row
from ..text import CONTROLS
from ..text import safe as safe  # re-exported: every renderer escapes with it

# The characters that could steer a terminal (text.CONTROLS), shown as escapes in every format.
_UNSAFE = CONTROLS
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")


class Column(NamedTuple):
    key: str  # header in csv/tsv, the name --fields knows it by, and the default getter
    header: str  # header in a table
    get: Callable[[Row], Any] | None = None
    # In a table: "id", "num", "code" are never wrapped; "short", "list" and "text" wrap between
    # words ("text" is worth showing only 20 wide); "note" is text that, when few rows have it, is
    # shown as numbered notes under the table. A column with `drop` may be left out when too
    # narrow, highest first.
    kind: str = "text"
    drop: int = 0

    def value(self, row: Row) -> Any:
        return self.get(row) if self.get else row.get(self.key)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):  # ("read", "review" by --fields): JSON, which a script can parse, not Python's repr
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# ---------------------------------------------------------------- machine formats


def _json_escape(match: re.Match[str]) -> str:
    c = match.group()
    return f"\\u{ord(c):04x}" if c < "\U00010000" else json.dumps(c)[1:-1]  # (past U+FFFF: its two surrogates, as JSON writes it)


def json_safe(text: str) -> str:
    """JSON text with every control character escaped (one can only be in a string, where an escape reads the same)."""
    return _UNSAFE.sub(_json_escape, text)


def to_json(data: Any) -> str:
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def to_jsonl(rows: Sequence[Row]) -> str:
    return "".join(json_safe(json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)


def neutralise(value: Any) -> Any:
    """A text cell that starts like a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def data_cell(value: Any) -> Any:
    """A value as an exported CSV cell carries it, file or stdout: text escaped and neutralised as
    in `-f csv`; numbers and NULL left to the csv module."""
    return neutralise(safe(value)) if isinstance(value, str) else value


def _csv_cell(value: Any) -> str:
    """The text a spreadsheet will read, neutralised as written: after lists are joined and getters
    have composed their text (a list whose first item is `=1+2` is as live as the item alone)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return cell(value)  # -5 is a number, not a formula
    return str(neutralise(safe(cell(value))))


def to_csv(rows: Sequence[Row], columns: Sequence[Column], headers: bool = True) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if headers:
        writer.writerow([c.key for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(c.value(row)) for c in columns])
    return out.getvalue()


def _tsv_cell(value: Any) -> str:
    text = cell(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return safe(text)


def to_tsv(rows: Sequence[Row], columns: Sequence[Column], headers: bool = True) -> str:
    lines = ["\t".join(c.key for c in columns)] if headers else []
    lines += ["\t".join(_tsv_cell(c.value(row)) for c in columns) for row in rows]
    return "".join(line + "\n" for line in lines)


def flat(rows: Sequence[Row], columns: Sequence[Column], fmt: str, headers: bool = True) -> str:
    if fmt == "csv":
        return to_csv(rows, columns, headers)
    if fmt == "tsv":
        return to_tsv(rows, columns, headers)
    if fmt == "jsonl":
        return to_jsonl(rows)
    return to_json(list(rows))


def pick(columns: Sequence[Column], names: Sequence[str], rows: Sequence[Row], *extra: Sequence[Column]) -> list[Column]:
    """The columns `names` asks for, in that order: a column of `columns` (or of `extra`) by key, or any
    field the rows have (any name, when there are no rows). An unknown name raises UsageError listing the valid ones."""
    from ..errors import UsageError
    from ..text import quoted, suggest

    known = {c.key: c for group in (*reversed(extra), columns) for c in group}
    fields = list(dict.fromkeys(k for r in rows for k in r))
    chosen = []
    for name in names:
        if name in known:
            chosen.append(known[name])
        elif name in fields or not rows:  # (no rows: nothing to hold a field's name against; the answer says none)
            chosen.append(Column(name, name.replace("_", " ").capitalize(), kind="text"))
        else:
            valid = list(dict.fromkeys([*known, *fields]))
            hint = suggest(name, valid, "did you mean '{}'? ")
            raise UsageError(f"--fields: unknown field {quoted(name)}; {hint}valid: {', '.join(valid)}")
    return chosen


def cut(answer: Row, keys: Sequence[str], limit: int | None) -> Row:
    """An answer with the first `limit` items of each of its lists `keys` (all without a limit)."""
    return {**answer, **{k: answer[k][:limit] for k in keys}} if limit else answer


def project(rows: Sequence[Row], columns: Sequence[Column]) -> list[Row]:
    """Rows cut down to `columns` for json: a field as stored where the record has it, else as shown."""
    return [{c.key: row[c.key] if c.key in row else c.value(row) for c in columns} for row in rows]


# ---------------------------------------------------------------- tables


def table(rows: Sequence[Row], columns: Sequence[Column], title: str | None = None, *, total: int = 80,
          style: bool = False, headers: bool = True, notes: Sequence[str] = (), records: bool = False,
          hide_empty: bool = True, more: str = "--fields, -f json") -> str:
    """Rows as a table `total` cells wide (drawn by Rich), or as records when it cannot fit.
    A column empty in every row is not drawn, and a long id may be shortened, unless `hide_empty` is
    off (columns asked for by name).
    `more` names the options that show what the table leaves out."""
    from . import fit, tables

    if hide_empty and rows:
        columns = [c for c in columns if any(cell(c.value(row)) for row in rows)] or list(columns)
    values = [[c.value(row) for c in columns] for row in rows]
    cols = [fit.Col(safe(c.header), _kind(c, [v[i] for v in values]), c.drop) for i, c in enumerate(columns)]
    cells = [[safe(cell(v)) for v in row] for row in values]
    return tables.render(cols, cells, title=safe(title or ""), total=total, style=style, headers=headers,
                         notes=[safe(n) for n in notes], records=records, more=more,
                         shorten=hide_empty)


def _kind(column: Column, values: list[Any]) -> str:
    """A column of numbers is right-aligned and kept whole, whatever it was declared."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "num"
    return column.kind


def bar(fraction: float, width: int = 24) -> str:
    """A horizontal bar in eighths of a cell, so small shares still show."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")


def number(value: Any) -> str:
    return written.number(value) if isinstance(value, (int, float)) else cell(value)


def figure_value(f: Row) -> str:
    """The value as stated: comparator and range kept ("over 13,000", "18–35"); see written.py."""
    return written.value_stated(f)


# Box-drawing and bar glyphs, and typographic marks, for a terminal that can only show ASCII.
_ASCII_MAP = {"─": "-", "█": "#", "▏": "", "▎": "", "▍": "", "▌": "", "▋": "", "▊": "", "▉": "", "–": "-", "…": "..."}
_ASCII = str.maketrans(_ASCII_MAP)
# What tables and pictures draw, and the punctuation that would otherwise become escapes wider than the
# character the layout measured, pushing borders out of line.
_ASCII_DRAWN = str.maketrans({**_ASCII_MAP, "░": ".", "▶": ">", "◀": "<", "●": "*", "·": "-", "│": "|", "╭": "+",
                              "╮": "+", "╰": "+", "╯": "+", "┼": "+", "—": "-", "“": '"', "”": '"', "‘": "'",
                              "’": "'"})


def encodable(text: str, encoding: str, is_json: bool = False, drawn: bool = False) -> str:
    """`text` as the output `encoding` can carry it. In a narrow (ASCII) locale JSON gets JSON escapes,
    so it still parses to the same data; other text gets ASCII rules and bars, and Python escapes;
    a table or picture (`drawn`) also gets ASCII quote marks and lines."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    if is_json:
        # Non-ASCII characters occur only inside JSON strings; json's own escapes (surrogate pairs
        # beyond the BMP) keep the document valid and equal.
        return "".join(c if c.isascii() else json.dumps(c)[1:-1] for c in text)
    return text.translate(_ASCII_DRAWN if drawn else _ASCII).encode(encoding, "backslashreplace").decode(encoding)


def date_shown(date: Row | None) -> str:
    """A date in words, with a disputed date's every reading and conflict (see written.py)."""
    return written.date_shown(date)


def group_label(g: Row) -> str:
    """A group giver as shown in a table: its name and the number the text gives, or says it gives none."""
    if g["organisation"]:
        shown = str(g["name"])
    elif g["count"] is not None:
        shown = f"{g['name']}: {g['count']}"
    else:
        shown = f"{g['name']}: number not stated"
    return shown + (" (ambiguous)" if g["attribution"] == "ambiguous" else "")
