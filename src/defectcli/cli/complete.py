"""Shell completion: person names, theme and source ids, from the fact base DEFECTCLI_FACTS names."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def people(incomplete: str) -> list[str]:
    return _ask(lambda fb: fb.names(incomplete))


def ids(table: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return _ask(lambda fb: fb.ids(incomplete, table))
    return complete


def any_id(incomplete: str) -> list[str]:
    return _ask(lambda fb: fb.ids(incomplete))


def vocabulary(kind: str) -> Callable[[str], list[str]]:
    """Roles people have, or topics figures have, that start with what was typed."""
    def complete(incomplete: str) -> list[str]:
        return _ask(lambda fb: [v for v in fb.values(kind) if v.startswith(incomplete)])
    return complete


def _ask(ask: Callable[[Any], list[str]]) -> list[str]:
    from ..api import FactBase
    from ..output.formats import safe

    # Completion runs before options are parsed, so only the environment can name another fact base.
    env = os.environ.get("DEFECTCLI_FACTS")
    try:
        offered = ask(FactBase(Path(env) if env else None))
    except Exception:  # completion must never print a traceback into the user's shell
        return []
    # A name that would steer the terminal, or break the line, is data the shell would insert raw into
    # the user's command line: not offered at all.
    return [o for o in offered if safe(o) == o and "\n" not in o and "\t" not in o]


# Characters bash would read as syntax in a word; a completion escapes each with a backslash.
_BASH_SPECIAL = frozenset(" \t\n\"'\\$`!&|;()<>{}[]*?#~=%^,")


def bash_escaped(value: str) -> str:
    return "".join("\\" + ch if ch in _BASH_SPECIAL else ch for ch in value)


def use_quoting_shells() -> None:
    """Bash inserts a completion as given, so `person Li<Tab>` would give `Lin Aung`, two words:
    ours escapes it (`Lin\\ Aung`), or leaves it bare inside a quote the user opened (`"Lin Aung"`,
    readline closing the quote). zsh and fish quote what they insert themselves."""
    from .typer028 import quoting_bash

    quoting_bash(lambda value, typed: value if typed[:1] in ("'", '"') else bash_escaped(value))
