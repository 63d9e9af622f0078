"""`defectcli sources`: the articles the facts come from; `defectcli sources fetch`: each fetched from
its publisher and every excerpt proved against the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ...errors import UsageError
from .. import complete, emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg, environment

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def sources(ctx: typer.Context, source: SourceOpt = None, *, output: Output, fb: FactBase) -> None:
    """The articles the facts come from, with their publication records, dates and SHA-256.

    `defectcli sources fetch` fetches each from its publisher and checks every excerpt against it.

    \b
    Examples:
      defectcli sources
      defectcli sources --fields id,sha256 --no-headers
      defectcli sources --source s1 -f json
      defectcli sources fetch
    """
    if ctx.invoked_subcommand is not None:
        def given(name: str) -> bool:
            return getattr(ctx.get_parameter_source(name), "name", "") == "COMMANDLINE"

        if any(given(p) for p in ("format", "limit", "no_headers", "fields", "source")):
            raise UsageError(f"--format, --limit, --no-headers, --fields and --source list the sources; give them without "
                             f"'{ctx.invoked_subcommand}'")
        if given("facts"):
            raise UsageError(f"--facts: give it after '{ctx.invoked_subcommand}' (defectcli sources "
                             f"{ctx.invoked_subcommand} --facts DIR)")
        return
    from ...output import columns as cols

    emit.rows(fb.sources(arg(source)), output, cols.SOURCES_TABLE, "Sources", "no sources", flat_columns=cols.SOURCES)



@fact_base(sources=True)
def fetch(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(metavar="ID...", help="Sources to fetch (default: every "
                                                    "source with a url in its publication record).",
                                                    show_default=False, autocompletion=complete.ids("sources"))] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.1, max=600,
                                           help="Give a page up when its server is silent this long (a whole page, "
                                                "redirects included, gets 120 seconds at most).")] = 20.0,
    is_article: Annotated[bool, typer.Option("--is-article", help="Keep the page of each source named as its article "
                                             "even when it has under 300 words of text and none of its excerpts (a "
                                             "brief, or a sign-in form, a paywall, an error page?): on your word.")] = False,
    *, fb: FactBase,
) -> None:
    """Fetch each article from its publisher and check every excerpt and quote against the page.

    Each page is kept as fetched, with the date, in DIR/fetched/ID/ (DIR: --sources, or sources/ in
    your fact base; for the bundled one, a directory of your own, which show and check find); nothing
    kept is ever overwritten. Its text is taken out as add-source takes it. When that text is the one
    the fact base was checked against (same sha256), it is kept as the source's text; otherwise what
    differs is shown. Run again later, it says whether each page changed since the copy kept last,
    and which records' excerpts the changed paragraphs hold. Then `defectcli check`.

    Exit codes: 0 every page fetched and every excerpt found; 1 an excerpt not found in a page, or
    a page changed since its last copy; 69 a page could not be fetched (and nothing else found);
    2 usage error or unusable fact base; 74 a copy could not be written.

    \b
    Examples:
      defectcli sources fetch
      defectcli sources fetch s1 --facts my-facts
      defectcli sources fetch s3 --facts my-facts --is-article
      defectcli sources fetch --sources articles/ && defectcli check --sources articles/
    """
    from ...errors import CannotWrite, NotFound
    from ...output.formats import safe
    from ...pages.fetch import verdict

    env = environment(ctx)
    run = fb.fetch_sources([arg(i) for i in ids or ()], timeout, is_article)
    for note in run.skipped:
        emit.err(note)
    if run.nothing:
        raise NotFound("no source to fetch has a url in its publication record")
    outcomes = []
    try:
        for outcome in run.outcomes:
            outcomes.append(outcome)
            for note in outcome.notes:  # first: where the copy is kept is told even when stdout fails
                emit.err(note)
            emit.out("".join(safe(line) + "\n" for line in outcome.lines), env.encoding)  # a page's text is data
    except OSError as exc:
        import errno

        message = f"{exc.filename or run.directory}: cannot be written ({exc.strerror}); what was kept before is unchanged"
        raise (CannotWrite if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) else UsageError)(message) from None
    line, code = verdict(outcomes, run.directory)
    emit.err(line)
    if any(o.fetched for o in outcomes):
        own = "" if fb.bundled else f" --facts {emit.pasted(fb.directory)}"
        emit.err(f"next: defectcli check{own} --sources {emit.pasted(run.directory)}")
    raise typer.Exit(code)
