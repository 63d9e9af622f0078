"""The cache's tables, once: each kind's table and columns, the child tables, the indexes.

build.py fills rows by these column names and index.py writes them by the same names, so a column
is added in one place.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from typing import Any

from ...factbase.kinds import KINDS

SCHEMA_VERSION = "24"
# What a damaged cache raises when it is read: SQLite's errors, stored text that is not UTF-8
# (UnicodeDecodeError) and stored JSON that does not parse (JSONDecodeError), both ValueErrors, and a
# value damaged into NULL where text is stored (TypeError). Each means: delete it and rebuild, never crash.
DAMAGED = (sqlite3.DatabaseError, ValueError, TypeError)
_decode = json.JSONDecoder().raw_decode  # the stored text has no white space around it to skip

# kind -> (table, [(column, sql type)]) ; each column is read from the row dict by the same name.
TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "sources": ("sources", [("kind", "TEXT"), ("title", "TEXT"), ("sha256", "TEXT"), ("file_hint", "TEXT"),
                            ("published", "TEXT"), ("outlet", "TEXT"), ("url", "TEXT")]),
    "themes": ("themes", [("description", "TEXT")]),
    "people": ("people", [("name", "TEXT"), ("name_status", "TEXT"), ("group", "INTEGER"),
                          ("described_as", "TEXT"), ("note", "TEXT")]),
    "organisations": ("organisations", [("name", "TEXT"), ("kind", "TEXT"),
                                        ("part_of", "TEXT REFERENCES organisations(id)"),
                                        ("described_as", "TEXT"), ("note", "TEXT")]),
    "places": ("places", [("name", "TEXT"), ("kind", "TEXT"), ("note", "TEXT")]),
    "events": ("events", [("name", "TEXT"), ("kind", "TEXT"), ("date_value", "TEXT"), ("date_precision", "TEXT"),
                          ("date_basis", "TEXT"), ("note", "TEXT")]),
    "figures": ("figures", [("topic", "TEXT"), ("counts", "TEXT"), ("value", "NUMERIC"), ("value_max", "NUMERIC"),
                            ("comparator", "TEXT"), ("unit", "TEXT"), ("wording", "TEXT"), ("stated_by", "TEXT"),
                            ("source", "TEXT REFERENCES sources(id)"), ("excerpt", "TEXT"), ("rank", "TEXT"),
                            ("note", "TEXT"), ("as_of_value", "TEXT"), ("as_of_basis", "TEXT")]),
    "quotes": ("quotes", [("text", "TEXT"), ("speaker", "TEXT"), ("kind", "TEXT"), ("attribution", "TEXT"),
                          ("source", "TEXT REFERENCES sources(id)"), ("line", "INTEGER"), ("note", "TEXT")]),
    "motivations": ("motivations", [("stage", "TEXT"), ("reason", "TEXT"), ("note", "TEXT")]),
    "conflicts": ("conflicts", [("kind", "TEXT"), ("topic", "TEXT"), ("summary", "TEXT"),
                                ("headline", "TEXT REFERENCES figures(id)")]),
}
# Columns read from a field of a nested part of the row: column -> (row key, field of it).
NESTED_COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "sources": {"published": ("record", "published"), "outlet": ("record", "outlet"), "url": ("record", "url")},
    "events": {"date_value": ("date", "value"), "date_precision": ("date", "precision"), "date_basis": ("date", "basis")},
    "figures": {"as_of_value": ("as_of", "value"), "as_of_basis": ("as_of", "basis")},
}
# Child tables: rows about one record, for joins in SQL tools.
CHILDREN = """
CREATE TABLE IF NOT EXISTS person_names (person_id TEXT REFERENCES people(id), name TEXT, key TEXT, file TEXT,
    what TEXT);
CREATE TABLE IF NOT EXISTS organisation_names (organisation_id TEXT REFERENCES organisations(id), name TEXT, key TEXT,
    file TEXT);
CREATE TABLE IF NOT EXISTS attributes (person_id TEXT REFERENCES people(id), field TEXT, value, value_max NUMERIC,
    unit TEXT, wording TEXT, note TEXT, source TEXT REFERENCES sources(id), excerpt TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS figure_parts (figure_id TEXT REFERENCES figures(id), label TEXT, value NUMERIC,
    wording TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS quote_themes (quote_id TEXT REFERENCES quotes(id), theme_id TEXT REFERENCES themes(id),
    file TEXT);
CREATE TABLE IF NOT EXISTS motivation_givers (motivation_id TEXT REFERENCES motivations(id), who TEXT,
    source TEXT REFERENCES sources(id), excerpt TEXT, attribution TEXT, count INTEGER, note TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS conflict_claims (conflict_id TEXT REFERENCES conflicts(id),
    source TEXT REFERENCES sources(id), excerpt TEXT, rating TEXT, figure_id TEXT REFERENCES figures(id),
    event_id TEXT REFERENCES events(id), date_value TEXT, file TEXT, line INTEGER);
CREATE TABLE IF NOT EXISTS date_readings (kind TEXT, record_id TEXT, value TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS excerpts (kind TEXT, record_id TEXT, what TEXT, source TEXT REFERENCES sources(id),
    text TEXT, near_line INTEGER, line INTEGER, file TEXT);
CREATE TABLE IF NOT EXISTS figure_about (figure_id TEXT REFERENCES figures(id), person_id TEXT REFERENCES people(id),
    file TEXT);
CREATE TABLE IF NOT EXISTS event_people (event_id TEXT REFERENCES events(id), person_id TEXT REFERENCES people(id),
    file TEXT);
CREATE TABLE IF NOT EXISTS event_after (event_id TEXT REFERENCES events(id), after_id TEXT, file TEXT);
CREATE TABLE IF NOT EXISTS waivers (source TEXT REFERENCES sources(id), sentence TEXT, reason TEXT, file TEXT,
    line INTEGER);
CREATE TABLE IF NOT EXISTS _refs (kind TEXT, record_id TEXT, what TEXT, target TEXT, target_kind TEXT, file TEXT,
    line INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(kind, record_id UNINDEXED, title, body, refs,
    file UNINDEXED, crc UNINDEXED, tokenize = "porter unicode61 remove_diacritics 2");
CREATE TABLE IF NOT EXISTS search_words (theme_id TEXT REFERENCES themes(id), words TEXT, file TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS search_words_fts USING fts5(words, content = 'search_words',
    tokenize = "porter unicode61 remove_diacritics 2");
CREATE TRIGGER IF NOT EXISTS search_words_added AFTER INSERT ON search_words BEGIN
    INSERT INTO search_words_fts (rowid, words) VALUES (new.rowid, new.words); END;
CREATE TRIGGER IF NOT EXISTS search_words_removed AFTER DELETE ON search_words BEGIN
    INSERT INTO search_words_fts (search_words_fts, rowid, words) VALUES ('delete', old.rowid, old.words); END;
CREATE TABLE IF NOT EXISTS _files (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    ino INTEGER);
CREATE TABLE IF NOT EXISTS _problems (file TEXT, line INTEGER, message TEXT, origin TEXT, target_kind TEXT,
    target TEXT);
CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS _unread (file TEXT, kind TEXT, id TEXT);
CREATE TABLE IF NOT EXISTS _search_files (file TEXT PRIMARY KEY, first INTEGER, last INTEGER);
-- `what` too: the rule that no two people share a name (consistency.py) reads this index alone.
CREATE INDEX IF NOT EXISTS person_names_key ON person_names(key, person_id, what);
-- a person's names by id: the names of those a search finds by a part of a name (search/named.py)
CREATE INDEX IF NOT EXISTS person_names_person ON person_names(person_id, what);
CREATE INDEX IF NOT EXISTS organisation_names_key ON organisation_names(key, organisation_id);
CREATE INDEX IF NOT EXISTS quote_themes_theme ON quote_themes(theme_id);
CREATE INDEX IF NOT EXISTS _refs_target ON _refs(target_kind, target);
CREATE INDEX IF NOT EXISTS figure_about_person ON figure_about(person_id);
CREATE INDEX IF NOT EXISTS event_people_person ON event_people(person_id);
CREATE INDEX IF NOT EXISTS problems_target ON _problems(target);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS figures_stated_by ON figures(stated_by);
-- verify asks for the figures near a claim's number (store/queries/candidates.py)
CREATE INDEX IF NOT EXISTS figures_value ON figures(value);
CREATE INDEX IF NOT EXISTS motivation_givers_who ON motivation_givers(who);
-- Small partial indexes for the whole-base rules (consistency.py), which run after every edit:
-- each rule reads only the few rows it can be about, not every row of a large base.
CREATE INDEX IF NOT EXISTS figures_preferred ON figures(id) WHERE "rank" = 'preferred';
CREATE INDEX IF NOT EXISTS conflict_claims_figure ON conflict_claims(figure_id, conflict_id);
CREATE INDEX IF NOT EXISTS conflict_claims_dated ON conflict_claims(conflict_id)
    WHERE rating = 'supported' AND date_value IS NOT NULL;
CREATE INDEX IF NOT EXISTS motivation_givers_counted ON motivation_givers(who, motivation_id) WHERE count IS NOT NULL;
CREATE INDEX IF NOT EXISTS sources_published ON sources(published, id) WHERE published IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_inferred ON events(date_value) WHERE date_basis = 'inferred';
CREATE INDEX IF NOT EXISTS figures_inferred ON figures(as_of_value) WHERE as_of_basis = 'inferred';
"""
PER_FILE_TABLES = [t for t, _ in TABLES.values()] + [
    "person_names", "organisation_names", "attributes", "figure_parts", "quote_themes", "motivation_givers",
    "conflict_claims", "date_readings", "excerpts", "figure_about", "event_people", "event_after", "waivers", "_refs", "_unread",
    "search", "search_words"]
# The full-text table's columns, in the order build.py makes its rows (rowid first). Porter stemming
# ("soldiers" finds "soldier"); unicode61 folds case and accents and splits at every apostrophe.
# `refs` holds the ids a record refers to (speaker, themes, who states a figure); `kind` is indexed
# so that a search filters by kind inside FTS5 (reading no row). `search_words` holds each theme's
# groups of everyday search words (themes.yaml): one row a theme, its groups joined by GROUPS,
# indexed by `search_words_fts` (content kept by triggers, so that an edit deletes a file's rows
# through the file index); store/search/engine.py reads them. `crc` is the checksum of title, body
# and refs joined by SEARCH_TEXT (see checksum below): what a hit's snippet shows is checked.
SEARCH_COLUMNS = ("kind", "record_id", "title", "body", "refs", "file", "crc")
GROUPS = " | "
SEARCH_TEXT = "\x1f"
SINGULAR = {plural: KINDS[plural] for plural in TABLES}  # "people": "person"
KIND_TABLE = {SINGULAR[k]: t for k, (t, _) in TABLES.items()}


def schema_sql() -> str:
    """Every statement, each ending with a semicolon at the end of a line (a trigger's body holds one
    within its line)."""
    parts = []
    for table, columns in TABLES.values():
        cols = ", ".join(f'"{c}" {t}' for c, t in columns)
        parts.append(f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, {cols}, "
                     "json TEXT, crc INTEGER, file TEXT, file_line INTEGER);")
    parts.append(CHILDREN)
    parts.extend(f"CREATE INDEX IF NOT EXISTS {t}_file ON {t}(file);" for t in PER_FILE_TABLES
                 if t != "search")
    return "\n".join(parts)


# Random damage inside a row's text reads as well as the text did ("c~unts" for "counts"): SQLite
# keeps no checksum of its own. Each record's JSON is stored with its CRC-32 (`crc`), and every
# record is read through these two, so a row that does not match is "damaged": rebuilt, never shown.
def checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def verified(text: str, crc: int) -> str:
    """A record's stored JSON text, once it matches its checksum (ValueError: damaged)."""
    if not isinstance(text, str) or checksum(text) != crc:  # damage can make it a number or a blob
        raise ValueError("a cache row does not match its checksum")
    return text


def stored(text: str, crc: int) -> Any:
    """A record as stored (its JSON and checksum), decoded."""
    return _decode(verified(text, crc))[0]
