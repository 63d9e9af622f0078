"""Whom a claim's sentence names, as the index knows them: the people and organisations a speaker or
an attribution names (an organisation by its name, an alias, words that say what it is, or its
description), the sources whose own voice an outlet or author is, and display names. The base of
candidates.Lookup, which gathers the records a claim may be about."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

from ...factbase.names import DROPPABLE, name_key
from ...factbase.verdicts.evidence import norm_words
from ...texts.claims.orgnames import ORG_NOUNS, cores
from ..cache.index import Index
from ..cache.schema import KIND_TABLE, verified
from ..search.fts import all_of, any_of, rarest
from .ids import names
from .resolve import named_exactly, person_ids

LIMIT = 15  # hits of one full-text query


def _bare(key: str) -> str:
    """A name's key without a leading article: "the washington post" is "washington post", as written
    after "according to" or "not"."""
    return key.removeprefix("the ")


class Names:
    """The index, asked whom a run's sentences name; each answer kept for the claims after it."""

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.actors = cache(self._actors)
        self.rows = cache(self._rows)
        self.voiced = cache(self._voiced)  # each source's record read once a run, not once a claim
        self.stated = cache(self._stated)
        self.known: dict[str, str] = {}  # display names found so far

    def _names(self, ids: set[str]) -> dict[str, str]:
        missing = ids - self.known.keys()
        if missing:
            self.known.update(names(self.ix, missing))
        return {i: self.known[i] for i in ids if i in self.known}

    def _named(self, phrase: str | None) -> frozenset[str] | None:
        """Whom a speaker or attribution names; None when it names no one in particular (a
        description no one is labelled by: "a defector said")."""
        if not phrase:
            return None
        people, orgs = self.actors(phrase)
        described = [w for w in phrase.lower().split() if w not in ("the", "a", "an")]
        if not people and not orgs and not any(c.isupper() for c in phrase) and \
                (len(described) < 2 or described[-1] not in ORG_NOUNS):  # "the shadow government": one it does not know
            return None
        return people | orgs

    def _voiced(self, phrase: str | None, named: frozenset[str] | None) -> frozenset[str]:
        """The sources whose outlet `phrase` is, or one of whose authors it names."""
        if not phrase:
            return frozenset()
        key = _bare(name_key(phrase))
        out = set()
        for (js,) in self.ix.conn.execute("SELECT json FROM sources"):
            row = json.loads(js)
            outlet = (row.get("record") or {}).get("outlet")
            if (outlet and _bare(name_key(outlet)) == key) or set(row.get("authors") or ()) & (named or frozenset()):
                out.add(row["id"])
        return frozenset(out)

    def _stated(self, ids: frozenset[str] | None) -> tuple[str, ...]:
        """The words the fact base gives as theirs: the excerpts of the figures they state, and their quotes."""
        if not ids:
            return ()
        return tuple(text for (text,) in self.ix.conn.execute(
            "SELECT excerpt FROM figures WHERE stated_by IN (SELECT value FROM json_each(?1)) UNION SELECT text FROM "
            "quotes WHERE speaker IN (SELECT value FROM json_each(?1))", (json.dumps(sorted(ids)),)) if isinstance(text, str))

    def named_in(self, phrase: str) -> frozenset[str]:
        """Whom `phrase` names: as a whole, else the words after an owner's "'s" ("Myanmar's parallel government"), else
        the owner ("the NUG's budget")."""
        for reading in _readings(phrase):
            people, orgs = self.actors(reading)
            if people or orgs:
                return people | orgs
        return frozenset()

    def _one_person(self, name: str) -> tuple[str, ...]:
        people, _ = self.actors(name)
        return tuple(people) if len(people) == 1 else ()

    def _one_group(self, name: str) -> tuple[str, ...]:
        """The one organisation `name` names, and no person ("The NUG expects a surge “…”": the NUG is named)."""
        people, orgs = self.actors(name)
        return tuple(orgs) if len(orgs) == 1 and not people else ()

    def _actors(self, phrase: str) -> tuple[frozenset[str], frozenset[str]]:
        """(people, organisations) `phrase` names, as `_named_as` finds them; when it names no one, the
        organisation it describes: one named in it with words that say what it is ("the group
        People's Embrace", "the exiled NUG"), or one described so ("the parallel government")."""
        people, orgs = self._named_as(phrase)
        if people or orgs:
            return people, orgs
        for core in cores(phrase):
            if found := self._named_by("organisation", norm_words(core), name_key(core)):
                return frozenset(), frozenset(found)
        return frozenset(), frozenset(self._described_by("organisation", phrase))

    def _named_as(self, phrase: str) -> tuple[frozenset[str], frozenset[str]]:
        """(people, organisations) `phrase` names. An organisation by its name or an alias; a phrase
        that is an organisation's or a place's name names no person; else the people the rules of
        `person` find (resolve.py)."""
        words = phrase.split()
        while len(words) > 1 and words[0].lower() in ("a", "an", "the", "one", "another"):
            words.pop(0)
        phrase = " ".join(words)
        key = name_key(phrase)
        folded = norm_words(phrase)
        if not key or not folded or len(folded) > 12:
            return frozenset(), frozenset()
        described = not any(c.isupper() for c in phrase)
        orgs = frozenset(self._named_by("organisation", folded, key))
        if orgs or (not described and self._named_by("place", folded, key)):
            return frozenset(), orgs
        if described:
            # A description ("a former private", "a defector"), not a name: the person it labels, if
            # one is labelled so; else it names no one in particular.
            return frozenset(named_exactly(self.ix, key)), frozenset()
        # Whom resolve.py finds has every word of the name (titles aside) in its record; when no person
        # record has them all, it finds no one, and the scan of every name it would take is saved.
        plain = [w for w in key.split() if w not in DROPPABLE]
        if plain and key.isascii() and not self._has_person(rarest(plain)):
            return frozenset(), frozenset()
        found = person_ids(self.ix, phrase)
        if len(plain) == 1 and found:
            # One word of an unnamed person's label ("Defector who … was barred from leaving") names no one: "Leaving
            # was hard: “…”" reads "Leaving" as a speaker, which no label's word is.
            unnamed = {r[0] for r in self.ix.conn.execute(  # (one parameter: a large base's unnamed are many)
                "SELECT id FROM people WHERE name_status = 'unnamed' AND id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(found)),))}
            found -= unnamed - named_exactly(self.ix, key)
        return frozenset(found), frozenset()

    def _has_person(self, words: list[str]) -> bool:
        """Whether a person record has every one of a name's `words` (its key's: no apostrophe), or, where none has,
        each written with an apostrophe after its first letters: the index splits "O'Brien" into "o" and "brien",
        and a name typed either way ("O'Brien", "OBrien") is the record's (factbase/names.py)."""
        if self._match(f"kind : person AND {{title body}} : {all_of(words)}", limit=1):
            return True
        split = [[w, *(f"{w[:k]} {w[k:]}" for k in range(1, min(len(w) - 1, 4)))] for w in words]
        return bool(self._match(f"kind : person AND {{title body}} : ({' AND '.join(map(any_of, split))})", limit=1))

    def _named_by(self, kind: str, words: list[str], key: str) -> list[str]:
        """The records of `kind` (organisation, place) whose name or an alias is `key`."""
        out = []
        for rid, js in self._match(f"kind : {kind} AND {{title body}} : {all_of(rarest(words, 2))}", "json"):
            row = json.loads(js)
            if any(_bare(name_key(n)) == _bare(key) for n in (row["name"], *row.get("aliases", ()))):
                out.append(rid)
        return out

    def _described_by(self, kind: str, phrase: str) -> list[str]:
        """The records of `kind` whose description has every word of a phrase in common words of two
        words or more ("the parallel government": "Myanmar's parallel National Unity Government")."""
        first, _, rest = phrase.partition(" ")
        if first.lower() in ("the", "a", "an"):  # "A group helping deserters" at a sentence's start
            phrase = rest
        words = norm_words(phrase)
        if len(words) < 2 or any(c.isupper() for c in phrase):
            return []
        out = []
        for rid, js in self._match(f"kind : {kind} AND {{title body}} : {all_of(rarest(words, 2))}", "json"):
            row = json.loads(js)
            if row.get("described_as") and set(words) <= set(norm_words(row["described_as"])):
                out.append(rid)
        return out

    # ---------------------------------------------------------------- the full-text index

    def _match(self, match: str, column: str = "", limit: int = LIMIT) -> list[tuple[str, ...]]:
        """(record id, and the record's json when `column` is "json") of the first hits of an FTS5
        `match`, in rowid order (which reads no more of the index than the hits it returns)."""
        hits = self.ix.conn.execute("SELECT kind, record_id FROM search WHERE search MATCH ? ORDER BY rowid LIMIT ?",
                                    (match, limit)).fetchall()
        if column != "json":
            return [(rid,) for _, rid in hits]
        return [(rid, js) for kind, rid in hits if (js := self.rows(kind, rid)) is not None]

    def _rows(self, kind: str, rid: str) -> str | None:
        row = self.ix.conn.execute(f"SELECT json, crc FROM {KIND_TABLE[kind]} WHERE id = ?", (rid,)).fetchone()
        return verified(*row) if row else None


def written_as_name(phrase: str, sentence: str) -> bool:
    """Whether `phrase` is written as a name: in capitals, not only the one that opens the sentence ("Donors give")."""
    opens = sentence.lstrip(" \"“‘'(").startswith(phrase)
    return any(c.isupper() for c in phrase[opens:]) or (opens and phrase.split()[0].isupper())


def _readings(phrase: str) -> Iterator[str]:
    yield phrase
    if owned := re.match(r"^(.+)['’]s\s+(.+)$", phrase):
        yield owned.group(2)
        yield owned.group(1)
