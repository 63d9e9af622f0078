"""`defectcli show ID`: any record in full, each excerpt in its article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import complete, emit
from .app import command
from .options import FactsOpt, FormatOpt, chosen_format
from .session import arg, environment, open_facts

SHOW_COLUMNS = ("kind", "id", "label", "source", "line", "excerpt", "context", "citation")


@command()
def show(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A record's id, as search and the lists print it.",
                                             autocompletion=complete.any_id)],
    sources_dir: Annotated[Path | None, typer.Option(
        "--sources", envvar="DEFECTCLI_SOURCES", help="Directory holding the article texts (each found by its "
        "SHA-256, as check finds them), to show each excerpt in its article.", show_default=False)] = None,
    context: Annotated[int, typer.Option("--context", "-C", min=0, max=50, help="Paragraphs to show before and "
                                         "after each excerpt's own.")] = 0,
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="The record's kind, when two kinds share the "
                                             "id.")] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Any record by its id, in full, with each excerpt in its article and a one-line citation.

    The article texts are not part of the fact base: give their directory with --sources DIR or
    DEFECTCLI_SOURCES. Without them, the record and its excerpts are printed alone.

    \b
    Examples:
      defectcli show q-lin-aung-no-regret --sources ../shared/seeds -C 1
      defectcli show nug-payment -f json
    """
    from ..output import formats
    from ..store.queries import records
    from ..store.queries.search import KINDS

    env = environment(ctx)
    from ..writing import is_dir, taken

    if sources_dir is not None and not is_dir(sources_dir, "--sources"):
        from ..errors import UsageError

        what = "is not a directory" if taken(sources_dir) else "does not exist"
        raise UsageError(f"--sources: '{sources_dir}' {what} (the directory of the article texts)")
    ix = open_facts(facts, env)
    if kind is not None:
        from ..store.queries.ids import one_of

        one_of(arg(kind), list(KINDS), "--kind")
    found_kind, row = records.find(ix, arg(record_id), arg(kind))
    items, notes = records.in_context(ix, found_kind, row, sources_dir, context)
    # Where a source has a publication record, the same citation line as `defectcli cite` gives.
    from ..output.cite import plain
    from ..store.queries import lists as queries

    cited = {s["id"]: s for s in queries.sources(ix) if s.get("record")}
    for item in items:
        source = cited.get(item["source"])
        if source is not None:
            item["citation"] = f"{source['id']}: {plain(source)}" + (f", line {item['line']}" if item["line"] else "")
    fmt = chosen_format(format, env)
    if fmt == "table":
        from ..output.showview import show_view

        emit.out(show_view(found_kind, row, items, total=env.width, style=env.colour), env.encoding, drawn=True)
    elif fmt in ("json", "jsonl"):
        doc = {"kind": found_kind, "id": row["id"], "record": row, "excerpts": items}
        emit.out(formats.to_json(doc) if fmt == "json" else formats.to_jsonl([doc]), env.encoding, is_json=True)
    else:
        rows = [{"kind": found_kind, "id": row["id"], **item,
                 "context": "\n".join(p["text"] for p in item["context"]) if item["context"] else None}
                for item in items]
        emit.out(formats.flat(rows, [formats.Column(c, c) for c in SHOW_COLUMNS], fmt), env.encoding)
    for note in notes:
        emit.err(note)
    if sources_dir is None and items:
        emit.err("to see each excerpt in its article, add --sources DIR (the article texts) or set DEFECTCLI_SOURCES")
