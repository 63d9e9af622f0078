"""What `check` proves, as the index holds it: every text the records cite (with the fact file and
line that cites it), the sources, the waivers, and how many records of each kind."""

from __future__ import annotations

from ...factbase.kinds import KINDS
from ...texts.coverage import Waived
from ...texts.provenance import Cited, SourceRef
from ..cache.index import Index
from ..cache.schema import TABLES


def cited(ix: Index) -> list[Cited]:
    where = str(ix.facts_dir)
    return [Cited(f"{where}/{file}", line, kind, rid, what, source, text, near) for kind, rid, what, source, text, near,
            line, file in ix.conn.execute("SELECT * FROM excerpts ORDER BY file, line, rowid")]


def sources(ix: Index) -> list[SourceRef]:
    where = str(ix.facts_dir)
    return [SourceRef(sid, sha, hint, f"{where}/{file}", line, url) for sid, sha, hint, file, line, url in ix.conn.execute(
        "SELECT id, sha256, file_hint, file, file_line, url FROM sources ORDER BY file, file_line")]


def waivers(ix: Index) -> list[Waived]:
    where = str(ix.facts_dir)
    return [Waived(f"{where}/{file}", line, source, sentence) for source, sentence, file, line in ix.conn.execute(
        "SELECT source, sentence, file, line FROM waivers ORDER BY file, line")]


def unread(ix: Index) -> list[str]:
    """The fact files that could not be read, whole or in part (a record that failed): what they
    cite is not known."""
    where = str(ix.facts_dir)
    return [f"{where}/{file}" for (file,) in ix.conn.execute("SELECT DISTINCT file FROM _unread ORDER BY file")]


def counts(ix: Index) -> dict[str, int]:
    """How many records of each kind, the vocabulary (themes) last."""
    kinds = [k for k in KINDS if k != "themes"] + ["themes"]
    return {k: ix.conn.execute(f"SELECT count(*) FROM {TABLES[k][0] if k in TABLES else k}").fetchone()[0]
            for k in kinds}
