"""Terminal views that are more than one table: a person's profile, a figure's breakdown in bars.

Drawn with Rich (see tables.py): every piece of fact text is made safe and handed over as Text.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text

from .fit import Col
from .formats import Column, bar, cell, date_shown, figure_value, number, safe, table
from .tables import console, draw, draw_lines, heading, side_by_side

_STATUS = {"pseudonym": "pseudonym", "unnamed": "unnamed", "as_published": "name as published"}


def _value_shown(value: dict[str, Any]) -> str:
    v = value["value"]
    # A year is a label, not a quantity: 2020, never 2,020.
    shown = number(v) if isinstance(v, (int, float)) and value.get("unit") != "year" else cell(v)
    if value.get("value_max") is not None:
        shown += f"–{number(value['value_max'])}"
    return f"{shown} {value['unit']}" if value.get("unit") and value["unit"] != "year" else shown


def _figure_shown(f: dict[str, Any]) -> str:
    return f"{figure_value(f)} {f['unit']}" if f.get("unit") else figure_value(f)


PERSON_SECTIONS: list[tuple[str, str, list[Column]]] = [
    ("Attributes", "attributes", [Column("field", "Field", kind="code"), Column("value", "Value", _value_shown, "short"),
                                  Column("note", "Note", kind="note", drop=2), Column("source", "Source", kind="code", drop=1),
                                  Column("excerpt", "Excerpt")]),
    ("Quotes", "quotes", [Column("text", "Quote"), Column("attribution", "Attribution", kind="code", drop=3),
                          Column("themes", "Themes", kind="list", drop=2),
                          Column("source", "Source", lambda q: f"{q['source']}:{q['line']}", "code", drop=1)]),
    ("Motivations", "motivations", [
        Column("stage", "Stage", kind="code"), Column("reason", "Reason"),
        Column("attribution", "Attribution", lambda m: sorted({g["attribution"] for g in m["evidence"]}), "list",
               drop=2),
        Column("evidence", "Evidence", lambda m: [f"{g['source']}: {g['excerpt']}" for g in m["evidence"]], drop=1)]),
    ("Figures", "figures", [Column("value", "Value", _figure_shown, "short"), Column("counts", "Counts"),
                            Column("sources", "Sources", kind="code", drop=1)]),
    ("Events", "events", [Column("date", "Date", lambda e: date_shown(e["date"]), "short"),
                          Column("name", "Event"), Column("sources", "Sources", kind="code", drop=1)]),
]


def person_view(p: dict[str, Any], total: int = 80, style: bool = False, limit: int | None = None,
                headers: bool = True) -> str:
    """A profile: who they are in a few lines, then a table per kind of fact about them (the first
    `limit` of each, saying so; without `headers`, tables without their titles and header rows)."""
    con = console(total, style)
    head = heading(safe(p["name"]), style)
    head.append(safe(f"  ({_STATUS[p['name_status']]}; {', '.join(p['roles'])}; id {p['id']})"))
    lines: list[Text] = [head]
    for label, value in (("Titles", p["titles"]), ("Also called", p["aliases"]), ("Described as", p["described_as"]),
                         ("Note", p["note"]), ("Sources", p["sources"])):
        if value:
            lines.append(heading(f"{label}: ", style) + Text(safe(cell(value).replace("; ", ", "))))
    for rel in p["relations"]:
        lines.append(heading(f"{safe(rel['relation'])}: ", style) + Text(safe(rel.get("name") or rel["person"])))
    text = draw(con, *lines)
    for title, key, columns in PERSON_SECTIONS:
        rows = p[key][:limit] if limit else p[key]
        if rows:
            notes = [f"{len(rows)} of {len(p[key])} shown (--limit {limit})"] if len(rows) < len(p[key]) else []
            text += "\n" + table(rows, columns, f"{title} ({len(p[key])})", total=total, style=style, notes=notes,
                                 headers=headers, more="-f json")
    return text


def breakdowns(figures: list[dict[str, Any]], total: int = 80, style: bool = False) -> str:
    """Each total with parts as bars, so proportions are seen rather than read."""
    con = console(total, style)
    out = []
    for f in figures:
        if not f["parts"]:
            continue
        whole = sum(x["value"] for x in f["parts"]) or 1
        labels = [safe(cell(x["label"])) for x in f["parts"]]
        values = [number(x["value"]) for x in f["parts"]]
        fixed = max(map(cell_len, values)) + 4 + 2 * 3  # value, "100%", three gaps
        label_w = min(max(map(cell_len, labels)), max(8, total // 3))
        width = max(4, min(24, total - fixed - label_w))
        # Too narrow for all four: the labels fold, and numbers stay whole (a line may pass the edge).
        label_w = max(4, min(label_w, total - fixed - width))
        bars = [bar(x["value"] / whole, width) for x in f["parts"]]
        shares = [f"{x['value'] / whole:.0%}" for x in f["parts"]]
        cols = [Col("", "text"), Col("", "num"), Col("", "code"), Col("", "num")]
        widths = [label_w, *(max(map(cell_len, column)) for column in (values, bars, shares))]
        rows = [[Text(label), Text(value), Text(b, style="cyan" if style else ""), Text(share)]
                for label, value, b, share in zip(labels, values, bars, shares, strict=True)]
        title = Text(safe(f"{f['counts']} ({figure_value(f)}, {f['source']}, {f['id']})"), style="bold" if style else "")
        out.append(draw(con, title) + draw_lines(con, side_by_side(con, cols, widths, rows, 2)))
    return "".join("\n" + b for b in out)
