"""Exports, read back: SQLite with FTS and foreign keys, one JSON document, CSV per table."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from .helpers import Mini, run


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


def test_export_never_overwrites_without_force(mini: Mini, tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("precious")
    r = run("export", "--to", "json", str(target), "--facts", str(mini.facts))
    assert (r.code, target.read_text()) == (2, "precious")
    assert r.err == f"defectcli: PATH: '{target}' exists; add --force to replace it\n"
    assert run("export", "--to", "json", str(target), "--force", "--facts", str(mini.facts)).code == 0
    doc = json.loads(target.read_text())
    assert [q["id"] for q in doc["quotes"]] == ["q-bridge", "q-wages"] and doc["figures"][0]["value"] == 1204


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
