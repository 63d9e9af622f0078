"""`person NAME`: one person's whole profile, found by any form of their name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import Cli
from .mill import ask


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


@pytest.mark.parametrize("name", ["Aye Mya", "aye mya", "  AYE   MYA ", "aye-mya", "Zoë Tun", "zoe tun",
                                  "Capt Zoe Tun", "capt. zoë tun", "Captain Zoe Tun", "unpaid guard"])
def test_person_names_match_loosely(cli: Cli, name: str) -> None:
    r = cli("person", name, "-f", "json")
    assert r.code == 0, r.err
    assert json.loads(r.out)["id"] in {"aye-mya", "zoe-tun", "unpaid-guard"}


def test_person_json_is_one_object_with_everything_about_them(cli: Cli) -> None:
    p = json.loads(cli("person", "Aye Mya", "-f", "json").out)
    assert p["id"] == "aye-mya" and p["sources"] == ["h1"]
    assert p["attributes"] == [{"field": "role", "value": "former clerk", "value_max": None, "unit": None,
                                "wording": None, "note": None, "source": "h1",
                                "excerpt": "said Aye Mya, a former clerk."}]
    assert [q["id"] for q in p["quotes"]] == ["q-bridge"]
    assert [m["id"] for m in p["motivations"]] == ["leave-unsafe"]


def test_figures_about_a_person_are_in_their_profile(cli: Cli) -> None:
    assert [f["id"] for f in json.loads(cli("person", "zoe tun", "-f", "json").out)["figures"]] == ["population"]


def test_unknown_person_exits_1_and_suggests(cli: Cli) -> None:
    r = cli("person", "Aye Mia")
    assert (r.code, r.out, r.err) == (1, "", "defectcli: no person named 'Aye Mia'; did you mean \"Aye Mya\"?\n")
