"""Shell completion: person names, theme and source ids, from the fact base DEFECTCLI_FACTS names."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def people(incomplete: str) -> list[str]:
    from ..store.queries import lists as queries

    return _ask(lambda ix: queries.completion_names(ix, incomplete))


def ids(table: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        from ..store.queries import lists as queries

        return _ask(lambda ix: queries.ids_starting(ix, table, incomplete))
    return complete


def any_id(incomplete: str) -> list[str]:
    from ..store.queries import records

    return _ask(lambda ix: records.all_ids(ix, incomplete))


def _ask(ask: Callable[[Any], list[str]]) -> list[str]:
    from . import session

    # Completion runs before options are parsed, so only the environment can name another fact base.
    env = os.environ.get("DEFECTCLI_FACTS")
    session.begin_run()
    for _ in range(3):  # a damaged cache is discarded and rebuilt, then memory, as for a command
        try:
            offered = ask(session.open_facts(Path(env) if env else None))
        except Exception as exc:  # completion must never print a traceback into the user's shell
            if not session.recover(exc):
                return []
        else:
            from ..output.formats import safe

            # A name that would steer the terminal, or break the line, is data the shell would insert
            # raw into the user's command line: not offered at all.
            return [o for o in offered if safe(o) == o and "\n" not in o and "\t" not in o]
    return []


def vocabulary(kind: str) -> Callable[[str], list[str]]:
    """Roles people have, or topics figures have, that start with what was typed."""
    def complete(incomplete: str) -> list[str]:
        from ..store.queries import lists as queries

        return _ask(lambda ix: [v for v in queries.vocabulary(ix, kind) if v.startswith(incomplete)])
    return complete


# Characters bash would read as syntax in a word; a completion escapes each with a backslash.
_BASH_SPECIAL = frozenset(" \t\n\"'\\$`!&|;()<>{}[]*?#~=%^,")


def bash_escaped(value: str) -> str:
    return "".join("\\" + ch if ch in _BASH_SPECIAL else ch for ch in value)


def use_quoting_shells() -> None:
    """Bash inserts a completion as given, so `person Li<Tab>` would give `Lin Aung`, two words:
    ours escapes it (`Lin\\ Aung`), or leaves it bare inside a quote the user opened (`"Lin Aung"`,
    readline closing the quote). zsh and fish quote what they insert themselves.

    Relies on Typer 0.28's completion classes, pinned in pyproject.toml like startup.py's shortcuts."""
    from typer._click.shell_completion import CompletionItem, add_completion_class
    from typer._completion_classes import BashComplete
    from typer._completion_shared import Shells

    class QuotingBash(BashComplete):
        def format_completion(self, item: CompletionItem) -> str:
            words = os.environ.get("COMP_WORDS", "").split("\n")  # the words as typed, quotes and all
            cword = int(os.environ.get("COMP_CWORD", "0") or 0)
            typed = words[cword] if cword < len(words) else ""
            return item.value if typed[:1] in ("'", '"') else bash_escaped(item.value)

    add_completion_class(QuotingBash, Shells.bash.value)
