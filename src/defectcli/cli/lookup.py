"""Commands that look one thing up: a person, or every record that mentions some text."""

from __future__ import annotations

from typing import Annotated

import typer

from . import complete, emit
from .app import command
from .options import FactsOpt, FormatOpt, chosen_format
from .session import arg, environment, open_facts


@command()
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or title form: \"Capt Zay Thu Aung\".",
                                        autocompletion=complete.people)],
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """One person's profile: attributes, quotes, motivations and figures, each with its source.

    Names match ignoring case, accents, apostrophe style, extra spaces, titles and ranks.

    \b
    Examples:
      defectcli person "Lin Aung"
      defectcli person "captain zay thu aung" -f json
    """
    from ..output import formats
    from ..store import queries

    env = environment(ctx)
    row = queries.person(open_facts(facts, env), arg(name))
    fmt = chosen_format(format, env)
    if fmt == "table":
        from ..output.views import person_view

        emit.out(person_view(row, total=env.width, style=env.colour), env.encoding, drawn=True)
    elif fmt in ("json", "jsonl"):
        emit.out(formats.to_json(row) if fmt == "json" else formats.to_jsonl([row]), env.encoding, is_json=True)
    else:
        from ..output.columns import PERSON_FLAT

        # csv/tsv: one row per attribute, the flat part of a profile.
        rows = [{"person": row["id"], "name": row["name"], **a} for a in row["attributes"]]
        emit.out(formats.flat(rows, PERSON_FLAT, fmt), env.encoding)


@command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words or a phrase; case, accents and apostrophes are ignored.")],
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Everything that mentions TEXT: people, figures, quotes, motivations, events, ..., best first.

    \b
    Examples:
      defectcli search "conscription"
      defectcli search "don't regret" -f json
    """
    from ..output.columns import SEARCH
    from ..store import queries

    env = environment(ctx)
    rows = queries.search(open_facts(facts, env), arg(text))
    emit.rows(rows, chosen_format(format, env), SEARCH, f"Search: {text}", f"nothing mentions '{text}'", env)
