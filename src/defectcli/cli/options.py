"""Options shared by the commands, declared once (as sqlite-utils' output_options are)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..output.environment import Environment
from . import complete


class Fmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class Stage(str, Enum):
    joining = "joining"
    defecting = "defecting"
    staying = "staying"


FormatOpt = Annotated[Fmt | None, typer.Option(
    "--format", "-f", help="Output format. Default: table on a terminal, tsv in a pipe.", show_default=False)]
FactsOpt = Annotated[Path | None, typer.Option(
    "--facts", envvar="DEFECTCLI_FACTS", help="Fact base directory (default: the bundled one).",
    show_default=False, file_okay=False)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", "-s", help="Only facts from this source id (see `defectcli sources`).",
    autocompletion=complete.ids("sources"))]


def chosen_format(fmt: Fmt | None, env: Environment) -> str:
    if fmt is not None:
        return fmt.value
    return "table" if env.stdout_tty else "tsv"
