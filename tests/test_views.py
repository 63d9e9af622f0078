"""What a person sees on a terminal: every list at 40, 60, 80 and 120 columns, and the pictures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment

from .helpers import Mini

# Records with long ids and long text, added to the mini fact base, so that every list has
# something hard to fit. Nothing here is checked against a source text (no --sources).
EXTRA = """\
people:
  - id: a-defector-with-a-rather-long-id
    name: A defector who spoke at length about the harbour and the bridge
    name_status: unnamed
    roles: [defector, interviewee]
    evidence:
      - {source: h1, excerpt: "said Aye Mya"}
organisations:
  - id: harbour-board-of-the-river-town
    name: Harbour Board of the river town and its surroundings
    kind: government
    aliases: [the board, the harbour authority, the river town's harbour board]
    evidence:
      - {source: h1, excerpt: "according to the Harbour Board."}
figures:
  - id: departures-counted-by-someone-else
    topic: departures
    counts: people who left the town after the flood, as counted by someone other than the board
    value: 1300
    comparator: more_than
    unit: people
    wording: "over 1,300"
    source: h1
    excerpt: "over 1,300 people left"
quotes:
  - id: q-a-quote-with-a-long-identifier
    speaker: a-defector-with-a-rather-long-id
    parts: ["I left because the bridge was unsafe, and then I walked along the river for days and days."]
    kind: full
    attribution: explicit
    themes: [safety, pay]
    source: h1
    line: 2
motivations:
  - id: a-motivation-with-a-long-identifier
    stage: staying
    reason: Nobody listened to what the clerks and guards said about the bridge, for many months
    given_by:
      - {who: a-defector-with-a-rather-long-id, source: h1, excerpt: "Nobody listened."}
events:
  - id: an-event-with-a-long-identifier
    name: The bridge closes after many weeks of warnings that nobody listened to
    kind: trend
    date: {value: "2020-02", precision: month, basis: inferred, note: "Before the flood."}
    people: [a-defector-with-a-rather-long-id]
    evidence:
      - {source: h1, excerpt: "Nobody listened."}
  - id: an-undated-event
    name: The town empties
    kind: trend
    date: {precision: unknown, basis: stated}
    evidence:
      - {source: h1, excerpt: "the town now has about 300 people."}
conflicts:
  - id: departures-disagreement-between-counts
    kind: disagreement
    topic: How many people left the town
    summary: The board counts 1,204; someone else says over 1,300.
    claims:
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures, rating: reported}
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures-counted-by-someone-else, rating: ambiguous}
"""

LISTS = ["people", "stats", "quotes", "themes", "motivations", "sources", "timeline", "conflicts", "orgs"]


@pytest.fixture
def wide(mini: Mini) -> Mini:
    (mini.facts / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    return mini


def show(facts: Path, *args: str, width: int = 80, colour: bool = False) -> str:
    env = Environment(stdout_tty=True, width=width, colour=colour)
    r = CliRunner().invoke(app, [*args, "--facts", str(facts)], obj=env, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout


def shortened(i: str, words: set[str], every: list[str], out: str) -> bool:
    """Whether id `i` is shown as a prefix ending in … that no other id starts with, under a table
    that says ids are shortened and how to see them whole."""
    if "An id ending in … is shortened (see --fields" not in " ".join(out.split()):
        return False
    return any(w.endswith("…") and i.startswith(w[:-1]) and [x for x in every if x.startswith(w[:-1])] == [i]
               for w in words)


def ids(facts: Path, command: str) -> list[str]:
    r = CliRunner().invoke(app, [command, "-f", "json", "--facts", str(facts)], catch_exceptions=False)
    return [row["id"] for row in json.loads(r.stdout)]


@pytest.mark.parametrize("width", [40, 60, 80, 120])
@pytest.mark.parametrize("command", LISTS)
def test_every_list_fits_the_terminal_and_shows_every_id_whole_or_says_it_is_shortened(wide: Mini, command: str,
                                                                                      width: int) -> None:
    out = show(wide.facts, command, width=width)
    assert all(cell_len(line) <= width for line in out.splitlines()), out
    words = {w.strip("(),:;·") for w in out.split()}
    every = ids(wide.facts, command)
    missing = [i for i in every if i not in words and not shortened(i, words, every, out)]
    assert not missing, out
    assert "\x1b" not in out


@pytest.mark.parametrize("width", [40, 60])
def test_the_bundled_timeline_fits_the_terminal_with_its_long_date_marks(width: int) -> None:
    # re-run 127 A15: "● February 2024 or later  period, inferred" was 42 columns at 40: the mark goes below the date
    env = Environment(stdout_tty=True, width=width, colour=False)
    r = CliRunner().invoke(app, ["timeline"], obj=env, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert [line for line in r.stdout.splitlines() if cell_len(line) > width] == []
    assert "period, inferred" in r.stdout


@pytest.mark.parametrize("width", [40, 80])
def test_a_profile_fits_and_shows_titles_as_titles(wide: Mini, width: int) -> None:
    out = show(wide.facts, "person", "Zoë Tun", width=width)
    assert all(cell_len(line) <= width for line in out.splitlines())
    assert "Titles: Capt" in out and "Also called" not in out


def test_a_profile_lists_events_in_date_order(wide: Mini) -> None:
    (wide.facts / "more.yaml").write_text("""\
events:
  - id: late-event
    name: Late
    kind: trend
    date: {value: "2021", precision: year, basis: stated}
    people: [aye-mya]
    evidence:
      - {source: h1, excerpt: "Nobody listened."}
  - id: some-undated-event
    name: Sometime
    kind: trend
    date: {precision: unknown, basis: stated}
    people: [aye-mya]
    evidence:
      - {source: h1, excerpt: "Nobody listened."}
  - id: early-event
    name: Early
    kind: trend
    date: {value: "2019-05-01/..", precision: period, basis: stated}
    people: [aye-mya]
    evidence:
      - {source: h1, excerpt: "Nobody listened."}
""", encoding="utf-8")
    r = CliRunner().invoke(app, ["person", "Aye Mya", "-f", "json", "--facts", str(wide.facts)])
    assert [e["id"] for e in json.loads(r.stdout)["events"]] == ["early-event", "late-event", "some-undated-event"]
    out = show(wide.facts, "person", "Aye Mya")
    assert out.index("Early") < out.index("Late") < out.index("Sometime")


def test_quotes_of_the_bundled_base_at_80_columns_fit_in_30_lines() -> None:
    env = Environment(stdout_tty=True, width=80)
    out = CliRunner().invoke(app, ["quotes", "--theme", "safety"], obj=env).stdout
    lines = out.splitlines()
    assert len(lines) <= 30 and all(cell_len(line) <= 80 for line in lines), out
    shown = json.loads(CliRunner().invoke(app, ["quotes", "--theme", "safety", "-f", "json"]).stdout)
    assert shown
    for q in shown:
        assert any(line.startswith(q["id"] + " ") for line in lines), out


def test_a_pipe_asked_for_a_table_gets_80_columns_or_COLUMNS(wide: Mini) -> None:
    r = CliRunner().invoke(app, ["quotes", "-f", "table", "--facts", str(wide.facts)], env={"COLUMNS": None})
    assert max(map(cell_len, r.stdout.splitlines())) == 80
    r = CliRunner().invoke(app, ["quotes", "-f", "table", "--facts", str(wide.facts)], env={"COLUMNS": "50"})
    assert max(map(cell_len, r.stdout.splitlines())) <= 50


# ---------------------------------------------------------------- pictures, at a fixed width


def test_conflicts_are_cards_with_claims_side_by_side(wide: Mini) -> None:
    out = show(wide.facts, "conflicts", width=72)
    assert out == """\
Conflicts (2)
╭─ departures-disagreement-between-counts · disagreement ──────────────╮
│ How many people left the town                                        │
│ The board counts 1,204; someone else says over 1,300.                │
│                                                                      │
│ h1 · reported                                                        │
│ “counted 1,204 departures”                                           │
│ figure departures                                                    │
│                                                                      │
│ h1 · ambiguous                                                       │
│ “counted 1,204 departures”                                           │
│ figure departures-counted-by-someone-else                            │
╰──────────────────────────────────────────────────────────────────────╯
╭─ town-size · ambiguity ──────────────────────────────────────────────╮
│ Size of the town                                                     │
│ Only an estimate.                                                    │
│                                                                      │
│ h1 · reported                                                        │
│ “about 300 people”                                                   │
│ figure population                                                    │
╰──────────────────────────────────────────────────────────────────────╯
"""
    # Wider, the two claims stand side by side.
    wider = show(wide.facts, "conflicts", width=90)
    assert "│ h1 · reported                              │ h1 · ambiguous                            │" in wider
    assert "│ figure departures                          │ figure departures-counted-by-someone-else │" in wider


def test_timeline_draws_dates_down_the_side_with_precision_and_basis(wide: Mini) -> None:
    assert show(wide.facts, "timeline", width=72) == """\
Timeline (2 dated, 1 undated)
February 2020   ● The bridge closes after many weeks of warnings that
month, inferred │ nobody listened to
                │ trend · h1 · an-event-with-a-long-identifier
                │ Before the flood.
                │
3 March 2020    ● The flood
day, stated       trend · h1 · flood

Undated (1)
· The town empties
  trend · h1 · an-undated-event
"""


def test_stats_draws_disputed_totals_on_one_scale_labelled_by_who_states_them(wide: Mini) -> None:
    out = show(wide.facts, "stats", width=72)
    pictures = out[out.index("How many people left the town"):]
    assert pictures.splitlines()[:5] == [
        "How many people left the town",
        "people, on one scale; the sources disagree (conflict",
        "departures-disagreement-between-counts)",
        "Harbour Board (h1)       1,204  ████████████████████████████████████▏",
        "the article (h1)    over 1,300  ███████████████████████████████████████▶",
    ]
    assert "clerks  1,000  ███████████████████▉  83%" in out  # the breakdown, as before


def test_pictures_have_a_plain_complete_equivalent_in_json(wide: Mini) -> None:
    r = CliRunner().invoke(app, ["stats", "-f", "json", "--facts", str(wide.facts)])
    figures = {f["id"]: f for f in json.loads(r.stdout)}
    assert figures["departures"]["compared_in"] == ["departures-disagreement-between-counts"]
    assert figures["population"]["compared_in"] == []
    tsv = CliRunner().invoke(app, ["timeline", "-f", "tsv", "--facts", str(wide.facts)]).stdout.splitlines()
    assert tsv[1].split("\t")[:4] == ["February 2020", "month", "inferred", "The bridge closes after many weeks of "
                                                                      "warnings that nobody listened to"]


def test_colour_marks_meaning_only(wide: Mini) -> None:
    out = show(wide.facts, "timeline", width=80, colour=True)
    assert "\x1b[1;33mFebruary 2020" in out  # an inferred date is yellow
    assert "\x1b[1m3 March 2020" in out  # a stated one only bold


# ---------------------------------------------------------------- --limit, --no-headers, --fields


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "table"])
def test_fields_choose_columns_in_every_format(cli, fmt: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("quotes", "--fields", "id,line", "-f", fmt)
    assert r.code == 0, r.err
    expected = {"tsv": "id\tline\nq-bridge\t2\nq-wages\t3\n", "csv": "id,line\nq-bridge,2\nq-wages,3\n",
                "json": '[\n  {\n    "id": "q-bridge",\n    "line": 2\n  },\n  {\n    "id": "q-wages",\n    "line": 3\n  }\n]\n',
                "jsonl": '{"id": "q-bridge", "line": 2}\n{"id": "q-wages", "line": 3}\n',
                "table": "Quotes (2)\nID        Line\n──────────────\nq-bridge     2\nq-wages      3\n"}
    assert r.out == expected[fmt]


def test_fields_take_a_shown_column_too(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("timeline", "--fields", "date,basis,id").out == "date\tbasis\tid\n3 March 2020\tstated\tflood\n"


def test_an_unknown_field_is_a_usage_error_naming_the_valid_ones(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("quotes", "--fields", "id,txt")
    assert (r.code, r.out) == (2, "")
    assert r.err.startswith("defectcli: --fields: unknown field 'txt'; did you mean 'text'? "
                            "valid: id, speaker_name, attribution, text")


def test_limit_and_no_headers(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("quotes", "--limit", "1", "--no-headers", "--fields", "id").out == "q-bridge\n"
    assert cli("quotes", "-n", "1", "-f", "json").out.count('"id"') == 1
    table = cli("quotes", "-n", "1", "-f", "table").out
    assert table.endswith("1 of 2 shown (--limit 1)\n") and "q-wages" not in table
    assert not cli("quotes", "--no-headers", "-f", "table").out.startswith("Quotes")
    r = cli("quotes", "--limit", "0")
    assert (r.code, r.err) == (2, "defectcli: --limit: give a number of rows, 1 or more (not 0)\n")


@pytest.mark.parametrize(("fmt", "loaded"), [("json", False), ("tsv", False), ("csv", False), ("jsonl", False),
                                             ("table", True)])
def test_rich_is_imported_only_to_draw_a_table(mini: Mini, fmt: str, loaded: bool) -> None:
    code = ("import sys\nfrom defectcli.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str(any(m == 'rich' or m.startswith('rich.') for m in sys.modules)))\n")
    proc = subprocess.run([sys.executable, "-c", code, "quotes", "-f", fmt, "--facts", str(mini.facts)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "XDG_CACHE_HOME": str(mini.cache)})
    assert proc.stderr == str(loaded)


def test_pictures_in_an_ascii_locale_keep_their_borders_in_line(wide: Mini) -> None:
    (wide.facts / "typography.yaml").write_text("""\
conflicts:
  - id: typography
    kind: variant
    topic: The board’s “count”
    summary: One source writes the board’s name with a typographic apostrophe – the other does not.
    claims:
      - {source: h1, excerpt: "according to the Harbour Board.", rating: reported}
      - {source: h1, excerpt: "the Harbour Board", rating: typo}
""", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(wide.cache), "PYTHONIOENCODING": "ascii", "COLUMNS": "60"}
    for command in ("conflicts", "timeline", "stats"):
        proc = subprocess.run([sys.executable, "-m", "defectcli", command, "-f", "table", "--facts", str(wide.facts)],
                              env=env, capture_output=True, timeout=60)
        text = proc.stdout.decode("ascii")  # raises if anything is not ASCII
        assert proc.returncode == 0 and all(len(line) <= 60 for line in text.splitlines()), text
    assert "| The board's \"count\"" in subprocess.run(
        [sys.executable, "-m", "defectcli", "conflicts", "-f", "table", "--facts", str(wide.facts)], env=env,
        capture_output=True, timeout=60).stdout.decode("ascii")


def test_an_undated_event_placed_after_a_dated_one_stands_on_the_line_and_disputed_dates_say_so() -> None:
    from defectcli.output.pictures import timeline

    def event(eid: str, value: str | None, after: list[str], disputed: object = None) -> dict[str, object]:
        return {"id": eid, "name": eid.title(), "kind": "trend", "sources": ["h1"], "after": after,
                "date": {"value": value, "precision": "year" if value else "unknown", "basis": "stated", "note": None,
                         "disputed": disputed}}

    rows = [event("flood", "2020", [], {"conflict": "flood-year", "readings": [{"value": "2020"}, {"value": "2019"}]}),
            event("exodus", None, ["flood"]), event("rumour", None, [])]
    assert timeline(rows, total=60) == """\
Timeline (1 dated, 2 undated)
2020         ● Flood
year, stated │ trend · h1 · flood
             │ disputed: 2020 or 2019 (conflict flood-year)
             │
undated      ● Exodus
               trend · h1 · exodus · after flood

Undated (1)
· Rumour
  trend · h1 · rumour
"""


@pytest.mark.parametrize("args", [["search", "bridge"], ["search", "bridge", "--kind", "quote"], ["quotes"], ["people"],
                                  ["show", "q-bridge"], ["cite", "q-bridge"], ["person", "Aye Mya"]])
def test_a_limit_past_any_answer_is_one_line(cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    for huge in ("9223372036854775807", "99999999999999999999999"):
        r = cli(*args, "--limit", huge)
        assert (r.code, r.out, r.err) == (2, "", f"defectcli: --limit: give a number of rows up to 1000000000 (not {huge})\n")
    assert cli(*args, "--limit", "1000000000").code == 0
