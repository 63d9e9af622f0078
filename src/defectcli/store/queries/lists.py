"""The lists: every record of one kind, filtered (people, figures, quotes, themes, reasons, sources,
events, conflicts, organisations), with the names they refer to filled in. Rows in, rows out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ...shapes import Row
from ...text import fold
from ..cache.index import Index
from ..cache.schema import TABLES, stored
from .ids import names, one_of, require

SHOWN_MATCHES = 5  # names an ambiguous person lookup lists before "and N more"


def _rows(ix: Index, sql: str, args: Iterable[Any] = ()) -> list[Row]:
    return [stored(*r) for r in ix.conn.execute(sql, tuple(args))]


def _all(ix: Index, table: str) -> list[Row]:
    return _rows(ix, f"SELECT json, crc FROM {table} ORDER BY file, file_line")


def records(ix: Index, kind: str) -> Iterator[Row]:
    """Every record of one kind (a key of rows.ROW) as its row dict, in fact-file order."""
    for text, crc in ix.conn.execute(f"SELECT json, crc FROM {TABLES[kind][0]} ORDER BY file, file_line"):
        yield stored(text, crc)


def people(ix: Index, source: str | None = None, role: str | None = None) -> list[Row]:
    rows = _all(ix, "people")
    if role is not None:
        role = one_of(role, sorted({r for p in rows for r in p["roles"]}), "--role", plural=True)
        rows = [p for p in rows if role in p["roles"]]
    return _from(ix, rows, source)


# ---------------------------------------------------------------- figures


def stats(ix: Index, topic: str | None = None, source: str | None = None) -> list[Row]:
    rows = _all(ix, "figures")
    if topic is not None:
        topic = one_of(topic, sorted({f["topic"] for f in rows}), "--topic", plural=True)
        rows = [f for f in rows if f["topic"] == topic]
    rows = _from(ix, rows, source)
    found = names(ix, [f["stated_by"] for f in rows if f["stated_by"]])
    compared: dict[str, list[str]] = {}
    for c in comparisons(ix):
        for fid in c["figures"]:
            compared.setdefault(fid, []).append(c["id"])
    for f in rows:
        f["stated_by_name"] = found.get(f["stated_by"]) if f["stated_by"] else None
        f["compared_in"] = compared.get(f["id"], [])
    return rows


def comparisons(ix: Index) -> list[Row]:
    """Conflicts whose claims cite two or more figures: totals the sources give for the same thing."""
    out = []
    for c in _all(ix, "conflicts"):
        figures = list(dict.fromkeys(x["figure"] for x in c["claims"] if x.get("figure")))
        if len(figures) > 1:
            out.append({"id": c["id"], "topic": c["topic"], "figures": figures})
    return out


# ---------------------------------------------------------------- quotes and themes


def quotes(ix: Index, themes: list[str] | None = None, speaker: str | None = None, search: str | None = None,
           source: str | None = None) -> list[Row]:
    themes = [require(ix, "themes", t, "--theme", plural=True) for t in themes or ()]
    if source is not None:
        source = require(ix, "sources", source, "--source")
    from .resolve import resolve_person

    pid = resolve_person(ix, speaker, "--speaker") if speaker is not None else None
    sql = "SELECT json, crc FROM quotes q WHERE 1"
    args: list[Any] = []
    if themes:  # every theme asked, in one clause however many (one a theme nested past SQLite's depth at 996)
        wanted = sorted(set(themes))
        sql += (" AND id IN (SELECT quote_id FROM quote_themes WHERE theme_id IN (SELECT value FROM json_each(?)) "
                "GROUP BY quote_id HAVING count(DISTINCT theme_id) = ?)")
        args += [json.dumps(wanted), len(wanted)]
    if pid:
        sql += " AND speaker = ?"
        args.append(pid)
    if source is not None:
        sql += " AND source = ?"
        args.append(source)
    if search is not None:
        from ..search.engine import matching

        ids = [i for _, i, _ in matching(ix, search, "quote")]
        if not ids:
            return []
        sql += " AND id IN (SELECT value FROM json_each(?))"  # (one parameter: a variable each ran out on a large base)
        args.append(json.dumps(ids))
    rows = _rows(ix, sql + " ORDER BY source, line, id", args)
    found = names(ix, [q["speaker"] for q in rows])
    for q in rows:
        q["speaker_name"] = found.get(q["speaker"])
    return rows


def themes(ix: Index) -> list[Row]:
    counts = dict(ix.conn.execute("SELECT theme_id, count(*) FROM quote_themes GROUP BY theme_id").fetchall())
    rows = _all(ix, "themes")
    for t in rows:
        t["quotes"] = counts.get(t["id"], 0)
    return rows


# ---------------------------------------------------------------- motivations


def motivations(ix: Index, stage: str | None = None, source: str | None = None) -> list[Row]:
    """Reasons, with who gives each; with `source`, only the givers and evidence of that source."""
    if source is not None:
        source = require(ix, "sources", source, "--source")
    rows = _all(ix, "motivations")
    if stage is not None:
        rows = [m for m in rows if m["stage"] == stage]
    if source is not None:
        for m in rows:
            m["given_by"] = [g for g in m["given_by"] if g["source"] == source]
            m["evidence"] = [e for e in m["evidence"] if e["source"] == source]
            m["sources"] = [source]
        rows = [m for m in rows if m["given_by"] or m["evidence"]]
    from ...factbase.tally import tally

    found = names(ix, [g["who"] for m in rows for g in m["given_by"]])
    # Individual people count one each; a group counts the number the text gives for it (its
    # named members inside that number); organisations are listed apart; ambiguous givers are flagged.
    members = {pid: stored(js, crc)["members"]
               for pid, js, crc in ix.conn.execute('SELECT id, json, crc FROM people WHERE "group" = 1')}
    orgs = {r[0] for r in ix.conn.execute("SELECT id FROM organisations")}
    for m in rows:
        for g in m["given_by"]:
            g["name"] = found.get(g["who"])
        m.update(tally(m["given_by"], found, members, orgs))
    return rows


# ---------------------------------------------------------------- the rest


def sources(ix: Index, source: str | None = None) -> list[Row]:
    rows = _all(ix, "sources")
    if source is not None:
        source = require(ix, "sources", source, "--source")
        rows = [s for s in rows if s["id"] == source]
    found = names(ix, [p for s in rows for p in (*s["authors"], *s["contributors"])])
    for s in rows:
        s["author_names"] = [found.get(a, a) for a in s["authors"]]
        s["contributor_names"] = [found.get(a, a) for a in s["contributors"]]
    return rows


def _from(ix: Index, rows: list[Row], source: str | None) -> list[Row]:
    """Rows resting on `source` (an id the fact base has), or all of them."""
    if source is None:
        return rows
    source = require(ix, "sources", source, "--source")
    return [r for r in rows if source in r["sources"]]


def timeline(ix: Index, source: str | None = None) -> list[Row]:
    from ...factbase.chronology import order

    # By what the dates mean and the `after` relations; undated events last (see chronology.py).
    return _from(ix, order(_all(ix, "events")), source)


def conflicts(ix: Index, source: str | None = None) -> list[Row]:
    return _from(ix, _all(ix, "conflicts"), source)


def organisations(ix: Index, source: str | None = None) -> list[Row]:
    return _from(ix, _all(ix, "organisations"), source)


def completion_names(ix: Index, prefix: str) -> list[str]:
    key = fold(prefix)
    return sorted({n for n, k in ix.conn.execute("SELECT name, key FROM person_names WHERE what != 'described'")
                   if k.startswith(key)
                   or fold(n).startswith(key)})


def ids_starting(ix: Index, table: str, prefix: str) -> list[str]:
    """The ids of `table` that start with `prefix`, for completion."""
    return [r[0] for r in ix.conn.execute(f"SELECT id FROM {table} ORDER BY id") if r[0].startswith(prefix)]


def vocabulary(ix: Index, kind: str) -> list[str]:
    """The roles people have ("roles") or the topics figures have ("topics"), sorted."""
    if kind == "roles":
        return sorted({r for p in _all(ix, "people") for r in p["roles"]})
    return sorted({f["topic"] for f in _all(ix, "figures")})
