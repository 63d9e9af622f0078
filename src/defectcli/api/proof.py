"""What the fact base proves against its articles: a record with each excerpt in its article (`show`),
a record cited (`cite`), and the whole base checked (`check`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Problem, UsageError
from ..store.queries import citing, ids, records
from .answers import Answer

if TYPE_CHECKING:
    from ..store.cache.index import Index
    from ..texts.articles import Article

Row = dict[str, Any]


def texts_of(directory: Path | None, sources: list[Row]) -> tuple[dict[str, Article], list[str]]:
    """The article text of each source that `directory` holds (found by sha256), and for each one
    not found, why. A directory that is not there is a UsageError."""
    from ..texts.articles import Wanted, find_texts

    if directory is None:
        return {}, []
    if not directory.is_dir():
        what = "is not a directory" if directory.exists() else "does not exist"
        raise UsageError(f"--sources: '{directory}' {what} (the directory of the article texts)")
    found, why = find_texts([Wanted(s["id"], s["sha256"], s["file_hint"]) for s in sources], directory)
    return found, [f"source '{sid}': {message}" for sid, message in sorted(why.items())]


def show(ix: Index, sources_dir: Path | None, record_id: str, kind: str | None, context: int) -> Answer:
    from ..output.cite import plain

    found_kind, row = records.find(ix, record_id, kind)
    wanted = records.sources_of(ix, [e.source for e in records.excerpts(found_kind, row)])
    texts, missing = texts_of(sources_dir, list(wanted.values()))
    items, notes = records.in_context(ix, found_kind, row, texts, context)
    authors = ids.names(ix, [a for s in wanted.values() for a in s["authors"]])
    for item in items:
        source = wanted.get(item["source"])
        line = f", line {item['line']}" if item["line"] else ""
        item["citation"] = f"{item['source']}: {plain(source, authors)}{line}" if source else item["source"]
    notes = [f"{m}; its excerpts are shown without their article" for m in missing] + notes
    if sources_dir is None and items:
        notes.append("to see each excerpt in its article, add --sources DIR (the article texts) or set "
                     "DEFECTCLI_SOURCES")
    return Answer({"kind": found_kind, "id": row["id"], "record": row, "excerpts": items}, notes)


def cite(ix: Index, sources_dir: Path | None, record_id: str, kind: str | None, style: str) -> Answer:
    from ..output import cite as styles
    from ..texts.articles import locate

    found = citing.cited(ix, record_id, kind)
    texts, _ = texts_of(sources_dir, found["sources"])
    for e in found["excerpts"]:
        article = texts.get(e["source"])
        if e["line"] is None and article is not None:
            place = locate(article.text, e["excerpt"])
            e["line"] = place.line if place else None
    authors = ids.names(ix, [a for s in found["sources"] for a in s["authors"]])
    if style == "csl-json":
        cited: list[Any] = [styles.csl_item(s) for s in found["sources"]]
    elif style == "bibtex":
        cited = [styles.bibtex_entry(s) for s in found["sources"]]
    elif style == "plain":
        cited = [styles.plain(s, authors) for s in found["sources"]]
    else:
        cited = styles.styled(found["sources"], style)
    found["citations"] = [{"source": s["id"], "style": style, "citation": c}
                          for s, c in zip(found["sources"], cited, strict=True)]
    return Answer(found)


@dataclass
class Report:
    """What `check` found: problems (the fact base does not hold), uncovered sentences and warnings
    (to-dos that do not fail it), each source's coverage summary, and how many records of each kind."""

    problems: list[Problem] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)  # "SOURCE:LINE: sentence"
    warnings: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)  # "s1: 97 sentences, 94 cited, 3 waived, 0 uncovered"
    counts: dict[str, int] = field(default_factory=dict)
    sources_dir: Path | None = None  # where the texts were read, if they were

    @property
    def ok(self) -> bool:
        return not self.problems and not self.uncovered


def check(ix: Index, problems: list[Problem], directory: Path | None, texts: bool, coverage: bool,
          only: Sequence[str]) -> Report:
    """The fact base checked as every question sees it (`problems`, the index's), and with the texts
    in `directory`, every excerpt and quote proved verbatim (and with `coverage`, every sentence
    cited or waived). Read from the index, which keeps the line of every excerpt."""
    from ..store.queries import proving
    from ..texts import provenance

    report = Report(problems=list(problems), counts=proving.counts(ix))
    if coverage and directory is None:
        raise UsageError("--coverage: needs --sources DIR, the texts whose sentences it counts")
    if (only or texts) and directory is None:
        raise UsageError("--source: needs --sources DIR, the texts to check")
    sources, cited = proving.sources(ix), proving.cited(ix)
    if directory is not None:
        if not directory.is_dir():
            what = "is not a directory" if directory.exists() else "does not exist"
            raise UsageError(f"--sources: '{directory}' {what} (the directory of the article texts)")
        chosen = sources
        if only:
            wanted = {ids.one_of(sid, [s.id for s in sources], "--source") for sid in only}
            chosen = [s for s in sources if s.id in wanted]
        found, missing = provenance.find_sources(chosen, directory)
        report.problems += missing + provenance.check_provenance(cited, found)
        report.sources_dir = directory
        unread = proving.unread(ix) if coverage else []
        if unread:
            # What an unreadable file cites is not known: its sentences would be listed as uncovered.
            report.problems += [Problem(f, 0, "coverage held back while this file cannot be read: its citations are "
                                              "not known (fix the problems above, then check --coverage again)")
                                for f in unread]
        elif coverage:
            from ..texts.coverage import coverage as covered

            cov = covered(cited, proving.waivers(ix), found)
            report.problems += cov.problems
            report.summaries = [one.summary() for one in cov.sources]
            report.uncovered = [f"{sid}:{s.line}: {s.text}" for sid, s in cov.uncovered]
        report.warnings += provenance.unnamed_texts({s.sha256 for s in sources}, directory)
    # Warnings are to-dos, not errors: they never fail the check.
    report.warnings = provenance.uncited_sources(sources, cited) + report.warnings
    return report
