"""The fast reader agrees with libyaml's events on everything it reads, and declines the rest."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defectcli import fastyaml, yamltree
from defectcli.yamltree import Map, Scalar, Seq

ROOT = Path(__file__).resolve().parent.parent


def shape(node: Any) -> Any:
    """A node as plain data, line numbers and quoting included, for comparing two readers."""
    if node is None:
        return None
    if isinstance(node, Scalar):
        return ("scalar", node.line, node.value, node.plain)
    if isinstance(node, Seq):
        return ("seq", node.line, [shape(i) for i in node.items])
    assert isinstance(node, Map)
    return ("map", node.line, [(k, line, shape(v)) for k, line, v in node.items])


def libyaml(text: str) -> Any:
    try:
        return shape(yamltree.parse_events(text))
    except yamltree.TreeError as exc:
        return ("error", exc.line, exc.message)


def agrees(text: str) -> bool:
    """The fast reader declines `text`, or reads what libyaml reads; it never accepts what libyaml refuses."""
    fast = fastyaml.parse(text)
    return fast is None or shape(fast) == libyaml(text)


@pytest.mark.parametrize("path", sorted((ROOT / "facts").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "data" / "mini" / "facts").glob("*.yaml")), ids=lambda p: p.name)
def test_real_fact_files_are_read_fast_and_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = fastyaml.parse(text)
    assert fast is not None, "a fact file written the usual way should not need libyaml"
    assert shape(fast) == libyaml(text)


READ_FAST = [
    "people:\n  - id: a\n    name: Aye Mya\n    roles: [defector, interviewee]\n",
    "a: 1\nb: text with commas, and#hash\n",
    "note: first line\n  and a second line\n  and a third\nnext: x\n",
    "s: >-\n  folded\n  text\nt: |\n  literal\n  text\n\nu: x\n",
    'q: "she said \\"no\\" \\\\ ok"  # a comment\n',
    "q: 'it''s'\n",
    'f: ["a, b", \'c\', plain words, 12]\n',
    'm: {source: h1, excerpt: "x, y: z", n: 3}\n',
    "empty: []\nalso: {}\n",
    "- a\n- b: 1\n  c: 2\n-   d: 3\n",
    "key-with-dash: v\nu: café ミャンマー\n",
    "x: value   \ny: z\n",
]
DEEP = ["a:\n" + "".join("  " * d + "- \n" for d in range(1, 40)), "a:" + "\n  b:" * 40 + " 1\n"]
DECLINED_OR_EQUAL = [*DEEP,
    "a: &x 1\nb: *x\n", "a: !!python/object:os.system x\n", "a: 1\na: 2\n", "a:\n- x\n", "a:\n\tb: 1\n",
    "a: 1\r\nb: 2\r\n", "- - x\n", "a:\nb: 1\n", "? a\n: b\n", "a: b: c\n", "a: |2\n   x\n", "a: >\n  x\n\n  y\n",
    "a: |\n  x\n  # kept\nb: 1\n", "a: |\n  x\n    deeper\n", '"a": 1\n', "a: 'open\n  close'\n", "a: \"\\x41\"\n",
    "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: [x, [y]]\n", "a: {b: {c: d}}\n", "a: x # c\n  y\n", "a: -1\n",
    "a: \"x\"y\n", "a: [x,]\n", "a: [x\n", "a: x\n b: y\n", "a:\n  - x\n  y: 1\n", "  a: 1\n", "a: `x`\n",
    "a: plain\n\n  after blank\n", "a: |\n  x   \n", "a: |\n\n  x\n", "- x\n-\n", "a: 'x' # c\nb: y\n",
    "a: \u0085x\n", "a: x\u2028y\n", "a: \x07\n", "",  "# only a comment\n", "a: [x, y]  z\n", "a: {b c}\n",
    "a: [\"x\" , 'y'  ]\n", "a: { b: 1 }\n", "a: >-\n  x\n# comment\nb: 1\n", "a: >-\n  x\n  # text\nb: 1\n",
    "a: >-\n  x\n  # text at the end\n", "a: |\n  x\n\n",
]


@pytest.mark.parametrize("text", READ_FAST)
def test_the_usual_forms_are_read_fast_and_alike(text: str) -> None:
    fast = fastyaml.parse(text)
    assert fast is not None
    assert shape(fast) == libyaml(text)


@pytest.mark.parametrize("text", DECLINED_OR_EQUAL)
def test_anything_else_is_declined_or_read_alike(text: str) -> None:
    assert agrees(text)


def test_yamltree_reports_libyaml_errors_for_what_the_fast_reader_declines() -> None:
    with pytest.raises(yamltree.TreeError, match="duplicate key 'a'"):
        yamltree.parse("a: 1\na: 2\n")


# ---------------------------------------------------------------- generated documents

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), max_codepoint=0x2FFFF), max_size=30)
_WORDS = st.from_regex(r"[A-Za-z][A-Za-z0-9 ,.’'()é-]{0,30}[A-Za-z0-9.)]", fullmatch=True)
_KEYS = st.from_regex(r"[a-z][a-z_-]{0,8}", fullmatch=True)


def _scalar_text(value: str, style: str, indent: int) -> str:
    if style == "plain":
        return value
    if style == "double":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == "single":
        return "'" + value.replace("'", "''") + "'"
    if style == "folded":
        words = value.split(" ")
        half = len(words) // 2 or 1
        pad = " " * (indent + 2)
        return ">-\n" + pad + " ".join(words[:half]) + ("\n" + pad + " ".join(words[half:]) if words[half:] else "")
    pad = " " * (indent + 2)  # a plain scalar folded over two lines
    words = value.split(" ")
    return " ".join(words[:1]) + ("\n" + pad + " ".join(words[1:]) if words[1:] else "")


@st.composite
def documents(draw: Any, depth: int = 0, indent: int = 0) -> str:
    """A block mapping of scalars, flow lists, and nested mappings or lists, in varied styles."""
    keys = draw(st.lists(_KEYS, min_size=1, max_size=4, unique=True))
    pad = " " * indent
    out = []
    for key in keys:
        kind = draw(st.sampled_from(["scalar", "flow", "map", "list"] if depth < 3 else ["scalar", "flow"]))
        if kind == "scalar":
            style = draw(st.sampled_from(["plain", "double", "single", "folded", "multi"]))
            value = draw(_WORDS if style in ("plain", "folded", "multi") else _TEXT)
            out.append(f"{pad}{key}: {_scalar_text(value, style, indent)}\n")
        elif kind == "flow":
            items = draw(st.lists(_WORDS.map(lambda w: w.replace(",", "")) | _TEXT.map(
                lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'), max_size=3))
            out.append(f"{pad}{key}: [{', '.join(items)}]\n")
        elif kind == "map":
            out.append(f"{pad}{key}:\n" + draw(documents(depth + 1, indent + 2)))
        else:
            out.append(f"{pad}{key}:\n")
            for _ in range(draw(st.integers(1, 3))):
                inner = draw(documents(depth + 1, indent + 4))
                out.append(f"{pad}  - " + inner[indent + 4:])
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(["\n", f"{pad}# a comment\n", "  # indented comment\n"])))
    return "".join(out)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_are_read_alike(text: str) -> None:
    assert agrees(text), text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.integers(0, 10_000), st.sampled_from(["#", ":", "- ", " ", "\n", "'", '"', "[", "&a ", "\t", "|"]))
def test_damaged_documents_are_declined_or_read_alike(text: str, at: int, insert: str) -> None:
    at %= len(text) + 1
    assert agrees(text[:at] + insert + text[at:])


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_any_text_is_declined_or_read_alike(text: str) -> None:
    assert agrees(text)


_LINE_TEXT = st.lists(st.sampled_from(["", " ", "  ", "- ", "-  ", "key", "key:", "k-1_x: ", ": ", "#", "a b",
                                       '"q"', "-", "\t", "é", ":"]), max_size=8).map("".join)


@settings(max_examples=300)
@given(st.lists(_LINE_TEXT, max_size=6).map("\n".join) | st.text(max_size=100))
def test_lines_split_as_the_plain_pattern_splits_them(text: str) -> None:
    # The reader may use possessive quantifiers where Python has them; they must never change a split.
    assert fastyaml._LINES.findall(text) == re.compile(fastyaml.LINE_PARTS, re.MULTILINE).findall(text)
    assert len(fastyaml._LINES.findall(text)) == text.count("\n") + 1
