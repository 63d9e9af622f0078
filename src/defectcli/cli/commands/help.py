"""`defectcli help [COMMAND]`, as git and gh have it."""

from __future__ import annotations

import sys

import typer

from ...text import quoted, suggest
from ..edge import SuggestingGroup
from ..registry import NAMES, build


def help_command(
    name: str | None = typer.Argument(None, metavar="COMMAND", help="The command to explain; none: all of them.",
                                      autocompletion=lambda incomplete: _starting(incomplete)),
) -> None:
    """Show how to use defectcli, or one of its commands (as COMMAND -h does).

    \b
    Examples:
      defectcli help
      defectcli help quotes
    """
    import typer.main

    from ...errors import UsageError

    group = typer.main.get_command(build())  # every command, whatever main() built to answer this run
    root = group.make_context("defectcli", [], resilient_parsing=True)
    if name is None:
        sys.stdout.write(group.get_help(root) + "\n")
        return
    cmd = group.get_command(root, name) if isinstance(group, SuggestingGroup) else None
    if cmd is None:
        raise UsageError(f"no command {quoted(name)}{suggest(name, _names(), '; did you mean {!r}?')} "
                         "(`defectcli help` lists them)")
    with cmd.make_context(name, [], parent=root, resilient_parsing=True) as sub:
        sys.stdout.write(cmd.get_help(sub) + "\n")


def _starting(incomplete: str) -> list[str]:
    return [n for n in _names() if n.startswith(incomplete)]


def _names() -> list[str]:
    return NAMES
