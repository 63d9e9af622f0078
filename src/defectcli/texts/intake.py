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

What add-source writes always loads: every value of the publication record passes the rule `check`
applies to it (factbase/record.field_problem) before anything is written, every string goes into
the YAML through the YAML library, and the finished file is read back by the loader and checked as
`check` would, all before the first byte is written (writing.py then writes it atomically).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import writing
from ..errors import UsageError
from ..factbase.record import UNREAD_DATE, UNREAD_PROBLEM, field_problem
from ..text import ascii_digits, quoted, shorten, visible_char, word_count
from . import gates, pagedate, pagefix, pageread
from .pagetitle import page_title

MAX_ARTICLE_BYTES = 32 * 1024 * 1024
# A web page's HTML is read only up to this (what `sources fetch` downloads at most). An article page is
# well under it; trafilatura's time grows faster than the page (10 MiB of paragraphs: about a minute).
MAX_PAGE_BYTES = 10 * 1024 * 1024
# A saved page whose extracted text is shorter than this (not counting spaces) is not an article: a
# login, cookie, paywall or error page ("Forgot password?"). A real article, even a brief, is longer.
MIN_PAGE_WORDS = 20
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*(<!doctype\s+html|<html))",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(rb"<(html|head|body|article|p|div)[\s>]", re.IGNORECASE)
ORDER = ("outlet", "title", "url", "byline", "published", "section")
OPTION = {"outlet": "--outlet", "title": "--title", "url": "--url", "byline": "--author", "published": "--published"}


@dataclass
class Article:
    """An article read from a file: the text to keep, how it was read, and what its page says."""

    text: str
    read_as: str  # "plain text" or "an HTML page"
    found: dict[str, Any] = field(default_factory=dict)  # record fields the page gave
    notes: list[str] = field(default_factory=list)  # what the page gave that is not recorded, and why
    doubt: str | None = None  # why a page may not be the article (a short page: a brief, or a sign-in form?)

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


def read_article(path: Path, is_article: bool = False) -> Article:
    """The article in `path`, plain text or a saved HTML page; UsageError if it is neither, or has no text.
    `is_article`: the user's word that a page in doubt (`doubt`) is the article."""
    shown = str(path)
    try:
        if not path.is_file():
            raise UsageError(f"{shown}: is not a file")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise UsageError(f"{shown}: is larger than {MAX_ARTICLE_BYTES >> 20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{shown}: cannot be read ({exc.strerror})") from None
    data, bom = as_utf8(data)
    head = data[:4096]
    if is_html(head, path.suffix.lower()):
        try:
            return _from_html(data, shown, is_article, "utf-8" if bom else None)
        except LooksLikeNoArticle as exc:
            raise UsageError(f"{exc} Save the article's own page; if it is the article, add --is-article") \
                from None
        except NoArticleText as exc:
            raise UsageError(f"{exc} Save the article's own page, or its text as a .txt file") from None
    if b"\x00" in data or head.startswith(b"%PDF"):
        raise UsageError(f"{shown}: is neither text nor an HTML page (a binary file)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: is neither UTF-8 text nor an HTML page (save the article as UTF-8 text)") from None
    if re.match(r"(?i)\s*(mime-version|from|x-mozilla)[^\n]*:", text) and "multipart/related" in text[:4096]:
        raise UsageError(f"{shown}: is a web archive (MHTML), not an HTML page; save the page as HTML only")
    article = Article(kept_text(text), "plain text")
    if not article.text:
        raise UsageError(f"{shown}: has no text")
    return article


def read_page(data: bytes, shown: str, is_article: bool = False, charset: str | None = None) -> Article:
    """The article in a web page's bytes (as fetched, `charset` as the server gave it), by the rules a
    saved page is read by, so that the same page gives the same text and sha256; UsageError if it
    holds no article text."""
    data, utf8 = as_utf8(data, charset)
    return _from_html(data, shown, is_article, "utf-8" if utf8 else charset)


def as_utf8(data: bytes, charset: str | None = None) -> tuple[bytes, bool]:
    """A page's or a text's bytes, and whether they are now UTF-8 whatever the page declares, as browsers read them:
    after a UTF-8 byte-order mark, or in UTF-16 by its mark or the server's charset, decoded here (damaged bytes
    replaced), so that a saved page and the same page fetched give the same text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:], True
    codec = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else utf_16_codec(charset)  # (the mark first, as browsers)
    if codec:
        return data.decode(codec, "replace").encode(), True
    return data, False


# The labels the WHATWG Encoding Standard reads as UTF-16 (what a browser does with a server's charset), and which
# order of bytes each means where the page has no byte-order mark: every one little-endian but two.
_UTF_16_LABELS = {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"}
_UTF_16_BE_LABELS = {"unicodefffe", "utf-16be"}


def utf_16_codec(charset: str | None) -> str | None:
    """The codec of a page in UTF-16 without a byte-order mark, by the charset its server names: a label of the
    Encoding Standard, or a name Python gives UTF-16 ("utf16", "utf_16_be"); None for any other charset."""
    label = (charset or "").strip().lower()
    if label in _UTF_16_BE_LABELS:
        return "utf-16-be"
    if label in _UTF_16_LABELS:
        return "utf-16-le"
    try:
        name = codecs.lookup(label).name if label else ""
    except (LookupError, ValueError):  # (no such codec; a NUL in the label)
        return None
    return {"utf-16": "utf-16-le", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be"}.get(name)


def is_html(head: bytes, suffix: str = "") -> bool:
    return bool(_HTML_START.match(head)) or (suffix in (".html", ".htm", ".xhtml") and bool(_HTML_TAG.search(head)))


def kept_text(text: str) -> str:
    """Text by the kept text's rules: LF line ends, one final LF, no byte-order mark."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    return text.rstrip("\n") + "\n"


class NoArticleText(UsageError):
    """A page whose extracted text is too short to be an article."""


class LooksLikeNoArticle(NoArticleText):
    """A page that may not be the article (`doubt`): the user's to confirm (--is-article)."""


def _from_html(data: bytes, shown: str, is_article: bool = False, charset: str | None = None) -> Article:
    try:
        import trafilatura  # noqa: F401  (read in pageread's child process)
    except ImportError:
        raise UsageError(f"{shown}: reading a saved web page needs trafilatura: pip install 'defectcli[pages]'") from None
    try:  # (each of these would take minutes to read)
        unread = f"is a web page larger than {MAX_PAGE_BYTES >> 20} MiB, which no article page is" \
            if len(data) > MAX_PAGE_BYTES else pagefix.crowded(data)
        doc, parsable = (None, False) if unread else pageread.extract(data, pagefix.mended(data))
    except pageread.Unread as exc:
        unread = str(exc)
    if unread:
        raise UsageError(f"{shown}: {unread}; save the article's text as a .txt file")
    if doc is None and parsable:
        raise UsageError(f"{shown}: the page could not be parsed (trafilatura gave it up while reading its title, "
                         "date or other details); save its text as a .txt file and give those as options")
    text = kept_text(getattr(doc, "text", None) or "") if doc is not None else ""
    size = word_count(text)  # an article, even a brief, has a few sentences; a login or error page a few words
    if size < MIN_PAGE_WORDS:
        flat = " ".join(text.split())
        found = f"only {size} word{'s' if size != 1 else ''}: '{shorten(flat)}'" if size else "none"
        raise NoArticleText(f"{shown}: the page has no article text (trafilatura found {found}): a login, cookie "
                            "or error page?")
    article = Article(text, "an HTML page", doubt=gates.doubt(text, page_title(data, charset),
                                                                   getattr(doc, "title", None)))
    if article.doubt is not None and not is_article:
        raise LooksLikeNoArticle(f"{shown}: {article.doubt}")
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            article.found[key] = " ".join(value.split())
    url = article.found.get("url")
    if url and field_problem("url", url) and article.found.get("outlet") in _hosts(url):
        del article.found["outlet"]  # trafilatura's stand-in for a site name, read from an address that is none
    author = getattr(doc, "author", None)
    if isinstance(author, str) and author.strip():
        article.found["byline"] = [" ".join(a.split()) for a in author.split(";") if a.strip()]
    date = getattr(doc, "date", None)
    if isinstance(date, str) and date.strip():
        given, note = pagedate.as_given(data.decode("utf-8", "replace"), date[:10])
        if given:
            article.found["published"] = given
        if note:
            article.notes.append(note)
    else:  # htmldate also passes over a date it finds implausible (before 1995, after today) in silence
        article.notes.append("published: the page gives no date defectcli can read: not recorded (give --published)")
    sections = [c for c in getattr(doc, "categories", None) or [] if isinstance(c, str) and c.strip()]
    if sections:
        article.found["section"] = " / ".join(sections)
    return article


def _hosts(url: str) -> set[str]:
    """The names a site's address gives it (host, with and without its port)."""
    from urllib.parse import urlsplit

    try:
        netloc = urlsplit(url).netloc.rpartition("@")[2]
    except ValueError:  # a broken [IPv6] host: no name of a site
        return set()
    return {netloc, netloc.rsplit(":", 1)[0], netloc.removeprefix("www.")}


def given_values(title: str | None = None, outlet: str | None = None, url: str | None = None,
                 byline: list[str] | None = None, published: str | None = None) -> dict[str, Any]:
    """The publication record's values given as options, each held to the rule check applies to
    it; the first that fails is a UsageError naming its option. An empty --title or --outlet is
    refused, not dropped: it says the user meant to give one."""
    given: dict[str, Any] = {"outlet": outlet, "title": title, "url": url,
                             "byline": [a.strip() for a in byline] if byline is not None else None,
                             "published": ascii_digits(published.strip()) if published is not None else None}
    for key, value in given.items():
        for one in value if isinstance(value, list) else [value]:
            why = None if one is None else field_problem(key, one)
            if why:
                raise UsageError(f"{OPTION[key]}: {quoted(one)} {why}")
        if value == []:
            raise UsageError("--author: give a name")
    return {k: v for k, v in given.items() if v is not None}


def publication_record(article: Article, given: dict[str, Any], origin: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The record to write (what the page says, overridden by the options), and where each value came
    from. A page value that fails check's rule is left out, with a note added to article.notes."""
    chosen: dict[str, tuple[Any, str]] = {}
    for key, value in article.found.items():
        bad = [(one, why) for one in (value if isinstance(value, list) else [value]) if (why := field_problem(key, one))]
        if bad:
            article.notes.append(f"{key} {quoted(bad[0][0])} from the page {bad[0][1]}: not recorded")
        else:
            chosen[key] = (value, "from the page")
    for key, value in given.items():
        chosen[key] = (value, f"from {OPTION[key]}")
    if not chosen:
        return {}, {}
    page = [k for k in ORDER if k in chosen and chosen[k][1] == "from the page"]
    opts = [k for k in ORDER if k in chosen and chosen[k][1] != "from the page"]
    told = [f"{', '.join(page)} from the saved page {printable(origin)} (trafilatura)"] if page else []
    told += [f"{', '.join(opts)} from the options of add-source"] if opts else []
    record = {"given_by": "; ".join(told), **{k: chosen[k][0] for k in ORDER if k in chosen}}
    return record, {k: chosen[k][1] for k in ORDER if k in chosen}


def printable(name: str) -> str:
    """A file name as text of one line: what Unicode calls unprintable (controls, bidi, line breaks)
    shown as an escape, so it can stand in a record and on a terminal."""
    return "".join(c if c.isprintable() else "\\n" if c == "\n" else visible_char(c) for c in name)


def source_yaml(sid: str, article: Article, record: dict[str, Any], shown: str = "the new file") -> str:
    """The new fact file holding the source record, as add-source writes it: the YAML library writes
    every value, and the result is read back and checked as `check` would before it is returned."""
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
    text = (f"# Source {sid}, added by `defectcli add-source`.\n"
            "# The text is kept in the sources directory under file_hint; see README.md, \"Adding an article\".\n"
            + body)
    _read_back(text, shown)
    return text


def _read_back(text: str, shown: str) -> None:
    from ..factbase.checks import validate_records
    from ..factbase.loader import parse_file
    from ..factbase.walk import flatten

    records, problems = parse_file(text, shown)
    problems += validate_records(r for rs in records.values() for rec in rs for r in flatten(rec))
    problems = [p for p in problems if UNREAD_PROBLEM not in p.message]  # the curator's to do, left on purpose
    if problems or len(records.get("sources", [])) != 1:
        raise UsageError(f"{problems[0] if problems else shown}: what add-source would write does not pass check; "
                         "nothing was written")


def save(kept: Path, target: Path, article: Article, text: str, label: str | None = None) -> bool:
    """The kept text, then the new fact file, each written atomically; on failure neither is left,
    nor any directory made for them. True if the kept text was written now (not there already).
    The record's placing is the commit: a Ctrl-C that comes after it (it was checked to be a new
    name) leaves both, one that comes before leaves neither."""
    made = writing.make_dirs(kept.parent, label)
    there = writing.taken(kept, label)
    try:
        wrote = writing.keep(kept, article.data, label)
        writing.write_file(target, text.encode("utf-8"))
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt) and os.path.lexists(target):
            raise  # the record is in: its text stays with it
        if not there:
            with contextlib.suppress(OSError):
                kept.unlink()
        writing.remove_dirs(made)
        raise
    return wrote
