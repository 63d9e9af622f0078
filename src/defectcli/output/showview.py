"""`defectcli show ID` on a terminal: the record in full, then each excerpt in its article.

Drawn with Rich through tables.console (imported only when drawn); fact text is made safe first.
"""

from __future__ import annotations

from typing import Any

from .formats import cell, safe
from .hits import marked


def show_view(kind: str, row: dict[str, Any], items: list[dict[str, Any]], total: int = 80,
              style: bool = False) -> str:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from .tables import console, draw, heading

    con = console(total, style)
    out: list[Any] = [heading(safe(f"{kind} {row['id']}"), style), *_fields(row, 2)]
    if items:
        out += [Text(""), heading("Excerpts", style)]
    for n, item in enumerate(items, 1):
        where = f"{item['source']}, line {item['line']}" if item["line"] else item["source"]
        out += [Text(""), Text(safe(f"[{n}] {item['label']} · {where}"))]
        if item["context"] is None:
            out.append(Padding(Text(safe(item["excerpt"])), (0, 0, 0, 4)))
        else:
            grid = Table.grid(padding=(0, 2))
            grid.add_column(no_wrap=True, justify="right")
            grid.add_column()
            for para in item["context"]:
                spans = [para["excerpt"]] if para["excerpt"] else []
                grid.add_row((">" if para["excerpt"] else " ") + f"{para['line']:>4}",
                             marked(para["text"], spans, style))
            out.append(grid)
        out.append(Padding(Text("— " + safe(item["citation"])), (0, 0, 0, 4)))
    return draw(con, *out)


def _fields(value: dict[str, Any], indent: int) -> list[Any]:
    """Every field of a record with a value, `key: value`, nested records indented below their key."""
    from rich.padding import Padding
    from rich.text import Text

    out: list[Any] = []
    for key, v in value.items():
        if (key == "id" and indent == 2) or v in (None, [], {}, "") or v is False:
            continue
        if isinstance(v, dict):
            out.append(Padding(Text(safe(f"{key}:")), (0, 0, 0, indent)))
            out += _fields(v, indent + 2)
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            out.append(Padding(Text(safe(f"{key}:")), (0, 0, 0, indent)))
            for x in v:
                if isinstance(x, dict):
                    sub = _fields(x, indent + 4)
                    if sub:
                        first = sub[0].renderable
                        sub[0] = Padding(Text("- ") + first, (0, 0, 0, indent + 2))
                    out += sub
                else:
                    out.append(Padding(Text(safe(cell(x))), (0, 0, 0, indent + 4)))
        else:
            out.append(Padding(Text(safe(f"{key}: {cell(v)}")), (0, 0, 0, indent)))
    return out
