"""Every use of Typer 0.28's private parts, in one place (the release is pinned in pyproject.toml).

Typer 0.28 vendors Click as `typer._click` and offers no public name for Click's usage errors or
shell-completion classes; these are the only ways in. If a Typer upgrade breaks any of them, this
module is where to look. bench/run.py measures what the start-up shortcut saves.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, NoSuchOption
from typer._click.exceptions import UsageError as ClickUsageError

__all__ = ["ClickUsageError", "NoArgsIsHelpError", "NoSuchOption", "app_for", "quoting_bash"]


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


def quoting_bash(escape: Any) -> None:
    """Register a bash completion class that passes each completion through `escape(value, typed)`,
    `typed` being the word as the user typed it so far (quotes and all)."""
    from typer._click.shell_completion import CompletionItem, add_completion_class
    from typer._completion_classes import BashComplete
    from typer._completion_shared import Shells

    class QuotingBash(BashComplete):
        def format_completion(self, item: CompletionItem) -> str:
            words = os.environ.get("COMP_WORDS", "").split("\n")  # the words as typed, quotes and all
            cword = int(os.environ.get("COMP_CWORD", "0") or 0)
            return str(escape(item.value, words[cword] if cword < len(words) else ""))

    add_completion_class(QuotingBash, Shells.bash.value)
