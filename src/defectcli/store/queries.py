"""Read-only questions to the index. Pure: rows in, rows out; no printing, no typer."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from typing import Any

from ..errors import NotFound, UsageError
from ..text import fold, name_key, suggest
from .index import Index
from .schema import KIND_TABLE

Row = dict[str, Any]
SHOWN_MATCHES = 5  # names an ambiguous person lookup lists before "and N more"


def _rows(ix: Index, sql: str, args: Iterable[Any] = ()) -> list[Row]:
    return [json.loads(r[0]) for r in ix.conn.execute(sql, tuple(args))]


def _all(ix: Index, table: str) -> list[Row]:
    return _rows(ix, f"SELECT json FROM {table} ORDER BY file, file_line")


def names(ix: Index, ids: Iterable[str]) -> dict[str, str]:
    """Display names for person and organisation ids."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for table in ("people", "organisations"):
            out.update(ix.conn.execute(f"SELECT id, name FROM {table} WHERE id IN ({marks})", chunk).fetchall())
    return out


def _known(ix: Index, table: str) -> list[str]:
    return [r[0] for r in ix.conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def require(ix: Index, table: str, value: str, option: str) -> None:
    """Refuse an id the fact base does not have, listing the valid ones."""
    if not ix.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).fetchone():
        one_of(value, _known(ix, table), option)


def one_of(value: str, valid: list[str], option: str) -> None:
    """Refuse a value not in `valid`, suggesting the closest and listing the rest."""
    if value not in valid:
        hint = suggest(value, valid, "did you mean '{}'? ")
        shown = ", ".join(valid[:30]) + (", …" if len(valid) > 30 else "")
        raise UsageError(f"{option}: unknown value '{value}'; {hint}valid: {shown}")


# ---------------------------------------------------------------- people


def resolve_person(ix: Index, query: str) -> str:
    """The id of the one person `query` names: exact name, alias or title form, then a unique part."""
    key = name_key(query)
    if not key:
        raise UsageError("NAME: give a person's name, e.g. \"Lin Aung\"")
    hits = {r[0] for r in ix.conn.execute("SELECT person_id FROM person_names WHERE key = ?", (key,))}
    if not hits and ix.conn.execute("SELECT 1 FROM people WHERE id = ?", (query,)).fetchone():
        hits = {query}
    if not hits and len(key) <= 1000:  # a part of a name is never longer; SQLite caps LIKE patterns
        hits = {r[0] for r in ix.conn.execute(
            "SELECT person_id FROM person_names WHERE (' ' || key || ' ') LIKE ? ESCAPE '\\'",
            (f"% {_like(key)} %",))}
    if len(hits) == 1:
        return str(hits.pop())
    if hits:
        found = names(ix, hits)
        ordered = sorted(hits, key=lambda h: (found[h], h))
        listed = ", ".join(f'"{found[h]}"' for h in ordered[:SHOWN_MATCHES])
        more = len(ordered) - SHOWN_MATCHES
        tail = f" and {more} more; give more of the name" if more > 0 else ""
        raise NotFound(f"'{query}' matches more than one person: {listed}{tail}")
    all_names = {r[1]: r[0] for r in ix.conn.execute("SELECT person_id, key FROM person_names")}
    display = dict(ix.conn.execute("SELECT key, name FROM person_names"))
    close = difflib.get_close_matches(key, list(all_names), n=3, cutoff=0.6)
    hint = "did you mean " + " or ".join(f'"{display[c]}"' for c in close) + "?" if close else \
        "`defectcli people` lists everyone"
    raise NotFound(f"no person named '{query}'; {hint}")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def person(ix: Index, query: str) -> Row:
    """One person's full profile: attributes, quotes, motivations, figures and events."""
    pid = resolve_person(ix, query)
    (row,) = _rows(ix, "SELECT json FROM people WHERE id = ?", (pid,))
    related = names(ix, [r["person"] for r in row["relations"]])
    for rel in row["relations"]:
        rel["name"] = related.get(rel["person"])
    row["quotes"] = _rows(ix, "SELECT json FROM quotes WHERE speaker = ? ORDER BY source, line, id", (pid,))
    row["motivations"] = [
        {"id": m["id"], "stage": m["stage"], "reason": m["reason"],
         "evidence": [g for g in m["given_by"] if g["who"] == pid]}
        for m in _rows(ix, "SELECT m.json FROM motivations m WHERE m.id IN "
                           "(SELECT motivation_id FROM motivation_givers WHERE who = ?) ORDER BY m.file, m.file_line",
                       (pid,))]
    row["figures"] = _rows(ix, "SELECT json FROM figures WHERE stated_by = ? OR id IN "
                               "(SELECT figure_id FROM figure_about WHERE person_id = ?) ORDER BY file, file_line",
                           (pid, pid))
    row["events"] = _person_events(ix, pid)
    return row


def _person_events(ix: Index, pid: str) -> list[Row]:
    """A person's events in timeline order: ordered together with every event they follow."""
    from .chronology import order

    def fetch(sql: str, args: Iterable[Any]) -> list[tuple[str, int, Row]]:
        return [(r[1], r[2], json.loads(r[0])) for r in ix.conn.execute(sql, tuple(args))]

    found = fetch("SELECT json, file, file_line FROM events WHERE id IN "
                  "(SELECT event_id FROM event_people WHERE person_id = ?)", (pid,))
    own = {e["id"] for _, _, e in found}
    seen = set(own)
    wanted = {a for _, _, e in found for a in e["after"]} - seen
    while wanted:
        more = fetch(f"SELECT json, file, file_line FROM events WHERE id IN ({','.join('?' * len(wanted))})",
                     sorted(wanted))
        found += more
        seen |= wanted
        wanted = {a for _, _, e in more for a in e["after"]} - seen
    found.sort(key=lambda t: (t[0], t[1]))
    return [e for e in order([e for _, _, e in found]) if e["id"] in own]


def people(ix: Index, source: str | None = None, role: str | None = None) -> list[Row]:
    if source:
        require(ix, "sources", source, "--source")
    rows = _all(ix, "people")
    if role:
        one_of(role, sorted({r for p in rows for r in p["roles"]}), "--role")
        rows = [p for p in rows if role in p["roles"]]
    if source:
        rows = [p for p in rows if source in p["sources"]]
    return rows


# ---------------------------------------------------------------- figures


def stats(ix: Index, topic: str | None = None, source: str | None = None) -> list[Row]:
    if source:
        require(ix, "sources", source, "--source")
    rows = _all(ix, "figures")
    if topic:
        one_of(topic, sorted({f["topic"] for f in rows}), "--topic")
        rows = [f for f in rows if f["topic"] == topic]
    if source:
        rows = [f for f in rows if f["source"] == source]
    found = names(ix, [f["stated_by"] for f in rows if f["stated_by"]])
    for f in rows:
        f["stated_by_name"] = found.get(f["stated_by"]) if f["stated_by"] else None
    return rows


# ---------------------------------------------------------------- quotes and themes


def search_ids(ix: Index, text: str, kind: str | None = None) -> list[tuple[str, str, float]]:
    """(kind, id, rank) of records whose text contains `text` as a phrase, best first."""
    words = fold(text).replace('"', " ").replace("\x00", " ")  # SQLite reads text up to a NUL
    if not words.strip():
        raise UsageError("search text is empty")
    phrase = '"' + words + '"'
    sql = "SELECT kind, record_id, bm25(search, 0, 0, 10.0, 1.0) AS r FROM search WHERE search MATCH ?"
    args: list[Any] = [phrase]
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    try:
        return [(k, i, r) for k, i, r in ix.conn.execute(sql + " ORDER BY r, kind, record_id", args)]
    except Exception as exc:  # sqlite3.OperationalError on a phrase FTS5 cannot parse
        if not any(w in str(exc) for w in ("fts5", "syntax error", "unterminated string")):
            raise  # a damaged cache (no such table, a malformed page): the CLI rebuilds it
        raise UsageError(f"cannot search for {text!r}: {exc}") from None


def quotes(ix: Index, themes: list[str] | None = None, speaker: str | None = None, search: str | None = None,
           source: str | None = None) -> list[Row]:
    for t in themes or ():
        require(ix, "themes", t, "--theme")
    if source:
        require(ix, "sources", source, "--source")
    pid = resolve_person(ix, speaker) if speaker else None
    sql = "SELECT json FROM quotes q WHERE 1"
    args: list[Any] = []
    for t in themes or ():
        sql += " AND id IN (SELECT quote_id FROM quote_themes WHERE theme_id = ?)"
        args.append(t)
    if pid:
        sql += " AND speaker = ?"
        args.append(pid)
    if source:
        sql += " AND source = ?"
        args.append(source)
    if search is not None:
        ids = [i for _, i, _ in search_ids(ix, search, "quote")]
        if not ids:
            return []
        sql += f" AND id IN ({','.join('?' * len(ids))})"
        args += ids
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


def motivations(ix: Index, stage: str | None = None) -> list[Row]:
    rows = _all(ix, "motivations")
    if stage:
        rows = [m for m in rows if m["stage"] == stage]
    from .tally import tally

    found = names(ix, [g["who"] for m in rows for g in m["given_by"]])
    # Individual people count one each; a group counts the number the text gives for it (its
    # named members inside that number); organisations are listed apart; ambiguous givers are flagged.
    members = {pid: json.loads(js)["members"] for pid, js in ix.conn.execute('SELECT id, json FROM people WHERE "group" = 1')}
    orgs = {r[0] for r in ix.conn.execute("SELECT id FROM organisations")}
    for m in rows:
        for g in m["given_by"]:
            g["name"] = found.get(g["who"])
        m.update(tally(m["given_by"], found, members, orgs))
    return rows


# ---------------------------------------------------------------- the rest


def search(ix: Index, text: str) -> list[Row]:
    hits = search_ids(ix, text)
    out = []
    for kind, rid, rank in hits:
        (row,) = _rows(ix, f"SELECT json FROM {KIND_TABLE[kind]} WHERE id = ?", (rid,))
        title = row.get("name") or row.get("text") or row.get("counts") or row.get("reason") or row.get("topic") \
            or row.get("description") or rid
        out.append({"kind": kind, "id": rid, "title": title, "sources": row.get("sources", []),
                    "score": round(-rank, 3)})
    return out


def sources(ix: Index) -> list[Row]:
    rows = _all(ix, "sources")
    found = names(ix, [p for s in rows for p in (*s["authors"], *s["contributors"])])
    for s in rows:
        s["author_names"] = [found.get(a, a) for a in s["authors"]]
        s["contributor_names"] = [found.get(a, a) for a in s["contributors"]]
    return rows


def timeline(ix: Index) -> list[Row]:
    from .chronology import order

    # By what the dates mean and the `after` relations; undated events last (see chronology.py).
    return order(_all(ix, "events"))


def conflicts(ix: Index) -> list[Row]:
    return _all(ix, "conflicts")


def organisations(ix: Index) -> list[Row]:
    return _all(ix, "organisations")


def completion_names(ix: Index, prefix: str) -> list[str]:
    key = fold(prefix)
    return sorted({n for n, k in ix.conn.execute("SELECT name, key FROM person_names") if k.startswith(key)
                   or fold(n).startswith(key)})


def ids_starting(ix: Index, table: str, prefix: str) -> list[str]:
    """The ids of `table` that start with `prefix`, for completion."""
    return [r[0] for r in ix.conn.execute(f"SELECT id FROM {table} ORDER BY id") if r[0].startswith(prefix)]
