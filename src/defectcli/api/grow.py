"""Growing a fact base of one's own: make it (`init`), add an article to it (`add_source`), and draft
its facts (`draft`). Nothing is ever written inside the installed package or the bundled fact base,
no existing file is changed, and every write is whole or not at all (writing.py)."""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..paths import bundled_facts_read
from ..text import quoted, whole_number
from .arguments import checked
from .facts import FactBase  # at run time too: `checked` holds `fb` to it

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def writable(fb: FactBase) -> Path:
    """The fact base's directory, if it may be written to: never the bundled one, never inside the package."""
    from ..writing import guard

    # Named as the user gave it: the bundled base by default, or a --facts that may be a link to it.
    guard(fb.directory, "--facts" if fb.named else None, base=True)
    return fb.directory


@checked
def init(directory: Path, empty: bool = False) -> list[str]:
    """A new fact base in `directory` (new, or empty): a copy of the bundled one (with `empty`, its
    theme vocabulary only), its README, and an empty `sources/`, made whole or not at all. Returns
    the fact files copied."""
    from ..directories import new_fact_base

    names = ["themes.yaml"] if empty else sorted(p.name for p in bundled_facts_read().glob("*.yaml"))
    new_fact_base(directory, names, "DIR")
    return names


@dataclass
class Added:
    """A source added: its id, how the article was read, the record written and where each value came
    from, notes on what the page gave but could not be recorded, the new fact file's text, and where
    the text and the file were written."""

    id: str
    read_as: str
    lines: int
    record: dict[str, Any] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # field -> where its value came from
    notes: list[str] = field(default_factory=list)
    text: str = ""
    kept: Path = Path()
    target: Path = Path()
    sources_dir: Path = Path()

    @property
    def date_line(self) -> int:
        """The line of the new file where the text's own date is to be written (add-source leaves it unread)."""
        return next((k + 1 for k, line in enumerate(self.text.splitlines(), 1) if line.strip() == "date:"), 1)


@checked
def add_source(fb: FactBase, file: Path, sid: str | None = None, given: dict[str, Any] | None = None,
               is_article: bool = False) -> Added:
    """Add the article in `file` (plain text or a saved web page) to `fb`: its text kept in the sources
    directory under a name from its sha256, its source record in a new file `ID.yaml`, both or
    neither. `given` holds the publication record's fields the caller gives (outlet, title, url,
    byline, published), which override what the page says; every value is held to check's rules
    before anything is written. `is_article`: keep a page that looks like a gate or error page (a
    sign-in form, a paywall) as the article."""
    from ..store.queries import lists
    from ..texts import intake
    from ..writing import guard, is_dir, named, taken

    base = writable(fb)
    texts = fb.sources_dir or base / "sources"
    guard(texts, "--sources")
    if taken(texts, "--sources") and not is_dir(texts, "--sources"):  # (before the page is read, which may take seconds)
        raise UsageError(f"{named(texts, '--sources' if fb.sources_given else None)} is not a directory")
    given = _given(given or {})
    # Options first, by the rules check applies: a bad one changes nothing, and costs no reading.
    values = intake.given_values(given.get("title"), given.get("outlet"), given.get("url"), given.get("byline"),
                                 given.get("published"))
    known = dict(fb._ask(lambda ix: [(r["id"], r["sha256"]) for r in lists.records(ix, "sources")], strict=False))
    if sid is not None and not _ID.fullmatch(sid):  # (before the page is read, which may take seconds)
        raise UsageError(f"--id: {quoted(sid)} must be lower-case letters, digits and hyphens, beginning with a letter or digit")
    if sid is not None and sid in known:
        raise UsageError(f"--id: source {quoted(sid)} exists already")
    article = intake.read_article(file, is_article)
    for other, sha in known.items():
        if sha == article.sha256:
            raise UsageError(f"{file}: already registered as source '{other}' (same sha256)")
    if sid is None:
        numbers = [n for k in known if (m := re.fullmatch(r"s(\d+)", k)) and (n := whole_number(m[1], 4000)) is not None]
        n = max(numbers, default=0) + 1
        while f"s{n}" in known or os.path.lexists(base / f"s{n}.yaml"):  # (an id past int()'s 4,300 digits: not counted)
            n += 1
        sid = f"s{n}"
    target = base / f"{sid}.yaml"
    if taken(target, "--id"):
        raise UsageError(f"{target}: exists; add-source writes only new files (give another --id)")
    kept = texts / article.kept_name
    record, how = intake.publication_record(article, values, file.name)
    text = intake.source_yaml(sid, article, record, str(target))
    intake.save(kept, target, article, text, "--sources" if fb.sources_given else None)
    fb.refresh()
    # A note on what the page gave for a field the user gave is moot ("the page gives no date" beside --published).
    notes = [n for n in article.notes if not any(values.get(k) and re.match(rf"{k}[: ]", n) for k in values)]
    return Added(sid, article.read_as, article.text.count("\n"), record, how, notes, text, kept, target,
                 texts)


@dataclass
class Draft:
    text: str  # the YAML draft; empty when every sentence is cited or waived
    sentences: int  # how many sentences it starts on
    source: str  # the source's id, as the fact base spells it
    left: int = 0  # how many more no record cites, past the first MAX_DRAFTED: a draft to run again for


# The most sentences, and characters of them, one draft starts on: a long report's every one, in a few seconds; the
# rest by running it again once these are cited or waived (600,000 short sentences took 154 s and made 207 MB of YAML;
# 444 KB of sentences of a dozen figures each, 11 s).
MAX_DRAFTED = 5_000
MAX_DRAFTED_CHARS = 100_000


@checked
def draft(fb: FactBase, sid: str, out: Path | None = None) -> Draft:
    """A start on source `sid`'s facts: each sentence no record cites or waives yet, as YAML with
    suggested records; written to `out` (a new file) when given."""
    from ..factbase import loader
    from ..store.queries.ids import require
    from ..texts import provenance
    from ..texts.articles import Wanted, find_texts
    from ..texts.coverage import coverage, waived_in
    from ..texts.drafting.draft import draft as make_draft
    from ..writing import guard, is_dir, taken, write_file

    sid = fb._ask(lambda ix: require(ix, "sources", sid, "ID"), strict=False)
    texts_dir = fb.sources_dir or fb.directory / "sources"
    # The suggestions need whole records (names with their titles, figures with their parts), which the
    # index keeps only as rows: draft, run once per article, reads the fact files again.
    base, _ = loader.load(fb.directory)
    (source,) = [s for s in base.sources if s.id == sid]
    found = find_texts([Wanted(sid, source.sha256, source.file_hint)], texts_dir)[0] if is_dir(texts_dir, "--sources") \
        else {}
    text = found[sid].text if sid in found else None
    if text is None:
        raise UsageError(f"source '{sid}': no file in {texts_dir} has sha256 {source.sha256} (give --sources DIR)")
    if out is not None:
        guard(out, "--out")
        if taken(out, "--out"):
            raise UsageError(f"--out: '{out}' exists; draft writes only a new file")
    uncovered = [s for _, s in coverage(provenance.cited_in(base), waived_in(base), {sid: text}).uncovered]
    if not uncovered:
        return Draft("", 0, sid)
    sizes = itertools.accumulate(len(s.text) for s in uncovered)
    take = max(1, sum(1 for _, size in zip(range(MAX_DRAFTED), sizes, strict=False) if size <= MAX_DRAFTED_CHARS))
    left = uncovered[take:]
    made = make_draft(base, sid, uncovered[:take], source.file_hint or source.sha256[:16], text)
    if left:
        made = f"# {len(left):,} more sentences, from line {left[0].line}, are not in this draft: draft {sid} again once " \
            "these are cited or waived\n" + made
    if out is not None:
        write_file(out, made.encode("utf-8"), "--out")
    return Draft(made, len(uncovered) - len(left), sid, len(left))


_GIVEN = ("title", "outlet", "url", "byline", "published")


def _given(given: dict[str, Any]) -> dict[str, Any]:
    """The publication record's fields a caller gives: each known (as the options are), text, and the
    byline a list of text; anything else is a UsageError naming it, before anything is read."""
    from ..text import suggest

    for key, value in given.items():
        if key not in _GIVEN:
            raise UsageError(f"add_source: given: unknown field {quoted(str(key))}{suggest(str(key), _GIVEN)}; "
                             f"valid: {', '.join(_GIVEN)}")
        texts = value if key == "byline" and isinstance(value, (list, tuple)) else [value]
        if value is not None and not all(isinstance(v, str) for v in texts):
            what = "a list of text" if key == "byline" else "text (a str)"
            raise UsageError(f"add_source: given: {key} must be {what}, not {value!r:.60}")
    return {k: ([v] if isinstance(v, str) else list(v)) if k == "byline" and v is not None else v
            for k, v in given.items()}  # one author as text is one author, not its letters
