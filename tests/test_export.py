"""Exports, read back: SQLite with FTS and foreign keys, one JSON document, CSV per table."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import CLI, Mini, Result, env_for, one_line, run, tree


def export(mini: Mini, *args: str) -> Result:
    return run("export", *args, "--facts", str(mini.facts))


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
    ("{tmp}/afile/x.json", "PATH: '{tmp}/afile' is not a directory"),
    ("{tmp}/nodir/x.json", "PATH: directory '{tmp}/nodir' does not exist"),
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


def test_a_full_tmpdir_is_one_line_naming_tmpdir_and_exit_74(mini: Mini, full_disk: Any, tmp_path: Path) -> None:
    # export --to csv and serve build a working database in TMPDIR; the export's own PATH has room.
    where, limit, mounted = full_disk
    lines = "".join(f"  - id: t{i}\n    description: theme number {i}, with some words to take up room\n"
                    for i in range(3000))
    (mini.facts / "more.yaml").write_text("themes:\n" + lines, encoding="utf-8")
    subprocess.run([*CLI, "themes", "--facts", str(mini.facts)], env=env_for(mini), capture_output=True, check=True)
    line = f"defectcli: TMPDIR: cannot write the working database in '{where}' " \
           f"({'the disk is full' if mounted else 'disk I/O error'})\n"
    for args in (["export", "--to", "csv", "-", "--table", "themes"], ["export", "--to", "csv", str(tmp_path / "out")],
                 ["serve", "--port", "0"]):
        proc = subprocess.run([*CLI, *args, "--facts", str(mini.facts)], env=env_for(mini, TMPDIR=str(where)),
                              capture_output=True, text=True, timeout=60, preexec_fn=limit)
        assert (proc.returncode, proc.stdout, proc.stderr) == (74, "", line), args
        assert list(where.iterdir()) == [] and not (tmp_path / "out").exists()


def test_sqlite_export_reads_back_with_fts_and_foreign_keys(mini: Mini, tmp_path: Path) -> None:
    db = tmp_path / "facts.db"
    r = run("export", "--to", "sqlite", str(db), "--facts", str(mini.facts))
    assert (r.code, r.err) == (0, f"defectcli: wrote {db}\n")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text FROM quotes WHERE id = 'q-wages'").fetchone() == ("We don't get wages,",)
    assert conn.execute("SELECT record_id FROM search WHERE kind = 'quote' AND rowid IN "
                        "(SELECT rowid FROM search_fts WHERE search_fts MATCH 'wages')").fetchall() == [("q-wages",)]
    assert ("sources", "source", "id") in [r[2:5] for r in conn.execute("PRAGMA foreign_key_list(quotes)")]
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '\\_%' ESCAPE '\\'").fetchall()
    assert json.loads((tmp_path / "facts.metadata.json").read_text())["databases"]["facts"]["tables"]["quotes"]


@pytest.mark.parametrize(("to", "make", "message"), [
    ("json", lambda p: p.mkdir(), "'{p}' is a directory; a json export is one file, so give a file name"),
    ("sqlite", lambda p: p.mkdir(), "'{p}' is a directory; a sqlite export is one file, so give a file name"),
    ("csv", lambda p: p.write_text("x"), "'{p}' is a file; a csv export is a directory of .csv files"),
    ("sqlite", lambda p: p.with_name("there.metadata.json").mkdir(),
     "'{p}.metadata.json' (where the metadata is written beside it) is not a regular file; not replaced"),
    ("csv", lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")),
     "'{p}' holds 'notes.txt', which no csv export writes; --force replaces only a directory of .csv files"),
])
def test_a_path_force_cannot_replace_is_refused_without_a_hint_to_add_force(
        mini: Mini, tmp_path: Path, to: str, make: Callable[[Path], object], message: str) -> None:
    target = tmp_path / "there"
    make(target)
    before = sorted(p.name for p in tmp_path.iterdir() if p.name != "cache")
    for force in ([], ["--force"]):
        assert one_line(export(mini, "--to", to, str(target), *force), 2) == f"PATH: {message.format(p=target)}"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == before  # nothing written beside it


def test_export_never_overwrites_without_force(mini: Mini, tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("precious")
    r = run("export", "--to", "json", str(target), "--facts", str(mini.facts))
    assert (r.code, target.read_text()) == (2, "precious")
    assert r.err == f"defectcli: PATH: '{target}' exists; add --force to replace it\n"
    assert run("export", "--to", "json", str(target), "--force", "--facts", str(mini.facts)).code == 0
    doc = json.loads(target.read_text())
    assert [q["id"] for q in doc["quotes"]] == ["q-bridge", "q-wages"] and doc["figures"][0]["value"] == 1204


def arriving(monkeypatch: pytest.MonkeyPatch, name: str, arrive: Callable[[], object]) -> None:
    """`arrive()` runs while the export is being written (after PATH was checked): another program
    saving a file there, or a user making the directory."""
    from defectcli.site import export as site_export

    real = getattr(site_export, name)

    def writing(*args: Any) -> Any:
        arrive()
        return real(*args)
    monkeypatch.setattr(site_export, name, writing)


@pytest.mark.parametrize(("to", "name", "written"), [
    ("json", "out.json", "json_text"), ("sqlite", "out.db", "write_sqlite"), ("csv", "out", "write_csv_dir")])
def test_what_appears_at_path_during_an_export_is_never_replaced_without_force(
        mini: Mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, to: str, name: str, written: str) -> None:
    target = tmp_path / name

    def arrive() -> None:
        if to == "csv":
            target.mkdir()
            (target / "thesis.txt").write_text("mine")
        else:
            target.write_text("mine")
    arriving(monkeypatch, written, arrive)
    assert one_line(export(mini, "--to", to, str(target)), 2) == f"PATH: '{target}' exists; nothing was replaced"
    assert (target / "thesis.txt" if to == "csv" else target).read_text() == "mine"
    assert to != "csv" or [p.name for p in target.iterdir()] == ["thesis.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "mini", name]  # nothing else written or left


def test_metadata_that_appears_during_a_sqlite_export_is_kept_and_the_database_not_left_without_it(
        mini: Mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, meta = tmp_path / "out.db", tmp_path / "out.metadata.json"
    arriving(monkeypatch, "write_sqlite", lambda: meta.write_text("mine"))
    assert one_line(export(mini, "--to", "sqlite", str(target)), 2) == f"PATH: '{meta}' exists; nothing was replaced"
    assert meta.read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "mini", "out.metadata.json"]


@pytest.mark.parametrize("swap", ["in one step", "in two renames"])
def test_a_file_added_to_a_csv_export_while_force_replaces_it_keeps_the_directory(
        mini: Mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swap: str) -> None:
    from defectcli import directories

    out = tmp_path / "tables"
    assert export(mini, "--to", "csv", str(out)).code == 0
    if swap == "in two renames":  # a system without renameat2's exchange
        monkeypatch.setattr(directories, "exchange", lambda a, b: False)
    arriving(monkeypatch, "write_csv_dir", lambda: (out / "thesis.txt").write_text("mine"))
    before = {**tree(out), str(out / "thesis.txt"): b"mine"}
    assert one_line(export(mini, "--to", "csv", str(out), "--force"), 2) == (
        f"PATH: '{out}' holds 'thesis.txt', which no csv export writes; --force replaces only a directory of .csv files")
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "mini", "tables"]


def test_csv_export_one_file_per_table_with_formulas_neutralised(mini: Mini, tmp_path: Path) -> None:
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text().replace("name: Unpaid guard", 'name: "=HYPERLINK(1)"'))
    out = tmp_path / "csv"
    assert run("export", "--to", "csv", str(out), "--facts", str(mini.facts)).code == 0
    assert {"people.csv", "quotes.csv", "figures.csv", "attributes.csv"} <= {p.name for p in out.iterdir()}
    rows = list(csv.DictReader((out / "people.csv").open(encoding="utf-8")))
    assert "'=HYPERLINK(1)" in [r["name"] for r in rows]
    figures = list(csv.DictReader((out / "figures.csv").open(encoding="utf-8")))
    assert figures[0]["value"] == "1204"


def test_csv_export_escapes_control_characters_as_people_f_csv_does(mini: Mini, tmp_path: Path) -> None:
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text().replace("name: Unpaid guard", 'name: "\\e[31mred\\a\\x7f\\x9b \\u202e"'))
    shown = "\\x1b[31mred\\x07\\x7f\\x9b \\u202e"
    listed = export(mini, "--to", "csv", "--table", "people", "-")
    assert listed.code == 0 and shown in listed.out
    out = tmp_path / "csv"
    assert export(mini, "--to", "csv", str(out)).code == 0
    written = (out / "people.csv").read_text(encoding="utf-8")
    assert shown in written
    for text in (listed.out, written, run("people", "-f", "csv", "--facts", str(mini.facts)).out):
        assert not any(c in text for c in "\x1b\x07\x7f\x9b\u202e"), text


def test_exports_carry_no_local_paths_and_none_of_the_caches_own_columns(mini: Mini, tmp_path: Path) -> None:
    db, out = tmp_path / "facts.db", tmp_path / "csv"
    assert run("export", "--to", "sqlite", str(db), "--facts", str(mini.facts)).code == 0
    assert run("export", "--to", "csv", str(out), "--facts", str(mini.facts)).code == 0
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {c[1] for t in tables for c in conn.execute(f"PRAGMA table_info([{t}])")}
    headers = {h for p in out.iterdir() for h in next(csv.reader(p.open(encoding="utf-8")))}
    assert not {"json", "file", "file_line"} & (columns | headers)
    assert {p.stem for p in out.iterdir()} <= set(tables)
    everything = "".join(p.read_text(encoding="utf-8") for p in out.iterdir()) + db.read_bytes().decode("latin-1")
    assert str(tmp_path) not in everything


@pytest.mark.parametrize(("to", "name"), [("json", "all.yaml"), ("csv", "tables.yml"), ("sqlite", "facts.YAML")])
@pytest.mark.parametrize("into", ["the fact base exported", "another fact base"])
def test_an_export_named_as_a_fact_file_is_refused_in_any_fact_base(mini: Mini, tmp_path: Path, to: str, name: str,
                                                                      into: str) -> None:
    other = tmp_path / "other"
    shutil.copytree(mini.facts, other)
    where = mini.facts if into == "the fact base exported" else other
    before = sorted(p.name for p in where.iterdir())
    r = export(mini, "--to", to, str(where / name))
    assert one_line(r, 2) == (f"PATH: '{where / name}' is a fact file's name: a fact base in its directory would read "
                              "it as one; give a name ending in .json, .db or .csv, or a directory name")
    assert sorted(p.name for p in where.iterdir()) == before
    assert run("people", "--facts", str(where)).code == 0
