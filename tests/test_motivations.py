"""`motivations`: who gives each reason, and how many people that is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import Cli, Mini, run
from .invalid import (
    COUNTS_AND_MEMBERS,
)
from .mill import DATA, ask, check, edit


def motivation(mill: Path, mid: str) -> dict:  # type: ignore[type-arg]
    (m,) = [m for m in json.loads(ask(mill, "motivations", "-f", "json").out) if m["id"] == mid]
    return m  # type: ignore[no-any-return]


def test_the_fact_base_of_these_tests_holds() -> None:
    r = run("check", "--facts", str(DATA / "facts"), "--sources", str(DATA / "sources"))
    assert (r.code, r.out) == (0, "")


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


def test_an_ambiguous_giver_is_flagged_and_not_counted(mill: Path) -> None:
    m = motivation(mill, "leave-storm")
    assert (m["people_count"], m["people"], m["uncertain"]) == (0, [], ["Nu Nu (ambiguous)"])
    assert "defecting\tFear of a second storm\t0\tNu Nu (ambiguous)\t" in ask(mill, "motivations").out


def test_motivations_count_people(cli: Cli) -> None:
    (m,) = json.loads(cli("motivations", "--stage", "defecting", "-f", "json").out)
    assert (m["people_count"], m["people"]) == (1, ["Aye Mya"])


def test_organisations_are_not_counted_as_people(mini: Mini) -> None:
    path = mini.facts / "facts.yaml"
    path.write_text(path.read_text().replace(
        '      - {who: aye-mya, source: h1, excerpt: "I left because the bridge was unsafe"}',
        '      - {who: aye-mya, source: h1, excerpt: "I left because the bridge was unsafe"}\n'
        '      - {who: harbour-board, source: h1, excerpt: "according to the Harbour Board."}'))
    (m,) = json.loads(run("motivations", "-f", "json", "--facts", str(mini.facts)).out)
    assert (m["people_count"], m["people"], m["groups"]) == (1, ["Aye Mya"], ["Harbour Board"])
