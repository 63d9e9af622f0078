"""The text a user gives `verify`: an argument, standard input or a file, taken as UTF-8 text or
refused in one line (UsageError, exit 2) naming where it came from.

A draft is at most MAX_BYTES: a long feature (about 10,000 words) fits, and is checked in a few seconds
(64 KiB of the densest claims, an age in every short sentence: about 4 s here); more at once would make
the answer slow to come (256 KiB took 17-35 s, and an MCP server answers nothing else meanwhile) and
hard to read (split a report into chapters).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

from ...errors import UsageError

MAX_BYTES = 64 * 1024
_TOO_BIG = f"is larger than {MAX_BYTES >> 10} KiB; check a draft a part at a time"


def from_bytes(data: bytes, name: str) -> str:
    """`data` (read from `name`, "-" for standard input) as text; at most MAX_BYTES + 1 of it read."""
    if len(data) > MAX_BYTES:
        raise UsageError(f"{name}: {_TOO_BIG}")
    if b"\x00" in data:
        raise UsageError(f"{name}: contains a NUL character; not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: is not UTF-8 text (byte {exc.start + 1} cannot be read); save it as UTF-8") from None
    return checked(text, name)


def from_file(path: Path) -> str:
    """The text of the file `path`."""
    with opened(path) as fh:
        data = read(fh, MAX_BYTES + 1, path)
    return from_bytes(data, str(path))


def opened(path: Path) -> BinaryIO:
    """The file `path` open to be read (as bytes), or one line saying why it cannot be."""
    shown = str(path)
    try:
        if path.is_dir():
            raise UsageError(f"--file: '{shown}' is a directory; give a text file")
        if not path.exists():
            raise UsageError(f"--file: '{shown}' does not exist")
        if not path.is_file():
            raise UsageError(f"--file: '{shown}' is not a regular file")
        return path.open("rb")
    except OSError as exc:
        raise UsageError(cannot_read(path, exc)) from None


def read(fh: BinaryIO, size: int, path: Path, line: bool = False) -> bytes:
    """At most `size` bytes of the file `path` (up to a newline, with `line`); a failure is one line."""
    try:
        return fh.readline(size) if line else fh.read(size)
    except OSError as exc:
        raise UsageError(cannot_read(path, exc)) from None


def cannot_read(path: Path, exc: OSError) -> str:
    return f"--file: cannot read '{path}' ({exc.strerror or exc})"


# What word processors, e-mail and web pages put in text that a reader does not see or sees as a space: soft hyphens,
# zero-width characters, byte-order marks, direction marks; no-break, thin and other spaces, tabs, runs of spaces
_UNSEEN = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_WIDE_COMMA = re.compile("(?<=\\d)\uff0c(?=\\d{3})")
# Line and paragraph separators and NEL are white space inside a line: a line is what ends at \n (\r\n, or a lone \r,
# as add-source keeps an article), so a claim's line is the file's, as check and draft count it, and a quotation runs
# on past them as draft reads it (re-run 163 A2: a claim on line 4 of a 2-line file; a quotation cut at U+2028).
_LINES = str.maketrans({"\u2028": " ", "\u2029": " ", "\x85": " ", "\u02bc": "’"})  # (ʼ: an apostrophe)


def _space(m: re.Match[str]) -> str:
    """One space, but for a no-break or thin space between digits, which groups them: "12\u2009341"."""
    one, at, end = m.group(), m.start(), m.end()
    grouping = len(one) == 1 and one in "\u00a0\u2007\u2009\u202f" and at > 0 and end < len(m.string) and \
        m.string[at - 1].isdecimal() and m.string[end].isdecimal()
    return one if grouping else " "


def checked(text: str, name: str) -> str:
    """`text` as a reader sees it (line ends LF, composed accents, no unseen characters, one space for any run of
    spaces), so that a claim reads the same however it was typed; refused when it is too long or has nothing in it."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise UsageError(f"{name}: {_TOO_BIG}")
    if "\x00" in text:  # (as a file or standard input: the API and the MCP tool take a str)
        raise UsageError(f"{name}: contains a NUL character; not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINES)
    text = _SPACES.sub(_space, _UNSEEN.sub("", unicodedata.normalize("NFC", text)))
    text = _WIDE_COMMA.sub(",", text)  # "12，341": a full-width comma that groups digits
    if not text.strip():
        raise UsageError(f"{name}: the text is empty; give a sentence to check")
    return text
