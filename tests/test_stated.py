"""Numbers and dates as people look for them (issue 29): a figure's value as stated (comparator, range
and parts kept) beside the number in every format, and one story for a date: a source's publication
record first, the text's own reading as a check on it, and one date written one way in every view."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .helpers import Mini, run
from .test_views import show

# Added to the mini fact base: a source with a publication record that dates it and a text that
# only implies a date; one whose record gives no date; a range; a date and a disputed date of
# Aye Mya's; a motivation whose attribution is ambiguous. Nothing is checked against a text.
DATED = """\
sources:
  - id: h2
    kind: article
    sha256: 1111111111111111111111111111111111111111111111111111111111111111
    record:
      given_by: The Harbour Times' page for the article, retrieved 2024-08-01
      outlet: The Harbour Times
      byline: ["Tun, Hla"]
      published: "2024-07-05"
    date: {value: "2024/..", precision: period, basis: inferred, note: "Its own numbers: 2024 or later."}
  - id: h3
    kind: article
    sha256: 2222222222222222222222222222222222222222222222222222222222222222
    record:
      given_by: The page at the url recorded here
      url: https://example.org/h3
    date: {value: "2023", precision: year, basis: inferred, note: "Two years after the flood it names."}
figures:
  - id: guard-ages
    topic: departures
    counts: ages of the guards who left
    value: 18
    value_max: 35
    comparator: range
    unit: years of age
    wording: "18 to 35"
    source: h2
    excerpt: "guards aged 18 to 35"
events:
  - id: aye-mya-leaves
    name: Aye Mya leaves the town
    kind: defection
    date: {value: "2024/..", precision: period, basis: inferred, note: "After the interview."}
    people: [aye-mya]
    evidence:
      - {source: h2, excerpt: "Aye Mya left."}
  - id: aye-mya-joins
    name: Aye Mya joins the board
    kind: enlistment
    date:
      value: "2019"
      precision: year
      basis: inferred
      note: "A year before the flood, or the year the text prints."
      disputed:
        conflict: join-year
        readings:
          - {value: "2019", note: "A year before the flood."}
          - {value: "2018", note: "The year the text prints, which the fact base rates incorrect."}
    people: [aye-mya]
    evidence:
      - {source: h2, excerpt: "Aye Mya joined in 2018."}
conflicts:
  - id: join-year
    kind: error
    topic: Year Aye Mya joined
    summary: The text prints 2018; the flood it dates her by was a year later.
    claims:
      - {source: h2, excerpt: "Aye Mya joined in 2018.", rating: incorrect, event: aye-mya-joins}
motivations:
  - id: leave-doubt
    stage: defecting
    reason: Doubts about the board
    given_by:
      - {who: aye-mya, source: h2, excerpt: "Someone doubted the board.", attribution: ambiguous}
"""


@pytest.fixture
def dated(mini: Mini) -> Path:
    (mini.facts / "dated.yaml").write_text(DATED, encoding="utf-8")
    return mini.facts


def cli(facts: Path, *args: str) -> str:
    r = run(*args, "--facts", str(facts))
    assert r.code == 0, r.err
    return r.out


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_stats_carry_the_value_as_stated_beside_the_number(dated: Path, fmt: str) -> None:
    out = cli(dated, "stats", "-f", fmt)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ","))
    by_id = {r["id"]: r for r in rows}
    assert list(rows[0])[:5] == ["id", "value", "value_stated", "value_max", "comparator"]
    assert (by_id["guard-ages"]["value"], by_id["guard-ages"]["value_stated"], by_id["guard-ages"]["value_max"]) == \
        ("18", "18–35", "35")
    assert by_id["population"]["value_stated"] == "about 300"
    assert by_id["departures"]["parts"] == "1,000 clerks; 204 guards"


def test_stats_json_carries_the_value_as_stated(dated: Path) -> None:
    figures = {f["id"]: f for f in json.loads(cli(dated, "stats", "-f", "json"))}
    assert [figures[i][k] for i in ("population", "guard-ages") for k in ("value", "value_stated", "value_max")] == \
        [300, "about 300", None, 18, "18–35", 35]


def test_a_figure_is_stated_with_its_unit_and_parts() -> None:
    from defectcli.written import figure_stated

    figure = {"value": 12341, "comparator": "exact", "unit": "people",
              "parts": [{"label": "soldiers", "value": 3015}, {"label": "police", "value": 9326}]}
    assert figure_stated(figure) == "12,341 people (3,015 soldiers, 9,326 police)"
    assert figure_stated({"value": 18, "value_max": 35, "comparator": "range", "unit": None}) == "18–35"


def test_a_profile_in_long_format_keeps_disputed_dates_and_attributions(dated: Path) -> None:
    for fmt in ("tsv", "csv"):
        out = cli(dated, "person", "Aye Mya", "-f", fmt)
        rows = list(csv.DictReader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ","))
        (joins,) = [r for r in rows if r["id"] == "aye-mya-joins"]
        assert joins["field"] == "2019 (disputed: 2019 or 2018; see conflict join-year)"
        attributions = {(r["id"], r["value"]) for r in rows if r["field"] == "attribution"}
        assert {("leave-doubt", "ambiguous"), ("leave-unsafe", "explicit")} <= attributions


# ---------------------------------------------------------------- dates


def test_the_sources_list_leads_with_the_publication_record(dated: Path) -> None:
    assert cli(dated, "sources", "--fields", "id,date,published") == (
        "id\tdate\tpublished\n"
        "h1\t3 March 2020 or later (inferred from the text)\t\n"
        "h2\t5 July 2024 (publication record); 2024 or later (inferred from the text)\t2024-07-05\n"
        "h3\t2023 (inferred from the text)\t\n")
    table = show(dated, "sources", width=240)
    assert "5 July 2024 (publication record); 2024 or later (inferred from the text)" in table
    assert "2024-07-05" not in table  # one date, written once


def test_no_citation_calls_a_dated_article_undated(dated: Path) -> None:
    assert cli(dated, "cite", "h2").splitlines()[-1] == "h2: Hla Tun, The Harbour Times, 5 July 2024"
    # A record that gives no date: the text's own, as what it is.
    assert cli(dated, "cite", "h3").splitlines()[-1] == "h3: 2023 (inferred from the text), https://example.org/h3"


def test_one_date_is_written_one_way_in_every_view(dated: Path) -> None:
    views = {
        "timeline tsv": cli(dated, "timeline", "-f", "tsv"),
        "timeline csv": cli(dated, "timeline", "-f", "csv"),
        "timeline picture": show(dated, "timeline", width=80),
        "timeline table": show(dated, "timeline", "--fields", "date,name", width=80),
        "profile": show(dated, "person", "Aye Mya", width=120),
        "profile tsv": cli(dated, "person", "Aye Mya", "-f", "tsv"),
    }
    for view, out in views.items():
        assert "2024 or later" in out and "2024/.." not in out, view
        assert "2019 (disputed: 2019 or 2018" in out or "disputed: 2019 or 2018" in out, view


@pytest.mark.parametrize(("value", "words"), [
    ("2024-07-05", "5 July 2024"), ("2021-02", "February 2021"), ("2021", "2021"), ("2024/..", "2024 or later"),
    ("../2020-03", "March 2020 or earlier"), ("2021-02-01/2021-03", "1 February 2021 to March 2021"),
    ("2021/2021", "2021"), (None, "undated"), ("", "undated"),
])
def test_a_date_in_words(value: str | None, words: str) -> None:
    from defectcli.written import date_in_words

    assert date_in_words(value) == words
