"""The records that may bear on one claim of a user's text (verify.py), gathered from the index.

Records are narrowed in the index, never read whole:
- quotes: the named speaker's (by the speaker index), then those holding the claim's longest words
  (the full-text index), kept when the claim's words run in them; else the speaker's and those
  bm25 ranks best on the claim's five longest words;
- figures: by their value and words (the full-text index), by who states them and by the people
  they are about (indexed columns);
- people and organisations: naming.py (whom a speaker or an attribution names);
- events: those of the people the sentence names (indexed), else by their words.
Each full-text query asks for the claim's longest words (as a rule the rarest; a query costs what
its words' lists of rows hold) and reads its hits in rowid order up to naming.LIMIT, so a large fact base
costs a claim little more than a small one. Lookups repeat across a draft and are kept for the run.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import Any

from ...factbase.verdicts.dates import may_date
from ...factbase.verdicts.evidence import STOP, Found, norm_words
from ...shapes import Row
from ...text import words_of
from ...texts.claims.model import Claim, DateClaim, NumberClaim, QuoteClaim
from ...texts.claims.names import RELATIVES
from ...texts.claims.titles import titled
from ..cache.index import Index
from ..cache.schema import stored
from ..search.fts import all_of, any_of, quoted, rarest
from .naming import Names, written_as_name
from .payers import mark_payers
from .titling import numbers_of, officer, rank_of

ATTRIBUTE_UNITS = (None, "years", "months", "years of age")  # the units people's attributes are in
# Words a full-text query never asks for (they are in nearly every record).
_COMMON = frozenset(words_of("said says people year years month months day days"))


def _words(texts: tuple[str, ...] | list[str]) -> list[str]:
    # not a number's words either ("four"): the value is asked for apart, and a record need not write it so
    found = (w.removesuffix("'s") for t in texts for w in norm_words(t))  # "sein's": the index has "sein"
    return [w for w in found if w not in _COMMON and w not in STOP and not w[0].isdecimal()]


# Whose a count may be, in its sentence's words: "Seven of Zay Thu Aung’s comrades", "Zay Thu Aung’s unit lost seven",
# "The unit of Zay Thu Aung lost seven"
# "Zay Thu Aung, whose unit lost seven"; not "Thawda Win's neighbour Pyae Mg": the neighbour is the one it is of
_OWNER = re.compile(rf"((?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w-]*)(?:['’]s\b(?!\s+(?:[a-z]+\s+)?{RELATIVES}s?\s+[A-Z])|"
                    rf",\s+whose\b)|\b(?:of|under)\s+((?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*)")


@lru_cache(maxsize=64)  # the sentence of each of its numbers: read once
def _owners(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"['’]s$", "", owned or of) for owned, of in _OWNER.findall(text))  # "of Aye Chan's": Aye Chan


class Lookup(Names):
    """The index, asked on behalf of one run; each answer kept for the claims after it."""

    def __init__(self, ix: Index) -> None:
        super().__init__(ix)
        self.person = cache(self._person)
        self.joining = cache(lambda pid: self._motives(pid, "joining"))  # (each number claim about him asks again)

    def found(self, claim: Claim) -> Found:
        subjects = tuple(dict.fromkeys(p for n in claim.subjects for p in self._one_person(n) or self._one_group(n)))
        if not isinstance(claim, QuoteClaim):  # a number or a date is about one of them: the first who is a person
            subjects = next((people for n in claim.subjects if (people := tuple(self._one_person(n)))), ())
        named = self._named(claim.speaker if isinstance(claim, QuoteClaim) else claim.attribution)
        if isinstance(claim, QuoteClaim):
            hearers = self._one_person(claim.hearer) if claim.hearer else ()
            found = Found(quotes=self._quotes(claim, named), named=named, subjects=subjects, hearers=hearers)
        elif isinstance(claim, NumberClaim):
            figures = self._figures(claim, named, subjects)
            mark_payers(self, claim.payers, claim.sentence_text, figures)
            found = Found(figures=figures, attributes=self._attributes(claim, subjects), named=named,
                          subjects=subjects, conflicts=self._conflicts([f["id"] for f in figures], "figure"),
                          voiced=self.voiced(claim.attribution, named),
                          mentioned=tuple(dict.fromkeys((*subjects, *(p for n in _owners(claim.sentence_text)
                                                                      for p in self._one_person(n))))),
                          owners=tuple(p for n in _owners(claim.text) for p in self._one_person(n)),
                          individuals=self._individuals({p for f in figures for p in f.get("about") or ()}))
        else:
            assert isinstance(claim, DateClaim)
            events = self._events(claim, subjects)
            found = Found(events=events, attributes=self._attributes(claim, subjects), subjects=subjects,
                          conflicts=self._conflicts([e["id"] for e in events], "event"), agents=self._agents(claim),
                          named=named, voiced=self.voiced(claim.attribution, named), stated=self.stated(named or None))
        ids = {*(found.named or ()), *subjects, *(q["speaker"] for q in found.quotes),
               *(f["stated_by"] for f in found.figures if f.get("stated_by")), *(a["person"] for a in found.attributes),
               *(d for e in found.events if found.agents is not None for d in e.get("organisations") or ())}
        found.names = self._names(ids)
        for q in found.quotes:
            q["speaker_name"] = found.names.get(q["speaker"])
            q["speaker_words"] = self._known_as(q["speaker"])
            q["speaker_numbers"] = [*numbers_of(self.person(q["speaker"]) or {}), *self._counts_of(q["speaker"])]
        for f in found.figures:
            f["stated_by_name"] = found.names.get(f["stated_by"]) if f.get("stated_by") else None
            f["about_words"] = " ".join(self._described(pid) for pid in f.get("about") or ())
        self._titled(claim, found)
        return found

    def _titled(self, claim: Claim, found: Found) -> None:
        """The title the sentence writes with the name of whom the claim is of (its speaker, or the person it is about),
        and what that one's record says they are, for the verdict to hold one against the other (verdicts/titled.py)."""
        if isinstance(claim, QuoteClaim):
            name, ids = claim.speaker, sorted(found.named or ())
        else:
            name, ids = next((n for n in claim.subjects if self._one_person(n)), None), list(found.subjects[:1])
        person = self.person(ids[0]) if name and len(ids) == 1 else None
        if name and person is not None:  # (a title, or the service the claim's words say he served in: verdicts/titled.py)
            found.title = titled(claim.sentence_text, name, claim.at, isinstance(claim, QuoteClaim))
            found.titled, found.known_as, found.rank = ids[0], self._known_as(ids[0]), rank_of(person)

    def claimant(self, claim: Claim, found: Found) -> Row | None:
        """Whom the sentence names as the claim's author (speaker, or who states the figure): as
        written, and who that is in the fact base when it is one person or organisation."""
        written = claim.speaker if isinstance(claim, QuoteClaim) else claim.attribution
        if not written:
            return None
        named = sorted(found.named or ())
        if len(named) != 1:
            return {"as_written": written, "id": None, "name": None, "kind": None}
        kind = "person" if named[0] in self.actors(written)[0] else "organisation"
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

    def _counts_of(self, pid: str) -> list[float]:
        """The values of the figures about one person ("Maung Sein lost seven comrades"): what a clause describing him
        may count ("said the defector who lost seven comrades")."""
        rows = self.ix.conn.execute("SELECT f.value, f.value_max FROM figures f JOIN figure_about a ON a.figure_id = f.id "
                                    "WHERE a.person_id = ?", (pid,))
        return [float(v) for row in rows for v in row if isinstance(v, (int, float))]

    def _person(self, pid: str) -> Row | None:
        row = self.ix.conn.execute("SELECT json, crc FROM people WHERE id = ?", (pid,)).fetchone()
        return stored(*row) if row else None

    # ---------------------------------------------------------------- the full-text index

    def _first(self, kind: str, *groups: list[str]) -> list[str]:
        """The ids of the first records of `kind` that have every word of a group, trying the groups
        in order (the most telling first) until one finds some; then any of the words."""
        for words in groups:
            if words:
                found = [r for (r,) in self._match(f"kind : {kind} AND {{title body}} : {all_of(rarest(words))}")]
                if found:
                    return found
        anyword = rarest([w for g in groups for w in g], 4)
        return [r for (r,) in self._match(f"kind : {kind} AND {{title body}} : {any_of(anyword)}")] if anyword else []

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
        # Verbatim: the named speaker's own quotes first; then the quotes with its longest words (few
        # records have them all), in order (verdicts/quotes.py holds each against the claim's words).
        own: list[str] = []
        if named:
            own = [r[0] for r in self.ix.conn.execute("SELECT id FROM quotes WHERE speaker IN (SELECT value FROM "
                                                      "json_each(?)) ORDER BY file, file_line LIMIT 50",
                                                      (json.dumps(sorted(named)),))]
            found = [q for q in self._load("quote", own) if _within(phrases, q)]
            if found:
                return found
        longest = sorted(dict.fromkeys(w for p in phrases for w in p.split()), key=lambda w: (-len(w), w))[:4]
        exact = [r for (r,) in self._match(f"kind : quote AND title : {all_of(longest)}", limit=10)]
        if exact:
            found = [q for q in self._load("quote", exact) if _within(phrases, q)]
            if found:
                return found
        ids = list(own)
        # The quotes most like it, by bm25 over its five longest words (the rarest, as a rule; more
        # would rank more rows); one per text, as a large base may repeat one.
        words = sorted(dict.fromkeys(w for w in _words(phrases) if len(w) > 2), key=lambda w: (-len(w), w))[:5]
        if words:
            rows = self.ix.conn.execute(
                "SELECT min(record_id), title FROM (SELECT record_id, title, bm25(search, 0, 0, 4.0, 1.0, 0.5, 0) AS r "
                "FROM search WHERE search MATCH ? ORDER BY r LIMIT 200) GROUP BY title ORDER BY min(r) LIMIT 10",
                ("kind : quote AND title : " + any_of(words),)).fetchall()
            ids += [r[0] for r in rows]
        return self._load("quote", ids)

    # ---------------------------------------------------------------- figures and attributes

    def _figures(self, claim: NumberClaim, named: frozenset[str] | None, subjects: tuple[str, ...]) -> list[Row]:
        counted = _words(claim.counted)
        close = [w for w in _words(claim.close) if w not in counted]
        near = [w for w in _words(claim.near) if w not in counted and w not in close]
        ids: list[str] = []
        values = [claim.value] + ([claim.value_max] if claim.value_max is not None else [])
        value = "body : (" + " AND ".join(quoted(_token(v)) for v in values) + ")"
        if counted or close or near:
            ids += [r for (r,) in self._match(f"kind : figure AND {value} AND {any_of(rarest(counted + close + near, 4))}")]
        if not ids:
            ids += [r for (r,) in self._match(f"kind : figure AND {value}", limit=10)]
        if claim.share is not None and counted:  # "a quarter of the (12,341) defectors were police": a record of that
            if claim.whole is not None:  # whole, or one whose parts are what it counts
                ids += [r for (r,) in self._match(f"kind : figure AND body : {quoted(_token(claim.whole[0]))}", limit=10)]
            ids += [r for (r,) in self.ix.conn.execute(
                f"SELECT figure_id FROM figure_parts WHERE lower(label) IN ({','.join('?' * len(counted))}) LIMIT 20",
                counted)]
        if counted and float(claim.value) >= 100:  # "over 12,000 defectors": the counts near it, which its words may miss
            ids += [r for (r,) in self.ix.conn.execute("SELECT id FROM figures WHERE value BETWEEN ? AND ? ORDER BY "
                                                       "abs(value - ?) LIMIT 5", (claim.value / 2, claim.value * 2, claim.value))]
        # The same quantity with any value: what it counts, else the words around it.
        ids += self._first("figure", counted, counted + close, close + near)
        conn = self.ix.conn
        if named:
            marks = ",".join("?" * len(named))
            ids += [r[0] for r in conn.execute(f"SELECT id FROM figures WHERE stated_by IN ({marks}) LIMIT 50",
                                               sorted(named))]
        for pid in subjects:
            ids += [r[0] for r in conn.execute("SELECT figure_id FROM figure_about WHERE person_id = ? LIMIT 50",
                                               (pid,))]
        return self._load("figure", ids)

    def _described(self, pid: str) -> str:
        """The words a person or group is known by ("defector interviewee Seven former soldiers"): who a figure's
        people are, as a sentence may call them."""
        person = self.person(pid) or {}
        return " ".join([*(r.replace("_", " ") for r in person.get("roles") or ()), str(person.get("described_as") or "")])

    def _known_as(self, pid: str) -> str:
        """Every word a speaker is named or described by: name, aliases, titles, roles, description, rank and branch."""
        person = self.person(pid) or {}
        served = [str(a.get("value")) for a in person.get("attributes") or () if a.get("field") in ("rank", "branch")]
        known = " ".join([self._described(pid), str(person.get("name") or ""), *(person.get("aliases") or ()),
                          *(person.get("titles") or ()), *served])  # ("the former air force captain": his rank, branch)
        return known + officer(known)  # ("the air force officer": a captain)

    def _motives(self, pid: str, stage: str) -> list[str]:
        """The words of why a person did what `stage` names ("joining"): each reason and what he says of it."""
        rows = self.ix.conn.execute("SELECT json, crc FROM motivations WHERE id IN (SELECT motivation_id FROM "
                                    "motivation_givers WHERE who = ?)", (pid,)).fetchall()
        return [str(text) for m in (stored(*r) for r in rows) if m.get("stage") == stage
                for text in (m.get("reason"), *(g.get("excerpt") for g in m.get("given_by") or () if g.get("who") == pid))
                if text]

    def _individuals(self, ids: set[str]) -> frozenset[str]:
        """Those of `ids` who are one person, not a group."""
        if not ids:
            return frozenset()
        marks = ",".join("?" * len(ids))
        return frozenset(r[0] for r in self.ix.conn.execute(
            f'SELECT id FROM people WHERE id IN ({marks}) AND NOT "group"', sorted(ids)))

    def _attributes(self, claim: NumberClaim | DateClaim, subjects: tuple[str, ...]) -> list[Row]:
        people = list(subjects)
        # Someone the sentence does not name, by the value of one of their attributes (ages, years).
        near = _words(claim.near)  # (none but the number's own, "18 years.": no one to look for, and no empty query)
        if not people and isinstance(claim, NumberClaim) and near and claim.unit in ATTRIBUTE_UNITS:
            value = quoted(_token(claim.value))
            people += [r for (r,) in self._match(f"kind : person AND body : {value} AND {any_of(rarest(near))}", limit=10)]
        out = []
        for pid in people:
            person = self.person(pid)
            if person is not None:
                branches = [str(a.get("value")) for a in person["attributes"] if a.get("field") == "branch"]
                known = [self._known_as(pid)]  # (his rank, roles, titles, description, branch: what he is)
                joining = self.joining(pid)
                out += [{**a, "person": pid, "branches": branches, "known_as": known,
                         "motives": joining if a.get("field") == "age_joined" else []}
                        for a in person["attributes"]]  # (whose service, what he is: "served 18 years, a captain";
                # why he joined: "joined at 15, out of admiration for the armed forces")
        return out

    # ---------------------------------------------------------------- events and conflicts

    def _events(self, claim: DateClaim, subjects: tuple[str, ...]) -> list[Row]:
        ids: list[str] = []
        for pid in subjects:
            ids += [r[0] for r in self.ix.conn.execute("SELECT event_id FROM event_people WHERE person_id = ? "
                                                       "LIMIT 50", (pid,))]
        kind = [claim.event] if claim.event else []
        if not subjects:
            close, near = _words(claim.close), _words(claim.near)
            ids += self._first("event", close + kind, kind + near, close, near)
        ids += self._first("event", kind) if kind else []  # the kind's events ("The coup, which …, shocked Lin Aung")
        ids += self._first("event", [w for k, w in enumerate(claim.aside[2:]) if claim.aside[k:k + 2] in (
            ("year", "before"), ("year", "after"))])  # "(the year before the coup)": the coup, to count from
        anchor = claim.counted.anchor if claim.counted else None
        ids += self._first("event", [anchor]) if anchor and anchor != "now" else []  # ("a year after the coup")
        # Events of people the sentence does not name are left out here, as verdicts/dates.py would.
        return [e for e in self._load("event", ids) if may_date(e, set(subjects))]

    def _agents(self, claim: DateClaim) -> tuple[str, ...] | None:
        """Whom the words naming a date's doer name; empty for a name the fact base does not know ("Min Aung
        Hlaing"), None for common words it does not ("some generals"), which may be anyone (as of a payer)."""
        if claim.agent is None:
            return None
        if ids := self.named_in(claim.agent):
            return tuple(sorted(ids))
        # (whose defections a trend is of is read only when a group's word says it: agents._GROUPS)
        return () if written_as_name(claim.agent, claim.sentence_text) or claim.event == "trend" else None

    def _conflicts(self, ids: list[str], kind: str) -> list[Row]:
        if not ids:
            return []
        if kind == "figure":
            marks = ",".join("?" * len(ids))
            found = [r[0] for r in self.ix.conn.execute(
                f"SELECT DISTINCT conflict_id FROM conflict_claims WHERE figure_id IN ({marks})", ids)]
        else:
            phrases = [" ".join(norm_words(eid.replace("-", " "))) for eid in dict.fromkeys(ids)]
            found = [r for (r,) in self._match(f"kind : conflict AND refs : {any_of(phrases)}")]
        rows = self._load("conflict", found)
        return [c for c in rows if any(x.get(kind) in ids for x in c["claims"])]


def _within(phrases: list[str], quote: Row) -> bool:
    """Whether each phrase (words, space-separated) is in the quote's text, in order."""
    text = " " + " ".join(norm_words(" ".join(quote["parts"]) or quote["text"])) + " "
    at = 0
    for phrase in phrases:
        found = text.find(f" {phrase} ", at)
        if found < 0:
            return False
        at = found + len(phrase) + 1
    return True


def _token(value: Any) -> str:
    """A number as the full-text index holds it (build.py writes numbers as Python prints them)."""
    v = float(value)
    return str(int(v)) if v.is_integer() else f"{v:f}".rstrip("0").rstrip(".")
