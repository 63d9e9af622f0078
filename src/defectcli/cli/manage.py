"""Commands that look after a fact base: check it, export it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitStatus, UsageError
from . import emit
from .app import app
from .options import FactsOpt
from .session import bundled_facts, environment, open_facts


class ExportTo(str, Enum):
    sqlite = "sqlite"
    json = "json"
    csv = "csv"


@app.command()
def export(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(metavar="PATH", help="File to write (sqlite, json; `-` for stdout) or "
                                        "directory (csv).")],
    to: Annotated[ExportTo | None, typer.Option("--to", help="sqlite: one table per kind, foreign keys, full-text "
                                                "index; json: one document; csv: one file per table in PATH. "
                                                "Default: from PATH (.db/.sqlite, .json, .csv, a directory; "
                                                "`-` is json).", show_default=False)] = None,
    table: Annotated[str | None, typer.Option("--table", help="csv: only this table, as one CSV file "
                                              "(or to stdout with PATH `-`).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists (a file, or a directory "
                                        "holding only a previous csv export).")] = False,
    facts: FactsOpt = None,
) -> None:
    """Write the whole fact base for other tools. Never overwrites without --force.

    Example: defectcli export facts.db && datasette facts.db  ·  defectcli export - | jq '.people[0]'
    """
    from ..store import export as exporting
    from ..store.queries import one_of

    fmt = exporting.chosen_format(path, to.value if to else None, table)
    if table is not None and fmt != "csv":
        raise UsageError(f"--table: only a csv export has tables to choose from, not {fmt}")
    env = environment(ctx)
    ix = open_facts(facts, env)
    if table is not None:
        one_of(table, exporting.csv_tables(ix), "--table")
    if path == "-":
        if fmt == "sqlite":
            raise UsageError("PATH: a sqlite export cannot go to stdout; give a file name")
        if fmt == "csv" and table is None:
            raise UsageError("PATH: a csv export to stdout is one table; add --table NAME")
        text = exporting.json_text(ix) if fmt == "json" else exporting.table_csv(ix, table or "")
        emit.out(text, env.encoding, is_json=fmt == "json")
        return
    exporting.export(ix, fmt, Path(path), force, table)
    emit.err(f"wrote {path}")


@app.command()
def check(
    ctx: typer.Context,
    sources_dir: Annotated[Path | None, typer.Option(
        "--sources", help="Directory holding the article texts; each is found by its SHA-256.",
        file_okay=False)] = None,
    coverage: Annotated[bool, typer.Option(
        "--coverage", help="Also require every sentence of every source to be cited by a record or waived "
        "(with --sources); lists each uncovered sentence as SOURCE:LINE: sentence.")] = False,
    facts: FactsOpt = None,
) -> None:
    """Validate the fact base; with --sources, prove every quote, excerpt and figure verbatim.

    Prints each problem as file:line: message. Exit 0 when it holds, 2 when it does not.

    Example: defectcli check --sources ../shared/seeds --coverage
    """
    from ..factbase import loader, provenance, validate
    from ..output.formats import safe

    if coverage and sources_dir is None:
        raise UsageError("--coverage: needs --sources DIR, the texts whose sentences it counts")
    directory = facts or bundled_facts()
    # The same validation every query relies on: the index's problems.
    problems = open_facts(directory, environment(ctx), strict=False).problems()
    fb, _ = loader.load(directory)  # the records, for provenance; their problems are the index's already
    summaries: list[str] = []  # with --coverage: each source's sentences, cited, waived and uncovered
    uncovered: list[str] = []
    if sources_dir is not None:
        if not sources_dir.is_dir():
            raise typer.BadParameter(f"directory '{sources_dir}' does not exist", param_hint="--sources")
        texts, found = provenance.find_sources(fb, sources_dir)
        problems += found + provenance.check_provenance(fb, texts)
        if coverage:
            from ..factbase.coverage import coverage as covered

            report = covered(fb, texts)
            problems += report.problems
            summaries = [one.summary() for one in report.sources]
            uncovered = [f"{sid}:{s.line}: {s.text}" for sid, s in report.uncovered]
    lines = [safe(str(p)) for p in problems] + [safe(line) for line in uncovered]
    if lines:
        emit.out("".join(line + "\n" for line in lines), environment(ctx).encoding)
    for line in summaries:
        emit.err(line)
    summary = ", ".join(f"{n} {k}" for k, n in validate.counts(fb).items())
    checked = " and checked against their sources" if sources_dir is not None else ""
    if problems:
        emit.err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {directory}")
    if uncovered:
        emit.err(f"{len(uncovered)} sentence{'s' if len(uncovered) != 1 else ''} neither cited nor waived; "
                 "cite or waive each (facts/README.md, \"Adding an article\")")
    if problems or uncovered:
        raise typer.Exit(ExitStatus.USAGE)
    emit.err(f"ok: {summary}{checked}{'; every sentence cited or waived' if coverage else ''}")
