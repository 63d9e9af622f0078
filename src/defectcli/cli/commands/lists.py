"""The list commands: every record of one kind, filtered, in every format (people, stats, quotes,
themes, motivations, timeline, conflicts, orgs). Each is one question to the fact base and one call
to print its rows; the output and fact base options come from options.py."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ...output import columns as cols
from .. import complete, emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


def _picture(name: str) -> Callable[[list[dict[str, Any]], int, bool], str]:
    """A picture of output/pictures.py that draws the rows on a terminal, imported only when drawn."""
    def draw(rows: list[dict[str, Any]], total: int, style: bool) -> str:
        from ...output import pictures

        drawn: str = getattr(pictures, name)(rows, total=total, style=style)
        return drawn
    return draw


class Stage(str, Enum):
    joining = "joining"
    defecting = "defecting"
    staying = "staying"


@fact_base()
@output_options()
def people(
    source: SourceOpt = None,
    role: Annotated[str | None, typer.Option("--role", "-r", metavar="ROLE", help="Only people with this role.",
                                             autocompletion=complete.vocabulary("roles"))] = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Everyone the articles name, quote or describe.

    \b
    Examples:
      defectcli people --role defector
      defectcli people --source s2 -f json
      defectcli people --fields id,name --no-headers
    """
    emit.rows(fb.people(arg(source), arg(role)), output, cols.PEOPLE, "People", "no people match")


@fact_base()
@output_options()
def stats(
    topic: Annotated[str | None, typer.Option("--topic", "-t", metavar="TOPIC", help="Only figures on this topic.",
                                              autocompletion=complete.vocabulary("topics"))] = None,
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Every figure: value, unit, what it counts, who states it and where.

    On a terminal, totals the sources disagree on are drawn as bars on one scale, and totals with
    a breakdown as bars of their parts.

    \b
    Examples:
      defectcli stats --topic defections
      defectcli stats -f csv > figures.csv
    """
    env = output.env

    def pictures(shown: list[dict[str, Any]]) -> str:
        from ...output.pictures import comparisons
        from ...output.views import breakdowns

        return comparisons(shown, fb.comparisons(), total=env.width, style=env.colour) + \
            breakdowns(shown, total=env.width, style=env.colour)
    emit.rows(fb.stats(arg(topic), arg(source)), output, cols.FIGURES_TABLE, "Figures", "no figures match",
              extra=pictures, flat_columns=cols.FIGURES_FLAT)


@fact_base()
@output_options()
def quotes(
    theme: Annotated[list[str] | None, typer.Option("--theme", "-t", metavar="THEME", help="Only quotes with this "
                                                    "theme (`defectcli themes` lists them); repeat for all of "
                                                    "several.", autocompletion=complete.ids("themes"))] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", metavar="NAME", help="Only quotes by this person.",
                                                autocompletion=complete.people)] = None,
    search: Annotated[str | None, typer.Option("--search", "-q", metavar="TEXT", help="Only quotes containing this "
                                               "text (ignores case, accents and apostrophe style).")] = None,
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Direct quotations, verbatim, with speaker, themes and source line.

    \b
    Examples:
      defectcli quotes --theme safety
      defectcli quotes --speaker "Lin Aung" --search "don't"
      defectcli quotes --fields speaker_name,text -f csv
    """
    rows = fb.quotes([arg(t) for t in theme or ()], arg(speaker), arg(search), arg(source))
    emit.rows(rows, output, cols.QUOTES_TABLE, "Quotes", "no quotes match", flat_columns=cols.QUOTES)


@fact_base()
@output_options()
def themes(*, output: Output, fb: FactBase) -> None:
    """The theme vocabulary, with how many quotes each theme has.

    \b
    Examples:
      defectcli themes
      defectcli themes -f json
    """
    emit.rows(fb.themes(), output, cols.THEMES, "Themes", "no themes")


@fact_base()
@output_options()
def motivations(
    stage: Annotated[Stage | None, typer.Option("--stage", metavar="STAGE", help="joining, defecting, or staying "
                                                "(what holds soldiers back).", case_sensitive=False)] = None,
    source: SourceOpt = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Reasons for joining, for defecting and for staying, with who gives each.

    With --source, only the people and evidence of that source are counted.

    \b
    Examples:
      defectcli motivations --stage defecting
      defectcli motivations --source s2
      defectcli motivations --fields reason,people_count
    """
    rows = fb.motivations(stage.value if stage else None, arg(source))
    emit.rows(rows, output, cols.MOTIVATIONS, "Motivations", "no motivations match")


@fact_base()
@output_options()
def timeline(source: SourceOpt = None, *, output: Output, fb: FactBase) -> None:
    """Events in the order their dates mean and the text relates them; undated events last.

    Each date is marked stated or inferred; a disputed date shows every reading and its conflict.
    On a terminal the events are drawn down a line, dates at the side; --fields gives a table.

    \b
    Examples:
      defectcli timeline
      defectcli timeline --source s2 -f tsv | cut -f1-4
    """
    emit.rows(fb.timeline(arg(source)), output, cols.TIMELINE, "Timeline", "no events", picture=_picture("timeline"))


@fact_base()
@output_options()
def conflicts(source: SourceOpt = None, *, output: Output, fb: FactBase) -> None:
    """Where the sources disagree, contradict themselves or err, with both sides cited.

    On a terminal each conflict is a card with its claims side by side; --fields gives a table.

    \b
    Examples:
      defectcli conflicts
      defectcli conflicts -f json | jq '.[] | select(.kind=="error")'
    """
    emit.rows(fb.conflicts(arg(source)), output, cols.CONFLICTS, "Conflicts", "no conflicts",
              picture=_picture("conflict_cards"))


@fact_base()
@output_options()
def orgs(source: SourceOpt = None, *, output: Output, fb: FactBase) -> None:
    """Organisations the articles name, with aliases, sources, and what the articles say of each.

    \b
    Examples:
      defectcli orgs
      defectcli orgs --source s1 -f csv > organisations.csv
    """
    emit.rows(fb.organisations(arg(source)), output, cols.ORGS, "Organisations", "no organisations")
