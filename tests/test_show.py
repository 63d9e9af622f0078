"""`show ID` with and without the article texts; `person` in csv/tsv carrying the whole profile;
`--source` on person and motivations. Against tests/data/search, a fact base of the tests' own."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment

from .helpers import Mini, one_line, run

DATA = Path(__file__).parent / "data" / "search"
CITATION = "b1: Kyaw Writer, 2022 (inferred from the text), line 6"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "search")
    return tmp_path / "search"


def show(base: Path, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return run("show", *args, "--facts", str(base / "facts"), env=env)


def test_the_test_fact_base_holds_against_its_text(base: Path) -> None:
    r = run("check", "--sources", str(base / "sources"), "--facts", str(base / "facts"))
    assert r.code == 0, r.out


def test_show_with_sources_gives_each_excerpt_its_paragraph_and_a_citation(base: Path) -> None:
    r = show(base, "stay-punishment", "--sources", str(base / "sources"), "-f", "json")
    assert (r.code, r.err) == (0, "")
    doc = json.loads(r.out)
    assert (doc["kind"], doc["id"], doc["record"]["reason"]) == ("motivation", "stay-punishment",
                                                                 "Fear of what refusing orders brings")
    (item,) = doc["excerpts"]
    paragraph = "Maung Sein, 20, said soldiers who refuse orders face punishment."
    assert item["context"] == [{"line": 6, "text": paragraph, "excerpt": [21, 64]}]
    assert paragraph[21:64] == item["excerpt"] == "soldiers who refuse orders face punishment."
    assert (item["label"], item["source"], item["line"], item["citation"]) == (
        "given by maung-sein", "b1", 6, CITATION)


def test_context_n_adds_paragraphs_around_skipping_blank_lines(base: Path) -> None:
    r = show(base, "monthly-payment", "--sources", str(base / "sources"), "-C", "1", "-f", "json")
    (item,) = json.loads(r.out)["excerpts"]
    assert [p["line"] for p in item["context"]] == [3, 5, 6]  # line 4 is blank; the excerpt is on 5
    assert [p["excerpt"] is not None for p in item["context"]] == [False, True, False]


def test_sources_come_from_the_environment_too(base: Path) -> None:
    r = show(base, "q-no-regret", "-f", "json", env={"DEFECTCLI_SOURCES": str(base / "sources")})
    (item,) = json.loads(r.out)["excerpts"]
    assert (item["label"], item["line"], item["context"][0]["line"]) == ("quote", 3, 3)


def test_show_on_a_terminal_marks_the_excerpt_and_cites_it(base: Path) -> None:
    env = Environment(stdout_tty=True, width=100, colour=True)
    r = CliRunner().invoke(app, ["show", "stay-punishment", "--sources", str(base / "sources"), "--facts",
                                 str(base / "facts")], obj=env)
    assert r.exit_code == 0
    assert ">   6  Maung Sein, 20, said \x1b[1msoldiers who refuse orders face punishment.\x1b[0m" in r.stdout
    assert f"    — {CITATION}" in r.stdout
    plain = CliRunner().invoke(app, ["show", "stay-punishment", "--sources", str(base / "sources"), "--facts",
                                     str(base / "facts")], obj=Environment(stdout_tty=True, width=100)).stdout
    assert "\x1b" not in plain and ">   6  Maung Sein, 20, said soldiers who refuse orders face punishment." in plain


def test_show_without_sources_prints_the_record_and_says_how_to_add_context(base: Path) -> None:
    r = show(base, "stay-punishment", "-f", "table")
    assert r.code == 0
    assert r.out.startswith("motivation stay-punishment\n  stage: staying\n  reason: Fear of what refusing orders brings\n")
    assert "    soldiers who refuse orders face punishment.\n" in r.out
    assert r.err == (f"defectcli: to see each excerpt in its article: `defectcli sources fetch --facts {base / 'facts'}` "
                     "fetches the articles from their publishers; or give --sources DIR (the article texts) or set "
                     "DEFECTCLI_SOURCES\n")
    (item,) = json.loads(show(base, "stay-punishment", "-f", "json").out)["excerpts"]
    assert (item["context"], item["line"], item["citation"]) == (None, None, "b1: Kyaw Writer, 2022 (inferred from the text)")


def test_a_changed_article_is_not_used(base: Path) -> None:
    article = base / "sources" / "border.txt"
    article.write_text(article.read_text(encoding="utf-8") + "More.\n", encoding="utf-8")
    r = show(base, "stay-punishment", "--sources", str(base / "sources"), "-f", "json")
    assert r.code == 0 and json.loads(r.out)["excerpts"][0]["context"] is None
    assert r.err.startswith("defectcli: source 'b1': no file in ") and "shown without their article" in r.err


def test_show_refuses_unknown_ids_and_missing_directories(base: Path) -> None:
    r = show(base, "stay-punishmnt")
    assert (r.code, r.err) == (1, "defectcli: no record has the id 'stay-punishmnt'; did you mean 'stay-punishment'?\n")
    r = show(base, " stay-punishment")  # pasted with a space before it
    assert (r.code, r.err) == (1, "defectcli: no record has the id ' stay-punishment'; did you mean 'stay-punishment'?\n")
    r = show(base, "stay\u2010punishment")  # a word processor's hyphen
    assert r.code == 1 and r.err.endswith("; did you mean 'stay-punishment'?\n")
    r = show(base, "stay-punishment", "--sources", str(base / "nowhere"))
    assert r.code == 2 and r.err.count("\n") == 1 and "does not exist" in r.err


def test_show_tsv_has_one_row_per_excerpt(base: Path) -> None:
    r = show(base, "lin-aung", "--sources", str(base / "sources"), "-f", "tsv")
    header, *rows = [line.split("\t") for line in r.out.splitlines()]
    assert header == ["kind", "id", "label", "source", "line", "excerpt", "context", "citation"]
    assert [(row[2], row[4]) for row in rows] == [("evidence", "2"), ("attribute age_joined", "2")]


# ---------------------------------------------------------------- whole profiles, by source


def test_person_csv_carries_the_whole_profile_in_long_format(base: Path) -> None:
    r = run("person", "Lin Aung", "-f", "csv", "--facts", str(base / "facts"))
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert list(rows[0]) == ["person", "section", "id", "field", "value", "unit", "source", "line", "excerpt", "note"]
    sections = {(row["section"], row["id"]) for row in rows}
    assert {("person", "lin-aung"), ("evidence", "lin-aung"), ("attribute", "lin-aung"), ("quote", "q-no-regret"),
            ("motivation", "join-no-job")} <= sections
    (quote,) = [row for row in rows if row["section"] == "quote" and row["field"] == "text"]
    assert (quote["value"], quote["source"], quote["line"]) == ("I don’t regret leaving the army,", "b1", "3")
    (age,) = [row for row in rows if row["field"] == "age_joined"]
    assert (age["value"], age["unit"], age["excerpt"]) == ("18", "years", "Lin Aung joined the army at 18")


def test_person_tsv_has_figures_and_events_too(base: Path) -> None:
    r = run("person", "Pyae Mg", "-f", "tsv", "--facts", str(base / "facts"))
    rows = [line.split("\t") for line in r.out.splitlines()[1:]]
    assert ["pyae-mg", "event", "jungle-crossing", "undated", "Pyae Mg crosses the jungle", "", "b1", "",
            "the journeys through the jungle took weeks.", ""] in rows


def test_person_and_motivations_take_source(base: Path, tmp_path: Path) -> None:
    other = base / "facts" / "other.yaml"
    other.write_text(
        "sources:\n  - id: b2\n    kind: article\n    sha256: " + "0" * 64 + "\n"
        "    date: {precision: unknown, basis: stated}\n"
        "motivations:\n  - id: join-other\n    stage: joining\n    reason: Another reason\n"
        "    given_by:\n      - {who: lin-aung, source: b2, excerpt: \"elsewhere\"}\n", encoding="utf-8")
    whole = json.loads(run("person", "Lin Aung", "-f", "json", "--facts", str(base / "facts")).out)
    assert [m["id"] for m in whole["motivations"]] == ["join-no-job", "join-other"]
    only = json.loads(run("person", "Lin Aung", "--source", "b2", "-f", "json", "--facts", str(base / "facts")).out)
    assert ([m["id"] for m in only["motivations"]], only["attributes"], only["quotes"], only["sources"]) == (
        ["join-other"], [], [], ["b2"])
    r = run("person", "Pyae Mg", "--source", "b2", "--facts", str(base / "facts"))
    assert (r.code, r.err) == (1, "defectcli: source 'b2' says nothing about Pyae Mg; their sources: b1\n")
    r = run("motivations", "--source", "b2", "-f", "json", "--facts", str(base / "facts"))
    assert [(m["id"], m["people"]) for m in json.loads(r.out)] == [("join-other", ["Lin Aung"])]
    r = run("motivations", "--source", "b9", "--facts", str(base / "facts"))
    assert r.code == 2 and r.err.startswith("defectcli: --source: unknown value 'b9'")


def test_an_id_two_kinds_share_is_named_with_each_kind_and_its_article(mini: Mini) -> None:
    (mini.facts / "more.yaml").write_text("organisations:\n  - id: h1\n    name: Harbour One\n    kind: government\n"
                                          "    evidence:\n      - {source: h1, excerpt: \"according to the Harbour Board.\"}\n",
                                          encoding="utf-8")
    r = run("show", "h1", "--facts", str(mini.facts))
    assert one_line(r, 2) == "ID: 'h1' is the id of a source and an organisation; add --kind KIND"


def test_an_empty_kind_is_refused_as_search_refuses_it(mini: Mini) -> None:
    # `show ID --kind ''` showed the record as if no kind were given, while every other empty value is refused
    r = run("show", "zoe-tun", "--kind", "", "--facts", str(mini.facts))
    assert one_line(r, 2) == ("--kind: unknown value ''; valid: source, theme, person, organisation, place, event, "
                              "figure, quote, motivation, conflict")


@pytest.mark.parametrize("command", ["show", "cite"])
@pytest.mark.parametrize("rid", ["", "  "])
def test_an_empty_id_is_a_usage_error_as_an_empty_name_is(mini: Mini, command: str, rid: str) -> None:
    # it was exit 1 ("no record has the id ''"), while `person ''` is a usage error (exit 2), as README's exit codes say
    r = run(command, rid, "--facts", str(mini.facts))
    assert one_line(r, 2) == "ID: give a record's id, e.g. lin-aung (`defectcli search TEXT` finds ids by their words)"
