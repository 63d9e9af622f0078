"""Text as it arrives from word processors, e-mail and web pages (soft hyphens, zero-width characters, a
byte-order mark, decomposed accents, no-break and thin spaces, tabs, runs of spaces, the modifier-letter
apostrophe, single quote marks around an apostrophe, a line in capitals) reads as a reader sees it: a true
claim keeps its verdict, a name its person, through every way in (an argument, a file, the Python API)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from defectcli.api import FactBase

from .helpers import run

QUOTE = "Lin Aung said: “No matter how hard it is, I don’t regret leaving the Myanmar military.”"
FIGURE = "According to People's Embrace, 12,341 junta personnel have defected since the coup."

# (the text as typed, its one claim's verdict): each was `misattributed` or `disputed` (the name or the claimant
# cut in two, "Lin Au", "Peo ple's"), or `matches` a place it did not read (the byte-order mark)
TYPED = [
    (QUOTE.replace("Aung", "Au\u00adng"), "matches"),  # a soft hyphen
    (QUOTE.replace("Lin", "Li\u200bn"), "matches"),  # a zero-width space
    (unicodedata.normalize("NFD", QUOTE.replace("Aung", "Aúng")), "matches"),  # decomposed, as macOS pastes
    (FIGURE.replace("People's", "People\u02bcs"), "matches"),  # U+02BC, the modifier-letter apostrophe
    (FIGURE.replace("According to", "According\u00a0to"), "matches"),  # a no-break space
    (FIGURE.replace("According to", "According  to\t"), "matches"),  # two spaces and a tab
    (QUOTE.replace("“", "‘").replace("”", "’"), "matches"),  # single quote marks, an apostrophe inside (no claim)
    (QUOTE.replace("“", "‘").replace("”", "’").replace("Lin Aung", "Zeya Hein"), "misattributed"),
    ("\ufeffIn Yangon, 12,341 junta personnel have defected, according to People's Embrace.", "not_found"),
    ("12\uff0c341 junta personnel have defected, according to People's Embrace.", "matches"),  # a full-width comma
    ("12\u2009341 junta personnel have defected, according to People's Embrace.", "matches"),  # (guard: a thin
]  # space that groups digits is kept)


@pytest.mark.parametrize(("text", "verdict"), TYPED, ids=[repr(t[:24]) for t, _ in TYPED])
def test_a_claim_reads_the_same_however_it_was_typed(text: str, verdict: str, tmp_path: Path) -> None:
    r = run("verify", text, "-f", "json")
    assert [row["verdict"] for row in json.loads(r.out)] == [verdict], r.out
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    assert [row["verdict"] for row in json.loads(run("verify", "--file", str(draft), "-f", "json").out)] == [verdict]
    assert [row["verdict"] for row in FactBase().verify(text)] == [verdict]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_line_or_paragraph_separator_is_white_space_inside_its_line(separator: str, tmp_path: Path) -> None:
    # re-run 163 A2: verify took U+2028, U+2029 and NEL for line ends: a claim on line 2 of a file was said to be on
    # line 3 or 4 (check and draft count lines at \n), and a quotation was cut at one, losing its words and speaker
    text = f"The rain fell.{separator}The wind blew.\n{QUOTE.replace('how hard', f'how{separator}hard')}\n"
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    for rows in (json.loads(run("verify", "--file", str(draft), "-f", "json").out), FactBase().verify(text)):
        assert [(row["line"], row["claim"], row["read"]["speaker"], row["verdict"]) for row in rows] == [
            (2, QUOTE.split(": ", 1)[1], "Lin Aung", "matches")]
    each = json.loads(run("verify", "--file", str(draft), "--each-line", "-f", "json").out)
    assert [[r["line"] for r in row.get("results", [])] for row in each] == [[], [1]]  # (two lines, the first no claim)


def test_the_text_a_claim_shows_is_as_a_reader_sees_it() -> None:
    row = FactBase().verify(QUOTE.replace("Aung", "Au\u00adng").replace(" said", "\u00a0said"))[0]
    assert row["text"] == QUOTE


@pytest.mark.parametrize("name", ["Lin Au\u00adng", "Li\u200bn Aung", "\ufeffLin Aung", "Lin\u00a0Aung"])
def test_a_name_with_unseen_characters_finds_the_person(name: str) -> None:
    r = run("person", name, "-f", "json")
    assert (r.code, json.loads(r.out)["id"]) == (0, "lin-aung"), r.err


# A line in capitals (a headline, a shouted paste): read as written, names by the fact base's own or as names (the
# payment was `misattributed`, "not defector"; the age and the place unread; the rest held, and guard)
SHOUTED = [
    ("EACH DEFECTOR IS PAID 700 BAHT A MONTH, OR 1,400 BAHT IF ACCOMPANIED BY A SPOUSE.", ["matches", "matches"]),
    ("12,341 JUNTA PERSONNEL HAVE DEFECTED, ACCORDING TO PEOPLE'S EMBRACE.", ["matches"]),
    ("12,341 JUNTA PERSONNEL HAVE DEFECTED, ACCORDING TO THE NUG.", ["misattributed"]),
    (QUOTE.upper(), ["matches"]),
    (QUOTE.upper().replace("LIN AUNG", "ZAW MIN"), ["misattributed"]),  # a name the fact base does not know
    ("MAUNG SEIN JOINED THE MILITARY AT 15.", ["matches"]),
    ("IN YANGON, 12,341 JUNTA PERSONNEL HAVE DEFECTED, ACCORDING TO PEOPLE'S EMBRACE.", ["not_found"]),
]


@pytest.mark.parametrize(("text", "verdicts"), SHOUTED, ids=[t[:32] for t, _ in SHOUTED])
def test_a_line_in_capitals_reads_as_written(text: str, verdicts: list[str]) -> None:
    assert [row["verdict"] for row in FactBase().verify(text)] == verdicts


def test_only_the_line_in_capitals_is_rewritten() -> None:
    rows = FactBase().verify("ZAW MIN SAID: “I HAD NO OTHER GOOD OPTIONS TO EARN A LIVING.”\nThe NUG pays defectors.")
    assert [(row["text"], row["read"]["speaker"]) for row in rows] == [
        ("Zaw Min said: “I had no other good options to earn a living.”", "Zaw Min")]


def test_a_name_in_myanmar_script_is_read_whole() -> None:
    # re-run 111 A3: the vowel signs of a name in Myanmar script were dropped, the name cut into four ('အ င မ င')
    row = FactBase().verify("အောင်မြင့် said: “I had no other good options to earn a living.”")[0]
    assert (row["read"]["speaker"], row["verdict"]) == ("အောင်မြင့်", "not_found")
    assert "'အောင်မြင့်'" in row["reason"]
