"""`defectcli export PATH`: the whole fact base for other tools."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from .. import emit, options
from ..options import fact_base
from ..session import environment

if TYPE_CHECKING:
    from ...api import FactBase


class ExportTo(str, Enum):
    sqlite = "sqlite"
    json = "json"
    csv = "csv"


@fact_base()
def export(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(
        metavar="PATH", parser=options.path_text, help="File to write (sqlite, json; `-` for stdout) or "
                                        "directory (csv).")],
    to: Annotated[ExportTo | None, typer.Option("--to", help="sqlite: a table per kind, linked, searchable, "
                                                "with its Datasette metadata; json: one document; csv: one "
                                                "file per table in PATH. "
                                                "Default: from PATH (.db/.sqlite, .json, .csv, a directory; "
                                                "`-` is json).", show_default=False, case_sensitive=False)] = None,
    table: Annotated[str | None, typer.Option("--table", help="csv: only this table, as one CSV file "
                                              "(or to stdout with PATH `-`).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists (a file, or a directory "
                                        "holding only a previous csv export).")] = False,
    *, fb: FactBase,
) -> None:
    """Write the whole fact base for other tools. Never overwrites without --force.

    sqlite also writes the Datasette metadata beside PATH (facts.db: facts.metadata.json); open both
    with `datasette facts.db -m facts.metadata.json`.

    \b
    Examples:
      defectcli export --to sqlite facts.db
      defectcli export --to csv tables/
      defectcli export facts.db
      defectcli export - | jq '.people[0]'
    """
    if path == "-":
        fmt = to.value if to else "csv" if table else "json"
        emit.out(fb.export_text(fmt, table), environment(ctx).encoding, is_json=fmt == "json")
        return
    fb.export(path, to.value if to else None, force, table)
    emit.err(f"wrote {path}")
