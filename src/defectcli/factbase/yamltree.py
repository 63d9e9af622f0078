"""Parse YAML into a plain tree of nodes that keep their line numbers, and nothing more.

We read the parser's event stream ourselves instead of using a YAML loader, because loaders are
where YAML goes wrong for a fact base: tags can construct objects, aliases expand without bound,
duplicate keys silently overwrite, YAML 1.1 turns `no` into False and `0755` into 493, and the C
composer recurses on deep nesting until the process dies. Here scalars stay the text that was
written; the loader decides, per field, what a scalar may mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from ..text import quoted

try:  # libyaml's parser is ~5x faster; its events are the same
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_DEPTH = 32  # real fact files nest 5 deep; this stops runaway nesting long before any stack does


class TreeError(Exception):
    """YAML that cannot become a fact tree, at a 1-based line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class Scalar:
    __slots__ = ("line", "plain", "value")

    def __init__(self, line: int, value: str, plain: bool) -> None:
        self.line = line
        self.value = value
        self.plain = plain  # written without quotes, so YAML would have resolved its type


class Seq:
    __slots__ = ("items", "line")

    def __init__(self, line: int, items: list[Node] | None = None) -> None:
        self.line = line
        self.items: list[Node] = [] if items is None else items


class Map:
    __slots__ = ("items", "keys", "line", "pending")

    def __init__(self, line: int, items: list[tuple[str, int, Node]] | None = None) -> None:
        self.line = line
        self.items: list[tuple[str, int, Node]] = [] if items is None else items
        self.keys = set() if items is None else {key for key, _, _ in items}
        self.pending: tuple[str, int] | None = None


Node = Scalar | Seq | Map
_START: dict[type, type[Map] | type[Seq]] = {yaml.MappingStartEvent: Map, yaml.SequenceStartEvent: Seq}
_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def parse(text: str, on_item: Callable[[str, Node], None] | None = None) -> Node | None:
    """The single document in `text` as a tree, or None if it holds no document (empty, comments).

    With `on_item`, each mapping or list that is an item of a top-level list (a record under
    `people:`) is handed to on_item(key, item) as soon as it is complete, and not kept in the tree:
    a large file is never held as one tree. If the text turns out not to be YAML (TreeError), what
    was handed over so far is void."""
    root: Node | None = None
    stack: list[Seq | Map] = []
    documents = 0
    parser = _Parser(text)
    event: Any = None
    try:
        # Dispatch on the exact event class, and build plain slotted nodes: this loop runs once per
        # event of every fact file.
        while True:
            event = parser.get_event()  # typed loosely (Any): this loop is hot, and events vary
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                    _refuse(event)
                node: Node = Scalar(event.start_mark.line + 1, event.value, not event.style)
                if not stack:
                    root = node
                    continue
                parent: Any = stack[-1]
                if type(parent) is Seq:
                    parent.items.append(node)
                elif parent.pending is not None:  # a value: the common case, inlined
                    parent.items.append((*parent.pending, node))
                    parent.pending = None
                else:
                    _attach(parent, node)
            elif kind in _END:
                done = stack.pop()
                if len(stack) == 2 and on_item is not None and type(stack[1]) is Seq and type(stack[0]) is Map:
                    stack[1].items.pop()  # `done` is a record: handed over, not kept
                    on_item(stack[0].items[-1][0], done)
            elif kind in _START:
                if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                    _refuse(event)
                container: Seq | Map = _START[kind](event.start_mark.line + 1)
                if stack:
                    _attach(stack[-1], container)
                else:
                    root = container
                if len(stack) >= MAX_DEPTH:
                    raise TreeError(container.line, f"nesting deeper than {MAX_DEPTH} levels")
                stack.append(container)
            elif kind is yaml.AliasEvent:
                raise TreeError(_line(event), "YAML aliases (*name) are not allowed in fact files")
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise TreeError(_line(event), "more than one YAML document; a fact file holds one")
            elif kind is yaml.StreamEndEvent or event is None:
                break
    except yaml.MarkedYAMLError as exc:
        raise _invalid(exc, event) from None
    except yaml.reader.ReaderError as exc:  # a character YAML never allows: its line, from its place in the text
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else 0
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise TreeError(line, f"invalid YAML: the character U+{code:04X} is not allowed in a YAML file; inside "
                              f"double quotes, write it as \\u{code:04x}") from None
    except yaml.YAMLError as exc:
        raise TreeError(0, f"invalid YAML: {' '.join(str(exc).split())}") from None
    finally:
        parser.dispose()
    return root


def _invalid(exc: yaml.MarkedYAMLError, last: Any) -> TreeError:
    """The error at the line a person must fix. An unclosed quote is found only where the text runs
    out or stops making sense, often lines later: it is reported where the quote opens, when
    libyaml's marks show it (the quoted text it was scanning, or the quoted value it read last,
    which ran on to the line of the error)."""
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or "malformed YAML"
    at = mark.line + 1 if mark else 0
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        return TreeError(exc.context_mark.line + 1, f"invalid YAML: the quote that opens here is never closed ({what} "
                                                    f"at line {at})")
    begins, ends = getattr(last, "start_mark", None), getattr(last, "end_mark", None)
    if (isinstance(last, yaml.ScalarEvent) and last.style in ("'", '"') and mark is not None and begins is not None
            and ends is not None and begins.line < ends.line <= mark.line):
        return TreeError(begins.line + 1, f"invalid YAML: {what} at line {at}, where the quoted text that "
                                                   "opens here ends: is a closing quote missing?")
    return TreeError(at, f"invalid YAML: {what}")


def _line(event: yaml.Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 0


def _refuse(event: yaml.Event) -> None:
    line = _line(event)
    anchor, tag = getattr(event, "anchor", None), getattr(event, "tag", None)
    if anchor is not None:
        raise TreeError(line, f"YAML anchors (&{anchor}) are not allowed in fact files")
    raise TreeError(line, f"YAML tags ({tag}) are not allowed in fact files")


def _attach(parent: Seq | Map, node: Node) -> None:
    if isinstance(parent, Seq):
        parent.items.append(node)
        return
    if parent.pending is None:
        if not isinstance(node, Scalar):
            raise TreeError(node.line, "a mapping key must be plain text")
        if node.value in parent.keys:
            raise TreeError(node.line, f"duplicate key {quoted(node.value)} (YAML would keep only the last)")
        parent.keys.add(node.value)
        parent.pending = (node.value, node.line)
        return
    key, line = parent.pending
    parent.items.append((key, line, node))
    parent.pending = None


def describe(node: Node) -> str:
    """What a node is, in words for an error message."""
    if isinstance(node, Map):
        return "a mapping"
    if isinstance(node, Seq):
        return "a list"
    return "text" if not node.plain else quoted(node.value)


def why_not_number(raw: str) -> str:
    """Why a plain scalar where a number belongs is none: the YAML 1.1 readings that differ from 1.2, or no number."""
    if re.fullmatch(r"[-+]?0[0-9_]+", raw):
        return f"{quoted(raw)} has a leading zero, which YAML 1.1 reads as octal; write the number without it"
    if re.fullmatch(r"[-+]?[0-9.]+[eE][-+]?[0-9]+", raw):
        return f"{quoted(raw)} is exponent notation, text in YAML 1.1 and a number in YAML 1.2; write it out in full"
    if re.fullmatch(r"[-+]?[0-9]+(:[0-5]?[0-9])+", raw):
        return f"{quoted(raw)} is a base-60 number in YAML 1.1; write a plain number"
    if raw.lower() in {".nan", ".inf", "-.inf", "+.inf", "nan", "inf"}:
        return f"{quoted(raw)} is not a finite number"
    if "_" in raw or "," in raw:
        return f"{quoted(raw)}: write the number without separators"
    return f"{quoted(raw)} is not a number"
