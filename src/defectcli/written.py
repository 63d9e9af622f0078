"""How a number and a date are written for people, in one place: every view, the search index and
the citation lines write them with these functions, so that one value reads the same everywhere.

A figure's value as stated keeps its comparator and its range ("over 13,000", "18–35"), never a bare
13000 or 18. A date is written in words: a day "5 July 2024", a month "February 2021", a year
"2021", a period "2024 or later", "1 February 2021 to March 2021"; no date is "undated". Machine
formats keep the value as recorded beside these (JSON's `date.value`, a figure's `value`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
UNDATED = "undated"


def number(value: Any) -> str:
    """12341 as "12,341", 0.5 as "0.5"; anything else as text ("" for nothing)."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value).lower()
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    if isinstance(value, (int, float)):
        return f"{int(value):,}"
    return str(value)


def value_stated(f: Mapping[str, Any]) -> str:
    """A figure's value with its comparator and range: "over 13,000", "about 100", "18–35"."""
    v = number(f["value"])
    return {"more_than": f"over {v}", "less_than": f"under {v}", "about": f"about {v}",
            "range": f"{v}–{number(f.get('value_max'))}"}.get(f["comparator"], v)


def figure_stated(f: Mapping[str, Any]) -> str:
    """The value as stated, its unit and its parts: "12,341 people (3,015 soldiers, 9,326 police)"."""
    shown = value_stated(f) + (f" {f['unit']}" if f.get("unit") else "")
    parts = f.get("parts") or ()
    if parts:
        shown += " (" + ", ".join(f"{number(p['value'])} {p['label']}" for p in parts) + ")"
    return shown


def figure_title(f: Mapping[str, Any]) -> str:
    """A figure as a hit or a link names it: its value as stated, then what it counts."""
    return f"{figure_stated(f)}: {f['counts']}"


def day_in_words(value: str) -> str:
    """"2024-07-05" as "5 July 2024", "2024-07" as "July 2024", "2024" as itself; anything else as given."""
    m = _DAY.fullmatch(value)
    if not m or (m[2] and not 1 <= int(m[2]) <= 12):
        return value
    year, month, day = m.groups()
    if day:
        return f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    return f"{MONTHS[int(month) - 1]} {year}" if month else year


def date_in_words(value: str | None) -> str:
    """A date or period as read aloud: "2021-02-01/.." is "1 February 2021 or later"; none is "undated"."""
    if not value:
        return UNDATED
    start, sep, end = value.partition("/")
    if not sep:
        return day_in_words(start)
    if end == "..":
        return f"{day_in_words(start)} or later"
    if start == "..":
        return f"{day_in_words(end)} or earlier"
    return day_in_words(start) if start == end else f"{day_in_words(start)} to {day_in_words(end)}"


def _disputed(date: Mapping[str, Any]) -> str | None:
    disputed = date.get("disputed")
    if not disputed:
        return None
    readings = " or ".join(date_in_words(r["value"]) for r in disputed["readings"])
    return f"disputed: {readings}; see conflict {disputed['conflict']}"


def date_shown(date: Mapping[str, Any] | None) -> str:
    """A date (an event's, a figure's as_of) in words, and a disputed date's every reading and conflict:
    "2022 (disputed: 2022 or 2023; see conflict coup-year)"."""
    if date is None:
        return ""
    text = date_in_words(date.get("value"))
    disputed = _disputed(date)
    return f"{text} ({disputed})" if disputed else text


def text_date(date: Mapping[str, Any] | None) -> str:
    """A source's date as its text gives it, saying so when inferred: "2024 or later (inferred from the
    text)"; "undated" when the text gives none."""
    if not date or not date.get("value"):
        return UNDATED
    notes = ["inferred from the text"] if date.get("basis") == "inferred" else []
    disputed = _disputed(date)
    if disputed:
        notes.append(disputed)
    return date_in_words(date["value"]) + (f" ({'; '.join(notes)})" if notes else "")


def citation_date(source: Mapping[str, Any]) -> str:
    """The date a citation gives a source: its publication record's, else its text's (marked when
    inferred), else "undated"."""
    published = (source.get("record") or {}).get("published")
    return day_in_words(published) if published else text_date(source.get("date"))


def source_date(source: Mapping[str, Any]) -> str:
    """A source's date as the `sources` list shows it: the publication record's first, named as such,
    and what the text gives beside it, as a check on it: "5 July 2024 (publication record); 2024 or
    later (inferred from the text)"."""
    published = (source.get("record") or {}).get("published")
    from_text = text_date(source.get("date"))
    if not published:
        return from_text
    shown = f"{day_in_words(published)} (publication record)"
    return shown if from_text == UNDATED else f"{shown}; {from_text}"
