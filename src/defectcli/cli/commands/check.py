"""`defectcli check`: is the fact base sound, and (with the article texts) is every fact proven?"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ...errors import ExitStatus
from .. import emit
from ..options import fact_base
from ..session import environment

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base(sources=True)
def check(
    ctx: typer.Context,
    coverage: Annotated[bool, typer.Option(
        "--coverage", help="Also require every sentence of every source to be cited by a record or waived; lists "
        "each uncovered sentence as SOURCE:LINE: sentence.")] = False,
    only: Annotated[list[str] | None, typer.Option(
        "--source", "-s", metavar="ID", help="Check only this source's text (repeat for several): for a fact base "
        "whose other texts you do not have.")] = None,
    *, fb: FactBase,
) -> None:
    """Validate the fact base; with the article texts, prove every quote, excerpt and figure verbatim.

    The texts are read from --sources DIR, DEFECTCLI_SOURCES, or the fact base's own sources/
    directory (plain .txt files under any names; each is found by its SHA-256); for the bundled
    fact base, from where `defectcli sources fetch` keeps them. A source with no text there is
    checked against the page `sources fetch` kept last (its excerpts and quotes, not their lines;
    coverage needs the text itself). Prints each problem
    as file:line: message, then warnings (a source no fact cites; a text no source names) as
    file: warning: message. Exit 0 when it holds, 2 when it does not; warnings do not change the
    exit code.

    \b
    Examples:
      defectcli check
      defectcli check --facts my-facts/ --sources articles/
      defectcli check --sources articles/ --coverage
    """
    from ...text import safe_line

    report = fb.check(coverage=coverage, only=only or ())
    lines = [str(p) for p in report.problems] + report.uncovered + report.warnings
    if lines:
        emit.out("".join(safe_line(line) + "\n" for line in lines), environment(ctx).encoding)  # (a path's newline too)
    for line in report.notes + report.summaries:
        emit.err(line)
    if report.problems:
        emit.err(f"{len(report.problems)} problem{'s' if len(report.problems) != 1 else ''} in {fb.directory}")
    if report.uncovered:
        n = len(report.uncovered)
        emit.err(f"{n} sentence{'s' if n != 1 else ''} neither cited nor waived; cite or waive each "
                 "(facts/README.md, \"Adding an article\")")
    if not report.ok:
        raise typer.Exit(ExitStatus.USAGE)
    summary = ", ".join(f"{n} {k}" for k, n in report.counts.items())
    emit.err(f"ok: {summary}{report.tail}")
