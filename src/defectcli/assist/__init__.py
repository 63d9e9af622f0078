"""`defectcli mcp`: the fact base for AI assistants, as a Model Context Protocol server on stdio.

A front end beside the command line and the site: it asks `defectcli.api.FactBase` the questions the
commands ask and hands back the same data as their json. `tools` declares what an assistant may call;
`server` runs them with the MCP SDK (the optional `mcp` extra), which only this command imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from ..api import FactBase

INSTALL = "pip install 'defectcli[mcp]'"


def require() -> None:
    """Refuse, with the command that installs it, when the MCP SDK is missing."""
    try:
        import mcp.server.fastmcp  # noqa: F401
    except ImportError:
        raise UsageError(f"mcp needs the MCP SDK, which is not installed; install it with: {INSTALL}") from None


def run(fb: FactBase, verbose: bool = False) -> None:
    """Serve `fb` to one MCP client on stdin and stdout until it closes stdin."""
    require()
    from .server import serve

    serve(fb, verbose)
