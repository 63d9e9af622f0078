"""draft: what it suggests for each cue, that its output is a fact file whose markers check refuses,
and what it refuses."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from .helpers import Mini, Result, run

INTERVIEW = """Capt. Zay Thu Aung left the air force in 2022.
RFA: Why did you leave?
Zay Thu Aung: I could not bomb my own people. The orders kept coming.
More than 3,000 soldiers and some 7,000 police have defected since March 3, said the group.
He said, “The road is not easy,” and laughed.
"""


@pytest.fixture
def interview(tmp_path: Path) -> tuple[Path, str]:
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "rfa.txt"
    article.write_text(INTERVIEW)
    assert run("add-source", str(article), "--facts", str(facts)).code == 0
    r = run("draft", "s1", "--facts", str(facts))
    assert r.code == 0, r.err
    return facts, r.out


def test_an_interview_answer_is_a_quote_of_its_speaker_and_the_question_a_waiver(interview: tuple[Path, str]) -> None:
    _, text = interview
    doc = yaml.safe_load(text)
    (person,) = doc["people"]
    assert (person["id"], person["name"]) == ("zay-thu-aung", "Zay Thu Aung")
    answer = doc["quotes"][0]
    assert (answer["speaker"], answer["parts"], answer["line"]) == (
        "zay-thu-aung", ["I could not bomb my own people. The orders kept coming."], 3)
    assert {"source": "s1", "sentence": "RFA: Why did you leave?", "reason": "a question of the interview"}.items() \
        <= doc["waivers"][1].items()
    # The earlier sentence naming him points to the same person, not a second record.
    assert "# Zay Thu Aung (zay-thu-aung) is suggested in this draft: add this sentence to that record" in text


def test_quote_marks_give_a_quote_and_numbers_figures(interview: tuple[Path, str]) -> None:
    doc = yaml.safe_load(interview[1])
    road = doc["quotes"][1]
    assert (road["speaker"], road["parts"], road["line"]) == ("fill-in", ["The road is not easy,"], 5)
    figures = [(f["value"], f["comparator"], f["wording"], f["unit"]) for f in doc["figures"]]
    # Neither the year 2022 nor the day of "March 3" is a count; a count of persons is in people, as the
    # fact base counts them; two comparators are two figures, not one total of parts.
    assert figures == [(3000, "more_than", "More than 3,000", "people"), (7000, "about", "some 7,000", "people")]
    assert all(f["excerpt"] == INTERVIEW.splitlines()[3] for f in doc["figures"])


def test_the_draft_is_a_fact_file_whose_every_marker_check_refuses(interview: tuple[Path, str]) -> None:
    facts, text = interview
    (facts / "s1-facts.yaml").write_text(text)
    r = run("check", "--facts", str(facts))
    assert r.code == 2
    markers = [line for line in r.out.splitlines() if ": draft marker: " in line]
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if line.startswith("  - ")]
    suggested = sum(len(v) for v in yaml.safe_load(text).values() if isinstance(v, list))
    assert len(markers) == suggested == len(lines)
    # Each at the line its record starts on.
    assert [int(m.split(":")[1]) for m in markers] == sorted(lines, key=lambda n: n)


def test_a_known_person_is_the_speaker_and_the_same_figure_is_named(mini: Mini, tmp_path: Path) -> None:
    article = mini.sources / "second.txt"
    article.write_text("“The bridge is gone,” said Aye Mya.\nThe town now has about 300 people, the board says.\n")
    (mini.facts / "s2.yaml").write_text(
        "sources:\n  - id: h2\n    kind: article\n    sha256: "
        + hashlib.sha256(article.read_bytes()).hexdigest()
        + "\n    date: {precision: unknown, basis: stated}\n")
    r = run("draft", "h2", "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert r.code == 0, r.err
    doc = yaml.safe_load(r.out)
    assert "people" not in doc
    assert doc["quotes"][0]["speaker"] == "aye-mya"
    assert "# The fact base has figure population (h1: about 300, people in the town now) of the same value: if this" \
        in r.out


def drafted(tmp_path: Path, text: str) -> Result:
    """`draft` of a new source whose text is `text`, in a fact base of its own."""
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "notes.txt"
    article.write_text(text)
    assert run("add-source", str(article), "--facts", str(facts)).code == 0
    return run("draft", "s1", "--facts", str(facts))


def test_an_article_with_footnote_marks_beside_its_numbers_is_drafted(tmp_path: Path) -> None:
    # re-run 148 A1: a superscript beside a number ("In ²⁰²¹, ² of 3 soldiers") ended draft with a traceback
    r = drafted(tmp_path, "In ²⁰²¹, ² of 3 soldiers in the unit defected, the captain said.\n"
                          "More than 3,000¹ soldiers have left since 2021, he said.\n"
                          f"He said {'1' * 400}% of the 3,000 soldiers were police.\n")  # (re-run 149: value: inf)
    assert r.code == 0, r.err
    figures = [(f["value"], f["wording"]) for f in yaml.safe_load(r.out)["figures"]]
    assert (3000, "More than 3,000") in figures and all("²" not in w and "1" * 20 not in w for _, w in figures)
    assert "inf" not in r.out.split()


def test_every_id_a_draft_suggests_is_one_check_takes(tmp_path: Path) -> None:
    # re-run 150 A1: a sentence's second figure was named by its value as `:g` writes it (2e+06, 2.5); check refused it
    r = drafted(tmp_path, "About 300 soldiers defected in March, and 2,000,000 people fled the fighting.\n"
                          "Some 40 soldiers defected, and 2.5 percent of the police did.\n")
    ids = [r["id"] for kind in yaml.safe_load(r.out).values() if isinstance(kind, list) for r in kind if "id" in r]
    assert {"s1-figure-1-2000000", "s1-figure-2-2-5"} <= set(ids)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


def test_every_number_a_draft_writes_is_written_out_as_check_takes_it(tmp_path: Path) -> None:
    # re-run 151 A1: a value under 0.0001 was written as Python writes it (1e-05), which check refuses
    r = drafted(tmp_path, "Some 0.00001 percent of the soldiers defected, the captain said.\n"
                          "Between 0.00001 and 0.00002 percent of the police left, he said.\n"
                          "About 0.00001 percent of soldiers and 0.00002 percent of police defected.\n"
                          "Each defector got 0.00001 baht a month, he said.\n"
                          "About 300 soldiers defected, and 0.00005 percent of the police did.\n")
    written = re.findall(r"\bvalue(?:_max)?: ([^,}\s]+)", r.out)
    assert r.code == 0 and "0.00001" in written and "0.00005" in written
    assert all(re.fullmatch(r"\d+(?:\.\d+)?", v) for v in written), written
    ids = re.findall(r"^ *- id: (\S+)$", r.out, re.MULTILINE)
    assert "s1-figure-5-0-00005" in ids and all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


@pytest.mark.parametrize(("sentence", "values"), [
    ("Some 2.01 thousand soldiers defected, the captain said.", ["2010"]),
    ("Some 8.04 thousand soldiers defected, the captain said.", ["8040"]),
    ("About 0.1 percent of soldiers and 0.2 percent of police defected.", ["0.3", "0.1", "0.2"]),  # the total, its parts
    ("Some 4503599627370495.3 soldiers defected, the captain said.", []),
])
def test_a_draft_works_a_number_out_in_decimal_as_the_text_writes_it(tmp_path: Path, sentence: str,
                                                                    values: list[str]) -> None:
    # re-run 153 A1: worked out in floats, 2.01 thousand was 2009.9999999999998 and 0.1 + 0.2 was 0.30000000000000004;
    # below 2**52 too, a float holds no .3 of 4503599627370495.3, and check took each as written
    r = drafted(tmp_path, sentence + "\n")
    assert (r.code, re.findall(r"\bvalue: ([^,}\s]+)", r.out)) == (0, values)


@pytest.mark.parametrize("sentence", ["3,000 soldiers and 9,007,199,254,740,000 police defected.",
                                      "Over 9,007,199,254,740,993 soldiers defected.",
                                      "Over 9,007,199,254,740,992.5 soldiers defected.",
                                      "Over 9,007,199,254,740.993 thousand soldiers defected.",
                                      # re-run 152 A2: past 2**52 a float holds no fraction (2**53 - 0.5 was 2**53)
                                      "Over 9,007,199,254,740,991.5 soldiers defected.",
                                      "Some 4503599627370496.5 soldiers and 4503599627370496.5 police defected.",
                                      "Some 4503599627370495.5 soldiers and 0.25 police defected."])
def test_a_draft_suggests_no_value_past_what_a_record_may_hold(tmp_path: Path, sentence: str) -> None:
    # re-run 150 A2: parts in bound were summed past it (check refused the value); 2**53 + 1 was written as 2**53
    r = drafted(tmp_path, f"{sentence} The captain said so.\n")
    written = re.findall(r"\bvalue: ([^,}\s]+)", r.out)  # each as the sentence writes it: no float's rounding
    assert r.code == 0 and all(v in sentence.replace(",", "") and float(v) <= 2**53 for v in written), written


def test_draft_refuses_in_one_line(interview: tuple[Path, str]) -> None:
    facts, _ = interview
    (facts / "taken.yaml").write_text("themes: []\n")
    for args, message in [
        (["s9"], "ID: unknown value 's9'; valid: s1"),
        (["s1", "--out", str(facts / "taken.yaml")], f"--out: '{facts / 'taken.yaml'}' exists; draft writes only a "
                                                       "new file"),
        (["s1", "--sources", str(facts)], None),
    ]:
        r = run("draft", *args, "--facts", str(facts))
        assert r.code == 2 and r.out == ""
        if message is not None:
            assert r.err == f"defectcli: {message}\n"
        else:
            assert r.err.startswith("defectcli: source 's1': no file in ")


def test_a_source_id_in_a_base_with_no_sources_says_there_are_none_yet(tmp_path: Path) -> None:
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    for args, option in [(["draft", "s1"], "ID"), (["stats", "--source", "s1"], "--source"),
                         (["search", "soldiers", "--source", "s1"], "--source")]:
        r = run(*args, "--facts", str(facts))
        assert (r.code, r.out, r.err) == (2, "", f"defectcli: {option}: unknown value 's1'; the fact base has no sources "
                                                 "yet (`defectcli add-source FILE` adds one)\n"), args


def test_out_dash_is_stdout_as_export_reads_it(interview: tuple[Path, str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    facts, text = interview
    monkeypatch.chdir(tmp_path)
    r = run("draft", "s1", "--facts", str(facts), "--out", "-")
    assert (r.code, r.out) == (0, text)
    assert not (tmp_path / "-").exists()


def test_a_sentence_the_article_repeats_gets_one_waiver_which_check_takes_for_every_place(tmp_path: Path) -> None:
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "t.txt"
    article.write_text("Soldiers Leave Posts\n\nReporter: Why? Why? Why?\nThe soldiers left the base at night.\n"
                       "They walked.\nThe soldiers left the base at night.\n")
    assert run("add-source", str(article), "--facts", str(facts), "--id", "t1").code == 0
    r = run("draft", "t1", "--facts", str(facts))
    assert r.code == 0, r.err
    sentences = [w["sentence"] for w in yaml.safe_load(r.out)["waivers"]]
    assert sentences == ["Soldiers Leave Posts", "Reporter: Why?", "Why?", "The soldiers left the base at night.",
                         "They walked."]
    assert "  # (again at t1:6: one waiver covers every place of it)\n  - source: t1\n" \
           "    sentence: \"The soldiers left the base at night.\"\n" in r.out
    # Finished (its markers deleted), the draft passes check's coverage: every sentence waived, no second waiver.
    (facts / "t1-facts.yaml").write_text("".join(line + "\n" for line in r.out.splitlines()
                                                 if not line.lstrip().startswith("draft:")))
    checked = run("check", "--facts", str(facts), "--sources", str(facts / "sources"), "--coverage")
    assert "waiver" not in checked.out + checked.err
    assert "defectcli: t1: 7 sentences, 0 cited, 7 waived, 0 uncovered\n" in checked.err
    # A second waiver of it by hand is one problem, not one for each place of the sentence.
    with (facts / "t1-facts.yaml").open("a") as f:
        f.write('  - source: t1\n    sentence: "The soldiers left the base at night."\n    reason: "again"\n')
    checked = run("check", "--facts", str(facts), "--sources", str(facts / "sources"), "--coverage")
    starts = [n for n, line in enumerate((facts / "t1-facts.yaml").read_text().splitlines(), start=0)
              if line == '    sentence: "The soldiers left the base at night."']  # the line before: its waiver's start
    assert [line for line in checked.out.splitlines() if "waiver" in line] == [
        f"{facts / 't1-facts.yaml'}:{starts[1]}: a second waiver for this sentence (first at t1-facts.yaml:{starts[0]})"]


@pytest.mark.parametrize("between", ["\u200b", "\ufeff", "\u200f", "\u202e"])
def test_an_answer_whose_sentences_a_character_that_draws_nothing_joins_is_quoted_verbatim(
        tmp_path: Path, between: str) -> None:
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "t.txt"
    article.write_text(f"Soldiers Leave\n\nMin Thu: I left in 2022.\nMin Thu: I left.{between} It was hard.\n")
    assert run("add-source", str(article), "--facts", str(facts), "--id", "t1").code == 0
    r = run("draft", "t1", "--facts", str(facts))
    assert r.code == 0, r.err
    (answer,) = [q for q in yaml.safe_load(r.out)["quotes"] if q["line"] == 4]
    assert answer["parts"] == [f"I left.{between} It was hard."]
    # Finished, the draft passes check's coverage: the quote is found on its line, and cites both sentences.
    (facts / "t1-facts.yaml").write_text("".join(line.replace("themes: []", "themes: [leaving]") + "\n"
                                                 for line in r.out.splitlines() if not line.lstrip().startswith("draft:")))
    checked = run("check", "--facts", str(facts), "--sources", str(facts / "sources"), "--coverage")
    assert "not on line" not in checked.out and "0 uncovered" in checked.err, checked.out + checked.err


def test_draft_out_counts_one_sentence_as_one(tmp_path: Path) -> None:
    # re-run 104 (borderline): "wrote …: 1 sentences of s1"
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "one.txt"
    article.write_text("Zay Thu Aung served 18 years in the air force.\n")
    assert run("add-source", str(article), "--facts", str(facts)).code == 0
    r = run("draft", "s1", "--facts", str(facts), "--out", str(facts / "s1-draft.yaml"))
    assert (r.code, r.err) == (0, f"defectcli: wrote {facts / 's1-draft.yaml'}: 1 sentence of s1 to finish; `check` "
                                  "refuses its draft markers\n")



FOUR = "Lin Aung enlisted in 2020.\nBo Pyay joined the army at 17.\nMaung Sein is 19.\nThe war goes on.\n"


def bounded_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: str, value: int) -> tuple[Result, set[str]]:
    """`draft` of an article of four sentences with one of its bounds (grow.MAX_DRAFTED, MAX_DRAFTED_CHARS) lowered:
    what it says, and the sentences its records and waivers start on."""
    from defectcli.api import grow

    monkeypatch.setattr(grow, cap, value)
    facts = tmp_path / "mine"
    assert run("init", str(facts), "--empty").code == 0
    article = tmp_path / "four.txt"
    article.write_text(FOUR)
    assert run("add-source", str(article), "--facts", str(facts)).code == 0
    r = run("draft", "s1", "--facts", str(facts))
    assert r.code == 0
    doc = yaml.safe_load(r.out)
    return r, {row.get("excerpt") or row["sentence"] for rows in doc.values() if isinstance(rows, list) for row in rows}


def test_a_draft_starts_on_so_many_sentences_and_says_how_many_are_left(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # re-run 133 A1: a 10 MB article of 600,000 short sentences took 154 s and made 207 MB of YAML
    r, drafted = bounded_draft(tmp_path, monkeypatch, "MAX_DRAFTED", 2)
    assert r.out.splitlines()[0] == "# 2 more sentences, from line 3, are not in this draft: draft s1 again once these " \
        "are cited or waived"
    assert r.err == "defectcli: source 's1': 2 more sentences no record cites are not in this draft (it starts on the " \
        "first 2); draft it again once these are cited or waived\n"
    assert drafted == {"Lin Aung enlisted in 2020.", "Bo Pyay joined the army at 17."}


def test_a_draft_starts_on_so_many_characters_of_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # re-run 134 A1: 444 KB of sentences of a dozen figures each took 11 s
    r, drafted = bounded_draft(tmp_path, monkeypatch, "MAX_DRAFTED_CHARS", 40)
    assert r.out.splitlines()[0] == "# 3 more sentences, from line 2, are not in this draft: draft s1 again once these " \
        "are cited or waived"
    assert drafted == {"Lin Aung enlisted in 2020."}
