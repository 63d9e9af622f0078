"""`check --coverage`: every sentence cited or waived, on a fact base and article of the tests' own."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from defectcli.factbase import loader
from defectcli.texts import provenance
from defectcli.texts.coverage import CITED, UNCOVERED, WAIVED, Report, coverage, waived_in
from defectcli.texts.sentences import Sentence

from .helpers import Result, run

DATA = Path(__file__).parent / "data" / "coverage"
UNCOVERED_OUT = (
    "r1:4: Nobody knows how many remain.\n"
    "r1:5: The fleet was short of men. says Capt Moe Kyaw.\n"
    "r1:7: We ate rice once a day.'\n"
)
NEITHER = "neither cited nor waived; cite or waive each (facts/README.md, \"Adding an article\")"


@dataclass
class River:
    facts: Path
    sources: Path

    def check(self, *extra: str) -> Result:
        return run("check", "--facts", str(self.facts), "--sources", str(self.sources), *extra)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.facts / name
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def waive(self, sentence: str, reason: str = "states no fact") -> None:
        with (self.facts / "waivers.yaml").open("a", encoding="utf-8") as fh:
            fh.write(f"  - source: r1\n    sentence: {sentence}\n    reason: {reason}\n")

    def report(self) -> Report:
        fb, problems = loader.load(self.facts)
        assert problems == []
        refs = [provenance.SourceRef(s.id, s.sha256, s.file_hint, s.loc.file, s.loc.line) for s in fb.sources]
        texts, missing = provenance.find_sources(refs, self.sources)
        assert missing == []
        return coverage(provenance.cited_in(fb), waived_in(fb), texts)


@pytest.fixture
def river(tmp_path: Path) -> River:
    shutil.copytree(DATA, tmp_path / "river")
    return River(tmp_path / "river" / "facts", tmp_path / "river" / "sources")


def test_each_sentence_is_cited_waived_or_uncovered(river: River) -> None:
    (one,) = river.report().sources
    status = {(c.sentence.line, c.sentence.text[:20]): c.status for c in one.sentences}
    assert status == {
        (1, "Capt. Moe Kyaw left "): CITED,  # the person's evidence
        (1, "He now lives in the "): CITED,  # an attribute excerpt, with straight quotes and two spaces
        (2, "Leaving the fleet"): WAIVED,
        (3, "“I could not stay."): CITED,  # one quote part spanning two sentences cites both
        (3, "They told us to fire"): CITED,
        (4, "Mr. Than, a clerk, s"): CITED,
        (4, "Nobody knows how man"): UNCOVERED,
        (5, "The fleet was short "): UNCOVERED,
        (6, "One sailor put it si"): CITED,
        (7, "'We were not paid."): CITED,
        (7, "We ate rice once a d"): UNCOVERED,
        (9, "The story ends here."): WAIVED,
    }
    assert (len(one.sentences), one.count(CITED), one.count(WAIVED), one.count(UNCOVERED)) == (12, 7, 2, 3)


def test_the_report_lists_uncovered_sentences_on_stdout_and_counts_on_stderr(river: River) -> None:
    r = river.check("--coverage")
    assert (r.code, r.out, r.err) == (2, UNCOVERED_OUT, "defectcli: r1: 12 sentences, 7 cited, 2 waived, 3 uncovered\n"
                                                        f"defectcli: 3 sentences {NEITHER}\n")


def test_without_coverage_check_still_passes_as_before(river: River) -> None:
    r = river.check()
    assert (r.code, r.out) == (0, "")
    assert r.err.startswith("defectcli: ok: 1 sources,") and "every sentence" not in r.err


def test_every_sentence_covered_exits_0(river: River) -> None:
    river.edit("base.yaml", 'excerpt: "the fleet had 40 boats."', 'excerpt: "the fleet had 40 boats. Nobody knows"')
    river.edit("base.yaml",
                              'parts: ["We were not paid."]', 'parts: ["We were not paid. We ate rice once a day."]')
    river.waive('"The fleet was short of men. says Capt Moe Kyaw."', "'a test: waived to see the check pass'")
    r = river.check("--coverage")
    assert (r.code, r.out) == (0, "")
    assert r.err.splitlines()[0] == "defectcli: r1: 12 sentences, 9 cited, 3 waived, 0 uncovered"
    assert r.err.splitlines()[1].startswith("defectcli: ok: 1 sources,")
    assert r.err.endswith("checked against their sources; every sentence cited or waived\n")


def test_an_excerpt_spanning_two_sentences_covers_both(river: River) -> None:
    before = [s.line for s in river.report().sources[0].uncovered]
    river.edit("base.yaml", 'excerpt: "the fleet had 40 boats."', 'excerpt: "the fleet had 40 boats. Nobody"')
    assert before == [4, 5, 7]
    assert [s.line for s in river.report().sources[0].uncovered] == [5, 7]


def test_a_quote_part_cites_only_on_the_line_its_quote_names(river: River) -> None:
    river.edit("base.yaml", 'excerpt: "One sailor"', 'excerpt: "We were not paid"')
    river.edit("base.yaml", 'parts: ["We were not paid."]', 'parts: ["We were not paid.", "One sailor"]')
    # "One sailor" is on line 6, not on the quote's line 7: it cites nothing (and fails the verbatim check)
    assert Sentence(6, "One sailor put it simply:") in river.report().sources[0].uncovered
    river.edit("base.yaml", 'excerpt: "We were not paid"', 'excerpt: "One sailor"')
    assert Sentence(6, "One sailor put it simply:") not in river.report().sources[0].uncovered


def test_an_excerpt_found_in_several_places_cites_the_first_alone(river: River) -> None:
    # "Moe Kyaw" is on lines 1 and 5: a short excerpt that recurs must not cite every sentence it is in.
    river.edit("base.yaml", 'excerpt: "Capt. Moe Kyaw left the river fleet"', 'excerpt: "Moe Kyaw"')
    one = river.report().sources[0]
    assert Sentence(1, "Capt. Moe Kyaw left the river fleet in 2022.") not in one.uncovered
    assert [s.line for s in one.uncovered] == [4, 5, 7]


@pytest.mark.parametrize(("waiver", "message"), [
    ('"The fleet sank."', "waiver sentence not found verbatim in source 'r1': \"The fleet sank.\""),
    ('"Nobody knows how many"', "waiver matches no whole sentence of source 'r1' (it is part of line 4; "
                                "quote the sentence whole): \"Nobody knows how many\""),
    ('"Mr. Than, a clerk, said the fleet had 40 boats."',
     "waives a sentence that is cited (at base.yaml:26); remove the waiver"),
    ('"Leaving  the fleet"', "a second waiver for this sentence (first at waivers.yaml:3)"),
])
def test_a_bad_waiver_is_a_problem_at_its_file_and_line(river: River, waiver: str, message: str) -> None:
    river.waive(waiver)
    r = river.check("--coverage")
    assert r.code == 2
    assert r.out.splitlines()[0] == f"{river.facts / 'waivers.yaml'}:9: {message}"
    assert r.out.endswith(UNCOVERED_OUT)
    assert "defectcli: 1 problem in " in r.err


def test_a_waiver_needs_a_reason_and_a_known_source(river: River) -> None:
    river.waive('"Nobody knows how many remain."', '""')
    river.edit("waivers.yaml", "  - source: r1\n    sentence: \"The story", "  - source: r2\n    sentence: \"The story")
    r = river.check("--coverage")
    shown = river.facts / "waivers.yaml"
    assert r.code == 2
    assert r.out.splitlines()[:2] == [
        f"{shown}:6: source 'r2' is not a known source id",
        f"{shown}:9: a waiver needs a reason: why the sentence states no fact",
    ]
    river.edit("waivers.yaml", '    reason: ""\n', "")
    r = river.check()
    assert r.out.splitlines() == [  # every problem, in file and line order
        f"{shown}:6: source 'r2' is not a known source id",
        f"{shown}:9: waiver is missing required field 'reason'",
    ]


def test_coverage_needs_sources(river: River) -> None:
    r = run("check", "--facts", str(river.facts), "--coverage")
    assert (r.code, r.out, r.err) == (2, "", "defectcli: --coverage: needs --sources DIR, the texts whose sentences it counts\n")


def test_queries_answer_from_a_base_with_waivers(river: River) -> None:
    r = run("person", "Capt Moe Kyaw", "--facts", str(river.facts), "--format", "json")
    assert r.code == 0 and '"name": "Moe Kyaw"' in r.out


def test_a_waiver_of_an_unknown_source_stops_queries_as_it_stops_check(river: River) -> None:
    river.edit("waivers.yaml", "  - source: r1\n", "  - source: r2\n")
    expected = f"{river.facts / 'waivers.yaml'}:3: source 'r2' is not a known source id"
    assert run("check", "--facts", str(river.facts)).out.splitlines() == [expected]
    r = run("people", "--facts", str(river.facts))
    assert (r.code, r.err) == (2, f"defectcli: {expected}\n")


@pytest.mark.parametrize(("excerpt", "found"), [
    ("The ferry pilots walked away", True),  # where a word begins
    ("erry pilots walked away from the", True),  # inside a word
    ("pilots walked away from the harbour board.", True),
    ("The ferry pilots ran away", False),
    ("board. The board", True),  # across lines, as normalised text reads
    ("The board paid them everything", False),
    ("x", False), ("", True),
])
def test_an_excerpt_is_found_wherever_it_starts_and_nowhere_it_is_not(excerpt: str, found: bool) -> None:
    text = "Harbour news\n\nThe ferry pilots walked away from the harbour board.\nThe board paid them nothing.\n"
    cited = [provenance.Cited("f.yaml", 3, "figure", "r", "evidence", "s1", excerpt, None)] * 2  # the second, indexed
    problems = provenance.check_provenance(cited, {"s1": text})
    assert (not problems) == found
