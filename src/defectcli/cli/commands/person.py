"""`defectcli person NAME`: one person's whole profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .. import complete, emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options(rows=False)
def person(
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or title form: \"Capt Zay Thu Aung\".",
                                        autocompletion=complete.people)],
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """One person's profile: attributes, quotes, motivations, figures and events, each with its source.

    Names match ignoring case, accents, apostrophe style, extra spaces, honorifics (U, Daw, Ko, Ma,
    Maung or Mg, Saw, Naw, Sai, Nang, Khun, Bo) and ranks; a part of a name matches when it names one
    person. csv and tsv print the whole profile in long format: one row per fact (section, id, field,
    value, unit, source, line, excerpt, note).

    \b
    Examples:
      defectcli person "Ko Lin Aung"
      defectcli person "captain zay thu aung" -f json
    """
    row = fb.person(arg(name), arg(source))
    env = output.env
    if output.format == "table":
        from ...output.views import person_view

        emit.out(person_view(row, total=env.width, style=env.colour), env.encoding, drawn=True)
    elif output.format in ("json", "jsonl"):
        emit.data(row, output)
    else:
        from ...output import formats
        from ...output.profile import LONG, long_rows

        emit.out(formats.flat(long_rows(row), LONG, output.format), env.encoding)
