"""The SQLite cache: fresh, stale, rebuilt per file, damaged, and the same answers as a cold load."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from defectcli.factbase import loader
from defectcli.store.cache import index
from defectcli.store.queries import lists as queries
from defectcli.store.queries import person as person_q
from defectcli.store.queries import search as search_q

from .helpers import Mini, run


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


def test_a_deleted_file_is_dropped(mini: Mini) -> None:
    index.open_index(mini.facts)
    (mini.facts / "facts.yaml").unlink()
    assert queries.quotes(index.open_index(mini.facts)) == []


def test_a_garbage_cache_is_rebuilt_not_trusted(mini: Mini) -> None:
    path = index.cache_path(mini.facts)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    ix = index.open_index(mini.facts)
    assert ix.cached and len(queries.quotes(ix)) == 2


def test_a_truncated_cache_is_rebuilt(mini: Mini) -> None:
    index.open_index(mini.facts)
    path = index.cache_path(mini.facts)
    path.write_bytes(path.read_bytes()[:3000])
    assert len(queries.quotes(index.open_index(mini.facts))) == 2


def test_an_unwritable_cache_falls_back_to_memory(mini: Mini, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    ix = index.open_index(mini.facts)
    assert not ix.cached and len(queries.quotes(ix)) == 2


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
    assert index.cache_path(mini.facts).parent == tmp_path / "xdg" / "defectcli"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert index.cache_path(mini.facts).parent == platformdirs.user_cache_path("defectcli", appauthor=False)
