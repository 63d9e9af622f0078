"""An article brought into a fact base: its text as kept in the sources directory, and what its
page says of it (the publication record), for `defectcli add-source`.

The kept text is what every quote's `line` and the source's `sha256` are counted on, so its rules
are fixed here (and in facts/README.md):

- UTF-8, no byte-order mark, lines ending in LF (CRLF and CR become LF), ending with one LF.
- From plain text: the text as given, nothing added or taken away but the above.
- From a saved web page (HTML): the article's main text as trafilatura extracts it: one paragraph
  per line, headings on lines of their own (the headline first if the page prints it in the
  article), without navigation, byline, captions, comments or tables.
- Line N is the N-th piece of `text.split("\\n")`, counted from 1; blank lines count.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..factbase.dates import parse_day
from ..factbase.record import UNREAD_DATE

MAX_ARTICLE_BYTES = 32 * 1024 * 1024
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*(<!doctype\s+html|<html))",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(rb"<(html|head|body|article|p|div)[\s>]", re.IGNORECASE)


@dataclass
class Article:
    """An article read from a file: the text to keep, how it was read, and what its page says."""

    text: str
    read_as: str  # "plain text" or "an HTML page"
    found: dict[str, Any] = field(default_factory=dict)  # record fields the page gave

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def kept_name(self) -> str:
        """The name of the kept text in the sources directory: from its SHA-256."""
        return f"{self.sha256[:16]}.txt"


def read_article(path: Path) -> Article:
    """The article in `path`, plain text or a saved HTML page; UsageError if it is neither."""
    shown = str(path)
    try:
        if not path.is_file():
            raise UsageError(f"{shown}: is not a file")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise UsageError(f"{shown}: is larger than {MAX_ARTICLE_BYTES >> 20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{shown}: cannot be read ({exc.strerror})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:4096]
    if is_html(head, path.suffix.lower()):
        return _from_html(data, shown)
    if b"\x00" in data or head.startswith(b"%PDF"):
        raise UsageError(f"{shown}: is neither text nor an HTML page (a binary file)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: is neither UTF-8 text nor an HTML page (save the article as UTF-8 text)") from None
    if re.match(r"(?i)\s*(mime-version|from|x-mozilla)[^\n]*:", text) and "multipart/related" in text[:4096]:
        raise UsageError(f"{shown}: is a web archive (MHTML), not an HTML page; save the page as HTML only")
    return Article(kept_text(text), "plain text")


def is_html(head: bytes, suffix: str = "") -> bool:
    return bool(_HTML_START.match(head)) or (suffix in (".html", ".htm", ".xhtml") and bool(_HTML_TAG.search(head)))


def kept_text(text: str) -> str:
    """Text by the kept text's rules: LF line ends, one final LF, no byte-order mark."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    return text.rstrip("\n") + "\n"


def _from_html(data: bytes, shown: str) -> Article:
    try:
        import trafilatura
    except ImportError:
        raise UsageError(f"{shown}: reading a saved web page needs trafilatura: pip install 'defectcli[pages]'") from None
    doc: Any = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True})
    text = kept_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text:
        raise UsageError(f"{shown}: no article text found in the page")
    found: dict[str, Any] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            found[key] = " ".join(value.split())
    author = getattr(doc, "author", None)
    if isinstance(author, str) and author.strip():
        found["byline"] = [" ".join(a.split()) for a in author.split(";") if a.strip()]
    date = getattr(doc, "date", None)
    if isinstance(date, str) and parse_day(date[:10]):
        found["published"] = date[:10]
    sections = [c for c in getattr(doc, "categories", None) or [] if isinstance(c, str) and c.strip()]
    if sections:
        found["section"] = " / ".join(sections)
    if "url" in found and not found["url"].lower().startswith(("http://", "https://")):
        del found["url"]
    return Article(text, "an HTML page", found)


def source_yaml(sid: str, article: Article, record: dict[str, Any], origin: str) -> str:
    """The new fact file holding the source record, as add-source writes it."""
    import yaml

    entry: dict[str, Any] = {
        "id": sid, "kind": "article", "sha256": article.sha256, "file_hint": article.kept_name,
        "date": {"precision": "unknown", "basis": "stated",
                 "note": UNREAD_DATE
                         + (" What its page says is under record." if record else "")},
    }
    if record:
        entry["record"] = record
    body = yaml.safe_dump({"sources": [entry]}, sort_keys=False, allow_unicode=True, width=100,
                          default_flow_style=False)
    return (f"# Source {sid}, added by `defectcli add-source` from {origin}.\n"
            "# The text is kept in the sources directory under file_hint; see README.md, \"Adding an article\".\n"
            + body)
