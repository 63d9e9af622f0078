"""The SQLite export as a site: its tables and metadata, served by Datasette itself, and `defectcli serve`.

Uses a fact base of its own (tests/data/site): two short texts, an organisation that is quoted,
gives a reason and states a figure, a group, a writer, and a source with no title.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .helpers import run

SITE = Path(__file__).parent / "data" / "site"


@pytest.fixture
def site_facts(tmp_path: Path) -> Path:
    shutil.copytree(SITE, tmp_path / "site")
    return tmp_path / "site" / "facts"


@pytest.fixture
def exported(site_facts: Path, tmp_path: Path) -> Path:
    db = tmp_path / "out" / "facts.db"
    db.parent.mkdir()
    r = run("export", "--to", "sqlite", str(db), "--facts", str(site_facts))
    assert (r.code, r.err) == (0, f"defectcli: wrote {db}\n")
    return db


def metadata(db: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((db.parent / "facts.metadata.json").read_text(encoding="utf-8"))
    return found


def test_the_site_base_holds_against_its_texts(site_facts: Path) -> None:
    r = run("check", "--facts", str(site_facts), "--sources", str(site_facts.parent / "sources"))
    assert r.code == 0, r.out


# ---------------------------------------------------------------- the database, read with plain sqlite3


def test_references_are_foreign_keys_that_hold_and_speakers_may_be_organisations(exported: Path) -> None:
    conn = sqlite3.connect(exported)
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    links = {(t, r[3]): r[2] for t in ("quotes", "figures", "motivation_givers", "people", "organisations")
             for r in conn.execute(f"PRAGMA foreign_key_list([{t}])")}
    assert links[("quotes", "speaker")] == links[("figures", "stated_by")] == links[("motivation_givers", "who")] \
        == links[("people", "id")] == links[("organisations", "id")] == "actors"
    assert conn.execute("SELECT a.name, a.type, a.organisation FROM quotes q JOIN actors a ON a.id = q.speaker "
                        "WHERE q.id = 'q-feared'").fetchone() == ("Dock Union", "organisation", "dock-union")
    assert conn.execute("SELECT type FROM actors WHERE id = 'pilots'").fetchone() == ("group",)


def test_tables_are_shaped_for_people_not_for_the_cache(exported: Path) -> None:
    conn = sqlite3.connect(exported)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {c[1] for t in tables for c in conn.execute(f"PRAGMA table_info([{t}])")}
    assert not {"json", "file", "file_line"} & columns
    assert not [i for (i,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'") if "file" in i]
    assert conn.execute("SELECT is_group, roles FROM people WHERE id = 'pilots'").fetchone() == (1, '["defector"]')
    assert json.loads(conn.execute("SELECT themes FROM quotes WHERE id = 'q-feared'").fetchone()[0]) == [
        "safety", "family"]
    assert conn.execute("SELECT id, label FROM sources ORDER BY id").fetchall() == [
        ("f1", "f1 — Hla Hla, 5 May 2022 or later (inferred from the text)"), ("f2", "f2 — “Harbour notes”, 2023")]
    conn.row_factory = sqlite3.Row
    assert dict(conn.execute("SELECT * FROM figures").fetchone()) == {
        "id": "workers-left", "label": "40 — port workers who left", "topic": "departures", "stated_by": "dock-union",
        "source": "f1", "excerpt": "The Dock Union said 40 workers left – 30 pilots and 10 guards", "value": 40,
        "value_max": None, "comparator": "exact", "unit": "people", "wording": "40", "counts": "port workers who left",
        "as_of": None, "as_of_precision": None, "as_of_basis": None, "as_of_note": None, "rank": "normal",
        "rank_reason": None, "derivation": None, "note": None}
    assert dict(conn.execute("SELECT * FROM quotes WHERE id = 'q-no-regret'").fetchone()) == {
        "id": "q-no-regret", "text": "I do not regret leaving the port, … It was not safe.", "speaker": "min-thu",
        "themes": '["leaving", "safety"]', "source": "f1", "line": 2, "kind": "full", "attribution": "explicit",
        "note": None, "parts": '["I do not regret leaving the port,", "It was not safe."]'}
    assert dict(conn.execute("SELECT * FROM people WHERE id = 'min-thu'").fetchone()) == {
        "id": "min-thu", "name": "Min Thu", "name_status": "pseudonym", "is_group": 0,
        "roles": '["defector", "interviewee"]', "aliases": None, "titles": None, "described_as": None, "note": None,
        "sources": '["f1", "f2"]'}  # an empty list is empty, not []


def test_each_searched_table_has_its_own_full_text_index_and_search_has_everything(exported: Path) -> None:
    conn = sqlite3.connect(exported)
    for table in ("quotes", "people", "figures", "motivations", "events", "conflicts", "search_words"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone()[0]
        assert "USING FTS5" in sql and (f'content="{table}"' in sql or f"content=[{table}]" in sql), sql
        assert "porter unicode61 remove_diacritics 2" in sql, sql  # stems, as the CLI's search does
    hits = conn.execute("SELECT id FROM quotes WHERE rowid IN "
                        "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'regrets')").fetchall()
    assert hits == [("q-no-regret",)]
    # `search` has a full-text table of its own, laid out as the cache's: the CLI's search runs on it.
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
    assert "fts5(kind, record_id UNINDEXED, title, body, refs, tokenize = 'porter unicode61 remove_diacritics 2')" in sql
    found = conn.execute("SELECT s.kind, s.record_id FROM search s WHERE s.rowid IN "
                         "(SELECT rowid FROM search_fts WHERE search_fts MATCH 'market') ORDER BY kind").fetchall()
    assert found == [("person", "min-thu")]  # from one of her attributes
    described = metadata(exported)["databases"]["facts"]["tables"]["search"]
    assert (described["fts_table"], described["fts_pk"]) == ("search_fts", "rowid")


def test_views_answer_the_common_questions(exported: Path) -> None:
    conn = sqlite3.connect(exported)
    assert conn.execute("SELECT speaker, source FROM quotes_with_speakers WHERE quote = 'q-feared'").fetchone() == (
        "Dock Union", "f1 — Hla Hla, 5 May 2022 or later (inferred from the text)")
    assert conn.execute("SELECT stated_by, source FROM figures_with_sources").fetchall() == [
        ("Dock Union", "f1 — Hla Hla, 5 May 2022 or later (inferred from the text)")]
    assert conn.execute("SELECT given_by FROM motivations_with_givers WHERE motivation = 'defect-safety'").fetchall() \
        == [("Min Thu",), ("Dock Union",)]


def test_metadata_describes_every_table_and_column_the_database_has(exported: Path) -> None:
    meta = metadata(exported)
    assert meta["title"] and meta["license"] == "MIT"
    assert meta["source"] == "2 articles: f1 — Hla Hla, 5 May 2022 or later (inferred from the text); f2 — “Harbour notes”, 2023"
    described = meta["databases"]["facts"]["tables"]
    conn = sqlite3.connect(exported)
    shown = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                        "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'")]
    assert sorted(described) == sorted(shown)
    for name in shown:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info([{name}])")]
        assert sorted(described[name]["columns"]) == sorted(columns), name
        assert all(described[name]["columns"].values()), name
        assert described[name].get("label_column", columns[0]) in columns, name
        for facet in described[name].get("facets", []):
            assert (facet["array"] if isinstance(facet, dict) else facet) in columns, (name, facet)
        assert described[name].get("sort", columns[0]) in columns, name


def test_a_long_archive_of_sources_is_summed_up_on_every_page_not_listed() -> None:
    from defectcli.site import metadata as site_metadata

    meta = site_metadata.metadata("facts", [f"a{i} — article, undated" for i in range(1, 7)])
    assert meta["source"] == ("6 articles: a1 — article, undated; a2 — article, undated; a3 — article, undated; "
                              "a4 — article, undated; and 2 more (see sources)")


def test_export_refuses_to_overwrite_the_metadata_without_force(exported: Path) -> None:
    exported.unlink()
    meta = exported.parent / "facts.metadata.json"
    r = run("export", "--to", "sqlite", str(exported), "--facts", str(SITE / "facts"))
    assert (r.code, exported.exists()) == (2, False)
    assert r.err == f"defectcli: PATH: '{meta}' (the metadata written beside it) exists; add --force to replace it\n"
    assert run("export", "--to", "sqlite", str(exported), "--force", "--facts", str(SITE / "facts")).code == 0


# ---------------------------------------------------------------- Datasette itself, in process


@pytest.fixture
def datasette(exported: Path) -> Any:
    from defectcli.site import serve as web  # imports Datasette: missing, the test fails, never skips

    return web.app(exported, metadata(exported))


def get(ds: Any, path: str) -> Any:
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.status_code)
    return response


def pages(ds: Any) -> list[str]:
    """Every table and view page, and every row page of every table with an id."""
    listing = get(ds, "/facts.json").json()
    tables = [t["name"] for t in listing["tables"] if not t["hidden"]]
    out = ["/", "/facts", *(f"/facts/{t}" for t in tables), *(f"/facts/{v['name']}" for v in listing["views"])]
    for table in tables:
        body = get(ds, f"/facts/{table}.json?_shape=objects&_size=max").json()
        if body["primary_keys"] == ["id"]:
            out += [f"/facts/{table}/{row['id']}" for row in body["rows"]]
    return out


def test_every_table_view_and_row_page_answers_and_none_shows_none_as_a_label(datasette: Any) -> None:
    seen = pages(datasette)
    assert {"/facts/quotes", "/facts/actors", "/facts/quotes_with_speakers", "/facts/people/min-thu"} <= set(seen)
    for path in seen:
        html = get(datasette, path).text
        assert not re.search(r">\s*None\s*<", html), path


def test_a_quote_page_links_its_speaker_by_name(datasette: Any) -> None:
    html = get(datasette, "/facts/quotes/q-feared").text
    assert '<a href="/facts/actors/dock-union">Dock Union</a>' in html
    assert '<a href="/facts/sources/f1">f1 — Hla Hla, 5 May 2022 or later (inferred from the text)</a>' in html
    listing = get(datasette, "/facts/quotes").text
    assert '<a href="/facts/actors/min-thu">Min Thu</a>' in listing


def test_table_search_finds_the_quote(datasette: Any) -> None:
    body = get(datasette, "/facts/quotes.json?_search=regrets&_shape=objects").json()
    assert [r["id"] for r in body["rows"]] == ["q-no-regret"]
    assert 'name="_search"' in get(datasette, "/facts/quotes").text  # the page has a search box
    found = {t["name"]: t["fts_table"] for t in get(datasette, "/facts.json").json()["tables"]}
    for table in ("quotes", "people", "figures", "motivations", "events", "conflicts"):
        assert found[table] == f"{table}_fts"
    # search's own full-text table is named in the metadata: its page searches too
    assert 'name="_search"' in get(datasette, "/facts/search").text
    body = get(datasette, "/facts/search.json?_search=regretted&_shape=objects").json()
    assert [(r["kind"], r["record_id"]) for r in body["rows"]] == [("quote", "q-no-regret")]


def test_themes_facet_as_an_array_with_counts(datasette: Any) -> None:
    body = get(datasette, "/facts/quotes.json?_facet_array=themes").json()
    counts = {r["value"]: r["count"] for r in body["facet_results"]["themes"]["results"]}
    assert counts == {"safety": 3, "leaving": 1, "family": 1, "pay": 1}
    by_speaker = {r["label"]: r["count"] for r in body["facet_results"]["speaker"]["results"]}  # a default facet
    assert by_speaker == {"Min Thu": 2, "Dock Union": 1, "Another pilot": 1}


def test_metadata_is_served(datasette: Any) -> None:
    meta = get(datasette, "/-/metadata.json").json()
    assert meta["title"] == "Defections from Myanmar's military since the 2021 coup"
    assert meta["databases"]["facts"]["tables"]["quotes"]["label_column"] == "text"


# ---------------------------------------------------------------- defectcli serve


def test_serve_without_datasette_says_how_to_install_it(site_facts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # makes `import datasette` fail
    r = run("serve", "--facts", str(site_facts))
    assert r.code == 2
    assert r.err == ("defectcli: serve needs Datasette, which is not installed; install it with: "
                     "pip install 'defectcli[web]'\n")


def test_serve_refuses_a_port_in_use(site_facts: Path) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = run("serve", "--port", str(port), "--facts", str(site_facts))
    assert r.code == 2
    assert r.err.startswith(f"defectcli: --port: cannot listen on 127.0.0.1:{port}: ")


@pytest.mark.parametrize("args", [["person", "Min Thu"], ["export", "--to", "sqlite", "OUT"]])
def test_no_other_command_imports_datasette(site_facts: Path, tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / "x.db") if a == "OUT" else a for a in args]
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules} & {'datasette', 'uvicorn'}),"
             " file=sys.stderr))\n"
             "from defectcli.cli import main\n"
             f"main({[*args, '--facts', str(site_facts)]!r})\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "[]"


def test_a_source_label_takes_its_date_from_the_publication_record() -> None:
    from defectcli.site.database import source_label

    row = {"id": "s9", "title": None, "kind": "article", "authors": ["p1"],
           "date": {"value": "2024/..", "basis": "inferred"}, "record": {"outlet": "The Paper", "published": "2024-07-05"}}
    assert source_label(row, {"p1": "Ann Lee"}) == "s9 — Ann Lee, The Paper, 5 July 2024"
    assert source_label({**row, "record": None}, {"p1": "Ann Lee"}) == "s9 — Ann Lee, 2024 or later (inferred from the text)"
    assert source_label({**row, "record": None, "date": {"value": None, "basis": "inferred"}}, {}) == "s9 — p1, undated"
