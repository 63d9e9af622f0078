"""`defectcli add-source FILE`: an article into a fact base of one's own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ...errors import CannotWrite
from .. import emit, options
from ..options import fact_base
from ..session import environment

if TYPE_CHECKING:
    from ...api import FactBase


@fact_base(sources=True)
def add_source(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The article: plain text (UTF-8) or a saved web page "
                                         "(HTML).", parser=options.path)],
    sid: Annotated[str | None, typer.Option("--id", help="Source id (default: the next free sN).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where it was published.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The publication, e.g. \"The Irrawaddy\".")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Its headline as published.")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="DATE",
                                                  help="Publication date: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", metavar="NAME", help="A name of the byline; repeat "
                                                     "for several (replaces what the page gives).")] = None,
    is_article: Annotated[bool, typer.Option("--is-article", help="Keep a saved page of under 300 words of text (a "
                                             "brief, or a sign-in form, a paywall, an error page?) or with an error "
                                             "page's title as the article: on your word, as only you can tell.")] = False,
    *, fb: FactBase,
) -> None:
    """Add an article to your fact base: its text is kept in the sources directory under a name from
    its SHA-256, and a new source record (with the publication record: what the page says, overridden
    by the options) goes into a new file FACTS/ID.yaml. No existing file is changed.

    A saved web page is read with trafilatura (pip install 'defectcli[pages]').

    \b
    Examples:
      defectcli add-source article.txt --facts my-facts --id s3
      defectcli add-source article.html --facts my-facts --published 2023-05-02
      defectcli add-source brief.html --facts my-facts --is-article
    """
    from ...api import add_source as add

    given = {"outlet": outlet, "title": title, "url": url, "published": published, "byline": author}
    added = add(fb, file, sid, given, is_article)
    lines = added.lines
    emit.err(f"read {file} as {added.read_as}: {lines} line{'s' if lines != 1 else ''} of text kept")
    for key, where in added.how.items():
        value = added.record[key]
        emit.err(f"  {key}: {'; '.join(value) if isinstance(value, list) else value} ({where})")
    for note in added.notes:
        emit.err(f"  {note}")
    if not added.how:
        emit.err("  no publication record found or given (--outlet, --title, --url, --published, --author)")
    try:
        emit.out(added.text, environment(ctx).encoding)
    except CannotWrite as exc:  # (written already: a retry would be refused, so say it was)
        raise CannotWrite(f"{exc}; source {added.id} was added all the same: text kept as {added.kept}, record in "
                          f"{added.target}") from None
    base, texts = fb.directory, added.sources_dir
    emit.err(f"added source {added.id}: text kept as {added.kept}, record in {added.target}")
    # Every query refuses the fact base until a person has read the text's date: say so now, not at the next query.
    emit.err(f"{added.target}:{added.date_line}: the date the text itself states is still to be read and written "
             "there; until then every query refuses this fact base (`defectcli check` says what to write)")
    base_, texts_, out = emit.pasted(base), emit.pasted(texts), emit.pasted(base / (added.id + "-facts.yaml"))
    emit.err(f"next: defectcli check --facts {base_} --sources {texts_} --coverage --source {added.id}  ·  "
             f"defectcli draft {added.id} --facts {base_} --out {out}")
