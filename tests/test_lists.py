"""The list commands: quotes, stats, people, themes, timeline, conflicts, sources, orgs."""

from __future__ import annotations

import json

import pytest

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


def test_a_theme_asked_many_times_is_asked_once(cli: Cli) -> None:
    # re-run 152 A1: a clause a theme nested past SQLite's depth at 996: a traceback, exit 1
    r = cli("quotes", *["--theme", "pay"] * 2000, "--format", "csv")
    assert (r.code, r.out) == (0, 'id,speaker_name,attribution,text,themes,source\n'
                                  'q-wages,Unpaid guard,explicit,"We don\'t get wages,",pay,h1:3\n')
    r = cli("quotes", *["-t", "pay", "-t", "safety"] * 1000, "-f", "json")
    assert (r.code, r.out, r.err) == (1, "[]\n", "defectcli: no quotes match\n")


@pytest.mark.parametrize("text", ["don't", "don’t", "DON'T GET", "wages"])
def test_quote_search_ignores_case_and_apostrophe_style(cli: Cli, text: str) -> None:
    r = cli("quotes", "--search", text, "-f", "jsonl")
    assert [json.loads(line)["id"] for line in r.out.splitlines()] == ["q-wages"]


def test_stats_tsv_keeps_numbers_plain(cli: Cli) -> None:
    lines = cli("stats", "-f", "tsv").out.splitlines()
    assert lines[0] == "id\tvalue\tvalue_stated\tvalue_max\tcomparator\tunit\tcounts\ttopic\tstated_by\tsource\texcerpt\tparts"
    assert lines[1].startswith("departures\t1204\t1,204\t\texact\tpeople\tpeople who left the town\tdepartures\t"
                               "harbour-board\th1")


def test_stats_json_numbers_are_numbers(cli: Cli) -> None:
    (fig,) = json.loads(cli("stats", "--topic", "departures", "-f", "json").out)
    assert fig["value"] == 1204 and fig["parts"][0] == {"label": "clerks", "value": 1000, "wording": "1,000"}
    assert fig["stated_by_name"] == "Harbour Board"


def test_stats_table_draws_breakdown_bars(cli: Cli) -> None:
    out = cli("stats", "-f", "table").out
    assert "clerks  1,000  ███████████████████▉  83%" in out
    assert "guards    204  ████▏                 17%" in out
    assert "\x1b" not in out  # not a terminal: no colour codes


def test_breakdown_bars_on_a_narrow_terminal_fold_the_labels_and_keep_every_number_whole(cli: Cli) -> None:
    out = cli("stats", "-f", "table", env={"COLUMNS": "22"}).out
    assert out.splitlines()[-4:] == ["cler  1,000  ███▍  83%", "ks", "guar    204  ▋     17%", "ds"]


def test_timeline_conflicts_sources_orgs_themes(cli: Cli) -> None:
    assert cli("timeline").out.splitlines()[1].startswith("3 March 2020\tday\tstated\tThe flood")
    assert json.loads(cli("conflicts", "-f", "json").out)[0]["claims"][0]["rating"] == "reported"
    assert json.loads(cli("sources", "-f", "json").out)[0]["file_hint"] == "harbour.txt"
    assert cli("orgs").out.splitlines()[1] == "harbour-board\tHarbour Board\tgovernment\t\th1\t"
    assert cli("themes").out == "id\tquotes\tdescription\nsafety\t1\tDanger.\npay\t1\tWages.\n"  # file order


@pytest.mark.parametrize(("args", "same_as"), [
    (["quotes", "--theme", "Safety"], ["quotes", "--theme", "safety"]),
    (["quotes", "-t", "SAFETY", "-f", "JSON"], ["quotes", "-t", "safety", "-f", "json"]),
    (["stats", "--source", "H1", "--format", "Json"], ["stats", "--source", "h1", "--format", "json"]),
    (["people", "--role", "Defector", "-f", "json"], ["people", "--role", "defector", "-f", "json"]),
    (["motivations", "--stage", "Defecting", "-f", "json"], ["motivations", "--stage", "defecting", "-f", "json"]),
    (["motivations", "--source", "H1", "-f", "json"], ["motivations", "--source", "h1", "-f", "json"]),
    (["person", "Aye Mya", "--source", "H1", "-f", "json"], ["person", "Aye Mya", "--source", "h1", "-f", "json"]),
    (["show", "Q-BRIDGE", "-f", "json"], ["show", "q-bridge", "-f", "json"]),
    (["cite", "Q-Bridge", "--style", "BibTeX"], ["cite", "q-bridge", "--style", "bibtex"]),
    (["cite", "q-bridge", "--style", "PLAIN", "-f", "json"], ["cite", "q-bridge", "--style", "plain", "-f", "json"]),
    (["export", "--to", "JSON", "-"], ["export", "--to", "json", "-"]),
])
def test_choices_and_ids_ignore_case(cli: Cli, args: list[str], same_as: list[str]) -> None:
    want = cli(*same_as)
    assert want.code == 0 and want.out.strip()
    assert cli(*args) == want


def test_draft_takes_a_source_id_in_any_case(mini: Mini) -> None:
    args = ["--facts", str(mini.facts), "--sources", str(mini.sources)]
    want = run("draft", "h1", *args)
    assert (want.code, want.err) == (0, "defectcli: source 'h1': every sentence is cited or waived; nothing to draft\n")
    assert run("draft", "H1", *args) == want


@pytest.mark.parametrize(("given", "meant"), [
    (["people", "--role", "Defectors"], ["people", "--role", "defector"]),  # was "unknown value 'Defectors'"
    (["stats", "--topic", "operation"], ["stats", "--topic", "operations"]),
    (["stats", "--topic", "Defection"], ["stats", "--topic", "defections"]),
    (["quotes", "--theme", "Safeties"], ["quotes", "--theme", "safety"]),
])
def test_a_role_topic_or_theme_is_taken_singular_or_plural_in_any_case(given: list[str], meant: list[str]) -> None:
    r = run(*given, "-f", "json")
    assert (r.code, r.out) == (0, run(*meant, "-f", "json").out)


def test_the_api_takes_a_stage_singular_or_plural() -> None:
    from defectcli.api import FactBase

    fb = FactBase()
    assert fb.motivations(stage="Joinings") == fb.motivations(stage="joining") != []
