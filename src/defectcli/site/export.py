"""The whole fact base for other tools: SQLite with its Datasette metadata (database.py), the same tables as
CSV files, or one JSON document of every record's row.

What is written (the content: write_sqlite, json_text, write_csv_dir, table_csv) is kept apart from
where and how (the destination: export, then the guard and the atomic writers of writing.py, which
every command that writes shares). Nothing is written inside the package or the bundled fact base;
every write is atomic: to a temporary name in the destination's directory, renamed into place only
when complete; a failure leaves nothing behind and removes nothing. `--force` replaces only what PATH names: a file, or a
directory holding nothing but a previous CSV export. Files and directories get the modes the umask
gives, as any file a user's command makes.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from .. import directories, writing
from ..errors import UsageError
from ..factbase.files import FACT_SUFFIXES
from ..factbase.kinds import KINDS
from ..output.formats import data_cell, to_json
from .database import Records, write_failure

# The format an export takes from PATH when --to is left out.
SUFFIXES = {".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".json": "json", ".csv": "csv"}


def chosen_format(path: str, to: str | None, table: str | None) -> str:
    """--to, or the format PATH implies: `-` is stdout (json, or csv with --table), `.db`/`.sqlite`
    sqlite, `.json` json, `.csv` or a directory csv."""
    if to is not None:
        return to
    if path == "-":
        return "csv" if table else "json"
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if path.endswith(("/", os.sep)) or os.path.isdir(path):
        return "csv"
    raise UsageError(f"PATH: cannot tell the format from '{path}'; add --to sqlite, --to json or --to csv "
                     "(or name a .db, .json or .csv file, or a directory)")


# ---------------------------------------------------------------- what is written
# The content comes from the site export (database.py): the same people-shaped tables in SQLite and CSV,
# built from each record's row dict, never from the cache's own tables.


def csv_tables() -> list[str]:
    """The tables a CSV export writes: every table of the site's database."""
    from .tables import TABLES as SITE_TABLES

    return sorted(t.name for t in SITE_TABLES)


def json_text(records: Records) -> str:
    return to_json({kind: list(records(kind)) for kind in KINDS if kind != "waivers"})


def _write_table(conn: sqlite3.Connection, table: str, fh: io.TextIOBase) -> None:
    cur = conn.execute(f"SELECT * FROM [{table}]")
    writer = csv.writer(fh)
    writer.writerow([d[0] for d in cur.description])
    writer.writerows([data_cell(v) for v in row] for row in cur)


def _with_site(records: Records, use: Callable[[sqlite3.Connection], None]) -> None:
    """Build the site database in a temporary directory, hand it to `use`, then remove it."""
    from . import database as site

    with writing.scratch(".defectcli-") as tmp:
        db = Path(tmp) / "site.sqlite"
        with site.in_scratch(tmp):
            site.build(records, db)
        conn = sqlite3.connect(db)
        try:
            use(conn)
        finally:
            conn.close()


def table_csv(records: Records, table: str) -> str:
    if table not in csv_tables():
        raise UsageError(f"--table: unknown table '{table}'; valid: {', '.join(csv_tables())}")
    out = io.StringIO()
    _with_site(records, lambda conn: _write_table(conn, table, out))
    return out.getvalue()


def write_csv_dir(records: Records, directory: Path) -> None:
    def dump(conn: sqlite3.Connection) -> None:
        for table in csv_tables():
            with (directory / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
                _write_table(conn, table, fh)
    _with_site(records, dump)


def write_sqlite(records: Records, dest: Path) -> list[str]:
    """The site database at `dest` (which may exist, empty); returns the source labels for its metadata."""
    from . import database as site

    return site.build(records, dest)


# ---------------------------------------------------------------- where it is written


def export(records: Records, to: str, path: Path, force: bool, table: str | None = None) -> None:
    """Write the fact base as `to` at `path` (a file; for csv without `table`, a directory); never
    under a fact file's name, which the fact base in that directory (this one, another, or one
    made there later) would read back as one of its files."""
    as_dir = to == "csv" and table is None
    writing.guard(path, "PATH")
    if path.name.lower().endswith(FACT_SUFFIXES):
        raise UsageError(f"PATH: '{path}' is a fact file's name: a fact base in its directory would read it as one; "
                         "give a name ending in .json, .db or .csv, or a directory name")
    if as_dir:
        directories.recover(path)  # a previous export a killed run left in its holder, back first
    _check_destination(path, to, force, as_dir)
    if to == "sqlite":
        from . import database as site
        from . import metadata as site_metadata

        meta = site.metadata_path(path)
        if os.path.lexists(meta):
            if not stat.S_ISREG(os.lstat(meta).st_mode):
                raise UsageError(f"PATH: '{meta}' (where the metadata is written beside it) is not a regular file; "
                                 "not replaced")
            if not force:
                raise UsageError(f"PATH: '{meta}' (the metadata written beside it) exists; add --force to replace it")
        writing.guard(meta, "PATH")
        labels: list[str] = []
        _place_file(path, lambda tmp: labels.extend(write_sqlite(records, tmp)), force)
        text = json.dumps(site_metadata.metadata(path.stem, labels), ensure_ascii=False, indent=2) + "\n"
        try:
            _place_file(meta, lambda tmp: tmp.write_text(text, encoding="utf-8"), force)
        except BaseException:
            if not force:  # the database is new (nothing was at PATH): not left without its metadata
                with contextlib.suppress(OSError):
                    os.unlink(path)
            raise
    elif to == "json":
        text = json_text(records)
        _place_file(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), force)
    elif table is not None:
        text = table_csv(records, table)
        _place_file(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""), force)
    else:
        _place_dir(path, lambda tmp: write_csv_dir(records, tmp), force)


def _check_destination(path: Path, to: str, force: bool, as_dir: bool) -> None:
    """Refuse, before writing anything, a PATH that --force does not make replaceable (saying so
    before any hint to add --force, which would only lead to this refusal)."""
    if os.path.lexists(path):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            raise UsageError(f"PATH: '{path}' is a symbolic link (to '{os.readlink(path)}'); give the path it "
                             "points to, or remove the link")
        if stat.S_ISDIR(info.st_mode) and not as_dir:
            raise UsageError(f"PATH: '{path}' is a directory; a {to} export is one file, so give a file name")
        if stat.S_ISREG(info.st_mode) and as_dir:
            raise UsageError(f"PATH: '{path}' is a file; a csv export is a directory of .csv files")
        if not stat.S_ISDIR(info.st_mode) and not stat.S_ISREG(info.st_mode):
            raise UsageError(f"PATH: '{path}' is not a regular file or directory; not replaced")
        if stat.S_ISDIR(info.st_mode):
            _only_csv(path, path)
        if not force:
            raise UsageError(f"PATH: '{path}' exists; add --force to replace it")
    if not writing.is_dir(path.parent, "PATH"):
        if os.path.lexists(path.parent):
            raise UsageError(f"PATH: '{path.parent}' is not a directory")
        raise UsageError(f"PATH: directory '{path.parent}' does not exist")


def _only_csv(directory: Path, path: Path) -> None:
    """Refuse `directory` (at `path`, or swapped out from it) unless it holds only .csv files."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"PATH: '{path}' cannot be read ({exc.strerror})") from None
    for entry in entries:
        if not (entry.name.endswith(".csv") and entry.is_file(follow_symlinks=False)):
            raise UsageError(f"PATH: '{path}' holds '{entry.name}', which no csv export writes; --force "
                             "replaces only a directory of .csv files")


# Placed over what is at PATH only with --force, and what was checked then is checked again as it is
# replaced: a file or directory may appear at PATH, or change, while the export is written.
def _place_file(path: Path, write: Callable[[Path], object], force: bool) -> None:
    _placed(path, lambda: writing.place_file(path, write, "PATH", replace=force))


def _place_dir(path: Path, write: Callable[[Path], object], force: bool) -> None:
    _placed(path, lambda: directories.place_dir(path, write, "PATH", replace=force,
                                                replaceable=lambda old: _only_csv(old, path)))


def _placed(path: Path, place: Callable[[], None]) -> None:
    try:
        place()
    except sqlite3.Error as exc:
        failure = write_failure(f"PATH: cannot write '{path}'", exc)
        if failure is None:
            raise
        raise failure from None
