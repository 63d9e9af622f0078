"""The whole fact base for other tools (the export) and for a browser (`serve`): both built from each
record's row, as `FactBase.records` gives them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from ..site.database import Records


FORMATS = ("sqlite", "json", "csv")


def export(records: Records, path: str, to: str | None, force: bool, table: str | None) -> str:
    from ..site import export as exporting
    from ..store.queries.ids import one_of

    if to is not None:  # as --to takes it: any case, one of three
        to = one_of(to, list(FORMATS), "--to")
    fmt = exporting.chosen_format(path, to, table)
    if table is not None and fmt != "csv":
        raise UsageError(f"--table: only a csv export has tables to choose from, not {fmt}")
    if table is not None:
        table = one_of(table, exporting.csv_tables(), "--table")
    if path == "-":
        raise UsageError("PATH: '-' is standard output; ask for the text instead")
    exporting.export(records, fmt, Path(path), force, table)
    return fmt


def export_text(records: Records, to: str, table: str | None) -> str:
    from ..site import export as exporting
    from ..store.queries.ids import one_of

    to = one_of(to, list(FORMATS), "--to")
    if to == "sqlite":
        raise UsageError("PATH: a sqlite export cannot go to stdout; give a file name")
    if to == "csv":
        if table is None:
            raise UsageError("PATH: a csv export to stdout is one table; add --table NAME")
        return exporting.table_csv(records, one_of(table, exporting.csv_tables(), "--table"))
    if table is not None:
        raise UsageError(f"--table: only a csv export has tables to choose from, not {to}")
    return exporting.json_text(records)


def serve(records: Records, host: str, port: int, announce: Callable[[str], None], public: bool, sql: bool) -> None:
    from ..site import serve as web

    if not 0 <= port <= 65535:  # as --port takes it (the system would take 70000 as 4464)
        raise UsageError(f"--port: give a port from 0 to 65535 (not {port})")
    web.require()
    web.serve(records, host, port, announce, public=public, sql=sql)
