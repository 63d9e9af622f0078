"""One fact file to the rows the index stores: pure work, plain tuples out; index.py writes them.

A first build of a large fact base is mostly parsing YAML (libyaml's event reader) and costs about
1.4 times a plain CSafeLoader parse of the same files, in one process (bench/run.py measures it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...errors import FactBaseError, Problem
from ...factbase import loader
from ...factbase.checks import validate_records
from ...factbase.names import organisation_key, person_names
from ...factbase.walk import citations, flatten, references
from ...written import figure_title
from .rows import ROW
from .schema import GROUPS, NESTED_COLUMNS, SEARCH_TEXT, SINGULAR, TABLES, checksum

# (kind, id, line in its file, the values of its row, [(child table, child row), ...])
RecordRows = tuple[str, str, int, list[Any], list[tuple[str, tuple[Any, ...]]]]
FileRows = tuple[list[RecordRows], list[Problem]]

# Stored columns per kind (besides id, json, crc, file, file_line), read from the row dict by name.
COLUMNS = {kind: tuple(c for c, _ in columns) for kind, (_, columns) in TABLES.items()}
# One encoder for every row: json.dumps with options builds a new one per call. Rows are trees.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def compile_file(path: Path) -> FileRows:
    """Every record of one fact file as rows, and the problems the file has on its own.

    Rows name their file as it is named in the fact base directory: an export carries no local
    paths, and messages show the directory as the user gives it today. Each record becomes rows as
    soon as it is read, so a large file is never held as a tree and models besides its rows.
    """
    name = path.name
    unread: loader.Unread = []
    out: list[RecordRows] = []
    found: list[Problem] = []
    try:
        text = loader.read_text(path)
    except FactBaseError as exc:
        return [("_unread", "", 0, [], [("_unread", (name, None, None))])], exc.problems

    def each(kind: str, rec: Any) -> None:
        nodes = flatten(rec)
        found.extend(validate_records(nodes))
        out.append(_record_rows(kind, rec, nodes, name) if kind in TABLES else _waiver_rows(rec, nodes, name))

    parsed, problems = loader.stream_file(text, str(path), each, unread)
    del text
    if not parsed:  # not YAML after all: what was read before the error is void
        out, found = [], []
    # What this file defines, by kind: a reference to it holds while the file does, so only the
    # others are left for the cache to resolve across files (in an archive kept a file per article,
    # most references stay inside their file).
    local: dict[str, set[str]] = {}
    for kind, rid, *_ in out:
        if kind in SINGULAR:
            local.setdefault(SINGULAR[kind], set()).add(rid)
    local["actor"] = local.get("person", set()) | local.get("organisation", set())
    for rec in out:
        children = rec[4]
        if any(child == "_refs" and row[3] in local.get(row[4], ()) for child, row in children):
            children[:] = [(c, r) for c, r in children if c != "_refs" or r[3] not in local.get(r[4], ())]
    if unread:  # no table of its own: only child rows, as waivers have (index._store)
        out.append(("_unread", "", 0, [], [("_unread", (name, kind, rid)) for kind, rid in unread]))
    return out, problems + found


def _waiver_rows(rec: Any, nodes: list[object], file: str) -> RecordRows:
    """A waiver has no id and no table of its own: only its row in `waivers` and its reference."""
    refs = [("_refs", ("waiver", "", what, target, kind, file, loc.line))
            for node in nodes for loc, what, target, kind in references(node)]
    return "waivers", "", rec.loc.line, [], [("waivers", (rec.source, rec.sentence, rec.reason, file, rec.loc.line)),
                                             *refs]


def _record_rows(kind: str, rec: Any, nodes: list[object], file: str) -> RecordRows:
    row = ROW[kind](rec)
    compact = _COMPACT(row)
    values = [rec.id, *(row.get(c) for c in COLUMNS[kind]), compact, checksum(compact), file, rec.loc.line]
    nested = NESTED_COLUMNS.get(kind)
    if nested:  # a source's record, an event's date: stored flat too, for SQL tools
        for i, c in enumerate(COLUMNS[kind], start=1):
            if c in nested:
                key, field = nested[c]
                values[i] = (row[key] or {}).get(field)
    single = SINGULAR[kind]
    rid = rec.id
    children: list[tuple[str, tuple[Any, ...]]] = []
    add = children.append
    # One row per distinct reference (at its first line; compile_file drops those its own file
    # answers): a person's every attribute cites the same source, and repeating it would only make
    # the table larger.
    seen: set[tuple[str, str, str]] = set()
    for node in nodes:
        for loc, what, target, target_kind in references(node):
            if (what, target, target_kind) not in seen:
                seen.add((what, target, target_kind))
                add(("_refs", (single, rid, what, target, target_kind, file, loc.line)))
    children.extend(("excerpts", (single, rid, *cited, file)) for cited in citations(nodes))
    text = search_row(kind, row)
    add(("search", (single, rid, *text, file, checksum(SEARCH_TEXT.join(text)))))
    if kind == "themes" and row["search_words"]:
        add(("search_words", (rid, GROUPS.join(row["search_words"]), file)))
    if kind == "people":
        children.extend(("person_names", (rid, n, key, file, what)) for n, key, what in person_names(row))
        children.extend(("attributes", (rid, a["field"], a["value"], a["value_max"], a["unit"], a["wording"],
                                        a["note"], a["source"], a["excerpt"], file)) for a in row["attributes"])
    elif kind == "organisations":
        for n in dict.fromkeys([row["name"], *row["aliases"]]):
            children.append(("organisation_names", (rid, n, organisation_key(n), file)))
    elif kind == "figures":
        children.extend(("figure_parts", (rid, p["label"], p["value"], p["wording"], file)) for p in row["parts"])
        children.extend(("figure_about", (rid, person, file)) for person in row["about"])
        children.extend(("date_readings", ("figure", rid, r["value"], file)) for r in _readings(row["as_of"]))
    elif kind == "events":
        children.extend(("event_people", (rid, person, file)) for person in row["people"])
        children.extend(("event_after", (rid, earlier, file)) for earlier in row["after"])
        children.extend(("date_readings", ("event", rid, r["value"], file)) for r in _readings(row["date"]))
    elif kind == "quotes":
        children.extend(("quote_themes", (rid, t, file)) for t in row["themes"])
    elif kind == "motivations":
        children.extend(("motivation_givers", (rid, g["who"], g["source"], g["excerpt"], g["attribution"], g["count"],
                                               g["note"], file)) for g in row["given_by"])
    elif kind == "conflicts":
        children.extend(("conflict_claims", (rid, c["source"], c["excerpt"], c["rating"], c["figure"], c["event"],
                                             (c["date"] or {}).get("value"), file, claim.loc.line))
                        for c, claim in zip(row["claims"], rec.claims, strict=True))
    return kind, rid, rec.loc.line, values, children


def _readings(date: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The readings of a disputed date (none of a date that is not disputed)."""
    disputed = (date or {}).get("disputed")
    return list(disputed["readings"]) if disputed else []


# Hashes, source ids and values from a closed list of terms are not text anyone searches for; a
# quote's parts repeat its text. Leaving them out keeps the full-text index lean and its hits real.
_UNSEARCHED = frozenset({"sha256", "source", "sources", "file_hint", "id", "attribution", "comparator", "rank",
                         "precision", "basis", "line", "search_words", "value_stated"})
# Ids of other records: searched in their own column (`refs`), weighted low, so that "Lin Aung regret"
# finds the quote Lin Aung speaks. Names live in other files; ids are what a record holds.
_REFS = frozenset({"person", "part_of", "places", "organisations", "people", "stated_by", "about", "derived_from",
                   "speaker", "who", "figure", "event", "headline", "authors", "contributors", "figures", "themes",
                   "members", "after", "conflict"})
_TITLE = {"quotes": "text", "figures": "counts", "motivations": "reason", "conflicts": "topic", "themes": "id"}
# Left out of one kind only: a quote's kind (full, fragment), its parts (they are its text).
_UNSEARCHED_IN = {"quotes": frozenset({"kind", "parts"})}


def search_row(kind: str, row: dict[str, Any]) -> tuple[str, str, str]:
    """A record's title, body and refs as the full-text index holds them (the cache's and the site's)."""
    title, body, refs = _search_text(kind, row)
    # FTS5's tokenizer already ignores case, accents and punctuation (every quote mark included);
    # only compatibility forms (ligatures, full-width letters) need composing first. Case is kept,
    # so that snippets show the text as written.
    return title if title.isascii() else _compose(title), body if body.isascii() else _compose(body), refs


def _search_text(kind: str, row: dict[str, Any]) -> tuple[str, str, str]:
    """What a record is called, the rest of its text (one line per text), and the ids it refers to."""
    title_key = _TITLE.get(kind, "name")
    # A figure is called by its value as stated, parts included, then what it counts: its hits lead
    # with the number ("12,341 people (3,015 soldiers, 9,326 police): junta personnel who ...").
    title = figure_title(row) if kind == "figures" else str(row.get(title_key) or row.get("id"))
    strings: list[str] = []
    refs: list[str] = []
    skip = _UNSEARCHED | _UNSEARCHED_IN.get(kind, frozenset()) | {title_key}
    _strings({k: v for k, v in row.items() if k not in skip}, strings, refs)
    return title, "\n".join(strings), " ".join(refs)


def _strings(value: dict[str, Any] | list[Any], out: list[str], refs: list[str]) -> None:
    """Every searched text and number in `value`, in order, and the ids it refers to; written out
    flat, as a build runs it on every record."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in _REFS:
                if type(v) is str:
                    refs.append(v)
                elif type(v) is list:
                    refs.extend(x for x in v if type(x) is str)
            elif k not in _UNSEARCHED:
                _value(v, out, refs)
    else:
        for v in value:
            _value(v, out, refs)


def _value(v: Any, out: list[str], refs: list[str]) -> None:
    kind = type(v)
    if kind is str:
        out.append(v)
    elif kind is dict or kind is list:
        _strings(v, out, refs)
    elif kind is int:
        out.append(str(v))
    elif kind is float:
        out.append(f"{v:f}".rstrip("0").rstrip("."))


def _compose(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)
