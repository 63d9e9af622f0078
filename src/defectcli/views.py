"""Rich views for a terminal that are more than one table: a person's profile, breakdown bars."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .render import Column, bar, cell, figure_value, number, safe, table, text


def person_view(p: dict[str, Any]) -> Group:
    head = Text()
    head.append(safe(p["name"]), style="bold")
    status = {"pseudonym": "pseudonym", "unnamed": "unnamed", "as_published": "name as published"}[p["name_status"]]
    head.append(f"  ({status}; {', '.join(p['roles'])}; id {p['id']})")
    lines: list[Any] = [head]
    for label, value in (("Also called", p["aliases"] + p["titles"]), ("Described as", p["described_as"]),
                         ("Note", p["note"]), ("Sources", p["sources"])):
        if value:
            lines.append(Text(f"{label}: {safe(cell(value))}"))
    for rel in p["relations"]:
        lines.append(Text(f"{safe(rel['relation'])}: {safe(rel.get('name') or rel['person'])}"))

    def show(value: dict[str, Any]) -> str:
        v = value["value"]
        # A year is a label, not a quantity: 2020, never 2,020.
        shown = number(v) if isinstance(v, (int, float)) and value.get("unit") != "year" else cell(v)
        if value.get("value_max") is not None:
            shown += f"–{number(value['value_max'])}"
        return f"{shown} {value['unit']}" if value.get("unit") and value["unit"] != "year" else shown

    sections = [
        ("Attributes", p["attributes"], [Column("field", "Field"), Column("value", "Value", show),
                                         Column("source", "Source"), Column("excerpt", "Excerpt")]),
        ("Quotes", p["quotes"], [Column("text", "Quote"), Column("themes", "Themes"),
                                 Column("source", "Source", lambda q: f"{q['source']}:{q['line']}")]),
        ("Motivations", p["motivations"], [Column("stage", "Stage"), Column("reason", "Reason"),
                                           Column("evidence", "Evidence",
                                                  lambda m: [f"{g['source']}: {g['excerpt']}" for g in m["evidence"]])]),
        ("Figures", p["figures"], [Column("value", "Value", figure_value), Column("unit", "Unit"),
                                   Column("counts", "Counts"), Column("source", "Source")]),
        ("Events", p["events"], [Column("date", "Date", lambda e: e["date"]["value"] or "undated"),
                                 Column("name", "Event"), Column("sources", "Sources")]),
    ]
    for title, rows, columns in sections:
        if rows:
            lines.append(table(rows, columns, title))
    return Group(*lines)


def breakdowns(figures: list[dict[str, Any]]) -> Group | str:
    """Each total with parts as bars, so proportions are seen rather than read."""
    parts = [f for f in figures if f["parts"]]
    if not parts:
        return ""
    out: list[Any] = []
    for f in parts:
        t = Table(title=f"{safe(f['counts'])} ({figure_value(f)}, {f['source']})", title_justify="left",
                  show_header=False, box=None, padding=(0, 1))
        t.add_column(no_wrap=True)
        t.add_column(justify="right", no_wrap=True)
        t.add_column(no_wrap=True)
        t.add_column(justify="right", no_wrap=True)
        total = sum(x["value"] for x in f["parts"]) or 1
        for x in f["parts"]:
            share = x["value"] / total
            t.add_row(text(x["label"]), number(x["value"]), Text(bar(share), style="cyan"), f"{share:.0%}")
        out.append(t)
    return Group(*out)
