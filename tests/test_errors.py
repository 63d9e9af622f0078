"""One line on stderr, a documented exit code and no traceback, whatever the input or the streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given

from .helpers import ANY_TEXT, CLI, FAST, FORMATS, UNSAFE, Cli, Mini, env_for, no_traceback, one_line, run, spawn

USAGE = [
    (["persn", "x"], "No such command 'persn'. Did you mean 'person'? (see `defectcli -h`)"),
    (["--bogus"], "No such option: --bogus (see `defectcli -h`)"),
    (["--facts", "b", "people"], "No such option: --facts before a command; give it after the command's name: "
                                 "`defectcli COMMAND --facts ...` (see `defectcli -h`)"),
    (["-f", "json", "people"], "No such option: -f before a command; give it after the command's name: "
                               "`defectcli COMMAND -f ...` (see `defectcli -h`)"),
    (["person"], "Missing argument 'NAME...' (see `defectcli person -h`)"),
    (["themes", "b"], "Got unexpected extra argument(s) (b) (see `defectcli themes -h`)"),
    (["people", "--formt", "json"], "No such option: --formt; did you mean --format? (see `defectcli people -h`)"),
    (["PERSN", "x"], "No such command 'PERSN'. Did you mean 'person'? (see `defectcli -h`)"),  # a typo in capitals
    (["people", "-f", "JSN"], "Invalid value for '--format' / '-f': 'JSN' is not one of 'table', 'json', 'jsonl', "
                              "'csv', 'tsv'; did you mean 'json'? (see `defectcli people -h`)"),
    (["people", "-f", "jsn"], "Invalid value for '--format' / '-f': 'jsn' is not one of 'table', 'json', 'jsonl', "
                              "'csv', 'tsv'; did you mean 'json'? (see `defectcli people -h`)"),
    (["motivations", "--stage", "joinng"], "Invalid value for '--stage': 'joinng' is not one of 'joining', "
                                           "'defecting', 'staying'; did you mean 'joining'? (see `defectcli motivations -h`)"),
    (["check", "--sources", "/no/such/dir"], "--sources: '/no/such/dir' does not exist (the directory of the article "
                                             "texts)"),
    # A value Click quotes back is shortened as ours are (re-run 148: 5,000 digits made a 5,000-character line)
    (["people", "--limit", "9" * 5000], f"Invalid value for '--limit' / '-n': '{'9' * 79}…' is not a valid int "
                                        "(see `defectcli people -h`)"),
    (["show", "q1", "-C", "²" * 200], f"Invalid value for '--context' / '-C': '{'²' * 79}…' is not a valid int range "
                                      "(see `defectcli show -h`)"),
]




def shell(mini: Mini, redirect: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """defectcli run by bash with `redirect` applied, as a user's shell would run it."""
    return subprocess.run(["bash", "-c", f'"$@" {redirect}', "bash", *CLI, *args], capture_output=True, timeout=60,
                          env=env_for(mini))




@pytest.mark.parametrize(("args", "message"), USAGE)
def test_a_usage_error_is_one_line_with_a_suggestion_and_exit_2(args: list[str], message: str) -> None:
    assert one_line(run(*args), 2) == message


def test_a_usage_error_is_one_line_from_the_real_entry_point_too(mini: Mini) -> None:
    for args, message in USAGE[:3]:
        proc = subprocess.run([*CLI, *args], capture_output=True, timeout=60, env=env_for(mini))
        assert (proc.returncode, proc.stdout, proc.stderr.decode()) == (2, b"", f"defectcli: {message}\n")


# A Ctrl-C while the module named is imported: the first tens of milliseconds of every run import Typer and Click.
CTRL_C_IN_IMPORT = """
import sys
class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == sys.argv[1]:
            raise KeyboardInterrupt
sys.meta_path.insert(0, CtrlC())
from defectcli.cli import main
main(sys.argv[2:])
"""


@pytest.mark.parametrize("module", ["typer", "defectcli.cli.run", "defectcli.cli.registry", "defectcli.api"])
def test_ctrl_c_while_a_run_starts_is_one_line_and_exit_130(mini: Mini, module: str) -> None:
    proc = subprocess.run([sys.executable, "-c", CTRL_C_IN_IMPORT, module, "person", "Lin", "--facts", str(mini.facts)],
                          capture_output=True, timeout=60, env=env_for(mini))
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, b"", b"defectcli: interrupted\n")


# A Ctrl-C as the run exits, its result already out: Python's exit runs the atexit hooks last.
CTRL_C_AT_EXIT = """
import atexit, os, signal, sys
atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))
from defectcli.cli import main
main(sys.argv[1:])
"""


def test_ctrl_c_as_a_finished_run_exits_changes_nothing(mini: Mini) -> None:
    # it killed the process by signal 2, after "wrote …": a shell saw 130 with no "interrupted" said
    out = mini.facts.parent / "out"
    proc = subprocess.run([sys.executable, "-c", CTRL_C_AT_EXIT, "export", "--to", "csv", str(out),
                           "--facts", str(mini.facts)], capture_output=True, timeout=60, env=env_for(mini))
    assert (proc.returncode, proc.stderr.decode()) == (0, f"defectcli: wrote {out}\n")


@pytest.mark.parametrize("typed", ["pers\x1b]0;owned\x07", "pers\u202eon", "pers\u2028on", "x\ny"])
def test_an_unknown_command_name_is_escaped_as_data_is(typed: str) -> None:
    line = one_line(run(typed), 2)
    assert not any(c in line for c in "\x1b\x07\u202e\u2028\n")
    assert line.startswith("No such command 'pers\\x1b]0;owned\\x07'") or "\\u202e" in line or "\\u2028" in line \
        or "x\\ny" in line


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_stdout_is_one_line_and_exit_74_in_every_format(mini: Mini, fmt: str) -> None:
    for args in (["people", "-f", fmt], ["person", "Aye Mya", "-f", fmt]):
        proc = shell(mini, ">/dev/full", *args, "--facts", str(mini.facts))
        assert (proc.returncode, proc.stderr) == (74, b"defectcli: cannot write to standard output "
                                                      b"(No space left on device)\n")


@pytest.mark.parametrize("args", [["export", "-"], ["people", "-f", "json"], ["quotes", "-f", "json"], ["conflicts"],
                                  ["person", "Lin Aung", "-f", "json"]])
def test_output_cut_short_by_a_file_size_limit_is_exit_74_never_a_silent_success(tmp_path: Path, args: list[str]) -> None:
    import resource

    def limited() -> None:  # as `ulimit -f 4`, or a disk that fills: the system takes part of a write
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    target = tmp_path / "out"
    with target.open("wb") as out:  # the bundled base: each answer is one write larger than Python's buffer
        proc = subprocess.run([*CLI, *args], stdout=out, stderr=subprocess.PIPE, preexec_fn=limited, timeout=60,
                              env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert (proc.returncode, proc.stderr) == (74, b"defectcli: cannot write to standard output (File too large)\n")
    assert target.stat().st_size == 4096


@pytest.mark.parametrize("args", [["people"], ["check"], ["--version"], ["--help"], ["people", "--help"]])
def test_a_closed_or_full_stdout_is_one_line_and_exit_74_whatever_writes(mini: Mini, args: list[str]) -> None:
    if args == ["check"]:  # check writes its problems to stdout
        (mini.facts / "more.yaml").write_text("peple: []\n")
    facts = ["--facts", str(mini.facts)] if "--help" not in args and "--version" not in args else []
    closed = shell(mini, ">&-", *args, *facts)
    assert (closed.returncode, closed.stderr.splitlines()[:1]) == (74, [b"defectcli: cannot write to standard output "
                                                                        b"(it is closed)"]), closed.stderr
    full = shell(mini, ">/dev/full", *args, *facts)
    assert full.returncode == 74 and b"Traceback" not in full.stderr
    assert b"defectcli: cannot write to standard output (No space left on device)\n" in full.stderr


def test_with_stdout_closed_the_cache_never_takes_its_place(mini: Mini) -> None:
    # A closed fd 1 is the first one open() would hand out: the cache database must not get it.
    assert shell(mini, ">&-", "people", "--facts", str(mini.facts)).returncode == 74
    again = shell(mini, "", "people", "-f", "json", "--facts", str(mini.facts))
    assert again.returncode == 0 and again.stderr == b""


def test_a_full_or_closed_stderr_leaves_the_exit_code_to_speak(mini: Mini) -> None:
    for redirect in ("2>/dev/full", "2>&-"):
        proc = shell(mini, redirect, "person", "Nobody At All", "--facts", str(mini.facts))
        assert proc.returncode == 1 and proc.stdout == b""


def test_an_ambiguous_name_lists_a_few_matches_then_how_many_more(mini: Mini) -> None:
    many = "".join(f"  - id: tun-{i:03d}\n    name: Maung Tun {i:03d}\n    name_status: as_published\n"
                   f"    roles: [mentioned]\n    evidence:\n      - {{source: h1, excerpt: \"Café owner Zoë Tun\"}}\n"
                   for i in range(300))
    (mini.facts / "many.yaml").write_text("people:\n" + many, encoding="utf-8")
    line = one_line(run("person", "Maung", "--facts", str(mini.facts)), 1)
    assert line == ("'Maung' matches more than one person: \"Maung Tun 000\", \"Maung Tun 001\", \"Maung Tun 002\", "
                    "\"Maung Tun 003\", \"Maung Tun 004\" and 295 more; give more of the name "
                    "(`defectcli people` lists everyone)")


@pytest.mark.slow
@FAST
@given(name=ANY_TEXT)
def test_any_name_gets_an_answer_or_one_line_error(mini: Mini, name: str) -> None:
    assume(name != "-")  # not a name: the names on stdin, one a line (test_batch)
    r = run("person", "--facts", str(mini.facts), "-f", "json", "--", name)
    assert no_traceback(r)
    if r.code == 0:
        assert json.loads(r.out)["id"]
    else:
        assert r.code in (1, 2) and r.out == "" and r.err.count("\n") == 1 and r.err.startswith("defectcli: ")
        assert not any(c in r.err for c in UNSAFE if c != "\n")


@pytest.mark.slow
@FAST
@given(text=ANY_TEXT)
def test_any_search_text_gets_hits_or_one_line_error(mini: Mini, text: str) -> None:
    for args in (["search", "--", text], ["quotes", "--search", text]):
        r = run(*args[:1], "--facts", str(mini.facts), "-f", "json", *args[1:])
        assert no_traceback(r)
        if r.code == 0:
            assert isinstance(json.loads(r.out), list)
        else:
            assert r.code in (1, 2) and r.err.count("\n") == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closed_pipe_ends_quietly_in_every_format(mini: Mini, fmt: str) -> None:
    read, write = os.pipe()
    os.close(read)  # like `| head -1` once head has gone: every write fails with EPIPE
    proc = spawn(["quotes", "-f", fmt], mini, stdout=write, stderr=subprocess.PIPE)
    os.close(write)
    _, err = proc.communicate(timeout=60)
    assert err == b"" and proc.returncode == 0


def test_head_one_reads_the_first_line(mini: Mini) -> None:
    proc = spawn(["quotes", "-f", "jsonl"], mini, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert json.loads(first)["id"] and err == b""


@pytest.mark.parametrize("args", [
    ["person", ""], ["person", "x" * 100_000], ["search", "\x00\x01binary\xff"], ["search", "'"],
    ["quotes", "--search", "\""], ["quotes", "--theme", ""], ["people", "--role", ""], ["stats", "--topic", "-x"],
    ["person", "-x"], ["quotes", "--speaker", ""], ["search", "AND OR NOT ( * ^"],
])
def test_odd_arguments_get_an_answer_or_a_one_line_error(cli: Cli, args: list[str]) -> None:
    r = cli(*args)
    assert no_traceback(r)
    assert r.code in (0, 1, 2)
    if r.code:  # 1: nothing matched (a pipe still gets the header); 2: unusable, nothing on stdout
        assert r.err.strip()
    if r.code == 2:
        assert r.out == ""


LONG = "Lin " * 30_000


@pytest.mark.parametrize("args", [
    ["person", LONG], ["show", LONG], ["people", "--fields", LONG], ["quotes", "--theme", LONG], [LONG],
    ["themes", "a", LONG], ["motivations", "--stage", LONG], ["person", "Aye Mya", "--source", LONG],
])
def test_a_long_argument_is_quoted_back_shortened_in_its_one_line_error(cli: Cli, args: list[str]) -> None:
    r = cli(*args)
    assert r.code in (1, 2) and no_traceback(r)
    assert len(r.err.splitlines()) == 1 and len(r.err) < 400 and "…" in r.err, r.err[:400]


def test_an_argument_that_is_not_utf8_is_reported_not_crashed_on(mini: Mini) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache)}
    proc = subprocess.run([*CLI, "person", b"\xff\xfe".decode("utf-8", "surrogateescape"), "--facts", str(mini.facts)],
                          env=env, capture_output=True, timeout=60)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"\n") == 1 and proc.stderr.startswith(b"defectcli: no person named")


def test_a_fact_base_path_with_control_characters_is_shown_safely(tmp_path: Path) -> None:
    odd = tmp_path / "evil\x1b]0;title\x07dir"
    odd.mkdir()
    r = run("people", "--facts", str(odd))
    assert r.code == 2 and "\x1b" not in r.err and "\x07" not in r.err and "\\x1b]0;title\\x07dir" in r.err


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closed_pipe_ends_quietly_when_the_output_is_large(mini: Mini, fmt: str) -> None:
    # More than a pipe holds, so the writes themselves fail, not only the final flush.
    themes = "".join(f"  - id: t{i}\n    description: theme number {i} of many, with some words to fill the line\n"
                     for i in range(3000))
    (mini.facts / "more.yaml").write_text("themes:\n" + themes, encoding="utf-8")
    read, write = os.pipe()
    os.close(read)
    proc = spawn(["themes", "-f", fmt], mini, stdout=write, stderr=subprocess.PIPE)
    os.close(write)
    _, err = proc.communicate(timeout=120)
    assert err == b"" and proc.returncode == 0


@pytest.mark.parametrize(("args", "message"), [
    (["quotes", "--theme", "nope"], "defectcli: --theme: unknown value 'nope'; valid: pay, safety\n"),
    (["stats", "--source", "h12"], "defectcli: --source: unknown value 'h12'; did you mean 'h1'? valid: h1\n"),
    (["stats", "--source", "H12"], "defectcli: --source: unknown value 'H12'; did you mean 'h1'? valid: h1\n"),
    (["quotes", "--theme", "SAFTY"], "defectcli: --theme: unknown value 'SAFTY'; did you mean 'safety'? valid: pay, "
                                     "safety\n"),
    (["people", "--role", "boss"], "defectcli: --role: unknown value 'boss'; valid: defector, mentioned\n"),
    (["person", "   "], "defectcli: NAME: give a person's name, e.g. \"Lin Aung\"\n"),
    (["search", "\"\""], "defectcli: search text has no words to search for\n"),
])
def test_bad_arguments_exit_2_with_one_line(cli: Cli, args: list[str], message: str) -> None:
    r = cli(*args)
    assert (r.code, r.out, r.err) == (2, "", message)


def test_an_option_looking_name_is_data_after_double_dash(mini: Mini) -> None:
    r = run("person", "--facts", str(mini.facts), "--", "--help")
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("defectcli: no person named '--help'")


def test_a_missing_fact_base_is_exit_2_and_one_line(tmp_path: Path) -> None:
    r = run("people", "--facts", str(tmp_path / "nope"))
    assert (r.code, r.out, r.err) == (2, "", f"defectcli: {tmp_path / 'nope'}: fact base directory does not exist\n")


def test_a_broken_fact_base_refuses_queries_and_points_at_check(mini: Mini) -> None:
    (mini.facts / "bad.yaml").write_text("people:\n  - id: x\n    nmae: y\n")
    r = run("people", "--facts", str(mini.facts))
    assert r.code == 2 and r.out == ""
    assert r.err == f"defectcli: {mini.facts / 'bad.yaml'}:3: unknown field 'nmae' in person (did you mean 'name'?)\n"
