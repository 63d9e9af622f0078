"""The whole fact base for other tools: SQLite, one JSON document, or CSV per table. Atomic writes."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ..errors import UsageError
from ..output.formats import neutralise
from .index import Index
from .schema import TABLES


def export(ix: Index, to: str, path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise UsageError(f"PATH: '{path}' exists; add --force to replace it")
    if not path.parent.is_dir():
        raise UsageError(f"PATH: directory '{path.parent}' does not exist")
    if to == "sqlite":
        write_copy(ix, path)
    elif to == "json":
        doc = {kind: [json.loads(r[0]) for r in ix.conn.execute(f"SELECT json FROM {table} ORDER BY file, file_line")]
               for kind, (table, _) in TABLES.items()}
        _atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        _csv_dir(ix, path, force)


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


def _csv_dir(ix: Index, path: Path, force: bool) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=".defectcli-", dir=path.parent))
    try:
        tables = [r[0] for r in ix.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' "
            "AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%' ORDER BY name")]
        for table in tables:
            cur = ix.conn.execute(f"SELECT * FROM {table}")
            with (tmp / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([d[0] for d in cur.description])
                writer.writerows([neutralise(v) for v in row] for row in cur)
        if path.exists() and force:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        os.replace(tmp, path)
    except (BaseException, sqlite3.Error):
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_copy(index: Index, dest: Path) -> None:
    """The public tables (no `_` tables) as a new SQLite file at `dest`, written atomically."""
    fd, tmp = tempfile.mkstemp(prefix=".defectcli-", suffix=".sqlite", dir=dest.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        index.conn.execute("VACUUM INTO ?", (tmp,))
        out = sqlite3.connect(tmp, isolation_level=None)
        private = [r[0] for r in out.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_%' "
                                             "ESCAPE '\\'")]
        for name in private:
            out.execute(f"DROP TABLE IF EXISTS {name}")
        out.execute("VACUUM")
        out.close()
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
