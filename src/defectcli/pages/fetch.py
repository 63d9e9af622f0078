"""`defectcli sources fetch`: each source's page fetched from its publisher, kept as a dated copy,
its text taken out as add-source does, every excerpt looked up in it, and the text compared with
the one the fact base was checked against and with the copy kept last time (the silent-edit watch).

The report is a list of lines for stdout (per source: the proof, what changed) and notes for
stderr (where copies were kept); nothing here prints. A page that cannot be had is one line with
the reason, and the other sources are still fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import UsageError
from . import compare, copies

if TYPE_CHECKING:
    from ..texts.intake import Article
    from .download import Limits
    from .download import Page as Fetched


def clock() -> datetime:
    """Now, in UTC: the date a copy is kept under (tests set it)."""
    return datetime.now(timezone.utc)


def require() -> None:
    """UsageError unless the `pages` extra (trafilatura, and urllib3 with it) is installed."""
    import importlib.util

    for name in ("trafilatura", "urllib3"):
        if importlib.util.find_spec(name) is None:
            raise UsageError(f"sources fetch needs {name}, which is not installed; install it with: "
                             "pip install 'defectcli[pages]'")


@dataclass
class Outcome:
    """What became of one source: the report's lines (stdout), notes (stderr), and what they say."""

    source: str
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fetched: bool = False
    missing: int = 0  # excerpts not found in the page
    changed: bool = False  # the text differs from the copy kept last time


class Page(NamedTuple):
    """A source to fetch: its id, the sha256 and file name of its pinned text, and its URL."""

    id: str
    sha256: str
    file_hint: str | None
    url: str


def fetchable(sources: list[dict[str, Any]], wanted: list[str] | None) -> tuple[list[Page], list[str]]:
    """The sources to fetch (those asked for, or all; source rows), and a note for each without a URL."""
    chosen = [s for s in sources if wanted is None or s["id"] in wanted]
    with_url = [Page(s["id"], s["sha256"], s["file_hint"], (s["record"] or {})["url"]) for s in chosen
                if (s["record"] or {}).get("url")]
    skipped = [f"{s['id']}: no url in its publication record; nothing to fetch" for s in chosen
               if not (s["record"] or {}).get("url")]
    return with_url, skipped


def fetch_all(sources: list[Page], cited: list[Any], directory: Path, limits: Limits | None = None,
              is_article: bool = False) -> Iterator[Outcome]:
    """Each source fetched in turn, its excerpts (`cited`, texts.provenance.Cited) looked up in its page;
    OSError if a copy cannot be written (what was kept stays)."""
    for source in sources:
        yield fetch_one(source, compare.of_source(cited, source.id), directory, limits, is_article)


def fetch_one(source: Page, excerpts: list[compare.Cited], directory: Path, limits: Limits | None = None,
              is_article: bool = False) -> Outcome:
    from ..texts.intake import read_page
    from .download import Failed, fetch, user_agent

    sid, url = source.id, source.url
    out = Outcome(sid)
    try:
        page = fetch(url, limits)
        try:
            # A page in doubt is judged by its excerpts, below.
            article = read_page(page.body, url, is_article=True, charset=page.charset)
        except UsageError as exc:
            raise Failed(str(exc).removeprefix(f"{url}: ")) from None
    except Failed as exc:
        out.lines.append(f"{sid}: not fetched: {exc} ({url})")
        return out
    same = article.sha256 == source.sha256
    proof = compare.prove(excerpts, article.text)
    if article.doubt is not None and not same and not proof.found and not is_article:
        held = f"none of its {proof.total} excerpts is in it" if proof.total else "the source has no excerpts to look for"
        out.lines.append(f"{sid}: not fetched: {article.doubt.removesuffix('.')}; {held}. If it is the article, give "
                         f"its id and --is-article (sources fetch {sid} --is-article) ({url})")
        return out
    out.fetched = True
    when = clock()
    previous = copies.latest(directory, sid)
    meta = {"source": sid, "url": url, "final_url": page.final_url,
            "redirects": [{"status": s, "to": to} for s, to in page.redirects], "content_type": page.content_type,
            "html_sha256": _sha256(page.body), "text_sha256": article.sha256, "pinned_sha256": source.sha256,
            "same_as_pinned": same, "extracted_by": _extractor(), "user_agent": user_agent()}
    copy = copies.keep(directory, sid, page.body, article.text, meta, when)
    made: list[Path] = []  # the pinned text, when this run keeps it
    try:
        _report(out, source, page, article, excerpts, proof, directory, copy, previous, made)
    except BaseException:  # the pinned text cannot be kept (a full disk), Ctrl-C: nothing this run wrote stays
        for path in made:
            path.unlink(missing_ok=True)
        copies.discard(copy)
        raise
    return out


def _report(out: Outcome, source: Page, page: Fetched, article: Article, excerpts: list[compare.Cited],
            proof: compare.Proof, directory: Path, copy: copies.Copy, previous: copies.Copy | None,
            made: list[Path]) -> None:
    """What the fetched page, kept as `copy`, says against the fact base and the copy kept last time."""
    from ..texts.articles import Wanted, find_texts

    sid, url = source.id, source.url
    same = article.sha256 == source.sha256
    out.notes.append(f"{sid}: kept the page as {copy.html} (its text: {copy.text_path.name})")
    if page.redirects:
        status, _ = page.redirects[0]
        hops = f"{len(page.redirects)} redirects" if len(page.redirects) > 1 else f"HTTP {status}"
        where = "moved to another host" if page.other_host else "redirected"
        out.lines.append(f"{sid}: {where}: {page.final_url} ({hops} from {url})")

    found, _ = find_texts([Wanted(sid, source.sha256, source.file_hint)], directory)
    pinned = found[sid].text if sid in found else None
    if same and pinned is None:
        out.notes.append(_keep_pinned(directory, source, article.data, made))
    relation = "the text the fact base was checked against: same sha256" if same else \
        "the page's text differs from the text the fact base was checked against"
    line = f"{sid}: {proof.found} of {proof.total} excerpts found in the page as fetched on {copy.day} ({relation})" \
        if proof.total else \
        f"{sid}: no record cites {sid} yet, so there is no excerpt to look for in the page as fetched on {copy.day} ({relation})"
    if proof.missing:
        line += "; not found: " + ", ".join(proof.missing_records())
    out.lines.append(line)
    out.missing = len(proof.missing)
    if not same:
        if pinned is not None:
            out.lines += [f"  {d}" for d in compare.described(compare.changes(pinned, article.text))]
        else:
            out.notes.append(f"{sid}: the text the fact base was checked against is not in {directory}, so what "
                             "differs cannot be shown")
    if previous is not None:
        shown = pinned if not same else None  # what differs from it is shown already
        watched, out.changed = _watch(sid, previous, article.text, excerpts, shown)
        out.lines += watched


def _watch(sid: str, previous: copies.Copy, text: str, excerpts: list[compare.Cited],
           shown: str | None) -> tuple[list[str], bool]:
    """The silent-edit watch: the text against the copy kept last time; and whether it changed.
    When the last copy was `shown` (the pinned text, whose differences are listed already), they are
    not listed twice."""
    try:
        before = previous.text()
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{sid}: the copy fetched on {previous.day} cannot be read ({exc}); nothing compared"], False
    since = f"since the copy fetched on {previous.day} ({previous.stamp})"
    if before == text:
        return [f"{sid}: unchanged {since}"], False
    found = compare.changes(before, text)
    if not found:
        return [f"{sid}: unchanged {since}, but for quote marks and spacing"], False
    lines = sorted({c.new_line or c.old_line or 0 for c in found})
    which = ", ".join(map(str, lines[:10])) + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
    touched = compare.touched(found, excerpts, before, text)
    touching = f"; excerpts of {', '.join(touched)} stand in them" if touched else "; no excerpt stands in them"
    head = f"{sid}: changed {since}: paragraph{'s' if len(lines) != 1 else ''} at line{'s' if len(lines) != 1 else ''} " \
           f"{which}{touching}"
    if before == shown:
        return [head + " (the differences above)"], True
    return [head, *[f"  {d}" for d in compare.described(found)]], True


def _keep_pinned(directory: Path, source: Page, data: bytes, made: list[Path]) -> str:
    """The fetched text is the pinned one: kept as the source's text, under its file_hint name (added
    to `made` when written now)."""
    from ..texts.intake import Article

    own = Article(data.decode("utf-8"), "").kept_name  # the name its sha256 gives it
    names = [n for n in (source.file_hint, own) if n]
    why = ""
    for name in dict.fromkeys(names):
        path, why = copies.keep_pinned(directory, name, data, named_by_content=name == own)
        if path is not None:
            if why == "kept":
                made.append(path)
            return f"{source.id}: the text the fact base was checked against, {why} as {path}"
    return f"{source.id}: the text the fact base was checked against is not kept apart: {why}"


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _extractor() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"trafilatura {version('trafilatura')}"
    except PackageNotFoundError:
        return "trafilatura"


def verdict(outcomes: list[Outcome], directory: Path) -> tuple[str, int]:
    """The run's last line, and its exit code: 1 when an excerpt was not found or a page changed
    since its last copy (what a person must look at), else 69 when a page could not be had, else 0."""
    from ..errors import ExitStatus

    fetched = [o for o in outcomes if o.fetched]
    missing = [o.source for o in outcomes if o.missing]
    changed = [o.source for o in outcomes if o.changed]
    failed = [o.source for o in outcomes if not o.fetched]
    parts = [f"{len(fetched)} of {len(outcomes)} page{'s' if len(outcomes) != 1 else ''} fetched"
             + (", every excerpt found in them" if fetched and not missing else "")]
    if missing:
        parts.append(f"excerpts not found in {', '.join(missing)}")
    if changed:
        parts.append(f"changed since the last copy: {', '.join(changed)}")
    if failed:
        parts.append(f"not fetched: {', '.join(failed)}")
    line = "; ".join(parts) + (f"; copies in {directory}" if fetched else "")
    code = ExitStatus.NO_MATCH if missing or changed else ExitStatus.NOT_FETCHED if failed else ExitStatus.OK
    return line, int(code)
