"""`defectcli sources`: the articles the facts come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...output import columns as cols
from .. import emit
from ..options import Output, fact_base, output_options

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def sources(*, output: Output, fb: FactBase) -> None:
    """The articles the facts come from, with their publication records, dates and SHA-256.

    \b
    Examples:
      defectcli sources
      defectcli sources --fields id,sha256 --no-headers
    """
    emit.rows(fb.sources(), output, cols.SOURCES_TABLE, "Sources", "no sources", flat_columns=cols.SOURCES)
