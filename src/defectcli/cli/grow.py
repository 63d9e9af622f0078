"""Commands that grow a fact base of one's own: make it, add an article to it, draft its facts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

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


def _package_dir() -> Path:
    return Path(__file__).resolve().parent.parent


def _writable_base(facts: Path | None) -> Path:
    """The fact base to write to: never the bundled one, never inside the installed package."""
    directory = facts or bundled_facts()
    where = directory.resolve()
    if where == bundled_facts().resolve() or where.is_relative_to(_package_dir()):
        raise UsageError("the bundled fact base is read-only: make your own with `defectcli init DIR`, then give "
                         "--facts DIR (or set DEFECTCLI_FACTS=DIR)")
    return directory


def _sources_dir(facts: Path, sources: Path | None) -> Path:
    directory = sources or facts / "sources"
    if directory.resolve().is_relative_to(_package_dir()):
        raise UsageError(f"--sources: '{directory}' is inside the installed package; keep texts elsewhere")
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
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UsageError(f"DIR: '{directory}' exists and is not an empty directory; init writes only into a new one")
    if directory.resolve().is_relative_to(_package_dir()):
        raise UsageError(f"DIR: '{directory}' is inside the installed package; choose a directory of your own")
    import shutil

    bundled = bundled_facts()
    names = ["themes.yaml"] if empty else sorted(p.name for p in bundled.glob("*.yaml"))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name in [*names, "README.md"]:
            if (bundled / name).is_file():
                shutil.copyfile(bundled / name, directory / name)
        (directory / "sources").mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(f"DIR: cannot write '{directory}' ({exc.strerror})") from None
    what = "the theme vocabulary" if empty else f"a copy of the bundled fact base ({len(names)} files)"
    emit.err(f"made {directory} with {what}, README.md and an empty sources/")
    if not empty:
        emit.err(f"the bundled articles' texts are not included: `defectcli sources fetch --facts {directory}` fetches "
                 "them from their publishers into its sources/ (or put copies there yourself)")
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
    from ..factbase.dates import parse_day
    from ..texts import intake

    base = _writable_base(facts)
    texts = _sources_dir(base, sources)
    # Options first: a bad one changes nothing, and costs no reading.
    if published is not None and parse_day(published) is None:
        raise UsageError(f"--published: '{published}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")
    if url is not None and not re.fullmatch(r"https?://\S+", url, re.IGNORECASE):
        raise UsageError(f"--url: '{url}' is not an http(s) address")
    if author is not None and not all(a.strip() for a in author):
        raise UsageError("--author: give a name")
    article = intake.read_article(file)
    if not article.text:
        raise UsageError(f"{file}: has no text")
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
    if target.exists():
        raise UsageError(f"{target}: exists; add-source writes only new files (give another --id)")
    kept = texts / article.kept_name
    if kept.exists() and kept.read_bytes() != article.data:
        raise UsageError(f"{kept}: exists with other content")

    chosen: dict[str, tuple[Any, str]] = {k: (v, "from the page") for k, v in article.found.items()}
    given = {"outlet": outlet, "title": title, "url": url, "byline": [a.strip() for a in author] if author else None,
             "published": published}
    for key, value in given.items():
        if value is not None:
            chosen[key] = (value, f"from --{'author' if key == 'byline' else key}")
    order = ["outlet", "title", "url", "byline", "published", "section"]
    record: dict[str, Any] = {}
    if chosen:
        page = [k for k in order if k in chosen and chosen[k][1] == "from the page"]
        opts = [k for k in order if k in chosen and chosen[k][1] != "from the page"]
        told = [f"{', '.join(page)} from the saved page {file.name} (trafilatura)"] if page else []
        told += [f"{', '.join(opts)} from the options of add-source"] if opts else []
        record = {"given_by": "; ".join(told), **{k: chosen[k][0] for k in order if k in chosen}}
    text = intake.source_yaml(sid, article, record, file.name)

    lines = article.text.count("\n")
    emit.err(f"read {file} as {article.read_as}: {lines} line{'s' if lines != 1 else ''} of text kept")
    for key in order:
        if key in chosen:
            value, how = chosen[key]
            emit.err(f"  {key}: {'; '.join(value) if isinstance(value, list) else value} ({how})")
    if not chosen:
        emit.err("  no publication record found or given (--outlet, --title, --url, --published, --author)")
    _write_new(kept, article.data, target, text)
    emit.out(text, environment(ctx).encoding)
    emit.err(f"added source {sid}: text kept as {kept}, record in {target}")
    emit.err(f"next: defectcli check --facts {base} --sources {texts} --coverage  ·  defectcli draft {sid} "
             f"--facts {base} --out {base / (sid + '-facts.yaml')}")


def _write_new(kept: Path, data: bytes, target: Path, text: str) -> None:
    """The kept text, then the new fact file, both created new; on failure neither is left."""
    made: list[Path] = []
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        if not kept.exists():
            _create(kept, data)
            made.append(kept)
        _create(target, text.encode("utf-8"))
    except OSError as exc:
        for path in made:
            path.unlink(missing_ok=True)
        raise UsageError(f"{exc.filename or target}: cannot be written ({exc.strerror})") from None


def _create(path: Path, data: bytes) -> None:
    """Write a new file; "x" refuses a name that exists, so nothing is ever replaced."""
    fh = open(path, "xb")  # noqa: SIM115 - closed below; a file it did not create is never touched
    try:
        with fh:
            fh.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


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
    text = provenance.find_text(texts_dir, source.sha256) if texts_dir.is_dir() else None
    if text is None:
        raise UsageError(f"source '{sid}': no file in {texts_dir} has sha256 {source.sha256} (give --sources DIR)")
    if out is not None:
        if out.exists():
            raise UsageError(f"--out: '{out}' exists; draft writes only a new file")
        if out.resolve().is_relative_to(_package_dir()):
            raise UsageError(f"--out: '{out}' is inside the installed package")
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
        try:
            _create(out, text_out.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"--out: '{out}' cannot be written ({exc.strerror})") from None
        emit.err(f"wrote {out}: {len(uncovered)} sentences of {sid} to finish; `check` refuses its draft markers")
