"""A fast reader for the plain YAML that fact files are written in; anything else goes to libyaml.

Reading libyaml's events from Python costs about as much as PyYAML's whole CSafeLoader, and a first
build of a large fact base is mostly that (issue 6). Fact files use a small, regular part of YAML:
block mappings and sequences indented with spaces, `key: value` lines, one-line flow lists and
mappings, plain, single- and double-quoted scalars, comments. This module reads exactly that part,
line by line, into the same tree yamltree builds, with the same line numbers, and gives up (returns
None) at the first thing outside it, so yamltree.parse reads the file with libyaml instead and
reports any error itself. tests/test_fastyaml.py checks the two agree, on fact files and on
generated ones.
"""

from __future__ import annotations

import json
import re

from .yamltree import MAX_DEPTH, Map, Node, Scalar, Seq

NO_GAP, TRAILING, BLANK = -3, -2, -1
Line = tuple[int, str, int, int, str, str, str]


class _Unsure(Exception):
    """Outside the subset read here: let libyaml read the file."""


# Outside the subset: tabs, characters YAML refuses, line breaks other than \n (\r, U+0085, U+2028/9), BOMs.
_UNUSUAL = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
# One match per line, in order (empty lines too); a group that did not take part is "".
LINE_PARTS = r"^( *)((- +)?(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|$))?(.*))$"
try:  # the same with possessive quantifiers (Python 3.11+): no line needs backtracking, and this
    # splitting is a tenth of a first build
    _LINES = re.compile(r"^( *+)((- ++)?+(?:([A-Za-z_][A-Za-z0-9_-]*+):(?: ++|$))?+(.*+))$", re.MULTILINE)
except re.error:  # pragma: no cover - Python 3.10
    _LINES = re.compile(LINE_PARTS, re.MULTILINE)
_DQ = re.compile(r'"((?:[^"\\]|\\["\\/nt])*)"')
_SQ = re.compile(r"'((?:[^']|'')*)'")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_PLAIN = re.compile(r"[^\s,\[\]{}#\"'&*!|>%@`?:-][^,\[\]{}#]*?(?=\s*[,\]}])")
_FLOW_KEY = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_-]*): +")
_SEP = re.compile(r"\s*([,\]}])")


def parse(text: str) -> Node | None:
    """The tree of `text`, or None if it is not in the subset (or not a mapping or list)."""
    if _UNUSUAL.search(text):
        return None
    # (indent, content, line number, gap before it, dash, key, rest): gap is NO_GAP, TRAILING (the
    # line ends in spaces), BLANK, or the deepest indent of a comment line before it (a block scalar
    # would have taken a deeper "#" line as text); dash and key are "" when absent. One regex splits
    # every line, in C; the loops below only look at its parts.
    lines: list[Line] = []
    append = lines.append
    gap = NO_GAP
    for number, (indent, content, dash, key, rest) in enumerate(_LINES.findall(text), 1):
        if content and content[-1] != " " and content[0] not in "#.%" and not content.startswith("---"):
            append((len(indent), content, number, gap, dash, key, rest))  # the usual line, tested first
            gap = NO_GAP
            continue
        trailing = content.endswith(" ")
        if trailing:
            content, rest = content.rstrip(" "), rest.rstrip(" ")
        if not content:
            gap = max(gap, BLANK)
            continue
        if content[0] == "#":
            gap = max(gap, len(indent))
            continue
        if content.startswith(("---", "...", "%")):
            return None  # document markers and directives
        if trailing and gap == NO_GAP:
            gap = TRAILING  # trailing spaces are text inside a block scalar
        append((len(indent), content, number, gap, dash, key, rest))
        gap = NO_GAP
    if not lines or lines[0][0] != 0:
        return None
    lines.append((-1, "", 0, gap, "", "", ""))  # the end: its gap may hold a block scalar's last "#" line
    try:
        root, end = _node(lines, 0, 0, 0)
    except _Unsure:
        return None
    return root if end == len(lines) - 1 else None


def _node(lines: list[Line], i: int, indent: int, depth: int) -> tuple[Node, int]:
    if depth >= MAX_DEPTH:
        raise _Unsure  # libyaml's reader reports it
    if lines[i][4] or lines[i][1] == "-":
        return _seq(lines, i, indent, depth + 1)
    return _map(lines, i, indent, depth + 1)


def _map(lines: list[Line], i: int, indent: int, depth: int) -> tuple[Map, int]:
    node = Map(lines[i][2])
    keys = node.keys
    items = node.items
    while lines[i][0] == indent:
        _, _, number, _, dash, key, rest = lines[i]
        if not key or dash or key in keys:
            raise _Unsure
        keys.add(key)
        i += 1
        if not rest:
            if lines[i][0] > indent:
                value, i = _node(lines, i, lines[i][0], depth)
            else:
                raise _Unsure  # an empty value, or a list at the key's own indent
        elif rest[0] == '"' and rest[-1] == '"' and len(rest) > 1 and '"' not in rest[1:-1] and "\\" not in rest:
            value = Scalar(number, rest[1:-1], False)  # the commonest values, inlined: this loop is hot
        elif (lines[i][0] <= indent and rest[0] not in _PLAIN_START and rest[-1] != ":" and ": " not in rest
              and " #" not in rest):
            value = Scalar(number, rest, True)  # a plain scalar on one line: what _plain accepts
        else:
            value, i = _value(lines, i, rest, number, indent)
        items.append((key, number, value))
    if lines[i][0] > indent:
        raise _Unsure
    return node, i


def _seq(lines: list[Line], i: int, indent: int, depth: int) -> tuple[Seq, int]:
    node = Seq(lines[i][2])
    items = node.items
    while lines[i][0] == indent:
        _, content, number, _, dash, key, rest = lines[i]
        if not dash or (not rest and not key):
            raise _Unsure
        value: Node
        if key:
            # A mapping that starts on the dash's line, at the column after the dash.
            lines[i] = (indent + len(dash), content[len(dash):], number, NO_GAP, "", key, rest)
            if depth + 1 >= MAX_DEPTH:
                raise _Unsure
            value, i = _map(lines, i, indent + len(dash), depth + 1)
        else:
            value, i = _value(lines, i + 1, rest, number, indent)
        items.append(value)
    if lines[i][0] > indent:
        raise _Unsure
    return node, i


def _value(lines: list[Line], i: int, text: str, number: int,
           parent: int) -> tuple[Node, int]:
    """The scalar or flow collection `text` on line `number`; a plain scalar may go on below."""
    first = text[0]
    if first == "[" or first == "{":
        node, end = _flow(text, 0, number)
        _rest(text[end:])
        return node, i
    if first == '"' or first == "'":
        if text[-1] == first and len(text) > 1 and first not in text[1:-1] and "\\" not in text:
            return Scalar(number, text[1:-1], False), i  # the usual case, without a regex
        node, end = _quoted(text, 0, number)
        _rest(text[end:])
        return node, i
    if text in (">", ">-", "|", "|-"):
        return _block(lines, i, text, number, parent)
    parts = [_plain(text)]
    while lines[i][0] > parent:  # a plain scalar folded over several lines
        if lines[i][3] not in (NO_GAP, TRAILING):
            raise _Unsure
        parts.append(_plain(lines[i][1]))
        i += 1
    return Scalar(number, " ".join(parts), True), i


def _block(lines: list[Line], i: int, header: str, number: int, parent: int) -> tuple[Node, int]:
    """A `>`, `>-`, `|` or `|-` scalar whose lines all share one indent, with no gaps inside."""
    start = i
    while lines[i][0] > parent:
        if lines[i][3] != NO_GAP or lines[i][0] != lines[start][0]:
            raise _Unsure  # blank lines, comments, trailing or extra indentation: libyaml's rules
        i += 1
    if i == start or lines[i][3] > parent:
        raise _Unsure
    texts = [line[1] for line in lines[start:i]]
    value = (" " if header[0] == ">" else "\n").join(texts) + ("" if header.endswith("-") else "\n")
    return Scalar(number, value, False), i


def _plain(text: str) -> str:
    if text[0] in _PLAIN_START or ": " in text or text.endswith(":") or " #" in text:
        raise _Unsure
    return text


def _rest(text: str) -> None:
    if text and not (text[0] == " " and text.lstrip(" ").startswith("#")):
        raise _Unsure


def _quoted(text: str, pos: int, number: int) -> tuple[Scalar, int]:
    if text[pos] == '"':
        match = _DQ.match(text, pos)
        if match is None:
            raise _Unsure
        value = json.loads(match.group(0), strict=False) if "\\" in match.group(1) else match.group(1)
    else:
        match = _SQ.match(text, pos)
        if match is None:
            raise _Unsure
        value = match.group(1).replace("''", "'")
    return Scalar(number, value, False), match.end()


def _flow(text: str, pos: int, number: int) -> tuple[Node, int]:
    """A one-line `[a, "b"]` or `{k: v}` of scalars starting at text[pos]."""
    closing = "]" if text[pos] == "[" else "}"
    node: Seq | Map = Seq(number) if closing == "]" else Map(number)
    pos += 1
    if text.startswith(closing, pos):
        return node, pos + 1
    while True:
        key = ""
        if isinstance(node, Map):
            found = _FLOW_KEY.match(text, pos)
            if found is None or found.group(1) in node.keys:
                raise _Unsure
            key = found.group(1)
            node.keys.add(key)
            pos = found.end()
        while text.startswith(" ", pos):
            pos += 1
        if pos >= len(text):
            raise _Unsure
        if text[pos] in "\"'":
            item, pos = _quoted(text, pos, number)
        else:
            match = _FLOW_PLAIN.match(text, pos)
            if match is None or ": " in match.group(0) or match.group(0).endswith(":"):
                raise _Unsure
            item, pos = Scalar(number, match.group(0), True), match.end()
        if isinstance(node, Map):
            node.items.append((key, number, item))
        else:
            node.items.append(item)
        sep = _SEP.match(text, pos)
        if sep is None:
            raise _Unsure
        pos = sep.end()
        if sep.group(1) == closing:
            return node, pos
        if sep.group(1) != ",":
            raise _Unsure
