"""Commands that grow a fact base of one's own: make it, add an article to it, draft its facts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from . import emit
from .app import app
from .options import FactsOpt
from .session import bundled_facts, environment, open_facts

SourcesOpt = Annotated[Path | None, typer.Option(
    "--sources", help="Directory of the article texts (default: sources/ in the fact base directory).",
    show_default=False, file_okay=False)]
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def _writable_base(facts: Path | None) -> Path:
    """The fact base to write to: never the bundled one, never inside the installed package."""
    from ..writing import guard

    directory = facts or bundled_facts()
    guard(directory, "--facts" if facts else None, base=True)
    return directory


def _sources_dir(facts: Path, sources: Path | None) -> Path:
    from ..writing import guard

    directory = sources or facts / "sources"
    guard(directory, "--sources")
    return directory


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="New directory for the fact base (must not exist "
                                              "or be empty).")],
    empty: Annotated[bool, typer.Option("--empty", help="Start with the theme vocabulary only, not a copy of the "
                                        "bundled facts.")] = False,
) -> None:
    """Make a fact base of your own to extend: a copy of the bundled one (or, with --empty, only its
    theme vocabulary), its README, and an empty sources/ directory for the article texts.

    Then give --facts DIR (or set DEFECTCLI_FACTS=DIR) to every command.

    \b
    Examples:
      defectcli init my-facts
      defectcli init my-facts --empty
    """
    from ..writing import new_fact_base

    bundled = bundled_facts()
    names = ["themes.yaml"] if empty else sorted(p.name for p in bundled.glob("*.yaml"))
    new_fact_base(directory, names, "DIR")
    what = "the theme vocabulary" if empty else f"a copy of the bundled fact base ({len(names)} files)"
    emit.err(f"made {directory} with {what}, README.md and an empty sources/")
    if not empty:
        emit.err("the bundled articles' texts are not included: put them in sources/ to check against them")
    emit.err(f"next: defectcli add-source ARTICLE --facts {directory}")


@app.command("add-source")
def add_source(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The article: plain text (UTF-8) or a saved web page "
                                         "(HTML).", dir_okay=False)],
    sid: Annotated[str | None, typer.Option("--id", help="Source id (default: the next free sN).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where it was published.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The publication, e.g. \"The Irrawaddy\".")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Its headline as published.")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="DATE",
                                                  help="Publication date: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", metavar="NAME", help="A name of the byline; repeat "
                                                     "for several (replaces what the page gives).")] = None,
    sources: SourcesOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Add an article to your fact base: its text is kept in the sources directory under a name from
    its SHA-256, and a new source record (with the publication record: what the page says, overridden
    by the options) goes into a new file FACTS/ID.yaml. No existing file is changed.

    A saved web page is read with trafilatura (pip install 'defectcli[pages]').

    \b
    Examples:
      defectcli add-source article.txt --facts my-facts --id s3
      defectcli add-source article.html --facts my-facts --published 2023-05-02
    """
    from ..texts import intake
    from ..writing import taken

    base = _writable_base(facts)
    texts = _sources_dir(base, sources)
    # Options first, by the rules check applies: a bad one changes nothing, and costs no reading.
    given = intake.given_values(title, outlet, url, author, published)
    article = intake.read_article(file)
    ix = open_facts(base, environment(ctx), strict=False)
    known = {r[0]: r[1] for r in ix.conn.execute("SELECT id, sha256 FROM sources")}
    for other, sha in known.items():
        if sha == article.sha256:
            raise UsageError(f"{file}: already registered as source '{other}' (same sha256)")
    if sid is None:
        numbers = [int(m[1]) for k in known if (m := re.fullmatch(r"s(\d+)", k))]
        sid = f"s{max(numbers, default=0) + 1}"
    elif not _ID.fullmatch(sid):
        raise UsageError(f"--id: '{sid}' must be lower-case letters, digits and hyphens")
    elif sid in known:
        raise UsageError(f"--id: source '{sid}' exists already")
    target = base / f"{sid}.yaml"
    if taken(target, "--id"):
        raise UsageError(f"{target}: exists; add-source writes only new files (give another --id)")
    kept = texts / article.kept_name
    record, how = intake.publication_record(article, given, file.name)
    text = intake.source_yaml(sid, article, record, str(target))
    intake.save(kept, target, article, text, "--sources" if sources else None)

    lines = article.text.count("\n")
    emit.err(f"read {file} as {article.read_as}: {lines} line{'s' if lines != 1 else ''} of text kept")
    for key, where in how.items():
        value = record[key]
        emit.err(f"  {key}: {'; '.join(value) if isinstance(value, list) else value} ({where})")
    for note in article.notes:
        emit.err(f"  {note}")
    if not how:
        emit.err("  no publication record found or given (--outlet, --title, --url, --published, --author)")
    emit.out(text, environment(ctx).encoding)
    emit.err(f"added source {sid}: text kept as {kept}, record in {target}")
    emit.err(f"next: defectcli check --facts {base} --sources {texts} --coverage  ·  defectcli draft {sid} "
             f"--facts {base} --out {base / (sid + '-facts.yaml')}")


@app.command()
def draft(
    ctx: typer.Context,
    sid: Annotated[str, typer.Argument(metavar="ID", help="The source id (see `defectcli sources`).")],
    out: Annotated[Path | None, typer.Option("--out", help="Write the draft to this new file (in the fact base "
                                             "directory, check reads it); default: stdout.", dir_okay=False)] = None,
    sources: SourcesOpt = None,
    facts: FactsOpt = None,
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
    from ..factbase import loader
    from ..store.queries import ids as lookup
    from ..texts import provenance
    from ..texts.coverage import coverage
    from ..texts.draft import draft as make_draft

    directory = facts or bundled_facts()
    texts_dir = sources or directory / "sources"
    ix = open_facts(directory, environment(ctx), strict=False)
    lookup.require(ix, "sources", sid, "ID")
    fb, _ = loader.load(directory)
    (source,) = [s for s in fb.sources if s.id == sid]
    from ..writing import is_dir

    text = provenance.find_text(texts_dir, source.sha256) if is_dir(texts_dir, "--sources") else None
    if text is None:
        raise UsageError(f"source '{sid}': no file in {texts_dir} has sha256 {source.sha256} (give --sources DIR)")
    if out is not None:
        from ..writing import guard, taken

        guard(out, "--out")
        if taken(out, "--out"):
            raise UsageError(f"--out: '{out}' exists; draft writes only a new file")
    report = coverage(fb, {sid: text})
    uncovered = [s for _, s in report.uncovered]
    if not uncovered:
        emit.err(f"source '{sid}': every sentence is cited or waived; nothing to draft")
        return
    origin = source.file_hint or source.sha256[:16]
    text_out = make_draft(fb, sid, uncovered, origin)
    env = environment(ctx)
    if out is None:
        emit.out(text_out, env.encoding)
    else:
        from ..writing import write_file

        write_file(out, text_out.encode("utf-8"), "--out")
        emit.err(f"wrote {out}: {len(uncovered)} sentences of {sid} to finish; `check` refuses its draft markers")
