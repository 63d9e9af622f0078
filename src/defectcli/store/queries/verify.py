"""Check a user's text against the fact base: its claims (texts/claims.py), for each the records that
may bear on it, then its verdict (factbase/verdicts.py).

Records are narrowed in the index, never read whole: quotes by the full-text index (the claim's
words as a phrase, else its words and the named speaker's quotes), figures by their value and
their words in the full-text index and by who states them, people through the name resolution of
`person` (resolve.py), events by the people they name and their words. A full-text query that
does not rank reads its hits in rowid order and stops at its limit, so a large fact base costs a
claim about what a small one does. Lookups repeat across a draft (the same names, the same
figures) and are kept for the run.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ...factbase.evidence import Found, Row, Verdict, norm_words
from ...factbase.names import name_key
from ...factbase.verdicts import decide
from ...text import words_of
from ...texts.claims import Claim, DateClaim, NumberClaim, QuoteClaim, parse
from ..cache.index import Index
from ..cache.schema import KIND_TABLE
from .ids import names
from .resolve import person_ids

LIMIT = 30  # hits of one full-text query
# Words a full-text query never asks for (they are in nearly every record).
_COMMON = frozenset(words_of("said says people year years month months day days"))


def verify(ix: Index, text: str) -> list[Row]:
    """One result row per claim of `text`, in the order of the text."""
    look = Lookup(ix)
    rows = []
    for claim in parse(text):
        found = look.found(claim)
        row = result(claim, decide(claim, found))
        row["claimant"] = look.claimant(claim, found)
        rows.append(row)
    look.articles(rows)
    return rows


def result(claim: Claim, verdict: Verdict) -> Row:
    """A claim and its verdict as a row: what was read, the verdict, its reason and evidence."""
    first = verdict.evidence[0] if verdict.evidence else None
    source = (f"{first.source}:{first.line}" if first.line else first.source) if first and first.source else None
    return {"sentence": claim.sentence, "line": claim.line, "kind": claim.kind, "claim": claim.text,
            "text": claim.sentence_text, "read": read(claim), "verdict": verdict.verdict, "reason": verdict.reason,
            "says": first.says if first else None, "source": source, "diff": verdict.diff,
            "evidence": [e.row() for e in verdict.evidence]}


def read(claim: Claim) -> Row:
    """What the claim was read as: the quote and speaker, the number, the date."""
    if isinstance(claim, QuoteClaim):
        return {"quote": claim.quote, "speaker": claim.speaker}
    if isinstance(claim, NumberClaim):
        return {"value": claim.value, "value_max": claim.value_max, "comparator": claim.comparator,
                "unit": claim.unit, "per": claim.per, "counts": " ".join(claim.counted) or None,
                "field": claim.field, "attribution": claim.attribution, "about": list(claim.subjects)}
    assert isinstance(claim, DateClaim)
    date = f"{claim.year:04d}" + (f"-{claim.month:02d}" if claim.month else "") + \
        (f"-{claim.day:02d}" if claim.day and claim.month else "")
    return {"date": date, "event": claim.event, "about": list(claim.subjects)}


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _any(words: list[str]) -> str:
    return "(" + " OR ".join(_quoted(w) for w in dict.fromkeys(words)) + ")"


def _all(words: list[str]) -> str:
    return "(" + " AND ".join(_quoted(w) for w in dict.fromkeys(words)) + ")"


def _words(texts: tuple[str, ...] | list[str]) -> list[str]:
    return [w for t in texts for w in norm_words(t) if w not in _COMMON and not w[0].isdigit()]


class Lookup:
    """The index, asked on behalf of one run; each answer kept for the claims after it."""

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.actors = cache(self._actors)
        self.person = cache(self._person)
        self.rows = cache(self._rows)

    def found(self, claim: Claim) -> Found:
        subjects = tuple(dict.fromkeys(p for n in claim.subjects for p in self._one_person(n)))
        if isinstance(claim, QuoteClaim):
            named = self.actors(claim.speaker) if claim.speaker else None
            found = Found(quotes=self._quotes(claim, named), named=named, subjects=subjects)
        elif isinstance(claim, NumberClaim):
            named = self.actors(claim.attribution) if claim.attribution else None
            figures = self._figures(claim, named, subjects)
            found = Found(figures=figures, attributes=self._attributes(claim, subjects), named=named,
                          subjects=subjects, conflicts=self._conflicts([f["id"] for f in figures], "figure"))
        else:
            assert isinstance(claim, DateClaim)
            events = self._events(claim, subjects)
            found = Found(events=events, attributes=self._attributes(claim, subjects), subjects=subjects,
                          conflicts=self._conflicts([e["id"] for e in events], "event"))
        ids = {*(found.named or ()), *subjects, *(q["speaker"] for q in found.quotes),
               *(f["stated_by"] for f in found.figures if f.get("stated_by")), *(a["person"] for a in found.attributes)}
        found.names = names(self.ix, ids)
        for q in found.quotes:
            q["speaker_name"] = found.names.get(q["speaker"])
        for f in found.figures:
            f["stated_by_name"] = found.names.get(f["stated_by"]) if f.get("stated_by") else None
        return found

    def claimant(self, claim: Claim, found: Found) -> Row | None:
        """Whom the sentence names as the claim's author (speaker, or who states the figure): as
        written, and who that is in the fact base when it is one person or organisation."""
        written = claim.speaker if isinstance(claim, QuoteClaim) else claim.attribution
        if not written or isinstance(claim, DateClaim):
            return None
        named = sorted(found.named or ())
        if len(named) != 1:
            return {"as_written": written, "id": None, "name": None, "kind": None}
        kind = "person" if self.person(named[0]) is not None else "organisation"
        return {"as_written": written, "id": named[0], "name": found.names.get(named[0]), "kind": kind}

    def articles(self, rows: list[Row]) -> None:
        """Each piece of evidence with its article's title and address, as its source's record gives them."""
        for row in rows:
            for e in row["evidence"]:
                js = self.rows("source", e["source"]) if e.get("source") else None
                if js is not None:
                    s = json.loads(js)
                    record = s.get("record") or {}
                    e["article"] = {"title": record.get("title") or s.get("title"), "url": record.get("url")}

    # ---------------------------------------------------------------- names

    def _one_person(self, name: str) -> tuple[str, ...]:
        ids = self.actors(name)
        people = [i for i in ids if self.person(i) is not None]
        return (people[0],) if len(people) == 1 else ()

    def _actors(self, phrase: str) -> frozenset[str]:
        """The people (by the rules of `person`) and organisations (by name or alias) `phrase` names."""
        words = phrase.split()
        while len(words) > 1 and words[0].lower() in ("a", "an", "the", "one", "another"):
            words.pop(0)
        phrase = " ".join(words)
        found = set(person_ids(self.ix, phrase))
        key = name_key(phrase)
        words = norm_words(phrase)
        if key and words and len(words) <= 12:
            match = "kind : organisation AND {title body} : " + _quoted(" ".join(words))
            for rid, js in self._match(match, "json"):
                org = json.loads(js)
                if any(name_key(n) == key for n in (org["name"], *org["aliases"])):
                    found.add(rid)
        return frozenset(found)

    def _person(self, pid: str) -> Row | None:
        row = self.ix.conn.execute("SELECT json FROM people WHERE id = ?", (pid,)).fetchone()
        return json.loads(row[0]) if row else None

    # ---------------------------------------------------------------- the full-text index

    def _match(self, match: str, column: str = "", limit: int = LIMIT, ranked: bool = False) -> list[tuple[str, ...]]:
        """(record id, and the record's json when `column` is "json") of the hits of an FTS5 `match`."""
        order = "bm25(search, 0, 0, 4.0, 1.0, 0.5, 0), rowid" if ranked else "rowid"
        hits = self.ix.conn.execute(f"SELECT kind, record_id FROM search WHERE search MATCH ? ORDER BY {order} "
                                    "LIMIT ?", (match, limit)).fetchall()
        if column != "json":
            return [(rid,) for _, rid in hits]
        return [(rid, js) for kind, rid in hits if (js := self.rows(kind, rid)) is not None]

    def _rows(self, kind: str, rid: str) -> str | None:
        row = self.ix.conn.execute(f"SELECT json FROM {KIND_TABLE[kind]} WHERE id = ?", (rid,)).fetchone()
        return str(row[0]) if row else None

    def _load(self, kind: str, ids: list[str]) -> list[Row]:
        out = []
        for rid in dict.fromkeys(ids):
            js = self.rows(kind, rid)
            if js is not None:
                out.append(json.loads(js))
        return out

    # ---------------------------------------------------------------- quotes

    def _quotes(self, claim: QuoteClaim, named: frozenset[str] | None) -> list[Row]:
        runs = [norm_words(p) for p in claim.quote.replace("…", "...").split("...")]
        phrases = [" ".join(r) for r in runs if r]
        if not phrases:
            return []
        exact = [r for (r,) in self._match("kind : quote AND title : (" + " AND ".join(_quoted(p) for p in phrases) + ")")]
        if exact:
            return self._load("quote", exact)
        ids: list[str] = []
        if named:
            marks = ",".join("?" * len(named))
            ids += [r[0] for r in self.ix.conn.execute(f"SELECT id FROM quotes WHERE speaker IN ({marks}) "
                                                       f"ORDER BY file, file_line LIMIT 100", sorted(named))]
        words = [w for w in _words(phrases) if len(w) > 2]
        if words:
            # The quotes most like it, by bm25 over the words it has; one per text (a base may repeat one).
            rows = self.ix.conn.execute(
                "SELECT min(record_id), title FROM (SELECT record_id, title, bm25(search, 0, 0, 4.0, 1.0, 0.5, 0) AS r "
                "FROM search WHERE search MATCH ? ORDER BY r LIMIT 200) GROUP BY title ORDER BY min(r) LIMIT 10",
                ("kind : quote AND title : " + _any(words),)).fetchall()
            ids += [r[0] for r in rows]
        return self._load("quote", ids)

    # ---------------------------------------------------------------- figures and attributes

    def _figures(self, claim: NumberClaim, named: frozenset[str] | None, subjects: tuple[str, ...]) -> list[Row]:
        counted = _words(claim.counted)
        near = _words([*claim.close, *claim.near])
        ids: list[str] = []
        values = [claim.value] + ([claim.value_max] if claim.value_max is not None else [])
        value = " AND ".join(_quoted(_token(v)) for v in values)
        if near or counted:
            ids += [r for (r,) in self._match(f"kind : figure AND body : ({value}) AND {_any(counted + near)}")]
        ids += [r for (r,) in self._match(f"kind : figure AND body : ({value})", limit=10)]
        if counted:
            ids += [r for (r,) in self._match(f"kind : figure AND {{title body}} : {_all(counted)}")]
        if near:
            ids += [r for (r,) in self._match(f"kind : figure AND {{title body}} : {_any(counted + near)}",
                                              ranked=len(near) + len(counted) <= 6)]
        conn = self.ix.conn
        if named:
            marks = ",".join("?" * len(named))
            ids += [r[0] for r in conn.execute(f"SELECT id FROM figures WHERE stated_by IN ({marks}) LIMIT 50",
                                               sorted(named))]
        for pid in subjects:
            ids += [r[0] for r in conn.execute("SELECT figure_id FROM figure_about WHERE person_id = ? LIMIT 50",
                                               (pid,))]
        return self._load("figure", ids)

    def _attributes(self, claim: NumberClaim | DateClaim, subjects: tuple[str, ...]) -> list[Row]:
        people = list(subjects)
        if not people and isinstance(claim, NumberClaim) and claim.near:
            value = _quoted(_token(claim.value))
            people += [r for (r,) in self._match(f"kind : person AND body : {value} AND {_any(_words(claim.near))}",
                                                 limit=10)]
        out = []
        for pid in people:
            person = self.person(pid)
            if person is not None:
                out += [{**a, "person": pid} for a in person["attributes"]]
        return out

    # ---------------------------------------------------------------- events and conflicts

    def _events(self, claim: DateClaim, subjects: tuple[str, ...]) -> list[Row]:
        ids: list[str] = []
        for pid in subjects:
            ids += [r[0] for r in self.ix.conn.execute("SELECT event_id FROM event_people WHERE person_id = ? "
                                                       "LIMIT 50", (pid,))]
        words = _words([*claim.close, *claim.near]) + ([claim.event] if claim.event else [])
        if words:
            ids += [r for (r,) in self._match(f"kind : event AND {{title body}} : {_any(words)}",
                                              ranked=len(words) <= 6)]
        return self._load("event", ids)

    def _conflicts(self, ids: list[str], kind: str) -> list[Row]:
        if not ids:
            return []
        if kind == "figure":
            marks = ",".join("?" * len(ids))
            found = [r[0] for r in self.ix.conn.execute(
                f"SELECT DISTINCT conflict_id FROM conflict_claims WHERE figure_id IN ({marks})", ids)]
        else:
            found = []
            for eid in ids:
                match = "kind : conflict AND refs : " + _quoted(" ".join(norm_words(eid.replace("-", " "))))
                found += [r for (r,) in self._match(match, limit=10)]
        rows = self._load("conflict", found)
        return [c for c in rows if any(x.get(kind) in ids for x in c["claims"])]


def _token(value: Any) -> str:
    """A number as the full-text index holds it (build.py writes numbers as Python prints them)."""
    v = float(value)
    return str(int(v)) if v.is_integer() else f"{v:f}".rstrip("0").rstrip(".")
