"""SQLite's printf(), format() and instr() for `serve --sql`, without loops no time limit stops.

`printf('%.*c', 2000000000, 'x')` repeats a character as often as its precision says, one append at a
time, long after the result has passed the length limit; it then answers NULL. That loop runs inside
one function call, where the time limit cannot stop it (about 12 s for 2e9). So the two functions are
replaced on each connection by one that answers NULL at once where SQLite would repeat a %c past the
length limit, and otherwise hands the call to SQLite's own printf on a private in-memory connection.

instr() searches naively: at the value cap one call takes about 0.4 s, and one row may call it many
times between two checks of the time limit. Python's str.find does the same search in linear time.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

# A conversion: %, flags, width (digits or *), precision (. then digits or *), size (ignored), type.
_SPEC = re.compile(r"%[-+ 0#!,]*(\*|[0-9]+)?(?:\.(\*|[0-9]*))?(?:ll|l)?(.)?", re.DOTALL)
_INT64 = (-(1 << 63), (1 << 63) - 1)
_LIMIT_LENGTH = 0  # sqlite3.SQLITE_LIMIT_LENGTH from Python 3.11
_own = threading.local()  # each of Datasette's threads uses its own connections


def bounded(limit: int) -> Callable[..., Any]:
    """printf() as SQLite's, except that a %c repeated more than `limit` times is NULL at once."""

    def printf(*args: Any) -> Any:
        if args and _repeats_past(args[0], args[1:], limit):
            return None
        return _private(limit).execute(f"SELECT printf({', '.join('?' * len(args))})", args).fetchone()[0]

    return printf


def _private(limit: int | None = None) -> sqlite3.Connection:
    """This thread's in-memory connection, for SQLite's own functions on values checked here."""
    conn: sqlite3.Connection | None = getattr(_own, "conn", None)
    if conn is None:
        conn = _own.conn = sqlite3.connect(":memory:")
    if limit is not None:
        conn.setlimit(_LIMIT_LENGTH, limit)  # type: ignore[attr-defined]  # Python 3.11+, as --sql needs
    return conn


def _repeats_past(fmt: Any, args: tuple[Any, ...], limit: int) -> bool:
    """Whether `fmt` has a %c whose precision (the times it is repeated) is over `limit`."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    if not isinstance(fmt, str):
        return False
    used = 0
    for spec in _SPEC.finditer(fmt):
        width, precision, kind = spec.groups()
        if width == "*":
            used += 1
        if precision == "*":
            times = _star(args[used]) if used < len(args) else 0
            used += 1
        else:  # as printf.c reads digits: into 32 bits, then 31 (10**32 is a multiple of 2**32: the last 32 digits)
            times = (int((precision or "0")[-32:]) & 0xFFFFFFFF) & 0x7FFFFFFF
        if kind == "c" and times > limit:
            return True
        if kind not in ("%", "n", None):  # %% and %n take no argument
            used += 1
    return False


def _star(value: Any) -> int:
    """The precision printf.c takes from an argument: read as a 64-bit integer, cut to 32 bits, made positive."""
    if isinstance(value, float):
        number = 0 if math.isnan(value) else int(value) if math.isfinite(value) else int(math.copysign(1 << 63, value))
    elif isinstance(value, int):
        number = value
    else:  # text (or a blob) as SQLite reads an integer from it: its leading digits, else 0
        found = re.match(r"[ \t\n\f\r]*([-+]?)0*([0-9]{1,20})([0-9]*)",
                         value.decode("latin-1") if isinstance(value, bytes) else str(value or ""))
        # (more than 20 digits is past 64 bits, where SQLite stops: int() would refuse 4,300)
        number = 0 if not found else int(found[1] + found[2]) if not found[3] else _INT64[found[1] != "-"]
    number = max(min(number, _INT64[1]), _INT64[0]) & 0xFFFFFFFF
    number = number - (1 << 32) if number >= 1 << 31 else number
    return -number if number < 0 else number



def instr(haystack: Any, needle: Any) -> int | None:
    """SQLite's instr(): the 1-based place of `needle` in `haystack` (in bytes when both are blobs,
    else in characters), 0 when absent, NULL when either is NULL. Text and blobs are searched here;
    anything else (numbers, NULL: short) goes to SQLite's own instr."""
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    if isinstance(haystack, (str, bytes)) and isinstance(needle, (str, bytes)):
        return _text(haystack).find(_text(needle)) + 1
    return _private().execute("SELECT instr(?, ?)", (haystack, needle)).fetchone()[0]  # type: ignore[no-any-return]


def _text(value: str | bytes) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
