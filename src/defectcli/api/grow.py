"""Growing a fact base of one's own: make it (`init`), add an article to it (`add_source`), and draft
its facts (`draft`). Nothing is ever written inside the installed package or the bundled fact base,
and no existing file is changed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..paths import PACKAGE, bundled_facts

if TYPE_CHECKING:
    from .facts import FactBase

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
ORDER = ("outlet", "title", "url", "byline", "published", "section")


def writable(fb: FactBase) -> Path:
    """The fact base's directory, if it may be written to: never the bundled one, never inside the package."""
    where = fb.directory.resolve()
    if where == bundled_facts().resolve() or where.is_relative_to(PACKAGE):
        raise UsageError("the bundled fact base is read-only: make your own with `defectcli init DIR`, then give "
                         "--facts DIR (or set DEFECTCLI_FACTS=DIR)")
    return fb.directory


def init(directory: Path, empty: bool = False) -> list[str]:
    """A new fact base in `directory` (new, or empty): a copy of the bundled one (with `empty`, its
    theme vocabulary only), its README, and an empty `sources/`. Returns the fact files copied."""
    import shutil

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UsageError(f"DIR: '{directory}' exists and is not an empty directory; init writes only into a new one")
    if directory.resolve().is_relative_to(PACKAGE):
        raise UsageError(f"DIR: '{directory}' is inside the installed package; choose a directory of your own")
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
    return names


@dataclass
class Added:
    """A source added: its id, how the article was read, the record's fields and where each came
    from, the new fact file's text, and where the text and the file were written."""

    id: str
    read_as: str
    lines: int
    chosen: dict[str, tuple[Any, str]] = field(default_factory=dict)  # field -> (value, where it came from)
    text: str = ""
    kept: Path = Path()
    target: Path = Path()
    sources_dir: Path = Path()


def add_source(fb: FactBase, file: Path, sid: str | None = None, given: dict[str, Any] | None = None) -> Added:
    """Add the article in `file` (plain text or a saved web page) to `fb`: its text kept in the sources
    directory under a name from its sha256, its source record in a new file `ID.yaml`. `given` holds
    the publication record's fields the caller gives (outlet, title, url, byline, published), which
    override what the page says."""
    from ..factbase.dates import parse_day
    from ..store.queries import lists
    from ..texts import intake

    base = writable(fb)
    texts = fb.sources_dir or base / "sources"
    if texts.resolve().is_relative_to(PACKAGE):
        raise UsageError(f"--sources: '{texts}' is inside the installed package; keep texts elsewhere")
    given = {k: v for k, v in (given or {}).items() if v is not None}
    # Options first: a bad one changes nothing, and costs no reading.
    if "published" in given and parse_day(given["published"]) is None:
        raise UsageError(f"--published: '{given['published']}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")
    if "url" in given and not re.fullmatch(r"https?://\S+", given["url"], re.IGNORECASE):
        raise UsageError(f"--url: '{given['url']}' is not an http(s) address")
    if "byline" in given and not all(a.strip() for a in given["byline"]):
        raise UsageError("--author: give a name")
    article = intake.read_article(file)
    if not article.text:
        raise UsageError(f"{file}: has no text")
    known = dict(fb._ask(lambda ix: [(r["id"], r["sha256"]) for r in lists.records(ix, "sources")], strict=False))
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
    for key, value in given.items():
        chosen[key] = (value, f"from --{'author' if key == 'byline' else key}")
    record: dict[str, Any] = {}
    if chosen:
        page = [k for k in ORDER if k in chosen and chosen[k][1] == "from the page"]
        opts = [k for k in ORDER if k in chosen and chosen[k][1] != "from the page"]
        told = [f"{', '.join(page)} from the saved page {file.name} (trafilatura)"] if page else []
        told += [f"{', '.join(opts)} from the options of add-source"] if opts else []
        record = {"given_by": "; ".join(told), **{k: chosen[k][0] for k in ORDER if k in chosen}}
    text = intake.source_yaml(sid, article, record, file.name)
    _write_new(kept, article.data, target, text)
    fb.refresh()
    return Added(sid, article.read_as, article.text.count("\n"), {k: chosen[k] for k in ORDER if k in chosen}, text,
                 kept, target, texts)


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


@dataclass
class Draft:
    text: str  # the YAML draft; empty when every sentence is cited or waived
    sentences: int  # how many sentences it starts on


def draft(fb: FactBase, sid: str, out: Path | None = None) -> Draft:
    """A start on source `sid`'s facts: each sentence no record cites or waives yet, as YAML with
    suggested records; written to `out` (a new file) when given."""
    from ..factbase import loader
    from ..store.queries.ids import require
    from ..texts import provenance
    from ..texts.coverage import coverage, waived_in
    from ..texts.draft import draft as make_draft

    fb._ask(lambda ix: require(ix, "sources", sid, "ID"), strict=False)
    texts_dir = fb.sources_dir or fb.directory / "sources"
    # The suggestions need whole records (names with their titles, figures with their parts), which the
    # index keeps only as rows: draft, run once per article, reads the fact files again.
    base, _ = loader.load(fb.directory)
    (source,) = [s for s in base.sources if s.id == sid]
    text = provenance.find_text(texts_dir, source.sha256) if texts_dir.is_dir() else None
    if text is None:
        raise UsageError(f"source '{sid}': no file in {texts_dir} has sha256 {source.sha256} (give --sources DIR)")
    if out is not None:
        if out.exists():
            raise UsageError(f"--out: '{out}' exists; draft writes only a new file")
        if out.resolve().is_relative_to(PACKAGE) or out.resolve().is_relative_to(bundled_facts().resolve()):
            raise UsageError(f"--out: '{out}' is inside the installed package or the bundled fact base")
    uncovered = [s for _, s in coverage(provenance.cited_in(base), waived_in(base), {sid: text}).uncovered]
    if not uncovered:
        return Draft("", 0)
    made = make_draft(base, sid, uncovered, source.file_hint or source.sha256[:16])
    if out is not None:
        try:
            _create(out, made.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"--out: '{out}' cannot be written ({exc.strerror})") from None
    return Draft(made, len(uncovered))
