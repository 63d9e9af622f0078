"""Every use of Typer 0.28's private parts, in one place (the release is pinned in pyproject.toml).

Typer 0.28 vendors Click as `typer._click` and offers no public name for Click's usage errors or
shell-completion classes; these are the only ways in. If a Typer upgrade breaks any of them, this
module is where to look.
"""

from __future__ import annotations

import os
from typing import Any

from typer._click.exceptions import NoArgsIsHelpError, NoSuchOption
from typer._click.exceptions import UsageError as ClickUsageError

__all__ = ["ClickUsageError", "NoArgsIsHelpError", "NoSuchOption", "quoting_bash"]


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


def completion_script(shell: str) -> str:
    """The completion script Typer's --show-completion prints for `shell`."""
    from typer._completion_shared import get_completion_script

    return str(get_completion_script(prog_name="defectcli", complete_var="_DEFECTCLI_COMPLETE", shell=shell))
