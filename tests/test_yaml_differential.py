"""The bytes of a fact file give the records libyaml reads from them, whatever else the file holds.

A second, faster YAML reader once changed data silently (issue 19): a block at the end of a file
gained a newline, a spaces-only line was dropped, U+00A0 counted as a space inside `[...]`, nesting
escaped its limit through a flow list, and a run of spaces took quadratic time. Only libyaml reads
fact files now; these tests hold defectcli to libyaml's reading (PyYAML's CBaseLoader, which keeps
every scalar as the text written) across the contexts a record can sit in.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from .helpers import Result, run

NULLS = {"", "~", "null", "Null", "NULL"}


def themes_of(tmp_path: Path, text: str | bytes) -> Result:
    facts = tmp_path / "facts"
    facts.mkdir(exist_ok=True)
    (facts / "t.yaml").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return run("themes", "-f", "json", "--facts", str(facts), env={"DEFECTCLI_NO_CACHE": "1"})


def libyaml_themes(text: str) -> list[tuple[str, str]] | None:
    """(id, description) of each theme as libyaml reads `text`, or None if a fact file may not say it:
    libyaml refuses it, it is not a list of two-field themes, it uses anchors, tags or aliases, or a
    description is a plain null (`~`, `null`, nothing), which a fact file reads as no description."""
    try:
        for event in yaml.parse(text, Loader=yaml.CBaseLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                return None
            tag = getattr(event, "tag", None)
            if tag is not None and tag != "!":
                return None
        root = yaml.compose(text, Loader=yaml.CBaseLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or [k.value for k, _ in root.value] != ["themes"]:
        return None
    themes = root.value[0][1]
    if not isinstance(themes, yaml.SequenceNode):
        return None
    out = []
    for item in themes.value:
        if not isinstance(item, yaml.MappingNode) or sorted(k.value for k, _ in item.value) != ["description", "id"]:
            return None
        fields = {k.value: v for k, v in item.value}
        if not all(isinstance(v, yaml.ScalarNode) for v in fields.values()):
            return None
        if any(not v.style and v.value in NULLS for v in fields.values()):  # plain: libyaml says ""
            return None
        out.append((fields["id"].value, fields["description"].value))
    return out


def agrees(tmp_path: Path, text: str) -> None:
    expected = libyaml_themes(text.removeprefix("\ufeff"))
    r = themes_of(tmp_path, text)
    assert "Traceback" not in r.err
    if expected is None:
        assert r.code == 2, (text, r.out)
        return
    blank = [i for i, (_, d) in enumerate(expected) if all(c.isspace() or c == "\ufeff" for c in d)]
    if blank:  # check refuses a description that shows nothing, as libyaml read it
        assert r.code == 2 and ("description is empty" in r.err or "has no visible character" in r.err), (text, r.err)
        return
    assert r.code == 0, (text, r.err)
    assert [(t["id"], t["description"]) for t in json.loads(r.out)] == expected, text


# ---------------------------------------------------------------- what the fast reader got wrong

HEAD = "themes:\n  - id: a\n    description: "


@pytest.mark.parametrize("text", [
    HEAD + "|\n      a block at the end of the file, without a final newline",
    HEAD + ">\n      folded\n      at the end",
    HEAD + "|+\n      kept\n\n",
    HEAD + "|+\n      kept, then spaces\n   ",
    HEAD + "|-\n      stripped",
    HEAD + "|\n      a\n   \n      b\n  - id: b\n    description: after a spaces-only line\n",
    HEAD + "|\n      a\n        \n  - id: b\n    description: after a line of more spaces than the block's\n",
    HEAD + ">\n      a\n         \n",
    HEAD + "|-\n      a\n           ",
    HEAD + "|\n      a\n      \n  - id: b\n    description: x\n",
    HEAD + "|\n      trailing spaces-only lines\n   \n      \n",
    HEAD + ">\n      a\n\n      b\n     \n",
    HEAD + "'single\n      folded'\n",
    HEAD + '"double \\\n      escaped break"\n',
    HEAD + "plain\n      continued\n\n      after an empty line\n",
    HEAD + "text # a comment\n",
    HEAD + "text\u00a0with\u00a0no-break\u00a0spaces\u00a0\n",
    HEAD + "\u3000ideographic space first\n",
    "\ufeff" + HEAD + "after a byte-order mark\n",
    HEAD + "crlf\r\n  - id: b\r\n    description: lines\r\n",
    HEAD + "[x:?]\n",
    HEAD + "[a, b]\n",
])
def test_what_the_fast_reader_read_differently_is_read_as_libyaml_reads_it(tmp_path: Path, text: str) -> None:
    agrees(tmp_path, text)


PERSON = """people:
  - id: p1
    name: A
    name_status: pseudonym
    roles: {roles}
    evidence:
      - {{source: h1, excerpt: "x"}}
sources:
  - id: h1
    kind: article
    sha256: 7d9988196c76b7932124848e7fc46d40bea0698c8c1c9c9122644bbdd3a2748e
    date: {{value: "2020", precision: year, basis: stated}}
"""


@pytest.mark.parametrize(("roles", "ok"), [
    ("[defector]", True), ("[defector ]", True), ("[ defector,  interviewee ]", True),
    ("[defector\u00a0]", False), ("[\u00a0defector]", False), ("[defector\u3000]", False),
    ("[defector,\u00a0interviewee]", False), ("[defector\t]", True),
    ("[defector]\n    aliases: [x:?]", False),  # libyaml refuses the ':' in a plain scalar of a flow list
])
def test_only_yaml_white_space_separates_items_of_a_flow_list(tmp_path: Path, roles: str, ok: bool) -> None:
    try:  # what libyaml reads
        values = yaml.load(PERSON.format(roles=roles), Loader=yaml.CBaseLoader)["people"][0]["roles"]
    except yaml.YAMLError:
        values = None
    assert (values is not None and all(v in ("defector", "interviewee") for v in values)) == ok
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "p.yaml").write_text(PERSON.format(roles=roles), encoding="utf-8")
    r = run("check", "--facts", str(facts))
    assert r.code == (0 if ok else 2), r.out
    if values is None:
        assert "invalid YAML" in r.out, r.out
    elif not ok:
        bad = next(v for v in values if v not in ("defector", "interviewee"))
        assert f"roles '{bad}' is not one of" in r.out, r.out


@pytest.mark.parametrize("text", [
    HEAD + "[" * 40 + "]" * 40 + "\n",
    "themes: [" + "[" * 40 + "]" * 40 + "]\n",
    "themes:\n" + "".join(f"{'  ' * i}- \n" for i in range(40)),
    "themes: " + "{a: " * 40 + "b" + "}" * 40 + "\n",
    # 29 mappings deep in block style, then a flow list: the fast reader counted only the block levels.
    HEAD + "x\n" + "".join("    " + "  " * i + f"k{i}:\n" for i in range(29)) + "    " + "  " * 29 + "z: [a]\n",
])
def test_nesting_is_limited_through_flow_lists_too(tmp_path: Path, text: str) -> None:
    r = themes_of(tmp_path, text)
    assert r.code == 2 and "nesting deeper than 32 levels" in r.err, r.err


@pytest.mark.parametrize("where", ["roles", "description"])
def test_a_run_of_spaces_in_a_flow_list_costs_no_more_steps_when_ten_times_longer(tmp_path: Path, where: str) -> None:
    # The deleted fast reader took quadratic time over 40,000 spaces (17 s). Counted in calls made, not
    # timed: reading 40,000 spaces must take the same steps as 4,000 (libyaml reads the run in C).
    def text(n: int) -> str:
        spaces = " " * n
        return (HEAD + f"[a{spaces}b, c{spaces}]\n") if where == "description" else PERSON.format(
            roles=f"[defector{spaces}x, interviewee]")  # spaces inside an item, as the quadratic case had them

    def calls(n: int) -> tuple[int, str]:
        made = 0

        def count(*_: object) -> None:
            nonlocal made
            made += 1

        sys.setprofile(count)
        try:
            r = themes_of(tmp_path, text(n))
        finally:
            sys.setprofile(None)
        assert "Traceback" not in r.err
        return made, r.err

    calls(4_000)  # imports and first-run set-up out of the way
    short, long = calls(4_000), calls(40_000)
    assert long[1].count(" " * 100) == short[1].count(" " * 100)  # the message does not carry the run
    assert long[0] <= short[0] + 100, f"{long[0]:,} calls for 40,000 spaces against {short[0]:,} for 4,000"


# ---------------------------------------------------------------- any record, in any surroundings

ALPHABET = [*"ab :#-'\"\\|>[]{},!&*?%@`\t\n\r", "\u00a0", "\u3000", "é", "\u2028", "\x85", "\ufeff"]
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=30)


@st.composite
def scalar(draw: st.DrawFn) -> str:
    """A description as a fact file might write it: plain, quoted, or a block, chomped any way."""
    text = draw(TEXT)
    style = draw(st.sampled_from(["plain", "single", "double", "block"]))
    if style == "plain":
        assume(text not in NULLS)
        return text
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return json.dumps(text)  # a JSON string is a YAML double-quoted scalar
    header = draw(st.sampled_from(["|", "|-", "|+", ">", ">-", ">+", "|2", ">1-"]))
    pad = draw(st.sampled_from(["      ", "       ", "        "]))
    lines = text.split("\n")
    filler = draw(st.sampled_from(["", "   ", "      ", "         "]))  # spaces-only and empty lines between
    return header + "\n" + "\n".join(pad + line if line else filler for line in lines)


SEPARATORS = ["\n", "\n   \n", "\n\n", "\n# a comment\n", "\n      \n\n", "  # trailing comment\n", "\r\n"]
ENDINGS = ["", "\n", "   ", "\n   ", "\n\n\n", "\n# the end", "\n  ", "\r\n"]


@st.composite
def fact_file(draw: st.DrawFn) -> str:
    values = draw(st.lists(scalar(), min_size=1, max_size=4))
    seps = [draw(st.sampled_from(SEPARATORS)) for _ in values]
    body = "".join(f"{'' if i == 0 else seps[i]}  - id: t{i}\n    description: {v}" for i, v in enumerate(values))
    start = draw(st.sampled_from(["themes:\n", "# themes\nthemes:\n", "\ufeffthemes:\n", "---\nthemes:\n"]))
    return start + body + draw(st.sampled_from(ENDINGS))


QUICK = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LONG = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@QUICK
@given(text=fact_file())
def test_any_fact_file_reads_as_libyaml_reads_it(tmp_path: Path, text: str) -> None:
    agrees(tmp_path, text)


@pytest.mark.slow
@LONG
@given(text=fact_file())
def test_any_fact_file_reads_as_libyaml_reads_it_long_run(tmp_path: Path, text: str) -> None:
    agrees(tmp_path, text)
