"""Every format (table, json, jsonl, csv, tsv) carries fact text as data: escaped, neutralised, parseable."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import example, given

from .helpers import ANY_TEXT, FAST, FORMATS, UNSAFE, Cli, Mini, edit, no_traceback, run, shown_as


def csv_rows(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar, every character outside printable ASCII escaped."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif " " <= c <= "~":
            out.append(c)
        elif ord(c) < 0x10000:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def tsv_decode(cell: str) -> str:
    return cell.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\0", "\\")


CLI = [sys.executable, "-m", "defectcli"]


def test_every_csv_cell_is_neutralised_as_written_lists_and_composed_cells_too(mini: Mini) -> None:
    base, people = mini.facts / "base.yaml", mini.facts / "people.yaml"
    edit(base, "    file_hint: harbour.txt\n", "    file_hint: harbour.txt\n    headings: ['=1+2']\n"
         "    authors: [aye-mya]\n")
    edit(base, "    kind: government\n", "    kind: government\n    aliases: ['+SUM(A1)', ok]\n")
    edit(people, "    name: Aye Mya\n", "    name: Aye Mya\n    aliases: ['@x']\n")
    edit(people, "    name: Aye Mya\n", "    name: '-Aye Mya'\n")
    facts = ["--facts", str(mini.facts), "-f", "csv"]
    (src,) = csv_rows(run("sources", *facts).out)
    assert (src["headings"], src["author_names"]) == ("'=1+2", "'-Aye Mya")
    orgs = csv_rows(run("orgs", *facts).out)
    assert orgs[0]["aliases"] == "'+SUM(A1); ok"
    (motivation,) = csv_rows(run("motivations", *facts).out)
    assert motivation["people"] == "'-Aye Mya"
    people_rows = csv_rows(run("people", *facts).out)
    assert people_rows[0]["name"] == "'-Aye Mya"
    for args in (["sources"], ["orgs"], ["motivations"], ["people"], ["person", "Aye Mya"], ["stats"], ["quotes"],
                 ["timeline"], ["conflicts"], ["themes"], ["search", "Aye"]):
        for row in csv_rows(run(*args, *facts).out):
            for key, value in row.items():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (args, key, value)


def test_numbers_stay_numbers_in_csv(mini: Mini) -> None:
    rows = csv_rows(run("stats", "--facts", str(mini.facts), "-f", "csv").out)
    assert [r["value"] for r in rows] == ["1204", "300"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_line_and_paragraph_separators_are_made_visible_in_table_csv_and_tsv(mini: Mini, fmt: str) -> None:
    edit(mini.facts / "people.yaml", "    name: Unpaid guard\n", '    name: "Unpaid\\u2028guard\\u2029x"\n')
    out = run("people", "-f", fmt, "--facts", str(mini.facts), env={"COLUMNS": "200"}).out
    assert "\u2028" not in out and "\u2029" not in out
    assert "Unpaid\\u2028guard\\u2029x" in out


@pytest.mark.slow
@FAST
@given(text=ANY_TEXT)
@example(text="\u2028")  # line and paragraph separators: JSONL must not break its line on them
@example(text="\u2029")
@example(text="\xad\U00013430")  # characters that draw nothing, one past U+FFFF
def test_any_fact_string_round_trips_through_every_format(mini: Mini, text: str) -> None:
    people = mini.facts / "people.yaml"
    original = people.read_text(encoding="utf-8")
    value = "former clerk" + text  # the excerpt of the attribute whose value is "former clerk"
    line = '{field: role, value: former clerk, source: h1, excerpt: "said Aye Mya, a former clerk."}'
    assert line in original
    people.write_text(original.replace(line, line.replace('"said Aye Mya, a former clerk."', yaml_string(value))),
                      encoding="utf-8")
    try:
        env = {"DEFECTCLI_NO_CACHE": "1", "COLUMNS": "80"}
        out = {f: run("person", "Aye Mya", "-f", f, "--facts", str(mini.facts), env=env) for f in FORMATS}
        assert all(r.code == 0 and no_traceback(r) for r in out.values()), {f: r.err for f, r in out.items()}
        assert json.loads(out["json"].out)["attributes"][0]["excerpt"] == value
        assert json.loads(out["jsonl"].out.split("\n")[0])["attributes"][0]["excerpt"] == value
        shown = "".join(shown_as(c) if c in UNSAFE else c for c in value)
        rows = [r for r in csv.DictReader(io.StringIO(out["csv"].out)) if r["section"] == "attribute"]
        assert rows[0]["excerpt"] == shown  # control characters made visible, everything else exact
        tsv_rows = [line.split("\t") for line in out["tsv"].out.split("\n")]
        attribute = next(r for r in tsv_rows if r[tsv_rows[0].index("section")] == "attribute")
        cell = attribute[tsv_rows[0].index("excerpt")]
        if not any(c in UNSAFE for c in value):
            assert tsv_decode(cell) == value
        for f in FORMATS:
            assert not any(c in out[f].out for c in UNSAFE), f
    finally:
        people.write_text(original, encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_ascii_locale_gets_ascii_output_that_still_parses(mini: Mini, fmt: str) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache), "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii",
           "COLUMNS": "60"}
    for args in (["person", "Zoë Tun"], ["people"]):
        proc = subprocess.run([*CLI, *args, "-f", fmt, "--facts", str(mini.facts)], env=env, capture_output=True,
                              timeout=60)
        assert proc.returncode == 0 and b"Traceback" not in proc.stderr
        text = proc.stdout.decode("ascii")  # raises if anything is not ASCII
        if fmt == "json":
            data = json.loads(text)
            assert "Zoë Tun" in ([data["name"]] if isinstance(data, dict) else [p["name"] for p in data])
        elif fmt == "jsonl":
            assert "Zoë Tun" in [json.loads(line)["name"] for line in text.splitlines()]
        elif args[0] == "people" or fmt == "table":
            assert "Zo\\xeb Tun" in text


@pytest.mark.parametrize("width", ["1", "5", "12", "abc", "0"])
def test_a_narrow_or_odd_terminal_width_still_draws_tables(cli: Cli, width: str) -> None:
    for args in (["person", "Aye Mya"], ["stats"], ["quotes"], ["people"]):
        r = cli(*args, "-f", "table", env={"COLUMNS": width})
        assert r.code == 0 and no_traceback(r) and r.out.strip()


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


def test_a_huge_terminal_width_is_drawn_at_the_widest_width() -> None:
    for args in (["conflicts"], ["search", "money"], ["people"]):
        huge = run(*args, "-f", "table", env={"COLUMNS": "99999999999"})
        widest = run(*args, "-f", "table", env={"COLUMNS": "1000"})
        assert (huge.code, huge.err, huge.out) == (0, widest.err, widest.out), args
        assert widest.out.strip() and max(len(line) for line in widest.out.splitlines()) <= 1000
