"""`defectcli show ID` on a terminal: the record in full, then each excerpt in its article.

Drawn with Rich through tables.console (imported only when drawn); fact text is made safe first.
Text wraps between words under itself; a word is never split: a URL, a SHA-256 or an id wider
than the room left starts a line of its own and, if wider than that, passes the edge whole, so
that it copies and a terminal's link detection finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .formats import cell, safe
from .hits import marked

if TYPE_CHECKING:
    from rich.text import Text

def show_view(kind: str, row: dict[str, Any], items: list[dict[str, Any]], total: int = 80,
              style: bool = False, headers: bool = True) -> str:
    """The record's fields, then each excerpt in its paragraphs; without `headers`, no headings."""
    from rich.text import Text

    from .tables import console, draw, hanging, heading

    lines: list[Text] = [heading(safe(f"{kind} {row['id']}"), style)] if headers else []
    lines += _fields(row, 2, total)
    if items and headers:
        lines += [Text(""), heading("Excerpts", style)]
    for n, item in enumerate(items, 1):
        where = f"{item['source']}, line {item['line']}" if item["line"] else item["source"]
        lines += [Text(""), *hanging(Text(safe(f"[{n}] {item['label']} · {where}")), 0, 4, total)]
        if item["context"] is None:
            lines += hanging(Text(safe(item["excerpt"])), 4, 4, total)
        else:
            for para in item["context"]:
                spans = [para["excerpt"]] if para["excerpt"] else []
                number = (">" if para["excerpt"] else " ") + f"{para['line']:>4}  "
                lines += hanging(Text(number) + marked(para["text"], spans, style), 0, len(number), total)
        lines += hanging(Text("— " + safe(item["citation"])), 4, 6, total)
    con = console(total, style)
    for line in lines:
        con.print(line, soft_wrap=True, crop=False)
    return draw(con)


def _fields(value: dict[str, Any], indent: int, total: int) -> list[Text]:
    """Every field of a record with a value, `key: value` (the value wrapped under itself), nested
    records indented below their key."""
    from rich.text import Text

    from .tables import hanging

    out: list[Text] = []
    for key, v in value.items():
        if (key == "id" and indent == 2) or v in (None, [], {}, "") or v is False:
            continue
        if isinstance(v, dict):
            out.append(Text(" " * indent + safe(f"{key}:")))
            out += _fields(v, indent + 2, total)
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            out.append(Text(" " * indent + safe(f"{key}:")))
            for x in v:
                if isinstance(x, dict):
                    sub = _fields(x, indent + 4, total)
                    if sub:
                        sub[0] = Text(" " * (indent + 2) + "- ") + sub[0][indent + 4:]
                    out += sub
                else:
                    out += hanging(Text(safe(cell(x))), indent + 4, indent + 4, total)
        else:
            label = f"{key}: "
            under = indent + len(label) if len(label) <= total // 3 else indent + 2
            out += hanging(Text(safe(label + cell(v))), indent, under, total)
    return out
