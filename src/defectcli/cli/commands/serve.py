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
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 is this machine only, and any "
                                                     "other needs --public.")]
    = "127.0.0.1",
    public: Annotated[bool, typer.Option("--public", help="Allow a --host other machines can reach (0.0.0.0, a LAN "
                                                          "address): anyone on the network can read the fact base.")]
    = False,
    sql: Annotated[bool, typer.Option("--sql", help="Let visitors run their own read-only SQL (bounded: 1 s, "
                                                    "1000 rows, 200 KB a value).")]
    = False,
    *, fb: FactBase,
) -> None:
    """Browse the fact base in a web browser: Datasette on a fresh export, until Ctrl-C.

    One search box on the home page finds what `defectcli search` finds. Listens on this machine
    only, unless --public. Needs the web extra: pip install 'defectcli[web]'.

    \b
    Examples:
      defectcli serve
      defectcli serve --port 8080
      defectcli serve --host 0.0.0.0 --public
      defectcli serve --sql
    """
    fb.serve(arg(host), port, emit.err, public=public, sql=sql)
