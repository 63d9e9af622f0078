"""`defectcli search TEXT`: every record that mentions some words, best first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ...errors import NotFound
from ...text import shorten
from .. import emit
from ..options import Output, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words and \"quoted phrases\"; every word must match, "
                                        "in any field and order. Case, accents, apostrophes and word endings are "
                                        "ignored.")],
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Only records of this kind: person, organisation, "
                                             "place, event, figure, quote, motivation, conflict, source, theme.")]
    = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Every record that mentions TEXT, best first, each hit with the matching words in context.

    A word that a theme lists among its search words (`defectcli themes -f json`) also finds the
    theme's other words ("pay" finds "paid"); such hits say so. 20 hits unless --limit.

    \b
    Examples:
      defectcli search "dont regret"
      defectcli search money --kind figure -f json
      defectcli search police --fields kind,id,title --no-headers
    """
    hits = fb.search(arg(text), arg(kind), output.limit or 20)
    if hits.note and hits:
        emit.err(hits.note)
    title, empty = f"Search: {shorten(text)}", f"nothing mentions '{shorten(text)}'"
    if output.format == "table" and not output.fields:
        if not hits:
            raise NotFound(empty)
        from ...output.hits import hits_view

        env = output.env
        emit.out(hits_view(hits, title, total=env.width, style=env.colour, headers=output.headers), env.encoding,
                 drawn=True)
        return
    from ...output.columns import SEARCH

    emit.rows(hits, output, SEARCH, title, empty)
