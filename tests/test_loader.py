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


# ---------------------------------------------------------------- a fact file's name that is not UTF-8

LATIN1 = os.fsdecode(b"caf\xe9.yaml")  # as an older system or an archive tool leaves it: its bytes kept as surrogates


def name_problem(facts: Path, name: str, byte: str, meant: str | None) -> str:
    shown = str(facts / name).encode("utf-8", "backslashreplace").decode()
    reads = f" (read as Latin-1, its name is '{meant}')" if meant else ""
    return f"{shown}: its name holds the byte 0x{byte}, which is not UTF-8; rename the file{reads}"


def test_a_fact_file_whose_name_is_not_utf8_is_one_problem_naming_it(mini: Mini) -> None:
    for raw in (b"caf\xe9.yaml", b"bad\xffname.yaml", b"x\x81.yml", b"z\xc3.yaml"):
        (mini.facts / os.fsdecode(raw)).write_text("people: []\n", encoding="utf-8")
    (mini.facts / "café.yaml").write_text("people: []\n", encoding="utf-8")  # no rename onto a file there is
    (mini.facts / os.fsdecode(b"notes\xe9.txt")).write_text("not a fact file", encoding="utf-8")
    with pytest.raises(FactBaseError) as info:
        loader.load(mini.facts)
    assert [str(p) for p in info.value.problems] == [
        name_problem(mini.facts, os.fsdecode(b"bad\xffname.yaml"), "FF", "badÿname.yaml"),
        name_problem(mini.facts, LATIN1, "E9", None),
        name_problem(mini.facts, os.fsdecode(b"x\x81.yml"), "81", None),  # no Windows-1252 character either
        name_problem(mini.facts, os.fsdecode(b"z\xc3.yaml"), "C3", "zÃ.yaml")]
    assert all(str(p).isprintable() and str(p).encode("utf-8") for p in info.value.problems)  # no surrogate left


@pytest.mark.parametrize("cached", [True, False])
def test_every_command_says_so_in_one_line_exit_2(mini: Mini, cached: bool) -> None:
    from .helpers import one_line, run

    env = {} if cached else {"DEFECTCLI_NO_CACHE": "1"}
    facts = ["--facts", str(mini.facts)]
    assert run("people", *facts, env=env).code == 0  # a cache built before the file came
    (mini.facts / LATIN1).write_text("people: []\n", encoding="utf-8")
    expected = name_problem(mini.facts, LATIN1, "E9", "café.yaml")
    for args in (["people"], ["check"], ["check", "--coverage", "--sources", str(mini.sources)], ["themes"],
                 ["person", "Aye Mya"], ["show", "q-bridge"], ["cite", "q-bridge"], ["search", "bridge"],
                 ["verify", "Aye Mya said the bridge was unsafe."], ["draft", "h1", "--sources", str(mini.sources)],
                 ["export", str(mini.facts.parent / "out.json")], ["mcp"]):
        assert one_line(run(*args, *facts, env=env), 2) == expected, args
    assert not (mini.facts.parent / "out.json").exists()
    (mini.facts / LATIN1).rename(mini.facts / "café.yaml")  # renamed as the message says: the fact base is usable
    assert run("check", *facts, env=env).code == 0


def test_the_python_api_raises_fact_base_error(mini: Mini) -> None:
    from defectcli.api import FactBase

    (mini.facts / LATIN1).write_text("people: []\n", encoding="utf-8")
    with pytest.raises(FactBaseError) as info:
        FactBase(mini.facts).people()
    assert str(info.value) == name_problem(mini.facts, LATIN1, "E9", "café.yaml")
