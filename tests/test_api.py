"""The Python API (`defectcli.api`): the same answers as the command line, as plain data; errors as
exceptions; the README's example runs as written."""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer.main

from defectcli.api import FactBase, FactBaseError, NotFound, UsageError
from defectcli.cli import app

from .helpers import Mini, run

ROOT = Path(__file__).resolve().parent.parent

# Each command that answers a question, with its arguments and the API call that must give the same data.
SAME: dict[str, tuple[list[str], Callable[[FactBase], Any]]] = {
    "person": (["Aye Mya"], lambda fb: fb.person("Aye Mya")),
    "search": (["bridge"], lambda fb: fb.search("bridge")),
    "show": (["q-bridge"], lambda fb: fb.show("q-bridge")),
    "people": ([], lambda fb: fb.people()),
    "stats": ([], lambda fb: fb.stats()),
    "quotes": (["--theme", "safety"], lambda fb: fb.quotes(theme="safety")),
    "themes": ([], lambda fb: fb.themes()),
    "motivations": ([], lambda fb: fb.motivations()),
    "sources": ([], lambda fb: fb.sources()),
    "timeline": ([], lambda fb: fb.timeline()),
    "conflicts": ([], lambda fb: fb.conflicts()),
    "orgs": ([], lambda fb: fb.organisations()),
    "cite": (["q-bridge"], lambda fb: fb.cite("q-bridge")),
    "verify": (["According to the Harbour Board, 1,204 people left the town."],
               lambda fb: fb.verify("According to the Harbour Board, 1,204 people left the town.")),
}
# Commands that write or serve rather than answer: their API is tested where they are.
NOT_QUESTIONS = {"check", "export", "serve", "mcp", "init", "add-source", "draft", "help"}


def test_every_question_the_cli_answers_the_api_answers_with_the_same_data(mini: Mini) -> None:
    group = typer.main.get_command(app)
    commands = set(group.list_commands(typer.Context(group)))  # type: ignore[attr-defined]
    assert commands - NOT_QUESTIONS == set(SAME), "a new command needs its API twin here"
    fb = FactBase(mini.facts)
    for name, (args, ask) in SAME.items():
        r = run(name, *args, "-f", "json", "--facts", str(mini.facts))
        assert r.code == 0, (name, r.err)
        assert json.loads(r.out) == json.loads(json.dumps(ask(fb))), name


def test_the_export_is_the_same_document(mini: Mini) -> None:
    r = run("export", "-", "--facts", str(mini.facts))
    assert json.loads(r.out) == json.loads(FactBase(mini.facts).export_text())


def test_answers_are_plain_data_a_dataframe_takes_as_they_are(mini: Mini) -> None:
    import pandas

    fb = FactBase(mini.facts)
    frame = pandas.DataFrame(fb.stats())
    assert list(frame["id"]) == [f["id"] for f in fb.stats()] and "stated_by_name" in frame.columns
    hits = fb.search("bridge")
    assert isinstance(hits, list) and isinstance(hits[0], dict) and hits.note is None


def test_errors_are_exceptions_with_the_cli_s_message(mini: Mini) -> None:
    fb = FactBase(mini.facts)
    with pytest.raises(NotFound, match="no person named 'Nobody'"):
        fb.person("Nobody")
    with pytest.raises(UsageError, match="--source: unknown value 'zz'"):
        fb.quotes(source="zz")
    (mini.facts / "broken.yaml").write_text("people: [\n", encoding="utf-8")
    fb.refresh()
    with pytest.raises(FactBaseError) as failed:
        fb.people()
    assert failed.value.problems and "broken.yaml" in str(failed.value.problems[0])


def test_an_open_fact_base_answers_from_what_it_read_until_refreshed(mini: Mini) -> None:
    fb = FactBase(mini.facts)
    before = len(fb.people())
    people = mini.facts / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + (
        "  - id: new-one\n    name: New One\n    name_status: pseudonym\n    roles: [defector]\n"
        "    evidence:\n      - {source: h1, excerpt: \"said Aye Mya, a former clerk.\"}\n"), encoding="utf-8")
    assert len(fb.people()) == before
    fb.refresh()
    assert len(fb.people()) == before + 1


def test_check_reports_what_the_cli_prints(mini: Mini) -> None:
    report = FactBase(mini.facts, sources=mini.sources).check(coverage=False)
    assert report.ok and report.sources_dir == mini.sources and report.counts["people"] == 3
    r = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert r.code == 0 and r.err.startswith("defectcli: ok: ") and "people" in r.err


def test_the_readme_python_example_runs_as_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the bundled fact base: what a reader's notebook uses
    assert namespace["lin"]["name"] == "Lin Aung"
    assert len(namespace["figures"]) == len(FactBase().stats())


# ---------------------------------------------------------------- arguments: every bad one is a DefectError

KINDS = "valid: source, theme, person, organisation, place, event, figure, quote, motivation, conflict"


@pytest.mark.parametrize("kind", ["quotes", "quote", "QUOTE", "Quotes", "QUOTES"])
def test_records_takes_a_kind_singular_or_plural_in_any_case(mini: Mini, kind: str) -> None:
    fb = FactBase(mini.facts)
    rows = fb.records(kind)
    assert [r["id"] for r in rows] == ["q-bridge", "q-wages"]
    assert json.loads(json.dumps(rows)) == rows  # re-run 101 A7: a list, as every answer (was an iterator)
    assert fb.ids("q", kind=kind) == ["q-bridge", "q-wages"]


@pytest.mark.parametrize(("kind", "message"), [
    ("nosuch", f"--kind: unknown value 'nosuch'; {KINDS}"),
    ("quotez", f"--kind: unknown value 'quotez'; did you mean 'quote'? {KINDS}"),
    ("QUOT", f"--kind: unknown value 'QUOT'; did you mean 'quote'? {KINDS}"),
    ("peple", f"--kind: unknown value 'peple'; did you mean 'people'? {KINDS}"),
    ("", f"--kind: unknown value ''; {KINDS}"),
    ("waivers", f"--kind: unknown value 'waivers'; {KINDS}"),
])
def test_an_unknown_kind_is_a_usage_error_naming_the_kinds(mini: Mini, kind: str, message: str) -> None:
    fb = FactBase(mini.facts)
    for ask in (lambda: list(fb.records(kind)), lambda: fb.ids("", kind=kind), lambda: fb.search("bridge", kind=kind)):
        with pytest.raises(UsageError) as info:
            ask()
        assert str(info.value) == message


def test_values_stage_and_context_are_held_as_the_command_line_holds_them(mini: Mini) -> None:
    fb = FactBase(mini.facts)
    assert fb.values("Roles") == fb.values("role") == fb.values("roles")
    with pytest.raises(UsageError, match=r"^field: unknown value 'tpoics'; did you mean 'topics'\? valid: roles, topics$"):
        fb.values("tpoics")
    assert fb.motivations(stage="JOINING") == fb.motivations(stage="joining")  # as --stage JOINING
    with pytest.raises(UsageError, match=r"^--stage: unknown value 'join'; did you mean 'joining'\? valid: joining, "):
        fb.motivations(stage="join")
    with pytest.raises(UsageError, match=r"^--context: give a number of paragraphs from 0 to 50 \(not -1\)$"):
        fb.show("q-bridge", context=-1)


@pytest.mark.parametrize(("call", "message"), [
    (lambda fb: fb.records(None), "FactBase.records: kind must be text (a str), not None"),
    (lambda fb: fb.person(42), "FactBase.person: name must be text (a str), not 42"),
    (lambda fb: fb.person(b"Aye Mya"), "FactBase.person: name must be text (a str), not b'Aye Mya'"),
    (lambda fb: fb.search("bridge", limit=2.5), "FactBase.search: limit must be a whole number (an int), not 2.5"),
    (lambda fb: fb.search("bridge", limit=True), "FactBase.search: limit must be a whole number (an int), not True"),
    (lambda fb: fb.quotes(theme=7), "FactBase.quotes: theme must be text or a list of text, not 7"),
    (lambda fb: fb.quotes(theme=["safety", 7]), "FactBase.quotes: theme must be text (a str), not 7"),
    (lambda fb: fb.cite("q-bridge", style=None), "FactBase.cite: style must be a name or a path (a str or a Path), not None"),
    (lambda fb: fb.export(3), "FactBase.export: path must be a path (a str or a Path), not 3"),
    (lambda fb: fb.export("x\x00.json"), "FactBase.export: path: 'x\\x00.json' holds a NUL character, which no path can"),
    (lambda fb: fb.fetch_sources(timeout="20"), "FactBase.fetch_sources: timeout must be a number, not '20'"),
    (lambda fb: fb.fetch_sources(timeout=True), "FactBase.fetch_sources: timeout must be a number, not True"),
    (lambda fb: fb.fetch_sources(timeout=float("nan")), "--timeout: give a number of seconds from 0.1 to 600 (not nan)"),
    (lambda fb: fb.check(texts="yes"), "FactBase.check: texts must be True or False, not 'yes'"),
    (lambda fb: FactBase(42), "FactBase.__init__: directory must be a path (a str or a Path), not 42"),  # type: ignore[arg-type]
    (lambda fb: FactBase(sources="a\x00b"), "FactBase.__init__: sources: 'a\\x00b' holds a NUL character, which no path can"),
    # a lone surrogate no byte of a file name stands for (was a UnicodeEncodeError from inside)
    (lambda fb: fb.export("x\ud800.json"), "FactBase.export: path: 'x\\ud800.json' holds a character no file name can "
                                           "(a lone surrogate)"),
    (lambda fb: fb.cite("q-bridge", style="s\ud800.csl"), "FactBase.cite: style: 's\\ud800.csl' holds a character no "
                                                          "file name can (a lone surrogate)"),
    (lambda fb: FactBase(sources="a\ud800"), "FactBase.__init__: sources: 'a\\ud800' holds a character no file name "
                                             "can (a lone surrogate)"),
])
def test_an_argument_of_another_type_is_a_usage_error_naming_it(mini: Mini, call: Callable[[FactBase], Any],
                                                                message: str) -> None:
    with pytest.raises(UsageError) as info:
        call(FactBase(mini.facts))
    assert str(info.value) == message


def test_the_growing_functions_hold_their_arguments_too(tmp_path: Path) -> None:
    from defectcli import api

    with pytest.raises(UsageError, match=r"^init: directory must be a path \(a str or a Path\), not None$"):
        api.init(None)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match=r"^add_source: fb must be a FactBase, not 'facts'$"):
        api.add_source("facts", tmp_path / "a.txt")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match=r"^read_text: data must be bytes, not 'text'$"):
        api.read_text(data="text")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match=r"^init: directory: .* holds a character no file name can"):
        api.init(str(tmp_path / "m\ud800"))  # type: ignore[arg-type]  # a str, as FactBase takes it
    assert api.init(str(tmp_path / "mine"), empty=True) == ["themes.yaml"]  # type: ignore[arg-type]  # a str, as FactBase takes it


def test_text_that_is_not_utf8_is_read_as_the_command_line_reads_it(mini: Mini) -> None:
    fb = FactBase(mini.facts)
    with pytest.raises(NotFound) as info:
        fb.person("caf\udce9")  # a byte that was not UTF-8, as os.fsdecode and sys.argv keep it
    assert str(info.value).startswith("no person named 'caf\ufffd'")
    r = run("person", "caf\udce9", "--facts", str(mini.facts))
    assert r.err.startswith(f"defectcli: {info.value}")
    with pytest.raises(NotFound, match="no record has the id 'q-\ufffd'"):
        fb.show("q-\udce9")


def test_a_text_with_a_nul_is_refused_as_a_file_with_one_is(mini: Mini, tmp_path: Path) -> None:
    # re-run 132 A16: the API verified it, NUL and all, where the command line refuses the file
    (tmp_path / "nul.txt").write_bytes(b"Aye Mya said 17.\x00 More.")
    r = run("verify", "--file", str(tmp_path / "nul.txt"), "--facts", str(mini.facts))
    assert (r.code, r.err) == (2, f"defectcli: {tmp_path / 'nul.txt'}: contains a NUL character; not text\n")
    with pytest.raises(UsageError, match=r"^TEXT: contains a NUL character; not text$"):
        FactBase(mini.facts).verify("Aye Mya said 17.\x00 More.")


def test_a_text_of_more_claims_than_one_is_checked_for_is_refused_as_the_command_line_refuses_it(mini: Mini) -> None:
    # re-run 134 A2: 64 KiB of names and ages took 42 s in the API as on the command line
    text = "Aye Mya, 17, Zoe Tun, 30, " * 600
    r = run("verify", text, "--facts", str(mini.facts))
    message = "TEXT: makes more than 1,000 checkable claims (a long feature makes a few hundred); check it a part " \
        "at a time"
    assert (r.code, r.err) == (2, f"defectcli: {message}\n")
    with pytest.raises(UsageError, match=f"^{re.escape(message)}$"):
        FactBase(mini.facts).verify(text)


BAD = ["", " ", "nosuch", "NOSUCH", "\x00", "caf\udce9", "\ud800", None, 0, -1, 10**30, 1.5, float("nan"), [], ["nosuch"],
       [None], {"a": 1}, b"x", True, object()]
# Each public call with good arguments; each argument is then given every value of BAD in turn.
CALLS: dict[str, dict[str, Any]] = {
    "person": {"name": "Aye Mya", "source": None}, "people": {"source": None, "role": None},
    "stats": {"topic": None, "source": None}, "quotes": {"theme": None, "speaker": None, "search": None, "source": None},
    "motivations": {"stage": None, "source": None}, "sources": {"source": None}, "timeline": {"source": None},
    "conflicts": {"source": None}, "organisations": {"source": None},
    "search": {"text": "bridge", "kind": None, "limit": 20, "source": None}, "verify": {"text": "Aye Mya left."},
    "records": {"kind": "quotes"}, "record": {"record_id": "q-bridge", "kind": None}, "names": {"prefix": ""},
    "ids": {"prefix": "", "kind": None}, "values": {"field": "roles"},
    "show": {"record_id": "q-bridge", "kind": None, "context": 0}, "cite": {"record_id": "q-bridge", "kind": None,
                                                                            "style": "plain"},
    "check": {"texts": None, "coverage": False, "only": ()}, "export_text": {"to": "json", "table": None},
    "export": {"path": "OUT", "to": None, "force": False, "table": None},
}


@pytest.mark.parametrize("method", sorted(CALLS))
def test_no_argument_value_raises_anything_but_a_defect_error(mini: Mini, tmp_path: Path, method: str) -> None:
    from defectcli.api import DefectError

    fb = FactBase(mini.facts, sources=mini.sources)
    public = {n for n in dir(FactBase) if not n.startswith("_") and callable(getattr(FactBase, n))}
    # a new method goes in CALLS; these take no argument, or serve, or fetch (their types are held above)
    assert public - set(CALLS) == {"comparisons", "themes", "problems", "refresh", "close", "serve", "fetch_sources"}
    good = CALLS[method]
    for name in good:
        for value in BAD:
            out = tmp_path / "out"
            args = {k: (str(out) if v == "OUT" else v) for k, v in good.items()}
            args[name] = value
            try:
                answer = getattr(fb, method)(**args)
                list(answer) if method == "records" else None
            except DefectError:
                pass
            except Exception as exc:  # what this test is for
                pytest.fail(f"{method}({name}={value!r}): {type(exc).__name__}: {exc}")
            if out.is_dir():
                shutil.rmtree(out)
            elif out.exists():
                out.unlink()


def test_the_given_publication_record_is_held_field_by_field(tmp_path: Path) -> None:
    # {"title": 3} was a TypeError from inside; an unknown field was ignored; one author as text, three.
    from defectcli import api

    api.init(tmp_path / "mine", empty=True)
    fb = FactBase(tmp_path / "mine")
    (tmp_path / "a.txt").write_text("The harbour closed on Monday. Nobody knows why it closed.\n", encoding="utf-8")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"title": 3}, "add_source: given: title must be text (a str), not 3"),
        ({"titel": "x"}, "add_source: given: unknown field 'titel' (did you mean 'title'?); valid: title, outlet, url, "
                         "byline, published"),
        ({"byline": ["Ann", 2]}, "add_source: given: byline must be a list of text, not ['Ann', 2]"),
    ]
    for given, message in cases:
        with pytest.raises(UsageError) as caught:
            api.add_source(fb, tmp_path / "a.txt", given=given, is_article=True)
        assert str(caught.value) == message
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["README.md", "sources", "themes.yaml"]
    added = api.add_source(fb, tmp_path / "a.txt", given={"byline": "Ann Lee"}, is_article=True)
    assert "- Ann Lee" in (tmp_path / "mine" / f"{added.id}.yaml").read_text(encoding="utf-8")


def test_choices_and_ranges_are_held_as_the_command_line_holds_them(mini: Mini, tmp_path: Path) -> None:
    fb = FactBase(mini.facts)
    with pytest.raises(UsageError, match=r"^--to: unknown value 'XML'; valid: sqlite, json, csv$"):
        fb.export(tmp_path / "x.json", to="XML")  # it wrote a directory of csv files named x.json
    assert not (tmp_path / "x.json").exists()
    assert fb.export(tmp_path / "y.json", to="JSON") == "json"
    for port in (70000, -1):  # 70000 listened on 4464; -1 blamed the host
        with pytest.raises(UsageError, match=rf"^--port: give a port from 0 to 65535 \(not {port}\)$"):
            fb.serve("127.0.0.1", port, print)
    with pytest.raises(UsageError, match=r"^--style: the style file '.*my\.csl' does not exist$"):
        fb.cite("q-wages", style=tmp_path / "my.csl")  # a Path, as a file is given: it was an AttributeError


def test_ids_of_a_prefix_longer_than_sqlite_takes_in_a_pattern_are_none(mini: Mini) -> None:
    fb = FactBase(mini.facts)  # SQLite refuses a LIKE pattern over 50,000 bytes: it was an OperationalError
    assert (fb.ids(prefix="a" * 60_000), fb.ids(prefix="a" * 60_000, kind="quote")) == ([], [])
    assert fb.ids(prefix="q-") == ["q-bridge", "q-wages"]


def test_a_fact_base_shared_by_threads_answers_each_of_them(mini: Mini) -> None:
    # re-run 84 A4: one FactBase asked from several threads at once raised sqlite3.ProgrammingError from inside (its
    # connection was the first thread's); now its questions are answered one at a time, whichever thread asks
    fb = FactBase(mini.facts)
    first = fb.person("Aye Mya")
    got: list[object] = []
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            for _ in range(100):
                got.append(fb.person("Aye Mya"))
        except BaseException as exc:  # any failure in a thread is the test's to report
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (errors, got) == ([], [first] * 800)
