"""`defectcli verify`: whose words a quotation is, where the sentence names someone else beside its speaker: one
who copies, voices, translates, reacts to or judges another's words, named first, is not their speaker; nor one
named in a tag after them who imitates the speaker, or in a clause after the speaker's name. Each row was a wrong
speaker's `matches` (or the true speaker's `misattributed`) but for the rows kept as guards of what must still
hold, which say so. The quotation is Min Thu's; Aye Chan is another person of the same fact base."""

from __future__ import annotations

import json

import pytest

from .helpers import run
from .test_verify import FACTS, results
from .test_verify_events import QUOTE, verdicts

Q = QUOTE[:-1]  # the quotation without its full stop, for a tag after it
RIGHT_AND_WRONG = (["matches"], ["misattributed"])  # x named: the words matched; y named: not theirs
# x named with a title the fact base does not give Min Thu ("Former corporal X", "X, a former guard,"): his words, but
# `not_found`, the reason naming the title (verdicts/titled.py); y named: not theirs
TITLED = (["not_found"], ["misattributed"])


def both_ways(sentence: str) -> tuple[list[str], list[str]]:
    """The verdicts with Min Thu as x, whose the quotation is, and Aye Chan as y; then with the two swapped."""
    return (verdicts(sentence.format(y="Aye Chan", x="Min Thu", q=Q, Q=QUOTE)),
            verdicts(sentence.format(y="Min Thu", x="Aye Chan", q=Q, Q=QUOTE)))


@pytest.mark.parametrize(("lead", "expected"), [
    # the one named first copies, voices or reads out the other's words: they are the other's
    ("{y} recites {x}’s line:", "x"),
    ("{y} borrows {x}’s phrase:", "x"),
    ("{y} borrowed a line from {x}:", "x"),
    ("{y} repeats {x}’s words:", "x"),
    ("{y} repeated {x}’s answer:", "x"),
    ("{y} copied {x}’s words:", "x"),
    ("{y} read aloud {x}’s words:", "x"),
    ("{y} translated {x}’s words:", "x"),
    ("{y} texted {x}’s words to a friend:", "x"),
    ("{y} wrote {x}’s words on a wall:", "x"),
    ("{y} recited {x}:", "x"),
    ("{y} imitates {x}’s voice:", "x"),
    ("{y} mimics {x}’s accent:", "x"),
    ("{y} interpreted for {x}:", "x"),
    ("{y}, translating for {x}, said:", "x"),
    ("{y} quoted {x} back to him:", "x"),
    ("{y} sang {x}’s words:", "x"),
    ("{y} posted {x}’s quote online:", "x"),
    ("{y} recalls {x}’s words today:", "x"),
    ("{y} still remembers {x}’s words:", "x"),
    ("{y} recited from {x}’s diary:", "x"),
    # reacting to the other's words, or judging the other: whose the words are is not read (never a wrong `matches`)
    ("{y} laughed at {x}’s words:", "?"),
    ("{y} doubts {x}’s words:", "?"),
    ("{y} scoffs at {x}’s claim:", "?"),
    ("{y} trusts {x}’s words:", "?"),
    ("{y} called {x} honest:", "?"),
    ("{y} found {x} sincere:", "?"),
    ("{y} says {x} was sincere:", "?"),
    ("{y} says {x} was candid about it:", "?"),
    ("{y} believes {x}:", "?"),
    ("{y} praises {x}’s courage:", "?"),
    ("{y} describes {x} as honest:", "?"),
    ("{y} called {x} brave for saying:", "?"),
    ("{y}, who was there when {x} said it, remembers:", "x"),
    # re-run 92 A7: the same, in the passive (they were `misattributed`, "X's words" taken for a speaker's name)
    ("{x}’s words were repeated by {y}:", "x"),
    ("{x}’s words were echoed by {y}:", "x"),
    ("{x}’s words were quoted by {y}:", "x"),
    ("{x}’s words were read out by {y}:", "x"),
    ("{x}’s remark, echoed by {y}:", "x"),  # guard
    ("{x}’s words were later quoted to reporters by {y}:", "x"),
    # agreeing or disagreeing with the other: either may say the words that follow (was Y's: a wrong `misattributed`,
    # and X's own words given to Y were never read as X's)
    ("{y} agrees with {x}:", "?"),
    ("{y} disagreed with {x}:", "?"),
    ("{y} sided with {x}:", "?"),
    ("{y} concurs with {x}:", "?"),
    # one of two, which not said (was the first named: "Either Aye Chan" unknown, or a wrong `misattributed`)
    ("Either {y} or {x} said:", "?"),
    ("{y} or {x} said:", "?"),
    ("{x} or {y} said:", "?"),
    # guards: the one who says it to, or of, another
    ("{x} told {y}:", "x"),
    ("{x} said of {y}:", "x"),
    ("{x} told {y}’s mother:", "x"),
    ("{x} wrote to {y}:", "x"),
    ("{x} recalls his time with {y}:", "x"),
    ("{x} spoke with {y}:", "x"),
    ("{x} turned to {y} and said:", "x"),
    ("{x} looked at {y}’s mother and said:", "x"),
])
def test_a_lead_in_naming_two_people_gives_the_words_to_their_owner_or_to_no_one(lead: str, expected: str) -> None:
    found = both_ways(lead + " “{Q}”")
    assert found == (RIGHT_AND_WRONG if expected == "x" else (["not_found"], ["not_found"]))


@pytest.mark.parametrize(("tag", "expected"), [
    # a tag after the quotation: the one the speaker voices or imitates, after a comma, said the words
    ("{y} said, imitating {x}.", "x"),
    ("{y} says, mimicking {x}.", "x"),
    ("{y} said, in {x}’s words.", "x"),
    ("{y} said, in the words of {x}.", "x"),
    ("{y} said, parroting {x}.", "x"),
    # a clause after the speaker's name: the name before it
    ("said {x} after {y} left.", "x"),
    ("said {x} when {y} asked.", "x"),
    ("said {x} as {y} listened.", "x"),
    # the note or letter read out: whose it is, not whom it was to
    ("reads {x}’s note to {y}.", "x"),
    ("goes {x}’s letter to {y}.", "x"),
    ("read {x}’s message to {y}.", "x"),
    # guards
    ("{x} said, turning to {y}.", "x"),
    ("{x} said, looking at {y}.", "x"),
    ("{y} said, quoting {x}.", "x"),
])
def test_a_tag_after_the_quotation_names_the_one_who_said_it(tag: str, expected: str) -> None:
    assert both_ways("“{q},” " + tag) == RIGHT_AND_WRONG


@pytest.mark.parametrize("tag", [
    # re-run 168 A3: an aside after the name that holds a comma of its own was left out only to that comma, and the
    # rest of it ran on from the name (past eight words: no one)
    "said {x}, who saw friends killed, wounded or sent away to the north.",
    "said {x}, who had served in the army for many years and had seen his friends killed, wounded or sent away to "
    "the front, and who now lives in a rented room across the border.",
    "said {x}, whose friends were killed, wounded or sent away to the hills of the north.",
    # guards (they held before too): the same aside between the name and its verb, whatever it holds
    "{x}, a man from the state of Shan who lost a brother, a cousin and a friend, said.",
    "{x}, a father of two, who kept records in the state, sadly said.",
    "{x}, who says he kept records, a diary and notes, told reporters.",
    "{x}, {y}'s cousin, who kept records, said.",
    # (this one held not: the abbreviation's full stop ended the clause)
    "{x}, a U.S. citizen who lost a brother, a cousin and a friend, said.",
    # guards: an aside to the sentence's end, or with no comma inside
    "said {x}, who lives in a safe house near the border.",
    "said {x}, who saw friends killed, and went on.",
])
def test_a_tag_names_its_speaker_before_an_aside_with_commas_of_its_own(tag: str) -> None:
    assert both_ways("“{q},” " + tag) == RIGHT_AND_WRONG


@pytest.mark.parametrize("lead", [
    # re-run 169 A2: the same before the tag: the list's last items were read as the one who said it
    "{x}, who lost a brother, a cousin and a friend, said:",
    "{x}, who saw friends killed, wounded or sent away to the front, said:",
    "{x}, whose unit, brigade and division were sent north, told reporters:",
    "{x}, who served in Chin, Kachin and Rakhine, told reporters:",  # (was "{x} Kachin")
    # re-run 170 A2: the list in a description's who-clause, or another who-clause after the list
    "{x}, a man who lost a brother, a cousin and a friend, said:",
    "{x}, the one who lost a brother, a cousin or a friend, told Reuters:",
    "{x}, who lost a brother, a cousin and a friend, and who fled at night, said:",
    # re-run 171: a description of more words, or of other words, before the who-clause; a who-clause of saying after it
    "{x}, a man from a village in the hills who lost a brother, a cousin and a friend, said:",
    "{x}, the only man in his unit who lost a brother, a cousin and a friend, said:",
    "{x}, one of the men who lost a brother, a cousin and a friend, said:",
    "{x}, who lost a brother, a cousin and a friend, or who says he did, said:",
    # re-run 172: a word of saying that is a noun here ends a who-clause ("records", "state", "notes"), or its own verb
    "{x}, who kept records, said:",
    "{x}, who fled Shan state, said:",
    "{x}, who lost notes, said:",
    "{x}, who put down his gun, his radio and his boots, said:",
    # re-run 173: and after a description
    "{x}, a man who kept records, said:",
    "{x}, the man who wrote the report, said:",
    "{x}, one of the clerks who kept records, said:",
    # left by re-run 173, and what reading the aside back from the tag takes with them: a description that holds a word
    # of saying before its who-clause, a list whose last part holds one, a who-clause after another aside, a leading
    # phrase, an adverb before the verb, one's possessive opening the aside
    "{x}, a man from the state of Shan who lost a brother, a cousin and a friend, said:",
    "{x}, who lost a brother, a cousin and a friend in the state, said:",
    "{x}, a father, who kept records, said:",
    "{x}, a man from Shan state, who lost a brother, a cousin and a friend, told reporters:",
    "{x}, who says he kept records, a diary and notes, said:",
    "{x}, whose report, statement and notes were lost, said:",
    "{x}, a son, a father, and a man who said little, said:",
    "{x}, asked what he recalls, said:",
    "After the coup, {x}, a man who kept records, a diary and notes, said:",
    "When the army came, {x}, a father, who kept records, said:",
    "{x}, a father, who kept records, sadly said:",
    "{x}, {y}'s cousin, who kept records, said:",
    # borderline in 170-172, read as the others now: an abbreviation's full stop, an aside inside the who-clause, a
    # description listing places with no who-clause
    "{x}, a U.S. citizen who lost a brother, a cousin and a friend, said:",
    "{x}, a man who, like many, lost a brother, a cousin and a friend, said:",
    "{x}, a man from Chin, Kachin and Rakhine, said:",
    # guards
    "{y}, a man, said little, {x}, a father, said:",  # (an aside holding a tag of its own is not one)
    "{x}, who kept his records, said:",
    "{x}, a man, who lost a brother, a cousin and a friend, said:",
    "{x}, who fled at night and who lost a brother, a cousin and a friend, said:",
    "{x}, who lost a brother, a cousin, and a friend, said:",
    "{x}, who lost a brother, said:",
    "{x}, who saw friends killed, wounded or sent away, said:",
])
def test_a_speaker_before_the_tag_is_named_past_a_who_clause_of_any_shape(lead: str) -> None:
    assert both_ways(lead + " “{Q}”") == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    "Min Thu said that 1,200 soldiers had left, and added: “{Q}”",
    "He said that 1,200 soldiers had left, and added: “{Q}”",
])
def test_what_said_that_begins_is_no_speaker(sentence: str) -> None:
    # re-run 169 B1: the number's comma ended a speaker read as "that 1", which draft's note then named
    read = [r["read"]["speaker"] for r in results(sentence.format(Q=QUOTE)) if r["kind"] == "quote"]
    assert read == [None]


@pytest.mark.parametrize("after", [
    "Those were {x}’s words, {y} says.",
    "Those were the words of {x}, as {y} recalls.",
    "These are {x}’s words, {y} said.",
])
def test_words_named_as_anothers_in_the_next_sentence_are_theirs(after: str) -> None:
    assert both_ways("“{Q}” " + after) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    "A man told {x}: “{q}.”",
    "Someone warned {x}: “{q}.”",
    "His friend told {x}: “{q}.”",
    "“{q},” he told {x}.",
    "“{q},” a guard told {x}.",
    "“{q},” his mother said to {x}.",
    "{x} heard him say: “{q}.”",
    "{x} heard a guard say: “{q}.”",
    "{x} listened as he said: “{q}.”",
    "{x} remembers someone telling him: “{q}.”",
])
def test_the_one_told_or_hearing_the_words_is_not_their_speaker(sentence: str) -> None:
    # Min Thu's own words, given to someone who says them to him: never `matches` (each was)
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["not_found"]


@pytest.mark.parametrize("sentence", [
    "“{q},” {x} told {y}.",
    "{x} told {y}: “{q}.”",
    "{x} said to {y}: “{q}.”",
    "{x} paused; “{q},” he said.",
    "When asked, {x} told {y}: “{q}.”",
])
def test_the_speaker_who_tells_another_still_matches(sentence: str) -> None:
    # guards: the one named as telling another is the speaker
    assert verdicts(sentence.format(x="Min Thu", y="Aye Chan", q=Q)) == ["matches"]


@pytest.mark.parametrize("sentence", [
    # one who voices another's words in an aside or a participle after the tag: the words are the other's
    "{y}, reciting {x}’s words, said: “{q}.”",
    "{y}, quoting from {x}’s diary, said: “{q}.”",
    "{y}, reading {x}’s letter aloud, said: “{q}.”",
    "{y}, mimicking {x}’s voice, said: “{q}.”",
    "“{q},” {y} said, reading from {x}’s letter.",
    "“{q},” {y} said, quoting {x}’s letter.",
    "“{q},” {y} said, reading aloud from {x}’s note.",
    "“{q},” {y} said, putting on {x}’s accent.",
    "“{q},” {y} said, impersonating {x}.",
    "“{q},” {y} said, doing an impression of {x}.",
    # an interpreter gives the words of the one interpreted
    "{y}, {x}’s interpreter, translated: “{q}.”",
    "{y}, {x}’s translator, said: “{q}.”",
    "{y}, who interpreted for {x}, said: “{q}.”",
    "“{q},” said {y}, {x}’s interpreter.",
    "“{q},” {y}, {x}’s interpreter, said.",
    "Through his interpreter, {y}, {x} said: “{q}.”",
])
def test_one_who_voices_or_interprets_anothers_words_is_not_their_speaker(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    "Those close to {x} say: “{q}.”",
    "People close to {x} said: “{q}.”",
    "Sources close to {x} said: “{q}.”",
    "Those who know {x} say: “{q}.”",
    "“{q},” say those close to {x}.",
])
def test_others_described_by_the_speakers_name_are_not_the_speaker(sentence: str) -> None:
    # people described through Min Thu said his words: never `matches` (each was)
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["misattributed"]


@pytest.mark.parametrize("sentence", [
    # re-run 67: the reader of another's document, however it is named
    "{y}, reading from a letter by {x}, said: “{q}.”",
    "{y}, reading a letter written by {x}, said: “{q}.”",
    "{y}, holding up {x}’s letter, read: “{q}.”",
    "{y}, unfolding {x}’s letter, read: “{q}.”",
    "“{q},” {y} said, quoting a note by {x}.",
    "“{q},” {y} said, reading a letter from {x}.",
    # an interpreter, however described
    "{y}, an interpreter for {x}, said: “{q}.”",
    "{y}, a translator for {x}, said: “{q}.”",
    "{y}, serving as {x}’s interpreter, said: “{q}.”",
    "{y}, acting as interpreter for {x}, said: “{q}.”",
    "{y}, as {x}’s interpreter, said: “{q}.”",
    "“{q},” said {y}, who was translating for {x}.",
    # the one in whose account another speaks, or who heard that another said it
    "In {y}’s account, {x} said: “{q}.”",
    "In {y}’s telling, {x} said: “{q}.”",
    "{y} heard that {x} said: “{q}.”",
    # the words said to be another's
    "{y}’s favourite line is {x}’s: “{q}.”",
    "In {y}’s report, {x} is quoted: “{q}.”",
    "{y}’s best-known quote is from {x}: “{q}.”",
    "{y}’s question drew this from {x}: “{q}.”",
])
def test_the_words_are_theirs_whose_document_account_or_line_they_are(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    "Those who served with {x} said: “{q}.”",
    "Those around {x} say: “{q}.”",
    "Soldiers who served under {x} said: “{q}.”",
    "Men who fought beside {x} say: “{q}.”",
])
def test_others_who_served_with_the_speaker_are_not_the_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["misattributed"]


@pytest.mark.parametrize("sentence", [
    # a verb of saying of which the speaker is the hearer denies nothing of what he says after it (no claim was read)
    "Min Thu said he was not warned: “{q}.”",
    "Min Thu said he was never told: “{q}.”",
    "Min Thu said nobody warned him: “{q}.”",
])
def test_a_speaker_who_says_he_was_not_told_says_the_words(sentence: str) -> None:
    assert verdicts(sentence.format(q=Q)) == ["matches"]


def test_a_lead_in_that_only_says_he_was_not_told_still_reads_no_claim() -> None:
    # guard: "Min Thu was not told: “…”" gives him no words
    assert verdicts(f"Min Thu was not told: “{QUOTE}”") == []


def test_a_participle_leading_the_sentence_is_not_the_speaker() -> None:
    # "Sitting next to Y, X said quietly:": the speaker was read as "Sitting" (`not_found`, a word no one is known by)
    assert verdicts(f"Sitting next to Aye Chan, Min Thu said quietly: “{QUOTE}”") == ["matches"]
    assert verdicts(f"Sitting next to Min Thu, Aye Chan said quietly: “{QUOTE}”") == ["misattributed"]


@pytest.mark.parametrize("sentence", [
    # re-run 68: one who translates, relays, passes on or voices another's words, however put
    "{y}, translating {x}’s words, said: “{q}.”",
    "{y}, rendering {x}’s words in English, said: “{q}.”",
    "{y}, translating what {x} said, said: “{q}.”",
    "{y}, {x}’s friend and translator, said: “{q}.”",
    "{y}, {x}’s Burmese interpreter, said: “{q}.”",
    "{y}, who acts as {x}’s interpreter, said: “{q}.”",
    "{y}, interpreter to {x}, said: “{q}.”",
    "{y}, relaying a message from {x}, said: “{q}.”",
    "{y}, passing on {x}’s words, said: “{q}.”",
    "{y}, repeating what {x} told him, said: “{q}.”",
    "{y}, voicing {x}, said: “{q}.”",
    "{y}, speaking in {x}’s voice, said: “{q}.”",
    "{y}, quoting from {x}’s interview, said: “{q}.”",
    "{y}, quoting {x} directly, said: “{q}.”",
    "“{q},” {y} said, translating {x}’s words.",
    # the one whose letter or statement says them
    "{x}’s letter said: “{q}.”",
    "A statement by {x} said: “{q}.”",
    "A letter from {x} said: “{q}.”",
])
def test_the_words_are_theirs_whom_another_translates_relays_or_voices(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # guards: a place or a thing after such a verb is no speaker (one round read "speaking in Mae Sot" as one)
    "“{q},” Min Thu recalled, speaking in Mae Sot.",
    "“{q},” Min Thu said, using a phone.",
    "Min Thu, using his phone, said: “{q}.”",
])
def test_a_place_or_thing_after_a_verb_of_voicing_is_no_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(q=Q)) == ["matches"]


@pytest.mark.parametrize("sentence", [
    "{x} said to {y}, and {y} wrote down: “{q}.”",
    "{x} spoke and {y} took notes: “{q}.”",
])
def test_the_one_who_writes_down_anothers_words_is_not_their_speaker(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # re-run 69: a relative clause, then "unlike X", after the speaker's name; a rank in lower case before it
    "“{q},” said {x}, who stayed, unlike {y}.",
    "“{q},” said {x}, who defected early, unlike {y}.",
    "{x}, {y}’s cousin, 28, said: “{q}.”",
])
def test_a_name_set_apart_after_the_speaker_or_a_rank_before_it(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG
    # (a rank before the name names the speaker still; one his record does not give leaves his words `not_found`)
    assert both_ways("Former corporal {x} said: “{q}.”") == TITLED
    assert both_ways("Retired captain {x} said: “{q}.”") == TITLED


@pytest.mark.parametrize("sentence", [
    # re-run 69: interpreters and relayers in yet other words
    "{y}, translating {x}’s Burmese, said: “{q}.”",
    "{y}, translating for his friend {x}, said: “{q}.”",
    "{y}, an interpreter working with {x}, said: “{q}.”",
    "{y}, who often interprets for {x}, said: “{q}.”",
    "{y}, recounting {x}’s words, said: “{q}.”",
    "{x}’s interpreter, {y}, said: “{q}.”",
    "{y}, translating {x}’s remarks into English, said: “{q}.”",
    "{y}, who was interpreting {x}’s words, said: “{q}.”",
    "A letter written by {x} said: “{q}.”",
    "A statement issued by {x} said: “{q}.”",
])
def test_interpreters_and_documents_in_re_run_69s_words(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # re-run 70: one named as nodding or listening beside a speaker named by a pronoun is not the speaker
    "“{q},” he said, while {x} nodded.",
    "“{q},” he said as {x} nodded.",
    "“{q},” he told reporters, while {x} listened.",
    "“{q},” he said, and {x} nodded.",
])
def test_one_who_nods_or_listens_beside_a_pronouns_speaker_is_not_the_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["not_found"]  # each was `matches`


@pytest.mark.parametrize("sentence", [
    "{x}’s lawyer, {y}, read out his client’s words: “{q}.”",
    "{y}, {x}’s lawyer, read out his client’s words: “{q}.”",
    "{x}’s brother, {y}, read out his letter: “{q}.”",
    "“{q},” said {x}’s interpreter, {y}.",
    "{x}’s written statement said: “{q}.”",
    "{x}’s text message said: “{q}.”",
    "{x}’s words, as {y} recalled them: “{q}.”",
])
def test_words_read_out_or_rendered_by_a_relation_or_named_by_a_document(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # re-run 71: more ways to name one beside a pronoun's speaker, and one who passes on an unnamed other's words
    "“{q},” he said, while {x}, his brother, nodded.",
    "“{q},” he said; {x} nodded.",
    "“{q},” he said, {x} nodding.",
    "“{q},” he said as {x}, his friend, looked on.",
    "{x} quoted his client: “{q}.”",
    "Aye Chan’s lawyer, {x}, quoted his client: “{q}.”",
    "{x} read out his brother’s letter: “{q}.”",
    "Quoting his friend, {x} said: “{q}.”",
])
def test_one_beside_the_speaker_or_passing_on_anothers_words_is_not_the_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["not_found"]  # each was `matches`


@pytest.mark.parametrize("sentence", [
    "{y} said little, but {x} was clear: “{q}.”",
    "Where {y} was guarded, {x} was blunt: “{q}.”",
    "{x} read his statement: “{q}.”",  # guard: his own
])
def test_the_clause_a_colon_ends_names_the_speaker(sentence: str) -> None:
    if "{y}" in sentence:
        assert both_ways(sentence) == RIGHT_AND_WRONG
    else:
        assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["matches"]


@pytest.mark.parametrize("sentence", [
    # re-run 72: one beside a pronoun's (or a description's) speaker with a relation or a rank before the name, "with",
    # "at his side", "agreed"; the one the words are said of; one who quotes "him", "a comrade" or a client after an
    # aside, or tells of another who said them
    "“{q},” he said, while his brother {x} nodded.",
    "“{q},” he said, with his brother {x} at his side.",
    "“{q},” he said, with {x} nodding beside him.",
    "“{q},” she said, while Capt. {x} nodded.",
    "“{q},” he said, and his brother {x} agreed.",
    "“{q},” a soldier said as his brother {x} listened.",
    "“{q},” his mother said of {x}.",
    "Asked about {x}, his friend said: “{q}.”",
    "{x}, his lawyer, quoted him as saying: “{q}.”",
    "{x} quoted a comrade as saying: “{q}.”",
    "{x}, the lawyer, quoted his client as saying: “{q}.”",
    "{x} spoke of his brother, who said: “{q}.”",
])
def test_one_spoken_of_beside_or_relaying_for_an_unnamed_speaker_is_not_the_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["not_found"]  # each was `matches`


@pytest.mark.parametrize("sentence", [
    "{y} said little; {x}, however, was clear: “{q}.”",  # was Y's
    "Asked about {y}, {x} said: “{q}.”",  # guard: the one asked about is not the speaker
    "{x} spoke of his brother, and said: “{q}.”",  # guard: his own
])
def test_a_linking_word_or_the_one_asked_about_does_not_hide_the_speaker(sentence: str) -> None:
    if "{y}" in sentence:
        assert both_ways(sentence) == RIGHT_AND_WRONG
    else:
        assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["matches"]


@pytest.mark.parametrize("sentence", [
    "“{q},” {x}’s interpreter, {y}, said.",  # was `not_found` ("which of them")
    "{x}’s Facebook post said: “{q}.”",  # was given to "X’s Facebook", whom the fact base does not know
    "{x}’s Telegram channel said: “{q}.”",
])
def test_the_words_are_theirs_whose_interpreter_or_page_gives_them(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # re-run 73: one beside an inverted tag's description, or flanking the speaker; one who quotes an unnamed other
    # with an adjective, in an aside, or tells of or agrees with another who said them; the one spoken of
    "“{q},” said the soldier, whose brother {x} sat beside him.",
    "“{q},” he told reporters, flanked by {x}.",
    "{x} quoted a fellow soldier: “{q}.”",
    "{x}, quoting a comrade, said: “{q}.”",
    "{x} told of a soldier who said: “{q}.”",
    "{x} agreed with his friend, who said: “{q}.”",
    "Speaking of {x}, his commander said: “{q}.”",  # was `misattributed` "not by Speaking of X"
])
def test_more_ways_to_name_one_who_is_not_the_speaker(sentence: str) -> None:
    assert verdicts(sentence.format(x="Min Thu", q=Q)) == ["not_found"]  # each was `matches`, but the last


@pytest.mark.parametrize("sentence", [
    "Speaking of {y}, {x} said: “{q}.”",
    "“{q},” {x} told reporters, flanked by {y}.",
    "{x}, quoting {y}, said: “{q}.”",
])
def test_guards_the_named_speaker_beside_one_spoken_of_or_quoted(sentence: str) -> None:
    expected = RIGHT_AND_WRONG if "quoting" not in sentence else (["misattributed"], ["matches"])
    assert both_ways(sentence) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # "he" in the tag is the one the sentence before names as a quotation's speaker, or as its only name where it
    # opens it (was unread, so a wrong speaker's `matches`: the words alone were checked)
    ("{x} paused. “{q},” he said.", RIGHT_AND_WRONG),
    ("{x} paused. He said: “{Q}”", RIGHT_AND_WRONG),
    ("{x}, a former captain, shook his head. “{q},” she said.", RIGHT_AND_WRONG),
    ("{x} paused. “{q},” he told reporters.", RIGHT_AND_WRONG),
    ("{x} paused.\n\n“{q},” he said.", RIGHT_AND_WRONG),
    ("“I left,” {x} said. “{q},” he added.", (["not_found", "matches"], ["not_found", "misattributed"])),
    ("“I left,” {x} said, and {y} nodded. “{q},” he added.", (["not_found", "matches"], ["not_found", "misattributed"])),
    # guards: a possessive or a name further in leave "he" unread, two names leave it either (never a `matches` of the
    # other's words: re-run 83 A4 made those two `not_found`, as "he" may be the one named), and a name in the tag is the
    # speaker
    ("{x}’s commander shouted. “{q},” he said.", (["not_found"], ["not_found"])),  # (re-run 84 A1: not X either)
    ("{x} met {y}. “{q},” he said.", (["not_found"], ["not_found"])),  # either: which, not read (re-run 77 A3)
    ("In 2011, {x} left. “{q},” he said.", (["not_found", "matches"], ["not_found", "not_found"])),
    ("{y} paused. “{q},” {x} said.", RIGHT_AND_WRONG),
])
def test_he_in_a_tag_is_whom_the_sentence_before_names(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize("tag", [
    # re-run 74 A1: one named only to describe the speaker of an inverted tag is not the speaker (the words of the one
    # named were `matches`: "said by" them)
    "“{q},” said the soldier, whose brother {x} had enlisted.",
    "“{q},” said the soldier, whose brother, {x}, had enlisted.",
    "“{q},” said a soldier whose brother is {x}.",
    "“{q},” said the soldier, a friend of {x}.",
    "“{q},” said the soldier, {x}’s brother.",
    "“{q},” said the soldier, who served with {x}.",
    "“{q},” said the soldier, whom {x} recruited.",
    "“{q},” said the soldier who, like {x}, stayed.",
    "“{q},” the former soldier said, whose cousin {x} also fled.",
])
def test_one_named_to_describe_the_speaker_is_not_the_speaker(tag: str) -> None:
    assert both_ways(tag) == (["not_found"], ["not_found"])


@pytest.mark.parametrize(("tag", "expected"), [
    # guards: a name set off after the description, or given as the speaker's name, is the speaker
    ("“{q},” said the soldier, {x}.", RIGHT_AND_WRONG),
    ("“{q},” said the soldier, whose name is {x}.", (["matches"], ["not_found"])),
])
def test_a_name_set_off_after_a_description_is_still_the_speaker(tag: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(tag) == expected


def test_one_of_two_named_after_the_quotation_is_not_read() -> None:
    # "…,” said Y or X.": which of them is not said (was Y's: a wrong `misattributed` of X's words)
    assert both_ways("“{q},” said {y} or {x}.") == (["not_found"], ["not_found"])


@pytest.mark.parametrize("tag", [
    # re-run 75 A1–A2: one X is the subject of a clause without "whom" about, or one who knew X or is close to X, is
    # not X (X's own words were `matches`)
    "“{q},” said the man {x} trained.",
    "“{q},” said a private {x} once commanded.",
    "“{q},” said one who knew {x} well.",
    "“{q},” said someone who knew {x}.",
    "“{q},” said one close to {x}.",
])
def test_one_x_trained_knew_or_is_close_to_is_not_x(tag: str) -> None:
    assert both_ways(tag) == (["not_found"], ["not_found"])


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 75 A6: "he replied" after a question put to another is the one asked (was the one who asked); "he added"
    # is the one who spoke; "he said" after words to another is either, unread
    ("“Why did you go?” {y} asked {x}. “{q},” he replied.", (["not_found", "matches"], ["not_found", "misattributed"])),
    ("“I left too,” {x} told {y}. “{q},” he added.", (["not_found", "matches"], ["not_found", "misattributed"])),
    ("“Why did you go?” {y} asked {x}. “{q},” he said.", (["not_found", "not_found"], ["not_found", "not_found"])),
    # guard: the name in a tag after a description is still the speaker
    ("“{q},” said the deserter {x}.", RIGHT_AND_WRONG),
])
def test_he_who_replies_is_the_one_asked(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 75 borderline: "his brother" (or "her mother") after a sentence that names X is X's, not X (X's own words
    # were `matches`); re-run 81 A5: and is X's brother, as "X's brother said:" is (another's words were `matches`)
    ("{x} paused. “{q},” his brother said.", (["misattributed"], ["misattributed"])),
    ("{x} paused. His mother recalled: “{Q}”", (["misattributed"], ["misattributed"])),
    ("{x} paused. His wife told reporters: “{Q}”", (["misattributed"], ["misattributed"])),
    # guard: with no one named before, the relation is no one in particular
    ("“{q},” his brother said.", (["matches"], ["matches"])),
])
def test_his_relation_after_a_sentence_naming_x_is_not_x(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize("text", [
    # re-run 77 A3: a speaker left to the sentence before, which names two, is either (the words were `matches` as the
    # other's)
    "{y} paused, then looked at {x}. “{q},” he said.",
    "“Why did you go?” {y} asked {x}. “{q},” the soldier replied.",
    "“Why did you go?” {y} asked {x}. “{q}”",
])
def test_a_speaker_the_sentence_before_leaves_to_either_of_two_is_not_read(text: str) -> None:
    assert both_ways(text)[1][-1] == "not_found" and both_ways(text)[0][-1] == "not_found"


def test_he_after_words_put_to_one_by_no_one_named_is_the_one_they_were_put_to() -> None:
    # "I asked X" (or a description): X answers (guard of the interview shape)
    assert both_ways("“Why did you go?” I asked {x}. “{q},” he said.") == (["not_found", "matches"],
                                                                          ["not_found", "misattributed"])


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 77 borderline: "the soldier" after a sentence that opens with X takes up X (the other's words were
    # `matches`)
    ("{x} paused. “{q},” the soldier said.", RIGHT_AND_WRONG),
    ("{x} paused. “{q},” said the former soldier.", RIGHT_AND_WRONG),
    # guard: with no one before it, it is no one in particular
    ("“{q},” the soldier said.", (["matches"], ["matches"])),
    # another kind of person ("the interpreter") may still be the one the sentence before names: another's words are
    # not read as theirs (re-run 82 A15: "the interviewee said" there gave another's words `matches`)
    ("{x} paused. “{q},” the interpreter said.", (["matches"], ["not_found"])),
    ("{x} paused. “{q},” the interviewee said.", (["matches"], ["not_found"])),
    ("{x} paused. “{q},” the soldier's brother said.", (["misattributed"], ["misattributed"])),
    ("{x} paused. “{q},” the defector's wife said.", (["misattributed"], ["misattributed"])),
    ("{x} paused. Then the defector spoke: “{Q}”", (["matches"], ["not_found"])),
])
def test_the_soldier_after_a_sentence_opening_with_x_is_x(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


def test_one_set_aside_with_rather_than_in_a_cleft_is_not_the_speaker() -> None:
    # re-run 78 A13: "It was Y, rather than X, who said:" read X, the one set aside (X's words were `matches`)
    assert both_ways("It was {y}, rather than {x}, who said: “{Q}”") == (["misattributed"], ["matches"])
    assert both_ways("It was {x}, instead of {y}, who said: “{Q}”") == RIGHT_AND_WRONG


@pytest.mark.parametrize("text", [
    # re-run 78 A3–A5: "the defector" after a sentence naming two; one X once had or knows; "the roommate of X" (X's
    # own words were `matches`)
    "{y} smiled at {x}. “{q},” the defector said.",
    "“{q},” said a neighbour {x} once had.",
    "“{q},” said someone {x} knows.",
    "The roommate of {x} said: “{Q}”",
    "The commander of {x} said: “{Q}”",
])
def test_more_ones_who_are_not_x_in_re_run_78s_words(text: str) -> None:
    assert both_ways(text) == (["not_found"], ["not_found"])


@pytest.mark.parametrize("text", [
    # re-run 79 A3: one X is the subject of a clause about, before the tag ("The cousin X grew up with said:"), is not
    # X (X's words were `matches`)
    "The cousin {x} grew up with said: “{Q}”",
    "A man {x} met in Thailand said: “{Q}”",
    "The woman {x} married said: “{Q}”",
])
def test_one_x_grew_up_with_or_met_is_not_x(text: str) -> None:
    assert both_ways(text) == (["not_found"], ["not_found"])


def test_a_description_before_a_name_still_names_the_speaker() -> None:
    # guards of re-run 79 A3's fix
    assert both_ways("The deserter {x} said: “{Q}”") == RIGHT_AND_WRONG
    assert both_ways("Former guard {x} later said: “{Q}”") == TITLED


@pytest.mark.parametrize("text", [
    # re-run 80 A2–A3: one X lost, fled with, or whom a "who" clause ties to X, before or after the quotation, is not
    # X (X's words were `matches`)
    "The brother {x} lost said: “{Q}”",
    "The man with whom {x} fled said: “{Q}”",
    "The man who recruited {x} said: “{Q}”",
    "“{q},” said the cousin {x} grew up with.",
])
def test_one_x_lost_fled_with_or_recruited_is_not_x(text: str) -> None:
    assert both_ways(text) == (["not_found"], ["not_found"])


def test_a_description_and_a_verb_of_saying_of_its_own_still_name_the_speaker() -> None:
    # guards of re-run 80's fix: the verb after the name is the tag's own
    assert both_ways("The deserter {x} added: “{Q}”") == RIGHT_AND_WRONG
    assert both_ways("The former guard {x} recalled: “{Q}”") == TITLED


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 81 A2: one a clause about X describes, with an object or adverb after the verb ("told reporters", "says,
    # too"), before or after the quotation (X's words given to another were `matches`)
    ("The man who recruited {x} told reporters: “{Q}”", (["not_found"], ["not_found"])),
    ("The man {x} fled with told reporters: “{Q}”", (["not_found"], ["not_found"])),
    ("The brother {x} lost told The Irrawaddy: “{Q}”", (["not_found"], ["not_found"])),
    ("The cousin {x} grew up with says, too: “{Q}”", (["not_found"], ["not_found"])),
    ("“{q},” one close to {x} told me.", (["not_found"], ["not_found"])),
    ("“{q},” the brother {x} lost told me.", (["not_found"], ["not_found"])),
    # re-run 81 A3: "he" with an object, or after a word that leads in, is the one the sentence before names; in a shape
    # not read, any of them ("After a moment he told me:"); after "X met Y.", either
    ("{y} paused. He told me: “{Q}”", (["misattributed"], ["matches"])),
    ("{y} paused. He told reporters: “{Q}”", (["misattributed"], ["matches"])),
    ("{y} paused. Then he spoke: “{Q}”", (["misattributed"], ["matches"])),
    ("{y} paused. After a moment he told me: “{Q}”", (["not_found"], ["matches"])),
    ("{x} met {y}. He told reporters: “{Q}”", (["not_found"], ["not_found"])),
    # re-run 81 A5: "his brother" after a sentence naming Y is Y's brother, with an object too
    ("{y} paused. His brother told me: “{Q}”", (["misattributed"], ["misattributed"])),
    # guards: a name with "told reporters" is the speaker; one described and one told are neither
    ("{x} told reporters: “{Q}”", RIGHT_AND_WRONG),
    ("The man who recruited {x} told {y}: “{Q}”", (["not_found"], ["not_found"])),
])
def test_a_tag_with_an_object_or_adverb_is_read_as_the_bare_tag(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 81 borderline: a name set off after a description, after the quotation, is the speaker (was no one:
    # `not_found` for the right and the wrong name alike)
    ("“{q},” {y}'s brother, {x}, said.", RIGHT_AND_WRONG),
    ("“{q},” a former sergeant, {x}, said.", TITLED),
    ("“{q},” his friend, {x}, told reporters.", RIGHT_AND_WRONG),
    # … and one told, named after a description, only hears them (his own words were `matches`)
    ("“{q},” he told his friend, {x}.", (["not_found"], ["not_found"])),
])
def test_a_name_set_off_after_a_description_after_the_quotation(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 82 A1: "His answer:", "In his words:" after a sentence naming Y are Y's words, as "Y's answer:" is (X's words
    # were `matches`); after "X met Y." either
    ("{y} looked away. His answer: “{Q}”", (["misattributed"], ["matches"])),
    ("{y} paused. In his words: “{Q}”", (["misattributed"], ["matches"])),
    ("{y} paused. His explanation was simple: “{Q}”", (["misattributed"], ["matches"])),
    ("{x} met {y}. His answer: “{Q}”", (["not_found"], ["not_found"])),
    # re-run 82 A4: a relation or one "of his" that refers back, in a shape not read, may be the one before: not read
    ("{y} paused. “{q},” his brother-in-law said.", (["misattributed"], ["misattributed"])),  # (re-run 83 A1: his)
    ("{y} paused. “{q},” a comrade of his said.", (["not_found"], ["matches"])),
    # re-run 82 A3: a linking word after a description of one X only describes
    ("The sergeant who trained {x}, however, told me: “{Q}”", (["not_found"], ["not_found"])),
    # re-run 82 A9: one X meets, sits beside or works for says them, in a relative clause (X's words were `matches`)
    ("{x} met a soldier who told him: “{Q}”", (["not_found"], ["not_found"])),
    ("{x} met a soldier, who told him: “{Q}”", (["not_found"], ["not_found"])),
    ("{x} sat beside his friend, who said: “{Q}”", (["not_found"], ["not_found"])),
    ("{x} worked for an officer who once said: “{Q}”", (["not_found"], ["not_found"])),
    ("{x} lives with two men, one of whom said: “{Q}”", (["not_found", "not_found"], ["not_found", "not_found"])),
    # re-run 82 A10, A11: said of X ("Of X, his friend said:"), and by one X owns ("X, whose friend told me “…”,")
    ("Of {x}, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("About {x}, a comrade said: “{Q}”", (["not_found"], ["not_found"])),
    ("On {x}, his friend was blunt: “{Q}”", (["not_found"], ["not_found"])),
    ("{x}, whose friend told me “{q},” left the service.", (["not_found"], ["not_found"])),
    # re-run 82 A12: the answer to "Who said “…”?" is its speaker (the words were `matches` with no speaker read)
    ("Who said “{q}”? {y}.", (["misattributed"], ["matches"])),
    ("Who said “{q}”? It was {y}.", (["misattributed"], ["matches"])),
    ("Who said “{q}”? Not {x}, but {y}.", (["misattributed"], ["matches"])),
    # guard: a name before "who" is the speaker
    ("{y} sat beside {x}, who said: “{Q}”", RIGHT_AND_WRONG),
])
def test_a_speaker_referred_to_or_described_is_not_another_read_as_them(text: str,
                                                                       expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 82 borderline: a quotation with no tag after a sentence naming someone may be theirs: another's words are
    # not read as matching (they were `matches`); after "X met Y." either; one only reported on is not a candidate
    ("{y} hesitated. “{Q}”", (["not_found"], ["matches"])),
    ("{x} met {y}. “{Q}”", (["not_found"], ["not_found"])),
    ("{x} recalled officers saying that {y} was weak. “{Q}”", (["matches"], ["not_found"])),
])
def test_a_quotation_with_no_tag_is_held_against_the_sentence_before(text: str,
                                                                     expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 83 A1: "his" anyone after a sentence naming Y is Y's ("his old sergeant", "his platoon leader": the other's
    # words were `matches`)
    ("{y} paused. “{q},” his old sergeant said.", (["misattributed"], ["misattributed"])),
    ("{y} paused. “{q},” his platoon leader said.", (["misattributed"], ["misattributed"])),
    # re-run 83 A2, A3: said of X, in a leading phrase ("Describing X,", "Mourning X,", "Asked why X left,"): X's own
    # words were `matches`
    ("Describing {x}, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("Recalling {x}, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("In defence of {x}, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("With {x} in mind, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("Mourning {x}, his mother said: “{Q}”", (["not_found"], ["not_found"])),
    ("Asked why {x} left, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    ("When asked about {x}, his friend said: “{Q}”", (["not_found"], ["not_found"])),
    # re-run 83 A4: "he" after a sentence whose one name does not open it may be that one
    ("I asked {y} why. “{q},” he said.", (["not_found"], ["matches"])),
    ("{y}'s story is typical. “{q},” he said.", (["not_found"], ["matches"])),
    ("For {y}, the choice was simple. “{q},” he said.", (["not_found"], ["matches"])),
    # re-run 83 A5, A6: "the sergeant of X", "the private beside X" are not X
    ("The sergeant of {x} said: “{Q}”", (["not_found"], ["not_found"])),
    ("“{q},” said the private beside {x}.", (["not_found"], ["not_found"])),
    # the one quoted in a leading phrase is the speaker ("Quoting X, Y said:"; the true words were `misattributed`)
    ("Quoting {x}, {y} said: “{Q}”", RIGHT_AND_WRONG),
    ("Recalling {x}'s words, {y} said: “{Q}”", RIGHT_AND_WRONG),
    # guards: the subject after a leading phrase, and "According to X, a former guard,"
    ("Asked why he left, {x} said: “{Q}”", RIGHT_AND_WRONG),
    ("According to {x}, a former guard, “{Q}”", TITLED),
])
def test_one_said_of_beside_or_under_x_and_one_x_is_quoted_by(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


def test_a_description_that_says_who_the_speaker_is_is_not_read_as_one_named_before() -> None:
    # the bench's draft: "…,” said the defector who signed for five years …" after another's quotation was `not_found`
    # at 11fe8c6 (a short definite description may take up one named before; one with a clause of its own does not)
    text = (f"Min Thu said: “{QUOTE}”\n“I did not have a single day of rest in two years,” said the former sergeant who "
            "guarded the border post.")
    assert verdicts(text) == ["matches", "matches"]


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 84 A1: one X owns or is described by in the sentence before ("X's commander shouted.", "I met X's
    # brother.", "The sergeant who trained X paused.") is not X: X's own words were `matches` (at 11fe8c6)
    ("{x}'s commander shouted. “{q},” he said.", (["not_found"], ["not_found"])),
    ("{x}'s sergeant is typical. “{q},” the sergeant said.", (["not_found"], ["not_found"])),
    ("{x}'s mother wept. She said: “{Q}”", (["not_found"], ["not_found"])),
    ("The sergeant who trained {x} paused. “{q},” he said.", (["not_found"], ["not_found"])),
    ("I met {x}'s brother. “{q},” he said.", (["not_found"], ["not_found"])),
    ("Asked about {x}, his mother wept. “{q},” she said.", (["not_found"], ["not_found"])),
    # re-run 84 A2: a tag that names no one ("came the reply", "Then:", "The reply:") is no tag (another's words were
    # `matches`)
    ("{y} paused. “{q},” came the reply.", (["not_found"], ["matches"])),
    ("{y} paused. Then: “{Q}”", (["not_found"], ["matches"])),
    ("{y} paused. The reply: “{Q}”", (["not_found"], ["matches"])),
    ("{y} paused. “{q},” was the reply.", (["not_found"], ["matches"])),
    # re-run 84 A3: one set apart in brackets beside the speaker ("X (not Y) said"; the quotation was unread)
    ("“{q},” {x} (not {y}) said.", RIGHT_AND_WRONG),
    # guard: "X's voice broke." still names X as the one who may speak (X's words `matches`; another's were `matches`
    # too at 11fe8c6, and are not read now)
    ("{x}'s voice broke. “{q},” he said.", (["matches"], ["not_found"])),
])
def test_one_x_owns_before_a_tag_that_names_no_one_and_one_set_apart_in_brackets(
        text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 85 A1: one X owns or describes, by "a friend of X's" or a clause with no "whom" ("The woman X married"):
    # X's own words were `matches` (at c90d9ed)
    ("A friend of {x}'s paused. “{q},” he said.", (["not_found"], ["not_found"])),
    ("The woman {x} married paused. “{q},” she said.", (["not_found"], ["not_found"])),
    ("The officer {x} served under paused. “{q},” he said.", (["not_found"], ["not_found"])),
    # re-run 85 A2: words that name no one ("Then, quietly:", "A voice:", "someone said", "Later:") are no tag
    ("{y} paused. Then, quietly: “{Q}”", (["not_found"], ["matches"])),
    ("{y} paused. A voice: “{Q}”", (["not_found"], ["matches"])),
    ("{y} paused. “{q},” someone said.", (["not_found"], ["matches"])),
    ("{y} sat down. Later: “{Q}”", (["not_found"], ["matches"])),
    # re-run 85 A8: "the former", "the taller one" after a sentence naming two: either (X's words were `matches`)
    ("{x} met {y}. “{q},” the former said.", (["not_found"], ["not_found"])),
    ("{x} met {y}. “{q},” said the taller one.", (["not_found"], ["not_found"])),
    # guard: "the former sergeant X" names X
    ("“{q},” said the former sergeant {x}.", TITLED),
])
def test_an_owner_by_a_double_possessive_or_a_bare_clause_and_tags_that_name_no_one(
        text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 86 A1, A2, A4, A6 (each `matches` for the one described or the other at 53e157d): an owner through a
    # clause of two words ("who signed up X"); a sound that names no one ("A whisper:"); one of two named before ("the
    # younger of the two", "one of the two", "the one with glasses"); "whose brother is X" before the verb
    ("The recruiter who signed up {x} paused. “{q},” he said.", (["not_found"], ["not_found"])),
    ("{y} paused. A whisper: “{Q}”", (["not_found"], ["matches"])),
    ("{y} paused. A shout: “{Q}”", (["not_found"], ["matches"])),
    ("{x} met {y}. “{q},” the younger of the two said.", (["not_found"], ["not_found"])),
    ("{x} met {y}. “{q},” one of the two said.", (["not_found"], ["not_found"])),
    ("{x} met {y}. “{q},” the one with glasses said.", (["not_found"], ["not_found"])),
    ("The soldier, whose brother is {x}, said: “{Q}”", (["not_found"], ["not_found"])),
    ("A soldier whose cousin is {x} said: “{Q}”", (["not_found"], ["not_found"])),
])
def test_one_described_by_a_clause_a_sound_or_one_of_two(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert both_ways(text) == expected


def test_whose_words_an_aside_tag_recalls_are_theirs() -> None:
    # re-run 86 A7: "X's words, Y recalled, were simple:" was `misattributed` for X's own words (the aside hid X)
    assert both_ways("{x}'s words, {y} recalled, were simple: “{Q}”") == RIGHT_AND_WRONG


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 94 A5: a description the fact base does not give the words' speaker ("The junta chief said:") was read as
    # no one in particular, and the words `matches` by their text alone
    ("The junta chief said: “{Q}”", ["not_found"]),
    ("The army captain who defected said: “{Q}”", ["not_found"]),
    ("“{q},” the youngest sergeant said.", ["not_found"]),
    # guards: a description that fits (a defector), anyone, one who voices another's words, a relation of one unnamed
    ("A defector said: “{Q}”", ["matches"]),
    ("“{q},” someone said.", ["matches"]),
    ("The interpreter said: “{Q}”", ["matches"]),
    ("“{q},” his brother said.", ["matches"]),
])
def test_a_description_of_the_speaker_must_fit_whom_the_words_are_of(text: str, expected: list[str]) -> None:
    assert verdicts(text.format(q=Q, Q=QUOTE)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # re-run 94 A6: an organisation quoted ("Quoting the NUG, …") was read as the one who quotes it, and the quoting
    # one's own words were `matches`
    ("Quoting the Valley Council, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch, quoting the Valley Council, said: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 95 A4: "In X's words, Y declared:" was Y's
    ("In the Valley Council's words, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),
    ("In the words of the Valley Council, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 96 A3: other shapes of passing on an organisation's words
    ("Borrowing the Valley Council's words, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch said, in the Valley Council's words: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch said, citing the Valley Council: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch echoed the Valley Council: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 97 A2: a line borrowed, lifted or taken from another
    ("Harbour Watch said, borrowing a line from the Valley Council: “Leave now, while the road is open!”", ["misattributed"]),
    ("In a line lifted from the Valley Council, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch said, in words borrowed from the Valley Council: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 98 A4: a slogan or phrase used, adopted or parroted
    ("Harbour Watch said, using the Valley Council's slogan: “Leave now, while the road is open!”", ["misattributed"]),
    ("Parroting the Valley Council, Harbour Watch said: “Leave now, while the road is open!”", ["misattributed"]),  # guard
    ("Harbour Watch said, in the Valley Council's phrase: “Leave now, while the road is open!”", ["misattributed"]),
    # re-run 99 A1, A5: mimicked, repeated, a rallying cry echoed, in its voice; one speaking for another
    ("Harbour Watch said, mimicking the Valley Council: “Leave now, while the road is open!”", ["misattributed"]),
    ("Harbour Watch said, echoing the Valley Council's rallying cry: “Leave now, while the road is open!”",
     ["misattributed"]),
    ("Harbour Watch said, in the Valley Council's voice: “Leave now, while the road is open!”", ["misattributed"]),
    ("Aye Chan, speaking for Min Thu, said: “I never thought I would leave, but the orders became cruel.”", ["matches"]),
    ("Min Thu, speaking for Aye Chan, said: “I never thought I would leave, but the orders became cruel.”",
     ["misattributed"]),
    ("Min Thu, as Aye Chan's spokesman, said: “I never thought I would leave, but the orders became cruel.”",
     ["misattributed"]),
    # guard: the other way round
    ("Quoting Harbour Watch, the Valley Council said: “Leave now, while the road is open!”", ["matches"]),
])
def test_an_organisation_quoted_is_the_speaker(text: str, expected: list[str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize("text", [
    # re-run 95 A5: one told or who hears the words, with no one named who says them, was read as their speaker
    "Min Thu was told: “{Q}”",
    "Min Thu was warned: “{Q}”",
    "Min Thu heard: “{Q}”",
    "“{q},” Min Thu was told.",
    "“{q},” Min Thu heard.",
    # re-run 96 A4: one handed, sent or reading a note or message, who listened or learned
    "Min Thu was handed a note: “{Q}”",
    "Min Thu received a text: “{Q}”",
    "Min Thu listened: “{Q}”",
    "“{q},” Min Thu learned.",
    # re-run 97 A3: told by one described, a letter opened or found, a reply got, a note left for him
    "Min Thu was told by a friend: “{Q}”",
    "Min Thu opened a letter: “{Q}”",
    "Min Thu read a text from his friend: “{Q}”",
    "Min Thu got this reply: “{Q}”",
    "The answer Min Thu got was: “{Q}”",
    "A note left for Min Thu: “{Q}”",
    # re-run 98 A5: what he heard, scolded, a poster he saw
    "What Min Thu heard was: “{Q}”",
    "Min Thu was scolded: “{Q}”",
    "Min Thu saw a poster: “{Q}”",
    # re-run 99 A2: one shouted at, taunted; a slogan spotted, a voicemail got
    "Min Thu was taunted: “{Q}”",
    "Min Thu spotted a slogan: “{Q}”",
    "Min Thu got a voicemail: “{Q}”",
    # re-run 100 A1, A2: spoken to by a verb of no list; one who reads words on a wall, in a paper, or finds them
    "Min Thu was berated: “{Q}”",
    "Min Thu was sworn at: “{Q}”",
    "Min Thu was threatened: “{Q}”",
    "Min Thu was called names: “{Q}”",
    "Min Thu read graffiti: “{Q}”",
    "Min Thu read on a wall: “{Q}”",
    "Min Thu read in a newspaper: “{Q}”",
    "Min Thu saw scrawled on a wall: “{Q}”",
    "Min Thu found a graffito: “{Q}”",
    "Min Thu read the inscription: “{Q}”",
    "On the wall, Min Thu read: “{Q}”",
])
def test_one_told_or_hearing_the_words_is_not_their_speaker(text: str) -> None:
    assert verdicts(text.format(q=Q, Q=QUOTE)) == ["not_found"]


def test_one_shouted_at_by_another_is_not_the_speaker() -> None:
    # re-run 99 A2: "X was shouted at by Y:" gave X's own words to X (`matches`); Y is the one who speaks
    assert verdicts(f"Min Thu was shouted at by Aye Chan: “{QUOTE}”") == ["misattributed"]


@pytest.mark.parametrize("text", [
    # guards: a state of mind, being quoted, seeing things another way: he who is so speaks
    "Min Thu was determined: “{Q}”",
    "Min Thu was unrepentant: “{Q}”",
    "Min Thu was quoted: “{Q}”",
    "Min Thu was moved to tears: “{Q}”",
    "Min Thu saw it differently: “{Q}”",
    "Min Thu was blunt: “{Q}”",
])
def test_one_in_a_state_of_mind_or_quoted_is_the_speaker(text: str) -> None:
    assert verdicts(text.format(q=Q, Q=QUOTE)) == ["matches"]


def test_one_spoken_to_by_another_by_any_verb_is_not_the_speaker() -> None:
    # re-run 100 A1: "X was harangued by Y:" gave X's own words to X (`matches`)
    assert verdicts(f"Min Thu was harangued by Aye Chan: “{QUOTE}”") == ["misattributed"]


@pytest.mark.parametrize("sentence", [
    # re-run 100 A3: one who speaks for, represents or stands in for another gives the other's words (each was read as
    # the speaker's own, `misattributed` where the words are the other's); A5: translating, relaying or summing up another
    "{y}, as spokesman for {x}, said: “{Q}”",
    "{y}, representing {x}, said: “{Q}”",
    "{y}, in {x}'s name, said: “{Q}”",
    "{y}, acting for {x}, said: “{Q}”",
    "{y}, standing in for {x}, said: “{Q}”",
    "{y}, as {x}'s proxy, said: “{Q}”",
    "{y}, {x}'s mouthpiece, said: “{Q}”",
    "On {x}'s behalf, {y} said: “{Q}”",
    "{y}, in a nod to {x}, said: “{Q}”",
    "{y}, translating {x}, said: “{Q}”",
    "{y}, relaying {x}, said: “{Q}”",
    "{y}, summarising {x}, said: “{Q}”",
    "{y}, reporting {x}'s words, said: “{Q}”",
    "{y}, in translation from {x}, said: “{Q}”",
])
def test_one_speaking_for_or_translating_another_gives_the_other_s_words(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("sentence", [
    # re-run 100 A8: a sentence after the words that names their speaker in other words (was passed over: `matches`)
    "“{Q}” Thus spoke {x}.",
    "“{Q}” So said {x}.",
    "“{Q}” Or so {x} claims.",
    "“{Q}” {x}'s verdict.",
    "“{Q}” {x}'s view.",
    "“{Q}” {x}, in 2023.",
    # re-run 101 A1: a name and any aside, as a byline is (each was `matches` another's words)
    "“{Q}” {x}, speaking in 2023.",
    "“{Q}” {x}, speaking to reporters.",
    "“{Q}” {x}, in an interview.",
    "“{Q}” {x}, smiling.",
    "“{Q}” {x}, defector.",
    # re-run 102 A1: two asides, one in brackets, or "Source:" (each was `matches` another's words)
    "“{Q}” {x}, laughing, to The Irrawaddy.",
    "“{Q}” {x} (pictured).",
    "“{Q}” {x}, speaking softly, in Mae Sot.",
    "“{Q}” Source: {x}.",
    # re-run 103 A1: other brackets, any one-word label, "Said by", "Attributed to", an aside before a semicolon
    "“{Q}” {x} [pictured].",
    "“{Q}” {x} {{pictured}}.",
    "“{Q}” Speaker: {x}.",
    "“{Q}” Interviewee: {x}.",
    "“{Q}” Said by {x}.",
    "“{Q}” Attributed to {x}.",
    "“{Q}” {x} [left], in Mae Sot.",
    # re-run 104 A1: a byline in any dress, a sentence with no verb of its own (each was `matches` another's words)
    "“{Q}” {x} <pictured>.",
    "“{Q}” Source: {x} (pictured).",
    "“{Q}” Speaker — {x}.",
    "“{Q}” {x} / Mae Sot.",
    "“{Q}” Reply from {x}.",
    "“{Q}” {x}: interview, 2024.",
    "“{Q}” {x} to The Irrawaddy.",
    "“{Q}” {x} on why he joined.",
    "“{Q}” Former soldier {x}, in Mae Sot.",
])
def test_a_sentence_after_the_words_naming_their_speaker_in_other_words(sentence: str) -> None:
    mine, theirs = both_ways(sentence)
    assert (mine[:1], theirs[:1]) == (["matches"], ["misattributed"])


@pytest.mark.parametrize("after", ["It was late.", "Aye Chan enlisted in 2011.", "A long pause."])
def test_a_sentence_of_its_own_after_bare_words_names_no_speaker(after: str) -> None:
    # guards of the byline reading above: a sentence with a verb of its own, or of no name, is no byline
    assert verdicts(f"“{QUOTE}” {after}")[:1] == ["matches"]


def test_one_who_speaks_before_or_after_another_is_the_speaker() -> None:
    # re-run 105 A9: "X cut in before Y could:" gave the words to Y (`matches` Y's words)
    assert both_ways("{y} cut in before {x} could: “{Q}”") == (["misattributed"], ["matches"])
    assert both_ways("{y} chimed in after {x}: “{Q}”") == (["misattributed"], ["matches"])


def test_words_on_the_line_after_their_lead_in_are_read_with_it() -> None:
    # re-run 106 A9: "He said:" at the end of one line and the words on the next lost their speaker (`matches`)
    r = run("verify", "--facts", str(FACTS), "-f", "json", f"Aye Chan sat down. He said:\n“{QUOTE}”\nThe end.")
    assert [(row["line"], row["verdict"]) for row in json.loads(r.out)] == [(2, "misattributed")]
    # re-run 107 A7: a blank line between them
    r = run("verify", "--facts", str(FACTS), "-f", "json", f"Aye Chan sat down. He said:\n\n“{QUOTE}”\nThe end.")
    assert [(row["line"], row["verdict"]) for row in json.loads(r.out)] == [(3, "misattributed")]


@pytest.mark.parametrize("sentence", [
    # the claim writer's speaker shapes (with the denial rounds of re-run 180): a phrase of time with no comma, a
    # description with a clause of its own before the name set off after it, a phrase in lower case before the name,
    # a bracket after the tag, a first clause of another verb, a hedge, "but he did say"
    "At one point {x} said: “{Q}”",
    "In the end {x} said: “{Q}”",
    "The defector that never fired a shot, {x}, said: “{Q}”",
    "A soldier who did not want to fight, {x} said: “{Q}”",
    "No longer afraid, {x} told reporters: “{Q}”",
    "“{q},” said {x} (who had not spoken to the press before).",
    "“{q},” said {x} (who had spoken to the press before).",
    "{x} did not want to talk, but said: “{Q}”",
    "{x} did not say much, but he did say: “{Q}”",
    "{x} is reported to have said: “{Q}”",
    "{x} is said to have said: “{Q}”",
    # guards (and a question, "none other than", read since the last commit)
    "Did {x} say “{q}”?",
    "None other than {x} said: “{Q}”",
    "At one point, {x} said: “{Q}”",
    "{x} wanted to talk, but said: “{Q}”",
    "{x}, in an interview, said: “{Q}”",
])
def test_a_speaker_after_a_phrase_a_description_a_hedge_or_another_clause(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


def test_not_only_one_but_also_another_said_is_each_of_them() -> None:
    # the claim writer's: "Not only Y but also X said:" (was no speaker: `not_found`), as "Y and X said:" is read
    assert both_ways("Not only {y} but also {x} said: “{Q}”") == (["misattributed", "matches"], ["matches", "misattributed"])
    assert both_ways("{y} and {x} said: “{Q}”") == (["misattributed", "matches"], ["matches", "misattributed"])


def test_a_claimant_described_in_a_closing_bracket_with_a_denial_is_the_claimant() -> None:
    # the claim writer's: "according to X (which does not count …)" read the claimant as "which does not"
    claim = "4,210 guards have left the Border Service, according to Harbour Watch (which does not count sailors)."
    assert verdicts(claim) == ["matches"]
    assert verdicts(claim.replace("does not count", "counts")) == ["matches"]


@pytest.mark.parametrize("sentence", [
    # the speaker claim writer's shapes (re-run 181): one passive or described as saying, a list of three, "as well as"
    "{x} was recorded saying: “{Q}”",
    "{y} described {x} as saying: “{Q}”",
    "{y} portrayed {x} as saying: “{Q}”",
    # re-run 182 A2: one described relays them, or a phrase before "saying"
    "A reporter described {x} as saying: “{Q}”",
    "A journalist quoted {x} as saying: “{Q}”",
    "{x} was recorded on video saying: “{Q}”",
    # re-run 183 A3
    "A reporter described {x} as having said: “{Q}”",
    "A reporter quoted {x} as once saying: “{Q}”",
    "{x} was once recorded saying: “{Q}”",
    # guards
    "{x} was filmed saying: “{Q}”",
    "{y} quoted {x} as saying: “{Q}”",
])
def test_one_recorded_or_described_as_saying_the_words_said_them(sentence: str) -> None:
    assert both_ways(sentence) == RIGHT_AND_WRONG


@pytest.mark.parametrize("lead", [
    "{y}, {x} and Thawda Win said:", "{y}, {x} and Thawda Win all said:", "{y} and {x} and Thawda Win said:",
    "{y} as well as {x} said:",
])
def test_each_of_a_list_of_speakers_is_held_against_the_words(lead: str) -> None:
    mine, theirs = both_ways(lead + " “{Q}”")
    assert sorted(mine) == sorted(theirs) and mine.count("matches") == 1 and "misattributed" in mine


@pytest.mark.parametrize("claim", [
    # the speaker claim writer's: a phrase of time before "the" and a name, with no comma; an aside setting another
    # apart; the claimant's own records cited after its tag (each read no claimant, or another)
    "Last month the Valley Council said more than 5,000 guards have deserted.",
    "In March the Valley Council said more than 5,000 guards have deserted.",
    "On Monday the Valley Council said more than 5,000 guards have deserted.",
    "Harbour Watch, unlike the Valley Council, says 4,210 guards have left the Border Service.",
    "4,210 guards have left the Border Service, said Harbour Watch, citing its own records.",
    "4,210 guards have left the Border Service, said Harbour Watch, citing data it has gathered.",
    # guards
    "Last month, Harbour Watch said 4,210 guards have left the Border Service.",
    "Last month Harbour Watch said 4,210 guards have left the Border Service.",
])
def test_a_claimant_after_a_phrase_or_before_an_aside_is_read(claim: str) -> None:
    assert verdicts(claim) == ["matches"]
