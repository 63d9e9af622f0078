"""`defectcli verify` and `draft` on people's names as an article of one's own writes them: with an apostrophe
(O'Brien, D’Souza, N'Dour), typed either way, and with a nickname in quote marks inside the name ('U Kyaw "Tiger"
Min'), which is no quotation and no part of the name. Each row was a wrong verdict (the speaker's own words
`misattributed` to themself, a nickname read as a quote of one word) but for the rows kept as guards, which say so."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from .helpers import read_date, run

ARTICLE = """\
Ko Htet O'Brien-Thant served in the police for nine years.
"I could not keep arresting students," said Ko Htet O'Brien-Thant.
“We buried our friends in the rain,” Daw Aye D’Souza said.
“Nobody came to help us,” said Ko N'Dour.
“We will not give up,” Aung San Suu Kyi said.
The network's spokesman, U Kyaw "Tiger" Min, told The Irrawaddy that 'at least 40 families' are waiting for help.
"The money lasts two weeks," U Kyaw "Tiger" Min said.
"""
PEOPLE = [("htet", "Ko Htet O'Brien-Thant", 1), ("dsouza", "Daw Aye D’Souza", 3), ("ndour", "Ko N'Dour", 4),
          ("suu-kyi", "Aung San Suu Kyi", 5), ("kyaw-min", "U Kyaw Min", 6)]
QUOTES = [("htet", "I could not keep arresting students,", 2), ("dsouza", "We buried our friends in the rain,", 3),
          ("ndour", "Nobody came to help us,", 4), ("suu-kyi", "We will not give up,", 5),
          ("kyaw-min", "at least 40 families", 6), ("kyaw-min", "The money lasts two weeks,", 7)]


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base of the article's people and quotes, as its user would write them (U Kyaw Min with his nickname as an
    alias), checked against the article."""
    base = tmp_path_factory.mktemp("names")
    (base / "sources").mkdir()
    (base / "sources" / "s3.txt").write_text(ARTICLE, encoding="utf-8")
    lines = ARTICLE.splitlines()
    people = "".join(f"  - id: {pid}\n    name: {json.dumps(name, ensure_ascii=False)}\n"
                     f"{'    aliases: [Tiger]' + chr(10) if pid == 'kyaw-min' else ''}"
                     f"    name_status: as_published\n    roles: [interviewee]\n"
                     f"    evidence:\n      - {{source: s3, excerpt: {json.dumps(lines[line - 1], ensure_ascii=False)}}}\n"
                     for pid, name, line in PEOPLE)
    quotes = "".join(f"  - {{id: q-{k}, speaker: {pid}, parts: [{json.dumps(part, ensure_ascii=False)}], kind: full, "
                     f"attribution: explicit, themes: [conscience], source: s3, line: {line}}}\n"
                     for k, (pid, part, line) in enumerate(QUOTES))
    (base / "facts").mkdir()
    (base / "facts" / "base.yaml").write_text(f"""sources:
  - id: s3
    kind: article
    sha256: {hashlib.sha256(ARTICLE.encode()).hexdigest()}
    date: {{precision: unknown, basis: stated, note: "The text gives none."}}
    record: {{given_by: "the test", title: "A police sergeant's long road"}}
themes:
  - id: conscience
    description: Conscience.
people:
{people}quotes:
{quotes}""", encoding="utf-8")
    checked = run("check", "--facts", str(base / "facts"), "--sources", str(base / "sources"))
    assert checked.code == 0, checked.out + checked.err
    return base / "facts"


def verdicts(facts: Path, sentence: str) -> list[str]:
    r = run("verify", "--facts", str(facts), sentence, "-f", "json")
    assert r.code in (0, 1), r.err
    return [row["verdict"] for row in json.loads(r.out)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name with an apostrophe, straight or curly, whole or in part, typed with it or without
    ("“I could not keep arresting students,” said Ko Htet O'Brien-Thant.", ["matches"]),
    ("“I could not keep arresting students,” said Ko Htet O’Brien-Thant.", ["matches"]),
    ('"I could not keep arresting students," Ko Htet O\'Brien-Thant said.', ["matches"]),
    ("Ko Htet O'Brien-Thant said: “I could not keep arresting students.”", ["matches"]),
    ("Ko Htet O'Brien-Thant: “I could not keep arresting students.”", ["matches"]),
    ("“I could not keep arresting students,” Ko Htet O'Brien-Thant added.", ["matches"]),
    ("“I could not keep arresting students,” said Htet O'Brien-Thant.", ["matches"]),
    ("“I could not keep arresting students,” Sgt. Htet O'Brien-Thant said.", ["matches"]),
    ("“I could not keep arresting students,” O’Brien-Thant told The Irrawaddy.", ["matches"]),
    ("“I could not keep arresting students,” said Ko Htet OBrien-Thant.", ["matches"]),
    ("“I could not keep arresting students,” OBrien-Thant said.", ["matches"]),
    ("Ko Htet O'Brien-Thant's words: “I could not keep arresting students.”", ["matches"]),
    ("“We buried our friends in the rain,” Daw Aye D'Souza said.", ["matches"]),
    ("“We buried our friends in the rain,” said D'Souza.", ["matches"]),
    ("N'Dour: “Nobody came to help us.”", ["matches"]),
    ("Ko N’Dour said: “Nobody came to help us.”", ["matches"]),
    # an owner's "'s" is still one (guards)
    ("Aung San Suu Kyi's words: “We will not give up.”", ["matches"]),
    ("“We will not give up,” said Aung San Suu Kyi.", ["matches"]),
    # another's words are still not theirs, nor theirs another's (guards, but for the pair)
    ("“We buried our friends in the rain,” said Ko Htet O'Brien-Thant.", ["misattributed"]),
    ("Aye D'Souza said: “Nobody came to help us.”", ["misattributed"]),
    ("O'Brien-Thant and N'Dour said: “I could not keep arresting students.”", ["matches", "misattributed"]),
    ("“I could not keep arresting students,” said Ko Htet O'Connor.", ["misattributed"]),  # guard
    ("Ko Htet O'Brien-Thant's wife said: “I could not keep arresting students.”", ["misattributed"]),  # guard
    # "he" after a sentence that names two people is either: was a wrong `matches`, N'Dour being no one known
    ("Ko Htet O'Brien-Thant looked at Ko N'Dour. “I could not keep arresting students,” he said.", ["not_found"]),
    ("Ko N'Dour paused. “I could not keep arresting students,” he said.", ["misattributed"]),  # guard
    # a nickname in quote marks inside the name: no quotation, and the name is the one the fact base writes
    ("U Kyaw \"Tiger\" Min said 'at least 40 families' are waiting for help.", ["matches"]),
    ("The network's spokesman, U Kyaw \"Tiger\" Min, told The Irrawaddy that 'at least 40 families' are waiting for "
     "help.", ["matches"]),
    ("U Kyaw ‘Tiger’ Min said: “The money lasts two weeks.”", ["matches"]),
    ("“The money lasts two weeks,” said U Kyaw “Tiger” Min.", ["matches"]),
    ("“The money lasts two weeks,” said U Kyaw “Big Tiger” Min.", ["matches"]),
    ("U Kyaw \"Tiger\" Min said: “I could not keep arresting students.”", ["misattributed"]),
    ("“The money lasts two weeks,” Tiger said.", ["matches"]),  # guard: the nickname, an alias
    ("“The money lasts two weeks,” said Ko Htet O'Brien-Thant.", ["misattributed"]),  # guard
    # a word in quote marks that is no nickname inside a name is still a quotation (guard)
    ("U Kyaw Min said “Tiger” was his name.", ["not_found"]),
])
def test_a_name_is_read_as_the_article_writes_it(facts: Path, sentence: str, expected: list[str]) -> None:
    assert verdicts(facts, sentence) == expected


@pytest.mark.parametrize(("sentence", "reason"), [
    ("“We buried our friends in the rain,” said Ko Htet O'Brien-Thant.",
     "said by Daw Aye D’Souza (s3:3), not by Ko Htet O'Brien-Thant"),
    ("Aye D'Souza said: “Nobody came to help us.”", "said by Ko N'Dour (s3:4), not by Aye D'Souza"),
])
def test_one_whose_name_has_an_apostrophe_is_known_in_the_reason_of_another_s_words(facts: Path, sentence: str,
                                                                                      reason: str) -> None:
    # the reason went on "; the fact base knows no \"Ko Htet O'Brien-Thant\"", of one it knows
    r = run("verify", "--facts", str(facts), sentence, "-f", "json")
    assert [row["reason"] for row in json.loads(r.out)] == [reason]


def test_the_speaker_read_leaves_the_nickname_out_and_the_sentence_is_shown_as_written(facts: Path) -> None:
    sentence = "U Kyaw “Tiger” Min said: “The money lasts two weeks.”"
    r = run("verify", "--facts", str(facts), sentence, "-f", "json")
    rows = json.loads(r.out)
    assert [(row["claim"], row["read"]["speaker"], row["text"]) for row in rows] == [
        ("“The money lasts two weeks.”", "U Kyaw Min", sentence)]


def test_a_base_grown_from_a_draft_reads_its_names_as_verify_does(tmp_path: Path) -> None:
    # the draft of a nickname's sentence suggested a person "Min" and a quote ["Tiger", "at least 40 families"]; and
    # verify read every quotation of "Ko Htet O'Brien-Thant" as misattributed to himself
    facts = tmp_path / "mine"
    article = tmp_path / "road.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("init", str(facts), "--empty").code == 0
    assert run("add-source", str(article), "--facts", str(facts), "--id", "s3").code == 0
    read_date(facts / "s3.yaml", '{precision: unknown, basis: stated, note: "The text gives none."}')
    drafted = run("draft", "s3", "--facts", str(facts), "--out", str(facts / "s3-facts.yaml"))
    assert drafted.code == 0, drafted.err
    text = (facts / "s3-facts.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    people = {p["id"]: (p["name"], p.get("aliases")) for p in doc["people"]}
    assert people["u-kyaw-min"] == ("U Kyaw Min", ["Tiger"])
    assert people["ko-htet-o-brien-thant"] == ("Ko Htet O'Brien-Thant", None)
    assert "# Tiger: a nickname in quote marks inside the name, no part of it: an alias." in text
    assert [(q["line"], q["speaker"], q["parts"]) for q in doc["quotes"] if q["line"] in (2, 6, 7)] == [
        (2, "ko-htet-o-brien-thant", ["I could not keep arresting students,"]),
        (6, "u-kyaw-min", ["at least 40 families"]), (7, "u-kyaw-min", ["The money lasts two weeks,"])]
    # finished as its user would: its themes, topics and counts given, the draft markers deleted
    text = re.sub(r"\n +draft: .*", "", text).replace("themes: []", "themes: [conscience]")
    text = text.replace("topic: fill-in", "topic: support").replace('"fill in: what is counted"', "families")
    (facts / "s3-facts.yaml").write_text(text, encoding="utf-8")
    checked = run("check", "--facts", str(facts), "--sources", str(facts / "sources"), "--coverage")
    assert checked.code == 0, checked.out + checked.err
    assert verdicts(facts, "“I could not keep arresting students,” said Ko Htet O’Brien-Thant.") == ["matches"]
    assert verdicts(facts, "U Kyaw \"Tiger\" Min said 'at least 40 families' are waiting for help.") == ["matches"]
    assert verdicts(facts, "“We will not give up,” said Ko Htet O'Brien-Thant.") == ["misattributed"]
