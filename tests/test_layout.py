"""Tables at 40, 60, 80 and 120 columns, exactly as a person sees them, on a fact base of the tests'
own: a note few rows have is a numbered note under the table, not a column that squeezes the
text; long ids are shortened to a prefix (said under the table) only where that saves lines, and
stay whole in the record view and with --fields; `show` never splits a URL or a SHA-256."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment

LEDGER = """\
sources:
  - id: k1
    kind: article
    sha256: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
    file_hint: ledger.txt
    date: {value: "2022", precision: year, basis: inferred, note: "Its clues."}
    record:
      outlet: The River Ledger
      url: https://ledger.example.org/reports/2022/the-harbour-town-after-the-flood-a-long-report.html
      published: "2022-05-01"
      given_by: The outlet's page.
organisations:
  - id: harbour-board
    name: Harbour Board of the River Town
    kind: government
    evidence:
      - {source: k1, excerpt: "the Harbour Board"}
people:
  - id: aye-mya
    name: Aye Mya
    name_status: pseudonym
    roles: [defector]
    evidence:
      - {source: k1, excerpt: "Aye Mya"}
    attributes:
      - {field: role, value: clerk at the harbour office for six years, source: k1,
         excerpt: "Aye Mya worked as a clerk at the harbour office for six years before the flood."}
      - {field: age, value: 31, unit: years, wording: "31", source: k1, excerpt: "Aye Mya, 31, said so."}
      - {field: life_since, value: sells fish at the market and sends money home to her mother, source: k1,
         excerpt: "Now she sells fish at the market and sends money home to her mother.",
         note: "In a second interview, a year after the first one."}
      - {field: other, value: the river town, source: k1, excerpt: "She was born in the river town."}
figures:
  - id: departures-counted-by-the-harbour-board
    topic: departures
    counts: people who left the town after the flood, by the board's count
    value: 1204
    comparator: exact
    unit: people
    wording: "1,204"
    stated_by: harbour-board
    source: k1
    excerpt: "1,204 people left, said the Harbour Board."
  - id: departures-counted-by-the-river-ledger
    topic: departures
    counts: people who left the town after the flood, by the paper's own count
    value: 1300
    comparator: more_than
    unit: people
    wording: "over 1,300"
    source: k1
    excerpt: "over 1,300 people left"
  - id: clerks-left-in-the-harbour-office
    topic: town
    counts: clerks still working at the harbour office
    value: 12
    comparator: exact
    unit: people
    wording: "12"
    source: k1
    excerpt: "12 clerks remain"
"""


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "ledger.yaml").write_text(LEDGER, encoding="utf-8")
    return tmp_path / "ledger"


def shown(facts: Path, *args: str, width: int) -> str:
    r = CliRunner().invoke(app, [*args, "--facts", str(facts)], obj=Environment(stdout_tty=True, width=width),
                           catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout


def profile(facts: Path, width: int) -> str:
    """The profile's tables: what follows the person's head lines."""
    return shown(facts, "person", "Aye Mya", width=width).split("\n\n", 1)[1]


def test_a_note_one_row_of_four_has_is_a_numbered_note_and_the_text_gets_the_room(ledger: Path) -> None:
    assert profile(ledger, 80) == """\
Attributes (4)
Field       Value                   Source  Excerpt
────────────────────────────────────────────────────────────────────────────────
role        clerk at the harbour    k1      Aye Mya worked as a clerk at the
            office for six years            harbour office for six years before
                                            the flood.
age         31 years                k1      Aye Mya, 31, said so.
life_since  sells fish at the       k1      Now she sells fish at the market and
            market and sends money          sends money home to her mother.
            home to her mother [1]
other       the river town          k1      She was born in the river town.
[1] In a second interview, a year after the first one.
"""


def test_the_profile_at_120_and_60_columns(ledger: Path) -> None:
    assert profile(ledger, 120) == """\
Attributes (4)
Field       Value                                      Source  Excerpt
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
role        clerk at the harbour office for six years  k1      Aye Mya worked as a clerk at the harbour office for six
                                                               years before the flood.
age         31 years                                   k1      Aye Mya, 31, said so.
life_since  sells fish at the market and sends money   k1      Now she sells fish at the market and sends money home to
            home to her mother [1]                             her mother.
other       the river town                             k1      She was born in the river town.
[1] In a second interview, a year after the first one.
"""
    assert profile(ledger, 60) == """\
Attributes (4)
Field       Value              Source  Excerpt
────────────────────────────────────────────────────────────
role        clerk at the       k1      Aye Mya worked as a
            harbour office             clerk at the harbour
            for six years              office for six years
                                       before the flood.
age         31 years           k1      Aye Mya, 31, said so.
life_since  sells fish at the  k1      Now she sells fish at
            market and sends           the market and sends
            money home to her          money home to her
            mother [1]                 mother.
other       the river town     k1      She was born in the
                                       river town.
[1] In a second interview, a year after the first one.
"""


def test_at_40_columns_the_note_is_a_field_of_its_row(ledger: Path) -> None:
    blocks = profile(ledger, 40).split("\n\n")
    assert blocks[3] == """\
Field:   life_since
Value:   sells fish at the market and
         sends money home to her mother
Note:    In a second interview, a year
         after the first one.
Source:  k1
Excerpt: Now she sells fish at the
         market and sends money home to
         her mother.\
"""
    assert "[1]" not in "".join(blocks)


def test_a_note_most_rows_have_stays_a_column(ledger: Path) -> None:
    dense = LEDGER.replace('excerpt: "Aye Mya, 31, said so."}', 'excerpt: "Aye Mya, 31, said so.", note: "Her own."}')
    dense = dense.replace('excerpt: "She was born in the river town."}',
                          'excerpt: "She was born in the river town.", note: "By her mother."}')
    (ledger / "ledger.yaml").write_text(dense, encoding="utf-8")
    out = profile(ledger, 120)
    assert out.splitlines()[1].split() == ["Field", "Value", "Note", "Source", "Excerpt"]
    assert "[1]" not in out


FIGURES_80 = """\
Figures (3)
ID                            Value         Counts                 Stated by
────────────────────────────────────────────────────────────────────────────────
departures-counted-by-the-h…  1,204 people  people who left the    Harbour Board
                                            town after the flood,  of the River
                                            by the board's count   Town (k1)
departures-counted-by-the-r…  over 1,300    people who left the    the article
                              people        town after the flood,  (k1)
                                            by the paper's own
                                            count
clerks-left-in-the-harbour-…  12 people     clerks still working   the article
                                            at the harbour office  (k1)
An id ending in … is shortened (see --fields, -f json)
"""


def test_long_ids_are_shortened_to_prefixes_that_tell_them_apart_rather_than_squeeze_who_states_it(
        ledger: Path) -> None:
    assert shown(ledger, "stats", width=80) == FIGURES_80


def test_at_120_columns_ids_are_whole(ledger: Path) -> None:
    assert shown(ledger, "stats", width=120) == """\
Figures (3)
ID                                       Value         Counts                                        Stated by
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
departures-counted-by-the-harbour-board  1,204 people  people who left the town after the flood, by  Harbour Board of
                                                       the board's count                             the River Town (k1)
departures-counted-by-the-river-ledger   over 1,300    people who left the town after the flood, by  the article (k1)
                                         people        the paper's own count
clerks-left-in-the-harbour-office        12 people     clerks still working at the harbour office    the article (k1)
"""


def test_the_record_view_and_fields_show_ids_whole(ledger: Path) -> None:
    assert shown(ledger, "stats", width=60).splitlines()[2:5] == [
        "ID:        departures-counted-by-the-harbour-board", "Value:     1,204 people",
        "Counts:    people who left the town after the flood, by the"]
    assert shown(ledger, "stats", "--fields", "id,counts", width=80) == """\
Figures (3)
ID                                       Counts
────────────────────────────────────────────────────────────────────────────────
departures-counted-by-the-harbour-board  people who left the town after the
                                         flood, by the board's count
departures-counted-by-the-river-ledger   people who left the town after the
                                         flood, by the paper's own count
clerks-left-in-the-harbour-office        clerks still working at the harbour
                                         office
"""
    assert shown(ledger, "stats", width=40).splitlines()[2:4] == [
        "ID:", "departures-counted-by-the-harbour-board"]


def test_show_never_splits_a_url_or_a_sha256(ledger: Path) -> None:
    url = "https://ledger.example.org/reports/2022/the-harbour-town-after-the-flood-a-long-report.html"
    sha = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
    for width in (40, 60, 80):
        lines = shown(ledger, "show", "k1", width=width).splitlines()
        # Too wide for the room after its label, it starts a line of its own, under the value's column.
        assert lines[9:11] == ["    url:", f"         {url}"], lines
        assert f"          {sha}" in lines or f"  sha256: {sha}" in lines, lines
    assert shown(ledger, "show", "k1", width=120) == f"""\
source k1
  kind: article
  date:
    value: 2022
    precision: year
    basis: inferred
    note: Its clues.
  record:
    outlet: The River Ledger
    url: {url}
    published: 2022-05-01
    given_by: The outlet's page.
  sha256: {sha}
  file_hint: ledger.txt
  sources: k1
"""
