"""Commands that look after a fact base: check it, export it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitStatus, UsageError
from . import emit
from .app import command
from .options import FactsOpt
from .session import arg, bundled_facts, environment, open_facts


class ExportTo(str, Enum):
    sqlite = "sqlite"
    json = "json"
    csv = "csv"


@command()
def export(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(metavar="PATH", help="File to write (sqlite, json; `-` for stdout) or "
                                        "directory (csv).")],
    to: Annotated[ExportTo | None, typer.Option("--to", help="sqlite: a table per kind, linked, searchable, "
                                                "with its Datasette metadata; json: one document; csv: one "
                                                "file per table in PATH. "
                                                "Default: from PATH (.db/.sqlite, .json, .csv, a directory; "
                                                "`-` is json).", show_default=False)] = None,
    table: Annotated[str | None, typer.Option("--table", help="csv: only this table, as one CSV file "
                                              "(or to stdout with PATH `-`).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists (a file, or a directory "
                                        "holding only a previous csv export).")] = False,
    facts: FactsOpt = None,
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
    from ..site import export as exporting
    from ..store.queries.ids import one_of

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


@command()
def serve(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on (0: any free one).")]
    = 8001,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 is this machine only.")]
    = "127.0.0.1",
    facts: FactsOpt = None,
) -> None:
    """Browse the fact base in a web browser: Datasette on a fresh export, until Ctrl-C.

    Needs the web extra: pip install 'defectcli[web]'.

    \b
    Examples:
      defectcli serve
      defectcli serve --port 8080
    """
    from ..site import serve as web
    from ..store.queries import lists as queries

    web.require()
    ix = open_facts(facts, environment(ctx))
    web.serve(lambda kind: queries.records(ix, kind), arg(host), port, emit.err)


@command()
def check(
    ctx: typer.Context,
    sources_dir: Annotated[Path | None, typer.Option(
        "--sources", metavar="DIR", help="Directory holding the article texts; each is found by its SHA-256.",
        file_okay=False)] = None,
    coverage: Annotated[bool, typer.Option(
        "--coverage", help="Also require every sentence of every source to be cited by a record or waived "
        "(with --sources); lists each uncovered sentence as SOURCE:LINE: sentence.")] = False,
    only: Annotated[list[str] | None, typer.Option(
        "--source", help="With --sources, check only this source's text (repeat for several): for a fact base "
        "whose other texts you do not have.")] = None,
    facts: FactsOpt = None,
) -> None:
    """Validate the fact base; with --sources, prove every quote, excerpt and figure verbatim.

    Prints each problem as file:line: message, then warnings (a source no fact cites; with --sources,
    a text no source names) as file: warning: message. Exit 0 when it holds, 2 when it does not;
    warnings do not change the exit code.
    DIR holds the article texts, as plain .txt files under any names; each is found by its SHA-256.

    \b
    Examples:
      defectcli check
      defectcli check --facts my-facts/ --sources articles/
      defectcli check --sources articles/ --coverage
    """
    from ..factbase import loader, validate
    from ..output.formats import safe
    from ..texts import provenance

    if coverage and sources_dir is None:
        raise UsageError("--coverage: needs --sources DIR, the texts whose sentences it counts")
    directory = facts or bundled_facts()
    # The same validation every query relies on: the index's problems.
    problems = open_facts(directory, environment(ctx), strict=False).problems()
    fb, _ = loader.load(directory)  # the records, for provenance; their problems are the index's already
    summaries: list[str] = []  # with --coverage: each source's sentences, cited, waived and uncovered
    uncovered: list[str] = []
    if sources_dir is not None:
        from ..writing import is_dir

        if not is_dir(sources_dir, "--sources"):
            raise typer.BadParameter(f"directory '{sources_dir}' does not exist", param_hint="--sources")
        chosen = fb
        if only:
            from dataclasses import replace

            from ..store.queries import ids as lookup

            for sid in only:
                lookup.one_of(sid, [x.id for x in fb.sources], "--source")
            chosen = replace(fb, sources=tuple(x for x in fb.sources if x.id in only))
        texts, found = provenance.find_sources(chosen, sources_dir)
        problems += found + provenance.check_provenance(fb, texts)
        if coverage:
            from ..texts.coverage import coverage as covered

            report = covered(chosen, texts)
            problems += report.problems
            summaries = [one.summary() for one in report.sources]
            uncovered = [f"{sid}:{s.line}: {s.text}" for sid, s in report.uncovered]
    # Warnings are to-dos, not errors: they never change the exit code.
    warnings = provenance.uncited_sources(fb) + (provenance.unnamed_texts(fb, sources_dir) if sources_dir else [])
    lines = [safe(str(p)) for p in problems] + [safe(line) for line in uncovered] + [safe(w) for w in warnings]
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
