"""`defectcli verify`: which event a date or a number is of (the verb of its own clause, and what a verb
of joining joins), whom it is about (who is to do it, whom it enlists, everyone a subject names), and
the words around a claim that make it no claim (a try, a part of a month, a rate of several months,
a quotation said not to be said). Each case was a wrong verdict before: `matches` by another event's
words or another person's record, or `differs` against the wrong figure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .helpers import run
from .test_verify import FACTS, results

QUOTE = "I never thought I would leave, but the orders became cruel."


def verdicts(claim: str) -> list[str]:
    return [r["verdict"] for r in results(claim)]


@pytest.mark.parametrize(("claim", "expected"), [
    # a verb that names no event the fact base records: its other words ("service") pointed at the enlistment
    ("Aye Chan left the service in 2011.", ["not_found"]),
    ("Aye Chan crossed the border in 2011.", ["not_found"]),
    ("The uprising faded in March 2019.", ["not_found"]),
    # a verb of joining is an enlistment only when it joins the military, or names nothing it joins
    ("Aye Chan joined the union in 2011.", ["not_found"]),
    ("Aye Chan entered Thailand in 2011.", ["not_found"]),
    ("Min Thu joined the rebels at 16.", []),
    ("Aye Chan entered the service in 2011.", ["matches"]),
    ("Aye Chan joined the army's border division in 2011.", ["matches"]),
    ("Aye Chan enlisted in the army in 2011.", ["matches"]),
    ("Aye Chan joined up in 2011.", ["matches"]),  # was no claim: "up" read as "up to 2011"
    ("Aye Chan signed up in 2011.", ["matches"]),
    ("Aye Chan enlisted back in 2011.", ["matches"]),
    ("In 2011, Aye Chan crossed the border.", ["not_found"]),  # a leading date is of the verb after it
    ("The uprising began in March 2019.", ["matches"]),  # a verb that says the named event took place
    ("Ko Ko Naing escaped in 2020.", ["disputed"]),  # his desertion, whose year the sources dispute
    # years spent elsewhere are not years of service
    ("Ko Ko Naing spent 14 years in prison.", []),
    ("Ko Ko Naing served 14 years in jail.", []),
    ("Ko Ko Naing served 14 years in the army.", ["matches"]),
    # years in the army are years of service, never an age
    ("Min Thu was in the army for 12 years.", ["matches"]),
    ("After 16 years in the army, Min Thu deserted.", ["differs"]),
])
def test_a_date_or_a_number_is_of_the_event_its_own_verb_names(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # who is to do it ("persuaded X to enlist"), or whom the verb enlists, not who persuades or recruits
    ("Min Thu persuaded Aye Chan to enlist in 2011.", ["matches"]),
    ("Aye Chan persuaded Min Thu to enlist in 2011.", ["not_found"]),
    ("Aye Chan helped Min Thu enlist in 2011.", ["not_found"]),
    ("Min Thu recruited Aye Chan in 2011.", ["matches"]),
    ("Aye Chan recruited Min Thu in 2011.", ["not_found"]),
    # whose kin, who heard of it, who said it: not whom it is about
    ("Aye Chan, whose brother entered the service in 2011, deserted.", ["not_found"]),
    ("Aye Chan heard that Min Thu entered the service in 2011.", ["not_found"]),
    ("Min Thu heard that Aye Chan entered the service in 2011.", ["matches"]),
    ("In 2011, said Aye Chan, Min Thu entered the service.", ["not_found"]),
    ("In 2011, said Min Thu, Aye Chan entered the service.", ["misattributed"]),  # Aye Chan's date, said by Min Thu:
    # the record has it in the article's own words (each `misattributed` of a date here was `matches` before the date's
    # claimant was held against the record)
    ("Aye Chan met a man who entered the service in 2011.", ["not_found"]),  # the man, unnamed (was `matches`)
    # a subject of several people says it of each
    ("Min Thu and Aye Chan both entered the service in 2011.", ["not_found", "matches"]),
    ("Aye Chan and Ko Ko Naing entered the service in 2011.", ["matches", "not_found"]),
    ("Ko Ko Naing, Min Thu and Aye Chan served for 14 years.", ["matches", "differs", "not_found"]),
    ("Both Min Thu and Aye Chan entered the service in 2011.", ["not_found", "matches"]),
    ("Aye Chan enlisted with Min Thu in 2011.", ["matches"]),  # with whom, not what he joined
    # a clause that leaves out its verb has the one before it; a date of a saying is of no record
    ("Ko Ko Naing deserted in 2020, Aye Chan in 2011.", ["disputed", "not_found"]),
    ("Aye Chan entered the service in 2011, Ko Ko Naing said in 2020.", ["misattributed", "not_found"]),
    ("In 2011, Aye Chan said, Min Thu entered the service.", ["not_found"]),
])
def test_a_claim_is_about_whom_its_verb_is_of(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Each deserter is paid 500 kyat monthly.", ["matches"]),  # was `differs`, against the 900 with a child
    ("The monthly payment to each deserter is 500 kyat.", ["matches"]),
    ("Each deserter is paid 900 kyat monthly.", ["differs"]),
    ("Each deserter is paid 500 kyat every other month.", []),
    ("Each deserter is paid 500 kyat twice a month.", []),
    ("Each deserter is paid 500 kyat per month to 600 kyat per month.", []),
    # read: the new value, not one end of a range (the payment, now that "pay" is the word of "paid")
    ("The pay rose from 400 kyat to 500 kyat.", ["matches"]),
    ("The pay rose from 400 kyat to 600 kyat.", ["differs"]),
    ("Min Thu joined the service at 16½.", []),
])
def test_a_number_is_read_with_its_rate_its_fraction_and_what_it_can_be(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "The uprising took place in March 2019, late in the month.",
    "The uprising took place on the 28th, in March 2019.",
    "The uprising took place in March 2019, on the 28th.",
    "The uprising took place in March 2019's last week.",
    "Aye Chan entered the service during 2011's rainy season.",
    "Aye Chan was turned away when he tried to enter the service in 2011.",
    "Aye Chan wanted to enlist in 2011.",
    "Aye Chan went into hiding rather than enlist in 2011.",
    "Aye Chan's enlistment in 2011 is a fiction.",
    f"“{QUOTE}” — Min Thu did not say this.",
    f"Min Thu repudiated the remark “{QUOTE}”",
    f"Min Thu said “{QUOTE}”: false.",
])
def test_a_part_of_a_month_a_try_or_a_denial_after_a_quote_is_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize("claim", [
    "Aye Chan entered the service in 2011 instead of deserting.",
    "Aye Chan entered the service in 2011 rather than in 2012.",
    "The uprising took place in March 2019, the report said.",  # (the council's tag: see the date's claimant's test)
    f"“{QUOTE}” Min Thu said — and he meant it.",
    # a denial after the clause that names the speaker is of something else: the quote was dropped
    f"“{QUOTE}” said Min Thu, who did not say more.",
    f"“{QUOTE}” Min Thu said, not for the first time.",
    f"“{QUOTE}” said Min Thu; he never regretted leaving.",
    # the words of a clause before the speaker's name are not part of it (was `misattributed … not by is something`)
    f"“{QUOTE}” is something Min Thu did say.",
])
def test_what_follows_a_claim_and_denies_nothing_leaves_it(claim: str) -> None:
    assert verdicts(claim) == ["matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # claims 136 #116: "Defections peaked in 2021, People's Embrace says." was `matches` though the article says it itself
    ("The uprising took place in March 2019, Harbour Watch said.", ["misattributed"]),
    ("According to Harbour Watch, Aye Chan entered the service in 2011.", ["misattributed"]),
    # guard: the council's own sentence (its figure's excerpt) holds the uprising's date
    ("The uprising took place in March 2019, the council said.", ["matches"]),
    # guards: the article's own voice, whom the date is of, a date that only sets the scene of a count, a date in an
    # aside describing someone, a tag that names no one
    ("According to The Hill Post, the uprising took place in March 2019.", ["matches"]),
    ("Aye Chan says he entered the service in 2011.", ["matches"]),
    ("Since the uprising in March 2019, 4,210 guards have left the Border Service, according to Harbour Watch.",
     ["matches", "matches"]),
    ("Min Thu said that Aye Chan, who entered the service in 2011, had few options.", ["matches"]),
    ("Aye Chan entered the service in 2011, contrary to reports of 2012.", ["matches"]),
])
def test_a_date_said_to_be_someone_elses_word_is_misattributed(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_the_article_itself_is_no_claimant_and_a_claimant_is_named_once() -> None:
    assert verdicts("According to the article, Min Thu joined the service aged 16.") == ["matches"]  # was misattributed
    (row,) = results("Min Thu joined the service aged 16, his mother said.")
    # and a claimant in common words is not said to be unknown: the fact base may hold her under another name
    assert (row["verdict"], row["reason"]) == ("misattributed", "the figure is stated by the article (r1), on Min Thu, "
                                                                "not his mother")


@pytest.mark.parametrize(("claim", "expected"), [
    # what is joined: a force that is not the military (was `matches` the enlistment)
    ("Aye Chan joined the police force in 2011.", ["not_found"]),
    ("Aye Chan joined People's Defence Force in 2011.", ["not_found"]),
    # a clause that leaves out a verb of no event the fact base records (was held against his desertion)
    ("Ko Ko Naing left the service in 2020, and Aye Chan in 2011.", ["not_found", "not_found"]),
    # who is talked into it, who a cleft reports on, an appositive name, a name compared with
    ("Min Thu talked Aye Chan into enlisting in 2011.", ["matches"]),
    ("Aye Chan talked Min Thu into enlisting in 2011.", ["not_found"]),
    ("It was Min Thu who said Aye Chan entered the service in 2011.", ["misattributed"]),  # (was `matches`: see above)
    ("It was Aye Chan who said Min Thu entered the service in 2011.", ["not_found"]),
    ("Min Thu's recruiter, Aye Chan, entered the service in 2011.", ["matches"]),
    ("The man Min Thu recruited, Aye Chan, entered the service in 2011.", ["matches"]),
    ("The man Aye Chan recruited entered the service in 2011.", ["not_found"]),
    ("Aye Chan entered the service before Min Thu in 2011.", ["matches"]),
    ("Min Thu entered the service before Aye Chan in 2011.", ["not_found"]),
    # several people, however joined; a kin's own clause
    ("Min Thu as well as Aye Chan entered the service in 2011.", ["not_found", "matches"]),
    ("Min Thu along with Aye Chan entered the service in 2011.", ["not_found", "matches"]),
    ("Min Thu and his friend Aye Chan entered the service in 2011.", ["not_found", "matches"]),
    ("Aye Chan entered the service in 2011, his brother in 2012.", ["matches", "not_found"]),
    # re-run 124 A4: one named with someone unnamed is said of both, the unnamed one no record's (was ["matches"])
    ("Aye Chan and his brother entered the service in 2011.", ["matches", "not_found"]),
    # claimants: a group described in common words, the article's outlet
    ("Former officers say each deserter is paid 500 kyat per month.", ["misattributed"]),
    ("According to the Hill Post, each deserter is paid 500 kyat per month.", ["matches"]),
    # an age on joining is not the ages a service drafts
    ("A guard joined the service aged 20.", ["not_found"]),
])
def test_whom_and_what_a_claim_is_of_in_more_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    # a day or a part of the month set off after it
    "The uprising took place in March 2019, at the month's end.",
    "The uprising took place in March 2019, on the twentieth.",
    "The uprising took place in March 2019, on a Friday.",
    "The uprising took place in March 2019 (the 28th).",
    "The uprising took place in March 2019: the 20th.",
    "The uprising took place in March 2019, in week three.",
    # a rate it does not read, or a part of the amount
    "Each deserter is paid 500 kyat per fortnight.",
    "Each deserter is paid 500 kyat quarterly.",
    "Each deserter is paid 500 kyat per working day.",
    "Each deserter is paid 500 kyat semi-monthly.",
    "Each deserter is paid half of 500 kyat per month.",
    "Each deserter is paid 500 kyat per month per child.",
    # a plan, a try in the progressive, what would have been
    "Aye Chan's plan to enlist in 2011 fell through.",
    "Aye Chan would have enlisted in 2011.",
    "Aye Chan was trying to enlist in 2011.",
    "Aye Chan was about to enlist in 2011.",
    "Aye Chan considered enlisting in 2011.",
    # a denial after a quotation
    f"“{QUOTE[:-1]},” Min Thu supposedly said, but he did not.",
    f"Min Thu said “{QUOTE}”, which he denies.",
    f"“{QUOTE}” is a misquote of Min Thu.",
    f"Min Thu disavowed the words “{QUOTE}”",
    f"“{QUOTE}” — words Min Thu never spoke.",
    f"“{QUOTE}” — Min Thu: not true.",
    f"“{QUOTE[:-1]},” Min Thu said — a hoax.",
])
def test_a_part_a_rate_a_plan_or_a_denial_in_more_shapes_is_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


def test_a_weekday_after_a_whole_date_leaves_it() -> None:
    assert verdicts("The uprising took place on 4 March 2019, a Monday.") == ["differs"]  # the month was stated, not the day


@pytest.mark.parametrize(("claim", "expected"), [
    # an army that is not the military, the ranks of another force (was `matches` the enlistment)
    ("Aye Chan joined the ranks of the PDF in 2011.", ["not_found"]),
    ("Aye Chan joined the Arakan Army in 2011.", ["not_found"]),
    # a decision to desert is of his desertion, whose year the sources dispute
    ("Ko Ko Naing made the decision to desert in 2020.", ["disputed"]),
    # "…, and so did X" says it of X too (X had no verdict)
    ("Aye Chan entered the service in 2011, and so did Min Thu.", ["matches", "not_found"]),
])
def test_whom_and_what_a_claim_is_of_in_the_latest_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "Each deserter is paid two-thirds of 500 kyat per month.",
    "Each deserter is paid 500 kyat a month for each child.",
    "The uprising took place in March 2019, i.e. on the 14th.",
    "The uprising took place in March 2019, just before April.",
    "Aye Chan was going to enlist in 2011.",
    "Aye Chan was on the verge of enlisting in 2011.",
    f"“{QUOTE}” is a made-up quote.",
    f"Min Thu was misreported as saying “{QUOTE}”",
    f"“{QUOTE[:-1]},” Min Thu said, though he later denied saying so.",
    f"“{QUOTE[:-1]},” Min Thu said, according to a fake report.",
    f"Min Thu rebutted the quote “{QUOTE}”",
])
def test_a_part_a_rate_a_plan_or_a_denial_in_the_latest_shapes_is_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize(("claim", "expected"), [
    # a claimant after the claim, verb first; by someone's count; the article itself; one named through another
    ("Each deserter is paid 500 kyat per month, say officials.", ["misattributed"]),  # was `matches`
    ("Each deserter is paid 500 kyat per month, says Harbour Watch.", ["misattributed"]),
    ("Each deserter is paid 500 kyat per month, the article says.", ["matches"]),  # was "not the article"
    ("By the wardens' count, 4,210 guards have left the Border Service.", ["misattributed"]),  # was `disputed`
    ("Harbour Watch told the wardens 4,210 guards have left the Border Service.", ["matches"]),  # was `differs`
    ("Harbour Watch's spokesman says 4,210 guards have left the Border Service.", ["matches"]),
    # a part of the month after the date; a near miss, a will, a request, what was due
    ("Ko Ko Naing deserted in 2020 due to the abuse.", ["disputed"]),  # "due to" a cause leaves the claim
    # a second subject after the clause (it had no verdict)
    ("Aye Chan entered the service in 2011, Min Thu too.", ["matches", "not_found"]),
    ("Aye Chan entered the service in 2011; Min Thu did the same.", ["matches", "not_found"]),
    ("Aye Chan entered the service in 2011, as Min Thu had.", ["matches", "not_found"]),
    ("Aye Chan entered the service in 2011, as Min Thu had in 2005.", ["matches", "not_found"]),  # his own date
])
def test_claimants_and_claims_in_re_run_44s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "Each deserter is paid 500 kyat a quarter.",
    "Each deserter is paid 500 kyat/week.",
    "Each deserter is paid a one-off 500 kyat.",
    "Each deserter is paid 3/4 of 500 kyat a month.",
    "Each deserter is paid most of 500 kyat a month.",
    "Each deserter is paid 500 kyat a month x 2.",
    "The uprising took place in March 2019, as the month ended.",
    "Aye Chan all but enlisted in 2011.",
    "Aye Chan was determined to enlist in 2011.",
    "Aye Chan was asked to enlist in 2011.",
    "Aye Chan was due to enlist in 2011.",
    f"“{QUOTE[:-1]},” Min Thu said, a remark he has since retracted.",
    f"“{QUOTE[:-1]},” Min Thu said in a deepfake video.",
    f"Min Thu questioned the quote “{QUOTE}”",
    f"“{QUOTE}” was put in Min Thu's mouth.",
    f"“{QUOTE[:-1]},” Min Thu said, then took it back.",
    f"“{QUOTE[:-1]},” Min Thu said — he says he did not.",
    f"“{QUOTE[:-1]},” Min Thu said, words he disavows.",
])
def test_rates_parts_plans_and_denials_in_re_run_44s_shapes_are_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize(("claim", "expected"), [
    # a claimant with an aside, its figures, its spokesman (were `disputed` or "not Embrace spokesman")
    ("Harbour Watch, a group that watches the border, says 4,210 guards have left the Border Service.", ["matches"]),
    ("Harbour Watch figures show 4,210 guards have left the Border Service.", ["matches"]),
    ("A Harbour Watch spokesman says 4,210 guards have left the Border Service.", ["matches"]),
    # what a speaker says of someone unnamed is not his own (was `matches`)
    ("Min Thu says his brother joined the service aged 16.", ["not_found"]),
    ("Aye Chan says his brother entered the service in 2011.", ["not_found"]),
    # a career that began is the enlistment; a second subject set off by commas
    ("Aye Chan's military career began in 2011.", ["matches"]),
    ("Aye Chan, and later Min Thu, entered the service in 2011.", ["matches", "not_found"]),
])
def test_claimants_and_whom_in_re_run_45s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "Aye Chan was ordered to enlist in 2011.",
    "Aye Chan took steps to enlist in 2011.",
    "Aye Chan would enlist in 2011.",
    f"“{QUOTE[:-1]},” Min Thu said in a novel.",
    f"Min Thu denounced the quote “{QUOTE}”",
    f"“{QUOTE[:-1]},” Min Thu said — he insists he never did.",
    "Each deserter is paid 500 kyat for the first month.",
    "Each deserter is paid 500 kyat a month for himself and his wife.",
])
def test_orders_unreal_settings_and_single_payments_are_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("Aye Chan entered the service; in 2012 the economy was bad.", ["not_found"]),  # was `differs`: his enlistment
    ("The Hill Post reported that 4,210 guards have left the Border Service, citing Harbour Watch.", ["matches"]),
    ("It was in 2011 that Aye Chan, a soldier, entered the service.", ["matches"]),  # (a guard: a title his record
    # does not give him, `not_found`: verdicts/titled.py)
])
def test_dates_and_claimants_in_re_run_46s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "Min Thu told Aye Chan to enlist in 2011.",  # asked, not done
    "Each deserter is paid a total of 500 kyat.",
    "Each deserter is paid 500 kyat on arrival.",
    "Each deserter is paid 500 kyat upfront.",
    "Ko Ko Naing spent 14 years in Thailand.",  # years, of no service
    f"“{QUOTE[:-1]},” Min Thu said in a film.",
    f"Min Thu condemned the quote “{QUOTE}”",
])
def test_requests_sums_years_elsewhere_and_fiction_are_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize("text", ["In 2011,", "Aye Chan entered the service in 2011,", "about 300 deserters,"])
def test_a_text_that_ends_in_a_comma_after_a_claim_is_read_not_a_traceback(text: str) -> None:
    # the clause after a leading date was looked for past the end of the text (an IndexError)
    assert [r["kind"] for r in results(text)] in ([], ["date"], ["number"])


@pytest.mark.parametrize(("claim", "expected"), [
    ("Aged 16, Min Thu joined the service.", ["matches"]),  # an age before the verb of joining is the age joined
    ("Aye Chan rather than Min Thu entered the service in 2011.", ["matches"]),  # set apart with no commas
    ("Min Thu rather than Aye Chan entered the service in 2011.", ["not_found"]),
])
def test_ages_and_set_apart_names_in_re_run_47s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    "The uprising took place in the second fortnight of March 2019.",
    "The uprising took place in week three of March 2019.",
    f"“{QUOTE[:-1]},” Min Thu said in a satire.",
    f"“{QUOTE[:-1]},” Min Thu said, or rather did not say.",
    f"“{QUOTE[:-1]},” Min Thu said before taking it back.",
    "Aye Chan thought of enlisting in 2011.",
    "Aye Chan was tempted to enlist in 2011.",
    "Aye Chan started to enlist in 2011.",
])
def test_parts_fiction_and_thoughts_in_re_run_47s_shapes_are_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize(("claim", "expected"), [
    # an organisation named with words that say what it is, or described as its record describes it
    ("The group Harbour Watch says 4,210 guards have left the Border Service.", "matches"),
    ("The Harbour Watch group says 4,210 guards have left the Border Service.", "matches"),
    ("Advocacy group Harbour Watch says 4,210 guards have left the Border Service.", "matches"),
    ("The exiled Valley Council says more than 5,000 guards have deserted.", "matches"),
    ("The Valley Council (VC) says more than 5,000 guards have deserted.", "matches"),
    ("A group helping deserters says 4,210 guards have left the Border Service.", "matches"),
    # who speaks for it, whose figure it is, "per"
    ("The head of Harbour Watch says 4,210 guards have left the Border Service.", "matches"),
    ("Harbour Watch's founder says 4,210 guards have left the Border Service.", "matches"),
    ("The Tribune quoted Harbour Watch's figure of 4,210 guards who have left the Border Service.", "matches"),
    ("The Valley Council cites Harbour Watch's count of 4,210 guards who have left the Border Service.", "matches"),
    ("Per Harbour Watch, 4,210 guards have left the Border Service.", "matches"),
    ("4,210 guards have left the Border Service, per Harbour Watch.", "matches"),
    # someone else than the organisation in the phrase, or another organisation's figure
    ("Critics of Harbour Watch say 4,210 guards have left the Border Service.", "misattributed"),
    ("Harbour Watch's critics say 4,210 guards have left the Border Service.", "misattributed"),
    ("A former Harbour Watch member says 4,210 guards have left the Border Service.", "misattributed"),
    ("The group Harbour Watch says more than 5,000 guards have deserted.", "misattributed"),
    ("The shadow council says more than 5,000 guards have deserted.", "misattributed"),
])
def test_an_organisation_described_or_spoken_for_is_the_claimant(claim: str, expected: str) -> None:
    assert verdicts(claim) == [expected]


@pytest.mark.parametrize("claim", [
    # an aside between the organisation and its verb with commas of its own: its list's last part was read as the
    # claimant ("sailors and their families"), and no one was
    "Harbour Watch, a group that helps guards, sailors and their families, says 4,210 guards have left the Border Service.",
    "4,210 guards have left the Border Service, Harbour Watch, a group that helps guards, sailors and their families, says.",
    # guards (they held before too): a list in a who-clause, one after the name that follows the verb (read as
    # "Harbour Watch sailors", close enough to match), and an aside with no comma of its own
    "Harbour Watch, a group from the state of Shan that keeps records, lists and notes, says 4,210 guards have left the "
    "Border Service.",
    "4,210 guards have left the Border Service, says Harbour Watch, a group that helps guards, sailors and their families.",
    "Harbour Watch, a group that helps guards, says 4,210 guards have left the Border Service.",
    "4,210 guards have left the Border Service, says Harbour Watch, a group that helps guards.",
])
def test_an_organisation_is_the_claimant_past_an_aside_of_any_shape(claim: str) -> None:
    assert verdicts(claim) == ["matches"]


@pytest.mark.parametrize("claim", [
    # guard: the one who advises is not the one who says
    "The Valley Council, a body that Harbour Watch, a group that helps guards, advises, says 4,210 guards have left the "
    "Border Service.",
])
def test_an_organisation_named_inside_anothers_aside_is_not_the_claimant(claim: str) -> None:
    assert verdicts(claim) != ["matches"]


def test_a_claimant_the_fact_base_does_not_know_is_said_to_be_unknown() -> None:
    [r] = results("The shadow council says more than 5,000 guards have deserted.")
    assert r["reason"] == ("the figure is stated by Valley Council (r2), not the shadow council; "
                           "the fact base knows no 'the shadow council'")
    [r] = results("Harbour Watch's critics say 4,210 guards have left the Border Service.")
    assert r["reason"].endswith("not Harbour Watch's critics; the fact base knows no \"Harbour Watch's critics\"")


@pytest.mark.parametrize(("claim", "expected"), [
    # a month abbreviated with a full stop, as news style writes it (was no claim)
    ("The uprising began in Mar. 2019.", ["matches"]),
    ("The uprising began in Mar. 2020.", ["differs"]),
    ("Aye Chan entered the service on Sept. 3, 2011.", ["differs"]),  # more precise than the record, as "September 3"
    ("Aye Chan entered the service on 3 Sept. 2012.", ["differs"]),
    # a currency's sign or code before the amount, its country before its name, a conversion in brackets
    ("Each deserter is paid MMK 500 a month.", ["matches"]),
    ("Each deserter is paid 500 Myanmar kyat a month.", ["matches"]),
    ("Each deserter is paid 500 kyat ($1) a month.", ["matches"]),
    ("Each deserter is paid 500 kyat ($1) a week.", ["differs"]),
    # "pays" is the word of "paid" and "payment" (was `not_found`)
    ("The Valley Council pays each deserter 500 kyat a month.", ["matches"]),
])
def test_dates_currencies_and_payments_as_news_writes_them(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a denial after the verb of saying is of what is said, not of the saying (was no claim)
    (f"Min Thu said he does not regret leaving: “{QUOTE}”", ["matches"]),
    (f"Min Thu explained that he could not stay: “{QUOTE}”", ["matches"]),
    # a denial of the saying still is one
    (f"Min Thu did not say: “{QUOTE}”", []),
    (f"Min Thu said he never said “{QUOTE}”", []),
    (f"Min Thu denied that he said “{QUOTE}”", []),
])
def test_a_denial_in_what_is_said_before_a_quote_is_not_of_the_quote(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 174 A1: a denial in an aside that describes the speaker or the subject, or in a who-clause of the subject,
    # denies nothing of the saying or the doing (the quotation, and the date, were dropped as denied)
    (f"Min Thu, a man who never fled, said: “{QUOTE}”", ["matches"]),
    (f"Aye Chan, a man who never fled, said: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu, a man who trusts no one, told reporters: “{QUOTE}”", ["matches"]),
    (f"Min Thu, now a man with nothing, said: “{QUOTE}”", ["matches"]),
    (f"Min Thu, a father and no farmer, said: “{QUOTE}”", ["matches"]),
    (f"A man who answers to no one said: “{QUOTE}”", ["matches"]),
    ("Aye Chan, a man who never fled, joined the army's border division in 2011.", ["matches"]),
    ("Aye Chan, now a man with nothing, joined the army's border division in 2011.", ["matches"]),
    # re-run 175 A2, A3: an aside of "no" and a noun; a that-clause of the subject
    (f"Min Thu, no hero, said: “{QUOTE}”", ["matches"]),
    ("Aye Chan, no hero, joined the army's border division in 2011.", ["matches"]),
    (f"A group that answers to no one said: “{QUOTE}”", ["matches"]),
    # re-run 175 A1: a denial of a verb of saying in its plain form ("did not tell", "didn't tell") is one
    (f"Min Thu did not tell reporters: “{QUOTE}”", []),
    (f"Min Thu didn't tell Reuters: “{QUOTE}”", []),
    (f"Min Thu, a father, did not tell reporters: “{QUOTE}”", []),
    # re-run 176: the same after the quotation, an aside of "so" and an adjective, a who-clause of a date's subject;
    # and "not" with a word between it and a plain verb of saying ("did not once tell")
    (f"“{QUOTE[:-1]},” said Min Thu, no hero.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu, no hero, told reporters.", ["matches"]),
    (f"“{QUOTE[:-1]},” said a man who answers to no one.", ["matches"]),
    (f"“{QUOTE[:-1]},” a man who answers to no one said.", ["matches"]),
    (f"Min Thu, so tired that he could not walk, said: “{QUOTE}”", ["matches"]),
    ("Aye Chan, so tired that he could not walk, joined the army's border division in 2011.", ["matches"]),
    ("A man who answers to no one joined the army's border division in 2011.", ["not_found"]),
    (f"Min Thu did not once tell reporters: “{QUOTE}”", []),
    (f"Min Thu is not telling reporters: “{QUOTE}”", []),
    # re-run 177: a denial of another clause's verb ("X is not lying, he told reporters:"), in a fronted description
    # ("No hero, X said:"), in a participle's or a "too … to" aside; "not" and a phrase before a verb of saying
    (f"Min Thu is not lying, he told reporters: “{QUOTE}”", ["matches"]),
    (f"Min Thu was not telling lies when he said: “{QUOTE}”", ["matches"]),
    (f"No hero, Min Thu said: “{QUOTE}”", ["matches"]),
    (f"Min Thu, too proud to admit he could not walk, said: “{QUOTE}”", ["matches"]),
    (f"Min Thu, knowing he could not stay, said: “{QUOTE}”", ["matches"]),
    ("Aye Chan, having never fled, joined the army's border division in 2011.", ["matches"]),
    ("No hero, Aye Chan joined the army's border division in 2011.", ["matches"]),
    (f"Min Thu did not at any point tell reporters: “{QUOTE}”", []),
    (f"Min Thu did not at all tell reporters: “{QUOTE}”", []),
    # re-run 177 A1: a tag after the quotation that denies the saying, past a description or another tag
    (f"“{QUOTE[:-1]},” said Min Thu, no hero, but he did not.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, 34, but he did not.", []),
    (f"“{QUOTE[:-1]},” Min Thu, no hero, said, but he did not.", []),
    ("Aye Chan joined the army's border division in 2011, says Harbour Watch, but it did not.", []),
    # re-run 178: a tag after the quotation that denies another act takes nothing back; one that takes it back does,
    # past a description of "not a …" or one in brackets; an aside of "never one to …", "not afraid" describes
    (f"“{QUOTE[:-1]},” said Min Thu, but he did not elaborate.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, but he would not say more.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, but he never returned.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, not a hero, but he did not.", []),
    (f"“{QUOTE[:-1]},” said Min Thu (no hero), but he did not.", []),
    (f"Min Thu, never one to lie, said: “{QUOTE}”", ["matches"]),
    (f"Min Thu, not afraid, said: “{QUOTE}”", ["matches"]),
    # re-run 179: "has since denied it", "took it back", "none of it is true", "said no such thing" take it back; a
    # description in brackets of two parts is passed over; an aside that is only a denial of the verb denies it
    (f"“{QUOTE[:-1]},” said Min Thu, but he has since denied it.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he later took it back.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but none of it is true.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he said no such thing.", []),
    (f"“{QUOTE[:-1]},” said Min Thu (a father, no hero), but he did not.", []),
    (f"Min Thu, at no point, said: “{QUOTE}”", []),
    (f"Min Thu, not once, said: “{QUOTE}”", []),
    # guards: a clause after the quotation that says it is not so
    (f"“{QUOTE[:-1]},” said Min Thu, but this is untrue.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but that is a myth.", []),
    # guards: a denial after the quotation of the saying, or of what is said; a subject denied, or one lying
    (f"No one, as far as we know, said: “{QUOTE}”", []),
    (f"Min Thu was lying when he said: “{QUOTE}”", []),
    (f"“{QUOTE[:-1]},” Min Thu said, but he did not.", []),
    (f"“{QUOTE[:-1]},” Min Thu did not say.", []),
    (f"“{QUOTE}” — Min Thu did not say this.", []),
    # guards: a denial of the verb itself, before an aside, after a description, or after a who-clause; a noun of
    # saying after "no" is none ("had no answer"), nor is "that" after an adjective a relative clause
    (f"Min Thu said he had no answer: “{QUOTE}”", ["matches"]),
    (f"It is false that he said: “{QUOTE}”", []),
    ("The man who fled did not say 4,210 guards had left the Border Service.", []),
    (f"Min Thu did not, as far as we know, say: “{QUOTE}”", []),
    (f"The man who fled did not say: “{QUOTE}”", []),
    ("Aye Chan did not, as far as we know, join the army's border division in 2011.", []),
    ("Aye Chan, a soldier, did not join the army's border division in 2011.", []),
])
def test_a_denial_that_describes_the_speaker_or_subject_denies_nothing_they_do(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 180 A1, and the shapes of news writing: words taken back in other words, with what is taken back between
    # the verb and "back", by another ("the newspaper corrected the quote"), or in the next sentence
    (f"“{QUOTE[:-1]},” said Min Thu, but he has since walked it back.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he has since taken it back.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, a remark he has since rescinded.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he later backtracked.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he later reversed himself.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he now rejects the quote.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but the newspaper has since corrected the quote.", []),
    (f"Min Thu said: “{QUOTE}” He later took it back.", []),
    (f"Min Thu said: “{QUOTE}” He has since retracted the remark.", []),
    # re-run 180 A2: what he later said is that he never said it
    (f"“{QUOTE[:-1]},” said Min Thu, but he later said he never said it.", []),
    (f"“{QUOTE[:-1]},” said Min Thu, but he now says that he never said that.", []),
    # re-run 180 A3, A4: an aside that only denies the verb, in more words; "almost said"
    (f"Min Thu, not even once, said: “{QUOTE}”", []),
    (f"Min Thu, on no occasion, said: “{QUOTE}”", []),
    (f"Min Thu, at no stage, said: “{QUOTE}”", []),
    (f"Min Thu almost said: “{QUOTE}”", []),
    (f"Min Thu nearly told reporters: “{QUOTE}”", []),
    # a cleft denied; a denial of the telling
    (f"It was not Min Thu who said: “{QUOTE}”", []),
    (f"It wasn't Min Thu who said “{QUOTE}”", []),
    (f"Min Thu denied telling reporters: “{QUOTE}”", []),
    (f"Min Thu denied ever telling reporters: “{QUOTE}”", []),
    # re-run 180 A5, A6: the one alone is named, and a denial of a denial affirms (both were dropped as denied)
    (f"None other than Min Thu said: “{QUOTE}”", ["matches"]),
    (f"None other than Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"No one but Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"Nobody but Aye Chan told reporters: “{QUOTE}”", ["misattributed"]),
    (f"No one except Min Thu said: “{QUOTE}”", ["matches"]),
    (f"Min Thu did not fail to say: “{QUOTE}”", ["matches"]),
    (f"Min Thu did not hesitate to say: “{QUOTE}”", ["matches"]),
    (f"Min Thu never stopped saying: “{QUOTE}”", ["matches"]),
    (f"Min Thu could not help saying: “{QUOTE}”", ["matches"]),
    (f"Not once did Min Thu fail to say: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, which no one denies.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, words he has never retracted.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, a claim he does not deny.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu, not once but twice.", ["matches"]),
    ("Aye Chan did not refuse to join the army's border division in 2011.", ["matches"]),
    # re-run 180 A8: a question names its speaker after its "Did" (was "Did Min Thu": misattributed); answered no, it
    # takes the quotation back
    (f"Did Min Thu say “{QUOTE[:-1]}”?", ["matches"]),
    (f"Did Min Thu say “{QUOTE[:-1]}”? No.", []),
    (f"Did Min Thu really say “{QUOTE[:-1]}”? He did not.", []),
    # guards: another act taken back or denied after (a walk back home), a plan or a try still no act; a question
    # of another's words
    (f"“{QUOTE[:-1]},” said Min Thu, and he walked back to his village.", ["matches"]),
    (f"Did Aye Chan say “{QUOTE[:-1]}”?", ["misattributed"]),
    (f"“{QUOTE[:-1]},” said Min Thu, but he later said he never regretted leaving.", ["matches"]),
    (f"Min Thu said: “{QUOTE}” He did not elaborate.", ["matches"]),
    (f"Min Thu is not going to say: “{QUOTE}”", []),
    ("Aye Chan did not try to join the army's border division in 2011.", []),
])
def test_words_taken_back_in_any_words_and_a_denial_another_cancels(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # the second claim writer's denial shapes (re-run 181): a verb of saying in its plain form that another verb leads
    # ("refused to tell", "plans to tell"), a lead-in that says the words are not his, a fronted "never" before an
    # inverted clause, an aside of "no" after a preposition, a "nowhere"
    (f"Min Thu refused to tell reporters: “{QUOTE}”", []),
    (f"Min Thu declined to tell reporters: “{QUOTE}”", []),
    (f"Min Thu stopped just short of telling reporters: “{QUOTE}”", []),
    (f"Min Thu plans to tell reporters: “{QUOTE}”", []),
    (f"Min Thu is going to tell the court: “{QUOTE}”", []),
    (f"Min Thu was wrongly credited with the words: “{QUOTE}”", []),
    (f"Min Thu repudiated the words: “{QUOTE}”", []),
    (f"Min Thu doubts he ever said: “{QUOTE}”", []),
    (f"Never, in any of his interviews, did Min Thu say: “{QUOTE}”", []),
    (f"Nowhere in the interview does Min Thu say: “{QUOTE}”", []),
    (f"Min Thu, in none of his interviews, said: “{QUOTE}”", []),
    (f"Min Thu, under no circumstances, said: “{QUOTE}”", []),
    (f"Min Thu, by no means, said: “{QUOTE}”", []),
    # take-backs in other words, after the quotation or in the next sentence, and answers no
    (f"“{QUOTE[:-1]},” Min Thu said, before correcting himself.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, though he has since changed his mind.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, but that is not what he said.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, but he has since distanced himself from the remark.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, but he has since denied making the remark.", []),
    (f"Min Thu said: “{QUOTE}” Two days later he retracted the remark.", []),
    (f"Min Thu said: “{QUOTE}” He retracted the remark two days later.", []),
    (f"Min Thu said: “{QUOTE}” Later he took it back.", []),
    (f"Min Thu said: “{QUOTE}” The Irrawaddy has since corrected the quote.", []),
    (f"Min Thu said: “{QUOTE}” Not true: he never said it.", []),
    (f"Did Min Thu say “{QUOTE[:-1]}”? Not at all.", []),
    (f"Did Min Thu say “{QUOTE[:-1]}”? Never.", []),
    # a denial of a denial affirms; another's take-back or view takes nothing back (all were dropped)
    (f"Min Thu did not shy away from saying: “{QUOTE}”", ["matches"]),
    (f"Not once did Min Thu deny saying: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, a remark he has refused to retract.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, words he declined to withdraw.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, and he has no plans to take it back.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, but he has since retracted his claim that he was paid.", ["matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, a claim the army rejects as propaganda.", ["matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, a claim the junta dismisses as propaganda.",
     ["matches"]),
    (f"It was not Aye Chan but Min Thu who said: “{QUOTE}”", ["matches"]),
    # guards: a phrase of "no" that affirms, a lead-in with no verb of saying and a denial of its own
    (f"Min Thu, in no uncertain terms, said: “{QUOTE}”", ["matches"]),
    (f"Min Thu went on to tell reporters: “{QUOTE}”", ["matches"]),
    (f"Min Thu had no regrets: “{QUOTE}”", ["matches"]),
    (f"Min Thu said: “{QUOTE}” Later he went home.", ["matches"]),
])
def test_a_denial_the_second_claim_writer_wrote_is_read_as_the_rule_says(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # the third claim writer's shapes: a refusal, a plan or a thought of saying; a take-back in more words, in the next
    # sentence or as an answer; "wasn't the one who said"
    (f"Min Thu held back from saying: “{QUOTE}”", []),
    (f"Min Thu bit his tongue rather than say: “{QUOTE}”", []),
    (f"Min Thu considered saying: “{QUOTE}”", []),
    (f"Min Thu was poised to say: “{QUOTE}”", []),
    (f"Min Thu was preparing to say: “{QUOTE}”", []),
    (f"Min Thu wasn't the one who said: “{QUOTE}”", []),
    (f"“{QUOTE[:-1]},” Min Thu said, only to retract it minutes later.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, but he has since changed his story.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, then thought better of it.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, then took it all back.", []),
    (f"“{QUOTE[:-1]},” Min Thu was quoted as saying, but The Irrawaddy has since issued a correction.", []),
    (f"“{QUOTE[:-1]},” Min Thu said. He denies it now.", []),
    (f"Min Thu said: “{QUOTE}” Except he didn't.", []),
    (f"Min Thu said: “{QUOTE}” That is false.", []),
    (f"Did Min Thu really say “{QUOTE[:-1]}”? He says no.", []),
    (f"Did Min Thu say “{QUOTE[:-1]}”? Absolutely not.", []),
    ("Harbour Watch questions whether 4,210 guards have left the Border Service.", []),
    # another act denied after the quotation, a denial cancelled, another's view (all were dropped)
    (f"“{QUOTE[:-1]},” Min Thu said, but he did not say when.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, and did not elaborate.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, without elaborating.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said, but did not explain.", ["matches"]),
    (f"Min Thu was not afraid to say: “{QUOTE}”", ["matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, a figure the army calls fake news.", ["matches"]),
    # re-run 182 A1, A3: the same with the comma after the closing mark; a sentence after that takes it back in other
    # words; an aside of "none too" that affirms
    (f"Min Thu said: “{QUOTE[:-1]}”, but he did not say when.", ["matches"]),
    (f"Min Thu said: “{QUOTE[:-1]}”, without elaborating.", ["matches"]),
    (f"Min Thu said: “{QUOTE}” None of that is true.", []),
    (f"Min Thu said: “{QUOTE}” Only he didn't.", []),
    (f"Min Thu, in none too gentle terms, said: “{QUOTE}”", ["matches"]),
    # re-run 183 A2: "None of that is false." affirms (dropped since 182's fix); more words that it is not true
    (f"Min Thu said: “{QUOTE}” None of that is false.", ["matches"]),
    (f"Min Thu said: “{QUOTE}” Not a word of it is true.", []),
    (f"Min Thu said: “{QUOTE}” Nothing of the sort is true.", []),
    (f"Min Thu said: “{QUOTE}” But he didn't.", []),
    # guards
    (f"“{QUOTE[:-1]},” Min Thu said, but he did not.", []),
    (f"“{QUOTE[:-1]},” Min Thu said, and he walked home.", ["matches"]),
    (f"Min Thu said: “{QUOTE[:-1]}” — false.", []),
])
def test_a_denial_the_third_claim_writer_wrote_is_read_as_the_rule_says(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 180 A9: a figure its claimant takes back, past a phrase of "since" that ends the figure's clause (was kept)
    ("4,210 guards have left the Border Service since the war, says Harbour Watch, but it has since withdrawn the figure.",
     []),
    ("Harbour Watch says 4,210 guards have left the Border Service since the war, but it later recanted.", []),
    ("Harbour Watch says 4,210 guards have left the Border Service, but it has since walked the figure back.", []),
    ("4,210 guards have left the Border Service, Harbour Watch does not say.", []),
    # and one it does not take back, or another's, is read
    ("Harbour Watch says 4,210 guards have left the Border Service, a figure it has never withdrawn.", ["matches"]),
    ("Harbour Watch does not hesitate to say 4,210 guards have left the Border Service.", ["matches"]),
    # guards: taken back right after the figure's clause; another's denial; a phrase of "since" and no take-back
    ("Harbour Watch says 4,210 guards have left the Border Service, a number the army has never acknowledged.",
     ["matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, a figure it has since retracted.", []),
    ("Harbour Watch says 4,210 guards have left the Border Service, which it denies.", []),
    ("4,210 guards have left the Border Service since the war, says Harbour Watch.", ["matches"]),
])
def test_a_figure_its_claimant_takes_back_is_not_read(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize("claim", [
    # re-run 175 A3: a denial in a who- or that-clause of the one who states a figure (the figure was dropped as denied)
    "A man who answers to no one says 4,210 guards have left the Border Service.",
    "A group that answers to no one says 4,210 guards have left the Border Service.",
    "A group which answers to no one says 4,210 guards have left the Border Service.",
    "A group that trusts nobody counts 4,210 guards who have left the Border Service.",
    # re-run 176: and in an aside after the figure, or a so-clause
    "4,210 guards have left the Border Service, Harbour Watch, no friend of the army, says.",
    "A group so small that no one funds it says 4,210 guards have left the Border Service.",
    # re-run 177: a denial of another clause before the one that states it, a fronted description
    "Harbour Watch is not telling lies, it says 4,210 guards have left the Border Service.",
    "No expert, Harbour Watch says 4,210 guards have left the Border Service.",
    # re-run 178 A1: a tag after the figure, then a denial of another act
    "4,210 guards have left the Border Service, says Harbour Watch, but it did not give a source.",
])

def test_a_figure_stated_by_one_described_with_a_denial_is_read(claim: str) -> None:
    assert len(verdicts(claim)) == 1


def test_a_figure_a_tag_after_it_denies_is_not_read() -> None:
    # re-run 177 A1: "…, says X, but it did not": the tag is passed over to the clause that denies it
    assert verdicts("4,210 guards have left the Border Service, says Harbour Watch, but it did not.") == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("Min Thu was 16 when he joined the service.", ["matches"]),  # an age on joining (was no claim)
    ("Min Thu was 17 when he joined the service.", ["differs"]),
    ("Min Thu was 16 when he left the service.", []),  # an age at another time: not read
])
def test_an_age_when_someone_joined_is_the_age_on_joining(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a stay written with another verb, in a unit few records share (was `not_found`)
    ("Deserters can remain in the camp for up to six weeks.", ["matches"]),
    ("Deserters may remain in the camp for up to eight weeks.", ["differs"]),
    # a number in an aside describing the claimant is the writer's; one the aside says is the claimant's
    ("Harbour Watch, whose volunteers visit the camp of some 300 deserters, says the road is open.", ["matches"]),
    ("Harbour Watch, which counts 4,210 guards who have left the Border Service, says the road is open.", ["matches"]),
    # whom a date is of, not whom the subject is compared with (was the other's, or "no dated event")
    ("Aye Chan enlisted before Min Thu, in 2011.", ["matches"]),
    ("Min Thu enlisted after Aye Chan, in 2011.", ["not_found"]),  # was `matches`: Aye Chan's 2011
    ("Aye Chan entered the service earlier than Min Thu, in 2011.", ["matches"]),
    ("Aye Chan, who enlisted before Min Thu, did so in 2011.", ["matches"]),
    # two subjects, a date each, one verb
    ("Both Aye Chan, in 2011, and Min Thu, in 2012, joined the service.", ["matches", "not_found"]),
    ("Min Thu in 2012 and Aye Chan in 2011 joined the service.", ["not_found", "matches"]),
    # set apart with "and not", "and never"
    ("Aye Chan, and not Min Thu, entered the service in 2011.", ["matches"]),
    ("Min Thu, and never Aye Chan, entered the service in 2011.", ["not_found"]),
    ("The Valley Council, not Harbour Watch, says 4,210 guards have left the Border Service.", ["misattributed"]),
    # a named person's age is not the ages a law drafts; an age set off before joining is the age joined
    ("Aged 25, Aye Chan left the service.", ["not_found"]),  # was `matches` the draft ages 20 to 40
    ("Min Thu, then aged 16, joined the service.", ["matches"]),
])
def test_whom_and_what_a_claim_is_of_in_re_run_48s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_no_dated_event_says_what_the_fact_base_does_date_of_them() -> None:
    [r] = results("Aye Chan left the service in 2015.")
    assert r["reason"] == ("the fact base has no dated event for Aye Chan that this could be; "
                           "it dates their enlistment (2011)")


@pytest.mark.parametrize("claim", [
    # a day or a part of the month written apart from it
    "The uprising began on the 15th of the month, in March 2019.",
    "The uprising began in the third week of the month of March 2019.",
    "The uprising began in latter March 2019.",
    "The uprising began in the second half of the month, in March 2019.",
    # a quotation in fiction or a game, before or after it, or taken back anywhere after it
    f"“{QUOTE[:-1]},” Min Thu said in a movie.",
    f"“{QUOTE[:-1]},” Min Thu said in a staged interview.",
    f"“{QUOTE[:-1]},” Min Thu said in an April Fool's piece.",
    f"“{QUOTE[:-1]},” Min Thu said, words he has since walked back.",
    f"“{QUOTE[:-1]},” Min Thu said, though he now says he was misquoted.",
    f"In a movie, Min Thu said: “{QUOTE}”",
    # a mind, talk or readiness about an act is not the act
    "Aye Chan was too frightened to enlist in 2011.",
    "Aye Chan was reluctant to enlist in 2011.",
    "Aye Chan talked of enlisting in 2011.",
    "Aye Chan wrote about enlisting in 2011.",
    "Aye Chan was contemplating enlistment in 2011.",
    "Aye Chan was in the process of enlisting in 2011.",
])
def test_parts_fiction_and_minds_in_re_run_48s_shapes_are_no_claim(claim: str) -> None:
    assert verdicts(claim) == []


@pytest.mark.parametrize("claim", [
    f"“{QUOTE[:-1]},” Min Thu said in an interview.",  # a real setting stays
    f"In an interview, Min Thu said: “{QUOTE}”",
    "After thinking about it for years, Aye Chan entered the service in 2011.",
])
def test_a_real_setting_or_a_thought_before_the_act_leaves_the_claim(claim: str) -> None:
    assert verdicts(claim) == ["matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # a group in common words as claimant is also what may be counted (was "no figure on guards")
    ("The guards say 4,210 guards have left the Border Service.", ["misattributed"]),
    ("The deserters say they are paid 500 kyat a month.", ["misattributed"]),
    # a clause set off by commas with a verb of its own is the main clause, no aside (was no subject)
    ("A year before the uprising, Aye Chan enlisted, in 2011.", ["matches"]),
    # "as opposed to" is no verb of the subject's (was no subject: "no dated enlistment")
    ("Aye Chan as opposed to Min Thu entered the service in 2011.", ["matches"]),
])
def test_claimants_and_subjects_that_were_lost_in_re_run_48s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a bound holds of a range whose end it names, as of an exact value (was `differs`)
    ("The Border Service drafts men aged up to 40.", ["matches"]),
    ("The Border Service drafts men aged at least 20.", ["matches"]),
    ("The Border Service drafts men aged up to 45.", ["differs"]),
])
def test_a_bound_holds_of_a_range_whose_end_it_names(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # an age as news style writes it: set off after the name, leading the sentence, "was only … when"
    ("Ko Ko Naing, 33, is the oldest man in the camp.", ["matches"]),
    ("Ko Ko Naing, 34, is the oldest man in the camp.", ["differs"]),
    ("At 33, Ko Ko Naing is the oldest man in the camp.", ["matches"]),
    ("Min Thu was just 16 when he joined the service.", ["matches"]),
    ("Min Thu joined the service when he was only 16.", ["matches"]),
    ("Min Thu joined the service when he was 17.", ["differs"]),
])
def test_an_age_as_news_style_writes_it(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Deserters may stay six weeks in a camp.", ["matches"]),  # "in a" is no rate's period (was no claim)
    ("Min Thu, then 16, joined the service.", ["matches"]),  # an age at the time, set off (was no claim)
    # after a year alone, "before" and "after" relate it to something else, no part of a month (was no claim)
    ("Aye Chan entered the service in 2011, after Min Thu.", ["matches"]),
    # a name set apart with no commas, or after the claim, is neither whom it is about nor a denial (was no claim)
    ("Aye Chan and not Min Thu entered the service in 2011.", ["matches"]),
    ("Min Thu and not Aye Chan entered the service in 2011.", ["not_found"]),
    ("Aye Chan entered the service in 2011, not Min Thu.", ["matches"]),
    ("It was not Aye Chan who entered the service in 2011.", []),  # a denial still is one
])
def test_true_claims_re_run_48_found_unread(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_years_of_service_with_no_unit_are_in_years(tmp_path: Path) -> None:
    # facts/README.md makes an attribute's unit optional; years_served says its unit itself (was "5, not years")
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    people = facts / "people.yaml"
    people.write_text(people.read_text().replace("value: 12, unit: years,", "value: 12,"))
    r = run("verify", "Min Thu served for 12 years.", "--facts", str(facts), "-f", "json")
    assert [x["verdict"] for x in json.loads(r.out)] == ["matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # "between the ages of" is a range of ages, not its first end (was `differs`, read as 20)
    ("The Border Service drafts men between the ages of 20 and 40.", ["matches"]),
    ("The Border Service drafts women between the ages of 20 and 35.", ["differs"]),
    # an age "when he joined" is the age joined; an age at another time is not read (was his present age)
    ("Min Thu was at the age of 16 when he joined the service.", ["matches"]),
    ("Ko Ko Naing was aged 20 when the war began.", []),
    # who speaks for an organisation, or a part of it, is the organisation (was `misattributed`, "knows no")
    ("A spokesman for the Valley Council says more than 5,000 guards have deserted.", ["matches"]),
    ("The head of the Valley Council says more than 5,000 guards have deserted.", ["matches"]),
    ("The Valley Council's defence ministry says more than 5,000 guards have deserted.", ["matches"]),
    ("Officials at Harbour Watch say 4,210 guards have left the Border Service.", ["matches"]),
    ("The region's exiled Valley Council says more than 5,000 guards have deserted.", ["matches"]),
    (f"“{QUOTE[:-1]},” Min Thu said in a screenplay.", []),
])
def test_ages_claimants_and_fiction_in_re_run_49s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # "puts the number of X at N": what N counts is X (was no claim)
    ("Harbour Watch puts the number of guards who have left the Border Service at 4,210.", ["matches"]),
    ("Harbour Watch puts the number of guards who have left the Border Service at 5,210.", ["differs"]),
    # a named person's age ending the clause (was no claim); an age in the past is not the present one
    ("Ko Ko Naing is 33.", ["matches"]),
    ("Ko Ko Naing is now 33.", ["matches"]),
    ("Ko Ko Naing turned 33.", ["matches"]),
    ("Ko Ko Naing is 35.", ["differs"]),
    ("Ko Ko Naing was 30.", []),
])
def test_numbers_as_news_style_writes_them_in_re_run_49s_lesser_list(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # verbs of counting and the passive name who states a figure (was `disputed`, no claimant read)
    ("Harbour Watch has recorded 4,210 guards who left the Border Service.", ["matches"]),
    ("Harbour Watch has documented 4,210 guards who left the Border Service.", ["matches"]),
    ("The 4,210 guards counted by Harbour Watch left the Border Service.", ["matches"]),
    ("The Valley Council has recorded 4,210 guards who left the Border Service.", ["misattributed"]),
    # more forms of an organisation (was `misattributed`, "knows no")
    ("The region's exiled civilian Valley Council says more than 5,000 guards have deserted.", ["matches"]),
    ("The defence ministry of the Valley Council says more than 5,000 guards have deserted.", ["matches"]),
    ("Officials from the Valley Council said more than 5,000 guards have deserted.", ["matches"]),
    ("Staff at Harbour Watch say 4,210 guards have left the Border Service.", ["matches"]),
    ("The region's council, the Valley Council, says more than 5,000 guards have deserted.", ["matches"]),
    # "between ages 20 and 40" is a range (was `differs`, read as 20)
    ("The Border Service drafts men between ages 20 and 40.", ["matches"]),
    # a present age set off before a later age on joining is the present one (was held against the age joined)
    ("Ko Ko Naing, aged 33, is the oldest man in the camp.", ["matches"]),
    # "among them" says nothing of what is counted (was `not_found`)
    ("Harbour Watch counts 1,310 wardens among them.", ["matches"]),
])
def test_claimants_ranges_and_counts_in_re_run_50s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_described_speaker_with_a_verb_before_the_colon_is_who_it_describes() -> None:
    # "A former sergeant told reporters:" was taken whole as the speaker's name (`misattributed`)
    [r] = results("A former sergeant told reporters: “I did not have a single day of rest in two years.”")
    assert r["verdict"] == "matches"



@pytest.mark.parametrize(("claim", "expected"), [
    # ages of men and women written as a bare range (was no claim)
    ("The Border Service drafts men from 20 to 40 and women from 20 to 30.", ["matches", "matches"]),
    ("The Border Service drafts men between 20 and 45.", ["differs"]),
    # a claim in a relative clause is not denied by its subject's main clause (was no claim)
    ("Aye Chan, who entered the service in 2011, did not regret it.", ["matches"]),
    ("Min Thu, who joined the service at 16, wanted to leave.", ["matches"]),
    ("Aye Chan, who did not enter the service in 2011, regretted it.", []),
    # a name set apart after a dash; years spent in a force are years of service
    ("Aye Chan entered the service in 2011 — not Min Thu.", ["matches"]),
])
def test_true_claims_re_run_50_found_unread(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a named speaker with an aside before the verb of saying is still the speaker (was dropped: `matches`, rc 0)
    (f"Aye Chan, a former guard, said: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan, who deserted, said.", ["misattributed"]),
    (f"According to Aye Chan, a former guard, “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, 30, said: “{QUOTE}”", ["not_found", "misattributed"]),  # his age, which the base lacks
    (f"A former guard, Aye Chan, said: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu, a former soldier, said: “{QUOTE}”", ["matches"]),  # ("a former guard", a title his
    # record does not give him, is `not_found`: test_verify_speakers.TITLED)
    # an aside in brackets or dashes after the claimant (was `disputed`, no claimant read)
    ("Harbour Watch (a group helping deserters) says 4,210 guards have left the Border Service.", ["matches"]),
    ("The Valley Council — the region's government — says more than 5,000 guards have deserted.", ["matches"]),
    # people of an organisation speak for it (was `misattributed`)
    ("Volunteers at Harbour Watch say 4,210 guards have left the Border Service.", ["matches"]),
    ("Members of Harbour Watch say 4,210 guards have left the Border Service.", ["matches"]),
    # a part named beside "N of the …" (was `differs`: a part taken for the whole)
    ("Harbour Watch said 1,310 of the guards were wardens.", ["matches"]),
    ("Harbour Watch said 1,310 of the guards were porters.", ["differs"]),
    # more verbs that name who counts (was `disputed`)
    ("Harbour Watch lists 4,210 guards who have left the Border Service.", ["matches"]),
    ("Records kept by Harbour Watch show 4,210 guards who have left the Border Service.", ["matches"]),
    # "through" joins a range; a count of the people it names is no count of a record's
    ("The Border Service drafts men aged 20 through 40.", ["matches"]),
    ("Two former guards, Aye Chan and Min Thu, told their stories.", []),
])
def test_speakers_claimants_parts_and_ranges_in_re_run_51s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a speaker as the subject of a verb of saying with more after it, or with asides (was dropped: `matches`, rc 0)
    (f"Aye Chan told the Hill Post, “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, however, said: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, in an interview, said: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan (pictured), said: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan — a former guard — said: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan said he “{QUOTE[2:]}”", ["misattributed"]),
    (f"In the words of Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, a former guard: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, a former guard, said of his years in the service: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu told the Hill Post, “{QUOTE}”", ["matches"]),
    (f"Min Thu, in an interview, said: “{QUOTE}”", ["matches"]),
    # whose records, and a name given twice, name the claimant (was `misattributed` or `disputed`)
    ("According to Harbour Watch's records, 4,210 guards have left the Border Service.", ["matches"]),
    ("Records kept by the Valley Council show more than 5,000 guards have deserted.", ["matches"]),
    ("The Valley Council, or VC, says more than 5,000 guards have deserted.", ["matches"]),
])
def test_speakers_and_claimants_in_re_run_52s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a tag after a quotation the splitter cut off, a byline, phrases naming the speaker (was `matches`, rc 0)
    (f"“{QUOTE[:-1]}!” Aye Chan said.", ["misattributed"]),
    (f"“{QUOTE}” Aye Chan told the Hill Post.", ["misattributed"]),
    (f"“{QUOTE}” Aye Chan, a former guard, told the Hill Post.", ["misattributed"]),
    (f"“{QUOTE}” — Aye Chan, a former guard", ["misattributed"]),
    (f"“{QUOTE}” (Aye Chan)", ["misattributed"]),
    (f"In Aye Chan’s words, “{QUOTE}”", ["misattributed"]),
    (f"To quote Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu said Aye Chan told him: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan said: “{QUOTE[:-1]},” he added.", ["misattributed"]),
    (f"“{QUOTE[:-1]}!” Min Thu said.", ["matches"]),
    (f"“{QUOTE}” — Min Thu", ["matches"]),
    # the right speaker with a title, the verb first, a possessive (was `misattributed`, "knows no")
    (f"The former soldier Min Thu said: “{QUOTE}”", ["matches"]),
    (f"Said Min Thu: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s words were: “{QUOTE}”", ["matches"]),
    (f"Quoting Min Thu: “{QUOTE}”", ["matches"]),
    # who counts, named after what it counts (was `disputed`)
    ("Among the 4,210 guards Harbour Watch counts are 1,310 wardens.", ["matches", "matches"]),
])
def test_speakers_and_claimants_in_re_run_53s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # more shapes of a speaker (each was dropped: another's quote `matches`, rc 0)
    (f"“{QUOTE[:-1]},” according to Aye Chan.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Capt. Aye Chan said.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan recounted.", ["misattributed"]),
    (f"Asked why he left, Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"In March Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan, now 30, said.", ["misattributed", "not_found"]),  # the age now read, as ", 30," is
    (f"Min Thu listened as Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE}” Aye Chan", ["misattributed"]),
    (f"Min Thu heard Aye Chan saying: “{QUOTE}”", ["misattributed"]),
    # the right speaker named so (was `misattributed`, "knows no")
    (f"Last week Min Thu said: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” the 16-year-old Min Thu said.", ["matches"]),
    (f"Min Thu’s verdict: “{QUOTE}”", ["matches"]),
    # what is said after a verb of saying is no claimant (was `misattributed`, "not their reasons")
    ("Some 300 deserters, living in the camp at Pine Ridge, explained their reasons.", ["matches"]),
])
def test_speakers_in_re_run_54s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_quote_whose_speaker_is_not_read_is_never_matched_against_a_person_the_sentence_names() -> None:
    # a safety net under the shapes of naming a speaker: "Aye Chan, a former guard; said:" is read by none of
    # them, and the quote, Min Thu's, came out `matches` while the sentence names Aye Chan
    [r] = results(f"Aye Chan, a former guard; said: “{QUOTE}”")
    assert r["verdict"] == "not_found"
    assert r["reason"].startswith("the sentence names Aye Chan, not as its speaker; the fact base gives these words to "
                                  "Min Thu")
    assert verdicts(f"Min Thu, a former guard; said: “{QUOTE}”") == ["matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # two quoted sentences in a row: each keeps its own speaker (was joined: the first went to the second speaker)
    (f"Aye Chan said: “{QUOTE}” Min Thu said: “We were told to burn the fields of our own neighbours.”",
     ["misattributed", "misattributed"]),
    (f"Min Thu said: “{QUOTE}” Aye Chan said he had no regrets.", ["matches"]),
    # more tags after a quotation, "(not his real name)" (was dropped or `matches`)
    (f"“{QUOTE[:-1]},” Aye Chan reflected.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan, speaking from the camp, said.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan (not his real name) said.", ["misattributed"]),
    # the right speaker with a time, a possessive phrase, "named" (was `misattributed`, naming a month)
    (f"Min Thu told the Hill Post in March: “{QUOTE}”", ["matches"]),
    (f"Min Thu said from the camp at Pine Ridge: “{QUOTE}”", ["matches"]),  # "from X:" names X only at the start
    (f"Min Thu’s answer was simple: “{QUOTE}”", ["matches"]),
    (f"A guard named Min Thu said: “{QUOTE}”", ["matches"]),
])
def test_speakers_in_re_run_55s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # the speaker of "X paused, then said:" and "said the former guard, X" (was dropped)
    (f"Aye Chan paused, then said: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” said the former guard, Aye Chan.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” said the former soldier, Min Thu.", ["matches"]),
])
def test_speakers_left_by_re_run_55(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # two speakers in one sentence: the first quotation is the first speaker's (was given to the second)
    (f"Aye Chan said “{QUOTE}” and Min Thu said nothing.", ["misattributed"]),
    (f"Min Thu said “{QUOTE}” while Aye Chan said nothing.", ["matches"]),
    # the one who counts, inside a report of it (was `misattributed`: the outlet taken as the claimant)
    ("The Hill Post reports that Harbour Watch has counted 4,210 guards who left the Border Service.", ["matches"]),
    ("According to the Hill Post, Harbour Watch has counted 4,210 guards who left the Border Service.", ["matches"]),
    # "Not X but Y said:" is Y; "[not his real name]" denies nothing
    (f"Not Aye Chan but Min Thu said: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” Aye Chan [not his real name] said.", ["misattributed"]),
])
def test_speakers_and_claimants_in_re_run_56s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a title pysbd ends a sentence after (the quotation went to "Pvt")
    (f"“{QUOTE[:-1]},” said Pvt. Min Thu.", ["matches"]),
    (f"“{QUOTE[:-1]},” Pvt. Aye Chan said.", ["misattributed"]),
    # words one person passes on from another are the other's (were given to the one passing them on)
    (f"Aye Chan quoted Min Thu as saying: “{QUOTE}”", ["matches"]),
    (f"Aye Chan repeated Min Thu’s words: “{QUOTE}”", ["matches"]),
    (f"Aye Chan, quoting Min Thu, said: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” Aye Chan said, quoting Min Thu.", ["matches"]),
    (f"Min Thu quoted Aye Chan as saying: “{QUOTE}”", ["misattributed"]),
    # a name beside the quotation with a verb of no list (anyone's quote `matches`, under a name the base lacks)
    (f"“{QUOTE[:-1]},” Kyaw Kyaw whispered.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” sobbed Kyaw Kyaw.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Kyaw Kyaw went on.", ["misattributed"]),
    (f"Kyaw Kyaw grumbled: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu whispered.", ["matches"]),
    (f"Min Thu grumbled: “{QUOTE}”", ["matches"]),
    # ", explained why they left" names no claimant (was `misattributed`, "not why they left")
    ("Some 300 deserters, living in the camp at Pine Ridge, explained why they left.", ["matches"]),
    # (but an aside after the count is said of it: the record has them living there, not interviewed, re-run 114 A6)
    ("Some 300 deserters, interviewed in the camp at Pine Ridge, explained why they left.", ["not_found"]),
])
def test_speakers_and_claimants_left_by_re_run_56(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a possessive lead-in of any noun of saying (was `misattributed`, "not by Min Thu’s lament")
    (f"Min Thu’s lament: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s warning was blunt: “{QUOTE}”", ["matches"]),
    (f"Aye Chan’s confession: “{QUOTE}”", ["misattributed"]),
    # the one who counts inside a report without "that", or with the report after it (was the outlet)
    ("The Hill Post says Harbour Watch has counted 4,210 guards who left the Border Service.", ["matches"]),
    ("Harbour Watch has counted 4,210 guards who left the Border Service, according to the Hill Post.", ["matches"]),
    ("Harbour Watch has counted 4,210 guards who left the Border Service, the Hill Post reports.", ["matches"]),
    ("Harbour Watch says the Valley Council has counted 4,210 guards who left the Border Service.", ["misattributed"]),
    # any verb of saying is who states a number, not what it counts (was `not_found` after "wrote that")
    ("The Hill Post wrote that Harbour Watch counted 4,210 guards.", ["matches"]),
])
def test_speakers_and_claimants_in_re_run_57s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


BURN = "We were told to burn the fields of our own neighbours"  # Aye Chan's; QUOTE is Min Thu's


@pytest.mark.parametrize(("claim", "expected"), [
    # two speakers, the first in a clause of its own: each quotation its own speaker's (the first was the second's)
    (f"While Aye Chan said “{QUOTE[:-1]},” Min Thu said “{BURN}.”", ["misattributed", "misattributed"]),
    (f"While Min Thu said “{QUOTE[:-1]},” Aye Chan said “{BURN}.”", ["matches", "matches"]),
    (f"Aye Chan said “{QUOTE[:-1]}” even as Min Thu said “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}” because Min Thu said “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Min Thu said “{QUOTE[:-1]}” before Aye Chan said “{BURN}.”", ["matches", "matches"]),  # held before: a guard
    # the second verb left out: the second name is the second quotation's (it was the first speaker's)
    (f"Aye Chan said that “{QUOTE[:-1]}” and Min Thu that “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Min Thu said “{QUOTE[:-1]}” and Aye Chan “{BURN}.”", ["matches", "matches"]),
    # "respectively": each name in its place
    (f"Aye Chan and Min Thu said “{QUOTE[:-1]}” and “{BURN}” respectively.", ["misattributed", "misattributed"]),
    (f"Min Thu and Aye Chan said “{QUOTE[:-1]}” and “{BURN},” respectively.", ["matches", "matches"]),
    # (re-run 58) the second verb left out after a comma, a dash, "; and"; "to which Y replied"; "X, who said …, met Y, who
    # said …"; "and so did Y:"; "respectively" elsewhere; bracketed quotations; "For X, …; for Y, …"; "Y’s, “…”"
    (f"Aye Chan said “{QUOTE[:-1]}”, Min Thu “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}” — Min Thu, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said that “{QUOTE[:-1]}”; and Min Thu that “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}”, to which Min Thu replied “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan, who said “{QUOTE[:-1]},” met Min Thu, who said “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}”, and so did Min Thu: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan and Min Thu said, respectively, “{QUOTE[:-1]}” and “{BURN}.”", ["misattributed", "misattributed"]),
    (f"“{QUOTE[:-1]}” and “{BURN},” said Min Thu and Aye Chan respectively.", ["matches", "matches"]),
    (f"Aye Chan (“{QUOTE[:-1]}”) and Min Thu (“{BURN}”) both spoke.", ["misattributed", "misattributed"]),
    (f"For Aye Chan, “{QUOTE[:-1]}”; for Min Thu, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Min Thu’s answer was “{QUOTE[:-1]}”; Aye Chan’s, “{BURN}.”", ["matches", "matches"]),
    (f"First Min Thu said “{QUOTE[:-1]}”, then Aye Chan said “{BURN}.”", ["matches", "matches"]),
    # (re-run 59) "with Y adding", "; Y countered,", "then Y “…”", a description before the second name, "In X’s words, …;
    # in Y’s, …", "before Y added:", "X spoke first (“…”), then Y (“…”)", "X first, …; Y second, …", "Y told the paper"
    (f"Aye Chan said “{QUOTE[:-1]}”, with Min Thu adding “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}”; Min Thu countered, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}”, then Min Thu “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Former guard Aye Chan said “{QUOTE[:-1]}”; ex-guard Min Thu, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"In Aye Chan’s words, “{QUOTE[:-1]}”; in Min Thu’s, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan said, before Min Thu added: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan spoke first (“{QUOTE[:-1]}”), then Min Thu (“{BURN}”).", ["misattributed", "misattributed"]),
    (f"Aye Chan first, “{QUOTE[:-1]}”; Min Thu second, “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Min Thu told the Hill Post “{QUOTE[:-1]}”, and Aye Chan told the paper “{BURN}.”", ["matches", "matches"]),
    # (re-run 60) "Y answering:", "Y echoed that with", a lead-in after a dash; a second quotation whose speaker is not
    # read, in a sentence naming both, is `not_found`, never `matches`
    (f"Aye Chan said “{QUOTE[:-1]}”, Min Thu answering: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}”, and Min Thu echoed that with “{BURN}.”", ["misattributed", "misattributed"]),
    # (re-run 182: Min Thu's quotation was dropped, the other's denial read as of his saying: "did" was a word of saying)
    (f"Min Thu said “{QUOTE[:-1]}” — a view Aye Chan did not share: “{BURN}.”", ["matches", "matches"]),
    (f"Aye Chan gave cruelty as his reason — “{QUOTE[:-1]}” — and Min Thu fear: “{BURN}.”",
     ["not_found", "misattributed"]),
    # (re-run 61) "before Y cut in:", "— Y, by contrast:", "a sentiment Y echoed …:"
    (f"“{QUOTE[:-1]},” Aye Chan said, before Min Thu cut in: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]}” — Min Thu, by contrast: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]},” a sentiment Min Thu echoed in his own words: “{BURN}.”",
     ["misattributed", "misattributed"]),
    # (re-run 62) "only for Y to answer:", "a remark Y followed with"
    (f"Aye Chan said “{QUOTE[:-1]},” only for Min Thu to answer: “{BURN}.”", ["misattributed", "misattributed"]),
    (f"Aye Chan said “{QUOTE[:-1]},” a remark Min Thu followed with “{BURN}.”", ["misattributed", "misattributed"]),
    # a quotation split by its tag keeps the tag's speaker (held before: a guard of the rule above)
    (f"“{QUOTE[:-1]},” Aye Chan said, “{BURN}.”", ["misattributed", "matches"]),
])
def test_two_speakers_in_re_run_57s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # an age set off after a name with "now" (was no claim; "then" is the age at the time)
    ("Ko Ko Naing, now 33, lives in the camp.", ["matches"]),
    ("Ko Ko Naing, now 35, lives in the camp.", ["differs"]),
    # "abandoned the Border Service" is a desertion, not a denial (was no claim); "abandoned plans to" denies
    ("Harbour Watch says 4,210 guards have abandoned the Border Service.", ["matches"]),
    ("Harbour Watch says 4,210 guards abandoned plans to leave the Border Service.", []),  # held before: a guard
])
def test_numbers_in_re_run_57s_borderline(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [  # the rows with the true speaker held before: guards
    # a quotation ending in "!", "—" or "…", its tag cut off as a sentence with a verb of any kind (was no speaker)
    (f"“{QUOTE[:-1]}!” Aye Chan whispered.", ["misattributed"]),
    (f"“{QUOTE[:-1]}—” Aye Chan trailed off.", ["misattributed"]),
    (f"“{QUOTE[:-1]}…” Aye Chan, 30, went quiet.", ["misattributed", "not_found"]),
    (f"“{QUOTE[:-1]}!” Min Thu whispered.", ["matches"]),
    # a lead-in before the colon is no speaker when a pronoun's tag follows (was "not by Online")
    (f"Online insults stung: “{QUOTE[:-1]},” he said.", ["matches"]),
    # one who recalls another telling him: the other's words; asked by another: the one asked
    (f"Aye Chan recalled Min Thu telling him: “{QUOTE}”", ["matches"]),
    (f"Min Thu recalled Aye Chan telling him: “{QUOTE}”", ["misattributed"]),
    (f"Asked by Min Thu, Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"Asked by Aye Chan why he left, Min Thu said: “{QUOTE}”", ["matches"]),
    # a possessive lead-in with an adjective, a phrase after its noun, an aside
    (f"Min Thu’s bleak assessment: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s bitter verdict on the service: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s statement reads: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s one regret, he said, was this: “{QUOTE}”", ["matches"]),
    (f"Aye Chan’s bleak assessment: “{QUOTE}”", ["misattributed"]),
    # "comments" after "saw" is a noun, no verb of saying whose subject is the speaker (was "not by the Hill Post")
    (f"Min Thu told the Hill Post he saw comments about his unit: “{QUOTE}”", ["matches"]),
])
def test_speakers_in_re_run_58s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # an age before the name is the age now, though another age later is the one of joining (was "differs")
    ("Thirty-three-year-old Ko Ko Naing joined the army long ago, at 19.", ["matches", "not_found"]),
    # whose service members are is no kind of them (was measured against the other side's total: `differs`)
    ("According to the Valley Council, more than 5,000 junta personnel have deserted.", ["matches"]),
])
def test_numbers_in_re_run_58s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [  # the rows with the true speaker held before: guards
    # a tag with more words after its verb, cut off after “…!”, “…—” or “…” (was no speaker: anyone's quote matched)
    (f"“{QUOTE[:-1]}…” Aye Chan murmured, looking away.", ["misattributed"]),
    (f"“{QUOTE[:-1]}—” Aye Chan broke off.", ["misattributed"]),
    (f"“{QUOTE[:-1]}!” Aye Chan shouted, fists clenched.", ["misattributed"]),
    # "answered", "responded" after "Asked by Y,"; "quoted X as telling him", "recounted X telling him", "once"
    (f"Asked by Min Thu, Aye Chan answered: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan quoted Min Thu as telling him: “{QUOTE}”", ["matches"]),
    (f"Aye Chan recounted Min Thu telling him: “{QUOTE}”", ["matches"]),
    (f"Aye Chan recalled Min Thu once telling him: “{QUOTE}”", ["matches"]),
    # "It was X, not Y, who said": X
    (f"It was Aye Chan, not Min Thu, who said: “{QUOTE}”", ["misattributed"]),
    (f"It was Min Thu, not Aye Chan, who said: “{QUOTE}”", ["matches"]),
    # a possessive lead-in with a phrase after its noun, or an aside
    (f"Min Thu’s words to the Hill Post: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s answer, when asked why, was short: “{QUOTE}”", ["matches"]),
    (f"Min Thu’s view, in short: “{QUOTE}”", ["matches"]),
    # a one-word lead-in before a colon may name no one: `not_found`, not `misattributed`
    (f"Insults hurt: “{QUOTE}”", ["not_found"]),
])
def test_speakers_in_re_run_59s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_an_age_after_the_age_of_joining_is_the_age_now() -> None:
    # the 33 was read as his age on joining, the verb's, though "at 19" was it (and "is" says now)
    assert verdicts("Ko Ko Naing joined the army at 19 and, at 33, is the oldest man in the camp.") == ["not_found", "matches"]
    assert verdicts("Ko Ko Naing joined the army at 19 and, at 30, fled.") == ["not_found"]


@pytest.mark.parametrize(("claim", "expected"), [
    # a lead-in with a denial but no verb of saying describes the words (the quotation was dropped as denied)
    (f"Min Thu had no regrets: “{QUOTE}”", ["matches"]),
    (f"Aye Chan had no regrets: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu never said: “{QUOTE}”", []),  # held before: a guard
])
def test_a_lead_in_with_a_denial_and_no_verb_of_saying_denies_no_quotation(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [  # the rows with the true speaker held before: guards
    # verbs of saying with a listener: "confided to Y that", "assured Y that", "whispered to Y"
    (f"Aye Chan confided to Min Thu that “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan assured Min Thu that “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan whispered to Min Thu.", ["misattributed"]),
    # an aside or a clause with another name before the tag; a perceiver of "him"
    (f"Aye Chan, replying to Min Thu, said: “{QUOTE}”", ["misattributed"]),
    (f"When Min Thu arrived, Aye Chan told him: “{QUOTE}”", ["misattributed"]),
    (f"When Aye Chan arrived, Min Thu told him: “{QUOTE}”", ["matches"]),
    (f"Aye Chan heard him say: “{QUOTE}”", ["not_found"]),
    # a tag turned round before the quotation
    (f"Explains Min Thu: “{QUOTE}”", ["matches"]),
    (f"Says Aye Chan, “{QUOTE}”", ["misattributed"]),
    # "Unlike Y, who …, X said"; an outlet after the quotation reports X's words
    (f"Unlike Aye Chan, who stayed silent, Min Thu said: “{QUOTE}”", ["matches"]),
    (f"Min Thu said that “{QUOTE[:-1]},” according to the Hill Post.", ["matches"]),
    (f"Min Thu said that “{QUOTE[:-1]},” the Hill Post reported.", ["matches"]),
    # the next sentence that says whose the words are
    (f"“{QUOTE}” Those are the words of Aye Chan.", ["misattributed"]),
    (f"“{QUOTE}” That is how Aye Chan remembers it.", ["misattributed"]),
    (f"“{QUOTE}” Those are the words of Min Thu.", ["matches"]),
    # one word found inside another's quote is nobody's in particular
    ("“Cruel?” Aye Chan asked.", ["not_found"]),
])
def test_speakers_in_re_run_60s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_by_the_count_of_an_organisation_is_who_states_the_figure() -> None:
    # "By the count of X" was not read: a true figure came out `disputed`, and another's as well
    assert verdicts("By the count of Harbour Watch, 4,210 guards have left the Border Service.") == ["matches"]
    assert verdicts("By the count of the Valley Council, 4,210 guards have left the Border Service.") == ["misattributed"]


@pytest.mark.parametrize(("claim", "expected"), [  # the rows with the true speaker held before: guards
    # the one who hears, reads or gets the words is not their speaker
    (f"Aye Chan overheard Min Thu saying: “{QUOTE}”", ["matches"]),
    (f"Min Thu overheard Aye Chan saying: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan got a letter from Min Thu: “{QUOTE}”", ["matches"]),
    (f"Aye Chan read Min Thu’s note: “{QUOTE}”", ["matches"]),
    (f"Min Thu read Aye Chan’s note: “{QUOTE}”", ["misattributed"]),
    (f"In Min Thu’s letter to Aye Chan: “{QUOTE}”", ["matches"]),
    (f"Aye Chan heard someone say: “{QUOTE}”", ["not_found"]),
    # tags turned round with other verbs; "Unlike Y — who … — X said"; "…,” reported the Hill Post."
    (f"Shrugs Min Thu: “{QUOTE}”", ["matches"]),
    (f"Sighs Aye Chan, “{QUOTE}”", ["misattributed"]),
    (f"Unlike Aye Chan — who stayed — Min Thu said: “{QUOTE}”", ["matches"]),
    (f"Min Thu said that “{QUOTE[:-1]},” reported the Hill Post.", ["matches"]),
    (f"Min Thu told Aye Chan and Aye Chan’s wife: “{QUOTE}”", ["matches"]),
])
def test_speakers_in_re_run_61s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # an age set off after the second name is that person's, given by the writer (was held against the first speaker)
    (f"Min Thu said “{QUOTE[:-1]},” and Ko Ko Naing, 33, said “{BURN}.”", ["matches", "matches", "misattributed"]),
    # a number in an aside describing the claimant at the sentence's end is the writer's (was `misattributed`)
    ("A total of 4,210 guards have left, said Harbour Watch, whose staff work with the some 300 deserters in the camp "
     "at Pine Ridge.", ["matches", "matches"]),
    # (not `misattributed` either way; since re-run 93 a verb of no kind before a count must be the record's own, and
    # the record says the camp holds them, not that anyone visits them)
    ("A total of 4,210 guards have left, said Harbour Watch, whose staff visit the some 300 deserters in the camp at "
     "Pine Ridge.", ["matches", "not_found"]),
])
def test_numbers_in_re_run_61s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [  # the rows with the true speaker held before: guards
    # one who quotes, is told, hears, writes down, films or recalls the words is not their speaker
    (f"Aye Chan still quotes Min Thu: “{QUOTE}”", ["matches"]),
    (f"Min Thu still quotes Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu was told by Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu heard it from Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu jotted down what Aye Chan said: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu filmed Aye Chan saying: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu would not say, but Aye Chan did: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan said, Min Thu recalls: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu says Aye Chan told him.", ["misattributed"]),
    (f"Min Thu heard a guard say: “{QUOTE}”", ["not_found"]),  # the one who hears them (was `matches` until re-run 65)
    (f"Aye Chan heard a guard say: “{QUOTE}”", ["not_found"]),
    # a tag turned round with an aside after the name
    (f"Says Aye Chan, 27: “{QUOTE}”", ["misattributed"]),
    (f"Explains Min Thu, a former soldier: “{QUOTE}”", ["matches"]),
    # (since re-run 125 A12 the bracketed age after a name is read as his, which the base does not give: `not_found`)
    (f"Explains Min Thu (27): “{QUOTE}”", ["not_found", "matches"]),
    # words next to the name: "an emotional X", "Instead of Y, X spoke:"
    (f"“{QUOTE[:-1]},” an emotional Min Thu said.", ["matches"]),
    (f"Instead of Aye Chan, Min Thu spoke: “{QUOTE}”", ["matches"]),
    # the next sentence that says whose the words are, in other wordings
    (f"“{QUOTE}” Those were Aye Chan’s words.", ["misattributed"]),
    (f"“{QUOTE}” The words are Aye Chan’s.", ["misattributed"]),
    (f"“{QUOTE}” That is what Aye Chan told Min Thu.", ["misattributed"]),
    (f"“{QUOTE}” This is how Aye Chan, not Min Thu, remembers it.", ["misattributed"]),
])
def test_speakers_in_re_run_62s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a date in "who …" after a name compared with is that person's (was held against the first: `differs`)
    ("Min Thu joined the service later than Aye Chan, who entered the service in 2011.", ["matches"]),
    ("Min Thu joined the service later than Aye Chan, who entered the service in 2013.", ["differs"]),
    # an age in the clause after a semicolon is not the age of joining of the clause before it (was `differs`)
    ("Min Thu joined the service at 16; the oldest man in the camp is 33.", ["matches", "not_found"]),  # (held before:
    # a guard; the oldest man's age is now read, of no record)
])
def test_dates_and_ages_in_re_run_62s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # one who echoes, keeps, passes on, never forgot, credits the words, named first, is not their speaker
    (f"Min Thu echoed Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu never forgot Aye Chan’s answer: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu still has Aye Chan’s message: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu credits Aye Chan with the words: “{QUOTE}”", ["misattributed"]),
    (f"Where Min Thu hesitated, Aye Chan did not: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan’s reply stunned Min Thu: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu received a call from Aye Chan: “{QUOTE}”", ["misattributed"]),
    # the same as a tag after the quotation
    (f"“{QUOTE[:-1]},” Min Thu quoted Aye Chan as saying.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu was told by Aye Chan.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu says Aye Chan once told him.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu said, recalling Aye Chan’s words.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Aye Chan quoted Min Thu as saying.", ["matches"]),
    # words around the name: "the soft-spoken X", "said X of Y", "said X — Y’s friend"
    (f"“{QUOTE[:-1]},” the soft-spoken Min Thu said.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu of Aye Chan.", ["matches"]),
    (f"“{QUOTE[:-1]},” said Min Thu — Aye Chan’s friend.", ["matches"]),
])
def test_speakers_in_re_run_63s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # one who imitates, recites or borrows the words is not their speaker; nor, in a tag after them, one who says
    # another "admitted" them or "had told him" (each was a wrong speaker's `matches`)
    (f"Min Thu imitates Aye Chan: “{QUOTE}”", ["misattributed"]),
    (f"Min Thu recites Aye Chan’s words: “{QUOTE}”", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu says Aye Chan admitted.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu said Aye Chan had told him.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” Min Thu said in Aye Chan’s words.", ["misattributed"]),
    (f"“{QUOTE}” That is what Aye Chan says, and Min Thu agrees.", ["misattributed"]),
    (f"“{QUOTE}” That is what Min Thu says, and Aye Chan agrees.", ["matches"]),
])
def test_speakers_in_re_run_64s_shapes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # "Y, who heard X say it, recalls:" is X's; "says X of life after Y left" names X (both were a wrong `matches`)
    (f"Min Thu, who heard Aye Chan say it, recalls: “{QUOTE}”", ["misattributed"]),
    (f"Aye Chan, who heard Min Thu say it, recalls: “{QUOTE}”", ["matches"]),
    (f"“{QUOTE[:-1]},” says Aye Chan of life after Min Thu left.", ["misattributed"]),
    (f"“{QUOTE[:-1]},” says Min Thu of life after Aye Chan left.", ["matches"]),
])
def test_speakers_left_by_re_run_64(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a payment by its other names (each was `not_found`, "no figure on kyat that this number could be")
    ("Min Thu lives on a stipend of 500 kyat a month.", ["matches"]),
    ("Min Thu gets an allowance of 500 kyat a month.", ["matches"]),
    ("Min Thu gets an allowance of 600 kyat a month.", ["differs"]),
    # guards: not what one earns or gets elsewhere (a wage is no payment to deserters)
    ("Min Thu now earns 900 kyat a month at a garage.", ["not_found"]),
    ("Min Thu gets 600 kyat a month at a market stall.", ["not_found"]),
])
def test_a_payment_by_another_name_is_the_payment(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_figure_in_a_unit_the_fact_base_has_but_of_nothing_it_counts_says_so() -> None:
    # the reason said the fact base had no figure in kyat, while it has one
    [row] = results("He lives on 500 kyat a month.")
    assert (row["verdict"], row["reason"]) == ("not_found", "the fact base's figure in kyat, council-payment (500 kyat "
                                               "per month), is not of what this sentence's words say it counts")


@pytest.mark.parametrize(("claim", "expected"), [
    # two claimants side by side, each with its own figure: each figure is its own clause's claimant's (the later
    # claimant was given to both, a true figure `misattributed`)
    ("4,210 guards have left the Border Service, according to Harbour Watch; the Valley Council says more than 5,000 "
     "guards have deserted.", ["matches", "matches"]),
    ("Harbour Watch has counted 4,210 guards who left the Border Service, but the Valley Council says more than 5,000 "
     "guards have deserted.", ["matches", "matches"]),
    ("4,210 guards have left the Border Service, Harbour Watch says; the Valley Council says more than 5,000 guards "
     "have deserted.", ["matches", "matches"]),
    ("4,210 guards have left the Border Service, according to Harbour Watch, though the Valley Council says more than "
     "5,000 guards have deserted.", ["matches", "matches"]),
    # a claimant still states the figures of the clauses after its own, and a wrong one is still caught
    ("According to Harbour Watch, 4,210 guards have left the Border Service; more than 5,000 guards have deserted.",
     ["matches", "misattributed"]),
    ("4,210 guards have left the Border Service, according to the Valley Council; Harbour Watch says more than 5,000 "
     "guards have deserted.", ["misattributed", "misattributed"]),
])
def test_each_figure_is_its_own_clauses_claimants(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_figure_is_held_against_its_own_clauses_claimant() -> None:
    rows = results("4,210 guards have left the Border Service, according to Harbour Watch; the Valley Council says each "
                   "deserter is paid 500 kyat per month.")
    assert [(r["verdict"], r["reason"]) for r in rows] == [
        ("matches", "stated by Harbour Watch (r1)"),
        ("misattributed", "the figure is stated by the article itself (r1), not the Valley Council")]  # not Harbour Watch


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 67: a claimant named beside another in a contrast is its own clause's: the figure was `disputed`, as if
    # no claimant were named; the other's figure ("puts the figure at") counts what the first counts (was not read)
    ("Harbour Watch says 4,210 guards have left the Border Service, while the Valley Council puts the figure at more "
     "than 5,000.", ["matches", "matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, while the Valley Council puts the figure at more "
     "than 6,000.", ["matches", "differs"]),
    # a denial after "but" with a verb of its own denies that verb, not the claim before it (was no claim)
    ("Aye Chan entered the service in 2011, but he could not leave.", ["matches"]),
    # guards: a clause that only refutes the claim still denies it
    ("Aye Chan entered the service in 2011, but he did not.", []),
    ("Aye Chan entered the service in 2011, but that is not true.", []),
])
def test_a_contrast_clause_keeps_its_own_claimant_and_its_own_denial(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 68: more ways to set two claimants side by side (the later one was given to both, or neither read)
    ("The Valley Council says more than 5,000 guards have deserted, and Harbour Watch says 4,210 guards have left the "
     "Border Service.", ["matches", "matches"]),
    ("While Harbour Watch counts 4,210 guards who left the Border Service, the Valley Council says more than 5,000 "
     "guards have deserted.", ["matches", "matches"]),
    ("Whereas the Valley Council says more than 5,000 guards have deserted, Harbour Watch says 4,210 guards have left "
     "the Border Service.", ["matches", "matches"]),
    ("4,210 guards have left the Border Service, Harbour Watch says, while the Valley Council counts more than 5,000 "
     "guards who deserted.", ["matches", "matches"]),
    # a claimant that closes the sentence states the figures of every clause before it (guard)
    ("4,210 guards have left the Border Service, and 1,310 of them were wardens, according to Harbour Watch.",
     ["matches"]),
    # a number of years in the aside after a name is the writer's, not a claim of what follows "said" (it was held
    # against "the coup changed everything" as its claimant)
    ("Ko Ko Naing, 14 years in the army, said the coup changed everything.", ["matches"]),
    ("Captain Ko Ko Naing, 14 years a soldier, told reporters he defected.", ["matches"]),
])
def test_more_claimants_side_by_side_and_a_years_aside(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 69: the first claimant in a leading "While …", before a semicolon after a closing "X says", or a second
    # one with its verb left out after "and" (each true figure was `disputed` or `misattributed`)
    ("While the Valley Council says more than 5,000 guards have deserted, Harbour Watch counts 4,210 guards who left "
     "the Border Service.", ["matches", "matches"]),
    ("More than 5,000 guards have deserted, the Valley Council says; Harbour Watch says 4,210 guards have left the "
     "Border Service.", ["matches", "matches"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service, and the Valley Council more than 5,000 guards "
     "who deserted.", ["matches", "matches"]),
    # a span from the seizure of power dates the sentence; it is no one's years of service (was `differs`)
    ("Three years after the military seized power, guards keep deserting.", []),
    ("Three years since the army staged its coup, guards keep deserting.", []),
    ("Ko Ko Naing served in the army for 14 years before the coup.", ["matches"]),  # guard
])
def test_claimants_in_re_run_69s_shapes_and_a_span_from_the_coup(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_second_claimant_set_off_by_by_contrast_keeps_its_figure() -> None:
    # re-run 70: "…; the Valley Council, by contrast, puts it at …" was held against Harbour Watch
    assert verdicts("According to Harbour Watch, 4,210 guards have left the Border Service; the Valley Council, by "
                    "contrast, says more than 5,000 guards have deserted.") == ["matches", "matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # service members of no kind said are the record's people, as "personnel" were (was `not_found`, "no figure on
    # members")
    ("Harbour Watch says 4,210 members of the security forces have left the Border Service.", ["matches"]),
    ("In all, 4,210 members of the junta's forces have left the Border Service, Harbour Watch says.", ["matches"]),
    ("Harbour Watch says 4,210 security force members have left the Border Service.", ["matches"]),
    ("Harbour Watch says 4,300 members of the security forces have left the Border Service.", ["differs"]),
    ("The Valley Council says 4,210 members of the security forces have left the Border Service.", ["misattributed"]),
    # guards: members of what is no service still count nothing the fact base has
    ("Harbour Watch says 4,210 members of his family have left the Border Service.", ["not_found"]),
    ("Harbour Watch says 4,210 members have left the Border Service.", ["not_found"]),
])
def test_members_of_the_forces_are_service_members(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 74 borderline: "the group" after a sentence that opens with its only name is that name, though it states
    # no figure there (was no claimant read: `disputed`), and the one named last before another claimant
    ("Harbour Watch helps guards. The group says 4,210 guards have left the Border Service.", ["matches"]),
    ("Harbour Watch helps guards. The group says more than 5,000 guards have deserted.", ["misattributed"]),
    ("The Valley Council pays deserters. The group says more than 5,000 guards have deserted.", ["matches"]),
    ("Harbour Watch counts 4,210 guards. The Valley Council pays deserters. The group says more than 5,000 guards have "
     "deserted.", ["matches", "matches"]),
    # guards: a sentence with two names, or a name further in, leaves the claimant named last
    ("Harbour Watch counts 4,210 guards. Min Thu thanked the Valley Council. The group says 4,210 guards have left the "
     "Border Service.", ["matches", "matches"]),
])
def test_the_group_is_the_one_the_sentence_before_opens_with(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # how a claimant says it ("reportedly", "officially") is not what the number counts (was `not_found`: "no figure
    # on guards", the adverb its only word of context)
    ("Harbour Watch reportedly counts 4,210 guards.", ["matches"]),
    ("Harbour Watch officially counts 4,210 guards.", ["matches"]),
    ("The Valley Council reportedly counts 4,210 guards.", ["misattributed"]),
])
def test_an_adverb_of_saying_is_no_context(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 74 borderline: a claimant in a cleft ("It is X, not Y, that counts") is X (was no claimant: `disputed`;
    # and with "not the Y", Y's words were the figure's context: `not_found`)
    ("It is the Valley Council, not Harbour Watch, that counts 4,210 guards.", ["misattributed"]),
    ("It is Harbour Watch, not the Valley Council, that counts 4,210 guards.", ["matches"]),
    ("It was Harbour Watch that counted 4,210 guards.", ["matches"]),
    ("Harbour Watch, not the Valley Council, counts 4,210 guards.", ["matches"]),
])
def test_a_claimant_in_a_cleft_is_the_one_it_names(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


_WOUNDED = """figures:
  - id: raid-wounded
    topic: losses
    counts: comrades of Min Thu wounded in a raid on the border post
    value: 4
    comparator: exact
    unit: people
    wording: "Four"
    about: [min-thu]
    source: r1
    excerpt: "Four of his comrades were wounded in a raid on the border post."
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 75 A3: a count of one person's is not of another the sentence names instead (was `matches`)
    ("Four of Aye Chan's comrades were wounded in a raid on the border post.", ["not_found"]),
    ("Aye Chan lost four comrades, wounded in a raid on the border post.", ["not_found"]),
    # re-run 76 A2: whose unit (or men) lost them, said outside the count's own words (was `matches`)
    ("Aye Chan's unit had four comrades wounded in a raid on the border post.", ["not_found"]),
    ("Aye Chan's men saw four comrades wounded in a raid on the border post.", ["not_found"]),
    # re-run 77 A1, A4: "the unit of X", and X set off as the speaker inside the subject ("Aye Chan, said Min Thu, …")
    ("The unit of Aye Chan had four comrades wounded in a raid on the border post.", ["not_found"]),
    ("Aye Chan, said Min Thu, saw four comrades wounded in a raid on the border post.", ["not_found"]),
    # re-run 78 A8, A9: whose a figure is, through "whose" (was `matches`), and not the one whose neighbour is named
    ("Aye Chan, whose unit had four comrades wounded in a raid on the border post, left.", ["not_found"]),
    ("Min Thu's neighbour Aye Chan saw four comrades wounded in a raid on the border post.", ["not_found"]),
    # guards: the one it is about, or no one named
    ("Min Thu, whose unit had four comrades wounded in a raid on the border post, left.", ["matches"]),
    ("Min Thu's unit had four comrades wounded in a raid on the border post.", ["matches"]),
    ("The unit of Min Thu had four comrades wounded in a raid on the border post.", ["matches"]),
    ("Four of Min Thu's comrades were wounded in a raid on the border post.", ["matches"]),
    ("Four comrades were wounded in a raid on the border post.", ["matches"]),
])
def test_a_count_of_one_persons_is_not_of_another(tmp_path: Path, claim: str, expected: list[str]) -> None:
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    base = facts / "base.yaml"
    base.write_text(base.read_text().replace("figures:\n", _WOUNDED, 1))
    r = run("verify", claim, "--facts", str(facts), "-f", "json")
    assert [x["verdict"] for x in json.loads(r.out)] == expected, r.err


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 75 A5: a second claimant's comparator of many words ("upwards of", "in excess of") is neither a name nor
    # the figure's context (the first figure was `not_found`, the second `misattributed`)
    ("Harbour Watch counts 4,210 guards, the Valley Council upwards of 5,000.", ["matches", "matches"]),
    ("Harbour Watch counts 4,210 guards, the Valley Council in excess of 5,000.", ["matches", "matches"]),
    ("Harbour Watch counts 4,210 guards, the Valley Council upwards of 4,210.", ["matches", "differs"]),
    # re-run 76 borderline: "puts it at" as "puts the figure at" (the second figure was not read)
    ("Harbour Watch counts 4,210 guards; the Valley Council puts it at more than 5,000.", ["matches", "matches"]),
    ("Harbour Watch counts 4,210 guards; the Valley Council puts it at 4,210.", ["matches", "misattributed"]),
    # re-run 75 A4: "the group" that speaks is the one the sentence before opens with (its words given to another
    # were `matches`)
    ("The Valley Council pays deserters. The group declared: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch helps guards. The group declared: “Leave now, while the road is open!”", ["matches"]),
    # re-run 76 A1: "the organisation" (organization, charity) as "the group" (the speaker was read as no one: the words
    # given to another were `matches`)
    ("The Valley Council pays deserters. The organisation says: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. The charity declared: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. The organization says 4,210 guards have left the Border Service.",
     ["misattributed"]),
    ("Harbour Watch helps guards. The organisation says: “Leave now, while the road is open!”", ["matches"]),
    # re-run 77 A2: "Its slogan:", "the outfit", "the body" (were `matches`)
    ("The Valley Council pays deserters. Its slogan: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. The outfit declares: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. The body says: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch helps guards. Its slogan: “Leave now, while the road is open!”", ["matches"]),
    # re-run 78 A2: "it says", "Its message is blunt:", "the movement" (were `matches`)
    ("The Valley Council pays deserters. “Leave now, while the road is open!” it says.", ["misattributed"]),
    ("The Valley Council pays deserters. Its message is blunt: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. The movement says: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch helps guards. “Leave now, while the road is open!” it says.", ["matches"]),
    # re-run 79 A2: "Its spokesman says:", "Its leaders say:" are the group's voice (were `matches`)
    ("The Valley Council pays deserters. Its spokesman says: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. Its leaders say: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch helps guards. Its spokesman says: “Leave now, while the road is open!”", ["matches"]),
    # re-run 80 A1: any voice of its ("Its chairman", "Its spokesman, however,", "One of its officials", "A spokesman
    # for it"); "however" was `matches` at re-run 79's fix, though not before it
    ("The Valley Council pays deserters. Its chairman says: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. Its spokesman, however, says: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. One of its officials says: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. A spokesman for it says: “Leave now, while the road is open!”",
     ["misattributed"]),
])
def test_a_second_claimants_long_comparator_and_the_group_that_speaks(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 76 borderline: "he" after "X told Y" may be either; the date is neither's (it was Y's: `matches`, or a
    # true claim of X's `differs`)
    ("Min Thu told Aye Chan he entered the service in 2011.", ["not_found"]),
    ("Min Thu told Aye Chan that he had entered the service in 2011.", ["not_found"]),
    # guards: one named, or told to an outlet
    ("Aye Chan said he entered the service in 2011.", ["matches"]),
    ("Aye Chan told the Hill Post he entered the service in 2011.", ["matches"]),
])
def test_he_after_one_telling_another_is_neither(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 77 A4: a speaker set off inside the subject ("X, said Y, enlisted") is not whom the date is of (it was:
    # a false date `matches`, a true one `differs`)
    # (each `misattributed` was `matches` until a date's claimant was held against the record: Aye Chan's date is the
    # article's word, not Min Thu's; it is found, so Aye Chan is still whom it is of)
    ("Aye Chan, said Min Thu, entered the service in 2011.", ["misattributed"]),
    ("Min Thu, said Aye Chan, entered the service in 2011.", ["not_found"]),  # (his entry is undated)
    ("Aye Chan, Min Thu said, entered the service in 2011.", ["misattributed"]),
])
def test_a_speaker_set_off_inside_the_subject_is_not_the_subject(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 77 borderline: another's figure "put at" in the next sentence counts what the last count before it counts
    # (it was not read)
    ("Harbour Watch counts 4,210 guards. The Valley Council puts it at more than 5,000.", ["matches", "matches"]),
    ("Harbour Watch counts 4,210 guards. The Valley Council puts the figure at 4,210.", ["matches", "misattributed"]),
    # a guard: after no count, nothing to take up
    ("Aye Chan entered the service in 2011. The Valley Council puts it at more than 5,000.", ["matches"]),
])
def test_a_figure_put_at_in_the_next_sentence_counts_what_the_last_count_did(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 78 A1, A11: a speaker set off by dashes or brackets inside the subject, or one named in a participle's
    # aside ("recruited by X"), is not whom the date is of (Min Thu's entry is undated: his own is `not_found`)
    ("Aye Chan — Min Thu says — entered the service in 2011.", ["misattributed"]),  # (was `matches`: see re-run 77's)
    ("Min Thu (Aye Chan says) entered the service in 2011.", ["not_found"]),
    ("Aye Chan, recruited by Min Thu, entered the service in 2011.", ["matches"]),
    ("Min Thu, recruited by Aye Chan, entered the service in 2011.", ["not_found"]),
    # re-run 78 A12, A14: the one who counts, inside a report's tag or after "according to" (the reporter was read:
    # `matches`), and an aside's words are no context of the count ("founded by deserters")
    ("The Valley Council, Harbour Watch says, counts 4,210 guards.", ["misattributed"]),
    ("Harbour Watch, the Valley Council says, counts 4,210 guards.", ["matches"]),
    ("According to Harbour Watch, the Valley Council has counted 4,210 guards.", ["misattributed"]),
    ("According to the Valley Council, Harbour Watch has counted 4,210 guards.", ["matches"]),
    ("Harbour Watch, founded by deserters, says 4,210 guards have left the Border Service.", ["matches"]),
])
def test_who_counts_and_whom_a_date_is_of_past_a_tag_or_an_aside_inside_the_clause(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


def test_a_relation_s_years_of_service_are_not_the_persons() -> None:
    # re-run 78 A7: "X's instructor served 12 years" was X's 12 years (`matches`)
    assert verdicts("Min Thu's instructor served for 12 years.") != ["matches"]
    assert verdicts("Min Thu served for 12 years.") == ["matches"]  # guard


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 78 A6: two claimants or speakers joined by "and" are each held against the figure or the words (the
    # second was not read: `matches` by the first alone)
    ("Harbour Watch and the Valley Council say 4,210 guards have left the Border Service.", ["matches", "misattributed"]),
    ("The Valley Council and Harbour Watch say 4,210 guards have left the Border Service.", ["misattributed", "matches"]),
    (f"Min Thu and Aye Chan said: “{QUOTE}”", ["matches", "misattributed"]),
    (f"Aye Chan and Min Thu said: “{QUOTE}”", ["misattributed", "matches"]),
])
def test_two_joined_by_and_are_each_held_against_it(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 79 A4: a length of service or a count after an age of joining is read (it was dropped, so a false one passed)
    ("Min Thu joined the service aged 16 and served for 14 years.", ["matches", "differs"]),
    ("Min Thu, who joined the service aged 16, served for 14 years.", ["matches", "differs"]),
    ("Min Thu joined the service aged 16 and served for 12 years.", ["matches", "matches"]),
])
def test_years_after_an_age_of_joining_are_read(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 78 A10: one deserter's own rate given to one with others (was `matches`)
    ("A deserter and his family get 500 kyat a month.", ["not_found"]),
    ("A deserter with his children gets 500 kyat a month.", ["not_found"]),
    # guards: the rate alone, and the companion's own rate
    ("Each deserter is paid 500 kyat per month.", ["matches"]),
    ("A deserter with a child gets 900 kyat a month.", ["matches"]),
])
def test_one_deserters_rate_is_not_a_familys(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 80 A4: one said to be alike ("like Y", "the same year Y did", "the same as Y") was dropped, exit 0
    ("Min Thu served for 12 years, the same as Ko Ko Naing.", ["matches", "differs"]),
    ("Like Min Thu, Ko Ko Naing served for 12 years.", ["differs", "matches"]),
    ("Min Thu served for 12 years, just like Ko Ko Naing.", ["matches", "differs"]),
    ("Ko Ko Naing, like Min Thu, served for 14 years.", ["matches", "differs"]),
    ("Like his friend Min Thu, Ko Ko Naing served for 12 years.", ["differs", "matches"]),
    ("Aye Chan entered the service in 2011, the same year Min Thu did.", ["matches", "not_found"]),
    ("Aye Chan entered the service in 2011, the same year as Ko Ko Naing.", ["matches", "not_found"]),
    # re-run 80 A6: "and so did Y" after a number read no claim at all ("so" taken for "or so")
    ("Min Thu served for 12 years, and so did Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years; so did Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu joined the service aged 16, and so did Ko Ko Naing.", ["matches", "not_found"]),
    # … and a sentence that says only that another did the same was no claim
    ("Min Thu served for 12 years. So did Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years. Ko Ko Naing did too.", ["matches", "differs"]),
    ("Min Thu served for 12 years. Ko Ko Naing, too.", ["matches", "differs"]),
    ("Min Thu served for 12 years. The same goes for Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years. Likewise, Ko Ko Naing.", ["matches", "differs"]),
    (f"Min Thu said: “{QUOTE}” So did Aye Chan.", ["matches", "misattributed"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service. So does the Valley Council.",
     ["matches", "misattributed"]),
    # a number before "two more than Y" is read (the "more" is the next number's)
    ("Min Thu served for 12 years, two more than Aye Chan.", ["matches"]),
    # guards: another's own event, one set apart, a denial, a rough number
    ("Aye Chan entered the service in 2011, the same year Min Thu deserted.", ["matches"]),
    ("Unlike Min Thu, Ko Ko Naing served for 14 years.", ["matches"]),
    ("Min Thu served for 12 years. Ko Ko Naing did not.", ["matches"]),
    ("Min Thu served for 12 years or so.", []),
])
def test_another_said_to_have_done_the_same_is_held_against_his_record(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 80 A5: a sum said to come on top of another is the two together (the bare 900 was `matches` as the
    # child rate, or unread after "from the Valley Council")
    ("Each deserter is paid 500 kyat per month, plus 900 for a child.", ["matches", "differs"]),
    ("Each deserter gets 500 kyat a month from the Valley Council, plus 900 with a child.", ["matches", "differs"]),
    ("Each deserter gets 500 kyat a month from the Valley Council, plus 900 kyat with a child.", ["matches", "differs"]),
    ("Each deserter is paid 500 kyat per month, plus 400 more for a child.", ["matches", "matches"]),
    ("Each deserter gets 500 kyat a month, plus 400 kyat with a child.", ["matches", "matches"]),
    ("Each deserter gets 500 kyat a month from the Valley Council, and 900 with a child.", ["matches", "matches"]),
    ("Each deserter is paid 500 kyat a month, and an extra 400 kyat with a child.", ["matches", "matches"]),
    # a change is no sum (the 600 is not added); and since re-run 94, a fall the record does not say is of no record
    ("The payment fell to 500 kyat, from 600.", ["not_found"]),
])
def test_a_sum_on_top_of_another_is_held_as_both(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 81 A1: the group's voice with an object or adverb after the verb, an aside, or after the quotation (the
    # other group's slogan was `matches`)
    ("The Valley Council pays deserters. Its chairman says the same: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. Its deputy minister told reporters: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. Its slogan, its spokesman says, is: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("The Valley Council pays deserters. Its spokesman says, too: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. “Leave now, while the road is open!” its spokesman told reporters.",
     ["misattributed"]),
    ("The Valley Council pays deserters. “Leave now, while the road is open!” a spokesman for it told reporters.",
     ["misattributed"]),
    # guard: the group's own words
    ("Harbour Watch helps guards. Its spokesman told reporters: “Leave now, while the road is open!”", ["matches"]),
])
def test_the_groups_voice_with_an_object_after_the_verb_is_the_group(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 81 A4: a bare count after a verb of counting is the claimant's count (no claim was read)
    ("Harbour Watch counts 4,210, and the Valley Council over 5,000.", ["matches", "matches"]),
    ("Harbour Watch counted 4,210; the Valley Council, more than 5,000.", ["matches", "matches"]),
    ("The Valley Council counts 4,210.", ["misattributed"]),
    ("Harbour Watch counts 4,000.", ["differs"]),
    ("Aye Chan counted 4,210.", ["misattributed"]),
])
def test_a_bare_count_after_a_verb_of_counting_is_the_claimants(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 81 borderline: the claimant before an aside of where or how it spoke, and a group's voice named only as
    # its, state the figure (the claimant was lost: `disputed`)
    ("The Valley Council, in a statement to reporters, said 4,210 guards have left the Border Service.", ["misattributed"]),
    ("The Valley Council pays deserters. Its spokesman says 4,210 guards have left the Border Service.", ["misattributed"]),
    ("Harbour Watch helps guards. Its spokesman told reporters that 4,210 guards have left the Border Service.",
     ["matches"]),
    # the ones it was told to say how it is said, not what is counted (the figure was `not_found`)
    ("The Valley Council told reporters that more than 5,000 have deserted.", ["matches"]),
    ("The Valley Council's spokesman told reporters that more than 5,000 have deserted.", ["matches"]),
    # guards
    ("Harbour Watch, speaking to reporters, said 4,210 guards have left the Border Service.", ["matches"]),
    ("The Valley Council pays deserters. A spokesman for it told reporters that 4,210 guards have left the Border Service.",
     ["misattributed"]),
])
def test_a_claimant_who_speaks_to_reporters_or_through_its_spokesman_states_it(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


_ROOMS = """figures:
  - id: min-thu-rooms
    topic: shelter
    counts: rooms of the flat where Min Thu lives
    value: 1
    comparator: exact
    unit: rooms
    wording: "one-room"
    about: [min-thu]
    source: r1
    excerpt: "Min Thu lives in a one-room flat near the camp."
"""


@pytest.mark.parametrize(("claim", "expected", "reason"), [
    # re-run 81 borderline: "N-room" is read (a false count of rooms passed, exit 0), a count of rooms is said of one
    # in the singular ("1 rooms"), and a building's storeys are no count of a flat's rooms (`differs` by "1 rooms")
    ("Min Thu lives in a two-room flat near the camp.", ["differs"], "the article itself (r1) says 1 room"),
    ("Min Thu lives in a four-storey block near the camp.", ["not_found"],
     "the fact base has no figure on storeys that this number could be"),
    # "two rooms" after the noun was read, but said "1 rooms"; "near the camp" after a number made it rough (unread)
    ("Min Thu lives in a flat with two rooms near the camp.", ["differs"], "the article itself (r1) says 1 room"),
])
def test_a_count_of_rooms_is_read_and_is_no_count_of_storeys(tmp_path: Path, claim: str, expected: list[str],
                                                            reason: str) -> None:
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    base = facts / "base.yaml"
    base.write_text(base.read_text().replace("figures:\n", _ROOMS, 1))
    r = run("verify", claim, "--facts", str(facts), "-f", "json")
    rows = json.loads(r.out)
    assert ([x["verdict"] for x in rows], rows[0]["reason"]) == (expected, reason), r.err


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 82 A2: the group's words through "Its message to soldiers:", "Its posters read:" (the other's were `matches`)
    ("The Valley Council pays deserters. Its message to guards: “Leave now, while the road is open!”", ["misattributed"]),
    ("The Valley Council pays deserters. Its posters read: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 82 A14: an organisation the sentence names, whose verb is no verb of saying, is not read as another's
    # speaker (the other's words were `matches`)
    ("The Valley Council expects more desertions “Leave now, while the road is open!”", ["not_found"]),
    # guards: the group's own words
    ("Harbour Watch helps guards. Its posters read: “Leave now, while the road is open!”", ["matches"]),
    ("Harbour Watch expects more desertions “Leave now, while the road is open!”", ["matches"]),
])
def test_an_organisation_named_or_referred_to_is_held_against_the_words(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 82 A13: "and his wife another 900" is a sum (was `matches` as the child rate); a companion paid a sum of
    # their own is not the one the record pays (was `matches`)
    ("Each deserter gets 500 kyat a month, and his child another 900.", ["matches", "differs"]),
    ("Each deserter gets 500 kyat a month, and his child another 400.", ["matches", "matches"]),
    ("Each deserter gets 500 kyat a month; his wife gets 900.", ["matches", "not_found"]),
    ("A deserter's wife gets 900 kyat a month.", ["not_found"]),
    ("Each deserter and his wife each receive 900 kyat a month.", ["not_found"]),
    # guards: one paid with a companion
    ("A deserter with a child gets 900 kyat a month.", ["matches"]),
    ("A deserter and his child get 900 kyat a month.", ["matches"]),
])
def test_a_companion_paid_a_sum_of_their_own_is_not_the_deserter(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 82 A5: another said to have said the same (his claim was dropped, exit 0)
    (f"Min Thu said: “{QUOTE}” Aye Chan said the same.", ["matches", "misattributed"]),
    (f"Min Thu said: “{QUOTE}” Aye Chan repeated it.", ["matches", "misattributed"]),
    (f"Min Thu said: “{QUOTE}” Aye Chan echoed him.", ["matches", "misattributed"]),
    (f"Min Thu said: “{QUOTE}” Aye Chan’s words were the same.", ["matches", "misattributed"]),
    # re-run 82 A6: another claimant said to state the same figure
    ("Harbour Watch counts 4,210 guards who left the Border Service, and so does the Valley Council.",
     ["matches", "misattributed"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service, as does the Valley Council.",
     ["matches", "misattributed"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service. The Valley Council agrees.",
     ["matches", "misattributed"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service. The Valley Council's figure is the same.",
     ["matches", "misattributed"]),
    # re-run 82 A7: more ways to say another served as long
    ("Min Thu served for 12 years — as did Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years. The same is true of Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years. Ditto Ko Ko Naing.", ["matches", "differs"]),
    ("Min Thu served for 12 years. Ko Ko Naing served just as long.", ["matches", "differs"]),
    ("Min Thu served for 12 years, as long as Ko Ko Naing.", ["matches", "differs"]),
    # re-run 82 A8: an aside inside "so … did", "followed suit", "the same year", "at the same age"
    ("Min Thu entered the service in 2012; so, he says, did Aye Chan.", ["not_found", "differs"]),
    ("Min Thu entered the service in 2012, as, apparently, did Aye Chan.", ["not_found", "differs"]),
    ("Min Thu entered the service in 2012. Aye Chan followed suit.", ["not_found", "differs"]),
    ("Min Thu entered the service in 2012. Aye Chan entered the service the same year.", ["not_found", "differs"]),
    ("Min Thu entered the service in 2012. That year, Aye Chan entered the service too.", ["not_found", "differs"]),
    ("Min Thu entered the service in 2012. So, in fact, did Aye Chan.", ["not_found", "differs"]),
    ("Ko Ko Naing joined the service aged 20. Min Thu joined at the same age.", ["not_found", "differs"]),
    # guards: another act, a denial, a figure of one's own
    ("Aye Chan entered the service in 2011. Min Thu also crossed the border.", ["matches"]),
    (f"Min Thu said: “{QUOTE}” Aye Chan did not.", ["matches"]),
    ("Min Thu served for 12 years. Ko Ko Naing served 14 years.", ["matches", "matches"]),
])
def test_another_said_to_do_or_say_the_same_in_more_words(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 82 borderline: two claimants' bare figures side by side, with "says … while … says" and "puts the number
    # at …, Y at …" (no claim was read, or the second unread)
    ("Harbour Watch says 4,210 while the Valley Council says more than 5,000.", ["matches", "matches"]),
    ("Harbour Watch says 4,000 while the Valley Council says more than 5,000.", ["differs", "matches"]),
    ("The Valley Council puts the number at more than 5,000, Harbour Watch at 4,210.", ["matches", "matches"]),
    ("The Valley Council puts the number at more than 5,000 guards, Harbour Watch at 4,210.", ["matches", "matches"]),
    # guard: one bare number after a verb of saying counts nothing said
    ("Min Thu said 16.", []),
    # a count far from any claimant's record is of none (it is read now)
    ("Aye Chan counted 16.", ["not_found"]),
])
def test_two_claimants_bare_figures_side_by_side(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 83 A7, A8: a contracted denial ("didn’t", "doesn't") says another did not do the same (at f8e2000 each of
    # these read the second sentence as the same act: a false `matches`, or a true denial `differs`/`misattributed`)
    ("Aye Chan said: “{QUOTE}” Min Thu didn’t say the same.", ["misattributed"]),
    ("Min Thu said: “{QUOTE}” Aye Chan didn't repeat it.", ["matches"]),
    ("Aye Chan entered the service in 2011. Min Thu didn’t follow suit.", ["matches"]),
    ("Min Thu entered the service in 2012. Aye Chan didn’t follow suit.", ["not_found"]),
    ("Harbour Watch counts 4,210 guards who left the Border Service. The Valley Council doesn’t agree.", ["matches"]),
    ("Min Thu served for 12 years. Ko Ko Naing didn't serve as long.", ["matches"]),
    # re-run 83 A9: one's years, age or date given to his sergeant or the man beside him (was `matches`)
    ("Min Thu's sergeant served for 12 years.", ["not_found"]),
    ("The man beside Min Thu served for 12 years.", ["not_found"]),
    ("The sergeant of Min Thu joined the service aged 16.", ["not_found"]),
    ("The private beside Ko Ko Naing is 33 years old.", ["not_found"]),
    ("The sergeant of Aye Chan entered the service in 2011.", ["not_found"]),
])
def test_a_contracted_denial_and_one_beside_or_under_another(text: str, expected: list[str]) -> None:
    assert verdicts(text.replace("{QUOTE}", QUOTE)) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 83 borderline: "…, but Y did not" is another who did not (the first claim was read as taken back)
    ("Aye Chan entered the service in 2011, but Min Thu did not.", ["matches"]),
    # a second claimant after "While X puts the total at …," whose own words say what it counts (unread)
    ("While Harbour Watch puts the total at 4,210, the Valley Council says more than 5,000 have deserted.",
     ["matches", "matches"]),
    # a part of a claimant described by a word of its own ("X's finance office says": X; was `misattributed`)
    ("The Valley Council's finance office says more than 5,000 guards have deserted.", ["matches"]),
    # guards: "…, but he did not" takes it back; another's figure through a part of the claimant
    ("Aye Chan entered the service in 2011, but he did not.", []),
    ("The Valley Council's finance office says 4,210 guards have left the Border Service.", ["misattributed"]),
])
def test_another_who_did_not_and_a_claimants_part(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 84 A6: another's dispute set after a claimant's figure ("…, a figure the Valley Council disputes") takes
    # nothing back (no claim was read)
    ("Harbour Watch says 4,210 guards have left the Border Service, a figure the Valley Council disputes.", ["matches"]),
    ("Harbour Watch says 4,210 guards have left the Border Service, a figure disputed by the Valley Council.",
     ["matches"]),
    ("The Valley Council says 4,210 guards have left the Border Service, a figure Harbour Watch disputes.",
     ["misattributed"]),
])
def test_another_s_dispute_after_a_figure_takes_nothing_back(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 85 A5: a payment record's sum said of others than those it pays ("Recruits are paid 500 kyat a month")
    # was `matches`
    ("Recruits are paid 500 kyat a month.", ["not_found"]),
    ("Each conscript is paid 500 kyat per month.", ["not_found"]),
    ("Refugees with a child get 900 kyat a month.", ["not_found"]),
    # re-run 92 A3: others paid, named by any word, not only one of the words for people (each was `matches`)
    ("Trainees are paid 500 kyat a month.", ["not_found"]),
    ("Informants are paid 500 kyat per month.", ["not_found"]),
    ("The Valley Council pays informants 500 kyat a month.", ["not_found"]),
    ("Each informant gets 500 kyat a month.", ["not_found"]),  # guard
    # guards: the deserters it pays, and one who brings a companion
    ("Each deserter is paid 500 kyat per month.", ["matches"]),
    ("Each deserter who brings his child gets 900 kyat a month.", ["matches"]),
    ("Deserters who fled are paid 500 kyat a month.", ["matches"]),
    ("The Valley Council pays each deserter 500 kyat a month.", ["matches"]),
])
def test_a_payment_is_of_those_its_record_pays(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 92 A5: a second sum in the same money that gives no rate has the first one's ("500 kyat a week, or 900 kyat
    # if accompanied by a child": 900 a week, where the record's is a month; it was `matches`)
    ("Deserters are paid 500 kyat a week, or 900 kyat if accompanied by a child.", ["differs", "differs"]),
    ("Each deserter gets 500 kyat a week, and 900 kyat with a child.", ["differs", "differs"]),
    # and one whose unit is left out too ("…, or 900 if …": was not read)
    ("Each deserter gets 500 kyat per day, or 900 if accompanied by a child.", ["differs", "differs"]),
    ("Each deserter gets 500 kyat a month, or 900 if accompanied by a child.", ["matches", "matches"]),
    # guards: the record's own words; a one-off sum is no rate's
    ("Each deserter is paid 500 kyat per month, or 900 kyat if accompanied by a child.", ["matches", "matches"]),
    ("Each deserter gets 500 kyat a month, and a one-off 900 kyat.", ["matches"]),
])
def test_a_second_sum_shares_the_rate_of_the_first(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 85 A4: a claimant's tag closing a sentence that an age opens ("Aged 20, …, the Valley Council says.") was
    # lost behind the aside it took for one (the article's own figure was `matches` as the council's)
    ("Aged 20 to 40, the men are drafted by the Border Service, Harbour Watch says.", ["misattributed"]),
    ("In all, the camp at Pine Ridge holds about 300 deserters, Harbour Watch says.", ["misattributed"]),
    # guards: with no tag, the article's own; a leading age with its subject named
    ("Aged 20 to 40, the men are drafted by the Border Service.", ["matches"]),
    ("Aged 16, Min Thu joined the service, the Valley Council says.", ["misattributed"]),
])
def test_a_closing_tag_after_a_leading_age_names_the_claimant(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 86 A5: "Quoting X, Y said N" is X's figure, which Y passes on (another's was `matches` as Y's; X's own
    # `misattributed`)
    ("Quoting the Valley Council, Harbour Watch said 4,210 guards have left the Border Service.", ["misattributed"]),
    ("Quoting the Valley Council, Harbour Watch says more than 5,000 guards have deserted.", ["matches"]),
])
def test_a_figure_quoted_from_another_is_theirs(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 93 (borderline): a closing claimant with an apposition before its verb was unread (`disputed`), and so was
    # one set apart by dashes ("X — not Y — counts"), which commas and brackets already set apart
    ("4,210 guards have left the Border Service, the Valley Council, the region's government, says.", ["misattributed"]),
    ("The Valley Council — not Harbour Watch — counts 4,210 guards who have left the Border Service.", ["misattributed"]),
    ("Harbour Watch — not the Valley Council — counts 4,210 guards who have left the Border Service.", ["matches"]),
    # guard: the same apposition with the true claimant
    ("4,210 guards have left the Border Service, Harbour Watch, a group helping deserters, says.", ["matches"]),
])
def test_a_closing_claimant_with_an_apposition_and_one_set_apart_by_dashes(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # A12: a bare age range set off in brackets, dashes or commas right after the people it is of gave no claim; the
    # swapped ranges must differ
    ("The Border Service drafts men (20 to 40) and women (20 to 30).", ["matches", "matches"]),
    ("The Border Service drafts men (20 to 30) and women (20 to 40).", ["differs", "differs"]),
    ("The Border Service drafts men (20–40) and women (20–30).", ["matches", "matches"]),
    ("The Border Service drafts men (20–30) and women (20–40).", ["differs", "differs"]),
    ("The Border Service drafts men — 20 to 40 — and women — 20 to 30 —.", ["matches", "matches"]),
    ("The Border Service drafts men — 20 to 30 — and women — 20 to 40 —.", ["differs", "differs"]),
    ("The Border Service drafts men, 20 to 40, and women, 20 to 30.", ["matches", "matches"]),
    ("The Border Service drafts men, 20 to 30, and women, 20 to 40.", ["differs", "differs"]),
    ("The Border Service drafts men (between 20 and 40) and women (between 20 and 30).", ["matches", "matches"]),
    ("The Border Service drafts men (between 20 and 30) and women (between 20 and 40).", ["differs", "differs"]),
    ("The Border Service drafts men (20-30 years old) and women (20-40 years old).", ["differs", "differs"]),
    # (a range set off with "aged" was held against the women's record for the men: `matches`, `differs`)
    ("The Border Service drafts men (aged 20 to 30) and women (aged 20 to 40).", ["differs", "differs"]),
    ("The Border Service drafts men — aged 20 to 30 — and women — aged 20 to 40 —.", ["differs", "differs"]),
    # after "men and women", as "men and women aged 20 to 40" reads: the women's too (was none, and `matches`)
    ("The Border Service drafts men and women (20 to 40).", ["differs"]),
    ("The Border Service drafts men and women (aged 20 to 40).", ["differs"]),
    # one age in brackets or dashes after a name is that person's, as "Ko Ko Naing, 33," is
    ("Ko Ko Naing (33) is the oldest man in the camp.", ["matches"]),
    ("Ko Ko Naing (35) is the oldest man in the camp.", ["differs"]),
    ("Ko Ko Naing — 35 — is the oldest man in the camp.", ["differs"]),
    # guards: the unbracketed forms, and numbers in brackets that are no ages
    ("The Border Service drafts men aged 20 to 40 and women aged 20 to 30.", ["matches", "matches"]),
    ("The Border Service drafts men and women aged 20 to 30.", ["matches"]),
    ("The Border Service drafts men (20-40 years old) and women (20-30 years old).", ["matches", "matches"]),
    ("The Border Service (2021) drafts men.", []),
    ("The Border Service drafts men (p. 18).", []),
    ("The Border Service drafts men (see p. 20).", []),
    ("The Border Service drafts men, 20 to 30 of them.", []),
    ("Harbour Watch says the Border Service lost men (12,341).", []),
])
def test_an_age_set_off_after_whom_it_is_of(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # A12's own sentences, on the bundled base: the conscription law covers men aged 18 to 35 and women 18 to 27
    ("Conscription applies to men (18 to 35) and women (18 to 27).",
     [("matches", "conscription-age-men"), ("matches", "conscription-age-women")]),
    ("Conscription applies to men (18 to 27) and women (18 to 35).",
     [("differs", "conscription-age-men"), ("differs", "conscription-age-women")]),
    ("Maung Sein (19) is the youngest defector.", [("matches", "maung-sein")]),
    ("Maung Sein (29) is the youngest defector.", [("differs", "maung-sein")]),
])
def test_an_age_set_off_after_whom_it_is_of_on_the_bundled_base(claim: str, expected: list[tuple[str, str]]) -> None:
    r = run("verify", claim, "-f", "json")
    assert r.code == (0 if all(v == "matches" for v, _ in expected) else 1), r.err
    assert [(row["verdict"], row["evidence"][0]["id"]) for row in json.loads(r.out)] == expected
