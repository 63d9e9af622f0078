"""`defectcli verify` on a fact base of the tests' own (tests/data/verify: two invented articles and
their facts): one verdict per claim, its evidence and reason, every output format, bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment

from .helpers import Result, run

FACTS = Path(__file__).parent / "data" / "verify" / "facts"
SOURCES = Path(__file__).parent / "data" / "verify" / "sources"


def verify(*args: str, stdin: str | bytes | None = None) -> Result:
    result = CliRunner().invoke(app, ["verify", *args, "--facts", str(FACTS)], input=stdin, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def results(*args: str, stdin: str | bytes | None = None) -> list[dict[str, Any]]:
    r = verify(*args, "-f", "json", stdin=stdin)
    assert r.code in (0, 1), r.err
    rows: list[dict[str, Any]] = json.loads(r.out)
    return rows


def test_the_test_fact_base_holds_against_its_articles() -> None:
    r = run("check", "--facts", str(FACTS), "--sources", str(SOURCES), "--coverage")
    assert r.code == 0, r.err


# (claim, its one verdict, the record that decides it). Every hard case of the issue is here: a figure
# given to the other organisation (2, 4), a part taken for the whole (9) and the whole for a part (7),
# parts swapped (10), a rate per week for per month (12), the number right but the unit wrong (13, 20),
# a range bound swapped (16, 17), an estimate stated as exact (19), a date the sources dispute (28), a
# quote with a word changed (34) or dropped (35, 37), a paraphrase in quote marks (36), the right words
# given to the wrong speaker (33, 39, 40), subjects the fact base never mentions (42 to 44, 46).
CLAIMS = [
    ("According to Harbour Watch, 4,210 guards have left the Border Service.", "matches", "desertions-watch"),
    ("According to the Valley Council, 4,210 guards have left the Border Service.", "misattributed",
     "desertions-watch"),
    ("According to the Valley Council, more than 5,000 guards have deserted.", "matches", "desertions-council"),
    ("Harbour Watch says more than 5,000 guards have deserted.", "misattributed", "desertions-council"),
    ("4,210 guards have left the Border Service since the uprising.", "disputed", "desertions-watch"),
    ("According to the Valley Council, 6,000 guards have deserted.", "differs", "desertions-council"),
    ("According to Harbour Watch, 4,210 wardens have left the Border Service.", "differs", "desertions-watch"),
    ("Harbour Watch counts 1,310 wardens among the guards who left.", "matches", "desertions-watch"),
    ("1,310 guards have left the Border Service, according to Harbour Watch.", "differs", "desertions-watch"),
    ("2,900 wardens have left the Border Service, according to Harbour Watch.", "differs", "desertions-watch"),
    ("Each deserter is paid 500 kyat per month by the Valley Council.", "matches", "council-payment"),
    ("Each deserter is paid 500 kyat a week by the Valley Council.", "differs", "council-payment"),
    ("Each deserter is paid 500 dollars per month by the Valley Council.", "differs", "council-payment"),
    ("Deserters accompanied by a child get 900 kyat a month.", "matches", "council-payment-with-child"),
    ("The Border Service drafts men aged 20 to 40.", "matches", "draft-age-men"),
    ("The Border Service drafts men aged 20 to 30.", "differs", "draft-age-men"),
    ("The Border Service drafts women aged 20 to 40.", "differs", "draft-age-women"),
    ("About 300 deserters live in the camp at Pine Ridge.", "matches", "camp-population"),
    ("300 deserters live in the camp at Pine Ridge.", "differs", "camp-population"),
    ("Deserters may stay in the camp for six months.", "differs", "camp-stay"),
    ("Deserters may stay in the camp for six weeks.", "matches", "camp-stay"),
    ("Min Thu joined the service aged 16.", "matches", "min-thu"),
    ("Min Thu joined the service at 18.", "differs", "min-thu"),
    ("Min Thu served for 12 years.", "matches", "min-thu"),
    ("Ko Ko Naing is 33 years old.", "matches", "ko-ko-naing"),
    ("Aye Chan entered the service in 2011.", "matches", "aye-chan-enlists"),
    ("Aye Chan joined the service in 2012.", "differs", "aye-chan-enlists"),
    ("Captain Ko Ko Naing deserted in 2021.", "disputed", "ko-ko-naing-deserts"),
    ("Ko Ko Naing deserted in 2018.", "differs", "ko-ko-naing-deserts"),
    ("The uprising began in March 2019.", "matches", "uprising"),
    ("The uprising took place in March 2020.", "differs", "uprising"),
    ("Min Thu said: “I never thought I would leave, but the orders became cruel.”", "matches", "q-min-thu-cruel"),
    ("Aye Chan said: “I never thought I would leave, but the orders became cruel.”", "misattributed",
     "q-min-thu-cruel"),
    ("Min Thu said: “I never thought I would leave, but the orders were cruel.”", "misquoted", "q-min-thu-cruel"),
    ("Min Thu said: “I never thought I would leave, but orders became cruel.”", "misquoted", "q-min-thu-cruel"),
    ("Min Thu said: “I never thought that I would leave, but then the orders turned cruel.”", "misquoted",
     "q-min-thu-cruel"),
    ("“We were told to burn the fields of our neighbours,” said Aye Chan.", "misquoted", "q-aye-chan-burn"),
    ("“We were told to burn the fields of our own neighbours. That was the day I decided to go,” said Aye Chan.",
     "matches", "q-aye-chan-burn"),
    ("According to the Valley Council: “Leave now, while the road is open!”", "misattributed", "q-watch-leave-now"),
    ("John Smith said: “Leave now, while the road is open!”", "misattributed", "q-watch-leave-now"),
    ("“Leave now, while the road is open!”", "matches", "q-watch-leave-now"),
    ("The Border Service has 80,000 soldiers.", "not_found", None),
    ("“We will win the war by Christmas,” said Min Thu.", "not_found", None),
    ("Aye Chan deserted in 2015.", "not_found", None),
    ("A former sergeant said: “I did not have a single day of rest in two years.”", "matches", "q-sergeant-rest"),
    ("A former sergeant said: “I did … have a single day of rest in two years.”", "misquoted", "q-sergeant-rest"),
    ("A former sergeant said: “I did not have a single day of rest … two years.”", "matches", "q-sergeant-rest"),
    # an ellipsis may skip words, but not a denial: "I … thought I would leave" says the opposite
    ("Min Thu said: “I ... thought I would leave, but the orders became cruel.”", "misquoted", "q-min-thu-cruel"),
    ("Min Thu joined the service in 2005.", "not_found", "min-thu-enlists"),
    ("Min Thu's brother died in 2011.", "not_found", None),
    ("Captain Ko Ko Naing served for 14 years.", "matches", "ko-ko-naing"),
    ("Ko Ko Naing served for 18 years.", "differs", "ko-ko-naing"),
    ("Min Thu said: “I never wanted to join the service in the first place.”", "not_found", None),
    ("“The orders changed after the uprising, and we were sent against the villages,” Ko Ko Naing remarks.",
     "misquoted", "q-ko-ko-naing-orders"),
]


@pytest.mark.parametrize(("claim", "verdict", "record"), CLAIMS, ids=[c[0][:48] for c in CLAIMS])
def test_each_claim_gets_its_verdict_and_evidence(claim: str, verdict: str, record: str | None) -> None:
    r = verify(claim, "-f", "json")
    (row,) = json.loads(r.out)
    assert (row["verdict"], row["evidence"][0]["id"] if row["evidence"] else None) == (verdict, record), row["reason"]
    assert r.code == (0 if verdict == "matches" else 1)


def test_every_verdict_of_the_vocabulary_is_in_the_table() -> None:
    assert {c[1] for c in CLAIMS} == {"matches", "differs", "disputed", "misquoted", "misattributed", "not_found"}


@pytest.mark.parametrize(("claim", "reason"), [
    ("According to the Valley Council, 4,210 guards have left the Border Service.",
     "the figure is stated by Harbour Watch (r1), not the Valley Council"),
    ("1,310 guards have left the Border Service, according to Harbour Watch.",
     "1,310 is the wardens among them; the whole is 4,210 people (Harbour Watch (r1))"),
    ("2,900 wardens have left the Border Service, according to Harbour Watch.",
     "Harbour Watch (r1) counts 1,310 wardens; 2,900 is the porters"),
    ("Each deserter is paid 500 kyat a week by the Valley Council.",
     "the number is right but not the unit: the article itself (r1) says 500 kyat per month, not kyat per week"),
    ("The Border Service drafts women aged 20 to 40.",
     "the article itself (r1) says aged 20–30; aged 20–40 is ages of men the Border Service drafts"),
    ("Min Thu joined the service at 18.", "the article (r1) gives Min Thu’s age on joining as 16 years"),
    ("4,210 guards have left the Border Service since the uprising.",
     "the sources disagree: Harbour Watch 4,210 people (r1); Valley Council over 5,000 people (r2) "
     "(conflict desertion-totals)"),
    ("Captain Ko Ko Naing deserted in 2021.", "the sources disagree on when: 2020 or 2021 (conflict uprising-year)"),
    ("The uprising took place in March 2020.", "the fact base dates it March 2019, not March 2020; see conflict uprising-year"),
    ("The uprising took place on 31 September 2019.", "no such day: September 2019 has 30 days; the fact base dates it "
     "March 2019, not 31 September 2019; see conflict uprising-year"),
    ("Min Thu joined the service in 2005.", "the fact base has the event (min-thu-enlists) but gives it no date"),
    ("Aye Chan said: “I never thought I would leave, but the orders became cruel.”",
     "said by Min Thu (r1:5), not by Aye Chan"),
    ("John Smith said: “Leave now, while the road is open!”",
     "said by Harbour Watch (r1:10), not by John Smith; the fact base knows no 'John Smith'"),
    ("Min Thu said: “I never thought I would leave, but orders became cruel.”",
     "Min Thu said it otherwise (r1:5): I never thought I would leave, but {+the+} orders became cruel,"),
])
def test_the_reason_says_what_the_sources_say(claim: str, reason: str) -> None:
    (row,) = results(claim)
    assert row["reason"] == reason


# The quote threshold (verdict_quotes.QUOTE_THRESHOLD, 0.67) was tuned on these: misquotes of the
# fact base's quotes score 0.80 or more; sentences in quote marks that share a clause or a few words
# with one but say something else, 0.63 or less.
NEAR_QUOTES = [
    ("Min Thu said: “The orders became cruel, but I never thought I would leave.”", "misquoted"),
    ("A former sergeant said: “I did not have one single day of rest in two years.”", "misquoted"),
    ("Harbour Watch declared: “Leave now while the road is still open!”", "misquoted"),
    ("Min Thu said: “I never thought I would see my family again.”", "not_found"),
    ("Aye Chan said: “That was the day the uprising began.”", "not_found"),
    ("Aye Chan said: “I did not want to burn the fields.”", "not_found"),
    ("Harbour Watch declared: “Leave the camp before the road is closed.”", "not_found"),
    ("Min Thu said: “We were told to stay in the camp for six weeks.”", "not_found"),
]


@pytest.mark.parametrize(("claim", "verdict"), NEAR_QUOTES, ids=[c[0][:48] for c in NEAR_QUOTES])
def test_a_quote_is_misquoted_only_when_it_is_near_a_recorded_one(claim: str, verdict: str) -> None:
    (row,) = results(claim)
    assert row["verdict"] == verdict, row["reason"]


def test_a_misquote_comes_with_a_word_diff_against_the_verbatim_text() -> None:
    (row,) = results("“We were told to burn the fields of our neighbours,” said Aye Chan.")
    assert row["diff"] == "We were told to burn the fields of our {+own+} neighbours,"
    (row,) = results("Min Thu said: “I never thought I would leave, but the orders were cruel.”")
    assert row["diff"] == "I never thought I would leave, but the orders [-were-] {+became+} cruel,"


DRAFT = """\
Since the uprising in March 2019, 4,210 guards have left the Border Service, according to Harbour Watch.
Min Thu joined the service aged 16. “I never thought I would leave, but the orders were cruel,” he said.

Each deserter is paid 500 kyat a week, and Aye Chan entered the service in 2011.
"""


def test_a_draft_on_stdin_gives_one_result_per_claim_in_order() -> None:
    rows = results("-", stdin=DRAFT)
    assert [(r["sentence"], r["line"], r["kind"], r["claim"], r["verdict"]) for r in rows] == [
        (1, 1, "date", "March 2019", "matches"),
        (1, 1, "number", "4,210 guards", "matches"),
        (2, 2, "number", "aged 16", "matches"),
        (3, 2, "quote", "“I never thought I would leave, but the orders were cruel,”", "misquoted"),
        (4, 4, "number", "500 kyat a week", "differs"),
        (4, 4, "date", "2011", "matches"),
    ]


def test_a_draft_from_a_file_is_the_same_as_from_stdin(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\xef\xbb\xbf" + DRAFT.replace("\n", "\r\n").encode())
    assert results("--file", str(draft)) == results("-", stdin=DRAFT)


def test_a_quote_split_into_sentences_is_one_claim() -> None:
    (row,) = results("“We were told to burn the fields of our own neighbours. That was the day I decided to go,” "
                     "said Aye Chan.")
    assert (row["verdict"], row["read"]) == ("matches", {
        "quote": "We were told to burn the fields of our own neighbours. That was the day I decided to go,",
        "speaker": "Aye Chan"})


@pytest.mark.parametrize(("claim", "read"), [
    ("More than 5,000 guards deserted.", {"value": 5000, "value_max": None, "comparator": "more_than", "unit": "people",
                                          "per": None, "counts": "guards"}),
    ("Nearly twenty-two porters left.", {"value": 22, "value_max": None, "comparator": "nearly", "unit": None,
                                         "per": None, "counts": "porters"}),
    ("Between 20 and 40 recruits joined.", {"value": 20, "value_max": 40, "comparator": "range", "unit": "people",
                                            "per": None, "counts": "recruits"}),
    ("Men aged 20-40 are drafted.", {"value": 20, "value_max": 40, "comparator": "range", "unit": "years of age",
                                     "per": None, "counts": None}),
    ("At least 1.2 million refugees crossed.", {"value": 1200000, "value_max": None, "comparator": "at_least",
                                                "unit": "people", "per": None, "counts": "refugees"}),
    ("A dozen wardens stayed.", {"value": 12, "value_max": None, "comparator": "about", "unit": None, "per": None,
                                 "counts": "wardens"}),
    ("Seven soldiers fled.", {"value": 7, "value_max": None, "comparator": "exact", "unit": "people", "per": None,
                              "counts": "soldiers"}),
    ("Up to 900 kyat a month is paid.", {"value": 900, "value_max": None, "comparator": "at_most", "unit": "kyat",
                                         "per": "month", "counts": None}),
    ("He served for two decades.", {"value": 20, "value_max": None, "comparator": "exact", "unit": "years",
                                    "per": None, "counts": None}),
    # A share of no count said reads as the percent it is, as stated, however small; a fraction to four figures.
    ("About 0.001 percent of guards deserted.", {"value": 0.001, "comparator": "about", "unit": "percent"}),
    ("Some 0.005% of guards deserted.", {"value": 0.005, "comparator": "about", "unit": "percent"}),
    ("Exactly 12.345 percent of guards deserted.", {"value": 12.345, "unit": "percent"}),
    ("A third of the guards deserted.", {"value": 33.33, "unit": "percent"}),
    ("A sixth of the guards deserted.", {"value": 16.67, "unit": "percent"}),
])
def test_numbers_are_read_with_comparator_range_unit_and_what_they_count(claim: str, read: dict[str, object]) -> None:
    (row,) = results(claim)
    shown = row["read"]
    assert isinstance(shown, dict)
    assert {k: shown[k] for k in read} == read


@pytest.mark.parametrize(("claim", "text", "read"), [
    ("No more than 200 guards deserted.", "No more than 200 guards", {"value": 200, "comparator": "at_most"}),
    ("5,000 or more guards deserted.", "5,000 or more guards", {"value": 5000, "comparator": "at_least"}),
    ("Two thousand five hundred guards marched.", "Two thousand five hundred guards",
     {"value": 2500, "comparator": "exact", "unit": "people"}),
    ("Each deserter got $500 a month.", "$500 a month", {"value": 500, "unit": "dollars", "per": "month"}),
    ("The pay rose from 500 to 700 kyat.", "700 kyat", {"value": 700, "value_max": None, "comparator": "exact"}),
    ("Aye Chan came with three others.", "three others", {"value": 3, "unit": "people", "counts": "others"}),
    # Thousands set off as typeset text sets them off, and in another script's digits.
    *[(f"More than 12{sep}341 guards deserted.", f"More than 12{sep}341 guards", {"value": 12341, "unit": "people"})
      for sep in ("\u202f", "\u00a0", "\u2009", "\u2007")],
    ("More than ١٢٬٣٤١ guards deserted.", "More than ١٢٬٣٤١ guards", {"value": 12341, "unit": "people"}),
    ("Battalion 12 300 soldiers left.", "300 soldiers", {"value": 300, "unit": "people"}),  # a plain space parts two
])
def test_a_number_reads_as_draft_reads_it(claim: str, text: str, read: dict[str, object]) -> None:
    (row,) = results(claim)
    shown = row["read"]
    assert isinstance(shown, dict)
    assert (row["claim"], {k: shown[k] for k in read}) == (text, read)


@pytest.mark.parametrize(("claim", "read", "verdict"), [
    ("The uprising took place on 15th March 2019.", "15th March 2019", "differs"),
    ("The uprising took place on the 15th of March 2019.", "15th of March 2019", "differs"),
    ("The uprising took place on March 15th, 2019.", "March 15th, 2019", "differs"),
    ("The uprising took place on 2019-03-15.", "2019-03-15", "differs"),
    ("The uprising took place on 2019/03/15.", "2019/03/15", "differs"),
    ("The uprising took place in March 2019.", "March 2019", "matches"),
    ("The uprising took place in March of 2019.", "March of 2019", "matches"),
    ("The uprising took place on March 15 of 2019.", "March 15 of 2019", "differs"),
    ("The uprising took place on 15 March of 2019.", "15 March of 2019", "differs"),
    ("The uprising took place on 15 March in 2019.", "15 March in 2019", "differs"),
    ("The uprising took place in 2019, on 15 March.", "2019, on 15 March", "differs"),
    ("The uprising took place on 2019年3月15日.", "2019年3月15日", "differs"),
    ("The uprising took place in 2019年3月.", "2019年3月", "matches"),
])
def test_a_date_is_read_with_its_day_however_the_day_is_written(claim: str, read: str, verdict: str) -> None:
    # The record says March 2019: a claim of a day in it is more than the record states, never a match.
    (row,) = results(claim)
    assert (row["claim"], row["verdict"]) == (read, verdict)


@pytest.mark.parametrize("claim", [
    "Aye Chan did not enter the service in 2011.", "Aye Chan never entered the service in 2011.",
    "Aye Chan entered the service not in 2011.", "According to the Harbour Board, not 1,204 people left the town.",
    "According to the Harbour Board, 1,204 people have not left the town.",
    "According to the Harbour Board, 1,204 people didn’t leave the town.",
    "Aye Chan did not, in fact, enter the service in 2011.", "Aye Chan did not (as reported) enter the service in 2011.",
    "Aye Chan has not — despite reports — entered the service in 2011.", "Aye Chan refused to enter the service in 2011.",
    "It is false that Aye Chan entered the service in 2011.", "Aye Chan didnt enter the service in 2011.",
    "Aye Chan did not, as far as we know, enter the service in 2011.",
    "Aye Chan did not, after all, enter the service in 2011.", "Aye Chan could hardly have entered the service in 2011.",
    "Aye Chan did not... enter the service in 2011.", "Aye Chan did not (as far as we know; reports differ) enter the "
    "service in 2011.", "In 2011, Aye Chan did not enter the service.", "Aye Chan, in 2011, did not enter the service.",
    "Aye Chan did not enter the service, in 2011.", "Aye Chan did not actually, officially enter the service in 2011.",
    "Back in 2011, Aye Chan did not enter the service.", "Aye Chan (in 2011) did not enter the service.",
    "Aye Chan — in 2011 — did not enter the service.", "In 2011: Aye Chan did not enter the service.",
    "Aye Chan did not enter the service: in 2011.", "Way back in 2011, Aye Chan did not enter the service.",
    "In 2011 Aye Chan, however, did not enter the service.", "In 2011 Aye Chan (a guard) did not enter the service.",
    # denials without "not", or of two words (found by an attack re-run: each was `matches`)
    "Aye Chan had not yet entered the service in 2011.", "Aye Chan had yet to enter the service in 2011.",
    "Each deserter is no longer paid 500 kyat per month.", "Aye Chan declined to enter the service in 2011.",
    "Aye Chan evaded the service in 2011.", "Aye Chan avoided entering the service in 2011.",
    "Aye Chan refrained from entering the service in 2011.", "Aye Chan resisted entering the service in 2011.",
    "Aye Chan dodged the service in 2011.", "Aye Chan stopped short of entering the service in 2011.",
    "Aye Chan was far from entering the service in 2011.", "It is incorrect that Aye Chan entered the service in 2011.",
    "It is wrong that Aye Chan entered the service in 2011.", "It is a myth that Aye Chan entered the service in 2011.",
    "Reports that Aye Chan entered the service in 2011 are wrong.",
    "Each deserter is paid 500 kyat per month, but this is untrue.",
    "Aye Chan entered the service in 2011 — that is false.",
    # a date that leads its sentence, before a subject of names that goes on past "and" or "or"
    "In 2011 Aye Chan and his brother did not enter the service.",
    "In 2011 Aye Chan or Min Thu did not enter the service.",
    # a bound, or one of a choice set off from the date
    "Aye Chan entered the service in 2011 at the earliest.", "Aye Chan entered the service in 2011 at the latest.",
    "Aye Chan entered the service in 2011 (or 2012).", "Aye Chan entered the service in 2011, or perhaps 2012.",
    "Aye Chan entered the service in 2011, possibly 2012.", "Aye Chan entered the service in 2011 or maybe 2012.",
    "Aye Chan entered the service in 2011 give or take a year.", "Aye Chan entered the service in 2011 ± 1.",
    "Aye Chan entered the service in 2011, plus or minus a year.",
    "Nobody says Aye Chan entered the service in 2011.", "Nothing suggests Aye Chan entered the service in 2011.",
    "Aye Chan was unable to enter the service in 2011.", "Aye Chan was prevented from entering the service in 2011.",
    "Aye Chan was kept from entering the service in 2011.", "Aye Chan was barred from the service in 2011.",
    "Aye Chan almost entered the service in 2011.", "Aye Chan nearly entered the service in 2011.",
    "Aye Chan disputes that he entered the service in 2011.",
    # and their neighbours, found by the next re-run
    "Aye Chan shunned the service in 2011.", "Aye Chan neglected to enter the service in 2011.",
    "Aye Chan escaped conscription in 2011.", "Each deserter has stopped being paid 500 kyat per month.",
    "Each deserter ceased to be paid 500 kyat per month.", "Deserters went without 500 kyat per month.",
    "None of the deserters is paid 500 kyat per month.", "It is a lie that Aye Chan entered the service in 2011.",
    "It is fake news that Aye Chan entered the service in 2011.", "The claim that Aye Chan entered the service in 2011 "
    "is bogus.", "Reports that Aye Chan entered the service in 2011 are mistaken.",
    "Aye Chan is said to have entered the service in 2011, but that's a myth.",
    "In 2011 both Aye Chan and his brother did not enter the service.",
    "In 2011 Aye Chan, his brother and his cousin did not enter the service.",
    "In 2011 Aye Chan (a farmer) and his brother did not enter the service.",
    "In 2011 Aye Chan and his brother, both farmers, did not enter the service.",
    "Min Thu did not, in fact, say “I never thought I would leave, but the orders became cruel.”",
    "Min Thu did not — despite reports — say “I never thought I would leave, but the orders became cruel.”",
    "Min Thu never said, as reported, “I never thought I would leave, but the orders became cruel.”",
    "Min Thu is falsely quoted as saying “I never thought I would leave, but the orders became cruel.”",
    # a bound or a rough date before a month or a day, or after a year in other words
    "The uprising took place before April 2019.", "The uprising took place on or before 15 March 2019.",
    "The uprising took place around March 2019.", "The uprising took place no earlier than 1 March 2019.",
    "The uprising took place in or around March 2019.", "The uprising took place by March 2019.",
    "Aye Chan entered the service in 2011 at the very earliest.", "Aye Chan entered the service in 2011 or thereafter.",
    "Aye Chan entered the service in 2011 and/or 2012.", "Aye Chan entered the service in 2011 [or 2012].",
    "Aye Chan entered the service in 2011 (2012?).", "Aye Chan entered the service in 2011 up to 2013.",
    "At the latest in 2011, Aye Chan entered the service.", "Aye Chan entered the service, at the latest, in 2011.",
    "Aye Chan entered the service in 2011, roughly.", "Aye Chan entered the service in 2011 — or was it 2012?",
    # a bound or a choice after an amount and what it counts
    "Each deserter is paid 500 kyat per month or more.", "Each deserter is paid 500 kyat per month at most.",
    "Each deserter is paid 500 kyat per month, maybe 600.", "Each deserter is paid 500 kyat per month (or 600).",
    "Each deserter is paid 500 kyat per month ± 100.", "Each deserter is paid 500 kyat per month at the very least.",
    "Each deserter is paid 500 kyat per month, give or take.",
    # found by the re-run after: more denials, more bounds and choices, and a time span that is no count
    "Aye Chan did not enter the service in 2010 or in 2011.", "Ko Ko Naing is said to have served for 14 years, "
    "but he did not.", "Aye Chan had planned to enter the service in 2011 but never did.",
    "Aye Chan entered the service in 2011: false.", "That Aye Chan entered the service in 2011 is a fabrication.",
    "Claims that Aye Chan entered the service in 2011 are groundless.", "Aye Chan contests that he entered the "
    "service in 2011.", "Aye Chan dismissed reports he entered the service in 2011.",
    "Aye Chan, without having entered the service in 2011, deserted.", "Aye Chan turned down the service in 2011.",
    "Aye Chan decided against entering the service in 2011.",
    "Min Thu disowns the words “I never thought I would leave, but the orders became cruel.”",
    "The uprising took place in late March 2019.", "The uprising took place in mid-March 2019.",
    "The uprising took place in the last week of March 2019.", "The uprising took place before or on 20 March 2019.",
    "The uprising took place prior to 20 March 2019.", "The uprising took place ahead of 20 March 2019.",
    "The uprising took place on the eve of 20 March 2019.", "The uprising took place in the run-up to April 2019.",
    "The uprising took place on 14 March 2019 or the day after.", "Aye Chan entered the service in 2011 or the year "
    "after.", "Aye Chan entered the service in 2011 or close to it.", "Aye Chan entered the service at the turn of 2011.",
    "Aye Chan entered the service in 2010 or in 2011.",
    "Each deserter is paid 500±100 kyat per month.", "Each deserter is paid 500 kyat per month, at best.",
    "Each deserter is paid 500 kyat per month minimum.", "Each deserter is paid a maximum 500 kyat per month.",
    "Each deserter is paid 500 kyat per month, possibly less.", "Each deserter is paid 500 kyat per month, sometimes 600.",
    "Each deserter is paid 500 kyat per month, up to 600.",
    "Ko Ko Naing deserted two years after the uprising.", "The uprising took place three weeks before 1 April 2019.",
    "Each deserter is paid 500 kyat per month, or slightly more.", "Each deserter is paid 500 kyat per month, or "
    "thereabouts.", "Each deserter is paid 500 kyat per month, if that.", "Each deserter is paid 500 kyat per month, "
    "rising to 600.", "Ko Ko Naing served for 14 years, perhaps longer.", "Ko Ko Naing served for 14 years and six "
    "months.", "Each deserter is paid 500 kyat per month (some get 600).",
    "Aye Chan refuted the claim that he entered the service in 2011.", "Aye Chan entered the service in 2011, a claim "
    "he denies.", "Aye Chan backed out of entering the service in 2011.", "Reports that Aye Chan entered the service in "
    "2011 have been disproved.", "Aye Chan skipped the service in 2011.", "The story that Aye Chan entered the service "
    "in 2011 is made up.", "Aye Chan sought to enter the service in 2011, in vain.",
    "Min Thu is incorrectly quoted as saying “I never thought I would leave, but the orders became cruel.”",
    "The uprising took place in the monsoon of 2019.", "The uprising took place on the last day of March 2019.",
    "The uprising took place on a Sunday in March 2019.", "The uprising took place subsequent to 1 March 2019.",
    # digits grouped with an apostrophe or a point: not 341, nor a fraction of a person
    "According to the Harbour Board, 1'204 people left the town.",
    "According to the Harbour Board, 1.204 people left the town.",
    # re-run 92 A8: a lie, and a payment of the past where the record's is current (each was `matches`)
    "Aye Chan lied that he entered the service in 2011.", "Aye Chan is lying when he says he entered the service in 2011.",
    "Deserters used to be paid 500 kyat per month.", "Deserters were once paid 500 kyat per month.",
    "Deserters were formerly paid 500 kyat per month.",
    # a quotation its speaker is said not to have spoken
    "Min Thu never said: “I never thought I would leave, but the orders became cruel.”",
    "It is false that Min Thu said “I never thought I would leave, but the orders became cruel.”"])
def test_a_number_or_a_date_in_a_clause_that_denies_it_is_no_claim(claim: str) -> None:
    # Each states the opposite of a record: a match would say the record backs it.
    assert results(claim) == []


def test_a_denial_in_another_clause_or_a_phrase_that_denies_nothing_leaves_the_claim() -> None:
    assert [r["verdict"] for r in results("Aye Chan, who did not want to fight, entered the service in 2011.")] == [
        "matches"]
    assert [r["verdict"] for r in results("There is no doubt that Aye Chan entered the service in 2011.")] == [
        "matches"]
    assert [r["claim"] for r in results("No more than 1,300 people left the town.")] == ["No more than 1,300 people"]
    assert [r["verdict"] for r in results("Not long after, in 2011, Aye Chan entered the service.")] == ["matches"]
    assert [r["verdict"] for r in results("In 2011, Aye Chan entered the service.")] == ["matches"]
    assert [r["verdict"] for r in results("Aye Chan (in 2011) entered the service.")] == ["matches"]
    assert [r["verdict"] for r in results("In 2011 Aye Chan, a soldier, entered the service.")] == ["matches"]
    # what the new denials must leave alone: a conjunction "yet", a comparator, a date set aside by the other
    assert [r["verdict"] for r in results("Yet in 2011 Aye Chan entered the service.")] == ["matches"]
    assert [r["verdict"] for r in results("In 2011 Aye Chan entered the service and never looked back.")] == [
        "matches"]
    assert [r["verdict"] for r in results("In 2011 Aye Chan and his brother entered the service.")] == ["matches"]
    assert [r["verdict"] for r in results("Aye Chan, who lied about his age, entered the service in 2011.")] == [
        "matches"]  # a lie in a clause of its own
    for aside in ("instead of", "rather than in", "in place of", "in lieu of", ", rather than, as reported, in",
                  ", contrary to reports of"):  # the value set aside is not stated
        said = f"Aye Chan entered the service in 2011 {aside} 2012.".replace(" ,", ",")
        assert [(r["claim"], r["verdict"]) for r in results(said)] == [("2011", "matches")], said
        said = f"Aye Chan entered the service in 2012 {aside} 2011.".replace(" ,", ",")
        assert [(r["claim"], r["verdict"]) for r in results(said)] == [("2012", "differs")], said
    assert [r["verdict"] for r in results(
        "Min Thu, who never rested, said: “I never thought I would leave, but the orders became cruel.”")] == ["matches"]


def test_a_year_keeps_its_claim_beside_another_whole_date_in_its_sentence() -> None:
    rows = [r for r in results("Aye Chan entered the service in 2011 and saw the uprising in March 2019.")
            if r["kind"] == "date"]
    assert [r["claim"] for r in rows] == ["2011", "March 2019"]  # "March" is March 2019's, not more of 2011
    assert rows[0]["verdict"] == "matches"


SHAPES = ["{} of 3 guards deserted.", "Aye Chan entered the service in {}.", "The uprising took place on {} March 2019.",
          "A {}-year-old guard deserted.", "{}% of the guards deserted.", "Each deserter got {} kyat.",
          "The uprising took place in 2019年{}月.", "The uprising took place on 2019-03-{}.",
          "According to the Harbour Board, 1,204{} people left the town."]


@pytest.mark.parametrize("digit", ["²", "₂", "②", "⑵", "⒉", "❷", "፪", "²⁰²¹"])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_digit_that_is_no_decimal_digit_is_read_as_no_number(shape: str, digit: str) -> None:
    # re-run 148 A1: superscript, subscript and circled digits pass str.isdigit, then int() and float() refuse
    # them: a traceback, exit 1, for the text, a file, each line and draft alike
    rows = results(shape.format(digit))
    assert all(digit[:1] not in row["claim"] for row in rows)


@pytest.mark.parametrize("number", ["1" * 400, "1" + "0" * 307, "1" + "0" * 305 + " million", "9,007,199,254,740,993"])
@pytest.mark.parametrize("shape", ["{}% of the guards deserted.", "{}% of the 1,204 people left the town.",
                                   "{} per cent of 1,204 people left the town.", "Half of the {} guards deserted.",
                                   "A third of {} guards deserted.", "{} guards deserted."])
def test_a_number_larger_than_any_record_holds_is_read_as_none(shape: str, number: str) -> None:
    # re-run 149 A1: 309 digits are past a float (inf), and a share of 1e307 overflows one: a traceback, exit 1
    rows = results(shape.format(number))
    assert all(number[:16] not in row["claim"].replace(",", "") for row in rows)


@pytest.mark.parametrize("wording", ["9" * 1_000_001, "1" * 999_998 + " thousand"])
def test_a_wording_of_a_million_digits_is_a_problem_of_the_file_not_a_crash(tmp_path: Path, wording: str) -> None:
    # re-run 154 A1: worked out in decimal in the caller's context (28 digits, overflow trapped), a number of a
    # million digits raised decimal.Overflow in check and every command reading the base
    shutil.copytree(FACTS, tmp_path / "facts")
    base = tmp_path / "facts" / "base.yaml"
    base.write_text(base.read_text().replace('wording: "4,210"', f'wording: "{wording}"'))
    r = run("check", "--facts", str(tmp_path / "facts"))
    assert 'wording: "4,210"' not in base.read_text()  # (the figure holds the million digits)
    assert r.code == 2 and r.err.startswith("defectcli: 2 problems in ") and len(r.err.splitlines()) == 1


def test_a_number_is_read_the_same_whatever_the_callers_decimal_context() -> None:
    # re-run 154 A2 and A3: with the caller's precision at 2, "3,456" was 3500; at 28 digits, 1.0…01 thousand was 1000
    import decimal

    from defectcli.api import FactBase

    fb = FactBase(FACTS)
    wanted = fb.verify("More than 3,456 guards deserted.")
    with decimal.localcontext() as ctx:
        ctx.prec = 2
        ctx.traps[decimal.Inexact] = True
        assert fb.verify("More than 3,456 guards deserted.") == wanted
    assert wanted[0]["read"]["value"] == 3456
    assert results("More than 1.00000000000000000000000000001 thousand guards deserted.") == []


@pytest.mark.parametrize("digits", ["9" * 5000, "0" * 5000 + "1"])
@pytest.mark.parametrize("shape", SHAPES)
def test_more_digits_than_int_reads_are_answered(shape: str, digits: str) -> None:
    # (a guard: int() refuses more than 4,300 digits; every int() of the reader has a bound before it)
    assert verify(shape.format(digits), "-f", "json").code in (0, 1)


@pytest.mark.parametrize("day", ["32", "0", "15"])
def test_a_day_that_cannot_be_read_leaves_no_date_rather_than_a_month_that_matches(day: str) -> None:
    month = "march" if day == "15" else "March"  # "15 march": a day the reader does not take, its month lower-case
    r = verify(f"The uprising took place on {day} {month} 2019.", "-f", "json")
    assert all(row["kind"] != "date" for row in json.loads(r.out))


@pytest.mark.parametrize("written", ["2019-04", "2019-4-15", "2019-13-01", "2019-00-10", "2019-03-45", "2019–03–15",
                                     "2019-20", "2019—03—15", "2019—20", "2019‒03‒15", "2019−03", "2019－03", "2019／03"])
def test_a_year_joined_to_more_digits_it_cannot_read_is_no_date_rather_than_the_year(written: str) -> None:
    r = verify(f"The uprising took place in {written}.", "-f", "json")
    assert all(row["kind"] != "date" for row in json.loads(r.out))


@pytest.mark.parametrize("written", [
    "late 2019", "early 2019", "mid-2019", "mid 2019", "the spring of 2019", "the end of 2019", "the first half of 2019",
    "the first months of 2019", "2019 03 15", "2019 3 15", "2019 03", "2019-Mar-15", "2019-March", "2019 - 2020",
    "2019 – 20", "2019 March 15", "2019年", "2019年3月45日", "2019s", "2019 or 2020", "2019 and 2020", "2018 to 2020",
    "2018 or later", "2019 onwards", "2019’s first months", "March or April 2019", "1 to 15 March 2019",
    "January to March 2019", "March 2019 or later", "15 March 2019 or 16 March 2019", "February – March 2019",
    "2019, in March", "2019 in March", "2019 (in March)", "2019 — in March", "2019, specifically in March",
    "the first week of 2019", "2019's final quarter", "2019, late in the year", "2019, in the autumn",
    "2019, 2020", "2019 Q1", "2019 or thereabouts",
    "14 and 15 March 2019", "14/15 March 2019", "14 or 15 March 2019"])
def test_a_part_of_a_year_a_span_a_choice_or_a_date_going_on_into_what_is_not_read_is_no_date(written: str) -> None:
    # The record says March 2019: the year alone would match, though the text says more than the year.
    r = verify(f"The uprising took place in {written}.", "-f", "json")
    assert all(row["kind"] != "date" for row in json.loads(r.out))


@pytest.mark.parametrize(("written", "day"), [("the first of March 2019", "1"), ("the twenty-first of March 2019", "21"),
                                              ("March the 21st, 2019", "21"), ("15 March 2019", "15")])
def test_a_day_written_as_a_word_or_after_the_is_read_with_its_month(written: str, day: str) -> None:
    # re-run 129 A11: these were no date (the first two were held here as dates the reader could not read whole)
    rows = json.loads(verify(f"The uprising took place on {written}.", "-f", "json").out)
    assert [(r["kind"], r["verdict"]) for r in rows] == [("date", "differs")]
    assert f"dates it only as March 2019, not {day} March 2019 itself" in rows[0]["reason"]


def test_times_periods_shares_and_decades_of_life_are_not_claims() -> None:
    r = verify("Two years ago the guards met at 9 am; nearly half of them were in their 20s.", "-f", "json")
    assert (r.code, r.out) == (1, "[]\n")


def test_vague_amounts_and_lone_years_are_not_claims() -> None:
    r = verify("Hundreds of guards left, many of them in the 2019 uprising; one guard said nothing.", "-f", "json")
    assert (r.code, r.out) == (1, "[]\n")
    assert r.err == ("defectcli: no checkable claim in the text: verify checks quotes, numbers with what they "
                     "count, and dates of named people and events\n")


# ---------------------------------------------------------------- output


def test_the_table_shows_claim_verdict_what_the_sources_say_and_where() -> None:
    r = verify("According to the Valley Council, 4,210 guards have left the Border Service. "
               "Min Thu said: “I never thought I would leave, but the orders became cruel.”", "-f", "table")
    assert r.code == 1
    assert r.out == """\
Claims (2)
#  Claim                       Verdict        What the sources say        Source
────────────────────────────────────────────────────────────────────────────────
1  4,210 guards                misattributed  the figure is stated by     r1
                                              Harbour Watch (r1), not
                                              the Valley Council
2  “I never thought I would    matches        said by Min Thu (r1:5)      r1:5
   leave, but the orders
   became cruel.”
"""
    assert r.err == "defectcli: 1 of 2 claims does not match (1 misattributed)\n"


def test_verdicts_are_coloured_only_when_colour_is_allowed() -> None:
    claim = ["verify", "Aye Chan entered the service in 2011. Aye Chan joined in 2012.", "--facts", str(FACTS)]
    plain = CliRunner().invoke(app, claim, obj=Environment(stdout_tty=True, colour=False)).stdout
    coloured = CliRunner().invoke(app, claim, obj=Environment(stdout_tty=True, colour=True)).stdout
    assert "\x1b[" not in plain and "matches" in plain
    assert "\x1b[32mmatches\x1b[0m" in coloured and "\x1b[31mdiffers\x1b[0m" in coloured


def test_csv_and_tsv_have_a_row_per_claim() -> None:
    r = verify("Aye Chan entered the service in 2011. Aye Chan joined in 2012.", "-f", "csv")
    lines = r.out.splitlines()
    assert lines[0] == "sentence,line,kind,claim,verdict,reason,says,source,evidence,diff,text"
    assert lines[1] == ("1,1,date,2011,matches,dated 2011,Aye Chan enters the service: 2011,r1,event:aye-chan-enlists,,"
                        "Aye Chan entered the service in 2011.")
    assert len(lines) == 3 and lines[2].startswith("2,1,date,2012,differs,")
    tsv = verify("Aye Chan entered the service in 2011.", "-f", "tsv").out
    assert tsv.splitlines()[1].split("\t")[:5] == ["1", "1", "date", "2011", "matches"]


def test_json_carries_a_claim_review_for_each_result() -> None:
    rows = results("According to the Valley Council, 4,210 guards have left the Border Service. "
                   "Min Thu said: “I never thought I would leave, but the orders became cruel.”")
    assert len(rows) == 2
    for row in rows:
        review = row["review"]
        assert isinstance(review, dict)
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == row["text"]
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["name"] == row["claim"]
        assert review["reviewRating"] == {"@type": "Rating", "alternateName": row["verdict"],
                                          "ratingExplanation": row["reason"]}
        assert review["citation"] and all(c["@type"] in ("CreativeWork", "Quotation") for c in review["citation"])
    assert rows[0]["review"]["itemReviewed"]["author"] == {"@type": "Organization", "name": "Valley Council"}
    assert rows[1]["review"]["citation"][0] == {
        "@type": "Quotation", "identifier": "quote:q-min-thu-cruel",
        "text": "I never thought I would leave, but the orders became cruel,",
        "description": "Min Thu: “I never thought I would leave, but the orders became cruel,”",
        "isPartOf": {"@type": "Article", "identifier": "r1", "headline": "Leaving the Border Service",
                     "url": "https://example.org/watch"}}
    lines = verify("Aye Chan entered the service in 2011.", "-f", "jsonl").out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["review"]["reviewRating"]["alternateName"] == "matches"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["", ], None, "TEXT: the text is empty; give a sentence to check"),
    (["  \n\t "], None, "TEXT: the text is empty; give a sentence to check"),
    (["-"], "", "-: the text is empty; give a sentence to check"),
    (["-"], b"caf\xe9 owners", "-: is not UTF-8 text (byte 4 cannot be read); save it as UTF-8"),
    (["-"], b"\x7fELF\x02\x01\x01\x00\x00\x00", "-: contains a NUL character; not text"),
    (["-"], "x" * (10 * 1024 * 1024), "-: is larger than 64 KiB; check a draft a part at a time"),
    ([], None, "give the text to check: TEXT, `-` for standard input, or --file PATH"),
    (["Some text", "--file", "draft.txt"], None, "give the text as TEXT or with --file, not both"),
])
def test_bad_input_is_one_line_and_exit_2(args: list[str], stdin: str | bytes | None, message: str) -> None:
    r = verify(*args, stdin=stdin)
    assert (r.code, r.out, r.err) == (2, "", f"defectcli: {message}\n")


def test_a_file_that_is_a_directory_or_missing_is_one_line(tmp_path: Path) -> None:
    r = verify("--file", str(tmp_path))
    assert (r.code, r.err) == (2, f"defectcli: --file: '{tmp_path}' is a directory; give a text file\n")
    r = verify("--file", str(tmp_path / "nope.txt"))
    assert (r.code, r.err) == (2, f"defectcli: --file: '{tmp_path / 'nope.txt'}' does not exist\n")
    big = tmp_path / "big.txt"
    big.write_bytes(b"The uprising began in March 2019. " * 10000)
    r = verify("--file", str(big))
    assert (r.code, r.err) == (2, f"defectcli: {big}: is larger than 64 KiB; check a draft a part at a time\n")


def test_a_draft_of_64_kib_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    """The bound keeps one call to a few seconds (re-run 133 A2: 256 KiB of claims took 17-35 s in every front end)."""
    text = tmp_path / "draft.txt"
    text.write_bytes(b"no claim here " * (64 * 1024 // 14) + b"x" * (64 * 1024 % 14))
    assert text.stat().st_size == 64 * 1024
    r = verify("--file", str(text), "-f", "json")
    assert (r.code, r.out) == (1, "[]\n")
    text.write_bytes(text.read_bytes() + b"x")
    r = verify("--file", str(text))
    assert (r.code, r.err) == (2, f"defectcli: {text}: is larger than 64 KiB; check a draft a part at a time\n")


def test_text_without_a_checkable_claim_prints_an_empty_list_and_exits_1() -> None:
    r = verify("The weather was fine and everyone went home.", "-f", "json")
    assert (r.code, r.out) == (1, "[]\n")
    assert r.err.startswith("defectcli: no checkable claim in the text")


def test_rapidfuzz_is_imported_by_verify_only(tmp_path: Path) -> None:
    code = ("import sys\nfrom defectcli.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str(sorted({m.split('.')[0] for m in sys.modules} & {'rapidfuzz', 'pysbd'})))\n")

    def loaded(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-c", code, *args, "--facts", str(FACTS)], capture_output=True, text=True,
                              timeout=60, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
        return proc.stderr.splitlines()[-1]

    assert loaded("person", "Min Thu", "-f", "json") == "[]"
    assert loaded("search", "cruel orders", "-f", "json") == "[]"
    assert loaded("verify", "Min Thu said: “I never thought I would leave, but orders were cruel.”", "-f",
                  "json") == "['pysbd', 'rapidfuzz']"


@pytest.mark.parametrize(("claim", "verdict"), [
    # whom a date or a number is about, of two people the sentence names (each was `matches`, by the other)
    ("Aye Chan's friend Min Thu entered the service in 2011.", "not_found"),  # Min Thu's year is not given
    ("Min Thu's friend Aye Chan entered the service in 2011.", "matches"),
    ("Min Thu, not Ko Ko Naing, served for 14 years.", "differs"),  # Min Thu served 12
    ("Ko Ko Naing, unlike Min Thu, served for 12 years.", "differs"),  # Ko Ko Naing served 14
    ("Aye Chan met Min Thu, who entered the service in 2011.", "not_found"),
    ("Min Thu entered the service in 2005 while Aye Chan entered the service in 2011.", "matches"),
    ("Aye Chan, not Min Thu, said: “I never thought I would leave, but the orders became cruel.”", "misattributed"),
    ("Min Thu, a friend of Aye Chan, entered the service in 2011.", "not_found"),
    ("Min Thu, who met Aye Chan, entered the service in 2011.", "not_found"),
    ("Min Thu, like Aye Chan, entered the service in 2011.", "not_found"),
    ("Aye Chan said Min Thu entered the service in 2011.", "not_found"),
    ("Aye Chan recalls that Min Thu entered the service in 2011.", "not_found"),
    ("The man who recruited Aye Chan entered the service in 2011.", "not_found"),  # an unnamed man
    ("A friend of Aye Chan entered the service in 2011.", "not_found"),  # the friend, unnamed
    ("Ko Ko Naing's wife served for 14 years.", "not_found"),  # his wife's years are not his
    ("Aye Chan said he entered the service in 2011.", "matches"),
    # of two events, the one whose verb is nearest, the one before it on a tie
    ("Aye Chan entered the service in 2011 and deserted in 2015.", "matches"),
])
def test_a_claim_is_held_against_whom_and_what_its_clause_names(claim: str, verdict: str) -> None:
    rows = results(claim)
    assert rows[-1]["verdict"] == verdict if "while" in claim else rows[0]["verdict"] == verdict, rows


@pytest.mark.parametrize(("claim", "verdict"), [
    # a comparator before the amount, in words the reader did not know: it was dropped, and the exact 500 matched
    ("Each deserter is paid upward of 500 kyat per month.", "differs"),
    ("Each deserter is paid north of 500 kyat per month.", "differs"),
    ("Each deserter is paid ≤500 kyat per month.", "matches"),  # at most 500: true of 500, as "at most 500" is
    ("Ko Ko Naing served for nearly 14 years.", "differs"),  # nearly 14 is less than 14
    ("Ko Ko Naing served for 14 years.", "matches"),
])
def test_a_comparator_is_read_in_its_other_words(claim: str, verdict: str) -> None:
    assert [r["verdict"] for r in results(claim)] == [verdict]


@pytest.mark.parametrize("claim", ["Each deserter is paid an estimated 500 kyat per month.",
                                   "Each deserter is paid 500 kyat per month; some say 600."])
def test_a_word_that_names_no_one_is_no_claimant(claim: str) -> None:
    # "Each" and "some" were taken for who states the figure: `misattributed … not Each`.
    assert [r["verdict"] for r in results(claim)][:1] == ["matches"]


def test_a_count_in_the_unit_its_record_counts_in_matches(tmp_path: Path) -> None:
    # re-run 102 A4: a figure of a fact base of one's own in a unit of its own ("families") was `differs`, "120
    # families, not people", for the sentence that says it
    import shutil

    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    (facts / "shelter.yaml").write_text(
        "figures:\n"
        "  - id: shelter-families\n"
        "    topic: shelter\n"
        "    counts: families living at the shelter\n"
        "    value: 120\n"
        "    comparator: exact\n"
        "    unit: families\n"
        "    wording: \"120\"\n"
        "    stated_by: harbour-watch\n"
        "    source: r1\n"
        "    excerpt: \"Harbour Watch says 120 families live at the shelter\"\n", encoding="utf-8")

    def verdict(claim: str) -> list[str]:
        r = run("verify", claim, "--facts", str(facts), "-f", "json")
        assert r.code in (0, 1), r.err
        return [row["verdict"] for row in json.loads(r.out)]

    assert verdict("Harbour Watch says 120 families live at the shelter.") == ["matches"]
    assert verdict("Harbour Watch says 130 families live at the shelter.") == ["differs"]


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "table"])
def test_characters_that_draw_nothing_in_the_text_are_shown_as_escapes(fmt: str) -> None:
    # re-run 182 A5: tag characters (which can spell a hidden text), the deprecated format characters, interlinear
    # annotation marks and the combining grapheme joiner reached stdout raw in the claim's text
    hidden = "\U000e0041\u206a\ufff9\u034f\u2065\U0001d173\u3164\u17b4"  # (re-run 183 A1: a gap in a range, the musical
    # format controls, the Hangul and Khmer fillers)
    r = run("verify", f"Aye Mya{hidden} said: “Nobody listened to us.”", "-f", fmt, "--facts", str(FACTS))
    assert r.out and not any(c in r.out for c in hidden)
    if fmt == "json":  # (escapes that parse back to the same text, a character past U+FFFF as its two surrogates)
        assert hidden in json.loads(r.out)[0]["text"]
