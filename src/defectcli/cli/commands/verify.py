"""`defectcli verify`: check a claim, a quote or a whole draft against the fact base."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ...errors import NotFound, UsageError
from .. import batch, emit, options
from ..options import Output, fact_base, output_options
from ..session import arg, read_stdin, stdin

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base()
@output_options()
def verify(
    texts: Annotated[list[str] | None, typer.Argument(metavar="TEXT...", help="The text to check: a sentence, a "
                                                      "quote, a draft; - reads it from standard input.",
                                                      show_default=False)] = None,
    file: Annotated[str | None, typer.Option("--file", metavar="PATH", help="Read the text from this file (UTF-8).",
                                             parser=options.path_text,
                                             show_default=False)] = None,
    each_line: Annotated[bool, typer.Option("--each-line", help="Check each line on its own, answering each as it "
                                            "comes (one claim a line; see `person` for the stream).")] = False,
    *, output: Output, fb: FactBase,
) -> None:
    """Check a claim, a quote or a whole draft against the fact base: one verdict per claim, with the records that decide it.

    Each sentence's quotes (and who it says spoke them), numbers (with what they count, their
    unit and who it says states them) and dates of named people and events are claims. A verdict
    is one of: matches, differs, disputed, misquoted, misattributed, not_found. json adds a
    schema.org ClaimReview to each result. Exit status: 0 when every claim matches, 1 when some
    claim does not (or the text has none to check), 2 on a usage error. csv and tsv give one row per
    claim (--fields picks columns of it, in every format); --limit N shows the first N claims (the
    exit status still speaks for all).

    \b
    Examples:
      defectcli verify "According to the NUG, 12,341 junta personnel have defected."
      defectcli verify --file draft.txt
      defectcli verify - -f json < draft.txt
      tail -f claims.txt | defectcli verify - --each-line
    """
    from ...api import MAX_DRAFT, read_text, text_lines
    from ...output import verify as shown

    words = [arg(t) for t in texts or ()]
    if words and file is not None:
        raise UsageError("give the text as TEXT or with --file, not both")
    if not words and file is None:
        raise UsageError("give the text to check: TEXT, `-` for standard input, or --file PATH")
    if each_line:
        with text_lines(file) if file is not None else contextlib.nullcontext(None) as readline:
            # a file's lines are stdin's: the same line ends, blank lines and marks skipped, each line refused alone
            not_matching = batch.answer_all(words, lambda line: {"results": _results(fb, line)}, output,
                                            lambda answer, out: _view(answer["results"], out), lambda a: a["results"],
                                            shown.FLAT, failed=lambda answer: bool(shown.not_matching(answer["results"])),
                                            empty=f"{file or '-'}: the text is empty; give a sentence to check"
                                            if words in (["-"], []) else None, more=shown.MORE, readline=readline)
        if not_matching:
            raise typer.Exit(1)
        return
    if file is not None:
        draft = read_text(path=file)
    elif words == ["-"]:
        draft = read_text(data=read_stdin(lambda: stdin().read(MAX_DRAFT + 1)))
    else:
        draft = " ".join(words)  # the words of one text, quoted or not
    try:
        rows = fb.verify(draft)
    except UsageError as exc:  # the text's own name, as its other refusals give it ("draft.txt: is larger than …")
        if (words and words != ["-"]) or not str(exc).startswith("TEXT: "):
            raise
        raise UsageError(f"{file or '-'}: {str(exc).removeprefix('TEXT: ')}") from None
    emit.rows(rows, output, shown.FLAT, "Claims", None,
              picture=lambda shown_rows, width, colour: shown.table(shown_rows, total=width, style=colour))
    if not rows:
        raise NotFound("no checkable claim in the text: verify checks quotes, numbers with what they count, "
                       "and dates of named people and events")
    note = shown.not_matching(rows)
    if note:
        emit.err(note)
        raise typer.Exit(1)


def _results(fb: FactBase, line: str) -> list[dict[str, Any]]:
    """One line's claims and verdicts, each with its ClaimReview; NotFound when it has no claim."""
    rows = fb.verify(line)
    if not rows:
        raise NotFound("no checkable claim in the line")
    return rows


def _view(rows: list[dict[str, Any]], output: Output) -> str:
    from ...output import verify as shown

    return shown.table(rows, total=output.env.width, style=output.env.colour)
