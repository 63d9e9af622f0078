"""What an attack on the build broke (issue 19), one class at a time: each test names its class.

Every test here drives defectcli as a user would (the CLI, or a real process), so it says what a
user sees: one line on stderr starting `defectcli:`, a documented exit code, and no traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import Mini, Result, run

CLI = [sys.executable, "-m", "defectcli"]


def env_for(mini: Mini, **extra: str) -> dict[str, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache), **extra}
    env.pop("DEFECTCLI_NO_CACHE", None)
    return env


def one_line(r: Result, code: int) -> str:
    """The one error line of a run that must fail with `code`, without the `defectcli: ` prefix."""
    assert "Traceback" not in r.err + r.out, r.err
    assert r.code == code, (r.code, r.err)
    assert r.err.count("\n") == 1 and r.err.startswith("defectcli: "), r.err
    return r.err[len("defectcli: "):-1]


# ---------------------------------------------------------------- files that are not files


def _directory(p: Path) -> None:
    p.mkdir()


def _link_to_directory(p: Path) -> None:
    (p.parent.parent / "elsewhere").mkdir()
    p.symlink_to(p.parent.parent / "elsewhere")


def _dangling_link(p: Path) -> None:
    p.symlink_to(p.parent / "nowhere")


def _socket(p: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    s.close()


@pytest.mark.parametrize(("make", "message"), [
    (_directory, "is a directory, not a fact file"),
    (_link_to_directory, "is a directory, not a fact file"),
    (_dangling_link, "cannot be opened (No such file or directory)"),
    (_socket, "cannot be opened (No such device or address)"),
])
def test_a_fact_file_that_is_not_a_file_is_one_line_for_queries_and_check(
        mini: Mini, make: Callable[[Path], None], message: str) -> None:
    make(mini.facts / "odd.yaml")
    expected = f"{mini.facts / 'odd.yaml'}: {message}"
    for query in (["people"], ["person", "Aye Mya"], ["quotes", "-f", "json"]):
        assert one_line(run(*query, "--facts", str(mini.facts)), 2) == expected
    checked = run("check", "--facts", str(mini.facts))
    assert (checked.code, checked.out) == (2, expected + "\n") and "Traceback" not in checked.err


# ---------------------------------------------------------------- usage errors: one line, like every error

USAGE = [
    (["persn", "x"], "No such command 'persn'. Did you mean 'person'? (see `defectcli -h`)"),
    (["--bogus"], "No such option: --bogus (see `defectcli -h`)"),
    (["person"], "Missing argument 'NAME' (see `defectcli person -h`)"),
    (["person", "a", "b"], "Got unexpected extra argument(s) (b) (see `defectcli person -h`)"),
    (["people", "--formt", "json"], "No such option: --formt; did you mean --format? (see `defectcli people -h`)"),
    (["people", "-f", "jsn"], "Invalid value for '--format' / '-f': 'jsn' is not one of 'table', 'json', 'jsonl', "
                              "'csv', 'tsv'; did you mean 'json'? (see `defectcli people -h`)"),
    (["motivations", "--stage", "joinng"], "Invalid value for '--stage': 'joinng' is not one of 'joining', "
                                           "'defecting', 'staying'; did you mean 'joining'? (see `defectcli motivations -h`)"),
    (["check", "--sources", "/no/such/dir"], "--sources: '/no/such/dir' does not exist (the directory of the article "
                                             "texts)"),
]


@pytest.mark.parametrize(("args", "message"), USAGE)
def test_a_usage_error_is_one_line_with_a_suggestion_and_exit_2(args: list[str], message: str) -> None:
    assert one_line(run(*args), 2) == message


def test_a_usage_error_is_one_line_from_the_real_entry_point_too(mini: Mini) -> None:
    for args, message in USAGE[:3]:
        proc = subprocess.run([*CLI, *args], capture_output=True, timeout=60, env=env_for(mini))
        assert (proc.returncode, proc.stdout, proc.stderr.decode()) == (2, b"", f"defectcli: {message}\n")


# ---------------------------------------------------------------- escapes in messages


@pytest.mark.parametrize("typed", ["pers\x1b]0;owned\x07", "pers\u202eon", "pers\u2028on", "x\ny"])
def test_an_unknown_command_name_is_escaped_as_data_is(typed: str) -> None:
    line = one_line(run(typed), 2)
    assert not any(c in line for c in "\x1b\x07\u202e\u2028\n")
    assert line.startswith("No such command 'pers\\x1b]0;owned\\x07'") or "\\u202e" in line or "\\u2028" in line \
        or "x\\ny" in line


# ---------------------------------------------------------------- output that cannot be written

FORMATS = ("table", "json", "jsonl", "csv", "tsv")


def shell(mini: Mini, redirect: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """defectcli run by bash with `redirect` applied, as a user's shell would run it."""
    return subprocess.run(["bash", "-c", f'"$@" {redirect}', "bash", *CLI, *args], capture_output=True, timeout=60,
                          env=env_for(mini))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_stdout_is_one_line_and_exit_74_in_every_format(mini: Mini, fmt: str) -> None:
    for args in (["people", "-f", fmt], ["person", "Aye Mya", "-f", fmt]):
        proc = shell(mini, ">/dev/full", *args, "--facts", str(mini.facts))
        assert (proc.returncode, proc.stderr) == (74, b"defectcli: cannot write to standard output "
                                                      b"(No space left on device)\n")


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


# ---------------------------------------------------------------- spreadsheet formulas through list cells


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def csv_rows(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


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


# ---------------------------------------------------------------- a damaged cache that stays damaged


def cache_of(mini: Mini) -> Path:
    (path,) = (mini.cache / "defectcli").glob("facts-*.sqlite")
    return path


def damage_page_of(table: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        conn.close()
        with path.open("r+b") as fh:  # the table's first page: garbage, the rest of the file intact
            fh.seek((root - 1) * page_size)
            fh.write(b"\xa5" * page_size)
    return damage


def drop(table: str) -> Callable[[Path], None]:
    def dropping(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(f"DROP TABLE {table}")
        conn.commit()
        conn.close()
    return dropping


DAMAGE = {
    "page of quotes": damage_page_of("quotes"), "page of person_names": damage_page_of("person_names"),
    "page of _problems": damage_page_of("_problems"), "page of an index": damage_page_of("quotes_speaker"),
    "dropped quotes": drop("quotes"), "dropped quote_themes": drop("quote_themes"),
    "dropped person_names": drop("person_names"), "dropped _problems": drop("_problems"),
    "dropped search": drop("search"), "dropped _meta": drop("_meta"),
}


QUICK_DAMAGE = ("page of quotes", "dropped quote_themes", "dropped _problems")  # the rest: -m slow


@pytest.mark.parametrize("how", [h if h in QUICK_DAMAGE else pytest.param(h, marks=pytest.mark.slow) for h in DAMAGE])
def test_a_cache_damaged_anywhere_is_rebuilt_once_and_the_query_answers(mini: Mini, how: str) -> None:
    queries = [["quotes", "-f", "json", "--theme", "pay"], ["person", "Aye Mya", "-f", "json"],
               ["search", "bridge", "-f", "json"], ["check"]]
    facts = ["--facts", str(mini.facts)]
    expected = [run(*q, *facts, env={"DEFECTCLI_NO_CACHE": "1"}) for q in queries]
    for query, want in zip(queries, expected, strict=True):
        shutil.rmtree(mini.cache, ignore_errors=True)
        assert run(*query, *facts).code == 0  # a current cache...
        DAMAGE[how](cache_of(mini))  # ...damaged while nothing in the fact base changed
        for _ in range(2):  # answered, and answered again: not damaged on every run until deleted by hand
            got = run(*query, *facts)
            assert (got.code, got.out, got.err) == (want.code, want.out, want.err), (how, query)


def test_a_cache_that_keeps_failing_ends_in_memory_and_still_answers(
        mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.store.queries import lists as queries

    real = queries.quotes
    failures: list[bool] = []

    def flaky(ix: Any, *args: Any, **kw: Any) -> Any:
        if ix.cached:  # every cached index fails this query, a rebuilt one too
            failures.append(True)
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(ix, *args, **kw)

    monkeypatch.setattr(queries, "quotes", flaky)
    r = run("quotes", "-f", "json", "--facts", str(mini.facts))
    assert r.code == 0 and [q["id"] for q in json.loads(r.out)] == ["q-bridge", "q-wages"]
    assert len(failures) == 2  # the cache, then the rebuilt cache; then memory


# ---------------------------------------------------------------- Ctrl-C during a first build


@pytest.mark.parametrize("after", [0, 3])
def test_ctrl_c_during_a_first_build_is_one_line_exit_130_and_keeps_nothing_half_built(
        tmp_path: Path, mini: Mini, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    from defectcli.store.cache import build

    facts = tmp_path / "many"
    facts.mkdir()
    for f in range(6):
        (facts / f"part-{f}.yaml").write_text(f"themes:\n  - id: t{f}\n    description: theme {f}\n", encoding="utf-8")
    real, read = build.compile_file, list[Path]()

    def interrupted(path: Path) -> Any:  # Ctrl-C arrives while file number `after` is read
        if len(read) == after:
            raise KeyboardInterrupt
        read.append(path)
        return real(path)

    monkeypatch.setattr(build, "compile_file", interrupted)
    r = run("themes", "-f", "json", "--facts", str(facts))
    assert (r.code, r.out, r.err) == (130, "", "defectcli: interrupted\n")
    # The cache is as it was: nothing half-built is kept, and the next run builds it whole.
    for cache in (mini.cache / "defectcli").glob("*.sqlite"):
        conn = sqlite3.connect(cache)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "_files" not in tables or conn.execute("SELECT count(*) FROM _files").fetchone() == (0,)
    monkeypatch.setattr(build, "compile_file", real)
    assert [t["id"] for t in json.loads(run("themes", "-f", "json", "--facts", str(facts)).out)] == [
        f"t{f}" for f in range(6)]


def test_an_interrupted_build_takes_its_progress_bar_down(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.store.cache import build, index

    facts = tmp_path / "many"
    facts.mkdir()
    for f in range(4):
        (facts / f"part-{f}.yaml").write_text(f"themes:\n  - id: t{f}\n    description: theme {f}\n", encoding="utf-8")
    ticks: list[tuple[int, int]] = []
    real = build.compile_file
    monkeypatch.setattr(build, "compile_file", lambda path: real(path) if len(ticks) < 2 else (_ for _ in ()).throw(
        KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        index.open_index(facts, use_cache=False, progress=lambda total: lambda done, of: ticks.append((done, of)))
    assert ticks == [(1, 4), (2, 4), (4, 4)]  # the last tick, at the total, is what takes a bar down


# ---------------------------------------------------------------- export: edges, destinations, modes


def export(mini: Mini, *args: str) -> Result:
    return run("export", *args, "--facts", str(mini.facts))


def tree(path: Path) -> dict[str, bytes | None]:
    """Everything under `path` (a link is not followed), to show that nothing was touched."""
    out: dict[str, bytes | None] = {}
    for p in sorted([path, *path.rglob("*")]) if path.is_dir() and not path.is_symlink() else [path]:
        out[str(p)] = p.read_bytes() if p.is_file() and not p.is_symlink() else None
    return out


@pytest.mark.parametrize(("to", "make", "message"), [
    ("json", "directory", "PATH: '{p}' is a directory; a json export is one file, so give a file name"),
    ("sqlite", "directory", "PATH: '{p}' is a directory; a sqlite export is one file, so give a file name"),
    ("csv", "link to a directory", "PATH: '{p}' is a symbolic link (to '{t}'); give the path it points to, or "
                                   "remove the link"),
    ("json", "link to a file", "PATH: '{p}' is a symbolic link (to '{t}'); give the path it points to, or "
                               "remove the link"),
    ("csv", "directory", "PATH: '{p}' holds 'notes.txt', which no csv export writes; --force replaces only a "
                         "directory of .csv files"),
    ("csv", "file", "PATH: '{p}' is a file; a csv export is a directory of .csv files"),
    ("json", "fifo", "PATH: '{p}' is not a regular file or directory; not replaced"),
])
def test_export_with_force_refuses_what_force_does_not_name_and_removes_nothing(
        mini: Mini, tmp_path: Path, to: str, make: str, message: str) -> None:
    target, real = tmp_path / "target", tmp_path / "real"
    if make == "directory":
        target.mkdir()
        (target / "notes.txt").write_text("mine")
        (target / "people.csv").write_text("also mine")
    elif make == "link to a directory":
        real.mkdir()
        (real / "notes.txt").write_text("mine")
        target.symlink_to(real)
    elif make == "link to a file":
        real.write_text("mine")
        target.symlink_to(real)
    elif make == "file":
        target.write_text("mine")
    else:
        os.mkfifo(target)
    before = {**tree(target), **(tree(real) if real.exists() else {})}
    line = one_line(export(mini, "--to", to, str(target), "--force"), 2)
    assert line == message.format(p=target, t=real)
    assert {**tree(target), **(tree(real) if real.exists() else {})} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".defectcli")] == []


def test_export_with_force_replaces_a_previous_csv_export(mini: Mini, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    assert export(mini, "--to", "csv", str(out)).code == 0
    (out / "stale.csv").write_text("from an older export")
    assert export(mini, "--to", "csv", str(out), "--force").code == 0
    assert "stale.csv" not in {p.name for p in out.iterdir()} and (out / "people.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "mini", "tables"]


@pytest.mark.parametrize(("target", "message"), [
    ("/proc/defectcli-test.json", "PATH: cannot write '/proc/defectcli-test.json' (No such file or directory)"),
    ("/sys/defectcli-test.json", "PATH: cannot write '/sys/defectcli-test.json' (Permission denied)"),
    ("{tmp}/" + "x" * 300 + ".json", "PATH: cannot write '{tmp}/" + "x" * 300 + ".json' (File name too long)"),
    ("{tmp}/afile/x.json", "PATH: directory '{tmp}/afile' does not exist"),
    ("{tmp}/x.txt", "PATH: cannot tell the format from '{tmp}/x.txt'; add --to sqlite, --to json or --to csv "
                    "(or name a .db, .json or .csv file, or a directory)"),
])
def test_export_to_an_impossible_or_unwritable_place_is_one_line_and_exit_2(
        mini: Mini, tmp_path: Path, target: str, message: str) -> None:
    if target.startswith(("/proc", "/sys")) and not Path(target).parent.is_dir():
        pytest.skip("no /proc or /sys here")
    (tmp_path / "afile").write_text("a file, not a directory")
    assert one_line(export(mini, target.format(tmp=tmp_path)), 2) == message.format(tmp=tmp_path)


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_exported_files_and_directories_get_the_modes_the_umask_gives(mini: Mini, tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        for name in ("facts.db", "facts.json", "tables/"):
            assert export(mini, f"{tmp_path}/{name}").code == 0
    finally:
        os.umask(old)
    mode = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "facts.db", tmp_path / "facts.json",
                                                         tmp_path / "tables", tmp_path / "tables" / "people.csv")}
    assert mode == {"facts.db": 0o666 & ~mask, "facts.json": 0o666 & ~mask, "tables": 0o777 & ~mask,
                    "people.csv": 0o666 & ~mask}


def test_export_takes_its_format_from_path_and_dash_is_stdout(mini: Mini, tmp_path: Path) -> None:
    import csv
    import io

    for name in ("a.db", "d.sqlite", "b.json", "c/"):  # a sqlite export writes STEM.metadata.json beside it
        assert export(mini, f"{tmp_path}/{name}").code == 0
    assert sqlite3.connect(tmp_path / "a.db").execute("SELECT count(*) FROM quotes").fetchone() == (2,)
    assert (tmp_path / "c").is_dir() and (tmp_path / "c" / "quotes.csv").exists()
    stdout = export(mini, "-")
    assert stdout.code == 0 and stdout.err == ""
    assert json.loads(stdout.out) == json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    one = export(mini, "--table", "quotes", "-")
    assert [r["id"] for r in csv.DictReader(io.StringIO(one.out))] == ["q-bridge", "q-wages"]
    assert one_line(export(mini, "--to", "sqlite", "-"), 2) == "PATH: a sqlite export cannot go to stdout; give a " \
                                                               "file name"
    assert one_line(export(mini, "--to", "csv", "-"), 2) == "PATH: a csv export to stdout is one table; add " \
                                                            "--table NAME"
    assert one_line(export(mini, "--table", "quotez", "-"), 2).startswith(
        "--table: unknown value 'quotez'; did you mean 'quotes'? valid: actors, attributes, ")


@pytest.fixture
def full_disk(tmp_path: Path) -> Any:
    """A directory on a full disk: a 64 KiB tmpfs if this process may mount one; else a file size
    limit (RLIMIT_FSIZE) on the process, which fails writes past 64 KiB just as deterministically."""
    import resource

    where = tmp_path / "tiny"
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False

    def limit() -> None:
        if not mounted:
            resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 10, 64 << 10))
    yield where, limit, mounted
    if mounted:
        subprocess.run(["umount", str(where)], check=True)


def test_export_onto_a_full_disk_is_one_line_exit_74_and_leaves_nothing(mini: Mini, full_disk: Any) -> None:
    where, limit, mounted = full_disk
    lines = "".join(f"  - id: t{i}\n    description: theme number {i}, with some words to take up room\n"
                    for i in range(3000))
    (mini.facts / "more.yaml").write_text("themes:\n" + lines, encoding="utf-8")
    subprocess.run([*CLI, "themes", "--facts", str(mini.facts)], env=env_for(mini), capture_output=True, check=True)
    no_room = b"No space left on device" if mounted else b"File too large"
    why = {"sqlite": b"the disk is full" if mounted else b"disk I/O error", "json": no_room, "csv": no_room}
    (where / "kept.json").write_text("precious")
    for to, name in (("sqlite", "facts.db"), ("json", "facts.json"), ("csv", "tables"), ("json", "kept.json")):
        target = where / name
        proc = subprocess.run([*CLI, "export", "--to", to, str(target), "--force", "--facts", str(mini.facts)],
                              env=env_for(mini), capture_output=True, timeout=60, preexec_fn=limit)
        assert proc.returncode == 74, proc.stderr
        assert proc.stderr == b"defectcli: PATH: cannot write '" + str(target).encode() + b"' (" + why[to] + b")\n"
        assert sorted(p.name for p in where.iterdir()) == ["kept.json"]  # nothing partial left behind
    assert (where / "kept.json").read_text() == "precious"


# ---------------------------------------------------------------- messages that grow without bound


def test_an_ambiguous_name_lists_a_few_matches_then_how_many_more(mini: Mini) -> None:
    many = "".join(f"  - id: tun-{i:03d}\n    name: Maung Tun {i:03d}\n    name_status: as_published\n"
                   f"    roles: [mentioned]\n    evidence:\n      - {{source: h1, excerpt: \"Café owner Zoë Tun\"}}\n"
                   for i in range(300))
    (mini.facts / "many.yaml").write_text("people:\n" + many, encoding="utf-8")
    line = one_line(run("person", "Maung", "--facts", str(mini.facts)), 1)
    assert line == ("'Maung' matches more than one person: \"Maung Tun 000\", \"Maung Tun 001\", \"Maung Tun 002\", "
                    "\"Maung Tun 003\", \"Maung Tun 004\" and 295 more; give more of the name "
                    "(`defectcli people` lists everyone)")


# ---------------------------------------------------------------- escapes in data and in completion


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_line_and_paragraph_separators_are_made_visible_in_table_csv_and_tsv(mini: Mini, fmt: str) -> None:
    edit(mini.facts / "people.yaml", "    name: Unpaid guard\n", '    name: "Unpaid\\u2028guard\\u2029x"\n')
    out = run("people", "-f", fmt, "--facts", str(mini.facts), env={"COLUMNS": "200"}).out
    assert "\u2028" not in out and "\u2029" not in out
    assert "Unpaid\\u2028guard\\u2029x" in out


def test_completion_never_offers_a_name_that_would_steer_the_terminal(mini: Mini) -> None:
    from typer.testing import CliRunner

    from defectcli.cli import app

    edit(mini.facts / "people.yaml", "    name: Unpaid guard\n", '    name: "Aye\\e]0;owned\\aMya"\n')
    result = CliRunner().invoke(app, [], prog_name="defectcli", env={
        "_DEFECTCLI_COMPLETE": "complete_bash", "COMP_WORDS": "defectcli person Aye", "COMP_CWORD": "2",
        "DEFECTCLI_FACTS": str(mini.facts)})
    assert result.exit_code == 0 and "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert [line for line in result.stdout.splitlines() if line] == ["Aye\\ Mya"]  # escaped for bash (issue 18)


# ---------------------------------------------------------------- memory: no file is held whole as a tree


def test_a_large_file_is_compiled_without_holding_its_whole_tree(tmp_path: Path) -> None:
    import gc
    import tracemalloc

    from defectcli.factbase import loader, yamltree
    from defectcli.store.cache import build

    path = tmp_path / "big.yaml"
    path.write_text("themes:\n" + "".join(f"  - id: t{i}\n    description: theme number {i}, in a file that is "
                                          "large enough to matter\n" for i in range(20_000)), encoding="utf-8")
    gc.collect()
    tracemalloc.start()
    try:
        text = loader.read_text(path)
        base = tracemalloc.get_traced_memory()[0]
        tree = yamltree.parse(text)
        whole_tree = tracemalloc.get_traced_memory()[0] - base
        del tree, text
        gc.collect()
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        rows = build.compile_file(path)
        held = tracemalloc.get_traced_memory()[0] - start  # the rows it returns
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert len(rows[0]) == 20_000 and rows[1] == []
    # Holding the tree (and the models) besides the rows took tree + models + rows; now a record's
    # tree and model go as soon as its rows are made.
    assert peak < held + whole_tree / 2, (peak >> 20, held >> 20, whole_tree >> 20)
