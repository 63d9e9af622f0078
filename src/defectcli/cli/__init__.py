"""The command line: parse arguments, ask the core (defectcli.api) one question, hand the answer to
output. Each command is a module of commands/, registered here in the order help lists them:
looking up, checking a text, listing, looking after a fact base, growing it, citing, help."""

import typer

from .app import APP_SETTINGS, Command, SuggestingGroup, add, add_group, app, main
from .commands import (
    add_source,
    check,
    cite,
    draft,
    export,
    help,
    init,
    lists,
    mcp,
    person,
    search,
    serve,
    show,
    sources,
    verify,
)

add(person.person)
add(search.search)
add(show.show)
add(verify.verify)
add(lists.people)
add(lists.stats)
add(lists.quotes)
add(lists.themes)
add(lists.motivations)
# A group: `sources` lists the articles, `sources fetch` fetches them.
sources_group = typer.Typer(name="sources", cls=SuggestingGroup, invoke_without_command=True,
                            subcommand_metavar="[COMMAND]", context_settings=APP_SETTINGS["context_settings"],
                            pretty_exceptions_enable=False, rich_markup_mode=None)
sources_group.callback()(sources.sources)
sources_group.command("fetch", cls=Command)(sources.fetch)
add_group(sources_group)
add(lists.timeline)
add(lists.conflicts)
add(lists.orgs)
add(check.check)
add(export.export)
add(serve.serve)
add(mcp.mcp)
add(init.init)
add(add_source.add_source, "add-source")
add(draft.draft)
add(cite.cite)
add(help.help_command, "help")

__all__ = ["app", "main"]
