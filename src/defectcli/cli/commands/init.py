"""`defectcli init DIR`: a fact base of one's own, to extend."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import emit, options


def init(
    directory: Annotated[Path, typer.Argument(
        metavar="DIR", parser=options.path, help="New directory for the fact base (must not exist "
                                              "or be empty).")],
    empty: Annotated[bool, typer.Option("--empty", help="Start with the theme vocabulary only, not a copy of the "
                                        "bundled facts.")] = False,
) -> None:
    """Make a fact base of your own to extend: a copy of the bundled one (or, with --empty, only its
    theme vocabulary), its README, and an empty sources/ directory for the article texts.

    Then give it to the other commands as `defectcli people --facts DIR`, or set DEFECTCLI_FACTS=DIR.

    \b
    Examples:
      defectcli init my-facts
      defectcli init my-facts --empty
    """
    from ...api import init as make

    names = make(directory, empty)
    what = "the theme vocabulary" if empty else f"a copy of the bundled fact base ({len(names)} files)"
    emit.err(f"made {directory} with {what}, README.md and an empty sources/")
    if not empty:
        emit.err("the bundled articles' texts are not included: `defectcli sources fetch --facts "
                 f"{emit.pasted(directory)}` fetches them from their publishers into its sources/ (or put copies there yourself)")
    emit.err(f"next: defectcli add-source ARTICLE --facts {emit.pasted(directory)}")
