"""The commands, each a module of commands/, registered here in the order help lists them: looking
up, checking a text, listing, looking after a fact base, growing it, citing, help.

A run builds the app with only the command it names: Typer turns every registered command into a
Click command on each run, and each command's module costs its import (bench/run.py measures what
this saves). Help, a typo, completion and `help COMMAND` get every command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

import typer

from .edge import APP_SETTINGS, Command, SuggestingGroup, new_app

# (command, its module in commands/, the function)
COMMANDS = [
    ("person", "person", "person"), ("search", "search", "search"), ("show", "show", "show"),
    ("verify", "verify", "verify"),
    ("people", "lists", "people"), ("stats", "lists", "stats"), ("quotes", "lists", "quotes"),
    ("themes", "lists", "themes"), ("motivations", "lists", "motivations"), ("sources", "sources", "sources"),
    ("timeline", "lists", "timeline"), ("conflicts", "lists", "conflicts"), ("orgs", "lists", "orgs"),
    ("check", "check", "check"), ("export", "export", "export"), ("serve", "serve", "serve"), ("mcp", "mcp", "mcp"),
    ("init", "init", "init"), ("add-source", "add_source", "add_source"), ("draft", "draft", "draft"),
    ("cite", "cite", "cite"),
    ("help", "help", "help_command"),
]
NAMES = [name for name, _, _ in COMMANDS]


class Group(SuggestingGroup):
    order = tuple(NAMES)


def build(only: str | None = None) -> typer.Typer:
    """The app with every command, or with only the command `only`."""
    app = new_app(Group)
    for name, module, function in COMMANDS:
        if only is None or name == only:
            found = getattr(import_module(f"{__package__}.commands.{module}"), function)
            if name == "sources":
                app.add_typer(_sources_group(found, import_module(f"{__package__}.commands.sources").fetch))
            else:
                app.command(name, cls=Command)(found)
    return app


def for_args(args: Sequence[str]) -> typer.Typer:
    """The app a run with `args` needs: only the command they name, or every command (help,
    `--version`, a typo, completion, `help COMMAND`)."""
    name = args[0] if args else ""
    return build(name if name in NAMES and name != "help" else None)


def _sources_group(sources: Callable[..., Any], fetch: Callable[..., Any]) -> typer.Typer:
    """A group: `sources` lists the articles, `sources fetch` fetches them."""
    group = typer.Typer(name="sources", cls=SuggestingGroup, invoke_without_command=True,
                        subcommand_metavar="[COMMAND]", context_settings=APP_SETTINGS["context_settings"],
                        pretty_exceptions_enable=False, rich_markup_mode=None)
    group.callback()(sources)
    group.command("fetch", cls=Command)(fetch)
    return group
