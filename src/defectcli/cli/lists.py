"""Commands that list facts of one kind, filtered."""

from __future__ import annotations

from typing import Annotated

import typer

from . import complete, emit
from .app import app
from .options import FactsOpt, FormatOpt, SourceOpt, Stage, chosen_format
from .session import arg, environment, open_facts


@app.command()
def people(
    ctx: typer.Context,
    source: SourceOpt = None,
    role: Annotated[str | None, typer.Option("--role", "-r", help="defector, interviewee, writer, translator, "
                                                "relative, serving_soldier, mentioned.")] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Everyone the articles name, quote or describe.

    Example: defectcli people --role defector  ·  defectcli people --source s2 -f json
    """
    from ..output.columns import PEOPLE
    from ..store import queries

    env = environment(ctx)
    rows = queries.people(open_facts(facts, env), arg(source), arg(role))
    emit.rows(rows, chosen_format(format, env), PEOPLE, "People", "no people match", env)


@app.command()
def stats(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="defections, conscription, interviews, "
                                                 "motivations, living, migration, support, operations.")] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Every figure: value, unit, what it counts, who states it and where.

    On a terminal, totals with a breakdown are drawn as bars.

    Example: defectcli stats --topic defections  ·  defectcli stats -f csv > figures.csv
    """
    from ..output.columns import FIGURES_FLAT, FIGURES_TABLE
    from ..store import queries

    env = environment(ctx)
    rows = queries.stats(open_facts(facts, env), arg(topic), arg(source))
    fmt = chosen_format(format, env)

    def bars() -> str:
        from ..output.views import breakdowns

        return breakdowns(rows, total=env.width, style=env.colour)
    emit.rows(rows, fmt, FIGURES_TABLE if fmt == "table" else FIGURES_FLAT, "Figures", "no figures match", env, bars)


@app.command()
def quotes(
    ctx: typer.Context,
    theme: Annotated[list[str] | None, typer.Option("--theme", "-t", help="Only quotes with this theme; repeat "
                                                       "for all of several.", autocompletion=complete.ids("themes"))]
    = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotes by this person.",
                                                   autocompletion=complete.people)] = None,
    search: Annotated[str | None, typer.Option("--search", "-q", help="Only quotes containing this text "
                                                  "(ignores case, accents and apostrophe style).")] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Direct quotations, verbatim, with speaker, themes and source line.

    Example: defectcli quotes --theme safety  ·  defectcli quotes --speaker "Lin Aung" --search "don't"
    """
    from ..output.columns import QUOTES
    from ..store import queries

    env = environment(ctx)
    rows = queries.quotes(open_facts(facts, env), [arg(t) for t in theme] if theme else None, arg(speaker),
                          arg(search), arg(source))
    emit.rows(rows, chosen_format(format, env), QUOTES, "Quotes", "no quotes match", env)


@app.command()
def themes(ctx: typer.Context, format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """The theme vocabulary for quotes, with how many quotes carry each.

    Example: defectcli themes  ·  defectcli themes -f json | jq '.[].id'
    """
    from ..output.columns import THEMES
    from ..store import queries

    env = environment(ctx)
    emit.rows(queries.themes(open_facts(facts, env)), chosen_format(format, env), THEMES, "Themes", "no themes", env)


@app.command()
def motivations(
    ctx: typer.Context,
    stage: Annotated[Stage | None, typer.Option("--stage", help="joining, defecting, or staying "
                                                   "(what holds soldiers back).")] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Reasons for joining, for defecting and for staying, with who gives each.

    Example: defectcli motivations --stage defecting
    """
    from ..output.columns import MOTIVATIONS
    from ..store import queries

    env = environment(ctx)
    rows = queries.motivations(open_facts(facts, env), stage.value if stage else None)
    emit.rows(rows, chosen_format(format, env), MOTIVATIONS, "Motivations", "no motivations match", env)


@app.command()
def sources(ctx: typer.Context, format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """The articles the facts come from, with dates (stated or inferred) and SHA-256.

    Example: defectcli sources -f json | jq '.[].sha256'
    """
    from ..output.columns import SOURCES
    from ..store import queries

    env = environment(ctx)
    emit.rows(queries.sources(open_facts(facts, env)), chosen_format(format, env), SOURCES, "Sources", "no sources",
              env)


@app.command()
def timeline(ctx: typer.Context, format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Events in the order their dates mean and the text relates them; undated events last.

    Each date is marked stated or inferred; a disputed date shows every reading and its conflict.

    Example: defectcli timeline
    """
    from ..output.columns import TIMELINE
    from ..store import queries

    env = environment(ctx)
    emit.rows(queries.timeline(open_facts(facts, env)), chosen_format(format, env), TIMELINE, "Timeline",
              "no events", env)


@app.command()
def conflicts(ctx: typer.Context, format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Where the sources disagree, contradict themselves or err, with both sides cited.

    Example: defectcli conflicts  ·  defectcli conflicts -f json | jq '.[] | select(.kind=="error")'
    """
    from ..output.columns import CONFLICTS
    from ..store import queries

    env = environment(ctx)
    emit.rows(queries.conflicts(open_facts(facts, env)), chosen_format(format, env), CONFLICTS, "Conflicts",
              "no conflicts", env)


@app.command()
def orgs(ctx: typer.Context, format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Organisations the articles name, with aliases, sources, and what the articles say of each.

    Example: defectcli orgs -f csv
    """
    from ..output.columns import ORGS
    from ..store import queries

    env = environment(ctx)
    emit.rows(queries.organisations(open_facts(facts, env)), chosen_format(format, env), ORGS, "Organisations",
              "no organisations", env)
