"""`defectcli verify`: a name inside the words that describe who speaks, or who a date is of, is not that one ("The
soldier, X's brother, said:", "The private beside X said:", "The man X calls his brother said:", "Of X, his old sergeant
said:"), nor is "the soldier" X after a sentence that brings in another soldier ("X met a soldier. “…,” the soldier
said."). Each row was `matches` for X's words (or X's date) at 7c83646 (re-run 87), but for rows kept as guards, which
say so. The quotation is Min Thu's; Aye Chan is another person of the same fact base, and the dated enlistment his."""

from __future__ import annotations

import pytest

from .test_verify_events import QUOTE, verdicts
from .test_verify_speakers import RIGHT_AND_WRONG, Q, both_ways

NEITHER = (["not_found"], ["not_found"])  # whoever x is, the words are not read as x's


@pytest.mark.parametrize("text", [
    # re-run 87 A1: the tag turned round before a "whose" clause
    "Said the soldier, whose brother is {x}: “{Q}”",
    "Said the man, whose son is {x}: “{Q}”",
    # A2: the name set off inside the description, as an owner, a relation or in brackets or dashes
    "The soldier, {x}'s brother, said: “{Q}”",
    "The soldier, brother of {x}, said: “{Q}”",
    "The man, a friend of {x}, said: “{Q}”",
    "A soldier, {x}'s roommate, told me: “{Q}”",
    "“{q},” said a soldier, brother of {x}.",
    "The major (x's commander) said: “{Q}”".replace("x's", "{x}'s"),
    "The major — {x}'s commander — said: “{Q}”",
    "A friend — of {x} — said: “{Q}”",
    "The soldier, married to {x}'s sister, said: “{Q}”",
    "The soldier, once {x}'s bunkmate, said: “{Q}”",
    # A3: one spoken of
    "“{q},” his old sergeant said of {x}.",
    "Of {x}, his old sergeant said: “{Q}”",
    # A5: a clause with no "whom" and a complement
    "The man {x} calls his brother told me: “{Q}”",
    "“{q},” said the man {x} calls his brother.",
    "The recruit {x} describes as his brother said: “{Q}”",
    # A7: placed by a preposition before the verb
    "The private beside {x} said: “{Q}”",
    "The woman behind {x} said: “{Q}”",
    "The soldier across from {x} said: “{Q}”",
    "{x} sat down. The man beside him said: “{Q}”",
    # re-run 88 A6: a description through X with a colon and no verb, or through "posing as", "playing", "unlike"
    "The commander of {x}: “{Q}”",
    "An impostor posing as {x} said: “{Q}”",
    "An actor playing {x} said: “{Q}”",
    "A man resembling {x} said: “{Q}”",
    "A soldier unlike {x} said: “{Q}”",
    # A4: "the soldier" (the man, the brother) after a sentence that brings in another
    "{x} met a soldier. “{q},” the soldier said.",
    "{x} met a soldier. “{q},” the man said.",
    "{x} sat with a recruit. “{q},” the recruit said.",
    "{x} has a brother. “{q},” the brother said.",
    "{x} introduced his brother. The brother said: “{Q}”",
])
def test_a_name_inside_the_description_of_who_speaks_is_not_the_speaker(text: str) -> None:
    assert both_ways(text) == NEITHER


@pytest.mark.parametrize("text", [
    # guards: the name is the one described, set off after it or as its title, or "the soldier" takes X up
    "A former soldier, {x}, said: “{Q}”",
    "The former soldier {x} said: “{Q}”",
    "“{q},” said the defector {x}.",
    "The defector {x}: “{Q}”",
    "The words of {x}: “{Q}”",
    "{x}, a soldier, paused. “{q},” the soldier said.",
    "{x} paused. “{q},” the soldier said.",
])
def test_a_name_set_off_as_the_one_described_still_speaks(text: str) -> None:
    assert both_ways(text) == RIGHT_AND_WRONG


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 87 A8: a date of one a "who" clause or a description through X describes is not X's
    ("Aye Chan met a soldier, who enlisted in 2011.", ["not_found"]),
    ("Aye Chan trained a boy, who enlisted in 2011.", ["not_found"]),
    ("The man Aye Chan calls his brother enlisted in 2011.", ["not_found"]),
    ("The soldier across from Aye Chan enlisted in 2011.", ["not_found"]),
    ("In 2011, the man Aye Chan calls his brother enlisted.", ["not_found"]),
    ("The officer above Aye Chan enlisted in 2011.", ["not_found"]),  # re-run 90 A15
    # guards
    ("The soldier, Aye Chan's brother, enlisted in 2011.", ["not_found"]),
    ("Aye Chan enlisted in 2011.", ["matches"]),
    ("A former soldier, Aye Chan, enlisted in 2011.", ["matches"]),
    ("Min Thu met Aye Chan, who enlisted in 2011.", ["matches"]),
])
def test_a_date_of_one_described_through_a_name_is_not_that_ones(claim: str, expected: list[str]) -> None:
    assert verdicts(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 86 A3: a short sentence that names no one, between the name and the tag, made "he" no one (another's
    # words were `matches` as his)
    ("{x} sat down. Silence. “{q},” he said.", RIGHT_AND_WRONG),
    ("{x} paused. A long pause. “{q},” he said.", RIGHT_AND_WRONG),
    ("{x} sat down. It was late. “{q},” he said.", RIGHT_AND_WRONG),
    ("{x} sat down. Nothing. Then he spoke: “{Q}”", RIGHT_AND_WRONG),
    ("{y} paused. A sigh. “{Q}”", (["not_found"], ["matches"])),
])
def test_a_pause_between_the_name_and_the_tag_leaves_he_whom_the_sentence_before_it_names(
        text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize("text", [
    # re-run 88 A7: two speakers joined by "and" with an adverb, a verb turned round, "agreed:" or an aside between
    # them and the verb: only the first was held (the second's misattribution dropped, exit 0)
    "“{q},” said {x} and {y}.",
    "{x} and {y} both told me: “{Q}”",
    "{x} and {y} agreed: “{Q}”",
    "{x} and {y}, who served together, said: “{Q}”",
    "{x} and {y} said: “{Q}”",  # guard
])
def test_two_speakers_joined_by_and_are_each_held_against_the_words(text: str) -> None:
    assert verdicts(text.format(x="Min Thu", y="Aye Chan", q=Q, Q=QUOTE)) == ["matches", "misattributed"]


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 89 A6, A7: the one a question was put to replies ("X's question to Y drew this reply:"); a passive tag's
    # agent speaks ("X was answered by Y:"): the words were X's `matches`
    ("{y}'s question to {x} drew this reply: “{Q}”", RIGHT_AND_WRONG),
    ("{y} was answered by {x}: “{Q}”", RIGHT_AND_WRONG),
    ("{y} was interrupted by {x}: “{Q}”", RIGHT_AND_WRONG),
    # A8, A9: a sentence after the quotation that names its speaker, or their words with a possessive
    ("“{Q}” That was {x}.", RIGHT_AND_WRONG),
    ("“{Q}” {x}'s words.", RIGHT_AND_WRONG),
    ("{x}'s reply, when {y} asked him why he left: “{Q}”", RIGHT_AND_WRONG),
    # re-run 90 A6, A7: a sentence after a bare quotation that names its speaker; one's tribute to another is one's
    ("“{Q}” The speaker was {x}.", RIGHT_AND_WRONG),
    ("“{Q}” It was {x} who said it.", RIGHT_AND_WRONG),
    ("{x}'s tribute to {y}: “{Q}”", RIGHT_AND_WRONG),
    # A16: one placed over or above X speaks, not X
    ("The sergeant over {x} told reporters: “{Q}”", NEITHER),
    ("“{q},” said the officer over {x}.", NEITHER),
    ("The officer above {x} said: “{Q}”", NEITHER),
])
def test_who_replies_answers_or_is_named_after_the_words_speaks(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected
