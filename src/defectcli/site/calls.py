"""The SQL functions `serve --sql` runs in Python: those whose one call, or many calls in one row, the
time limit cannot stop.

Datasette's time limit is a progress handler SQLite calls every 1,000 virtual-machine steps. A row
of 30 columns (or one expression of 200 terms) is fewer steps than that, and the calls in it run one
after another: SQLite's own trim(X, Y) compares every character of X with every character of Y (10 s
at the value cap), replace(), instr() and LIKE search naively (0.3 s a call). So on each connection:

- trim/ltrim/rtrim with a character set and replace() are linear here (a set of characters; Python's
  own search) once a call is more than a small amount of work; smaller calls go to SQLite's own;
- printf(), instr() (printf.py), LIKE and GLOB go through here too;
- every one of them first looks at the clock: once the statement has run past the time limit, it
  interrupts it, and the request is answered as any query over the limit is ("SQL query took too long").

A Python function cannot choose SQLite's message when it fails, so the reason is kept on the
connection and put back by `explain` ("LIKE or GLOB pattern too complex", "string or blob too big").
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import printf

# Below this many character comparisons (a millisecond or so), SQLite's own function answers.
SMALL = 1_000_000
_SQLITE_LIMIT_LIKE_PATTERN_LENGTH = 8
_FAILED = "user-defined function raised exception"
clock = time.monotonic  # a test sets the clock past the limit


@dataclass
class _Statement:
    started: float = 0.0
    reason: str | None = None


# By connection (which takes no weak reference); Datasette keeps a connection for the life of the server.
_statements: dict[int, _Statement] = {}


class Refused(Exception):
    """A call failed for the reason kept on its connection (Datasette has SQLite report it as unraisable:
    serve's stderr drops it, logs.py)."""


def install(conn: sqlite3.Connection, limit_ms: int, max_value: int, max_pattern: int) -> None:
    """Put this module's functions on `conn`, each stopping the statement past `limit_ms`."""
    state = _statements[id(conn)] = _Statement()
    conn.set_trace_callback(lambda sql: _begin(state))  # called as each statement starts
    private = {"length": max_value, "pattern": max_pattern}

    def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            if clock() - state.started > limit_ms / 1000:
                conn.interrupt()  # SQLite stops at its next step: "interrupted"
                return None
            try:
                return fn(*args)
            except sqlite3.Error as exc:  # from SQLite's own function: keep its words
                state.reason = str(exc)
            except OverflowError:
                state.reason = "string or blob too big"
            raise Refused

        return call

    def native(sql: str, *args: Any) -> Any:
        conn = printf._private(private["length"])
        conn.setlimit(_SQLITE_LIMIT_LIKE_PATTERN_LENGTH, private["pattern"])  # type: ignore[attr-defined]
        return conn.execute(sql, args).fetchone()[0]

    functions: list[tuple[str, int, Callable[..., Any]]] = [
        ("printf", -1, printf.bounded(max_value)), ("format", -1, printf.bounded(max_value)),
        ("instr", 2, printf.instr),
        ("like", 2, lambda p, v: native("SELECT like(?, ?)", p, v)),
        ("like", 3, lambda p, v, e: native("SELECT like(?, ?, ?)", p, v, e)),
        ("glob", 2, lambda p, v: native("SELECT glob(?, ?)", p, v)),
        ("replace", 3, lambda x, y, z: replace(native, max_value, x, y, z))]
    for name in ("trim", "ltrim", "rtrim"):
        functions.append((name, 2, _trimming(name, native)))
    for name, arity, fn in functions:
        conn.create_function(name, arity, guarded(fn), deterministic=True)


def _begin(state: _Statement) -> None:
    state.started = clock()
    state.reason = None


def explain(conn: sqlite3.Connection, exc: sqlite3.Error) -> sqlite3.Error:
    """`exc` with the reason one of this module's functions failed, in place of SQLite's word for any
    Python function that fails."""
    state = _statements.get(id(conn))
    if state is None or state.reason is None or exc.args != (_FAILED,):
        return exc
    return type(exc)(state.reason)


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes)) else 32  # a number as text is short


def _as_text(value: Any, native: Callable[..., Any]) -> str | bytes:
    """The text SQLite reads from a value: str and bytes as they are, a number as SQLite writes it."""
    return value if isinstance(value, (str, bytes)) else str(native("SELECT CAST(? AS TEXT)", value))


def _str(value: str | bytes) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _trimming(name: str, native: Callable[..., Any]) -> Callable[..., Any]:
    """SQLite's trim(X, Y) (ltrim, rtrim): X less the characters of Y at its start and/or end."""

    def trim(text: Any, chars: Any) -> Any:
        if text is None or chars is None or _size(text) * _size(chars) <= SMALL:
            return native(f"SELECT {name}(?, ?)", text, chars)
        x, drop = _str(_as_text(text, native)), set(_str(_as_text(chars, native)))
        start, end = 0, len(x)
        if name != "rtrim":
            while start < end and x[start] in drop:
                start += 1
        if name != "ltrim":
            while end > start and x[end - 1] in drop:
                end -= 1
        return x[start:end]

    return trim


def replace(native: Callable[..., Any], limit: int, text: Any, old: Any, new: Any) -> Any:
    """SQLite's replace(X, Y, Z): every Y in X (compared byte by byte, as SQLite does) made Z."""
    if text is None or old is None or new is None or _size(text) * _size(old) <= SMALL:
        return native("SELECT replace(?, ?, ?)", text, old, new)
    x, y, z = (_bytes(_as_text(v, native)) for v in (text, old, new))
    if len(x) + x.count(y) * (len(z) - len(y)) > limit:
        raise OverflowError  # SQLite's "string or blob too big"
    return x.replace(y, z).decode("utf-8", "replace")


def _bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value
