"""`defectcli show ID` on a terminal: the record in full, then each excerpt in its article. Plain text."""

from __future__ import annotations

from typing import Any

from . import tables
from .formats import cell, safe
from .hits import CLOSE, OPEN, marked_wrap


def show_view(kind: str, row: dict[str, Any], items: list[dict[str, Any]], total: int = 100,
              style: bool = False) -> str:
    head = safe(f"{kind} {row['id']}")
    lines = [f"{tables.BOLD}{head}{tables.RESET}" if style else head]
    lines += _fields(row, "  ", total)
    if items:
        lines += ["", f"{tables.BOLD}Excerpts{tables.RESET}" if style else "Excerpts"]
    for n, item in enumerate(items, 1):
        where = f"{item['source']}, line {item['line']}" if item["line"] else item["source"]
        lines += ["", safe(f"[{n}] {item['label']} · {where}")]
        if item["context"] is None:
            lines += ["    " + x for x in tables.wrap(safe(item["excerpt"]), total - 4)]
        else:
            for para in item["context"]:
                text = para["text"]
                if para["excerpt"]:
                    start, end = para["excerpt"]
                    text = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
                number = f"{para['line']:>4}"
                prefix = (">" if para["excerpt"] else " ") + number + "  "
                wrapped = marked_wrap(safe(text), total - len(prefix), style and bool(para["excerpt"]))
                lines += [(prefix if i == 0 else " " * len(prefix)) + w for i, w in enumerate(wrapped or [""])]
        lines += ["    " + x for x in tables.wrap("— " + safe(item["citation"]), total - 4)]
    return "\n".join(lines) + "\n"


def _fields(value: dict[str, Any], indent: str, total: int) -> list[str]:
    out: list[str] = []
    for key, v in value.items():
        if key == "id" and indent == "  ":
            continue
        if v in (None, [], {}, "") or v is False:
            continue
        if isinstance(v, dict):
            out.append(f"{indent}{safe(key)}:")
            out += _fields(v, indent + "  ", total)
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            out.append(f"{indent}{safe(key)}:")
            for x in v:
                sub = _fields(x, indent + "    ", total) if isinstance(x, dict) else [indent + "    " + safe(cell(x))]
                if sub:
                    sub[0] = indent + "  - " + sub[0][len(indent) + 4:]
                out += sub
        else:
            text = f"{key}: {cell(v)}"
            out += [(indent if i == 0 else indent + "  ") + w
                    for i, w in enumerate(tables.wrap(safe(text), total - len(indent) - 2))]
    return out
