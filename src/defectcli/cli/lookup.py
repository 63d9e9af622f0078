"""Commands that look one thing up: a person, or every record that mentions some text."""

from __future__ import annotations

from typing import Annotated

import typer

from . import complete, emit
from .app import command
from .options import FactsOpt, FormatOpt, SourceOpt, chosen_format
from .session import arg, environment, open_facts


@command()
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or title form: \"Capt Zay Thu Aung\".",
                                        autocompletion=complete.people)],
    source: SourceOpt = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
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
    from ..output import formats
    from ..store.queries import lists as queries

    env = environment(ctx)
    row = queries.person(open_facts(facts, env), arg(name), arg(source))
    fmt = chosen_format(format, env)
    if fmt == "table":
        from ..output.views import person_view

        emit.out(person_view(row, total=env.width, style=env.colour), env.encoding, drawn=True)
    elif fmt in ("json", "jsonl"):
        emit.out(formats.to_json(row) if fmt == "json" else formats.to_jsonl([row]), env.encoding, is_json=True)
    else:
        from ..output.profile import LONG, long_rows

        # csv/tsv: the whole profile, one row per fact (long format).
        emit.out(formats.flat(long_rows(row), LONG, fmt), env.encoding)


@command()
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words and \"quoted phrases\"; every word must match, "
                                        "in any field and order. Case, accents, apostrophes and word endings are "
                                        "ignored.")],
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Only records of this kind: person, organisation, "
                                             "place, event, figure, quote, motivation, conflict, source, theme.")]
    = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many hits, best first.")] = 20,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Every record that mentions TEXT, best first, each hit with the matching words in context.

    A word that a theme lists among its search words (`defectcli themes -f json`) also finds the
    theme's other words ("pay" finds "paid"); such hits say so.

    \b
    Examples:
      defectcli search "dont regret"
      defectcli search money --kind figure -f json
    """
    from ..store.queries import lists as queries
    from ..store.queries.search import shown

    env = environment(ctx)
    rows, note = queries.search(open_facts(facts, env), arg(text), arg(kind), limit)
    fmt = chosen_format(format, env)
    if note and rows:
        emit.err(note)
    if fmt == "table":
        from ..output.hits import hits_view

        if rows:
            emit.out(hits_view(rows, f"Search: {shown(text)}", total=env.width, style=env.colour), env.encoding,
                     drawn=True)
        else:
            from ..errors import NotFound

            raise NotFound(f"nothing mentions '{shown(text)}'")
        return
    from ..output.columns import SEARCH

    for row in rows:
        row.pop("marked")
    emit.rows(rows, fmt, SEARCH, f"Search: {shown(text)}", f"nothing mentions '{shown(text)}'", env)
