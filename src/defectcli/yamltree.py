"""Parse YAML into a plain tree of nodes that keep their line numbers, and nothing more.

We read the parser's event stream ourselves instead of using a YAML loader, because loaders are
where YAML goes wrong for a fact base: tags can construct objects, aliases expand without bound,
duplicate keys silently overwrite, YAML 1.1 turns `no` into False and `0755` into 493, and the C
composer recurses on deep nesting until the process dies. Here scalars stay the text that was
written; the loader decides, per field, what a scalar may mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

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


@dataclass
class Scalar:
    line: int
    value: str
    plain: bool  # written without quotes, so YAML would have resolved its type


@dataclass
class Seq:
    line: int
    items: list[Node] = field(default_factory=list)


@dataclass
class Map:
    line: int
    items: list[tuple[str, int, Node]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    pending: tuple[str, int] | None = None


Node = Scalar | Seq | Map


def _line(event: yaml.Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 0


def parse(text: str) -> Node | None:
    """The single document in `text` as a tree, or None if it holds no document (empty, comments)."""
    root: Node | None = None
    stack: list[Seq | Map] = []
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Parser):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise TreeError(_line(event), "more than one YAML document; a fact file holds one")
                continue
            if isinstance(event, yaml.AliasEvent):
                raise TreeError(_line(event), "YAML aliases (*name) are not allowed in fact files")
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                continue
            line = _line(event)
            if event.anchor is not None:
                raise TreeError(line, f"YAML anchors (&{event.anchor}) are not allowed in fact files")
            if event.tag is not None and event.tag != "!":
                raise TreeError(line, f"YAML tags ({event.tag}) are not allowed in fact files")
            node: Node
            if isinstance(event, yaml.ScalarEvent):
                node = Scalar(line, event.value, plain=not event.style)
            elif isinstance(event, yaml.MappingStartEvent):
                node = Map(line)
            else:
                node = Seq(line)
            if not stack:
                root = node
            else:
                _attach(stack[-1], node)
            if not isinstance(node, Scalar):
                if len(stack) >= MAX_DEPTH:
                    raise TreeError(line, f"nesting deeper than {MAX_DEPTH} levels")
                stack.append(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "malformed YAML"
        raise TreeError(mark.line + 1 if mark else 0, f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise TreeError(0, f"invalid YAML: {exc}") from None
    return root


def _attach(parent: Seq | Map, node: Node) -> None:
    if isinstance(parent, Seq):
        parent.items.append(node)
        return
    if parent.pending is None:
        if not isinstance(node, Scalar):
            raise TreeError(node.line, "a mapping key must be plain text")
        if node.value in parent.keys:
            raise TreeError(node.line, f"duplicate key '{node.value}' (YAML would keep only the last)")
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
    return "text" if not node.plain else f"'{node.value}'"
