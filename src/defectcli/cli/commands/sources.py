"""`defectcli sources`: the articles the facts come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...output import columns as cols
from .. import emit
from ..options import Output, SourceOpt, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def sources(source: SourceOpt = None, *, output: Output, fb: FactBase) -> None:
    """The articles the facts come from, with their publication records, dates and SHA-256.

    \b
    Examples:
      defectcli sources
      defectcli sources --fields id,sha256 --no-headers
      defectcli sources --source s1 -f json
    """
    emit.rows(fb.sources(arg(source)), output, cols.SOURCES, "Sources", "no sources")
