"""`defectcli show ID`: any record in full, each excerpt in its article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from .. import batch, complete, emit
from ..options import Output, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase

COLUMNS = ("kind", "id", "label", "source", "line", "excerpt", "context", "citation")


@fact_base(sources=True)
@output_options()
def show(
    record_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="A record's id, as search and the lists print "
                                                    "it; several ids, or - for one a line on stdin.",
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

    csv and tsv print one row per excerpt (kind, id, label, source, line, excerpt, context,
    citation); --fields picks columns of it, in every format; --limit N keeps the first N excerpts.

    With several ids, or - (one a line on stdin), each is shown in turn (see `person`).

    \b
    Examples:
      defectcli show q-lin-aung-no-regret -C 1
      defectcli show nug-payment -f json
      grep -o 'q-[a-z0-9-]*' draft.md | defectcli show - -f jsonl
    """
    from ...output import formats

    columns = [formats.Column(c, c) for c in COLUMNS]

    def ask(rid: str) -> Any:
        return fb.show(rid, arg(kind), context)

    many = batch.inputs(record_ids)
    if many is not None:
        batch.answer_all(many, lambda rid: formats.cut(dict(ask(rid)), ["excerpts"], output.limit), output, _view,
                         _rows, columns)
        return
    shown = ask(arg(record_ids[0]))
    answer = formats.cut(dict(shown), ["excerpts"], output.limit)
    if output.fields or output.format in ("csv", "tsv"):
        emit.rows(_rows(answer), output.unlimited(), columns, f"{shown['kind']} {shown['id']}: excerpts", None)
    elif output.format == "table":
        emit.out(_view(answer, output), output.env.encoding, drawn=True)
        if len(answer["excerpts"]) < len(shown["excerpts"]):
            emit.err(f"{len(answer['excerpts'])} of {len(shown['excerpts'])} excerpts shown (--limit {output.limit})")
    else:
        emit.data(answer, output)
    for note in shown.notes:
        emit.err(note)


def _view(shown: dict[str, Any], output: Output) -> str:
    from ...output.showview import show_view

    env = output.env
    return show_view(shown["kind"], shown["record"], shown["excerpts"], total=env.width, style=env.colour,
                     headers=output.headers)


def _rows(shown: dict[str, Any]) -> list[dict[str, Any]]:
    """Each excerpt a row, its paragraphs of context joined."""
    return [{"kind": shown["kind"], "id": shown["id"], **item,
             "context": "\n".join(p["text"] for p in item["context"]) if item["context"] else None}
            for item in shown["excerpts"]]
