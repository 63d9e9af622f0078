"""`defectcli sources`: the articles; `defectcli sources fetch`: each from its publisher, proved."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from . import complete, emit
from .app import APP_SETTINGS, Command, SuggestingGroup, app
from .options import FactsOpt, FieldsOpt, FormatOpt, LimitOpt, Listing, NoHeadersOpt, chosen_format
from .session import arg, bundled_facts, environment, open_facts

group = typer.Typer(name="sources", cls=SuggestingGroup, invoke_without_command=True, subcommand_metavar="[COMMAND]",
                    context_settings=APP_SETTINGS["context_settings"], pretty_exceptions_enable=False,
                    rich_markup_mode=None)
app.add_typer(group)


@group.callback()
def sources(
    ctx: typer.Context,
    format: FormatOpt = None,
    limit: LimitOpt = None,
    no_headers: NoHeadersOpt = False,
    fields: FieldsOpt = None,
    facts: FactsOpt = None,
) -> None:
    """The articles the facts come from, with dates (stated or inferred) and SHA-256.

    `defectcli sources fetch` fetches each from its publisher and checks every excerpt against it.

    \b
    Examples:
      defectcli sources
      defectcli sources --fields id,sha256 --no-headers
      defectcli sources fetch
    """
    if ctx.invoked_subcommand is not None:
        if format or limit or no_headers or fields:
            raise UsageError(f"--format, --limit, --no-headers and --fields list the sources; give them without "
                             f"'{ctx.invoked_subcommand}'")
        return
    from ..output.columns import SOURCES
    from ..store.queries import lists as queries

    env = environment(ctx)
    emit.rows(queries.sources(open_facts(facts, env)), chosen_format(format, env), SOURCES, "Sources", "no sources",
              env, listing=Listing.of(limit, no_headers, fields))


@group.command("fetch", cls=Command)
def fetch(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(metavar="ID...", help="Sources to fetch (default: every "
                                                    "source with a url in its publication record).",
                                                    show_default=False, autocompletion=complete.ids("sources"))] = None,
    sources_dir: Annotated[Path | None, typer.Option(
        "--sources", metavar="DIR", help="Where to keep the pages and texts (default: sources/ in your fact base; "
        "for the bundled one, a directory of your own, which show and check find).", show_default=False,
        file_okay=False)] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.1, max=600,
                                           help="Give a page up when its server is silent this long.")] = 20.0,
    facts: FactsOpt = None,
) -> None:
    """Fetch each article from its publisher and check every excerpt and quote against the page.

    Each page is kept as fetched, with the date, in DIR/fetched/ID/ (nothing kept is ever
    overwritten), and its text taken out as add-source takes it. When that text is the one the fact
    base was checked against (same sha256), it is kept as the source's text; otherwise what differs
    is shown. Run again later, it says whether each page changed since the copy kept last, and
    which records' excerpts the changed paragraphs hold. Then `defectcli check --sources DIR`.

    Exit codes: 0 every page fetched and every excerpt found; 1 an excerpt not found in a page, or
    a page changed since its last copy; 69 a page could not be fetched (and nothing else found);
    2 usage error or unusable fact base; 74 a copy could not be written.

    \b
    Examples:
      defectcli sources fetch
      defectcli sources fetch s1 --facts my-facts
      defectcli sources fetch --sources articles/ && defectcli check --sources articles/
    """
    from ..errors import CannotWrite, NotFound
    from ..factbase import loader
    from ..output.formats import safe
    from ..pages import copies
    from ..pages import fetch as fetching
    from ..pages.download import Limits
    from ..store.queries.ids import one_of

    fetching.require()
    directory = facts or (ctx.parent.params.get("facts") if ctx.parent else None) or bundled_facts()
    env = environment(ctx)
    open_facts(directory, env)  # an unusable fact base is refused, as by every command
    fb, _ = loader.load(directory)
    wanted = [one_of(arg(sid), [s.id for s in fb.sources], "ID") for sid in ids] if ids else None
    target = sources_dir or copies.home(directory, bundled_facts())
    if copies.inside_package(target):
        raise UsageError(f"--sources: '{target}' is inside the installed package; keep texts elsewhere")
    chosen, skipped = fetching.fetchable(fb, wanted)
    for note in skipped:
        emit.err(note)
    if not chosen:
        raise NotFound("no source to fetch has a url in its publication record")
    outcomes = []
    try:
        for outcome in fetching.fetch_all(fb, chosen, target, Limits(timeout=timeout)):
            outcomes.append(outcome)
            emit.out("".join(safe(line) + "\n" for line in outcome.lines), env.encoding)  # a page's text is data
            for note in outcome.notes:
                emit.err(note)
    except OSError as exc:
        import errno

        message = f"{exc.filename or target}: cannot be written ({exc.strerror}); what was kept before is unchanged"
        raise (CannotWrite if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) else UsageError)(message) from None
    line, code = fetching.verdict(outcomes, target)
    emit.err(line)
    if any(o.fetched for o in outcomes):
        own = "" if copies.is_bundled(directory, bundled_facts()) else f" --facts {directory}"
        emit.err(f"next: defectcli check{own} --sources {target}")
    raise typer.Exit(code)
