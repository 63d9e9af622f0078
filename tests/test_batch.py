"""Many lookups in one run: several arguments, or `-` for one a line on stdin; answers in input order,
errors as objects in the same stream, and the exit code at the end says whether all were answered."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from defectcli.cli import app

from .helpers import CLI, Mini, env_for


def batch(mini: Mini, *args: str, stdin: str | bytes | None = None) -> tuple[int, list[dict[str, Any]], str]:
    r = CliRunner().invoke(app, [*args, "--facts", str(mini.facts)], input=stdin)
    return r.exit_code, [json.loads(line) for line in r.stdout.splitlines()], r.stderr


def test_several_names_are_answered_in_order_one_json_object_a_line_in_a_pipe(mini: Mini) -> None:
    code, answers, err = batch(mini, "person", "Zoe Tun", "Aye Mya")
    assert (code, err) == (0, "")
    assert [(a["input"], a["id"]) for a in answers] == [("Zoe Tun", "zoe-tun"), ("Aye Mya", "aye-mya")]
    whole = json.loads(CliRunner().invoke(app, ["person", "Aye Mya", "-f", "json", "--facts", str(mini.facts)]).stdout)
    assert answers[1] == {"input": "Aye Mya", **whole}  # each answer is the whole profile, and its input


def test_a_name_that_finds_nothing_is_an_error_object_and_the_run_goes_on(mini: Mini) -> None:
    code, answers, err = batch(mini, "person", "-", stdin="Aye Mya\n\n   \nNobody At All\nZoe Tun\n")
    assert code == 1 and err == ""
    assert [a["input"] for a in answers] == ["Aye Mya", "Nobody At All", "Zoe Tun"]  # blank lines skipped
    assert answers[1] == {"input": "Nobody At All", "error": "no person named 'Nobody At All'; `defectcli people` "
                          "lists everyone", "candidates": []}
    assert answers[2]["id"] == "zoe-tun"


def test_an_ambiguous_name_lists_its_candidates(mini: Mini) -> None:
    (mini.facts / "more.yaml").write_text("people:\n" + "".join(
        f"  - id: kyaw-{n.lower()}\n    name: Kyaw {n}\n    name_status: pseudonym\n    roles: [defector]\n"
        f"    evidence:\n      - {{source: h1, excerpt: \"said Aye Mya, a former clerk.\"}}\n" for n in ("Min", "Zin")),
        encoding="utf-8")
    code, (answer,), _ = batch(mini, "person", "-", stdin="Kyaw\n")
    assert code == 1 and answer["candidates"] == ["Kyaw Min", "Kyaw Zin"]


def test_a_line_that_is_not_utf8_or_too_long_is_one_error_and_the_rest_is_answered(mini: Mini) -> None:
    stdin = b"Aye Mya\n\xff\xfeabc\n" + b"x" * 1_000_000 + b"\n\n" + b"y" * 20_000 + b"\nZoe Tun\n"
    code, answers, _ = batch(mini, "person", "-", stdin=stdin)
    assert code == 1
    # each error names its line (re-run 133: a line of over 40,000 bytes gave no input and no line)
    assert [a.get("error") for a in answers] == [None, "line 2 is not UTF-8 text", "line 3 is longer than 10000 characters",
                                                 "line 5 is longer than 10000 characters", None]
    assert [a["input"] for a in answers] == ["Aye Mya", "\ufffd\ufffdabc", "x" * 60, "y" * 60, "Zoe Tun"]
    assert [a.get("id") for a in answers] == ["aye-mya", None, None, None, "zoe-tun"]


def test_lists_saved_as_utf8_with_a_bom_are_read_from_their_first_names(mini: Mini) -> None:
    code, answers, _ = batch(mini, "person", "-", stdin="\ufeffAye Mya\r\nZoe Tun\r\n".encode())
    assert code == 0 and [(a["input"], a["id"]) for a in answers] == [("Aye Mya", "aye-mya"), ("Zoe Tun", "zoe-tun")]
    # two such lists joined (`cat a.txt b.txt`): the second's mark starts a line, and is skipped there too
    code, answers, _ = batch(mini, "person", "-", stdin="Aye Mya\n\ufeffZoe Tun\n".encode())
    assert code == 0 and [(a["input"], a["id"]) for a in answers] == [("Aye Mya", "aye-mya"), ("Zoe Tun", "zoe-tun")]


def test_a_name_of_control_characters_names_no_one(mini: Mini) -> None:
    code, answers, _ = batch(mini, "person", "-", stdin=b"\x00\nAye\x00\n\x01\n")
    assert code == 1
    assert [a["error"].split(";")[0] for a in answers] == [
        "no person named '\x00'", "no person named 'Aye\x00'", "no person named '\x01'"]  # escaped in JSON


def test_csv_has_one_header_and_every_row_says_its_input(mini: Mini) -> None:
    r = CliRunner().invoke(app, ["person", "Aye Mya", "Nobody", "-f", "csv", "--facts", str(mini.facts)])
    lines = r.stdout.splitlines()
    assert r.exit_code == 1
    assert lines[0] == "input,error,person,section,id,field,value,unit,source,line,excerpt,note"
    assert lines[1] == "Aye Mya,,aye-mya,person,aye-mya,name,Aye Mya,,,,,"
    assert lines[-1] == "Nobody,no person named 'Nobody'; `defectcli people` lists everyone,,,,,,,,,,"
    assert sum(line.startswith("input,") for line in lines) == 1


def test_show_cite_and_search_answer_many_too(mini: Mini) -> None:
    code, shown, _ = batch(mini, "show", "q-bridge", "q-wages")
    assert code == 0 and [(s["input"], s["kind"], s["id"]) for s in shown] == [
        ("q-bridge", "quote", "q-bridge"), ("q-wages", "quote", "q-wages")]
    code, cited, _ = batch(mini, "cite", "-", stdin="q-bridge\nno-such-id\n")
    assert code == 1 and cited[0]["statement"].startswith("“") and cited[1]["error"].startswith("no record has the id")
    code, found, _ = batch(mini, "search", "-", stdin="bridge\nzebra\n")
    assert code == 0 and found[0]["input"] == "bridge" and found[0]["hits"] and found[1]["hits"] == []


def test_one_search_of_several_unquoted_words_is_one_search(mini: Mini) -> None:
    r = CliRunner().invoke(app, ["search", "bridge", "unsafe", "-f", "json", "--facts", str(mini.facts)])
    one = CliRunner().invoke(app, ["search", "bridge unsafe", "-f", "json", "--facts", str(mini.facts)])
    assert r.exit_code == 0 and r.stdout == one.stdout


def test_a_fact_base_that_cannot_be_used_stops_the_run_with_exit_2(mini: Mini) -> None:
    (mini.facts / "broken.yaml").write_text("people: [\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["person", "-", "--facts", str(mini.facts)], input="Aye Mya\nZoe Tun\n")
    assert r.exit_code == 2 and r.stdout == "" and "broken.yaml" in r.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["cite", "h1", "q-bridge", "--style", "nosuch"], "--style: unknown style 'nosuch'"),
    (["show", "h1", "q-bridge", "--kind", "nosuch"], "--kind: unknown value 'nosuch'"),
    (["person", "Aye Mya", "Zoe Tun", "--source", "nosuch"], "--source: unknown value 'nosuch'"),
    (["show", "h1", "q-bridge", "--sources", "/no/such/dir"], "--sources: '/no/such/dir' does not exist"),
])
def test_an_option_no_argument_can_use_stops_the_run_once_with_exit_2(mini: Mini, args: list[str], message: str) -> None:
    r = CliRunner().invoke(app, [*args, "--facts", str(mini.facts)])
    assert r.exit_code == 2 and r.stdout == "" and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"defectcli: {message}")


def test_answers_come_as_lines_arrive(mini: Mini) -> None:
    """As `tail -f names.txt | defectcli person -`: the first answer comes before stdin is closed."""
    proc = subprocess.Popen([*CLI, "person", "-", "--facts", str(mini.facts)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(mini))
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"Aye Mya\n")
    proc.stdin.flush()
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(proc.stdout.readline()) if proc.stdout else None, daemon=True)
    reader.start()
    reader.join(120)  # a run that waited for the end of stdin would never answer while it is open
    answered = bool(got) and json.loads(got[0])["id"] == "aye-mya"
    proc.stdin.close()
    proc.wait(60)
    assert answered and proc.returncode == 0


def test_a_closed_pipe_stops_the_run_quietly(mini: Mini, tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Aye Mya\n" * 2000, encoding="utf-8")
    proc = subprocess.run(f"{' '.join(CLI)} person - --facts {mini.facts} < {names} | head -1", shell=True,
                          capture_output=True, env=env_for(mini), timeout=120)
    assert proc.stderr == b"" and json.loads(proc.stdout)["id"] == "aye-mya"


def test_verify_each_line_answers_each_claim_on_its_own_and_says_which_fall_short(mini: Mini) -> None:
    lines = "According to the Harbour Board, 1,204 people left the town.\nThe town now has 900 people.\n\nhello\n"
    code, answers, _ = batch(mini, "verify", "-", "--each-line", stdin=lines)
    assert code == 1  # a line with no claim to check is an error object: not every line was answered
    assert [a["input"] for a in answers] == ["According to the Harbour Board, 1,204 people left the town.",
                                             "The town now has 900 people.", "hello"]
    assert [r["verdict"] for r in answers[0]["results"]] == ["matches"]
    assert [r["verdict"] for r in answers[1]["results"]] == ["differs"]
    assert answers[2]["error"] == "no checkable claim in the line"
    code, answers, _ = batch(mini, "verify", "-", "--each-line", stdin=lines.split("\n")[0] + "\n")
    assert code == 0 and answers[0]["results"][0]["review"]["reviewRating"]["alternateName"] == "matches"


@pytest.mark.parametrize("given", ["", "\n  \n"])
def test_verify_each_line_of_no_text_is_the_empty_text_it_is_exit_2_not_every_claim_matching(
        mini: Mini, tmp_path: Path, given: str) -> None:
    r = CliRunner().invoke(app, ["verify", "-", "--each-line", "-f", "json", "--facts", str(mini.facts)], input=given)
    assert (r.exit_code, r.stdout, r.stderr) == (2, "", "defectcli: -: the text is empty; give a sentence to check\n")
    draft = tmp_path / "draft.txt"
    draft.write_text(given, encoding="utf-8")
    r = CliRunner().invoke(app, ["verify", "--file", str(draft), "--each-line", "--facts", str(mini.facts)])
    assert (r.exit_code, r.stderr) == (2, f"defectcli: {draft}: the text is empty; give a sentence to check\n")


def test_verify_each_line_of_a_file_skips_its_blank_lines_as_of_stdin(mini: Mini, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("The town now has 900 people.\n\nThe town now has 900 people.\n", encoding="utf-8")
    code, answers, _ = batch(mini, "verify", "--file", str(draft), "--each-line", "-f", "jsonl")
    assert code == 1 and [a["input"] for a in answers] == ["The town now has 900 people."] * 2
    assert all("error" not in a for a in answers)


@pytest.mark.parametrize("end", ["\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_verify_each_line_of_a_file_ends_its_lines_where_stdin_does(mini: Mini, tmp_path: Path, end: str) -> None:
    # re-run 147 A3: a file was split as str.splitlines() splits (at CR, FF, NEL, U+2028...), stdin at \n and \r\n
    first = f"The town now has 900 people.{end}According to the Harbour Board, 1,204 people left the town."
    data = f"\ufeff{first}\r\n\n".encode() + b"\xff is no text\n"
    draft = tmp_path / "draft.txt"
    draft.write_bytes(data)
    from_file = batch(mini, "verify", "--file", str(draft), "--each-line", "-f", "jsonl")
    assert from_file == batch(mini, "verify", "-", "--each-line", "-f", "jsonl", stdin=data)
    code, answers, _ = from_file
    assert code == 1 and [a["input"] for a in answers] == [first, "\ufffd is no text"]
    assert [r["verdict"] for r in answers[0]["results"]] == ["differs", "matches"]
    assert answers[1]["error"] == "line 3 is not UTF-8 text"


@pytest.mark.parametrize("command", [["person", "-"], ["show", "-"], ["cite", "-"], ["search", "-"], ["verify", "-"],
                                     ["verify", "-", "--each-line"], ["person", "-", "-f", "csv"], ["mcp"]])
def test_a_closed_stdin_is_one_line_and_exit_2(mini: Mini, command: list[str]) -> None:
    proc = subprocess.run([*CLI, *command, "--facts", str(mini.facts)], capture_output=True, env=env_for(mini),
                          timeout=120, preexec_fn=lambda: os.close(0))  # as `<&-` in a shell
    assert (proc.returncode, proc.stdout) == (2, b""), proc.stderr
    assert proc.stderr == b"defectcli: standard input is closed; give the input as arguments, or pipe it in\n"


@pytest.mark.parametrize("command", ["person", "show", "search", "cite"])
@pytest.mark.parametrize("stdin", ["", "\n  \n"])
@pytest.mark.parametrize("fmt", ["tsv", "json"])
def test_no_question_on_stdin_is_a_usage_error_with_nothing_on_stdout(mini: Mini, command: str, stdin: str,
                                                                      fmt: str) -> None:
    # It printed a header (or []) and exited 0, which a script reads as "every question answered".
    r = CliRunner().invoke(app, [command, "-", "-f", fmt, "--facts", str(mini.facts)], input=stdin)
    assert (r.exit_code, r.stdout, r.stderr) == (2, "", "defectcli: -: standard input is empty; give one question a "
                                                         "line\n")


_NO_ID = "no record has the id 'no-such-id'; `defectcli search TEXT` finds records by their words"


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize(("command", "good", "bad", "error"), [
    (["verify", "-", "--each-line"], "According to the Harbour Board, 1,204 people left the town.", "hello",
     "no checkable claim in the line"),
    (["person", "-"], "Aye Mya", "Nobody", "no person named 'Nobody'; `defectcli people` lists everyone"),
    (["show", "-"], "q-bridge", "no-such-id", _NO_ID),
    (["cite", "-"], "q-bridge", "no-such-id", _NO_ID),
])
def test_an_input_that_finds_nothing_is_a_flat_row_of_its_error_in_every_flat_format(
        mini: Mini, fmt: str, command: list[str], good: str, bad: str, error: str) -> None:
    # re-run 75 A7: `verify --each-line -f tsv` (and csv) ended in a traceback at such a line, the lines after it lost
    r = CliRunner().invoke(app, [*command, "-f", fmt, "--facts", str(mini.facts)], input=f"{bad}\n{good}\n")
    rows = list(csv.reader(io.StringIO(r.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert (r.exit_code, r.exception is None or isinstance(r.exception, SystemExit)) == (1, True)
    assert rows[0][:2] == ["input", "error"] and sum(row[0] == "input" for row in rows) == 1
    assert rows[1][:2] == [bad, error] and not any(rows[1][2:])
    assert rows[-1][:2] == [good, ""] and any(rows[-1][2:])


def test_verify_each_line_fields_take_every_field_of_a_row_and_keep_the_results_key(mini: Mini) -> None:
    # re-run 99: --fields refused claimant, read and review (fields `verify` takes), and renamed "results" to "answer"
    line = "According to the Harbour Board, 1,204 people left the town.\n"
    _, [whole], _ = batch(mini, "verify", "-", "--each-line", "-f", "jsonl", stdin=line)
    code, [picked], _ = batch(mini, "verify", "-", "--each-line", "-f", "jsonl", "--fields", "verdict,claimant,read,review",
                              stdin=line)
    assert code == 0
    assert picked == {"input": line.strip(), "results": [{k: r[k] for k in ("verdict", "claimant", "read", "review")}
                                                         for r in whole["results"]]}
    r = CliRunner().invoke(app, ["verify", "-", "--each-line", "-f", "csv", "--fields", "input,verdict,read",
                                 "--facts", str(mini.facts)], input=line)
    header, row = r.stdout.splitlines()
    assert header == "input,error,verdict,read"  # the input and an error lead every answer already
    assert json.loads(next(csv.reader([row]))[3]) == whole["results"][0]["read"]  # JSON, not Python's repr
