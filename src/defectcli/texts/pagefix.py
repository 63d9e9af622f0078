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
from typing import Any

from ..text import words_of

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
# Tags inside one block (a paragraph, a list item, a cell: up to the next block's tag): a real paragraph has tens
# (links, emphasis); the extractor's time grows with their square (20,000 <b> in one paragraph took 20 s, 79,000
# eight minutes, 29,900 <nobr> a minute; 59 paragraphs of 499, 3 s). A head's, a drawing's and a script's tags are
# not counted; a <template>'s are (the extractor reads it: 29,000 <b> in one took 39 s).
MAX_INLINE = 500
# Tags inside a <div> with text of its own, those of every block inside it counted: the extractor reads such a <div>
# whole, and its time grows with the square of their number as for one paragraph (60 nested <div>s of 450 tags took
# 27 s; 20 <div>s of 450 inside one with a line of text, 3 s; 2,000 tags so, 0.1 s). An article's body has hundreds.
MAX_WHOLE = 2000
# What the extractor's fallback reader reads again for each block that holds a paragraph, a preformatted block or a
# cell, and for the block around that one, and the extractor itself for each <div> it reads whole: every tag and
# character inside it. Blocks nested one inside another make that the square of the page (200 nested levels around
# 9.5 MB of text took 37 s and 4.3 GB; 200 levels of a paragraph of 140 links each, 22 s; 200 <div>s with a line of
# text each around 5 MB, 14 s). A long article page has a few thousand tags and a few million characters so; 190,000
# tags so took 1 s, 250 million characters 3 s.
MAX_REREAD_TAGS = 250_000
MAX_REREAD_CHARACTERS = 100_000_000
# Elements that are a block of their own, whose tags of text are counted apart
_BLOCKS = frozenset(words_of("""p div li td th tr table ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre section article
    header footer main aside nav figure figcaption form details summary body html head br hr"""))
# A tag to its end, its quoted values whole (a "<" or ">" inside one ends nothing, for libxml2 either).
_TAG = re.compile(rb"""<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*')*""")
_QUOTED = re.compile(rb""""[^"]*"|'[^']*'""")
_BETWEEN = re.compile(rb"[\s/]+")  # what libxml2 takes between attributes: white space, and a stray "/"


def crowded(data: bytes) -> str | None:
    """Why the page is not read, found in what the text extractor reads (the page decompressed and decoded by
    trafilatura's own rules: a gzip body, UTF-16 with no mark, EBCDIC): one of its tags holds more than
    MAX_ATTRIBUTES words (its name and attributes, at least), as libxml2 checks each attribute against the tag's
    others, so one tag of 300,000 takes minutes, in C, where Ctrl-C waits; or it has more than MAX_TAGS tags, each of
    which trafilatura's readers walk several times (a million took half a minute and 500 MB); or one of its blocks
    holds more than MAX_INLINE tags."""
    try:
        from trafilatura import load_html
        from trafilatura.utils import decode_file
    except ImportError:
        return None  # (no page is read without trafilatura)
    text = decode_file(data)  # (decompressed up to trafilatura's own cap, as its extraction will be)
    most = 0
    for tags, m in enumerate(_TAG.finditer(text.encode("utf-8", "surrogatepass")), start=1):
        most = max(most, _attributes(_QUOTED.sub(b"v", m[0])))
        if most > MAX_ATTRIBUTES:
            return f"a tag of the page has {most:,} attributes, which no article page has"
        if tags > MAX_TAGS:
            return f"the page has over {MAX_TAGS:,} tags, which no article page has"
    root = load_html(data)
    return _crowded_block(root) or _reread(root)


def _crowded_block(root: Any) -> str | None:
    """Why the page is not read, if one of its blocks, in the tree the extractor builds (a stray <html> inside a
    paragraph ends nothing), holds more than MAX_INLINE tags (a head's, a drawing's or a script's not counted), or a
    <div> with text of its own holds more than MAX_WHOLE with the <div>s inside it. Built after the scan above: quick
    once the page has few tags and none of many attributes."""
    from lxml import etree

    if root is None:
        return None  # (no page: the extractor says so)
    counts = [0]  # each open block's own tags
    inside = [0]  # each open <div>'s tags in the <div>s inside it (the first, the page's)
    skipped = 0  # inside a head, a drawing, a script: tags that are no paragraph's text
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _APART:
            skipped += 1 if event == "start" else -1
        elif skipped:
            continue
        elif tag in _BLOCKS:
            if event == "start":
                counts.append(0)
                if tag in _WHOLE:
                    inside.append(0)
                continue
            own = counts.pop()
            if tag in _WHOLE:
                whole = own + inside.pop()
                if whole > MAX_WHOLE and (own or _has_text(element)):
                    return (f"a <{tag}> of the page with text of its own holds over {MAX_WHOLE:,} tags, with the "
                            "<div>s inside it, which no article has")
                inside[-1] += whole  # (a paragraph's tags stay its own: the extractor reads a <p> apart)
        elif event == "start" and tag:
            counts[-1] += 1
            if counts[-1] > MAX_INLINE:
                return f"a paragraph of the page has over {MAX_INLINE:,} tags, which no article paragraph has"
    return None


def _reread(root: Any) -> str | None:
    """Why the page is not read, if the blocks that the extractor's fallback reader weighs (those around a paragraph,
    a preformatted block or a cell, and the blocks around those) and the <div>s it reads whole hold more than
    MAX_REREAD_TAGS tags or MAX_REREAD_CHARACTERS characters between them, a block nested in another counted again in
    each."""
    from lxml import etree

    if root is None:
        return None
    weighed: set[Any] = set()
    open_: list[list[int]] = []  # each open element's tags and characters so far, its own included
    tags = characters = skipped = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _APART or skipped:
            skipped += (1 if event == "start" else -1) if tag in _APART else 0
            continue
        if event == "start":
            if tag in _WEIGHED and (parent := element.getparent()) is not None:
                weighed.update(e for e in (parent, parent.getparent()) if e is not None)
            if tag in _WHOLE and _has_text(element):  # (read whole by the extractor itself: see MAX_WHOLE)
                weighed.add(element)
            open_.append([1, len(element.text or "")])
            continue
        inside = open_.pop()
        if element in weighed:
            tags, characters = tags + inside[0], characters + inside[1]
            if tags > MAX_REREAD_TAGS or characters > MAX_REREAD_CHARACTERS:
                over = f"{MAX_REREAD_TAGS:,} tags" if tags > MAX_REREAD_TAGS else f"{MAX_REREAD_CHARACTERS:,} characters"
                return f"the page nests its blocks so deep that the text extractor would read over {over}, which no " \
                    "article page makes it do"
        if open_:
            open_[-1][0] += inside[0]
            open_[-1][1] += inside[1] + len(element.tail or "")
    return None


_WEIGHED = frozenset(words_of("p pre td"))  # (readability's scored tags)


def _has_text(element: Any) -> bool:
    return bool((element.text or "").strip() or any((child.tail or "").strip() for child in element))


_APART = frozenset(words_of("head svg math script style noscript"))
# Blocks the extractor reads whole when they hold text of their own, the <div>s inside them too (a <details>, and a
# <figure> holding a table, are <div>s to it)
_WHOLE = frozenset(words_of("div details figure"))


def _attributes(tag: bytes) -> int:
    """How many attributes a tag (its quoted values each one letter) holds, at least: its words (between
    white space or "/": `<p a/b/c>`), or its `=` signs where attributes are written without space between
    them (`a="x"b="y"`)."""
    return max(len(_BETWEEN.split(tag)), tag.count(b"="))
