"""The command line, through CliRunner: exact output per format, exit codes, messages, help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defectcli.cli import app

from .helpers import Cli, Mini, run

QUOTES_TSV = (
    "id\tspeaker_name\tattribution\ttext\tthemes\tsource\n"
    "q-bridge\tAye Mya\texplicit\tI left because the bridge was unsafe, … Nobody listened.\tsafety\th1:2\n"
    "q-wages\tUnpaid guard\texplicit\tWe don't get wages,\tpay\th1:3\n"
)


def test_quotes_default_to_tsv_in_a_pipe(cli: Cli) -> None:
    r = cli("quotes")
    assert (r.code, r.out, r.err) == (0, QUOTES_TSV, "")


def test_quotes_csv_filtered_by_theme(cli: Cli) -> None:
    r = cli("quotes", "--theme", "pay", "--format", "csv")
    assert r.out == ('id,speaker_name,attribution,text,themes,source\n'
                     'q-wages,Unpaid guard,explicit,"We don\'t get wages,",pay,h1:3\n')


def test_quotes_json_is_an_array_with_text_speaker_themes_source(cli: Cli) -> None:
    rows = json.loads(cli("quotes", "-f", "json", "--speaker", "aye mya").out)
    assert rows == [{
        "id": "q-bridge", "text": "I left because the bridge was unsafe, … Nobody listened.",
        "parts": ["I left because the bridge was unsafe,", "Nobody listened."], "speaker": "aye-mya",
        "speaker_name": "Aye Mya", "themes": ["safety"], "kind": "full", "attribution": "explicit", "note": None,
        "source": "h1", "sources": ["h1"], "line": 2}]


def test_themes_repeat_as_and(cli: Cli) -> None:
    r = cli("quotes", "-t", "pay", "-t", "safety", "-f", "json")
    assert (r.code, r.out, r.err) == (1, "[]\n", "defectcli: no quotes match\n")


@pytest.mark.parametrize("text", ["don't", "don’t", "DON'T GET", "wages"])
def test_quote_search_ignores_case_and_apostrophe_style(cli: Cli, text: str) -> None:
    r = cli("quotes", "--search", text, "-f", "jsonl")
    assert [json.loads(line)["id"] for line in r.out.splitlines()] == ["q-wages"]


@pytest.mark.parametrize("text", ["zoe", "ZOË", "cafe owner"])
def test_search_ignores_accents_and_says_the_kind(cli: Cli, text: str) -> None:
    hits = json.loads(cli("search", text, "-f", "json").out)
    assert {(h["kind"], h["id"]) for h in hits} >= {("person", "zoe-tun")}
    assert all({"kind", "id", "title", "sources"} <= h.keys() for h in hits)


def test_search_ranks_a_title_hit_first(cli: Cli) -> None:
    hits = json.loads(cli("search", "wages", "-f", "json").out)
    assert [h["id"] for h in hits] == ["q-wages", "pay"]


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


def test_stats_tsv_keeps_numbers_plain(cli: Cli) -> None:
    lines = cli("stats", "-f", "tsv").out.splitlines()
    assert lines[0] == "id\tvalue\tvalue_max\tcomparator\tunit\tcounts\ttopic\tstated_by\tsource\texcerpt"
    assert lines[1].startswith("departures\t1204\t\texact\tpeople\tpeople who left the town\tdepartures\tharbour-board\th1")


def test_stats_json_numbers_are_numbers(cli: Cli) -> None:
    (fig,) = json.loads(cli("stats", "--topic", "departures", "-f", "json").out)
    assert fig["value"] == 1204 and fig["parts"][0] == {"label": "clerks", "value": 1000, "wording": "1,000"}
    assert fig["stated_by_name"] == "Harbour Board"


def test_stats_table_draws_breakdown_bars(cli: Cli) -> None:
    out = cli("stats", "-f", "table").out
    assert "clerks  1,000  ███████████████████▉  83%" in out
    assert "guards    204  ████▏                 17%" in out
    assert "\x1b" not in out  # not a terminal: no colour codes


@pytest.mark.parametrize(("args", "message"), [
    (["quotes", "--theme", "nope"], "defectcli: --theme: unknown value 'nope'; valid: pay, safety\n"),
    (["stats", "--source", "h12"], "defectcli: --source: unknown value 'h12'; did you mean 'h1'? valid: h1\n"),
    (["people", "--role", "boss"], "defectcli: --role: unknown value 'boss'; valid: defector, mentioned\n"),
    (["person", "   "], "defectcli: NAME: give a person's name, e.g. \"Lin Aung\"\n"),
    (["search", "\"\""], "defectcli: search text is empty\n"),
])
def test_bad_arguments_exit_2_with_one_line(cli: Cli, args: list[str], message: str) -> None:
    r = cli(*args)
    assert (r.code, r.out, r.err) == (2, "", message)


def test_an_option_looking_name_is_data_after_double_dash(mini: Mini) -> None:
    r = run("person", "--facts", str(mini.facts), "--", "--help")
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("defectcli: no person named '--help'")


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


def test_timeline_conflicts_sources_orgs_themes(cli: Cli) -> None:
    assert cli("timeline").out.splitlines()[1].startswith("2020-03-03\tday\tstated\tThe flood")
    assert json.loads(cli("conflicts", "-f", "json").out)[0]["claims"][0]["rating"] == "reported"
    assert json.loads(cli("sources", "-f", "json").out)[0]["file_hint"] == "harbour.txt"
    assert cli("orgs").out.splitlines()[1] == "harbour-board\tHarbour Board\tgovernment\t\th1\t"
    assert cli("themes").out == "id\tquotes\tdescription\nsafety\t1\tDanger.\npay\t1\tWages.\n"  # file order


def test_facts_from_the_environment(mini: Mini) -> None:
    r = run("themes", env={"DEFECTCLI_FACTS": str(mini.facts)})
    assert r.out.startswith("id\tquotes\tdescription\nsafety\t1")


def test_a_missing_fact_base_is_exit_2_and_one_line(tmp_path: Path) -> None:
    r = run("people", "--facts", str(tmp_path / "nope"))
    assert (r.code, r.out, r.err) == (2, "", f"defectcli: {tmp_path / 'nope'}: fact base directory does not exist\n")


def test_a_broken_fact_base_refuses_queries_and_points_at_check(mini: Mini) -> None:
    (mini.facts / "bad.yaml").write_text("people:\n  - id: x\n    nmae: y\n")
    r = run("people", "--facts", str(mini.facts))
    assert r.code == 2 and r.out == ""
    assert r.err == f"defectcli: {mini.facts / 'bad.yaml'}:3: unknown field 'nmae' in person (did you mean 'name'?)\n"


def test_check_passes_and_fails_with_exit_codes(mini: Mini) -> None:
    ok = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert (ok.code, ok.out) == (0, "")
    assert ok.err.startswith("defectcli: ok: 1 sources, 3 people")
    (mini.sources / "harbour.txt").write_text("changed\n")
    bad = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert bad.code == 2 and "source 'h1': no file in" in bad.out
    assert bad.err == f"defectcli: 1 problem in {mini.facts}\n"


def test_version() -> None:
    assert run("--version").out.startswith("defectcli ")


def test_no_arguments_shows_help() -> None:
    r = run()
    assert "Usage: defectcli" in r.out + r.err and "person" in r.out + r.err


def test_a_mistyped_command_gets_a_suggestion() -> None:
    r = run("persn", "x")
    assert r.code == 2 and "No such command 'persn'. Did you mean 'person'?" in r.err


def test_every_command_has_help_with_an_example() -> None:
    import typer.main
    from typer.core import TyperGroup

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    for name in group.list_commands(typer.Context(group)):
        for flag in ("-h", "--help"):
            r = run(name, flag)
            assert r.code == 0, name
            assert "Example: defectcli " + name in " ".join(r.out.split()), name


def test_fact_text_is_data_in_every_format(mini: Mini) -> None:
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text().replace("name: Unpaid guard", 'name: "[bold]x[/] :smile: \\e[31mred \\u202e"'))
    for fmt in ("table", "tsv", "csv"):
        out = run("people", "-f", fmt, "--facts", str(mini.facts), env={"COLUMNS": "200"}).out
        assert "[bold]x[/] :smile: \\x1b[31mred \\u202e" in out, fmt
        assert "\x1b" not in out and "\u202e" not in out, fmt
    for fmt in ("json", "jsonl"):
        out = run("people", "-f", fmt, "--facts", str(mini.facts)).out
        assert "\x1b" not in out and "\u202e" not in out
        names = [p["name"] for p in (json.loads(out) if fmt == "json" else map(json.loads, out.splitlines()))]
        assert "[bold]x[/] :smile: \x1b[31mred \u202e" in names  # escaped on screen, exact as data
