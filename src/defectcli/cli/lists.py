"""Commands that list facts of one kind, filtered."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from . import complete, emit
from .app import command
from .options import (
    FactsOpt,
    FieldsOpt,
    FormatOpt,
    LimitOpt,
    Listing,
    NoHeadersOpt,
    SourceOpt,
    Stage,
    chosen_format,
)
from .session import arg, environment, open_facts


@command()
def people(
    ctx: typer.Context,
    source: SourceOpt = None,
    role: Annotated[str | None, typer.Option("--role", "-r", metavar="ROLE", help="Only people with this role.",
                                                autocompletion=complete.vocabulary("roles"))] = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Everyone the articles name, quote or describe.

    \b
    Examples:
      defectcli people --role defector
      defectcli people --source s2 -f json
      defectcli people --fields id,name --no-headers
    """
    from ..output.columns import PEOPLE
    from ..store.queries import lists as queries

    env = environment(ctx)
    rows = queries.people(open_facts(facts, env), arg(source), arg(role))
    emit.rows(rows, chosen_format(format, env), PEOPLE, "People", "no people match", env,
              listing=Listing.of(limit, no_headers, fields))


@command()
def stats(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Option("--topic", "-t", metavar="TOPIC", help="Only figures on this topic.",
                                                 autocompletion=complete.vocabulary("topics"))] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Every figure: value, unit, what it counts, who states it and where.

    On a terminal, totals the sources disagree on are drawn as bars on one scale, and totals with
    a breakdown as bars of their parts.

    \b
    Examples:
      defectcli stats --topic defections
      defectcli stats -f csv > figures.csv
    """
    from ..output.columns import FIGURES_FLAT, FIGURES_TABLE
    from ..store.queries import lists as queries

    env = environment(ctx)
    ix = open_facts(facts, env)
    rows = queries.stats(ix, arg(topic), arg(source))
    fmt = chosen_format(format, env)

    def pictures(shown: list[dict[str, Any]]) -> str:
        from ..output.pictures import comparisons
        from ..output.views import breakdowns

        return comparisons(shown, queries.comparisons(ix), total=env.width, style=env.colour) + \
            breakdowns(shown, total=env.width, style=env.colour)
    emit.rows(rows, fmt, FIGURES_TABLE, "Figures", "no figures match", env, pictures, flat_columns=FIGURES_FLAT,
              listing=Listing.of(limit, no_headers, fields))


@command()
def quotes(
    ctx: typer.Context,
    theme: Annotated[list[str] | None, typer.Option("--theme", "-t", metavar="THEME", help="Only quotes with this "
                                                       "theme (`defectcli themes` lists them); repeat for all of "
                                                       "several.", autocompletion=complete.ids("themes"))] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", metavar="NAME", help="Only quotes by this person.",
                                                   autocompletion=complete.people)] = None,
    search: Annotated[str | None, typer.Option("--search", "-q", metavar="TEXT", help="Only quotes containing this "
                                                  "text (ignores case, accents and apostrophe style).")] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Direct quotations, verbatim, with speaker, themes and source line.

    \b
    Examples:
      defectcli quotes --theme safety
      defectcli quotes --speaker "Lin Aung" --search "don't"
      defectcli quotes --fields speaker_name,text -f csv
    """
    from ..output.columns import QUOTES, QUOTES_TABLE
    from ..store.queries import lists as queries

    env = environment(ctx)
    rows = queries.quotes(open_facts(facts, env), [arg(t) for t in theme] if theme else None, arg(speaker),
                          arg(search), arg(source))
    emit.rows(rows, chosen_format(format, env), QUOTES_TABLE, "Quotes", "no quotes match", env, flat_columns=QUOTES,
              listing=Listing.of(limit, no_headers, fields))


@command()
def themes(
    ctx: typer.Context,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """The theme vocabulary for quotes, with how many quotes carry each.

    \b
    Examples:
      defectcli themes
      defectcli themes -f json | jq '.[].id'
    """
    from ..output.columns import THEMES
    from ..store.queries import lists as queries

    env = environment(ctx)
    emit.rows(queries.themes(open_facts(facts, env)), chosen_format(format, env), THEMES, "Themes", "no themes", env,
              listing=Listing.of(limit, no_headers, fields))


@command()
def motivations(
    ctx: typer.Context,
    stage: Annotated[Stage | None, typer.Option("--stage", metavar="STAGE", help="joining, defecting, or staying "
                                                   "(what holds soldiers back).", case_sensitive=False)] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Reasons for joining, for defecting and for staying, with who gives each.

    With --source, only the people and evidence of that source are counted.

    \b
    Examples:
      defectcli motivations --stage defecting
      defectcli motivations --source s2
      defectcli motivations --fields reason,people_count
    """
    from ..output.columns import MOTIVATIONS
    from ..store.queries import lists as queries

    env = environment(ctx)
    rows = queries.motivations(open_facts(facts, env), stage.value if stage else None, arg(source))
    emit.rows(rows, chosen_format(format, env), MOTIVATIONS, "Motivations", "no motivations match", env,
              listing=Listing.of(limit, no_headers, fields))


@command()
def timeline(
    ctx: typer.Context,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Events in the order their dates mean and the text relates them; undated events last.

    Each date is marked stated or inferred; a disputed date shows every reading and its conflict.

    On a terminal the events are drawn down a line, dates at the side; --fields gives a table.

    \b
    Examples:
      defectcli timeline
      defectcli timeline -f tsv | cut -f1-4
    """
    from ..output.columns import TIMELINE
    from ..store.queries import lists as queries

    env = environment(ctx)

    def picture(rows: list[dict[str, Any]]) -> str:
        from ..output.pictures import timeline as draw

        return draw(rows, total=env.width, style=env.colour)
    emit.rows(queries.timeline(open_facts(facts, env)), chosen_format(format, env), TIMELINE, "Timeline",
              "no events", env, picture=picture, listing=Listing.of(limit, no_headers, fields))


@command()
def conflicts(
    ctx: typer.Context,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Where the sources disagree, contradict themselves or err, with both sides cited.

    On a terminal each conflict is a card with its claims side by side; --fields gives a table.

    \b
    Examples:
      defectcli conflicts
      defectcli conflicts -f json | jq '.[] | select(.kind=="error")'
    """
    from ..output.columns import CONFLICTS
    from ..store.queries import lists as queries

    env = environment(ctx)

    def picture(rows: list[dict[str, Any]]) -> str:
        from ..output.pictures import conflict_cards

        return conflict_cards(rows, total=env.width, style=env.colour)
    emit.rows(queries.conflicts(open_facts(facts, env)), chosen_format(format, env), CONFLICTS, "Conflicts",
              "no conflicts", env, picture=picture, listing=Listing.of(limit, no_headers, fields))


@command()
def orgs(
    ctx: typer.Context,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Organisations the articles name, with aliases, sources, and what the articles say of each.

    \b
    Examples:
      defectcli orgs
      defectcli orgs -f csv > organisations.csv
    """
    from ..output.columns import ORGS
    from ..store.queries import lists as queries

    env = environment(ctx)
    emit.rows(queries.organisations(open_facts(facts, env)), chosen_format(format, env), ORGS, "Organisations",
              "no organisations", env, listing=Listing.of(limit, no_headers, fields))
