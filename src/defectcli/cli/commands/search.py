"""`defectcli search TEXT`: every record that mentions some words, best first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ...errors import NotFound
from ...text import shorten
from .. import batch, emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def search(
    texts: Annotated[list[str], typer.Argument(metavar="TEXT...", help="Words and \"quoted phrases\"; every word must "
                                               "match, in any field and order. Case, accents, apostrophes and word "
                                               "endings are ignored. - reads one search a line from stdin.")],
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Only records of this kind: person, organisation, "
                                             "place, event, figure, quote, motivation, conflict, source, theme.")]
    = None,
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Every record that mentions TEXT, best first, each hit with the matching words in context.

    A word that a theme lists among its search words (`defectcli themes -f json`) also finds the
    theme's other words ("pay" finds "paid"); such hits say so. 20 hits unless --limit.

    With - (one search a line on stdin), each is answered in turn (see `person`).

    \b
    Examples:
      defectcli search "dont regret"
      defectcli search money --kind figure -f json
      defectcli search police --source s2
      defectcli search police --fields kind,id,title --no-headers
    """
    from ...output.columns import SEARCH

    if texts == ["-"]:
        def ask(words: str) -> dict[str, Any]:
            found = fb.search(words, arg(kind), output.limit or 20, arg(source))
            return {"hits": list(found), "note": found.note}

        batch.answer_all(texts, ask, output, lambda answer, out: _view(answer["hits"], "", out),
                         lambda answer: list(answer["hits"]), SEARCH)
        return
    text = arg(" ".join(texts))  # the words of one search, quoted or not
    hits = fb.search(text, arg(kind), output.limit or 20, arg(source))
    title, empty = f"Search: {shorten(text)}", f"nothing mentions '{shorten(text)}'"
    if output.format == "table" and not output.fields:
        if not hits:
            raise NotFound(empty)
        emit.out(_view(hits, title, output), output.env.encoding, drawn=True)
    else:
        emit.rows(hits, output, SEARCH, title, empty)
    if hits.note and hits:  # after the answer: a bad --fields is its one line, with no advice before it
        emit.err(hits.note)


def _view(hits: list[dict[str, Any]], title: str, output: Output) -> str:
    from ...output.hits import hits_view

    env = output.env
    return hits_view(hits, title, total=env.width, style=env.colour, headers=output.headers and bool(title))
