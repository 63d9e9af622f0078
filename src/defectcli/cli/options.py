"""Options shared by the commands, declared once (as sqlite-utils' output_options are)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
    "--format", "-f", metavar="FORMAT", help="table, json, jsonl, csv or tsv. Default: table on a terminal, "
    "tsv in a pipe.", show_default=False, case_sensitive=False)]
FactsOpt = Annotated[Path | None, typer.Option(
    "--facts", envvar="DEFECTCLI_FACTS", metavar="DIR", help="Fact base directory (default: the bundled one).",
    show_default=False, file_okay=False)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", "-s", metavar="ID", help="Only facts from this source (`defectcli sources` describes them).",
    autocompletion=complete.ids("sources"))]

# Every list command takes these three; emit.rows applies them, in every format.
LimitOpt = Annotated[int | None, typer.Option(
    "--limit", "-n", metavar="N", help="Show at most N rows.", show_default=False)]
NoHeadersOpt = Annotated[bool, typer.Option(
    "--no-headers", help="Leave out the header row (csv, tsv) or the title and header (table).")]
FieldsOpt = Annotated[str | None, typer.Option(
    "--fields", metavar="A,B", help="Only these columns, in this order, in every format "
    "(e.g. id,text; a wrong name lists the valid ones).", show_default=False)]


@dataclass(frozen=True)
class Listing:
    """How much of a list to show, and which columns: --limit, --no-headers, --fields."""

    limit: int | None = None
    headers: bool = True
    fields: tuple[str, ...] = ()

    @classmethod
    def of(cls, limit: int | None, no_headers: bool, fields: str | None) -> Listing:
        from ..errors import UsageError

        if limit is not None and limit < 1:
            raise UsageError(f"--limit: give a number of rows, 1 or more (not {limit})")
        names = tuple(f.strip() for f in (fields or "").split(",") if f.strip())
        if fields is not None and not names:
            raise UsageError("--fields: give column names separated by commas, e.g. id,name")
        return cls(limit, not no_headers, names)


def chosen_format(fmt: Fmt | None, env: Environment) -> str:
    if fmt is not None:
        return fmt.value
    return "table" if env.stdout_tty else "tsv"


# What `-h` lists as the values of an option, read from the fact base in use when help is shown.
HELP_VALUES: dict[str, Callable[[], list[str]]] = {
    "source": lambda: complete.ids("sources")(""), "theme": lambda: complete.ids("themes")(""),
    "role": lambda: complete.vocabulary("roles")(""), "topic": lambda: complete.vocabulary("topics")("")}
