"""Sentence splitting as coverage counts it: pysbd, and the rules on top of it, on texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defectcli.texts.sentences import Sentence, split

RIVER = Path(__file__).parent / "data" / "coverage" / "sources" / "river.txt"


def test_the_tests_own_article_in_sentences_each_on_its_line() -> None:
    assert split(RIVER.read_text(encoding="utf-8")) == [
        Sentence(1, "Capt. Moe Kyaw left the river fleet in 2022."),
        Sentence(1, "He now lives in the U.S. with his sister’s family."),
        Sentence(2, "Leaving the fleet"),
        Sentence(3, "“I could not stay."),
        Sentence(3, "They told us to fire on the boats,” he said."),
        Sentence(4, "Mr. Than, a clerk, said the fleet had 40 boats."),
        Sentence(4, "Nobody knows how many remain."),
        Sentence(5, "The fleet was short of men. says Capt Moe Kyaw."),
        Sentence(6, "One sailor put it simply:"),
        Sentence(7, "'We were not paid."),
        Sentence(7, "We ate rice once a day.'"),
        Sentence(9, "The story ends here."),  # line 8 is blank and holds none
    ]


@pytest.mark.parametrize(("text", "sentences"), [
    # abbreviations of rank and title, with and without their full stop
    ("Capt. Zay Thu Aung left in 2022. He lives abroad.", ["Capt. Zay Thu Aung left in 2022.", "He lives abroad."]),
    ("Capt Zay Thu Aung left in 2022. He lives abroad.", ["Capt Zay Thu Aung left in 2022.", "He lives abroad."]),
    ("Mr. Tun joined at 17. Lt. Col. Win did not.", ["Mr. Tun joined at 17.", "Lt. Col. Win did not."]),
    # U.S. inside a sentence, and ending one
    ("Officials in the U.S. and Thailand agreed.", ["Officials in the U.S. and Thailand agreed."]),
    ("He moved to the U.S. He never came back.", ["He moved to the U.S.", "He never came back."]),
    # a sentence ending inside closing quote marks, typographic and straight, double and single
    ("“I had no other options.” He left.", ["“I had no other options.”", "He left."]),
    ('He said "we will go." Then he went.', ['He said "we will go."', "Then he went."]),
    ("He said 'we will go.' Then he went.", ["He said 'we will go.'", "Then he went."]),
    ("He asked, “Why?” Nobody answered.", ["He asked, “Why?”", "Nobody answered."]),
    # a question inside a sentence does not end it; nor does a nested single-quoted phrase
    ("He asked “why?” and nobody answered.", ["He asked “why?” and nobody answered."]),
    ("“They called us ‘military dogs,’” he said. It hurt.", ["“They called us ‘military dogs,’” he said.", "It hurt."]),
    # a quotation of several sentences is split where its own sentences end (pysbd keeps it whole)
    ("“There was little work. At that time, it was peaceful.” He left.",
     ["“There was little work.", "At that time, it was peaceful.”", "He left."]),
    ("“Everyone deserves respect. The army is failing,” said a captain.",
     ["“Everyone deserves respect.", "The army is failing,” said a captain."]),
    ("He said: 'I left. I am free.' Then he smiled.", ["He said: 'I left.", "I am free.'", "Then he smiled."]),
    # an apostrophe is not a quote mark
    ("That‘s when I left. The soldiers' pay was low.", ["That‘s when I left.", "The soldiers' pay was low."]),
    # a full stop before a lower-case word does not end the sentence (pysbd splits there)
    ("It was in a vulnerable position. says Capt Zay Thu Aung.",
     ["It was in a vulnerable position. says Capt Zay Thu Aung."]),
    # a line quoted in single marks keeps its closing mark (pysbd cuts it off)
    ("'We ate rice once a day.'", ["'We ate rice once a day.'"]),
    # a heading, with no terminal punctuation, is one sentence; so is a lead-in ending in a colon
    ("Refuge from poverty", ["Refuge from poverty"]),
    ("One defector summed up what others had said:", ["One defector summed up what others had said:"]),
    # numbers
    ("Each is paid 700 baht, or 1,400 baht with a spouse. It is 1.5 times more.",
     ["Each is paid 700 baht, or 1,400 baht with a spouse.", "It is 1.5 times more."]),
])
def test_sentences_of_one_line(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split(text)] == sentences


def test_each_line_is_a_paragraph_and_sentences_never_cross_lines() -> None:
    text = "Turning point\nHe left because\n\nof the war.\r\n   \nEnd."
    assert split(text) == [Sentence(1, "Turning point"), Sentence(2, "He left because"), Sentence(4, "of the war."),
                           Sentence(6, "End.")]


def test_every_sentence_is_verbatim_in_its_line() -> None:
    text = RIVER.read_text(encoding="utf-8")
    lines = text.split("\n")
    for s in split(text):
        assert s.text in lines[s.line - 1]


WORDS = ["Capt.", "Capt", "U.S.", "Mr.", "he", "said", "The", "army", "left.", "war!", "why?", "“Go.", "now.”", "'We",
         "ate.'", "‘fine,’", "1,400", "3.5", "(PDF)", "–", ":", "says", "don't", "That‘s", "\"no.\"", "...", "a.m."]


@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join), min_size=1, max_size=4).map("\n".join))
@settings(max_examples=300, deadline=None)
def test_splitting_keeps_every_character_of_a_line_in_order(text: str) -> None:
    lines = text.split("\n")
    out = split(text)
    for number, line in enumerate(lines, start=1):
        assert "".join(s.text for s in out if s.line == number).replace(" ", "") == line.replace(" ", "")
