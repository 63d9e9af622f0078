"""`check`: what the fact base must hold, proven against its texts; check and every query see the same problems."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from defectcli.api import FactBase
from defectcli.factbase import checks, loader, walk
from defectcli.factbase.models import KINDS

from .helpers import Mini, edit, one_line, run
from .invalid import (
    ALL,
    FIRST_PREFERRED,
    MINI_EDITS,
    SHARED_ID,
    TWO_PREFERRED,
    Invalid,
)


def _directory(p: Path) -> None:
    p.mkdir()


def _link_to_directory(p: Path) -> None:
    (p.parent.parent / "elsewhere").mkdir()
    p.symlink_to(p.parent.parent / "elsewhere")


def _dangling_link(p: Path) -> None:
    p.symlink_to(p.parent / "nowhere")


def _socket(p: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    s.close()


DATA = Path(__file__).parent / "data"


SHOWN = 5  # problems a query lists before "... and N more"


def problems(mini: Mini, with_sources: bool = True) -> list[str]:
    # What `check` finds: the index's problems (as every query sees them), then provenance.
    report = FactBase(mini.facts, sources=mini.sources, cache=False).check(texts=with_sources)
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in report.problems]


def _every_record(obj: object) -> list[object]:
    """The plain definition flatten() must match: every dataclass value, depth first, in field order."""
    import dataclasses

    assert dataclasses.is_dataclass(obj) and not isinstance(obj, type)
    out: list[object] = [obj]
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        for item in value if isinstance(value, tuple) else (value,):
            if dataclasses.is_dataclass(item) and f.name != "loc":
                out.extend(_every_record(item))
    return out


@pytest.mark.parametrize(("make", "message"), [
    (_directory, "is a directory, not a fact file"),
    (_link_to_directory, "is a directory, not a fact file"),
    (_dangling_link, "cannot be opened (No such file or directory)"),
    (_socket, "cannot be opened (No such device or address)"),
])
def test_a_fact_file_that_is_not_a_file_is_one_line_for_queries_and_check(
        mini: Mini, make: Callable[[Path], None], message: str) -> None:
    make(mini.facts / "odd.yaml")
    expected = f"{mini.facts / 'odd.yaml'}: {message}"
    for query in (["people"], ["person", "Aye Mya"], ["quotes", "-f", "json"]):
        assert one_line(run(*query, "--facts", str(mini.facts)), 2) == expected
    checked = run("check", "--facts", str(mini.facts))
    assert (checked.code, checked.out) == (2, expected + "\n") and "Traceback" not in checked.err


def test_facts_from_the_environment(mini: Mini) -> None:
    r = run("themes", env={"DEFECTCLI_FACTS": str(mini.facts)})
    assert r.out.startswith("id\tquotes\tdescription\nsafety\t1")


def test_check_passes_and_fails_with_exit_codes(mini: Mini) -> None:
    ok = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert (ok.code, ok.out) == (0, "")
    assert ok.err.startswith("defectcli: ok: 1 sources, 3 people")
    (mini.sources / "harbour.txt").write_text("changed\n")
    bad = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert bad.code == 2 and "source 'h1': no file in" in bad.out
    assert bad.err == f"defectcli: 1 problem in {mini.facts}\n"


def test_a_fact_file_deleted_is_named_as_the_cause_of_its_dangling_ids(mini: Mini) -> None:
    (mini.facts / "people.yaml").unlink()
    bad = run("check", "--facts", str(mini.facts))
    assert bad.code == 2 and "is not a known person id" in bad.out
    assert "defectcli: the fact base has no people, and " in bad.err
    assert bad.err.splitlines()[-2].endswith("to them fail: is a file of people missing?")


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_check_and_a_query_report_the_same_problems_fresh_or_through_the_cache(tmp_path: Path, case: Invalid) -> None:
    shutil.copytree(DATA / case.base, tmp_path / case.base)
    facts = str(tmp_path / case.base / "facts")
    assert run("people", "--facts", facts).code == 0  # a warm cache of the base as it was...
    case.setup(Path(facts))  # ...then the change that breaks it
    warm = run("check", "--facts", facts)
    fresh = run("check", "--facts", facts, env={"DEFECTCLI_NO_CACHE": "1"})
    assert (warm.code, warm.out, warm.err) == (fresh.code, fresh.out, fresh.err)
    problems = warm.out.splitlines()
    assert warm.code == 2 and problems and "Traceback" not in warm.err
    listed = [f"defectcli: {p}" for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        listed.append(f"defectcli: ... and {len(problems) - SHOWN} more; run `defectcli check` to list them all")
    for query in (["people"], ["quotes", "-f", "json"]):
        answered = run(*query, "--facts", facts)
        assert (answered.code, answered.out, answered.err.splitlines()) == (2, "", listed), query


@pytest.mark.parametrize(("extra", "message"), [
    (SHARED_ID, "more.yaml:2: id 'aye-mya' is both a person (people.yaml:2) and an organisation"),
    (TWO_PREFERRED, "more.yaml:14: more than one preferred figure for one quantity: departures, departures-again"),
])
def test_a_whole_base_problem_stops_check_and_every_query_alike(mini: Mini, extra: str, message: str) -> None:
    if "departures-again" in extra:  # the first figure must be preferred too
        FIRST_PREFERRED(mini.facts)
    (mini.facts / "more.yaml").write_text(extra)
    expected = f"{mini.facts / message}"
    checked = run("check", "--facts", str(mini.facts))
    assert (checked.code, checked.out) == (2, expected + "\n")
    for query in (["people"], ["person", "Aye Mya"], ["stats"]):
        answered = run(*query, "--facts", str(mini.facts))
        assert (answered.code, answered.out, answered.err) == (2, "", f"defectcli: {expected}\n")
    # Mended, both pass again: the rule's finding does not outlive its cause in the cache.
    (mini.facts / "more.yaml").unlink()
    assert run("people", "--facts", str(mini.facts)).code == 0


def test_the_mini_base_holds_against_its_source(mini: Mini) -> None:
    assert problems(mini) == []


def test_a_dangling_reference_names_the_line_and_suggests(mini: Mini) -> None:
    MINI_EDITS["a dangling reference"](mini.facts)
    assert problems(mini) == [
        "facts.yaml:26: speaker 'aye-mia' is not a known person or organisation id (did you mean 'aye-mya'?)"]


def test_duplicate_ids_across_files(mini: Mini) -> None:
    MINI_EDITS["duplicate ids across files"](mini.facts)
    found = problems(mini)
    assert found[0] == "people.yaml:2: duplicate person id 'aye-mya' (first at more.yaml:2)"


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    *[("facts.yaml", '{value: "2020-03-03", precision: day', f'{{value: "{v}", precision: {p}', f"date value '{v}' is not "
       "in the calendar (a year from 0001, a month from 01 to 12, a day its month has)")
      for v, p in [("2020-02-30", "day"), ("2020-13-01", "day"), ("2020-00-00", "day"), ("0000-01-01", "day"),
                   ("2020-13", "month"), ("0000", "year")]],
    ("base.yaml", '{value: "2020-03-03/..", precision: period', '{value: "2020-02-31/..", precision: period',
     "date value '2020-02-31/..' is not in the calendar (a year from 0001, a month from 01 to 12, a day its month has)"),
    ("base.yaml", '{value: "2020-03-03/..", precision: period', '{value: "2021-03/2020-03-03", precision: period',
     "date value '2021-03/2020-03-03' ends before it begins"),
])
def test_a_date_no_calendar_has_is_a_problem_as_a_records_date_is(mini: Mini, file: str, old: str, new: str,
                                                                    message: str) -> None:
    edit(mini.facts / file, old, new)
    assert [p.split(": ", 1)[1] for p in problems(mini, with_sources=False)] == [message]


@pytest.mark.parametrize("cycle", [["flood"], ["flood", "flood-2"], ["flood", "flood-2", "flood-3"]])
def test_an_event_after_itself_directly_or_through_others_is_a_problem(mini: Mini, cycle: list[str]) -> None:
    # Each event of the cycle comes after the next, the last after the first.
    more = "".join(f"  - id: {e}\n    name: Flood {e}\n    kind: trend\n    date: {{value: \"2020-03-03\", precision: day, "
                   f"basis: stated}}\n    after: [{cycle[(i + 1) % len(cycle)]}]\n"
                   "    evidence:\n      - {source: h1, excerpt: \"After the flood of March 3, 2020\"}\n"
                   for i, e in enumerate(cycle) if e != "flood")
    edit(mini.facts / "facts.yaml", "    date: {value: \"2020-03-03\", precision: day, basis: stated}\n",
         f"    date: {{value: \"2020-03-03\", precision: day, basis: stated}}\n    after: [{cycle[1 % len(cycle)]}]\n")
    edit(mini.facts / "facts.yaml", "conflicts:\n", more + "conflicts:\n")
    assert sorted(p.split(": ", 1)[1] for p in problems(mini, with_sources=False)) == \
        [f"event '{e}' comes after itself: its 'after' leads back to it" for e in sorted(cycle)]


def test_an_event_between_two_cycles_is_not_after_itself(mini: Mini) -> None:
    # flood comes after flood-2 and flood-5, flood-2 after flood (a cycle); flood-3 and flood-4 after each other (another);
    # flood-5 after flood-3: flood → flood-5 → flood-3, between the two cycles, but nothing leads back to flood-5
    # (a guard of the rule's graph reading, store/cache/cycles.py, which replaced a reach of every event in SQL)
    afters = {"flood-2": "[flood]", "flood-3": "[flood-4]", "flood-4": "[flood-3]", "flood-5": "[flood-3]"}
    more = "".join(f"  - id: {e}\n    name: Flood {e}\n    kind: trend\n    date: {{value: \"2020-03-03\", precision: day, "
                   f"basis: stated}}\n    after: {after}\n"
                   "    evidence:\n      - {source: h1, excerpt: \"After the flood of March 3, 2020\"}\n"
                   for e, after in afters.items())
    edit(mini.facts / "facts.yaml", "    date: {value: \"2020-03-03\", precision: day, basis: stated}\n",
         "    date: {value: \"2020-03-03\", precision: day, basis: stated}\n    after: [flood-2, flood-5]\n")
    edit(mini.facts / "facts.yaml", "conflicts:\n", more + "conflicts:\n")
    assert sorted(p.split(": ", 1)[1] for p in problems(mini, with_sources=False)) == \
        [f"event '{e}' comes after itself: its 'after' leads back to it" for e in ("flood", "flood-2", "flood-3", "flood-4")]


def test_parts_must_add_up(mini: Mini) -> None:
    MINI_EDITS["parts that do not add up"](mini.facts)
    assert "facts.yaml:2: parts do not add up: 1000 + 204 = 1204, not 1205" in problems(mini, with_sources=False)


def test_a_value_must_be_the_number_its_wording_states(mini: Mini) -> None:
    MINI_EDITS["a value that is not its wording"](mini.facts)
    assert problems(mini, with_sources=False) == [
        "facts.yaml:15: value 30 is not the number in the wording 'about 300' (a total the text gives only as its parts: "
        "give them as 'parts' and say so in 'derivation'; a number worked out from other figures: 'derived_from' and "
        "'derivation')"]


PARTS_ONLY = """figures:
  - id: clerks-and-guards
    topic: departures
    counts: clerks and guards who left the town
    value: 1204
    comparator: exact
    unit: people
    wording: "1,000 clerks and 204 guards"
    source: h1
    excerpt: "1,000 clerks and 204 guards"
    parts:
      - {label: clerks, value: 1000, wording: "1,000"}
      - {label: guards, value: 204, wording: "204"}
    derivation: the sum of its parts; the text gives no total
"""


@pytest.mark.parametrize(("old", "new", "found"), [
    # As `draft` suggests it: the value is the sum of the parts the wording gives, said in a derivation.
    (None, None, []),
    ("    derivation: the sum of its parts; the text gives no total\n", "",
     ["more.yaml:2: a total of its parts needs 'derivation' saying that the text gives the parts only"]),
    ("value: 1204", "value: 1240", ["more.yaml:2: parts do not add up: 1000 + 204 = 1204, not 1240"]),
    ("value: 1204\n    comparator: exact", "value: 1240\n    comparator: about",
     ["more.yaml:2: value 1240 is neither the number in the wording '1,000 clerks and 204 guards' nor the sum of its "
      "parts (1000 + 204 = 1204)"]),
])
def test_a_total_the_text_gives_only_as_its_parts_is_their_sum(mini: Mini, old: str | None, new: str | None,
                                                                found: list[str]) -> None:
    (mini.facts / "more.yaml").write_text(PARTS_ONLY if old is None else PARTS_ONLY.replace(old, new or "", 1))
    assert problems(mini) == found


def test_a_total_of_parts_written_in_words_is_their_sum(mini: Mini) -> None:
    # As `draft` suggests "Fifty-five clerks and forty guards": each part's words state its value.
    in_words = {"1,000 clerks and 204 guards": "Fifty-five clerks and forty guards", "value: 1204": "value: 95",
                'value: 1000, wording: "1,000"': 'value: 55, wording: "Fifty-five"',
                'value: 204, wording: "204"': 'value: 40, wording: "forty"'}
    text = PARTS_ONLY
    for old, new in in_words.items():
        text = text.replace(old, new)
    (mini.facts / "more.yaml").write_text(text)
    assert problems(mini, with_sources=False) == []


def test_an_unknown_theme_or_vocabulary_value(mini: Mini) -> None:
    MINI_EDITS["an unknown theme and vocabulary value"](mini.facts)
    found = problems(mini, with_sources=False)
    assert "facts.yaml:34: theme 'pai' is not a known theme id (did you mean 'pay'?)" in found
    assert any(p.startswith("facts.yaml:15: comparator 'roughly' is not one of: about, exact") for p in found)


def test_an_excerpt_must_be_verbatim_case_included(mini: Mini) -> None:
    edit(mini.facts / "base.yaml", "according to the Harbour Board.", "according to the harbour board.")
    assert problems(mini) == [
        'base.yaml:18: excerpt not found verbatim in source \'h1\': "according to the harbour board."']


def test_quote_marks_and_runs_of_space_count_as_equal(mini: Mini) -> None:
    edit(mini.facts / "facts.yaml", '"I left because the bridge was unsafe,"', '"I  left   because the bridge was unsafe,"')
    assert problems(mini) == []  # and q-wages writes don't where the source has don’t


def test_a_quote_on_the_wrong_line(mini: Mini) -> None:
    edit(mini.facts / "facts.yaml", "line: 3", "line: 2")
    assert problems(mini) == [
        "facts.yaml:34: quote 'q-wages' is not on line 2 (it is on line 3): \"We don't get wages,\""]


def test_a_changed_word_in_a_quote_fails(mini: Mini) -> None:
    edit(mini.facts / "facts.yaml", "Nobody listened.", "No one listened.")
    assert problems(mini) == [
        "facts.yaml:26: quote 'q-bridge' is not on line 2 (found nowhere in the source): \"No one listened.\""]


def test_sources_are_found_by_hash_whatever_their_name(mini: Mini) -> None:
    (mini.sources / "harbour.txt").rename(mini.sources / "renamed.txt")
    assert problems(mini) == []


def test_a_changed_source_text_is_reported(mini: Mini) -> None:
    with (mini.sources / "harbour.txt").open("a") as fh:
        fh.write("One more line.\n")
    found = problems(mini)
    assert len(found) == 1
    assert "source 'h1': no file in" in found[0]
    assert "(expected harbour.txt; it is missing or changed)" in found[0]


@pytest.mark.parametrize(
    ("wording", "numbers"),
    [("12,341", {12341}), ("Seven", {7}), ("over a million", {1, 1_000_000}), ("a day or two", {1, 2}),
     ("between four and 22 years", {4, 22}), ("four-story", {4}), ("decade", {10}), ("All but one", {1})],
)
def test_numbers_in_wording(wording: str, numbers: set[float]) -> None:
    assert checks.numbers_in(wording) == numbers


@pytest.mark.parametrize(
    ("wording", "numbers"),
    [("Fifty-five", {55}), ("two thousand five hundred", {2500}), ("2 to 3 million", {2_000_000, 3_000_000}),
     ("Half a million", {500_000}), ("Zero", {0}), ("2.5 million", {2_500_000})],
)
def test_a_wording_in_words_or_with_a_scale_states_its_whole_number_only(wording: str, numbers: set[float]) -> None:
    assert checks.numbers_in(wording) == numbers


def test_flatten_visits_every_nested_record_in_order(mini: Mini) -> None:
    fb, _ = loader.load(mini.facts)
    for plural in KINDS:
        for rec in getattr(fb, plural):
            assert walk.flatten(rec) == _every_record(rec)
    assert len(walk.flatten(fb.people[0])) == 3  # Aye Mya, her evidence and her attribute


LONG = "z" * 5_000


@pytest.mark.parametrize(("where", "old", "new", "said"), [
    ("people.yaml", "roles: [defector]", f"roles: [defector{LONG}]", "roles 'defectorzz"),
    ("people.yaml", "id: aye-mya", f"id: Aye{LONG}", "id 'Ayezz"),
    ("facts.yaml", "speaker: aye-mya", f"speaker: aye-{LONG}", "speaker 'aye-zz"),
    ("facts.yaml", 'wording: "about 300"', f'wording: "about 300{LONG}"', "wording 'about 300zz"),
    ("facts.yaml", "comparator: about", f"comparator: about{LONG}", "comparator 'aboutzz"),
    ("people.yaml", "roles: [defector]", f"roles: [defector]\n    k{'y' * 1000}: 1", "unknown field 'kyy"),
])
def test_a_long_value_is_quoted_back_shortened_on_one_readable_line(mini: Mini, where: str, old: str, new: str,
                                                                     said: str) -> None:
    edit(mini.facts / where, old, new)
    r = run("check", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert r.code == 2
    line = next(p for p in (r.out + r.err).splitlines() if said in p)
    assert len(line) < 300 and "…'" in line, line


@pytest.mark.parametrize(("where", "old", "new", "said"), [
    ("people.yaml", "name: Aye Mya", 'name: ""', "people.yaml:2: name is empty"),
    ("people.yaml", "name: Aye Mya", 'name: "\\u200b\\u2060"', "people.yaml:2: name '\\u200b\\u2060' has no visible character"),
    ("people.yaml", "name: Aye Mya", 'name: "\\u0301 "', "people.yaml:2: name '\u0301 ' has no visible character"),
    ("facts.yaml", "counts: people who left the town", 'counts: " "', "facts.yaml:2: counts is empty"),
    ("facts.yaml", "{label: guards,", '{label: "\\ufeff",', "facts.yaml:14: label '\\ufeff' has no visible character"),
    ("facts.yaml", "reason: The bridge was unsafe", "reason: ''", "facts.yaml:43: reason is empty"),
])
def test_a_name_or_title_that_shows_nothing_is_refused(mini: Mini, where: str, old: str, new: str, said: str) -> None:
    edit(mini.facts / where, old, new)
    assert said in problems(mini, with_sources=False)


def test_a_fact_base_path_with_a_newline_stays_on_its_line(tmp_path: Path) -> None:
    # re-run 136 A3: each problem's FILE:LINE: took two lines, the second naming no file
    facts = tmp_path / "od\x1bd\nx: [y]"
    assert run("init", str(facts), "--empty").code == 0
    (facts / "bad.yaml").write_text("people:\n  - id: x\n")
    r = run("check", "--facts", str(facts))
    assert r.code == 2
    shown = str(facts).replace("\x1b", "\\x1b").replace("\n", "\\n")
    assert r.out.splitlines() and all(line.startswith(f"{shown}/bad.yaml:") for line in r.out.splitlines()), r.out
