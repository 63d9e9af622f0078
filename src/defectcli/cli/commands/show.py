"""`defectcli show ID`: any record in full, each excerpt in its article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .. import complete, emit
from ..options import Output, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase

COLUMNS = ("kind", "id", "label", "source", "line", "excerpt", "context", "citation")


@fact_base(sources=True)
@output_options(rows=False)
def show(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A record's id, as search and the lists print it.",
                                             autocompletion=complete.any_id)],
    context: Annotated[int, typer.Option("--context", "-C", min=0, max=50, help="Paragraphs to show before and "
                                         "after each excerpt's own.")] = 0,
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="The record's kind, when two kinds share the "
                                             "id.")] = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Any record by its id, in full, with each excerpt in its article and a one-line citation.

    The article texts are not part of the fact base: they are read from --sources DIR,
    DEFECTCLI_SOURCES, or the fact base's own sources/ directory. Without them, the record and its
    excerpts are printed alone.

    \b
    Examples:
      defectcli show q-lin-aung-no-regret -C 1
      defectcli show nug-payment -f json
    """
    shown = fb.show(arg(record_id), arg(kind), context)
    env = output.env
    if output.format == "table":
        from ...output.showview import show_view

        emit.out(show_view(shown["kind"], shown["record"], shown["excerpts"], total=env.width, style=env.colour),
                 env.encoding, drawn=True)
    elif output.format in ("json", "jsonl"):
        emit.data(dict(shown), output)
    else:
        from ...output import formats

        rows = [{"kind": shown["kind"], "id": shown["id"], **item,
                 "context": "\n".join(p["text"] for p in item["context"]) if item["context"] else None}
                for item in shown["excerpts"]]
        emit.out(formats.flat(rows, [formats.Column(c, c) for c in COLUMNS], output.format), env.encoding)
    for note in shown.notes:
        emit.err(note)
