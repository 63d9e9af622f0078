"""The cache: fresh by stat() alone, re-reading only what changed, rebuilt when damaged, never half-built."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from defectcli.factbase import loader
from defectcli.store.cache import index, lock, place
from defectcli.store.queries import lists as queries
from defectcli.store.queries import person as person_q
from defectcli.store.search import engine as search_q

from .helpers import Cli, Mini, run, spawn


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


def not_utf8_in_the_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())  # a byte of a table's CREATE statement in sqlite_master, as a bad sector
    at = data.index(b"CREATE TABLE quotes")
    data[at + 9] = 0xF0
    path.write_bytes(bytes(data))


def json_that_does_not_parse(path: Path) -> None:
    conn = sqlite3.connect(path)  # a record's stored JSON with a control character at its start
    conn.execute("UPDATE quotes SET json = char(22) || json")
    conn.execute("UPDATE people SET json = NULL")  # and one damaged into NULL
    conn.commit()
    conn.close()


def a_letter_changed_in_stored_text(path: Path) -> None:
    data = bytearray(path.read_bytes())  # one letter of a quote's text and of a name, as random damage does it
    for stored in (b'"text":"', b'"name":"'):
        at = data.index(stored) + len(stored)
        data[at] = ord("~")
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)  # and the text the full-text index holds, which snippets show (its words intact)
    conn.execute("UPDATE search_content SET c3 = replace(c3, 'bridge', 'br~dge')")
    conn.commit()
    conn.close()


def an_id_changed_in_an_index(path: Path) -> None:
    conn = sqlite3.connect(path)  # the people's id index: a lookup by id then finds no one
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_people_1'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    at = data.index(b"unpaid-guard", (root - 1) * page_size, root * page_size)
    data[at] = ord("~")
    path.write_bytes(bytes(data))


def a_column_changed_beside_the_json(path: Path) -> None:
    conn = sqlite3.connect(path)  # the columns queries look up by, not the record's text: another's quote is hers
    conn.execute("UPDATE quotes SET speaker = 'aye-mya' WHERE id = 'q-wages'")
    conn.commit()
    conn.close()


def a_key_changed_in_a_theme_index(path: Path) -> None:
    conn = sqlite3.connect(path)  # quotes by theme are found through this index: one entry now names no theme
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quote_themes_theme'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    at = data.index(b"pay", (root - 1) * page_size, root * page_size)
    data[at + 2] = ord("z")
    path.write_bytes(bytes(data))


DAMAGE = {
    "a key changed in a theme index": a_key_changed_in_a_theme_index,
    "a column changed beside the JSON": a_column_changed_beside_the_json,
    "an id changed in an index": an_id_changed_in_an_index,
    "a letter changed in stored text": a_letter_changed_in_stored_text,
    "text not UTF-8 in the schema": not_utf8_in_the_schema, "stored JSON that does not parse": json_that_does_not_parse,
    "page of quotes": damage_page_of("quotes"), "page of person_names": damage_page_of("person_names"),
    "page of _problems": damage_page_of("_problems"), "page of an index": damage_page_of("quotes_speaker"),
    "dropped quotes": drop("quotes"), "dropped quote_themes": drop("quote_themes"),
    "dropped person_names": drop("person_names"), "dropped _problems": drop("_problems"),
    "dropped search": drop("search"), "dropped _meta": drop("_meta"),
}


QUICK_DAMAGE = ("page of quotes", "dropped quote_themes", "dropped _problems", "text not UTF-8 in the schema",
                "stored JSON that does not parse", "a letter changed in stored text",
                "an id changed in an index", "a column changed beside the JSON",
                "a key changed in a theme index")  # the rest: -m slow


CLI = [sys.executable, "-m", "defectcli"]


# A file that answers its own references: a person and the event and figure that name them.
_SELF_CONTAINED = """\
people:
  - id: walker
    name: Thet Walker
    name_status: pseudonym
    roles: [defector]
    evidence:
      - {source: h1, excerpt: "said Aye Mya, a former clerk."}
events:
  - id: walk
    name: The long walk
    kind: trend
    date: {value: "2020-03-03", precision: day, basis: stated}
    people: [walker, aye-mya]
    evidence:
      - {source: h1, excerpt: "After the flood of March 3, 2020"}
"""


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
    # Nothing on stderr, but the note a wait of over a second gets on a busy machine (another one's build).
    waiting = f"defectcli: waiting for another process that holds the cache ({cache_of(mini)}), at most 60 s\n"
    assert all(e.decode() in ("", waiting) for _, e in results)
    (cache,) = (mini.cache / "defectcli").glob("*.sqlite")
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert index.open_index(mini.facts).cached


def test_a_build_draws_its_progress_bar_only_once_it_has_taken_a_while(monkeypatch: pytest.MonkeyPatch) -> None:

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


def test_second_open_reads_no_fact_file(mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    index.open_index(mini.facts)
    calls: list[Path] = []

    def read_text(path: Path) -> str:  # the one place a fact file is read
        calls.append(path)
        return ""
    monkeypatch.setattr(loader, "read_text", read_text)
    ix = index.open_index(mini.facts)
    assert calls == [] and ix.cached
    assert [q["id"] for q in queries.quotes(ix)] == ["q-bridge", "q-wages"]


def test_only_the_changed_file_is_re_read(mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    index.open_index(mini.facts)
    path = mini.facts / "people.yaml"
    path.write_text(path.read_text().replace("name: Aye Mya", "name: Aye Mya Thin"))
    real = loader.read_text
    calls: list[str] = []

    def read_text(path: Path) -> str:
        calls.append(path.name)
        return real(path)
    monkeypatch.setattr(loader, "read_text", read_text)
    ix = index.open_index(mini.facts)
    assert calls == ["people.yaml"]
    assert person_q.person(ix, "Aye Mya Thin")["id"] == "aye-mya"


def test_an_edit_of_the_same_size_with_the_same_mtime_is_seen(mini: Mini) -> None:
    index.open_index(mini.facts)
    path = mini.facts / "people.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("name: Aye Mya", "name: Aye Myo"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    assert person_q.person(index.open_index(mini.facts), "Aye Myo")["id"] == "aye-mya"


def test_cached_answers_equal_a_cold_in_memory_build(mini: Mini) -> None:
    path = mini.facts / "facts.yaml"
    index.open_index(mini.facts)
    path.write_text(path.read_text().replace("themes: [pay]", "themes: [pay, safety]"))
    warm = index.open_index(mini.facts)
    cold = index.open_index(mini.facts, use_cache=False)
    for ask in (queries.quotes, queries.stats, queries.people, queries.motivations, queries.timeline,
                queries.themes, queries.conflicts):
        assert ask(warm) == ask(cold), ask.__name__
    assert [q["id"] for q in queries.quotes(warm, themes=["safety"])] == ["q-bridge", "q-wages"]


def test_removing_an_id_flags_references_in_unchanged_files(mini: Mini) -> None:
    assert index.open_index(mini.facts).problems() == []
    people = mini.facts / "people.yaml"
    original = people.read_text()
    people.write_text(original.replace("id: aye-mya", "id: aye-mya-2"))
    found = [p.message for p in index.open_index(mini.facts).problems()]
    assert "speaker 'aye-mya' is not a known person or organisation id (did you mean 'aye-mya-2'?)" in found
    people.write_text(original)
    assert index.open_index(mini.facts).problems() == []


def test_an_event_after_itself_is_found_and_dropped_as_one_file_at_a_time_is_edited(mini: Mini) -> None:
    # the rule is not asked again when no `after` of the files re-read changed and none was after itself: an edit
    # elsewhere must neither hide a cycle nor leave one behind, and a cycle's line follows its file
    path, people = mini.facts / "facts.yaml", mini.facts / "people.yaml"
    original, dated = path.read_text(), '    date: {value: "2020-03-03", precision: day, basis: stated}\n'

    def after_itself() -> list[tuple[int, str]]:
        return [(p.line, p.message) for p in index.open_index(mini.facts).problems() if "after itself" in p.message]

    message = "event 'flood' comes after itself: its 'after' leads back to it"
    assert after_itself() == []
    people.write_text(people.read_text().replace("name: Aye Mya", "name: Aye Mya Two"))
    assert after_itself() == []
    path.write_text(original.replace(dated, dated + "    after: [flood]\n"))
    assert after_itself() == [(49, message)]
    people.write_text(people.read_text().replace("name: Aye Mya Two", "name: Aye Mya"))
    assert after_itself() == [(49, message)]
    path.write_text("# moved down a line\n" + original.replace(dated, dated + "    after: [flood]\n"))
    assert after_itself() == [(50, message)]
    path.write_text(original)
    assert after_itself() == []


def test_a_deleted_file_is_dropped(mini: Mini) -> None:
    index.open_index(mini.facts)
    (mini.facts / "facts.yaml").unlink()
    assert queries.quotes(index.open_index(mini.facts)) == []


def test_a_garbage_cache_is_rebuilt_not_trusted(mini: Mini) -> None:
    path = place.cache_path(mini.facts)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    ix = index.open_index(mini.facts)
    assert ix.cached and len(queries.quotes(ix)) == 2


def test_a_truncated_cache_is_rebuilt(mini: Mini) -> None:
    index.open_index(mini.facts)
    path = place.cache_path(mini.facts)
    path.write_bytes(path.read_bytes()[:3000])
    assert len(queries.quotes(index.open_index(mini.facts))) == 2


def test_an_unwritable_cache_falls_back_to_memory(mini: Mini, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    ix = index.open_index(mini.facts)
    assert not ix.cached and len(queries.quotes(ix)) == 2


def held(path: Path) -> sqlite3.Connection:
    """Another process's hold on the cache, as a first build holds it: an exclusive lock."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_a_cache_another_process_is_writing_is_waited_for_and_the_wait_is_named(
        mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    want = run("quotes", "-f", "json", "--facts", str(mini.facts))
    path, holder = cache_of(mini), held(cache_of(mini))
    monkeypatch.setattr(lock, "SAY_AFTER", 0.2)
    monkeypatch.setattr(lock, "WAIT", 30.0)
    threading.Timer(1.0, holder.execute, ["COMMIT"]).start()  # the other process is done after a second
    got = run("quotes", "-f", "json", "--facts", str(mini.facts))
    holder.close()
    assert (got.code, got.out) == (0, want.out)
    assert got.err == f"defectcli: waiting for another process that holds the cache ({path}), at most 30 s\n"


def test_a_cache_held_past_the_wait_is_left_to_its_holder_and_the_answer_comes_from_memory(
        mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    want = run("quotes", "-f", "json", "--facts", str(mini.facts))
    path = cache_of(mini)
    made, holder = (path.stat().st_ino, path.stat().st_ctime_ns), held(path)
    monkeypatch.setattr(lock, "SAY_AFTER", 0.2)
    monkeypatch.setattr(lock, "WAIT", 1.0)
    got = run("quotes", "-f", "json", "--facts", str(mini.facts))
    assert (got.code, got.out) == (0, want.out)
    assert got.err.splitlines() == [
        f"defectcli: waiting for another process that holds the cache ({path}), at most 1 s",
        f"defectcli: another process held the cache for 1 s ({path}); answered without it"]
    holder.execute("COMMIT")  # the holder's cache is still its own: not deleted, not rebuilt under it
    assert (path.stat().st_ino, path.stat().st_ctime_ns) == made
    assert holder.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    holder.close()
    again = run("quotes", "-f", "json", "--facts", str(mini.facts))
    assert (again.code, again.out, again.err) == (0, want.out, "")


def test_a_query_the_cache_is_held_from_is_answered_in_memory_and_the_cache_kept(
        mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.api import FactBase

    real = queries.quotes

    def held_away(ix: Any, *args: Any, **kw: Any) -> Any:
        if ix.cached:  # another process began a long rebuild after this one opened the cache
            raise sqlite3.OperationalError("database is locked")
        return real(ix, *args, **kw)

    index.open_index(mini.facts).conn.close()
    path = cache_of(mini)
    made, notes = (path.stat().st_ino, path.stat().st_ctime_ns), list[str]()
    monkeypatch.setattr(queries, "quotes", held_away)
    monkeypatch.setattr(lock, "SAY_AFTER", 0.1)
    monkeypatch.setattr(lock, "WAIT", 1.0)
    assert [q["id"] for q in FactBase(mini.facts, notice=notes.append).quotes()] == ["q-bridge", "q-wages"]
    assert notes == [f"waiting for another process that holds the cache ({path}), at most 1 s",
                     f"another process held the cache for 1 s ({path}); answered without it"]
    assert (path.stat().st_ino, path.stat().st_ctime_ns) == made


def test_a_lock_taken_after_the_cache_was_opened_is_waited_for_and_the_wait_is_named(
        mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.api import FactBase

    monkeypatch.setattr(lock, "SAY_AFTER", 0.2)
    monkeypatch.setattr(lock, "WAIT", 30.0)
    notes: list[str] = []
    fb = FactBase(mini.facts, notice=notes.append)
    want = fb.quotes()  # the cache is open
    path = cache_of(mini)
    holder = held(path)  # another process begins a rebuild, done after a second
    threading.Timer(1.0, holder.execute, ["COMMIT"]).start()
    assert fb.quotes() == want
    holder.close()
    assert notes == [f"waiting for another process that holds the cache ({path}), at most 30 s"]
    assert fb.quotes() == want and len(notes) == 1  # the next question waits briefly again, and needs no wait


def test_search_forgets_the_old_text_of_an_edited_file_and_keeps_the_others(mini: Mini) -> None:
    ix = index.open_index(mini.facts)
    assert {i for _, i, _ in search_q.matching(ix, "bridge was unsafe")} == {"q-bridge", "leave-unsafe"}
    path = mini.facts / "facts.yaml"
    path.write_text(path.read_text().replace("bridge", "ferry"))
    ix = index.open_index(mini.facts)
    assert search_q.matching(ix, "bridge was unsafe") == []
    assert {i for _, i, _ in search_q.matching(ix, "ferry was unsafe")} == {"q-ferry", "leave-unsafe"}
    assert [i for _, i, _ in search_q.matching(ix, "Aye Mya")][:1] == ["aye-mya"]  # people.yaml's rows remain
    for _ in range(2):  # edited again and again, the rows never pile up
        path.write_text(path.read_text().replace("ferry", "boat") if "ferry" in path.read_text()
                        else path.read_text().replace("boat", "ferry"))
        ix = index.open_index(mini.facts)
    total = ix.conn.execute("SELECT count(*) FROM search").fetchone()[0]
    assert total == index.open_index(mini.facts, use_cache=False).conn.execute("SELECT count(*) FROM search").fetchone()[0]


def test_a_build_of_several_files_reports_progress_file_by_file(mini: Mini) -> None:
    seen: list[tuple[int, int]] = []

    def progress(total: int) -> Callable[[int, int], None]:
        seen.append((0, total))
        return lambda done, of: seen.append((done, of))

    index.open_index(mini.facts, progress=progress)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    seen.clear()
    path = mini.facts / "people.yaml"
    path.write_text(path.read_text() + "\n")
    index.open_index(mini.facts, progress=progress)
    assert seen == []  # one changed file: too quick to need a bar


def test_references_inside_one_file_hold_and_are_checked_again_when_it_changes(mini: Mini) -> None:
    extra = mini.facts / "walk.yaml"
    extra.write_text(_SELF_CONTAINED)
    ix = index.open_index(mini.facts)
    assert ix.problems() == []
    assert [e["id"] for e in person_q.person(ix, "Thet Walker")["events"]] == ["walk"]
    assert [e["id"] for e in person_q.person(ix, "Aye Mya")["events"]] == ["walk"]  # named from another file

    extra.write_text(_SELF_CONTAINED.replace("id: walker", "id: walker-2"))
    found = [p.message for p in index.open_index(mini.facts).problems()]
    assert found == ["person 'walker' is not a known person id (did you mean 'walker-2'?)"]
    assert [p.message for p in index.open_index(mini.facts, use_cache=False).problems()] == found

    extra.write_text(_SELF_CONTAINED)
    assert index.open_index(mini.facts).problems() == []


def test_a_reference_answered_by_another_file_breaks_when_that_file_drops_the_id(mini: Mini) -> None:
    (mini.facts / "walk.yaml").write_text(_SELF_CONTAINED)
    assert index.open_index(mini.facts).problems() == []
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text().replace("id: aye-mya", "id: aye-mya-2"))
    found = [p.message for p in index.open_index(mini.facts).problems()]
    assert "person 'aye-mya' is not a known person id (did you mean 'aye-mya-2'?)" in found
    assert person_q.person(index.open_index(mini.facts), "Thet Walker")["events"][0]["id"] == "walk"


def test_problems_show_the_fact_base_as_it_is_named_today(mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text().replace("id: aye-mya", "id: aye-mya-2"))
    first = index.open_index(mini.facts).problems()
    assert first and all(p.file.startswith(str(mini.facts) + os.sep) for p in first)
    monkeypatch.chdir(mini.facts.parent)
    again = index.open_index(Path("facts"))
    assert again.cached  # the same cache, found by the resolved directory
    assert [(p.file, p.line, p.message) for p in again.problems()] == [
        (os.path.join("facts", Path(p.file).name), p.line, p.message) for p in first]


def test_the_cache_reports_a_duplicate_id_as_check_does(mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    (mini.facts / "more.yaml").write_text((mini.facts / "people.yaml").read_text().split("  - id: zoe-tun")[0])
    expected = [f"{mini.facts / 'people.yaml'}:2: duplicate person id 'aye-mya' (first at more.yaml:2)"]
    assert [f"{p.file}:{p.line}: {p.message}" for p in index.open_index(mini.facts).problems()] == expected
    assert run("check", "--facts", str(mini.facts)).out == expected[0] + "\n"
    monkeypatch.chdir(mini.facts.parent)  # the same cache, asked with another spelling of the directory
    assert [p.message for p in index.open_index(Path("facts")).problems()] == [expected[0].split(": ", 1)[1]]


def test_the_cache_lives_under_xdg_cache_home_or_the_platforms_cache_directory(
        mini: Mini, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert place.cache_path(mini.facts).parent == tmp_path / "xdg" / "defectcli"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert place.cache_path(mini.facts).parent == platformdirs.user_cache_path("defectcli", appauthor=False)


@pytest.mark.parametrize("where", ["package", "bundled facts", "link to the package"])
def test_a_cache_place_inside_the_package_is_never_written_and_the_query_answers_in_memory(
        mini: Mini, tmp_path: Path, where: str) -> None:
    import uuid

    from defectcli.paths import PACKAGE, bundled_facts

    inside = (bundled_facts() if where == "bundled facts" else PACKAGE) / f".cache-test-{uuid.uuid4().hex}"
    xdg = inside
    if where == "link to the package":
        xdg = tmp_path / "link"
        xdg.symlink_to(PACKAGE)
        inside = PACKAGE / "defectcli"
    assert not inside.exists()
    try:
        r = run("people", "-f", "csv", "--facts", str(mini.facts), env={"XDG_CACHE_HOME": str(xdg)})
        assert not inside.exists()  # nothing made there, not even the directory
    finally:
        shutil.rmtree(inside, ignore_errors=True)  # what a defectcli that wrote there left
    assert r.code == 0 and r.out == run("people", "-f", "csv", "--facts", str(mini.facts)).out
    place = "is in the bundled fact base, which is read-only" if where == "bundled facts" else \
        "is inside the installed defectcli package"
    (line,) = r.err.splitlines()
    assert line.startswith(f"defectcli: XDG_CACHE_HOME: '{xdg / 'defectcli'}{os.sep}facts-")
    assert line.endswith(f".sqlite' {place}; choose a place outside it (no cache was written; answered in memory)")


@pytest.mark.parametrize("side", ["-journal", "-wal", ".seal"])
@pytest.mark.parametrize("what", ["fifo", "link", "hard link"])
def test_a_fifo_or_a_link_beside_the_cache_is_never_read_or_written_through(mini: Mini, tmp_path: Path, side: str,
                                                                            what: str) -> None:
    facts = ["--facts", str(mini.facts)]
    want = run("people", "-f", "json", *facts)
    path = cache_of(mini)
    beside = path.with_name(path.name + side)
    beside.unlink(missing_ok=True)
    target = tmp_path / "mine.txt"
    target.write_text("my own file\n")
    if what == "fifo":
        os.mkfifo(beside)
    elif what == "link":
        beside.symlink_to(target)
    else:
        os.link(target, beside)
    (mini.facts / "people.yaml").touch()  # an edit: the cache is written again (a journal, a new seal)
    got = subprocess.run([*CLI, "people", "-f", "json", *facts], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "XDG_CACHE_HOME": str(mini.cache)})
    assert (got.returncode, got.stdout, got.stderr) == (0, want.out, want.err)
    assert target.read_text() == "my own file\n"


def test_a_cache_that_is_a_hard_link_to_another_file_is_never_written_through(mini: Mini, tmp_path: Path) -> None:
    facts = ["--facts", str(mini.facts)]
    want = run("people", "-f", "json", *facts)
    path = cache_of(mini)
    path.unlink()
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"my own file\n")
    os.link(other, path)
    (mini.facts / "people.yaml").touch()
    got = run("people", "-f", "json", *facts)
    assert (got.code, got.out, got.err) == (want.code, want.out, want.err)
    assert other.read_bytes() == b"my own file\n"


def test_a_seal_left_half_written_by_a_killed_run_is_swept_by_the_next_write(mini: Mini) -> None:
    facts = ["--facts", str(mini.facts)]
    assert run("people", "-f", "json", *facts).code == 0
    folder = cache_of(mini).parent
    stale, fresh = folder / ".seal-killed", folder / ".seal-under-way"
    for left in (stale, fresh):
        left.write_text("123 456")  # what a run killed between writing its seal and renaming it leaves
    os.utime(stale, (time.time() - 120, time.time() - 120))
    (mini.facts / "people.yaml").touch()  # an edit: the cache is written again, and sealed
    assert run("people", "-f", "json", *facts).code == 0
    assert not stale.exists() and fresh.exists()  # one a run may still be writing is left to it


def test_ctrl_c_while_a_run_waits_for_the_cache_stops_it_at_once(mini: Mini) -> None:
    # SQLite's own wait for a lock is in C, where Ctrl-C is not seen until the lock is let go.
    assert run("quotes", "--facts", str(mini.facts)).code == 0
    holder = held(cache_of(mini))
    try:
        proc = spawn(["quotes", "-f", "json"], mini, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        line = proc.stderr.readline().decode()  # the note a wait of a second gets
        assert line.startswith("defectcli: waiting for another process that holds the cache")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)  # before: not until the holder let go, or after the minute
    finally:
        holder.close()
    assert (proc.returncode, out, err) == (130, b"", b"defectcli: interrupted\n")


def test_a_run_with_no_home_answers_from_memory_and_says_why(cli: Cli, homeless: Path) -> None:
    # It was a traceback (platformdirs: "could not determine the home directory") on every query.
    r = cli("person", "Aye Mya", "-f", "json")
    assert (r.code, json.loads(r.out)["name"]) == (0, "Aye Mya")
    assert r.err == ("defectcli: no per-user cache directory: HOME is not an absolute path, nor XDG_CACHE_HOME; set "
                     "one of them (no cache was written; answered in memory)\n")
    assert list(homeless.iterdir()) == []


def test_the_bundled_base_with_no_home_is_checked_and_shown_without_fetched_pages(homeless: Path) -> None:
    for args in (["check"], ["show", "s1"]):
        r = run(*args)
        assert r.code == 0 and "Traceback" not in r.err, (args, r.err)
    assert list(homeless.iterdir()) == []


def test_a_relative_xdg_cache_home_is_ignored_as_the_xdg_spec_says(cli: Cli, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CACHE_HOME", "cache")  # was taken as ./cache, wherever the command was run
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    r = cli("person", "Aye Mya")
    assert (r.code, r.err) == (0, "")
    assert list(work.iterdir()) == []
    assert [p.name for p in (tmp_path / "home" / ".cache" / "defectcli").glob("facts-*.sqlite")] != []
