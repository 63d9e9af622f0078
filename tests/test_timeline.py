"""Dates and the order of events: disputed dates shown whole, events in the order their dates mean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defectcli.factbase.chronology import order

from .invalid import (
    DISPUTED_DATES,
    EVENT_ORDER,
)
from .mill import ask, check, edit


def event(eid: str, value: str | None, after: tuple[str, ...] = ()) -> dict:  # type: ignore[type-arg]
    return {"id": eid, "date": {"value": value}, "after": list(after)}


def test_a_disputed_date_shows_every_reading_and_its_conflict_wherever_it_is_shown(mill: Path) -> None:
    shown = "2020 (disputed: 2020 or 2021; see conflict storm-year)"
    assert f"{shown}\tyear\tinferred\tNu Nu leaves" in ask(mill, "timeline").out
    assert shown in ask(mill, "person", "Nu Nu", "-f", "table").out
    (event,) = json.loads(ask(mill, "person", "Nu Nu", "-f", "json").out)["events"]
    assert event["date"]["disputed"] == {"conflict": "storm-year", "readings": [
        {"value": "2020", "note": "One year after the storm of 2019."},
        {"value": "2021", "note": "One year after the 2020 storm, as the text writes it."}]}
    (row,) = [e for e in json.loads(ask(mill, "timeline", "-f", "json").out) if e["id"] == "nu-nu-leaves"]
    assert row["date"]["disputed"]["conflict"] == "storm-year"


@pytest.mark.parametrize(("old", "new", "message"), DISPUTED_DATES)
def test_disputed_dates_are_checked(mill: Path, old: str, new: str, message: str) -> None:
    edit(mill, old, new)
    r = check(mill)
    assert r.code == 2 and message in r.out


def test_timeline_orders_by_what_dates_mean_and_by_stated_relations(mill: Path) -> None:
    # As text, "2019" < "2019-05" < "2019-05-04": the year and the month would come before the storm
    # they follow. The undated count follows the workers leaving; the unrelated market comes last.
    ids = [e["id"] for e in json.loads(ask(mill, "timeline", "-f", "json").out)]
    assert ids == ["storm", "mill-closes", "workers-leave", "union-count", "nu-nu-leaves", "market"]


def test_a_profile_lists_events_in_timeline_order(mill: Path) -> None:
    events = json.loads(ask(mill, "person", "Kyaw Min", "-f", "json").out)["events"]
    assert [e["id"] for e in events] == ["mill-closes", "workers-leave", "union-count"]  # file order is the reverse


def test_after_must_name_a_known_event(mill: Path) -> None:
    ((old, new, message),) = EVENT_ORDER
    edit(mill, old, new)
    r = check(mill)
    assert r.code == 2 and message in r.out
    assert ask(mill, "timeline").code == 2  # queries refuse a broken fact base, through the cache too


def test_order_spans_periods_and_breaks_cycles() -> None:
    rows = [event("open", "../2019"), event("period", "2019-06/2020"), event("day", "2019-06-01"),
            event("a", None, ("b",)), event("b", None, ("a",))]
    # An open start comes first; at one start the shorter span first; a cycle still lists both.
    assert [e["id"] for e in order(rows)] == ["open", "day", "period", "a", "b"]
