"""Hostile input and odd surroundings: any name or search text, any fact string in every format,
many processes on a stale cache, closed pipes, ASCII locales, narrow terminals, odd arguments."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from defectcli.store.cache import index

from .helpers import Cli, Mini, Result, run

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    "\u061c", "\u200e", "\u200f", "\u2028", "\u2029", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def no_traceback(r: Result) -> bool:
    return "Traceback" not in r.err and "Traceback" not in r.out


# ---------------------------------------------------------------- property-based


@pytest.mark.slow
@FAST
@given(name=ANY_TEXT)
def test_any_name_gets_an_answer_or_one_line_error(mini: Mini, name: str) -> None:
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


@pytest.mark.slow
@FAST
@given(text=ANY_TEXT)
@example(text="\u2028")  # line and paragraph separators: JSONL must not break its line on them
@example(text="\u2029")
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
        shown = "".join((f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}") if c in UNSAFE else c
                        for c in value)
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


# ---------------------------------------------------------------- processes

CLI = [sys.executable, "-m", "defectcli"]


def spawn(args: list[str], mini: Mini, **kw: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache)}
    env.pop("DEFECTCLI_NO_CACHE", None)
    return subprocess.Popen([*CLI, *args, "--facts", str(mini.facts)], env=env, **kw)


@pytest.mark.slow
def test_many_processes_on_a_stale_cache_all_answer_alike_and_leave_a_valid_cache(mini: Mini) -> None:
    expected = run("quotes", "-f", "json", "--facts", str(mini.facts), env={"DEFECTCLI_NO_CACHE": "1"}).out
    spawn(["quotes", "-f", "json"], mini, stdout=subprocess.DEVNULL).wait()  # a cache exists...
    path = mini.facts / "facts.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # ...and is now stale
    procs = [spawn(["quotes", "-f", "json"], mini, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(12)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 12, [e for _, e in results]
    assert {o.decode() for o, _ in results} == {expected}
    assert all(e == b"" for _, e in results)
    (cache,) = (mini.cache / "defectcli").glob("*.sqlite")
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert index.open_index(mini.facts).cached


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


# ---------------------------------------------------------------- arguments


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


def test_a_quick_first_build_draws_no_progress_bar_even_on_a_terminal(mini: Mini) -> None:
    import pty

    main, child = pty.openpty()
    proc = spawn(["quotes", "-f", "json"], mini, stdout=subprocess.PIPE, stderr=child)
    os.close(child)
    out, _ = proc.communicate(timeout=60)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert proc.returncode == 0 and json.loads(out)
    assert seen == b""  # a build of a small base is over before a bar would be worth drawing


def test_a_long_build_shows_its_progress_bar_once_it_has_taken_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import time

    from defectcli.cli import session

    screen = io.StringIO()
    monkeypatch.setattr(sys, "stderr", screen)
    quick = session._progress_bar(3, delay=5)
    for i in range(1, 4):
        quick(i, 3)
    assert screen.getvalue() == ""  # done before the delay: nothing drawn
    slow = session._progress_bar(3, delay=0.01)
    slow(1, 3)
    deadline = time.monotonic() + 10
    while "Building the fact index" not in screen.getvalue() and time.monotonic() < deadline:
        time.sleep(0.02)
    slow(2, 3)
    slow(3, 3)
    assert "Building the fact index" in screen.getvalue()
