"""`defectcli draft ID`: a start on a source's facts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .. import emit, options
from ..options import fact_base
from ..session import arg, environment

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base(sources=True)
def draft(
    ctx: typer.Context,
    sid: Annotated[str, typer.Argument(metavar="ID", help="The source id (see `defectcli sources`).")],
    out: Annotated[Path | None, typer.Option("--out", help="Write the draft to this new file (in the fact base "
                                             "directory, check reads it); default, or -: stdout.", parser=options.path)] = None,
    *, fb: FactBase,
) -> None:
    """A start on a source's facts: each sentence no record cites or waives yet, with its line and
    text ready as an excerpt, and a suggested record where it shows a cue (quote marks or an
    interview answer: a quote; a number: a figure; a known name: that person). Every suggested record
    carries a draft marker, which check refuses until it is finished.

    \b
    Examples:
      defectcli draft s3 --facts my-facts
      defectcli draft s3 --facts my-facts --out my-facts/s3-facts.yaml
    """
    from ...api import draft as make

    if out is not None and str(out) == "-":  # stdout, as `export -` and the README's other commands read it
        out = None
    made = make(fb, arg(sid), out)
    if not made.text:
        emit.err(f"source '{made.source}': every sentence is cited or waived; nothing to draft")
    elif out is None:
        emit.out(made.text, environment(ctx).encoding)
    else:
        noun = "sentence" if made.sentences == 1 else "sentences"
        emit.err(f"wrote {out}: {made.sentences} {noun} of {made.source} to finish; `check` refuses its draft markers")
    if made.left:
        emit.err(f"source '{made.source}': {made.left:,} more sentences no record cites are not in this draft (it starts on "
                 f"the first {made.sentences:,}); draft it again once these are cited or waived")
