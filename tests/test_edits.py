"""Edits in any order give the problems a fresh build gives: duplicates, root causes, did-you-means."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import Mini, Result, run
from .invalid import (
    MINI_EDITS,
)


def check(mini: Mini, cached: bool = True) -> Result:
    return run("check", "--facts", str(mini.facts), env=None if cached else {"DEFECTCLI_NO_CACHE": "1"})


def same_as_fresh(mini: Mini) -> list[str]:
    """check's problem lines through the cache as it now is, asserted equal to a build from nothing."""
    warm, fresh = check(mini), check(mini, cached=False)
    assert (warm.code, warm.out, warm.err) == (fresh.code, fresh.out, fresh.err)
    return [line.removeprefix(f"{mini.facts}/") for line in warm.out.splitlines()]


THEME = "themes:\n  - id: {id}\n    description: {text}\n"


CONTENTS = [
    None,  # the file is removed
    THEME.format(id="t1", text="one"),
    THEME.format(id="t1", text="again") + "  - id: t2\n    description: two\n",
    "themes:\n  - id: t2\n    descripton: a typo\n",
    "themes: [\n",
    "quotes:\n  - id: q-extra\n    speaker: aye-mya\n    parts: [\"Nobody listened.\"]\n    kind: full\n"
    "    attribution: explicit\n    themes: [t1, t2, pay]\n    source: h1\n    line: 2\n",
    THEME.format(id="pay", text="a second pay"),
    "people:\n  - id: aye-mya\n    name: Aye Mya Again\n    name_status: pseudonym\n    roles: [defector]\n"
    "    evidence:\n      - {source: h1, excerpt: \"said Aye Mya, a former clerk.\"}\n",
]


NAMES = ["aa.yaml", "ma.yaml", "zz.yaml"]


def apply(mini: Mini, name: str, content: str | None) -> None:
    path = mini.facts / name
    if content is None:
        path.unlink(missing_ok=True)
    else:
        path.write_text(content, encoding="utf-8")


def test_a_duplicate_id_is_blamed_on_the_later_file_however_the_cache_got_there(mini: Mini) -> None:
    (mini.facts / "aa.yaml").write_text("themes: []\n")
    (mini.facts / "zz.yaml").write_text(THEME.format(id="extra", text="in zz"))
    assert same_as_fresh(mini) == []  # cached, with 'extra' in zz.yaml only
    (mini.facts / "aa.yaml").write_text(THEME.format(id="extra", text="now in aa too"))  # the earlier file gains it
    assert same_as_fresh(mini) == ["zz.yaml:2: duplicate theme id 'extra' (first at aa.yaml:2)"]
    (mini.facts / "aa.yaml").write_text("themes: []\n")  # and loses it again: zz.yaml's copy is the one
    assert same_as_fresh(mini) == []
    assert [t for t in run("themes", "-f", "tsv", "--facts", str(mini.facts)).out.splitlines() if "extra" in t] == [
        "extra\t0\tin zz"]


def test_a_duplicate_names_where_the_first_copy_is_now(mini: Mini) -> None:
    (mini.facts / "aa.yaml").write_text(THEME.format(id="extra", text="first"))
    (mini.facts / "zz.yaml").write_text(THEME.format(id="extra", text="second"))
    assert same_as_fresh(mini) == ["zz.yaml:2: duplicate theme id 'extra' (first at aa.yaml:2)"]
    (mini.facts / "aa.yaml").write_text("# moved down\n\n" + THEME.format(id="extra", text="first"))
    assert same_as_fresh(mini) == ["zz.yaml:2: duplicate theme id 'extra' (first at aa.yaml:4)"]


def test_a_did_you_mean_is_chosen_from_the_ids_there_are_now(mini: Mini) -> None:
    facts = mini.facts / "facts.yaml"
    facts.write_text(facts.read_text().replace("themes: [pay]", "themes: [pai]"))
    assert same_as_fresh(mini) == ["facts.yaml:34: theme 'pai' is not a known theme id (did you mean 'pay'?)"]
    (mini.facts / "zz.yaml").write_text(THEME.format(id="pain", text="closer to what was typed"))
    assert same_as_fresh(mini) == ["facts.yaml:34: theme 'pai' is not a known theme id (did you mean 'pain'?)"]


def test_one_yaml_error_is_reported_alone_with_one_line_for_what_it_holds_back(mini: Mini) -> None:
    MINI_EDITS["a YAML error and what it holds back"](mini.facts)
    lines = same_as_fresh(mini)
    assert len(lines) == 2, lines
    assert lines[0].startswith("people.yaml:") and "invalid YAML" in lines[0]
    assert lines[1] == ("people.yaml: 4 references to unknown ids held back: they may name ids defined where the fact "
                        "base could not be read (fix the problems above first)")
    query = run("quotes", "--facts", str(mini.facts))
    assert (query.code, query.err.splitlines()) == (2, [f"defectcli: {mini.facts}/{line}" for line in lines])


def test_a_record_that_fails_holds_back_only_the_references_to_it(mini: Mini) -> None:
    MINI_EDITS["a failed record and what it holds back"](mini.facts)
    assert same_as_fresh(mini) == [
        "facts.yaml:2: stated_by 'harbour-bored' is not a known person or organisation id (did you mean "
        "'harbour-board'?)",
        "people.yaml:4: unknown field 'nmae' in person (did you mean 'name'?)",
        "people.yaml: 2 references to unknown ids held back: they may name ids defined where the fact base could "
        "not be read (fix the problems above first)",
    ]


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(CONTENTS)), min_size=1, max_size=8))
def test_any_sequence_of_edits_gives_the_problems_of_a_fresh_build(mini: Mini, edits: list[tuple[str, str]]) -> None:
    for name in NAMES:
        apply(mini, name, None)
    check(mini)
    for name, content in edits:
        apply(mini, name, content)
        same_as_fresh(mini)


def test_a_few_sequences_of_edits_give_the_problems_of_a_fresh_build(mini: Mini) -> None:
    # The quick suite's share of the property above: the orders that once differed.
    sequences = [[(0, 1), (2, 1), (0, 0)], [(2, 6), (0, 5), (2, 0)], [(1, 7), (0, 7), (1, 0), (0, 4), (0, 0)],
                 [(0, 4), (1, 5), (0, 2), (1, 3)]]
    for steps in sequences:
        for name in NAMES:
            apply(mini, name, None)
        check(mini)
        for f, c in steps:
            apply(mini, NAMES[f], CONTENTS[c])
            same_as_fresh(mini)
