"""`defectcli person NAME`: one person's whole profile (or several people's, one after another)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .. import batch, complete, emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def person(
    names: Annotated[list[str], typer.Argument(metavar="NAME...", help="A name, alias or title form: \"Capt Zay Thu "
                                               "Aung\"; several names, or - for one a line on stdin.",
                                               autocompletion=complete.people)],
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """One person's profile: attributes, quotes, motivations, figures and events, each with its source.

    Names match ignoring case, accents, apostrophe style, extra spaces, honorifics (U, Daw, Ko, Ma,
    Maung or Mg, Saw, Naw, Sai, Nang, Khun, Bo) and ranks; a part of a name matches when it names one
    person. csv and tsv print the whole profile in long format: one row per fact (person, section,
    id, field, value, unit, source, line, excerpt, note); --fields picks columns of it, in every
    format. --limit N keeps the first N facts of each section.

    With several names, or - (one name a line on stdin), each is answered in turn: in a pipe one
    JSON object a line, each with its "input"; a name that finds nothing is an error object and the
    run goes on (exit 1 at the end).

    \b
    Examples:
      defectcli person "Ko Lin Aung"
      defectcli person "captain zay thu aung" -f json
      defectcli person "Lin Aung" --fields section,field,value,source --limit 3
      cut -d, -f1 interviewees.csv | defectcli person - | jq -r .name
    """
    from ...output.profile import LONG, long_rows, trimmed

    def view(row: dict[str, object], out: Output) -> str:
        from ...output.views import person_view

        return person_view(row, total=out.env.width, style=out.env.colour, limit=out.limit, headers=out.headers)

    many = batch.inputs(names)
    if many is not None:
        batch.answer_all(many, lambda name: trimmed(fb.person(name, arg(source)), output.limit), output, view,
                         long_rows, LONG)
        return
    row = fb.person(arg(names[0]), arg(source))
    if output.fields or output.format in ("csv", "tsv"):
        # The long format; --limit has cut each section already, not the rows.
        emit.rows(long_rows(trimmed(row, output.limit)), output.unlimited(), LONG, f"{row['name']}: facts",
                  "nothing is known of this person")
    elif output.format == "table":
        emit.out(view(row, output), output.env.encoding, drawn=True)
    else:
        emit.data(trimmed(row, output.limit), output)
