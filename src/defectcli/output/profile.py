"""A person's whole profile as rows, for csv and tsv: one row per fact (long format).

Columns: person, section, id, field, value, unit, source, line, excerpt, note. `section` says what the row
is (person, evidence, relation, attribute, quote, motivation, figure, event); `id` is the record a row
comes from (`defectcli show ID` shows it in its article); `source` and `excerpt` are its provenance.
Nothing a table shows is lost: a quote's and a motivation's `attribution` are rows of their own, a
figure's value keeps its comparator ("over 13,000"), and an event's date (its `field`) is in words
with a disputed date's every reading and its conflict.
"""

from __future__ import annotations

from typing import Any

from ..shapes import Row
from .formats import Column, cell, cut, date_shown, figure_value

SECTIONS = ("attributes", "quotes", "motivations", "figures", "events")  # the lists --limit cuts

LONG = [Column(k, k) for k in ("person", "section", "id", "field", "value", "unit", "source", "line", "excerpt",
                                "note")]


def trimmed(p: Row, limit: int | None) -> Row:
    """The profile with the first `limit` facts of each section (all without a limit)."""
    return cut(p, SECTIONS, limit)


def long_rows(p: Row) -> list[Row]:
    """Every fact of the profile `queries.person` returns, one row each."""
    pid = p["id"]
    out: list[Row] = []

    def add(section: str, field: str, value: Any, *, rid: str | None = None, unit: str | None = None,
            source: str | None = None, line: int | None = None, excerpt: str | None = None,
            note: str | None = None) -> None:
        out.append({"person": pid, "section": section, "id": rid if rid is not None else pid, "field": field,
                    "value": value, "unit": unit, "source": source, "line": line, "excerpt": excerpt, "note": note})

    for field in ("name", "name_status", "roles", "aliases", "titles", "described_as", "note", "group", "members"):
        value = p.get(field)
        if value not in (None, [], False):
            add("person", field, cell(value) if isinstance(value, list) else value)
    for ev in p.get("evidence", []):
        add("evidence", "evidence", None, source=ev["source"], excerpt=ev["excerpt"])
    for rel in p["relations"]:
        add("relation", rel["relation"], rel.get("name") or rel["person"], rid=rel["person"])
    for a in p["attributes"]:
        value = a["value"] if a["value_max"] is None else f"{cell(a['value'])}–{cell(a['value_max'])}"
        add("attribute", a["field"], value, unit=a["unit"], source=a["source"], excerpt=a["excerpt"], note=a["note"])
    for q in p["quotes"]:
        add("quote", "text", q["text"], rid=q["id"], source=q["source"], line=q["line"], note=q.get("note"))
        add("quote", "themes", cell(q["themes"]), rid=q["id"], source=q["source"], line=q["line"])
        add("quote", "attribution", q["attribution"], rid=q["id"], source=q["source"], line=q["line"])
    for m in p["motivations"]:
        for g in m["evidence"] or [{"source": None, "excerpt": None}]:
            add("motivation", m["stage"], m["reason"], rid=m["id"], source=g["source"], excerpt=g["excerpt"],
                note=g.get("note"))
            if g.get("attribution"):  # how sure the text makes it that the reason is theirs
                add("motivation", "attribution", g["attribution"], rid=m["id"], source=g["source"],
                    excerpt=g["excerpt"])
    for f in p["figures"]:
        add("figure", f["counts"], figure_value(f), rid=f["id"], unit=f["unit"], source=f["source"],
            excerpt=f["excerpt"], note=f.get("note"))
    for e in p["events"]:
        date = date_shown(e["date"])  # in words, with a disputed date's every reading and its conflict
        for ev in e["evidence"] or [{"source": None, "excerpt": None}]:
            add("event", date, e["name"], rid=e["id"], source=ev["source"], excerpt=ev["excerpt"], note=e.get("note"))
    return out
