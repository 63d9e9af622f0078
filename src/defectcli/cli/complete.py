"""Shell completion: person names, theme and source ids, from the fact base DEFECTCLI_FACTS names."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def people(incomplete: str) -> list[str]:
    from ..store import queries

    return _ask(lambda ix: queries.completion_names(ix, incomplete))


def ids(table: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        from ..store import queries

        return _ask(lambda ix: queries.ids_starting(ix, table, incomplete))
    return complete


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
