"""Terminal views that are more than one table: a person's profile, breakdown bars. Plain text."""

from __future__ import annotations

from typing import Any

from . import tables as termtable
from .formats import Column, bar, cell, date_shown, figure_value, number, safe, table


def person_view(p: dict[str, Any], total: int = 100, style: bool = False) -> str:
    status = {"pseudonym": "pseudonym", "unnamed": "unnamed", "as_published": "name as published"}[p["name_status"]]
    name = safe(p["name"])
    lines = [f"{termtable.BOLD}{name}{termtable.RESET}" if style else name]
    lines[0] += safe(f"  ({status}; {', '.join(p['roles'])}; id {p['id']})")
    for label, value in (("Also called", p["aliases"] + p["titles"]), ("Described as", p["described_as"]),
                         ("Note", p["note"]), ("Sources", p["sources"])):
        if value:
            lines.extend(termtable.wrap(f"{label}: {safe(cell(value))}", total))
    for rel in p["relations"]:
        lines.append(f"{safe(rel['relation'])}: {safe(rel.get('name') or rel['person'])}")

    def show(value: dict[str, Any]) -> str:
        v = value["value"]
        # A year is a label, not a quantity: 2020, never 2,020.
        shown = number(v) if isinstance(v, (int, float)) and value.get("unit") != "year" else cell(v)
        if value.get("value_max") is not None:
            shown += f"–{number(value['value_max'])}"
        return f"{shown} {value['unit']}" if value.get("unit") and value["unit"] != "year" else shown

    sections = [
        ("Attributes", p["attributes"], [Column("field", "Field"), Column("value", "Value", show),
                                         Column("note", "Note"), Column("source", "Source"),
                                         Column("excerpt", "Excerpt")]),
        ("Quotes", p["quotes"], [Column("text", "Quote"), Column("attribution", "Attribution"),
                                 Column("themes", "Themes"),
                                 Column("source", "Source", lambda q: f"{q['source']}:{q['line']}")]),
        ("Motivations", p["motivations"], [Column("stage", "Stage"), Column("reason", "Reason"),
                                           Column("attribution", "Attribution",
                                                  lambda m: sorted({g["attribution"] for g in m["evidence"]})),
                                           Column("evidence", "Evidence",
                                                  lambda m: [f"{g['source']}: {g['excerpt']}" for g in m["evidence"]])]),
        ("Figures", p["figures"], [Column("value", "Value", figure_value), Column("unit", "Unit"),
                                   Column("counts", "Counts"), Column("source", "Source")]),
        ("Events", p["events"], [Column("date", "Date", lambda e: date_shown(e["date"])),
                                 Column("name", "Event"), Column("sources", "Sources")]),
    ]
    text = "\n".join(lines) + "\n"
    for title, rows, columns in sections:
        if rows:
            text += "\n" + table(rows, columns, title, total=total, style=style)
    return text


def breakdowns(figures: list[dict[str, Any]], total: int = 100, style: bool = False) -> str:
    """Each total with parts as bars, so proportions are seen rather than read."""
    out = []
    for f in figures:
        if not f["parts"]:
            continue
        whole = sum(x["value"] for x in f["parts"]) or 1
        rows = [[safe(cell(x["label"])), number(x["value"]), bar(x["value"] / whole), f"{x['value'] / whole:.0%}"]
                for x in f["parts"]]
        title = safe(f"{f['counts']} ({figure_value(f)}, {f['source']})")
        out.append(termtable.render(None, rows, title=title, total=total, right=[False, True, False, True],
                                    style=style, colour=["", "", termtable.CYAN, ""]))
    return "".join("\n" + b for b in out)
