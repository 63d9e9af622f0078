"""The Python API (`defectcli.api`): the same answers as the command line, as plain data; errors as
exceptions; the README's example runs as written."""

from __future__ import annotations

import json
import re
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
