"""`defectcli mcp`: the fact base for AI assistants, as an MCP server on stdin and stdout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..options import fact_base
from ..session import stdin

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base(sources=True)
def mcp(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each request on stderr (default: errors "
                                          "only).")] = False,
    *, fb: FactBase,
) -> None:
    """Answer an AI assistant's questions: a Model Context Protocol server on stdin and stdout.

    An MCP client (Claude Desktop, an IDE) starts it and calls its read-only tools: search, person,
    show, cite, stats, quotes, conflicts, people, motivations, timeline, sources, themes, orgs. Each
    returns what the command of the same name prints as json, every fact with its excerpt, source
    and line; stdout carries the protocol alone. It runs until the client closes stdin. A client's
    configuration names the command and its arguments (the README shows Claude Desktop's).

    Needs the mcp extra: pip install 'defectcli[mcp]'.

    \b
    Examples:
      defectcli mcp
      defectcli mcp --facts my-facts --sources my-facts/sources
      defectcli mcp --verbose 2>>mcp.log
    """
    from ...assist import run

    stdin()  # a closed stdin is one line, not a traceback from the SDK
    run(fb, verbose)
