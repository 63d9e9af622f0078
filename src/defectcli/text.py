"""Text folding shared by name matching and search: case, accents, apostrophes, spaces; and the
characters no output may carry raw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Typographic quote marks to straight ones: shared by search folding and the verbatim check.
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                             "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'})
_MARKS = [(chr(k), v) for k, v in QUOTE_MARKS.items() if k >= 0x80]


# Beyond C0 (but tab and newline, handled per format), DEL and C1: the line and paragraph separators (line breaks to a
# terminal and to str.splitlines()), and the characters that are there but draw nothing: every format character of
# Unicode 15 (category Cf: the bidi controls that reorder text, a soft hyphen, zero-width spaces and joiners, word
# joiners, a byte-order mark, annotation marks, tag characters that can spell a hidden text, the number signs of
# Arabic and other scripts, musical and hieroglyph format controls), the combining grapheme joiner, and the fillers
# that draw a blank (Hangul, Khmer).
WIDE_CONTROLS = ("\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180e"
                 "\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000110bd"
                 "\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f")
CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{WIDE_CONTROLS}]")


def visible(match: re.Match[str]) -> str:
    """A control character as an escape: \\x1b, \\u202e, \\U000e0041."""
    return visible_char(match.group())


def visible_char(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def valid(text: str) -> str:
    """`text` as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates, from sys.argv
    or os.fsdecode, which SQLite and every output would refuse) become U+FFFD, as does any other lone
    surrogate."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate no byte became
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def safe(text: str) -> str:
    """Text with every character that could steer a terminal shown as an escape instead."""
    return CONTROLS.sub(visible, text)


def safe_line(text: str) -> str:
    """safe(text) on one line: a newline it holds (a path's, a question's) shown as \\n."""
    return safe(text).replace("\n", "\\n")


def straighten(text: str) -> str:
    """text.translate(QUOTE_MARKS), several times faster: a first build does this to every excerpt."""
    if text.isascii():
        return text.replace("`", "'")
    for mark, straight in _MARKS:
        if mark in text:
            text = text.replace(mark, straight)
    return text.replace("`", "'")


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-apostrophe, single-spaced text, without characters no one sees."""
    # Written for speed: a first build folds every record's text. Most of it is ASCII but for its
    # typographic quote marks, so those go first, and only the rest is decomposed.
    if not text.isascii():
        text = straighten(text)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join([c for c in text if (c < "\u0300" and c != "\u00ad") or not (  # (a soft hyphen, a zero-width
                unicodedata.combining(c) or unicodedata.category(c) == "Cf")])  # space: unseen, as accents are here)
    return " ".join(text.replace("`", "'").casefold().split())


def suggest(word: str, choices: Iterable[str], template: str = " (did you mean '{}'?)") -> str:
    """`template` filled with the choice closest to `word`, or "" when none is close: the one
    did-you-mean of every message."""
    import difflib

    choices = list(choices)
    by_case = {c.casefold(): c for c in reversed(choices)}  # "SAFTY" is as close to "safety" as "safty" is
    close = difflib.get_close_matches(word.casefold(), list(by_case), n=1)
    return template.format(by_case[close[0]]) if close else ""


def normalise(text: str) -> str:
    """Typographic and straight quotes, and runs of white space, count as equal; nothing else."""
    # str.split() splits on exactly what regex \s matches, in C: a build checks many excerpts.
    return " ".join(straighten(text).split())


def shorten(text: str, width: int = 60) -> str:
    """Text as a message quotes it back: at most `width` characters, '…' where it was cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def shows(text: str) -> bool:
    """Whether text has a character that draws something: not only spaces, marks or format
    characters (U+200B, U+FEFF...), which a reader would take for nothing written."""
    if text.isascii():
        return any(" " < c < "\x7f" for c in text)
    import unicodedata

    return any(not c.isspace() and unicodedata.category(c) not in _DRAW_NOTHING for c in text)


_DRAW_NOTHING = frozenset({"Cf", "Mn", "Me", "Zl", "Zp", "Cc", "Cs"})


def ascii_digits(text: str) -> str:
    """Digits of any script (Arabic-Indic ٢٠٢٤, full-width ２０２４, Myanmar ၂၀၂၄) as 0-9: a date
    typed on any keyboard, or written on a page, is read in the one spelling check accepts."""
    if text.isascii():
        return text
    # A table of the digits the text holds, then one pass in C (a call a digit took 6 s on a page of megabytes)
    return text.translate({ord(c): str(unicodedata.decimal(c)) for c in set(text) if c.isdecimal() and not c.isascii()})


def with_article(noun: str) -> str:
    """The noun with its article: "a person", "an event", "an organisation"."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


# The bidi controls and line separators, which the edge escapes in a message; a message escapes the rest of CONTROLS
# past C1 itself, so that it shows them wherever it goes
_STEERING = re.compile("[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def quoted(value: object, width: int = 80) -> str:
    """A value from a file as a message quotes it back: in single quotes, and shortened, so that a
    message stays one readable line whatever the file holds."""
    # Characters that draw nothing (U+200B, U+FEFF...) are shown as escapes: a message never quotes
    # back '' for a value that is not empty. (The edge escapes control characters, bidi ones among them.)
    return "'" + "".join(visible_char(c) if c > "\x9f" and CONTROLS.match(c) and not _STEERING.match(c) else c
                         for c in shorten(str(value), width)) + "'"


def words_of(text: str) -> list[str]:
    """The words of a word list written as one string: a vocabulary kept readable in the source."""
    return text.split()


# Scripts written without spaces between words: Han and kana run about two characters a word; Thai,
# Lao, Khmer, Myanmar and Tibetan syllables about five (Myanmar spaces phrases, not words).
_TWO_A_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_FIVE_A_WORD = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\uaa60-\uaa7f\ua9e0-\ua9ff]")


def word_count(text: str) -> int:
    """About how many words a text has, in any script: those between spaces, and in a run of a
    script written without spaces, its characters by the length of a word in it."""
    return sum(max(1, len(_TWO_A_WORD.findall(w)) // 2 + len(_FIVE_A_WORD.findall(w)) // 5) for w in text.split())


def codec(label: str) -> str | None:
    """Python's name for the encoding a label (from a web server, a page, a file) names; None when
    Python knows none by it, or the label could name none (a NUL in it: codecs raises ValueError)."""
    import codecs

    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):
        return None


def whole_number(text: str, most: int = 18) -> int | None:
    """`text` as a whole number when it is one of at most `most` decimal digits (of any script); None for
    anything else: a sign, a space, "²" (a digit to str.isdigit, but no number to int), or more digits
    than int() reads (4,300) or than any count holds."""
    return int(text) if 0 < len(text) <= most and text.isdecimal() else None
