"""`sources fetch`: each source's page fetched from its publisher, kept as a dated copy, and every
excerpt proved against it (pages/ does the work; this is where the fact base feeds it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NoHome, UsageError
from ..paths import bundled_facts

if TYPE_CHECKING:
    from ..pages.fetch import Outcome
    from ..store.cache.index import Index


@dataclass
class Fetching:
    """A fetch under way: where copies go, notes on sources without a URL, and each source's outcome
    as it comes (`outcomes`, a generator: pages are fetched as it is read)."""

    directory: Path
    skipped: list[str] = field(default_factory=list)
    outcomes: Iterator[Outcome] = field(default_factory=lambda: iter(()))
    nothing: bool = False  # no source asked for has a url to fetch


def fetch(ix: Index, facts: Path, ids: Sequence[str], directory: Path | None, timeout: float,
          is_article: bool = False) -> Fetching:
    from .. import writing
    from ..pages import copies
    from ..pages import fetch as fetching
    from ..pages.download import Limits
    from ..store.queries import lists, proving
    from ..store.queries.ids import one_of

    if not 0.1 <= timeout <= 600:  # nan too, which the option's own range lets through
        raise UsageError(f"--timeout: give a number of seconds from 0.1 to 600 (not {timeout})")
    if is_article and not ids:
        raise UsageError("--is-article: name the sources whose pages are their articles, e.g. defectcli sources fetch "
                         "s3 --is-article")
    fetching.require()
    sources = list(lists.records(ix, "sources"))
    wanted = [one_of(sid, [s["id"] for s in sources], "ID") for sid in ids] if ids else None
    try:
        target = directory or copies.home(facts, bundled_facts())
    except NoHome as exc:
        raise UsageError(f"{exc}, or give --sources DIR") from None
    writing.guard(target, "--sources" if directory else "the per-user data directory" if copies.is_bundled(
        facts, bundled_facts()) else "the fact base's sources directory")
    chosen, skipped = fetching.fetchable(sources, wanted)
    if not chosen:
        return Fetching(target, skipped, nothing=True)
    cited = proving.cited(ix)
    return Fetching(target, skipped, fetching.fetch_all(chosen, cited, target, Limits(timeout=timeout), is_article))
