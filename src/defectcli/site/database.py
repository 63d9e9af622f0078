"""The fact base as a site people browse: a SQLite database shaped for reading, and its Datasette metadata.

Built from each record's row dict (store/cache/rows.py), never by copying the cache's tables, so what the cache
keeps for itself (`json`, `file`, `file_line`, its indexes, its private tables) stays out of it.
One declaration per table below says its columns, what each means, what it links to, its label,
facets, sort order and full-text columns; the database and the metadata are both made from it.

sqlite-utils creates the tables, foreign keys, indexes, views and full-text tables, the way
Datasette discovers them (`enable_fts`: a `<table>_fts` FTS5 table with `content=<table>`). Rows go
in as tuples, one `executemany` per table: sqlite-utils' `insert_all` takes dicts and inspects each
again, and wrote the 463,000 rows of the 1000x bench base in 2.5 times as long (9.1 s against 3.6 s),
which would have doubled the export.

A speaker, `stated_by` or giver may be a person or an organisation: they all link to `actors`, one
row for each person and organisation, which links back to either.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import CannotWrite, DefectError
from ..factbase.names import organisation_key, person_names
from ..output.cite import plain
from ..shapes import Row
from ..store.cache.build import search_row
from ..store.cache.schema import GROUPS, SINGULAR
from ..store.search.engine import display_title
from ..writing import failed, hidden_temporary
from ..written import figure_stated
from .metadata import metadata
from .tables import TABLES
from .views import VIEWS

# One record kind's rows, in fact-file order: how the export reads the fact base.
Records = Callable[[str], Iterable[Row]]

# ---------------------------------------------------------------- rows for each table


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every list: json.dumps makes one a call


def _j(items: list[Any]) -> str | None:
    """A list as a JSON array, and an empty one as nothing, so that pages do not fill with []."""
    return _ENCODE(items) if items else None


def _date(d: Row | None) -> tuple[Any, Any, Any, Any]:
    return (None, None, None, None) if d is None else (d["value"], d["precision"], d["basis"], d["note"])


def source_label(row: Row, names: dict[str, str]) -> str:
    """A source in one line, as links and facets show it: its id and the citation line, without URL
    (the source's own page has it)."""
    return f"{row['id']} — {plain(row, names, url=False)}"


Out = dict[str, list[tuple[Any, ...]]]


def _evidence(out: Out, kind: str, column: int, rid: str, evidence: list[Row]) -> None:
    for e in evidence:
        targets: list[Any] = [None] * 5
        if column >= 0:
            targets[column] = rid
        out["evidence"].append((kind, *targets, e["source"], e["excerpt"]))


def _person(r: Row, out: Out) -> None:
    rid = r["id"]
    out["people"].append((rid, r["name"], r["name_status"], int(r["group"]), _j(r["roles"]), _j(r["aliases"]),
                          _j(r["titles"]), r["described_as"], r["note"], _j(r["sources"])))
    out["actors"].append((rid, r["name"], "group" if r["group"] else "person", rid, None))
    out["person_names"].extend((rid, n, key, what) for n, key, what in person_names(r))
    out["person_relations"].extend((rid, x["relation"], x["person"]) for x in r["relations"])
    out["attributes"].extend((rid, a["field"], a["value"], a["value_max"], a["unit"], a["wording"], a["note"],
                              a["source"], a["excerpt"]) for a in r["attributes"])
    _evidence(out, "person", 0, rid, r["evidence"])


def _organisation(r: Row, out: Out) -> None:
    rid = r["id"]
    out["organisations"].append((rid, r["name"], r["kind"], _j(r["aliases"]), r["part_of"], r["described_as"],
                                 r["note"], _j(r["sources"])))
    out["actors"].append((rid, r["name"], "organisation", None, rid))
    out["organisation_names"].extend((rid, n, organisation_key(n)) for n in dict.fromkeys([r["name"], *r["aliases"]]))
    _evidence(out, "organisation", 1, rid, r["evidence"])


def _place(r: Row, out: Out) -> None:
    out["places"].append((r["id"], r["name"], r["kind"], r["note"], _j(r["sources"])))
    _evidence(out, "place", 2, r["id"], r["evidence"])


def _event(r: Row, out: Out) -> None:
    rid = r["id"]
    out["events"].append((rid, r["name"], r["kind"], *_date(r["date"]), r["note"], _j(r["sources"])))
    out["event_people"].extend((rid, p) for p in r["people"])
    out["event_places"].extend((rid, p) for p in r["places"])
    out["event_organisations"].extend((rid, o) for o in r["organisations"])
    _evidence(out, "event", 3, rid, r["evidence"])


def figure_label(r: Row) -> str:
    return f"{r['wording']} — {r['counts']}"


def _figure(r: Row, out: Out) -> None:
    rid = r["id"]
    label = figure_label(r)
    out["figures"].append((rid, label, r["topic"], r["stated_by"], r["source"], r["excerpt"], r["value"],
                           r["value_max"], r["comparator"], r["unit"], r["wording"], r["counts"], *_date(r["as_of"]),
                           r["rank"], r["rank_reason"], r["derivation"], r["note"]))
    out["figure_parts"].extend((rid, p["label"], p["value"], p["wording"]) for p in r["parts"])
    out["figure_about"].extend((rid, p) for p in r["about"])
    out["figure_derivations"].extend((rid, f) for f in r["derived_from"])


def _quote(r: Row, out: Out) -> None:
    rid = r["id"]
    out["quotes"].append((rid, r["text"], r["speaker"], _j(r["themes"]), r["source"], r["line"], r["kind"],
                          r["attribution"], r["note"],
                          _j(r["parts"]) if len(r["parts"]) > 1 else None))
    out["quote_themes"].extend((rid, t) for t in r["themes"])


def _motivation(r: Row, out: Out) -> None:
    rid = r["id"]
    out["motivations"].append((rid, r["stage"], r["reason"], r["note"], _j(r["sources"])))
    out["motivation_givers"].extend((rid, g["who"], g["excerpt"], g["attribution"], g["note"], g["source"])
                                    for g in r["given_by"])
    out["motivation_figures"].extend((rid, f) for f in r["figures"])
    _evidence(out, "motivation", 4, rid, r["evidence"])


def _conflict(r: Row, out: Out) -> None:
    rid = r["id"]
    out["conflicts"].append((rid, r["kind"], r["topic"], r["summary"], r["headline"]))
    out["conflict_claims"].extend((rid, c["source"], c["excerpt"], c["rating"], c["figure"], c["event"])
                                  for c in r["claims"])


def _theme(r: Row, out: Out) -> None:
    out["themes"].append((r["id"], r["description"]))
    if r["search_words"]:
        out["search_words"].append((r["id"], GROUPS.join(r["search_words"])))


_ROWS: dict[str, Callable[[Row, Out], None]] = {
    "themes": _theme, "people": _person, "organisations": _organisation, "places": _place, "events": _event,
    "figures": _figure, "quotes": _quote, "motivations": _motivation, "conflicts": _conflict,
}


def _source(r: Row, out: Out, names: dict[str, str]) -> None:
    rid = r["id"]
    label = source_label(r, names)
    rec = r.get("record") or {}
    out["sources"].append((rid, label, r["kind"], r["title"], _j(r["headings"]), *_date(r["date"]), r["sha256"],
                           r["file_hint"], rec.get("outlet"), rec.get("title"), rec.get("url"),
                           _j(rec["byline"]) if rec else None, rec.get("published"), rec.get("section"),
                           rec.get("retrieved"), rec.get("given_by")))
    out["source_credits"].extend([(rid, p, "author") for p in r["authors"]] +
                                 [(rid, p, "contributor") for p in r["contributors"]])
    _evidence(out, "source", -1, rid, r["evidence"])


# The search index, as the cache's (store/cache/schema.py), so that the CLI's search runs on the site's
# database too (site/search.py); its `rank` weights the columns as the CLI does, for a plain `ORDER BY rank`.
TOKENIZE = "porter unicode61 remove_diacritics 2"
SEARCH_INDEX = (f"CREATE VIRTUAL TABLE search_fts USING fts5(kind, record_id UNINDEXED, title, body, refs, "
                f"tokenize = '{TOKENIZE}')")
RANK = "bm25(0, 0, 4.0, 1.0, 0.5)"


def _search(kind: str, r: Row, rows: list[tuple[Any, ...]], index: list[tuple[Any, ...]]) -> None:
    """A record's row in `search` (what a reader sees) and in `search_fts` (what the CLI's search reads)."""
    title, body, refs = search_row(kind, r)
    rowid = len(rows) + 1
    rows.append((rowid, SINGULAR[kind], r["id"], display_title(r), figure_stated(r) if kind == "figures" else None,
                 "\n".join(t for t in (title, body) if t), _j(r["sources"])))
    index.append((rowid, SINGULAR[kind], r["id"], title, body, refs))


# ---------------------------------------------------------------- writing


def metadata_path(db: Path) -> Path:
    """Where the metadata of the database at `db` is written: facts.db -> facts.metadata.json."""
    return db.with_name(db.stem + ".metadata.json")


def write_failure(where: str, exc: BaseException) -> DefectError | None:
    """The one-line error ("WHERE (why)") for a failure to write a site database, or None if it is
    not one (an error reading a damaged cache goes on to the CLI, which rebuilds)."""
    if isinstance(exc, OSError):
        return failed(where, exc)
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "")  # Python 3.11+
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return CannotWrite(f"{where} (the disk is full)")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")) or any(
            w in text for w in ("disk I/O error", "unable to open database file", "readonly", "permission")):
        return CannotWrite(f"{where} ({text})")
    return None


@contextlib.contextmanager
def in_scratch(tmp: str) -> Iterator[None]:
    """Writes of a working site database into the scratch directory `tmp` (in TMPDIR): a full or
    failing disk there is one line naming TMPDIR, not a traceback, nor blamed on an export's PATH."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        failure = write_failure(f"TMPDIR: cannot write the working database in '{Path(tmp).parent}'", exc)
        if failure is None:
            raise
        raise failure from None


def write(records: Records, dest: Path) -> None:
    """The site database at `dest` and its metadata beside it, each written atomically."""
    tmp = str(hidden_temporary(dest.parent, suffix=".sqlite"))
    try:
        os.unlink(tmp)  # SQLite makes the file anew, with the permissions any new file gets
        sources = build(records, Path(tmp))
        meta = metadata(dest.stem, sources)
        meta_tmp = Path(tmp + ".json")
        meta_tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, dest)
        os.replace(meta_tmp, metadata_path(dest))
    except BaseException:
        for leftover in (tmp, tmp + ".json"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


def build(records: Records, path: Path) -> list[str]:
    """Write the database at `path` (a new, empty file). Returns the sources' labels, for the metadata."""
    import sqlite_utils

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A new file that is renamed into place only when complete: nothing to protect mid-way.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db = sqlite_utils.Database(conn)
        _create(db)
        conn.execute("BEGIN")
        names: dict[str, str] = {}
        labels: list[str] = []
        found: list[tuple[Any, ...]] = []
        index: list[tuple[Any, ...]] = []
        for kind in ("themes", "people", "organisations", "places", "events", "figures", "quotes", "motivations",
                     "conflicts", "sources"):
            out: Out = {t.name: [] for t in TABLES}
            if kind == "sources":
                for r in records(kind):
                    _source(r, out, names)
                    _search(kind, r, found, index)
                labels = [row[1] for row in out["sources"]]
            else:
                fill = _ROWS[kind]
                for r in records(kind):
                    fill(r, out)
                    _search(kind, r, found, index)
                if kind in ("people", "organisations"):
                    names.update((row[0], row[1]) for row in out["actors"])
            for table, rows in out.items():
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO [{table}] VALUES ({marks})", rows)
        conn.executemany("INSERT INTO search (rowid, kind, record_id, title, lead, text, sources) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", found)
        conn.execute(SEARCH_INDEX)
        conn.executemany("INSERT INTO search_fts (rowid, kind, record_id, title, body, refs) VALUES (?, ?, ?, ?, ?, ?)",
                         index)
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('rank', ?)", (RANK,))
        db.index_foreign_keys()
        conn.execute("CREATE INDEX search_record ON search (record_id, kind)")
        conn.execute("CREATE INDEX person_names_key ON person_names (key)")
        conn.execute("CREATE INDEX organisation_names_key ON organisation_names (key)")
        conn.execute("COMMIT")
        for t in TABLES:
            if t.fts:
                db[t.name].enable_fts(list(t.fts), tokenize=TOKENIZE)  # type: ignore[union-attr]
        for name, (_, sql, _) in VIEWS.items():
            db.create_view(name, sql)
        conn.execute("ANALYZE")
        return labels
    finally:
        conn.close()


def _create(db: Any) -> None:
    """Every table, in an order where each link's table exists first; links that close a loop after."""
    made: set[str] = set()
    later: list[tuple[str, str, str, str]] = []
    for t in TABLES:
        fks = []
        for c in t.columns:
            if c.ref is None:
                continue
            if c.ref in made or c.ref == t.name:
                fks.append((c.name, c.ref, "id"))
            else:
                later.append((t.name, c.name, c.ref, "id"))
        db.create_table(t.name, {c.name: c.type for c in t.columns}, pk=t.pk, foreign_keys=fks,
                        not_null=[t.pk] if t.pk else None)
        made.add(t.name)
    if later:
        db.add_foreign_keys(later)
