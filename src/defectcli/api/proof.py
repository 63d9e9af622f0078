"""What the fact base proves against its articles: a record with each excerpt in its article (`show`),
a record cited (`cite`), and the whole base checked (`check`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Problem, UsageError
from ..shapes import Row
from ..store.queries import citing, ids, records
from .answers import Answer

if TYPE_CHECKING:
    from ..pages.proof import Text
    from ..store.cache.index import Index



def texts_of(directory: Path | None, sources: list[Row]) -> tuple[dict[str, Text], list[str]]:
    """The article text of each source that `directory` holds (found by sha256; else the copy of its
    page `sources fetch` kept last), and for each one not found, why. A directory that is not there
    is a UsageError."""
    from ..pages.proof import find
    from ..texts.articles import Wanted

    if directory is None:
        return {}, []
    _require_dir(directory)
    found, why = find([Wanted(s["id"], s["sha256"], s["file_hint"]) for s in sources], directory)
    notes = [f"source '{sid}': {message}; its excerpts are shown without their article"
             for sid, message in sorted(why.items())]
    notes += [f"source '{sid}': no text with its sha256 in {directory}; its paragraphs are from {t.copy.label()} "
              f"({t.path})" for sid, t in sorted(found.items()) if t.copy is not None]
    return found, notes


def _require_dir(directory: Path) -> None:
    """UsageError, in one line, unless `directory` (the article texts') is a directory."""
    from ..writing import is_dir, taken

    if not is_dir(directory, "--sources"):
        what = "is not a directory" if taken(directory, "--sources") else "does not exist"
        raise UsageError(f"--sources: '{directory}' {what} (the directory of the article texts)")


def show(ix: Index, sources_dir: Path | None, given: bool, record_id: str, kind: str | None, context: int,
         own: Path | None = None) -> Answer:
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
    notes = missing + notes
    if not given and items and (sources_dir is None or any(n.endswith("shown without their article") for n in notes)):
        facts = f" --facts {own}" if own is not None else ""  # the command as the user would type it next
        notes.append(f"to see each excerpt in its article: `defectcli sources fetch{facts}` fetches the articles from "
                     "their publishers; or give --sources DIR (the article texts) or set DEFECTCLI_SOURCES")
    return Answer({"kind": found_kind, "id": row["id"], "record": row, "excerpts": items}, notes)


def cite(ix: Index, sources_dir: Path | None, record_id: str, kind: str | None, style: str) -> Answer:
    from ..output import cite as styles
    from ..texts.articles import locate

    if not style.lower().endswith(".csl"):
        style = style.lower()  # a style's name in any case, as every option's value is taken
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
        cited = [styles.bibtex([s]) for s in found["sources"]]
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
    notes: list[str] = field(default_factory=list)  # which texts were fetched copies, which were not there
    tail: str = ""  # what was checked against what, for the end of the "ok:" line

    @property
    def ok(self) -> bool:
        return not self.problems and not self.uncovered


def check(ix: Index, problems: list[Problem], directory: Path | None, given: bool, texts: bool, coverage: bool,
          only: Sequence[str]) -> Report:
    """The fact base checked as every question sees it (`problems`, the index's), and with the texts
    in `directory`, every excerpt and quote proved verbatim (and with `coverage`, every sentence
    cited or waived). A source whose text is not there is proved against the copy of its page that
    `sources fetch` kept last, if any: its excerpts, not their lines; coverage needs the text itself.
    Read from the index, which keeps the line of every excerpt."""
    from ..pages import verify
    from ..store.queries import proving
    from ..texts import provenance

    report = Report(problems=list(problems), counts=proving.counts(ix))
    if coverage and directory is None:
        raise UsageError("--coverage: needs --sources DIR, the texts whose sentences it counts")
    if (only or texts) and directory is None:
        raise UsageError("--source: needs --sources DIR, the texts to check")
    sources, cited = proving.sources(ix), proving.cited(ix)
    if directory is not None:
        _require_dir(directory)
        chosen = sources
        if only:
            wanted = {ids.one_of(sid, [s.id for s in sources], "--source") for sid in only}
            chosen = [s for s in sources if s.id in wanted]
        found = verify.for_check(chosen, directory, required=given or coverage or bool(only), coverage=coverage)
        report.problems += found.problems + provenance.check_provenance(cited, found.pinned)
        report.problems += verify.check_fetched(cited, found.fetched)
        report.notes = found.notes
        report.sources_dir, report.tail = directory, found.tail(coverage)
        unread = proving.unread(ix) if coverage else []
        if unread:
            # What an unreadable file cites is not known: its sentences would be listed as uncovered.
            report.problems += [Problem(f, 0, "coverage held back while this file cannot be read: its citations are "
                                              "not known (fix the problems above, then check --coverage again)")
                                for f in unread]
        elif coverage:
            from ..texts.coverage import coverage as covered

            cov = covered(cited, proving.waivers(ix), found.pinned)  # pinned texts only: lines must hold
            report.problems += cov.problems
            report.summaries = [one.summary() for one in cov.sources]
            report.uncovered = [f"{sid}:{s.line}: {s.text}" for sid, s in cov.uncovered]
        report.warnings += provenance.unnamed_texts({s.sha256 for s in sources}, directory)
    # Warnings are to-dos, not errors: they never fail the check.
    report.warnings = provenance.uncited_sources(sources, cited) + report.warnings
    report.notes += _missing_kinds(report)
    return report


_PLURALS = {"person": ("people",), "person or organisation": ("people", "organisations"), "event": ("events",),
            "source": ("sources",), "figure": ("figures",), "theme": ("themes",), "conflict": ("conflicts",),
            "quote": ("quotes",), "place": ("places",), "organisation": ("organisations",)}


def _missing_kinds(report: Report) -> list[str]:
    """A line for each kind of record the fact base has none of while others refer to it: the cause of
    many "not a known … id" problems at once (a file of people deleted or moved away)."""
    dangling: dict[str, int] = {}
    for problem in report.problems:
        m = re.search(r" is not a known (.+?) id", problem.message)
        if m and m.group(1) in _PLURALS:
            dangling[m.group(1)] = dangling.get(m.group(1), 0) + 1
    notes = []
    for noun, n in dangling.items():
        kinds = _PLURALS[noun]
        if all(not report.counts.get(k) for k in kinds):
            what = " or ".join(kinds)
            notes.append(f"the fact base has no {what}, and {n} reference{'s' if n != 1 else ''} to them "
                         f"fail: is a file of {what} missing?")
    return notes
