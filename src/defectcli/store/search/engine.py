"""The search box: the user's words to an FTS5 query, ranked hits with snippets.

Matching, as the README tells it:
- the text is split into words and "quoted phrases"; every word must occur somewhere in the record
  (any order, any field), a phrase as a phrase. Common function words ("how", "the", "of") are left
  out unless the text has nothing else. FTS5 syntax in the text is never syntax: every word goes to
  FTS5 as a quoted string.
- word endings are stemmed (Porter: "soldier" finds "soldiers", "regrets" finds "regret"); case and
  accents are folded; an apostrophe splits a word both in the text and in the query, and a word typed
  without its apostrophe finds it ("dont" finds "don't", "Peoples" finds "People's").
- a word that is one of a theme's everyday search words (themes.yaml `search_words`, in groups of words
  that mean the same to a searcher) also matches the other words of its group and the records that
  refer to the theme (its quotes); a hit found only that way says so (`via`) and ranks below the hits
  of the words as typed.
- when no record has every word, the records with some of them are shown, each saying which words
  it lacks (`missing`).
- ranking is bm25, a record's title (name, quote, a figure's value and what it counts, ...) weighted
  over its body, and the ids it refers to (speaker, themes, who states a figure) weighted lowest;
  a person or organisation the text names comes first (named.py), and a figure whose title has a
  word or a word of its vocabulary group comes before what the vocabulary finds elsewhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ...errors import UsageError
from ...text import shorten
from ...written import figure_stated, figure_title
from ..cache.index import Index
from ..cache.schema import GROUPS, KIND_TABLE, SEARCH_TEXT, stored, verified
from .fts import MAX_TERMS, prepare
from .fts import WORD as _WORD
from .fts import quoted as _quoted
from .layout import Connected, Layout
from .named import cache_rows, named_rows
from .snippets import CLOSE, OPEN, highlights, plain, snippet_of

# bm25 weights of kind, record_id, title, body, refs, file.
WEIGHTS = "0, 0, 4.0, 1.0, 0.5, 0"
# The user's words are looked for in these columns only (`kind` is indexed to filter by).
TEXT_COLUMNS = "{title body refs} : "
VOCABULARY_ROWS = 100

# Left out of the words every hit must have, unless the text has no others. Never "no" or "not".
_STOP = ("a an the of to in on at for by with from about into as and or is are was were be been being do does did "
         "how many much what which who whom whose why when where that this these those it its there their they "
         "he she his her him i me my we our us you your than then so if any some all")
STOPWORDS = frozenset(_STOP.split(" "))
# Words typed without an apostrophe, and the forms they stand for ("dont" -> "don't").
CONTRACTIONS = {"im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youll": "you'll",
                "theyre": "they're", "theyve": "they've", "theyll": "they'll", "weve": "we've", "itll": "it'll",
                "hes": "he's", "shes": "she's", "lets": "let's", "whos": "who's"}



@dataclass
class Term:
    """One word or phrase of the query, with the FTS5 strings that match it."""

    text: str
    phrase: bool = False
    forms: list[str] = field(default_factory=list)  # as typed, then apostrophe variants
    related: list[str] = field(default_factory=list)  # from the vocabulary
    themes: list[str] = field(default_factory=list)  # whose vocabulary holds the word
    tags: list[str] = field(default_factory=list)  # ids the record must refer to (a quote's theme)

    def literal(self) -> str:
        return _any(self.forms)

    def expanded(self) -> str:
        if not self.tags:
            return self.literal()
        tags = " OR ".join(f"refs : {_quoted(t)}" for t in dict.fromkeys(self.tags))
        return "(" + " OR ".join([*dict.fromkeys(_quoted(s) for s in self.forms + self.related), tags]) + ")"


def _any(strings: list[str]) -> str:
    parts = list(dict.fromkeys(_quoted(s) for s in strings))
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _forms(word: str) -> list[str]:
    """The word, and the form with (or without) its apostrophe."""
    forms = [word]
    if "'" in word:
        forms.append(word.replace("'", ""))  # "don't" also finds "dont"
    elif word in CONTRACTIONS:
        forms.append(CONTRACTIONS[word])
    elif len(word) >= 4 and word.endswith("nt"):
        forms.append(word[:-1] + "'t")  # "dont" finds "don't", "didnt" finds "didn't"
    return forms


def parse(text: str) -> tuple[list[Term], list[Term]]:
    """(required, left out) terms of a query; raises UsageError when it has no words at all."""
    text = prepare(text)
    terms: list[Term] = []
    # Quoted phrases first; an unclosed quote is only a quote mark.
    pieces = re.split(r'"([^"]*)"', text)
    found = [_WORD.findall(piece) for piece in pieces]
    count = sum(1 if i % 2 else len(words) for i, words in enumerate(found) if words)
    if count > MAX_TERMS:  # counted before any term is made: a text of a million words is refused at once
        raise UsageError(f"search text has {count:,} words and phrases; give at most {MAX_TERMS}")
    for i, words in enumerate(found):
        if i % 2 and words:
            # A phrase as typed, and with each word's other form ("dont regret", "don't regret").
            variant = " ".join(_forms(w)[-1] for w in words)
            terms.append(Term(" ".join(words), phrase=True, forms=[" ".join(words), variant]))
        else:
            terms.extend(Term(w, forms=_forms(w)) for w in words)
    if not terms:
        raise UsageError("search text has no words to search for")
    terms = list({t.text: t for t in terms}.values())
    required = [t for t in terms if t.phrase or t.text not in STOPWORDS]
    if not required:
        return terms, []
    return required, [t for t in terms if t not in required]


def _vocabulary(ix: Connected, terms: list[Term]) -> None:
    """Fill each word's related words and themes from the themes' search words."""
    for term in terms:
        if term.phrase:
            continue
        # In file order, the first VOCABULARY_ROWS themes: a controlled vocabulary is short, and a fact
        # base that repeats its themes file after file repeats the same groups. A theme's groups are
        # one row, separated by GROUPS; the marks say which group the word is in.
        rows = ix.conn.execute(f"SELECT w.theme_id, highlight(search_words_fts, 0, '{OPEN}', '{CLOSE}') "
                               "FROM search_words_fts JOIN search_words w ON w.rowid = search_words_fts.rowid "
                               "WHERE search_words_fts MATCH ? ORDER BY search_words_fts.rowid LIMIT ?",
                               (term.literal(), VOCABULARY_ROWS)).fetchall()
        # A group counts once (with the first theme that has it), however many files repeat it.
        seen: dict[str, str] = {}
        for theme_id, marked_groups in rows:
            for group in marked_groups.split(GROUPS):
                if OPEN in group:
                    seen.setdefault(plain(group).strip(), theme_id)
        for words, theme_id in seen.items():
            if theme_id not in term.themes:
                term.themes.append(theme_id)
            term.related += words.split()
            term.tags.append(theme_id)
        term.related = [w for w in dict.fromkeys(term.related) if w not in term.forms]


def _match(terms: list[Term], expanded: bool, any_word: bool = False) -> str:
    parts = [t.expanded() if expanded else t.literal() for t in terms]
    return TEXT_COLUMNS + "(" + (" OR " if any_word else " AND ").join(parts) + ")"


def _counted(terms: list[Term]) -> str:
    """Figures that count what the words (or a word of their vocabulary group) name, in their title:
    `pay` finds the figure of a "monthly payment" before what the vocabulary finds elsewhere."""
    return "(" + " AND ".join(f"title : {_any([*t.forms, *t.related])}" for t in terms) + ")"


def _of_kind(match: str, kind: str | None, meta: bool) -> str:
    """`match` limited to one kind, or to facts (`meta` False) or themes and sources (`meta` True), in
    FTS5 itself: a filter on a column outside the index would read every matching row."""
    if kind:
        return f"{match} AND kind : {_quoted(kind)}"
    metas = " OR ".join(_quoted(k) for k in META_KINDS)
    return f"{match} {'AND' if meta else 'NOT'} kind : ({metas})"


def _cache_hit(conn: Any, kind: str, rid: str) -> tuple[str, str | None, list[str]]:
    """A hit's title, what its snippet leads with (a figure's value as stated), and its sources."""
    row: dict[str, Any] = stored(*conn.execute(f"SELECT json, crc FROM {KIND_TABLE[kind]} WHERE id = ?",
                                               (rid,)).fetchone())
    return display_title(row), figure_stated(row) if kind == "figure" else None, row.get("sources", [])


# Where the cache keeps what search reads; the site's database keeps the same under other names (site/search.py).
CACHE = Layout("search", {"person": "SELECT DISTINCT person_id FROM person_names WHERE key = ? AND what != 'described' "
                                    "LIMIT 20",
                          "organisation": "SELECT DISTINCT organisation_id FROM organisation_names WHERE key = ? "
                                          "LIMIT 20"},
               {"person": "SELECT DISTINCT person_id FROM person_names WHERE person_id IN (SELECT value FROM json_each(?)) AND "
                          "what IN ('name', 'title') AND "
                          "' ' || key || ' ' LIKE ? LIMIT 20"},
               cache_rows, _cache_hit, checked=True)


def search(ix: Connected, text: str, kind: str | None = None, limit: int = 20, layout: Layout = CACHE,
           source: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """The best `limit` hits for `text`, and a note for the user (hits that lack some words; more hits);
    with `source` (the cache only), only records resting on that source (and the source itself).

    Hits come in tiers, each ranked by bm25: the people and organisations the text names; every word
    as typed; figures whose title (what they count) has every word or a word of its vocabulary group;
    then every word, some only through the vocabulary; and only when none finds anything, records
    with some of the words. Themes and
    sources (about the fact base rather than facts) follow the facts, unless `kind` asks for them.
    """
    if kind is not None:
        from ..queries.ids import kind_named

        kind = kind_named(kind)
    required, _ = parse(text)
    _vocabulary(ix, required)
    mine = source is not None
    if source is not None:
        if not isinstance(ix, Index):
            raise UsageError("--source: searches the cache's index only")
        _only(ix, source)
    want = limit + 1  # one more than shown tells whether there are more
    kinds = [(kind, False)] if kind else [(None, False), (None, True)]  # (kind, themes and sources only)
    partial = False
    # The person or organisation the text names comes first (honorifics and ranks optional, see names.py).
    named = named_rows(ix, text, kind, layout)
    if mine and named:
        named = [r for r in named if ix.conn.execute("SELECT 1 FROM temp.only WHERE rowid = ?", (r,)).fetchone()]
    ranked: list[tuple[int, float]] = [(r, 0.0) for r in named]
    for only, meta in kinds:
        tiers = [(_match(required, False), only)]
        if not meta and only in (None, "figure") and any(t.related for t in required):
            tiers.append((_counted(required), "figure"))
        tiers.append((_match(required, True), only))
        for match, of_kind in tiers:
            if len(ranked) < want:
                ranked += _ranked(ix, match, of_kind, meta, want - len(ranked), [r for r, _ in ranked], layout, mine)
    if not ranked and len(required) > 1:
        partial = True
        for only, meta in kinds:
            if len(ranked) < want:
                ranked += _ranked(ix, _match(required, True, any_word=True), only, meta, want - len(ranked),
                                  [r for r, _ in ranked], layout, mine)
    if not ranked:
        return [], None
    more = len(ranked) > limit
    ranked = ranked[:limit]
    # A record found by name scores as the best of the rest (bm25 of one row costs a pass over the index).
    best = min((score for rowid, score in ranked if rowid not in named), default=0.0)
    ranked = [(rowid, best if rowid in named else score) for rowid, score in ranked]
    rowids = [r for r, _ in ranked]
    _hits_table(ix, rowids, layout)
    literal = {t.text: _within(ix, TEXT_COLUMNS + t.literal()) for t in required}
    expanded = {t.text: _within(ix, TEXT_COLUMNS + t.expanded()) for t in required} if partial else None
    snippets = _snippets(ix, _match(required, True, any_word=partial), rowids)
    hits = []
    for rowid, score in ranked:
        if rowid in named:  # found by its name, not by its words
            through, missing = [], []
        else:
            through = [t for t in required if rowid not in literal[t.text]
                       and (expanded is None or rowid in expanded[t.text])]
            missing = [t.text for t in required if expanded is not None and rowid not in expanded[t.text]]
        hit_kind, rid, title_marked, body_marked, refs_marked = snippets[rowid]
        title, lead, sources = layout.hit(ix.conn, hit_kind, rid)  # a figure's hit leads with its value
        snippet, matched = snippet_of(title_marked, body_marked, refs_marked, lead)
        shown, spans = highlights(snippet)
        hits.append({
            "kind": hit_kind, "id": rid, "title": title, "snippet": shown, "highlights": spans,
            "matched": matched,
            "via": "; ".join(f"{t.text} → theme {', '.join(t.themes)}" for t in through) or None,
            "missing": missing, "sources": sources, "score": round(-score, 3),
        })
    note = None
    if partial:
        note = f"no record has every word of '{shorten(text)}'; these have some of them (see 'missing')"
    if more:
        note = (note + "; " if note else "") + f"more hits than these {limit}: add --limit N to see more"
    return hits, note


def matching(ix: Index, text: str, kind: str | None = None) -> list[tuple[str, str, float]]:
    """(kind, id, bm25 rank) of every record with every word of `text`, best first: `quotes --search`."""
    required, _ = parse(text)
    _vocabulary(ix, required)
    sql = f"SELECT kind, record_id, bm25(search, {WEIGHTS}) AS r FROM search WHERE search MATCH ?"
    match = _match(required, True)
    return ix.conn.execute(sql + " ORDER BY r, kind, record_id", (f"{match} AND kind : {_quoted(kind)}" if kind
                                                                 else match,)).fetchall()


# Records about the fact base rather than facts: ranked after the facts.
META_KINDS = ("theme", "source")


def _only(ix: Index, source: str) -> None:
    """temp.only: the search rows of the records resting on `source` (and of the source itself), which
    _ranked keeps to when told."""
    from ..queries.ids import require

    conn = ix.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS only (rowid INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.only")
    source = require(ix, "sources", source, "--source")
    for kind, table in KIND_TABLE.items():
        conn.execute(f"INSERT OR IGNORE INTO temp.only SELECT s.rowid FROM search s JOIN {table} t ON t.id = s.record_id "
                     "WHERE s.kind = ? AND (EXISTS (SELECT 1 FROM json_each(t.json, '$.sources') WHERE value = ?) "
                     "OR (s.kind = 'source' AND t.id = ?))", (kind, source, source))


def _ranked(ix: Connected, match: str, kind: str | None, meta: bool, limit: int, exclude: list[int],
            layout: Layout, only: bool = False) -> list[tuple[int, float]]:
    fts = layout.index
    sql = f"SELECT rowid, bm25({fts}, {WEIGHTS}) AS r FROM {fts} WHERE {fts} MATCH ?"
    if only:
        sql += " AND rowid IN (SELECT rowid FROM temp.only)"
    args: list[Any] = [_of_kind(match, kind, meta)]
    if exclude:  # (one parameter: one a hit ran past SQLite's variables on a large enough base)
        sql += " AND rowid NOT IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(exclude))
    return ix.conn.execute(sql + " ORDER BY r, rowid LIMIT ?", (*args, limit)).fetchall()


def _hits_table(ix: Connected, rowids: list[int], layout: Layout) -> None:
    """The hits alone, in a small full-text table of their own (temp.hits), where telling which words
    each matched and marking them costs little; in the whole index, every row a word is in is read."""
    conn = ix.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.hits USING fts5(kind, record_id UNINDEXED, title, body, refs, "
                 "tokenize = 'porter unicode61 remove_diacritics 2')")
    conn.execute("DELETE FROM temp.hits")
    ids = (json.dumps(rowids),)  # (one parameter: one a hit ran past SQLite's 32,766 at 54,000 hits of a large base)
    conn.execute(f"INSERT INTO temp.hits (rowid, kind, record_id, title, body, refs) SELECT rowid, kind, record_id, "
                 f"title, body, refs FROM main.{layout.index} WHERE rowid IN (SELECT value FROM json_each(?))", ids)
    if layout.checked:  # what the snippets will show, checked (ValueError: a damaged cache, rebuilt)
        for *text, crc in conn.execute(f"SELECT title, body, refs, crc FROM main.{layout.index} "
                                       "WHERE rowid IN (SELECT value FROM json_each(?))", ids):
            verified(SEARCH_TEXT.join(text), crc)


def _within(ix: Connected, match: str) -> set[int]:
    """The hits (see _hits_table) that `match` finds."""
    return {r[0] for r in ix.conn.execute("SELECT rowid FROM temp.hits WHERE hits MATCH ?", (match,))}


def _snippets(ix: Connected, match: str, rowids: list[int]) -> dict[int, tuple[str, str, str, str, str]]:
    """kind, id, and title, body and refs with the words `match` finds marked, of each hit."""
    sql = (f"SELECT rowid, kind, record_id, highlight(hits, 2, '{OPEN}', '{CLOSE}'), "
           f"highlight(hits, 3, '{OPEN}', '{CLOSE}'), highlight(hits, 4, '{OPEN}', '{CLOSE}') "
           f"FROM temp.hits WHERE hits MATCH ?")
    out = {r[0]: r[1:] for r in ix.conn.execute(sql, (match,))}
    for rowid in rowids:
        if rowid not in out:  # found by its name alone: nothing to mark
            out[rowid] = ix.conn.execute("SELECT kind, record_id, title, body, refs FROM temp.hits WHERE rowid = ?",
                                         (rowid,)).fetchone()
    return out


def display_title(row: dict[str, Any]) -> str:
    if "counts" in row:  # a figure: its value as stated first, as the index has it (build._search_text)
        return figure_title(row)
    return str(row.get("name") or row.get("text") or row.get("reason") or row.get("topic")
               or row.get("description") or row["id"])
