"""The loader: every fact file problem is one line naming file and line; nothing is coerced."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from defectcli.errors import FactBaseError
from defectcli.factbase import loader

from .helpers import Mini
from .invalid import BROKEN_FILES, FIGURE, NUMBERS, PERSON


def problems_of(tmp_path: Path, text: str | bytes, name: str = "f.yaml") -> list[str]:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    _, problems = loader.load_file(path)
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in problems]


def test_the_mini_fact_base_loads_without_problems(mini: Mini) -> None:
    fb, problems = loader.load(mini.facts)
    assert problems == []
    assert [p.id for p in fb.people] == ["aye-mya", "zoe-tun", "unpaid-guard"]
    assert fb.figures[0].parts[1].value == 204


@pytest.mark.parametrize(("text", "expected"), BROKEN_FILES)
def test_broken_yaml_is_one_line_with_file_and_line(tmp_path: Path, text: str | bytes, expected: str) -> None:
    assert problems_of(tmp_path, text) == [expected]


@pytest.mark.parametrize(("value", "message"), NUMBERS)
def test_numbers_that_yaml_versions_read_differently_are_refused(tmp_path: Path, value: str, message: str) -> None:
    (problem,) = problems_of(tmp_path, FIGURE.format(value=value))
    assert problem.startswith("f.yaml:5: 'value'")
    assert problem.endswith(message)


def test_text_fields_keep_exactly_what_was_written(tmp_path: Path) -> None:
    for raw in ("no", "on", "0755", "1e3", "12:30", "2021-02-01", ".nan", "~x"):
        path = tmp_path / "p.yaml"
        path.write_text(PERSON.format(name=raw))
        records, problems = loader.load_file(path)
        assert problems == []
        assert records["people"][0].name == raw


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    assert problems_of(tmp_path, b"people: []\n# caf\xe9\n") == ["f.yaml:2: is not valid UTF-8 text (save it as UTF-8)"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    assert problems_of(tmp_path, b"\xef\xbb\xbf" + PERSON.format(name="A").encode()) == []


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    _, problems = loader.load_file(tmp_path / "pipe.yaml")
    assert [p.message for p in problems] == ["is not a regular file"]


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    _, problems = loader.load_file(tmp_path / "zero.yaml")
    assert [p.message for p in problems] == ["is not a regular file"]


def test_a_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    (tmp_path / "f.yaml").write_text("people: []\n" + "#" * 200)
    _, problems = loader.load_file(tmp_path / "f.yaml")
    assert [(p.line, p.message) for p in problems] == [(0, "is larger than 0 MiB")]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "fact base directory does not exist"),
        (lambda d: d.mkdir(), "no fact files (*.yaml) in the fact base directory"),
        (lambda d: (d.mkdir(), (d / "notes.txt").write_text("hi")), "no fact files (*.yaml) in the fact base directory"),
        (lambda d: d.write_text("x"), "fact base directory is not a directory"),
    ],
)
def test_unusable_directories(tmp_path: Path, setup: Callable[[Path], object], message: str) -> None:
    d = tmp_path / "facts"
    setup(d)
    with pytest.raises(FactBaseError) as info:
        loader.load(d)
    assert str(info.value) == f"{d}: {message}"


def test_non_fact_and_hidden_files_are_ignored(mini: Mini) -> None:
    (mini.facts / "README.md").write_text("# notes")
    (mini.facts / ".#people.yaml").write_text("garbage: [")
    _, problems = loader.load(mini.facts)
    assert problems == []


def test_records_built_without_init_equal_records_built_by_their_constructor(mini: Mini) -> None:
    import dataclasses

    def rebuild(obj: object) -> object:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return type(obj)(**{f.name: rebuild(getattr(obj, f.name)) for f in dataclasses.fields(obj)})
        return tuple(rebuild(x) for x in obj) if isinstance(obj, tuple) else obj

    fb, problems = loader.load(mini.facts)
    assert problems == []
    for kind in ("sources", "themes", "people", "organisations", "events", "figures", "quotes", "motivations"):
        for rec in getattr(fb, kind):
            assert rebuild(rec) == rec and hash(rebuild(rec)) == hash(rec)
            with pytest.raises(dataclasses.FrozenInstanceError):
                rec.id = "changed"
