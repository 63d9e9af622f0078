"""The text a user gives `verify`: an argument, standard input or a file, taken as UTF-8 text or
refused in one line (UsageError, exit 2) naming where it came from.

A draft is at most MAX_BYTES: a long report fits, and checking more at once would only make the
answer slow to come and hard to read (split a book into chapters).
"""

from __future__ import annotations

from pathlib import Path

from ...errors import UsageError

MAX_BYTES = 256 * 1024
_TOO_BIG = f"is larger than {MAX_BYTES >> 10} KiB; check a draft a part at a time"


def from_bytes(data: bytes, name: str) -> str:
    """`data` (read from `name`, "-" for standard input) as text; at most MAX_BYTES + 1 of it read."""
    if len(data) > MAX_BYTES:
        raise UsageError(f"{name}: {_TOO_BIG}")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise UsageError(f"{name}: contains a NUL character; not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: is not UTF-8 text (byte {exc.start + 1} cannot be read); save it as UTF-8") from None
    return checked(text, name)


def from_file(path: Path) -> str:
    """The text of the file `path`."""
    shown = str(path)
    try:
        if path.is_dir():
            raise UsageError(f"--file: '{shown}' is a directory; give a text file")
        if not path.exists():
            raise UsageError(f"--file: '{shown}' does not exist")
        if not path.is_file():
            raise UsageError(f"--file: '{shown}' is not a regular file")
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"--file: cannot read '{shown}' ({exc.strerror or exc})") from None
    return from_bytes(data, shown)


def checked(text: str, name: str) -> str:
    """`text` with its line ends made LF; refused when it is too long or has nothing in it."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise UsageError(f"{name}: {_TOO_BIG}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UsageError(f"{name}: the text is empty; give a sentence to check")
    return text
