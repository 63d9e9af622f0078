"""The command line: parse arguments, ask the core (defectcli.api) one question, hand the answer to
output. Each command is a module of commands/, registered here in the order help lists them:
looking up, listing, looking after a fact base, growing it, citing, help."""

from .app import add, app, main
from .commands import add_source, check, cite, draft, export, help, init, lists, mcp, person, search, serve, show, sources

add(person.person)
add(search.search)
add(show.show)
add(lists.people)
add(lists.stats)
add(lists.quotes)
add(lists.themes)
add(lists.motivations)
add(sources.sources)
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
