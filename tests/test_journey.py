"""A new user's whole way, on articles of the tests' own: init, add-source, check --coverage as the
to-do list, draft, the draft filled in, the second article on the same people and numbers, and cite."""

from __future__ import annotations

import json
from pathlib import Path

from bibtexparser.entrypoint import parse_string

from .helpers import read_date, run

ARTICLES = Path(__file__).parent / "data" / "grow"

S1_FACTS = """# s1, filled in from its draft.
people:
  - id: aye-mya
    name: Aye Mya
    name_status: as_published
    roles: [defector, interviewee]
    evidence:
      - {source: s1, excerpt: "said Aye Mya, a former clerk."}
    attributes:
      - {field: role, value: former clerk, source: s1, excerpt: "said Aye Mya, a former clerk."}
      - {field: year_joined, value: 2015, unit: year, wording: "2015", source: s1, excerpt: "Aye Mya joined the board in 2015."}
organisations:
  - id: harbour-board
    name: Harbour Board
    kind: government
    evidence:
      - {source: s1, excerpt: "according to the Harbour Board."}
quotes:
  - id: q-bridge
    speaker: aye-mya
    parts: ["I left because the bridge was unsafe,", "Nobody listened."]
    kind: full
    attribution: explicit
    themes: [safety]
    source: s1
    line: 3
figures:
  - id: departures-s1
    topic: departures
    counts: people who left the river town after the flood
    value: 1204
    comparator: exact
    unit: people
    wording: "1,204"
    stated_by: harbour-board
    source: s1
    excerpt: "After the flood of March 3, 2020, 1,204 people left the river town, according to the Harbour Board."
waivers:
  - {source: s1, sentence: "Clerks leave the river town", reason: the headline}
"""

S2_FACTS = """# s2, filled in from its draft.
people:
  - id: ko-ko
    name: Ko Ko
    name_status: as_published
    roles: [defector, interviewee]
    evidence:
      - {source: s2, excerpt: "Ko Ko: We were never paid for the night crossings."}
quotes:
  - id: q-ko-ko-unpaid
    speaker: ko-ko
    parts: ["We were never paid for the night crossings."]
    kind: full
    attribution: explicit
    themes: [livelihood]
    source: s2
    line: 6
figures:
  - id: departures-s2
    topic: departures
    counts: departures from the river town since the flood, as the harbour board now counts them
    value: 1310
    comparator: exact
    unit: departures
    wording: "1,310"
    stated_by: harbour-board
    source: s2
    excerpt: "The harbour board has counted 1,310 departures since the flood, more than it first reported."
conflicts:
  - id: departures-count
    kind: disagreement
    topic: departures
    summary: The harbour board's count in s1 (1,204) and its later count in s2 (1,310).
    claims:
      - {source: s1, excerpt: "1,204", figure: departures-s1, rating: reported}
      - {source: s2, excerpt: "1,310", figure: departures-s2, rating: reported}
waivers:
  - {source: s2, sentence: "Ferry pilots walk away from the harbour board", reason: the headline}
  - {source: s2, sentence: "An interview", reason: a section heading}
  - {source: s2, sentence: "River News: Why did you leave the ferries?", reason: a question of the interview}
"""

AYE_MYA_IN_S2 = """      - {source: s2, excerpt: "Aye Mya, who left the board last year, now runs a tea shop."}
    attributes:
      - {field: life_since, value: runs a tea shop, source: s2,
         excerpt: "Aye Mya, who left the board last year, now runs a tea shop."}
"""


def test_a_new_user_adds_two_articles_and_ends_green(tmp_path: Path) -> None:
    facts = tmp_path / "mine"
    texts = facts / "sources"
    base = ["--facts", str(facts)]
    assert run("init", str(facts), "--empty").code == 0

    # The first article, as plain text: coverage is its to-do list.
    assert run("add-source", str(ARTICLES / "notes.txt"), *base, "--outlet", "Harbour Weekly").code == 0
    todo = run("check", *base, "--sources", str(texts), "--coverage")
    assert todo.code == 2
    # The text's own date is the first thing to read: check refuses add-source's placeholder.
    unread = (f"{facts / 's1.yaml'}:9: source 's1': date not yet read (add-source's placeholder): write what the "
              "text states or implies of its date, and in the note what that rests on")
    assert todo.out.splitlines()[0] == unread
    assert todo.out.splitlines()[1:6] == [
        "s1:1: Clerks leave the river town",
        "s1:2: After the flood of March 3, 2020, 1,204 people left the river town, according to the Harbour Board.",
        "s1:3: “I left because the bridge was unsafe,” said Aye Mya, a former clerk.",
        "s1:3: “Nobody listened.”",
        "s1:4: Aye Mya joined the board in 2015."]

    # The draft suggests a quote with its speaker, a figure with its value, a new person, a waiver...
    drafted = run("draft", "s1", *base, "--out", str(facts / "s1-facts.yaml"))
    assert drafted.code == 0, drafted.err
    text = (facts / "s1-facts.yaml").read_text()
    assert '    parts: ["I left because the bridge was unsafe,", "Nobody listened."]\n    kind: full\n' in text
    assert "    value: 1204\n    comparator: exact\n" in text and '    wording: "1,204"\n' in text
    assert "  - id: aye-mya\n" in text and "    line: 3\n" in text
    # ... each with a draft marker that check refuses, at its line.
    refused = run("check", *base, "--sources", str(texts), "--coverage")
    assert refused.code == 2
    markers = [line for line in refused.out.splitlines() if ": draft marker: " in line]
    assert len(markers) == text.count("\n    draft: ")
    assert all(line.startswith(f"{facts / 's1-facts.yaml'}:") for line in markers)

    # Filled in, the date too: green.
    (facts / "s1-facts.yaml").write_text(S1_FACTS)
    read_date(facts / "s1.yaml", '{value: "2020-03-03/..", precision: period, basis: inferred, '
                                 'note: "Written after the flood of March 3, 2020, that it names."}')
    done = run("check", *base, "--sources", str(texts), "--coverage")
    assert (done.code, done.out) == (0, ""), done.out
    assert "s1: 5 sentences, 4 cited, 1 waived, 0 uncovered" in done.err

    # The second article, a saved page on the same people and numbers: a brief, which add-source keeps only on
    # the user's word (a page this short may be a sign-in form or a paywall in the article's place).
    doubted = run("add-source", str(ARTICLES / "page.html"), *base)
    assert doubted.code == 2 and doubted.err.endswith("Save the article's own page; if it is the article, add "
                                                      "--is-article\n"), doubted.err
    added = run("add-source", str(ARTICLES / "page.html"), *base, "--is-article")
    assert added.code == 0, added.err
    read_date(facts / "s2.yaml", '{precision: unknown, basis: stated, note: "The text gives no date of its own; '
                                 'its page gives one, under record."}')
    todo = run("check", *base, "--sources", str(texts), "--coverage")
    assert todo.code == 2
    assert [line for line in todo.out.splitlines() if line.startswith("s2:")] == [
        "s2:1: Ferry pilots walk away from the harbour board",
        "s2:2: The harbour board has counted 1,310 departures since the flood, more than it first reported.",
        "s2:3: Aye Mya, who left the board last year, now runs a tea shop.",
        "s2:4: An interview",
        "s2:5: River News: Why did you leave the ferries?",
        "s2:6: Ko Ko: We were never paid for the night crossings."]
    text = run("draft", "s2", *base).out
    # The known person gets a reference, not a second record; the known organisation states the number.
    assert "# Aye Mya (aye-mya) is already in the fact base (s1-facts.yaml:3): add this sentence to that record" in text
    assert text.count("  - id: aye-mya") == 0
    assert "    stated_by: harbour-board\n" in text
    # The number of the same topic with another value: a conflict suggested, naming the existing figure.
    assert "# The fact base has figure departures-s1 (s1: 1,204, people who left the river town after the flood)" in text
    assert "    claims:\n      - {source: s1, excerpt: \"1,204\", figure: departures-s1, rating: reported}\n" in text
    # The interview answer, printed without quote marks, is a quote of its speaker; the question is no fact.
    assert '    speaker: ko-ko\n    parts: ["We were never paid for the night crossings."]\n' in text
    assert '    sentence: "River News: Why did you leave the ferries?"\n    reason: "a question of the interview"' in text

    (facts / "s2-facts.yaml").write_text(S2_FACTS)
    s1_facts = facts / "s1-facts.yaml"  # the user's own file: the new source's evidence on the existing person
    s1_facts.write_text(S1_FACTS.replace(
        '      - {source: s1, excerpt: "said Aye Mya, a former clerk."}\n    attributes:\n',
        '      - {source: s1, excerpt: "said Aye Mya, a former clerk."}\n' + AYE_MYA_IN_S2, 1))
    done = run("check", *base, "--sources", str(texts), "--coverage")
    assert (done.code, done.out) == (0, ""), done.out

    # One person, with every source's facts, each with its source.
    person = json.loads(run("person", "Aye Mya", *base, "-f", "json").out)
    assert person["sources"] == ["s1", "s2"]
    assert sorted((a["field"], a["source"]) for a in person["attributes"]) == [
        ("life_since", "s2"), ("role", "s1"), ("year_joined", "s1")]
    assert [q["source"] for q in person["quotes"]] == ["s1"]
    # The differing value is a conflict.
    (conflict,) = json.loads(run("conflicts", *base, "-f", "json").out)
    assert [(c["source"], c["figure"]) for c in conflict["claims"]] == [("s1", "departures-s1"), ("s2", "departures-s2")]
    # And any fact is cited: s2's record came from its page.
    cited = run("cite", "q-ko-ko-unpaid", *base)
    assert cited.out == (
        "quote q-ko-ko-unpaid: “We were never paid for the night crossings.” — Ko Ko\n"
        "  s2, line 6: “We were never paid for the night crossings.”\n"
        "s2: Mya Thida, “Ferry pilots walk away from the harbour board”, River News, 14 May 2021, "
        "https://example.org/news/ferry-pilots-walk-away\n")
    (entry,) = parse_string(run("cite", "q-ko-ko-unpaid", *base, "--style", "bibtex").out).entries
    assert {f.key: f.value for f in entry.fields}["year"] == "2021"
