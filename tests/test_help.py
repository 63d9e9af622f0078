"""Help: every command with real examples, whole summaries, plain placeholders, values from the fact base in use."""

from __future__ import annotations

from defectcli.cli import app
from defectcli.cli.edge import SuggestingGroup

from .helpers import run


def test_version() -> None:
    assert run("--version").out.startswith("defectcli ")


def test_no_arguments_shows_help() -> None:
    r = run()
    assert "Usage: defectcli" in r.out + r.err and "person" in r.out + r.err


def test_a_mistyped_command_gets_a_suggestion() -> None:
    r = run("persn", "x")
    assert r.code == 2 and "No such command 'persn'. Did you mean 'person'?" in r.err


def test_every_command_has_help_with_examples_one_per_line_never_wrapped() -> None:
    import typer.main
    from typer.core import TyperGroup

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    for name in group.list_commands(typer.Context(group)):
        for flag in ("-h", "--help"):
            r = run(name, flag, env={"COLUMNS": "60"})
            assert r.code == 0, name
            lines = r.out.splitlines()
            examples = lines[lines.index("  Examples:") + 1:]
            examples = examples[:next(i for i, line in enumerate(examples) if not line.strip())]
            assert len(examples) >= 2, name
            # Each example is one whole command on a line of its own (maybe a pipeline), quotes balanced.
            assert all((e.startswith("    defectcli " + name) or f"| defectcli {name} " in e) and e.count('"') % 2 == 0
                       for e in examples), examples
        assert run("help", name).out == run(name, "-h").out


def test_help_shows_each_command_summary_whole_and_plain_placeholders() -> None:
    import inspect

    import typer.main

    out = run("-h", env={"COLUMNS": "80"}).out
    joined = " ".join(out.split())
    group = typer.main.get_command(app)
    assert isinstance(group, SuggestingGroup)
    ctx = typer.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None
        summary = inspect.cleandoc(cmd.help or "").split("\n\n")[0]
        assert f"{name} {' '.join(summary.split())}" in joined
    person = run("person", "-h").out
    assert "Usage: defectcli person [OPTIONS] NAME...\n" in person and "{" not in person and "<" not in person
    assert run("help").out == run("-h").out


def test_option_help_lists_the_values_of_the_fact_base_in_use(mini) -> None:  # type: ignore[no-untyped-def]
    out = " ".join(run("quotes", "-h", env={"DEFECTCLI_FACTS": str(mini.facts)}).out.split())
    assert "One of: h1." in out and "One of: pay, safety." in out
    # Named on the command line, before or after -h, or with =: the same values, not the bundled base's.
    for args in (["--facts", str(mini.facts), "-h"], ["-h", "--facts", str(mini.facts)], [f"--facts={mini.facts}", "-h"]):
        out = " ".join(run("quotes", *args).out.split())
        assert "One of: h1." in out and "One of: pay, safety." in out, args


def test_help_for_an_unknown_command_suggests_one() -> None:
    r = run("help", "qoutes")
    assert (r.code, r.out) == (2, "")
    assert r.err == "defectcli: no command 'qoutes'; did you mean 'quotes'? (`defectcli help` lists them)\n"


def test_every_usage_line_and_help_names_its_arguments_plainly() -> None:
    """No command's help shows a template placeholder ({DIR}, <FILE>): the usage line names each
    argument as its help does, and the examples are commands a person can type."""
    import re

    import typer.main

    group = typer.main.get_command(app)
    assert isinstance(group, SuggestingGroup)
    for name in group.list_commands(typer.Context(group)):
        out = run(name, "-h").out
        usage = out.splitlines()[0]
        assert re.fullmatch(rf"Usage: defectcli {name} \[OPTIONS\]( \[?[A-Z]+(\.\.\.)?\]?)*", usage), usage
        assert not re.search(r"\{[A-Z_]+\}|<[A-Z_]+>", out), (name, out)
        examples = out[out.index("Examples:"):].split("\n\n")[0].splitlines()[1:]
        assert examples and all(f"defectcli {name}" in line for line in examples), (name, examples)
