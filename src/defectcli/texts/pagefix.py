"""What trafilatura gives up a whole page over, mended before it reads the page.

trafilatura drops a page (answers None, as it does for a page with no text) when anything in it
raises ValueError, and two things that leave the article itself readable do: a character reference
to a character XML cannot hold (`&#x1b;`, `&#0;`, `&#xD800;`), and a date whose UTC offset no clock
has (`2021-06-02T08:00:00+24:00`). The first is read as U+FFFD, as a browser reads `&#0;`; the second
keeps its date and time and loses the offset, which the record does not use. The page's bytes are
mended as ASCII patterns, so every ASCII-compatible encoding is mended alike.
"""

from __future__ import annotations

import re

_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_OFFSET = re.compile(rb"(T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)[+-]([0-9]{2}):?([0-9]{2})(?![0-9])")


def _xml_char(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _reference(m: re.Match[bytes]) -> bytes:
    code = int(m[1], 16) if m[1] else int(m[2])
    return m[0] if _xml_char(code) else b"&#xFFFD;"


def _offset(m: re.Match[bytes]) -> bytes:
    return m[0] if int(m[2]) < 24 and int(m[3]) < 60 else m[1]


def mended(data: bytes) -> bytes:
    """`data` with the references and offsets trafilatura gives a page up over mended (see above)."""
    return _OFFSET.sub(_offset, _REFERENCE.sub(_reference, data))


MAX_ATTRIBUTES = 2000  # on one tag; real pages have tens
# On a page: long article pages have a few thousand, the longest tens of thousands; the text extractor's time grows
# with them (199,000 short paragraphs took 14 s, 79,500 nested ones 12.6 s; 30,000, about 3 s).
MAX_TAGS = 30_000
# Tags of text inside one block (a paragraph, a list item, a cell: up to the next block's tag): a real paragraph has
# tens (links, emphasis); the extractor's time grows with their square (20,000 <b> in one paragraph took 20 s, 79,000
# eight minutes; 59 paragraphs of 499, 3 s). Other tags (a head's <meta>, an icon's <path>) are not counted.
MAX_INLINE = 500
_INLINE = frozenset(b"""a b i u s em strong span small big sub sup mark code kbd samp var q cite abbr dfn time font tt del
    ins bdi bdo""".split())
# Tags that start a block of their own, whose inline tags are counted apart
_BLOCKS = frozenset(b"""p div li td th tr table ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre section article header
    footer main aside nav figure figcaption form body html head br hr""".split())
_NAME = re.compile(rb"<([A-Za-z][A-Za-z0-9]*)")
# A tag to its end, its quoted values whole (a "<" or ">" inside one ends nothing, for libxml2 either).
_TAG = re.compile(rb"""<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*')*""")
_QUOTED = re.compile(rb""""[^"]*"|'[^']*'""")
_BETWEEN = re.compile(rb"[\s/]+")  # what libxml2 takes between attributes: white space, and a stray "/"


def crowded(data: bytes) -> str | None:
    """Why the page is not read, found in one pass: one of its tags holds more than MAX_ATTRIBUTES words
    (its name and attributes, at least), as libxml2 checks each attribute against the tag's others, so
    one tag of 300,000 takes minutes, in C, where Ctrl-C waits; or it has more than MAX_TAGS tags, each of
    which trafilatura's readers walk several times (a million took half a minute and 500 MB)."""
    most = inline = 0
    for tags, m in enumerate(_TAG.finditer(data), start=1):
        most = max(most, _attributes(_QUOTED.sub(b"v", m[0])))
        if most > MAX_ATTRIBUTES:
            return f"a tag of the page has {most:,} attributes, which no article page has"
        if tags > MAX_TAGS:
            return f"the page has over {MAX_TAGS:,} tags, which no article page has"
        name = (found[1].lower() if (found := _NAME.match(m[0])) is not None else b"")
        inline = 0 if name in _BLOCKS else inline + (name in _INLINE)
        if inline > MAX_INLINE:
            return f"a paragraph of the page has over {MAX_INLINE:,} tags, which no article paragraph has"
    return None


def _attributes(tag: bytes) -> int:
    """How many attributes a tag (its quoted values each one letter) holds, at least: its words (between
    white space or "/": `<p a/b/c>`), or its `=` signs where attributes are written without space between
    them (`a="x"b="y"`)."""
    return max(len(_BETWEEN.split(tag)), tag.count(b"="))
