"""Sentence splitting as coverage counts it: pysbd, and the rules on top of it, on texts of our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defectcli.texts.sentences import PYSBD_CHARS, Sentence, fits_pysbd, pysbd_segment, split, split_line, split_linear

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
    # titles pysbd ends a sentence after, before a name and after a quotation
    ("“I had no options,” said Pvt. Lin Aung. He left.", ["“I had no options,” said Pvt. Lin Aung.", "He left."]),
    ("“I had no options,” Pvt. Lin Aung said.", ["“I had no options,” Pvt. Lin Aung said."]),
    ("He met Brig. Gen. Tun and Cpl. Win.", ["He met Brig. Gen. Tun and Cpl. Win."]),
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


# ---------------------------------------------------------------- paragraphs longer than any article's

DATA = Path(__file__).parent / "data"
OWN_TEXTS = [RIVER, DATA / "mini" / "sources" / "harbour.txt", *sorted((DATA / "wire" / "sources").glob("*.txt"))]


@pytest.mark.parametrize("path", OWN_TEXTS, ids=lambda p: p.name)
def test_an_articles_paragraphs_all_go_to_pysbd_whole_as_before(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    segment = pysbd_segment()
    assert all(fits_pysbd(line) for line in text.split("\n"))
    assert split(text) == [Sentence(n, s) for n, line in enumerate(text.split("\n"), start=1) if line.strip()
                           for s in split_line(line, segment)]


LONG = ("Capt. Moe Kyaw left the river fleet in 2022. He now lives in the U.S. with his sister’s family. "
        "“I could not stay. They told us to fire on the boats,” he said. Mr. Than said the fleet had 40 boats! "
        "Was it 1.5 times more? J. K. Tun wrote it down.")
LONG_SENTENCES = ["Capt. Moe Kyaw left the river fleet in 2022.", "He now lives in the U.S. with his sister’s family.",
                  "“I could not stay.", "They told us to fire on the boats,” he said.",
                  "Mr. Than said the fleet had 40 boats!", "Was it 1.5 times more?", "J. K. Tun wrote it down."]


def test_a_paragraph_longer_than_an_articles_is_split_in_one_pass_at_sentence_ends() -> None:
    repeats = 6_000 // len(LONG) + 1
    line = " ".join([LONG] * repeats)
    assert not fits_pysbd(line)
    assert split(f"Heading\n{line}") == [Sentence(1, "Heading"), *(Sentence(2, s) for s in LONG_SENTENCES * repeats)]


def test_a_paragraph_of_many_short_sentences_is_not_given_to_pysbd() -> None:
    line = "A. b. " * 60 + "It ends here. Then this."  # 100+ full stops in few characters: pysbd's slow case
    assert len(line) < PYSBD_CHARS and not fits_pysbd(line)
    assert [s.text for s in split(line)] == [line[: line.index(" Then")], "Then this."]


@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), min_size=1, max_size=4).map("\n".join))
@settings(max_examples=300, deadline=None)
def test_the_one_pass_split_keeps_every_character_of_a_line_in_order(text: str) -> None:
    for line in text.split("\n"):
        assert "".join(split_line(line, split_linear)).replace(" ", "") == line.replace(" ", "")


# Each of these took pysbd (or a regular expression) time that grows faster than the text.
_SENTENCES = 10_000_000 // len(LONG) + 1
_RUN_HUGE = """
import json, sys
from defectcli.texts.sentences import split
line = {!r} * {}
out = split("Heading\\n" + line)
kept = "".join(s.text for s in out[1:]).replace(" ", "") == line.replace(" ", "")
print(json.dumps([len(out), out[0], out[1], out[-1], kept]))
"""


@pytest.mark.slow
@pytest.mark.parametrize(("name", "unit", "times", "count"), [
    ("sentences", LONG + " ", _SENTENCES, 1 + len(LONG_SENTENCES) * _SENTENCES),
    ("full stops", ".", 10_000_000, 2),
    ("short sentences", "a. ", 3_400_000, 2),  # lower case after each full stop: one sentence
    ("quotations", "“a ‘b’ c” ", 1_000_000, 2),
    ("no mark", "word ", 2_000_000, 2),
])
def test_a_10_mb_line_is_split_in_seconds(name: str, unit: str, times: int, count: int) -> None:
    """Run in a process of its own, stopped after a generous 10 minutes (it takes seconds; unbounded,
    it took hours), and judged by its output."""
    assert len(unit) * times >= 10_000_000
    done = subprocess.run([sys.executable, "-c", _RUN_HUGE.format(unit, times)], capture_output=True, text=True,
                          timeout=600, check=True)
    found, first, second, last, kept = json.loads(done.stdout)
    assert (found, first, second[0], last[0], kept) == (count, [1, "Heading"], 2, 2, True)
    if name == "sentences":
        assert (second[1], last[1]) == (LONG_SENTENCES[0], LONG_SENTENCES[-1])
