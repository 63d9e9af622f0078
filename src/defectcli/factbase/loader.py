"""Read facts/*.yaml into models. Every problem is reported as file:line: message.

The loader is strict on purpose: unknown fields are errors (a typo must not drop a fact), numbers
must look like numbers in every YAML version, and text stays exactly as written.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import FactBaseError, Problem
from ..text import quoted, shorten, suggest, with_article
from . import yamltree
from .files import fact_files
from .models import KINDS, LARGEST, FactBase, Loc
from .walk import field_types
from .yamltree import Map, Node, Scalar, Seq

MAX_FILE_BYTES = 32 * 1024 * 1024

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_NULLS = {"", "~", "null", "Null", "NULL"}
_YAML11_BOOLS = {"yes", "no", "on", "off", "y", "n", "true", "false"}


class _Bad(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line, self.message = line, message


# ---------------------------------------------------------------- files


def read_text(path: Path) -> str:
    """A fact file's text; refuses what is not a regular, readable, UTF-8 file of sane size."""
    shown = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not hang; fstat then tells us what we really opened.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _file_problem(shown, f"cannot be opened ({exc.strerror})") from None
    try:
        # fstat first: a directory (or a link to one) opens, but os.fdopen refuses it.
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _file_problem(shown, "is a directory, not a fact file")
        if not stat.S_ISREG(info.st_mode):
            raise _file_problem(shown, "is not a regular file")
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        if info.st_size > MAX_FILE_BYTES:
            raise _file_problem(shown, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        try:
            # What fstat says, not MAX_FILE_BYTES (read(n) allocates n bytes first); a file that grew is read on.
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
                if len(data) > MAX_FILE_BYTES:
                    raise _file_problem(shown, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        except OSError as exc:  # EIO from a failing disk, EISDIR on odd file systems
            raise _file_problem(shown, f"cannot be read ({exc.strerror})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactBaseError([Problem(shown, line, "is not valid UTF-8 text (save it as UTF-8)")]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FactBaseError([Problem(shown, line, "contains a NUL character; not a text file")])
    return text


def _file_problem(shown: str, message: str) -> FactBaseError:
    return FactBaseError([Problem(shown, 0, message)])


# ---------------------------------------------------------------- one file


# What could not be read: (kind, id) of a record that failed, (None, id) of a record in an unknown
# section, (None, None) for a file (or part of one) whose ids cannot be known. References to them
# are held back (store/cache/references.py): the problem that made them unreadable is the one to report.
Unread = list[tuple[str | None, str | None]]


def parse_file(text: str, shown: str, unread: Unread | None = None) -> tuple[dict[str, list[Any]], list[Problem]]:
    """Records of each kind in one file's text, and the problems found in it; what could not be
    read is added to `unread`."""
    records: dict[str, list[Any]] = {}
    _, problems = stream_file(text, shown, lambda key, rec: records.setdefault(key, []).append(rec), unread)
    return records, problems


def stream_file(text: str, shown: str, each: Callable[[str, Any], None],
                unread: Unread | None = None) -> tuple[bool, list[Problem]]:
    """Hand each record of one file's text to each(kind, record), in file order, as soon as it is
    read (neither its tree nor the whole file's is kept); returns whether the text was YAML at all
    (if not, what `each` was given is void) and the problems found in it. What could not be read is
    added to `unread`."""
    lost: Unread = [] if unread is None else unread
    problems: list[Problem] = []

    def item(key: str, node: Node) -> None:
        cls = KINDS.get(key)
        if cls is None:  # an unknown section: reported once, below; its ids are lost
            lost.append((None, _id_of(node)))
            return
        try:
            each(key, _record(node, cls, shown))
        except _Bad as bad:
            problems.append(Problem(shown, bad.line, bad.message))
            rid = _id_of(node)
            if rid is not None:
                lost.append((cls.__name__.lower(), rid))
            elif "id" in _schema(cls)[0]:  # a record others could name, but which id is not known
                lost.append((None, None))

    try:
        root = yamltree.parse(text, item)
    except yamltree.TreeError as exc:
        lost.append((None, None))
        return False, [Problem(shown, exc.line, exc.message)]
    if root is None:
        return True, [Problem(shown, 1, "file is empty; a fact file holds lists such as 'people:'")]
    if not isinstance(root, Map):
        lost.append((None, None))
        return True, [Problem(shown, root.line, "expected lists under keys such as 'people:' at the top of the file")]
    for key, line, node in root.items:
        if key not in KINDS:
            problems.append(Problem(shown, line, f"unknown section {quoted(key)}{suggest(key, KINDS)}"))
            if not isinstance(node, Seq):
                lost.append((None, None))
            continue
        if isinstance(node, Scalar) and node.plain and node.value in _NULLS:
            continue
        if not isinstance(node, Seq):
            problems.append(Problem(shown, node.line, f"{quoted(key)} must be a list of records, not {yamltree.describe(node)}"))
            lost.append((None, None))
            continue
        for scalar in node.items:  # what is left in a list is not a record (a scalar): reported as such
            item(key, scalar)
    return True, problems


def _id_of(node: Node) -> str | None:
    """The id a record node was given, if it can be read at all."""
    if type(node) is Map:
        for key, _, child in node.items:
            if key == "id" and type(child) is Scalar and child.value:
                return child.value
    return None


def load_file(path: Path) -> tuple[dict[str, list[Any]], list[Problem]]:
    try:
        text = read_text(path)
    except FactBaseError as exc:
        return {}, exc.problems
    return parse_file(text, str(path))


def load(directory: Path) -> tuple[FactBase, list[Problem]]:
    """Every fact file in `directory`, merged, and every problem found while reading them."""
    merged: dict[str, list[Any]] = {k: [] for k in KINDS}
    problems: list[Problem] = []
    files = fact_files(directory)
    for path in files:
        records, found = load_file(path)
        problems.extend(found)
        for key, items in records.items():
            merged[key].extend(items)
    return merge(merged, [str(p) for p in files]), problems


def merge(records: dict[str, list[Any]], files: list[str]) -> FactBase:
    return FactBase(**{k: tuple(v) for k, v in records.items()}, files=tuple(files))


# ---------------------------------------------------------------- schema


@cache
def _schema(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    required = frozenset(f.name for f in dataclasses.fields(cls) if f.name != "loc" and
                         f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
    return field_types(cls), required


def _record(node: Node, cls: type, shown: str) -> Any:
    if type(node) is not Map:
        raise _Bad(node.line, f"expected {with_article(cls.__name__.lower())} record (key: value lines), "
                              f"got {yamltree.describe(node)}")
    readers, required = _SHAPES.get(cls) or _shape(cls)
    values: dict[str, Any] = {}
    for key, line, child in node.items:
        read = readers.get(key)
        if read is None:
            raise _Bad(line, f"unknown field {quoted(key)} in {cls.__name__.lower()}{suggest(key, readers)}")
        value = read(child, key, shown)
        if value is not None:
            values[key] = value
    if not required <= values.keys():
        missing = sorted(required - values.keys())
        raise _Bad(node.line, f"{cls.__name__.lower()} is missing required field {quoted(missing[0])}")
    return cls(**values, loc=Loc(shown, node.line))


Reader = Callable[[Node, str, str], Any]
# Per model: a reader per field, and the required fields.
Shape = tuple[dict[str, Reader], frozenset[str]]
_SHAPES: dict[type, Shape] = {}


def _shape(cls: type) -> Shape:
    """Built once per model from its type hints (hints are slow to inspect)."""
    fields, required = _schema(cls)
    found = _SHAPES[cls] = ({name: _reader(hint) for name, hint in fields.items()}, required)
    return found


def _read_text(node: Node, key: str, shown: str) -> str | None:
    """The commonest reader, in one call: a build reads every text field of every record."""
    if type(node) is Scalar:
        return None if node.plain and node.value in _NULLS else node.value
    raise _Bad(node.line, f"{quoted(key)} must be text, not {yamltree.describe(node)}")


def _reader(hint: Any) -> Reader:
    """A function reading one node as `hint`; null reads as None whatever the hint."""
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if options == [str, int, float]:
            return _nullable(lambda node, key, shown: _scalar(node, key))
        if options == [int, float]:
            return _nullable(lambda node, key, shown: _number(node, key))
        (hint,) = options
        return _reader(hint)  # which reads null as None itself
    if hint is str:
        return _read_text
    if origin is tuple:
        item = _reader(args[0])

        def read_list(node: Node, key: str, shown: str) -> Any:
            if isinstance(node, Seq):
                if None in (items := tuple([item(i, key, shown) for i in node.items])):  # "themes: [null]", a bare "- "
                    raise _Bad(node.items[items.index(None)].line, f"{quoted(key)} has an empty item (null) in its list; "
                               "remove it or write a value")
                return items
            if isinstance(node, Map):
                raise _Bad(node.line, f"{quoted(key)} must be a list, not a mapping")
            if node.plain and node.value in _NULLS:
                return None
            raise _Bad(node.line, f"{quoted(key)} must be a list (write [] for none), not {yamltree.describe(node)}")
        return read_list
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        cls = hint

        def read_record(node: Node, key: str, shown: str) -> Any:
            if type(node) is Scalar and node.plain and node.value in _NULLS:
                return None
            return _record(node, cls, shown)
        return read_record
    if hint is int:
        return _nullable(_whole)
    if hint is bool:
        return _nullable(lambda node, key, shown: _bool(node, key))
    raise AssertionError(f"no reader for {hint!r}")  # pragma: no cover - a models.py bug


def _nullable(inner: Reader) -> Reader:
    def read(node: Node, key: str, shown: str) -> Any:
        if type(node) is Scalar and node.plain and node.value in _NULLS:
            return None
        return inner(node, key, shown)
    return read


def _whole(node: Node, key: str, shown: str) -> int:
    value = _number(node, key)
    if not isinstance(value, int):
        raise _Bad(node.line, f"{quoted(key)} must be a whole number")
    return value


def _number(node: Node, key: str) -> int | float:
    if not isinstance(node, Scalar):
        raise _Bad(node.line, f"{quoted(key)} must be a number, not {yamltree.describe(node)}")
    raw = node.value
    if not node.plain:
        raise _Bad(node.line, f"{quoted(key)} must be a number, not quoted text \"{shorten(raw, 80)}\"")
    if _NUMBER.fullmatch(raw):
        # Bounded before it is read: Python reads no int of over 4300 digits, SQLite stores none from 2**63.
        if len(raw.lstrip("-").split(".")[0]) > 16 or abs(value := float(raw) if "." in raw else int(raw)) > LARGEST:
            raise _Bad(node.line, f"{quoted(key)}: {quoted(shorten(raw, 40))} is too large a number for a fact base "
                                  f"(at most ±{LARGEST:,})")
        return value
    raise _Bad(node.line, f"{quoted(key)}: {yamltree.why_not_number(raw)}")


def _scalar(node: Node, key: str) -> str | int | float:
    """A value that is a number if written as a plain number, else text."""
    if not isinstance(node, Scalar):
        raise _Bad(node.line, f"{quoted(key)} must be text or a number, not {yamltree.describe(node)}")
    if node.plain and re.fullmatch(r"[-+.0-9][-+.0-9eE_:,]*", node.value):
        return _number(node, key)
    return node.value


def _bool(node: Node, key: str) -> bool:
    if isinstance(node, Scalar) and node.plain and node.value in ("true", "false"):
        return node.value == "true"
    shown = node.value if isinstance(node, Scalar) else yamltree.describe(node)
    if isinstance(node, Scalar) and node.value.lower() in _YAML11_BOOLS:
        raise _Bad(node.line, f"{quoted(key)}: {quoted(shown)} means different things in YAML 1.1 and 1.2; write true or false")
    raise _Bad(node.line, f"{quoted(key)} must be true or false, not {quoted(shown)}")


