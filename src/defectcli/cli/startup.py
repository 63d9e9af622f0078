"""Two start-up shortcuts that rely on Typer 0.28's internals (pinned in pyproject.toml).

bench/run.py measures what they save; drop them if a Typer upgrade breaks them or the saving goes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import typer


def app_for(app: typer.Typer, settings: dict[str, Any], args: Sequence[str]) -> typer.Typer:
    """The app with only the command `args` names, or the whole app when they name none.

    Typer turns every registered command into a click command on each run, about 1 ms per command;
    a lookup needs one. Help, typos and completion still see every command.
    """
    name = args[0] if args else ""
    chosen = [c for c in app.registered_commands
              if c.callback is not None and (c.name or c.callback.__name__.replace("_", "-")) == name]
    groups = [g for g in app.registered_groups if g.name == name]  # `sources` and its subcommands
    if not chosen and not groups:
        return app
    one = typer.Typer(**settings)
    one.registered_callback = app.registered_callback
    one.registered_commands = chosen
    one.registered_groups = groups
    return one


def exit_now(code: int) -> None:
    """Exit without tearing down the interpreter (freeing modules one by one costs ~15 ms, a sixth of
    a lookup). Called only once the answer is written and flushed and the cache committed."""
    os._exit(code)
