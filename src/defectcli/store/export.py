"""The whole fact base for other tools: SQLite with its Datasette metadata (store/site.py), the same
tables as CSV files, or one JSON document of every record's row. Atomic writes."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..output.formats import neutralise
from . import queries
from .index import Index
from .schema import TABLES


def export(ix: Index, to: str, path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise UsageError(f"PATH: '{path}' exists; add --force to replace it")
    if not path.parent.is_dir():
        raise UsageError(f"PATH: directory '{path.parent}' does not exist")
    from . import site

    def records(kind: str) -> Iterator[dict[str, Any]]:
        return queries.records(ix, kind)

    if to == "sqlite":
        meta = site.metadata_path(path)
        if meta.exists() and not force:
            raise UsageError(f"PATH: '{meta}' (the metadata written beside it) exists; add --force to replace it")
        site.write(records, path)
    elif to == "json":
        doc = {kind: list(records(kind)) for kind in TABLES}
        _atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        _csv_dir(records, path, force)


def _atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".defectcli-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _csv_dir(records: Callable[[str], Iterator[dict[str, Any]]], path: Path, force: bool) -> None:
    """One CSV file per table of the SQLite export, the same tables and columns."""
    from . import site, site_tables

    tmp = Path(tempfile.mkdtemp(prefix=".defectcli-", dir=path.parent))
    try:
        db = tmp / ".site.sqlite"
        site.build(records, db)
        conn = sqlite3.connect(db)
        for table in site_tables.TABLES:
            cur = conn.execute(f"SELECT * FROM [{table.name}]")
            with (tmp / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([d[0] for d in cur.description])
                writer.writerows([neutralise(v) for v in row] for row in cur)
        conn.close()
        db.unlink()
        if path.exists() and force:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        os.replace(tmp, path)
    except (BaseException, sqlite3.Error):
        shutil.rmtree(tmp, ignore_errors=True)
        raise
