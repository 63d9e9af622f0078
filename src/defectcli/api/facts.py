"""`FactBase`: a fact base opened once, answering every question the command line asks with plain data.

Each answer is what `defectcli COMMAND -f json` prints: lists of dicts (one per record, the same
fields), or one dict. Domain errors are exceptions from `defectcli.errors`: `NotFound` (nothing
matched), `UsageError` (an argument it cannot use, with a message that says why), `FactBaseError`
(the fact base has problems; `.problems` lists them as `file:line: message`).

An open FactBase answers from the fact base as it was when it first answered: call `refresh()`
after editing its files (the command line opens one per run). A cache that turns out to be damaged
in the middle of a question is discarded, and the question asked again on a rebuilt cache, then in
memory: a caller never sees the cache's errors.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..errors import FactBaseError, NoHome, Problem, UsageError
from ..paths import YOURS, bundled_facts, bundled_facts_read
from ..shapes import MOST_ROWS, Row
from ..store.cache.index import Index, open_index
from ..store.cache.lock import Wait, busy, busy_note
from ..store.cache.place import cache_path
from ..store.cache.schema import DAMAGED, KIND_TABLE
from ..store.queries import lists, person
from ..store.queries.ids import kind_named, one_of
from .answers import Answer, Hits
from .arguments import check_methods

if TYPE_CHECKING:
    from .pages import Fetching
    from .proof import Report

T = TypeVar("T")
MOST_CONTEXT = 50  # paragraphs show gives on each side of an excerpt, at most (as show --context takes)
Progress = Callable[[int], Callable[[int, int], None]]


class FactBase:
    """A fact base: the bundled one, or a directory of fact files.

    >>> fb = FactBase()                       # the bundled fact base
    >>> fb.person("Ko Lin Aung")["name"]
    'Lin Aung'
    >>> [q["speaker_name"] for q in fb.quotes(theme="safety")][:1]
    ['Lin Aung']
    """

    def __init__(self, directory: str | Path | None = None, *, sources: str | Path | None = None,
                 cache: bool | None = None, progress: Progress | None = None,
                 notice: Callable[[str], None] | None = None) -> None:
        """`directory`: the fact base (default: the bundled one, or DEFECTCLI_FACTS is not read here:
        the command line reads it). `sources`: the directory of the article texts (default:
        DEFECTCLI_SOURCES, else `sources/` in the fact base). `cache`: keep the compiled index on
        disk (default: yes, unless DEFECTCLI_NO_CACHE=1). `progress(total)`, if given, is called when
        a build of several files starts and returns a `tick(done, total)`. `notice(message)`, if
        given, is told once why no cache was kept (its place is inside the package; another process
        held it for a minute), and when a wait for another process writing the cache begins."""
        self.directory = Path(directory) if directory is not None else bundled_facts_read(YOURS)
        self.named = directory is not None  # given by the caller (--facts, DEFECTCLI_FACTS), not the default
        self._sources = Path(sources) if sources is not None else None
        self._cache = cache if cache is not None else os.environ.get("DEFECTCLI_NO_CACHE") != "1"
        self._progress = progress
        self._notice = notice
        self._ix: Index | None = None
        self._lock = threading.RLock()  # one question at a time: a FactBase may be shared by threads
        self._problems: list[Problem] | None = None
        self._discarded = 0

    # ------------------------------------------------------------ opening

    @property
    def bundled(self) -> bool:
        """Whether this is the fact base that ships with defectcli (never written to)."""
        return self.directory.resolve() == bundled_facts().resolve()

    @property
    def sources_dir(self) -> Path | None:
        """Where the article texts are: `sources` as given, else DEFECTCLI_SOURCES, else the fact
        base's own `sources/` if it has one; for the bundled fact base, the per-user directory where
        `sources fetch` keeps its texts, if there is one (None: nowhere known)."""
        if self._sources is not None:
            return self._sources
        env = os.environ.get("DEFECTCLI_SOURCES")
        if env:
            return Path(env)
        from ..pages.copies import home

        try:
            own = home(self.directory, bundled_facts())
            return own if own.is_dir() else None
        except (OSError, NoHome):  # XDG_DATA_HOME not to be searched, too long a name, no HOME: nowhere known
            return None

    @property
    def sources_given(self) -> bool:
        """Whether the texts' directory was named (`sources`, DEFECTCLI_SOURCES), not found by default:
        a text missing from a directory the user named is a problem; from a default one, a note."""
        return self._sources is not None or bool(os.environ.get("DEFECTCLI_SOURCES"))

    def refresh(self) -> None:
        """Forget what was read: the next question re-reads every file changed since."""
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._ix is not None:
                self._ix.conn.close()
            self._ix, self._problems = None, None

    def __enter__(self) -> FactBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _index(self) -> Index:
        if self._ix is None:
            self._ix = open_index(self.directory, use_cache=self._cache and self._discarded < 2,
                                  progress=self._progress, say=self._notice)
            self._problems = None
            if self._ix.note and self._notice is not None:
                self._notice(self._ix.note)
                self._notice = None  # once a run
        return self._ix

    def problems(self) -> list[Problem]:
        """Everything wrong with the fact base, as every question sees it (`check` lists them)."""
        return self._ask(lambda ix: ix.problems(), strict=False)

    def _ask(self, question: Callable[[Index], T], strict: bool = True) -> T:
        """`question` of a fresh index; a cache that fails it is discarded and the question asked again
        on a rebuilt one, then in memory. A cache another process holds is waited for: a second, then,
        said, the rest of the minute, then the question is answered in memory and the cache left to
        it. With `strict`, a fact base with problems is refused. Threads' questions are answered one at a time."""
        with self._lock:
            return self._asked(question, strict)

    def _asked(self, question: Callable[[Index], T], strict: bool) -> T:
        waiting: Wait | None = None
        while True:
            ix = self._index()
            try:
                if strict:
                    if self._problems is None:
                        self._problems = ix.problems()
                    if self._problems:
                        raise FactBaseError(self._problems)
                return question(ix)
            except DAMAGED as exc:
                if not ix.cached:  # in memory already: not the cache's fault, so a bug to see
                    raise
                if busy(exc):  # another process took the cache after it was opened: waited for as at opening
                    waiting = waiting or Wait(cache_path(self.directory), self._notice)
                    if waiting.again():
                        continue
                    ix.conn.close()  # held past the wait: left to its holder, not deleted
                    if self._notice is not None:
                        self._notice(busy_note(cache_path(self.directory)))
                        self._notice = None
                    self._discarded = 2
                else:
                    ix.discard()
                    self._discarded += 1
                self._ix, self._problems = None, None

    # ------------------------------------------------------------ the questions

    def person(self, name: str, source: str | None = None) -> Row:
        """One person's profile (a name, alias or title form; honorifics and ranks optional):
        attributes, quotes, motivations, figures and events; with `source`, only what it says."""
        return self._ask(lambda ix: person.person(ix, name, source))

    def people(self, source: str | None = None, role: str | None = None) -> list[Row]:
        """Everyone the articles name, quote or describe."""
        return self._ask(lambda ix: lists.people(ix, source, role))

    def stats(self, topic: str | None = None, source: str | None = None) -> list[Row]:
        """Every figure: value as stated, comparator, unit, what it counts, who states it, where."""
        return self._ask(lambda ix: lists.stats(ix, topic, source))

    def comparisons(self) -> list[Row]:
        """Totals the sources disagree on: conflicts whose claims cite two figures or more."""
        return self._ask(lists.comparisons)

    def quotes(self, theme: str | Sequence[str] | None = None, speaker: str | None = None,
               search: str | None = None, source: str | None = None) -> list[Row]:
        """Direct quotations, verbatim; `theme` one theme id or several (all must apply)."""
        themes = [theme] if isinstance(theme, str) else list(theme or ())
        return self._ask(lambda ix: lists.quotes(ix, themes, speaker, search, source))

    def themes(self) -> list[Row]:
        """The theme vocabulary, with how many quotes each has."""
        return self._ask(lists.themes)

    def motivations(self, stage: str | None = None, source: str | None = None) -> list[Row]:
        """Reasons for joining, defecting and staying, with who gives each and how many."""
        if stage is not None:  # any case, as the command line takes it
            stage = one_of(stage, ["joining", "defecting", "staying"], "--stage", plural=True)
        return self._ask(lambda ix: lists.motivations(ix, stage, source))

    def sources(self, source: str | None = None) -> list[Row]:
        """The articles the facts come from, with their publication records (with `source`, that one)."""
        return self._ask(lambda ix: lists.sources(ix, source))

    def timeline(self, source: str | None = None) -> list[Row]:
        """Events in the order their dates mean; undated events last."""
        return self._ask(lambda ix: lists.timeline(ix, source))

    def conflicts(self, source: str | None = None) -> list[Row]:
        """Where the sources disagree, contradict themselves or err, each side cited."""
        return self._ask(lambda ix: lists.conflicts(ix, source))

    def organisations(self, source: str | None = None) -> list[Row]:
        """Organisations the articles name, with what they say of each."""
        return self._ask(lambda ix: lists.organisations(ix, source))

    def search(self, text: str, kind: str | None = None, limit: int = 20, source: str | None = None) -> Hits:
        """Every record that mentions `text`, best first; each hit with its matched words in context
        (`snippet`, and `highlights`: [start, end) of each match in it); with `source`, only records
        resting on that source."""
        if limit < 1:
            raise UsageError(f"--limit: give a number of hits, 1 or more (not {limit})")
        if limit > MOST_ROWS:
            raise UsageError(f"--limit: give a number of hits up to {MOST_ROWS} (not {limit})")
        from ..store.search import engine as search

        found, note = self._ask(lambda ix: search.search(ix, text, kind, limit, source=source))
        hits = Hits(found)
        hits.note = note
        return hits

    def verify(self, text: str) -> list[Row]:
        """Each checkable claim of `text` (a sentence, a quote, a draft: quotes with who said them,
        numbers with what they count and who states them, dates of named people and events), in the
        order of the text, with its verdict — matches, differs, disputed, misquoted, misattributed,
        not_found — the reason, the records that decide it, and its schema.org ClaimReview (`review`).
        Empty when the text has no claim."""
        from ..output.verify import with_reviews
        from ..store.queries import verify
        from ..texts.claims.given import checked

        text = checked(text, "TEXT")
        return with_reviews(self._ask(lambda ix: verify.verify(ix, text)))

    def records(self, kind: str) -> list[Row]:
        """Every record of one kind ("people" or "person", "quotes" or "quote", ...; any case) as its row,
        in fact-file order: a list, as every answer is (json.dumps and pandas take it)."""
        table = KIND_TABLE[kind_named(kind)]
        return self._ask(lambda ix: list(lists.records(ix, table)))

    def record(self, record_id: str, kind: str | None = None) -> tuple[str, Row]:
        """(kind, row) of the record with this id; `kind` when two kinds share it."""
        from ..store.queries import records

        return self._ask(lambda ix: records.find(ix, record_id, kind))

    # ------------------------------------------------------------ for completion and help

    def names(self, prefix: str = "") -> list[str]:
        """Every name, alias and title form of a person that starts with `prefix` (case and accents aside)."""
        return self._ask(lambda ix: lists.completion_names(ix, prefix))

    def ids(self, prefix: str = "", kind: str | None = None) -> list[str]:
        """Record ids starting with `prefix`: of one kind ("sources" or "source", ...) or of any."""
        if kind is None:
            from ..store.queries import records

            return self._ask(lambda ix: records.all_ids(ix, prefix))
        table = KIND_TABLE[kind_named(kind)]
        return self._ask(lambda ix: lists.ids_starting(ix, table, prefix))

    def values(self, field: str) -> list[str]:
        """The values a filter takes in this fact base: "roles" (of people) or "topics" (of figures)."""
        field = one_of({"role": "roles", "topic": "topics"}.get(field.casefold(), field), ["roles", "topics"], "field")
        return self._ask(lambda ix: lists.vocabulary(ix, field))

    # ------------------------------------------------------------ proof, citation, the site (modules of their own)

    def show(self, record_id: str, kind: str | None = None, context: int = 0) -> Answer:
        """Any record in full, `{kind, id, record, excerpts}`: each excerpt with its source, its line
        and, where the article text is at hand, its paragraph (and `context` more on each side) and
        a one-line citation. `notes` says what could not be shown."""
        from . import proof

        if not 0 <= context <= MOST_CONTEXT:
            raise UsageError(f"--context: give a number of paragraphs from 0 to {MOST_CONTEXT} (not {context})")
        return self._ask(lambda ix: proof.show(ix, self.sources_dir, self.sources_given, record_id, kind, context,
                                                     None if self.bundled else self.directory))

    def cite(self, record_id: str, kind: str | None = None, style: str | Path = "plain") -> Answer:
        """What a record states, each excerpt with its source and line, and each source cited in
        `style` (plain, csl-json, bibtex, apa, chicago, chicago-author-date, a CSL style name or file)."""
        from . import proof

        return self._ask(lambda ix: proof.cite(ix, self.sources_dir, record_id, kind, str(style)))

    def check(self, texts: bool | None = None, coverage: bool = False, only: Sequence[str] = ()) -> Report:
        """Everything wrong with the fact base; with `texts` (by default: when `sources_dir` is known),
        every excerpt and quote proved verbatim against the article texts; with `coverage`, every
        sentence of every text cited or waived; `only` limits the texts to these source ids."""
        from . import proof

        directory = self.sources_dir if texts is not False else None
        problems = self.problems()
        return self._ask(lambda ix: proof.check(ix, problems, directory, self.sources_given, bool(texts), coverage,
                                                only), strict=False)

    def fetch_sources(self, ids: Sequence[str] = (), timeout: float = 20.0, is_article: bool = False) -> Fetching:
        """Fetch each source's page from its publisher (those with a url in their publication record;
        `ids` to choose), keep it as a dated copy in `sources_dir` (for the bundled fact base, a
        per-user directory), and prove every excerpt against it. `outcomes` comes source by source;
        `defectcli.pages.fetch.verdict` sums them up. `is_article`: keep a page that looks like a
        gate or error page (a sign-in form, a paywall) as the article. Needs the `pages` extra."""
        from . import pages

        directory = self._sources or (Path(os.environ["DEFECTCLI_SOURCES"]) if os.environ.get("DEFECTCLI_SOURCES")
                                      else None)
        return self._ask(lambda ix: pages.fetch(ix, self.directory, ids, directory, timeout, is_article))

    def export(self, path: str | Path, to: str | None = None, force: bool = False, table: str | None = None) -> str:
        """Write the whole fact base for other tools (sqlite with its Datasette metadata, json, csv);
        returns the format written. `-` is refused here: use `export_text`."""
        from . import site

        self._ask(lambda ix: None)  # the fact base is read (and refused if unusable) before anything is written
        return site.export(self.records, str(path), to, force, table)

    def export_text(self, to: str = "json", table: str | None = None) -> str:
        """The whole fact base as one JSON document, or one table as CSV (`to="csv"`, `table`)."""
        from . import site

        self._ask(lambda ix: None)
        return site.export_text(self.records, to, table)

    def serve(self, host: str, port: int, announce: Callable[[str], None], public: bool = False,
              sql: bool = False) -> None:
        """Browse the fact base in Datasette on host:port until interrupted (needs the web extra):
        `public` to listen beyond this machine, `sql` to let visitors run bounded read-only SQL."""
        from . import site

        self._ask(lambda ix: None)  # refused now, before a port is taken, if the fact base is unusable
        site.serve(self.records, host, port, announce, public, sql)


check_methods(FactBase)  # an argument of the wrong type is a UsageError naming it (arguments.py)
