"""Issue 12, the second reading: group counts, ambiguous attribution, disputed dates, event order.

Over tests/data/mill, a fact base and text of the tests' own, never the real articles.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from defectcli.factbase.chronology import order

from .helpers import Result, run
from .invalid import COUNTS_AND_MEMBERS, DISPUTED_DATES, EVENT_ORDER

DATA = Path(__file__).parent / "data" / "mill"


@pytest.fixture
def mill(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "mill")
    return tmp_path / "mill"


def ask(mill: Path, *args: str) -> Result:
    return run(*args, "--facts", str(mill / "facts"))


def motivation(mill: Path, mid: str) -> dict:  # type: ignore[type-arg]
    (m,) = [m for m in json.loads(ask(mill, "motivations", "-f", "json").out) if m["id"] == mid]
    return m  # type: ignore[no-any-return]


def edit(mill: Path, old: str, new: str) -> None:
    path = mill / "facts" / "mill.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def check(mill: Path) -> Result:
    return run("check", "--facts", str(mill / "facts"), "--sources", str(mill / "sources"))


def test_the_fact_base_of_these_tests_holds() -> None:
    r = run("check", "--facts", str(DATA / "facts"), "--sources", str(DATA / "sources"))
    assert (r.code, r.out) == (0, "")


# ---------------------------------------------------------------- a group giver's count


def test_a_group_counts_the_number_its_text_gives_with_its_named_members_inside(mill: Path) -> None:
    # "All but one" of five (4), two of them named, plus a foreman outside the group: 5, not 3.
    m = motivation(mill, "leave-pay")
    assert (m["people_count"], m["people"]) == (5, ["Hla Hla", "Kyaw Min", "Zaw"])
    assert m["group_counts"] == [{"who": "workers", "name": "Former workers", "count": 4, "organisation": False,
                                  "attribution": "explicit"}]
    line = [x for x in ask(mill, "motivations").out.splitlines() if x.endswith("leave-pay\tm1")]
    assert line == ["defecting\tLack of pay\t5\tHla Hla; Kyaw Min; Zaw\tFormer workers: 4\tleave-pay\tm1"]


def test_a_group_without_a_number_says_so_and_adds_none(mill: Path) -> None:
    m = motivation(mill, "leave-town")
    assert m["people_count"] == 0
    assert "Former workers: number not stated" in ask(mill, "motivations").out


def test_a_count_below_the_named_members_is_raised_to_them(mill: Path) -> None:
    edit(mill, "{who: workers, count: 4,", "{who: workers, count: 1,")
    assert motivation(mill, "leave-pay")["people_count"] == 3  # Kyaw Min and Hla Hla, and Zaw


@pytest.mark.parametrize(("old", "new", "message"), COUNTS_AND_MEMBERS)
def test_counts_and_members_are_checked(mill: Path, old: str, new: str, message: str) -> None:
    edit(mill, old, new)
    r = check(mill)
    assert r.code == 2 and message in r.out


# ---------------------------------------------------------------- ambiguous attribution


def test_an_ambiguous_giver_is_flagged_and_not_counted(mill: Path) -> None:
    m = motivation(mill, "leave-storm")
    assert (m["people_count"], m["people"], m["uncertain"]) == (0, [], ["Nu Nu (ambiguous)"])
    assert "defecting\tFear of a second storm\t0\tNu Nu (ambiguous)\t" in ask(mill, "motivations").out


def test_an_ambiguous_quote_is_flagged_in_quotes_and_in_the_profile(mill: Path) -> None:
    assert "q-roof\tNu Nu\tambiguous\tThe roof is not safe.\t" in ask(mill, "quotes").out
    table = ask(mill, "person", "Nu Nu", "-f", "table").out
    quote_line = [x for x in table.splitlines() if x.startswith("The roof is not safe.")]
    assert len(quote_line) == 1 and "ambiguous" in quote_line[0]
    reason_line = [x for x in table.splitlines() if x.startswith("defecting")]
    assert len(reason_line) == 1 and "ambiguous" in reason_line[0]


def test_a_profile_shows_attribute_notes(mill: Path) -> None:
    rows = [x for x in ask(mill, "person", "Nu Nu", "-f", "table").out.splitlines() if x.startswith("departure")]
    assert len(rows) == 1 and "As printed." in rows[0]


# ---------------------------------------------------------------- a disputed date


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


# ---------------------------------------------------------------- order of events


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


def event(eid: str, value: str | None, after: tuple[str, ...] = ()) -> dict:  # type: ignore[type-arg]
    return {"id": eid, "date": {"value": value}, "after": list(after)}


def test_order_spans_periods_and_breaks_cycles() -> None:
    rows = [event("open", "../2019"), event("period", "2019-06/2020"), event("day", "2019-06-01"),
            event("a", None, ("b",)), event("b", None, ("a",))]
    # An open start comes first; at one start the shorter span first; a cycle still lists both.
    assert [e["id"] for e in order(rows)] == ["open", "day", "period", "a", "b"]
