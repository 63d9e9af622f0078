"""`defectcli serve`: the fact base as a website (Datasette), until Ctrl-C."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .. import emit
from ..options import fact_base
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
def serve(
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on (0: any free one).")]
    = 8001,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 is this machine only.")]
    = "127.0.0.1",
    *, fb: FactBase,
) -> None:
    """Browse the fact base in a web browser: Datasette on a fresh export, until Ctrl-C.

    Needs the web extra: pip install 'defectcli[web]'.

    \b
    Examples:
      defectcli serve
      defectcli serve --port 8080
    """
    fb.serve(arg(host), port, emit.err)
