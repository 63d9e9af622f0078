"""The output options on every command that prints rows (person, show and cite too), and --source on
search and sources, against the mini fact base with a second source of the tests' own."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment

from .helpers import Cli, Mini, one_line, run

SECOND = """\
sources:
  - id: h2
    kind: article
    sha256: 1111111111111111111111111111111111111111111111111111111111111111
    file_hint: ferry.txt
    date: {value: "2021", precision: year, basis: stated, note: "Its dateline."}
people:
  - id: ko-ko
    name: Ko Ko
    name_status: pseudonym
    roles: [defector]
    evidence:
      - {source: h2, excerpt: "Ko Ko, a ferry pilot, left the harbour."}
    attributes:
      - {field: role, value: ferry pilot, source: h2, excerpt: "Ko Ko, a ferry pilot, left the harbour."}
      - {field: other, value: left the harbour, source: h2, excerpt: "Ko Ko, a ferry pilot, left the harbour."}
conflicts:
  - id: who-left
    kind: disagreement
    topic: Who left
    summary: A guard in one article, a pilot in the other.
    claims:
      - {source: h1, excerpt: "Another guard said he was never paid.", rating: reported}
      - {source: h2, excerpt: "Ko Ko, a ferry pilot, left the harbour.", rating: reported}
"""


@pytest.fixture
def two(mini: Mini) -> Mini:
    (mini.facts / "second.yaml").write_text(SECOND, encoding="utf-8")
    return mini


def test_person_fields_pick_columns_of_the_long_format_in_every_format(cli: Cli) -> None:
    r = cli("person", "Aye Mya", "--fields", "section,id,value", "-f", "tsv")
    assert (r.code, r.out) == (0, "section\tid\tvalue\nperson\taye-mya\tAye Mya\nperson\taye-mya\tpseudonym\n"
                                  "person\taye-mya\tdefector\nevidence\taye-mya\t\nattribute\taye-mya\tformer clerk\n"
                                  "quote\tq-bridge\tI left because the bridge was unsafe, … Nobody listened.\n"
                                  "quote\tq-bridge\tsafety\nquote\tq-bridge\texplicit\n"
                                  "motivation\tleave-unsafe\tThe bridge was unsafe\nmotivation\tleave-unsafe\texplicit\n")
    rows = json.loads(cli("person", "Aye Mya", "--fields", "section,value", "-f", "json").out)
    assert rows[:2] == [{"section": "person", "value": "Aye Mya"}, {"section": "person", "value": "pseudonym"}]
    assert cli("person", "Aye Mya", "--fields", "section,value", "--no-headers", "-f", "csv").out.startswith(
        "person,Aye Mya\n")
    r = cli("person", "Aye Mya", "--fields", "bogus")
    assert one_line(r, 2) == ("--fields: unknown field 'bogus'; valid: person, section, id, field, value, unit, "
                              "source, line, excerpt, note")


def test_person_fields_draw_a_table_of_the_long_format(cli: Cli, mini: Mini) -> None:
    r = CliRunner().invoke(app, ["person", "Zoe Tun", "--fields", "section,field,value", "--facts", str(mini.facts)],
                           obj=Environment(stdout_tty=True, width=60))
    assert r.stdout == ("Zoë Tun: facts (6)\n"
                        "section   field                   value\n"
                        "──────────────────────────────────────────────\n"
                        "person    name                    Zoë Tun\n"
                        "person    name_status             as_published\n"
                        "person    roles                   mentioned\n"
                        "person    titles                  Capt\n"
                        "evidence  evidence\n"
                        "figure    people in the town now  about 300\n")


def test_person_limit_keeps_the_first_facts_of_each_section_in_every_format(two: Mini) -> None:
    def run(*args: str, width: int = 80) -> str:
        r = CliRunner().invoke(app, ["person", "Ko Ko", *args, "--facts", str(two.facts)],
                               obj=Environment(stdout_tty=True, width=width))
        assert r.exit_code == 0, r.stderr
        return r.stdout

    assert run("--limit", "1").split("\n\n", 1)[1] == (
        "Attributes (2)\n"
        "Field  Value        Source  Excerpt\n"
        "───────────────────────────────────────────────────────────────────\n"
        "role   ferry pilot  h2      Ko Ko, a ferry pilot, left the harbour.\n"
        "1 of 2 shown (--limit 1)\n")
    assert [a["value"] for a in json.loads(run("--limit", "1", "-f", "json"))["attributes"]] == ["ferry pilot"]
    assert [line.split("\t")[4] for line in run("--limit", "1", "-f", "tsv").splitlines()
            if "\tattribute\t" in line] == ["ferry pilot"]
    # Without headers: the tables without their titles and header rows.
    assert run("--no-headers").split("\n\n", 1)[1] == (
        "role   ferry pilot       h2  Ko Ko, a ferry pilot, left the harbour.\n"
        "other  left the harbour  h2  Ko Ko, a ferry pilot, left the harbour.\n")
    assert run("--limit", "1", "--fields", "section,value", "--no-headers", "-f", "csv") == (
        "person,Ko Ko\nperson,pseudonym\nperson,defector\nevidence,\nattribute,ferry pilot\n")


def test_several_names_take_fields_in_every_format(cli: Cli) -> None:
    r = cli("person", "Aye Mya", "Nobody", "--fields", "section,value", "--limit", "1", "-f", "csv")
    assert r.code == 1
    assert r.out.splitlines()[:3] == ["input,error,section,value", "Aye Mya,,person,Aye Mya",
                                      "Aye Mya,,person,pseudonym"]
    assert r.out.splitlines()[-1] == "Nobody,no person named 'Nobody'; `defectcli people` lists everyone,,"
    r = cli("person", "Aye Mya", "Zoe Tun", "--fields", "section,value", "-f", "jsonl")
    answers = [json.loads(line) for line in r.out.splitlines()]
    assert [a["input"] for a in answers] == ["Aye Mya", "Zoe Tun"]
    assert answers[1]["answer"][:1] == [{"section": "person", "value": "Zoë Tun"}]


def test_a_field_of_the_rows_is_no_usage_error_when_no_row_matches() -> None:
    # re-run 114 A8: with no quote of the speaker, a field of the quote rows ("speaker") was refused as unknown (exit 2)
    r = run("quotes", "--speaker", "Thawda Win", "--fields", "speaker,line,text", "-f", "tsv")
    assert (r.code, r.out, r.err) == (1, "speaker\tline\ttext\n", "defectcli: no quotes match\n")
    r = run("quotes", "--speaker", "Lin Aung", "--fields", "speakr")  # with rows, a typo is still refused
    assert r.code == 2 and "did you mean 'speaker'?" in r.err


def test_show_and_cite_take_fields_and_limit(two: Mini) -> None:
    def run(*args: str) -> str:
        r = CliRunner().invoke(app, [*args, "--facts", str(two.facts)])
        assert r.exit_code == 0, r.stderr
        return r.stdout

    assert run("show", "departures", "--fields", "source,line,excerpt", "-f", "csv") == (
        'source,line,excerpt\nh1,,"counted 1,204 departures – 1,000 clerks and 204 guards – according to the Harbour '
        'Board."\n')
    assert run("cite", "who-left", "--fields", "source,excerpt", "--no-headers") == (
        "h1\tAnother guard said he was never paid.\nh2\tKo Ko, a ferry pilot, left the harbour.\n")
    assert [e["source"] for e in json.loads(run("show", "who-left", "-f", "json"))["excerpts"]] == ["h1", "h2"]
    assert [e["source"] for e in json.loads(run("show", "who-left", "--limit", "1", "-f", "json"))["excerpts"]] == ["h1"]
    assert run("cite", "who-left", "--limit", "1") == (
        "conflict who-left: Who left: A guard in one article, a pilot in the other.\n"
        "  h1: “Another guard said he was never paid.”\n"
        "h1: 3 March 2020 or later (inferred from the text)\n"
        "h2: 2021\n")


def test_search_keeps_to_one_source(two: Mini) -> None:
    def hits(*args: str) -> list[tuple[str, str]]:
        r = CliRunner().invoke(app, ["search", *args, "-f", "json", "--facts", str(two.facts)])
        return [(h["kind"], h["id"]) for h in json.loads(r.stdout)]

    assert hits("harbour") == [("organisation", "harbour-board"), ("person", "ko-ko"), ("figure", "departures"),
                               ("conflict", "who-left")]
    assert hits("harbour", "--source", "h2") == [("person", "ko-ko"), ("conflict", "who-left")]
    assert hits("harbour", "--source", "h1") == [("organisation", "harbour-board"), ("figure", "departures"),
                                                 ("conflict", "who-left")]
    assert hits("h2", "--source", "h2") == [("source", "h2")]
    r = CliRunner().invoke(app, ["search", "harbour", "--source", "h3", "--facts", str(two.facts)])
    assert (r.exit_code, r.stderr) == (2, "defectcli: --source: unknown value 'h3'; valid: h1, h2\n")


def test_sources_keeps_to_one_source(two: Mini) -> None:
    r = CliRunner().invoke(app, ["sources", "--source", "h2", "--fields", "id,file_hint", "--facts", str(two.facts)])
    assert (r.exit_code, r.stdout) == (0, "id\tfile_hint\nh2\tferry.txt\n")


def test_a_field_given_twice_is_refused(cli: Cli) -> None:
    # csv and tsv repeated the column (a header of "id,id"), json kept one: which the user meant is not known
    for args, twice in ((["people", "--fields", "id,name,id"], "id"),
                        (["person", "Aye Mya", "--fields", "value, value", "-f", "csv"], "value")):
        assert one_line(cli(*args), 2) == f"--fields: '{twice}' is given twice; give each column once"
