"""A web page's own <title>, as a browser reads it: for add-source's judgement of a page in front of the article (a
"404 Not Found"), which trafilatura's title (the headline it finds) does not give."""

from __future__ import annotations

import codecs
import re

from ..text import codec

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def page_title(data: bytes, charset: str | None = None) -> str | None:
    """The page's own <title>, in the encoding the server (`charset`) or else the page declares, its
    character references read ("404&nbsp;Not&nbsp;Found")."""
    import html

    raw = _TITLE.search(data[:65536])
    if not raw:
        return None
    declared = _CHARSET.search(data[:4096])
    encoding = "utf-8"
    for label in (charset, declared[1].decode("ascii", "replace") if declared else None):  # the first a browser reads
        if (name := codec(_LABELS.get((label or "").lower(), label or ""))) in _WEB_ENCODINGS:
            encoding = name
            break
    # As browsers read them, by the wider encoding a label names: a page labelled Latin-1 or ASCII is
    # windows-1252 (its 0x96 a dash, not a control), one labelled GB2312 is GBK, and so on.
    encoding = _AS_BROWSERS_READ.get(encoding, encoding)
    try:
        text = raw[1].decode(encoding)
    except (UnicodeError, LookupError):
        text = raw[1].decode("utf-8", "replace")
    return html.unescape(text)


# The encodings a web page may be in, as browsers read them (the WHATWG Encoding standard's, by Python's
# names); a label Python knows but no browser reads ("utf-7", "rot13", "undefined") gives way to the next.
_WEB_ENCODINGS = frozenset(codecs.lookup(n).name for n in (
    "utf-8", "utf-16-le", "utf-16-be", "ascii", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5",
    "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
    "koi8-r", "koi8-u", "mac-cyrillic", "mac-roman", "cp866", "cp874", "cp1250", "cp1251", "cp1252", "cp1253",
    "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc-jp",
    "iso2022-jp", "shift-jis", "cp932", "euc-kr", "cp949", "iso8859-9", "iso8859-11", "tis-620"))
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
                     "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
                     "shift_jis": "cp932", "euc_kr": "cp949"}
_LABELS = {"windows-874": "cp874", "windows-949": "cp949", "x-gbk": "gbk", "x-sjis": "shift_jis"}  # web names Python lacks
