"""`defectcli verify`: check a claim, a quote or a whole draft against the fact base."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import emit
from .app import command
from .options import FactsOpt, FormatOpt, chosen_format
from .session import arg, environment, open_facts


@command()
def verify(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(metavar="TEXT", help="The text to check: a sentence, a quote, a "
                                               "draft; `-` reads it from standard input.", show_default=False)]
    = None,
    file: Annotated[str | None, typer.Option("--file", metavar="PATH", help="Read the text from this file "
                                             "(UTF-8).", show_default=False)] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Check a claim, a quote or a whole draft against the fact base: one verdict per claim, with the records that decide it.

    Each sentence's quotes (and who it says spoke them), numbers (with what they count, their
    unit and who it says states them) and dates of named people and events are claims. A verdict
    is one of: matches, differs, disputed, misquoted, misattributed, not_found. json adds a
    schema.org ClaimReview to each result. Exit status: 0 when every claim matches, 1 when some
    claim does not (or the text has none to check), 2 on a usage error.

    \b
    Examples:
      defectcli verify "According to the NUG, 12,341 junta personnel have defected."
      defectcli verify --file draft.txt
      defectcli verify - -f json < draft.txt
    """
    from ..errors import NotFound, UsageError
    from ..output import formats
    from ..output import verify as shown
    from ..store.queries.verify import verify as check
    from ..texts import given

    if text is not None and file is not None:
        raise UsageError("give the text as TEXT or with --file, not both")
    if file is not None:
        draft = given.from_file(Path(arg(file)))
    elif text == "-":
        draft = given.from_bytes(sys.stdin.buffer.read(given.MAX_BYTES + 1), "-")
    elif text is not None:
        draft = given.checked(arg(text), "TEXT")
    else:
        raise UsageError("give the text to check: TEXT, `-` for standard input, or --file PATH")
    env = environment(ctx)
    rows = check(open_facts(facts, env), draft)
    fmt = chosen_format(format, env)
    if fmt == "table":
        if rows:
            emit.out(shown.table(rows, total=env.width, style=env.colour), env.encoding, drawn=True)
    elif fmt in ("json", "jsonl"):
        emit.out(formats.flat(shown.with_reviews(rows), [], fmt), env.encoding, is_json=True)
    else:
        emit.out(formats.flat(rows, shown.FLAT, fmt), env.encoding)
    if not rows:
        raise NotFound("no checkable claim in the text: verify checks quotes, numbers with what they count, "
                       "and dates of named people and events")
    note = shown.not_matching(rows)
    if note:
        emit.err(note)
        raise typer.Exit(1)
