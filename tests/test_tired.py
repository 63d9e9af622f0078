"""What `check` catches that a tired person leaves: a new source's date as add-source wrote it, a
disputed date's readings that the publication record or a supported claim rules out, a claim
named by its own line, an unclosed quote at the line it opens, and coverage held back while a
file cannot be read. On the mini fact base."""

from __future__ import annotations

from .helpers import Mini, edit, run

DATE = '    date: {value: "2020-03-03/..", precision: period, basis: inferred, note: "After the flood it names."}\n'
HINT = "    file_hint: harbour.txt\n"


def check(mini: Mini, *more: str) -> tuple[int, list[str]]:
    r = run("check", "--facts", str(mini.facts), *more)
    return r.code, [line.replace(str(mini.facts) + "/", "") for line in r.out.splitlines()]


def test_a_date_left_as_add_source_wrote_it_is_refused_at_its_line(mini: Mini) -> None:
    edit(mini.facts / "base.yaml", DATE, "    date:\n      precision: unknown\n      basis: stated\n      note: 'What "
                                         "the text itself states or implies of its date: not yet read.'\n")
    assert check(mini) == (2, ["base.yaml:8: source 'h1': date not yet read (add-source's placeholder): write what the "
                               "text states or implies of its date, and in the note what that rests on"])
    # Read: the note says what the date rests on, and the check is green again.
    edit(mini.facts / "base.yaml", "not yet read.'", "nothing; the text gives no date.'")
    assert check(mini) == (0, [])


DISPUTED_SOURCE = ('    date: {value: "2020", precision: year, basis: inferred, note: "Its clues.",\n'
                   '           disputed: {conflict: town-size, readings: [{value: "2020", note: "One clue."},\n'
                   '                                                      {value: "2021", note: "Another clue."}]}}\n')


def test_a_reading_of_a_sources_date_that_its_record_rules_out(mini: Mini) -> None:
    edit(mini.facts / "base.yaml", DATE, DISPUTED_SOURCE)
    assert check(mini) == (0, [])  # no record, nothing to hold the readings against
    edit(mini.facts / "base.yaml", HINT, HINT + '    record: {given_by: me, published: "2020-03-07"}\n')
    assert check(mini) == (2, ["base.yaml:10: source 'h1': reading 2021 of its disputed date contradicts its "
                               "publication record (published 2020-03-07): the record rules it out"])
    # The value itself is held as before.
    edit(mini.facts / "base.yaml", 'value: "2020", precision', 'value: "2021", precision')
    assert check(mini) == (2, ["base.yaml:8: source 'h1': date 2021 (inferred) contradicts its publication record "
                               "(published 2020-03-07)"])


EXODUS = """events:
  - id: exodus
    name: The exodus
    kind: trend
    date: {value: "2020-03", precision: month, basis: inferred, note: "After the flood.",
           disputed: {conflict: town-size, readings: [{value: "2020-03", note: "A"}, {value: "2020-04", note: "B"}]}}
    evidence:
      - {source: h1, excerpt: "the river town counted 1,204 departures"}
"""


def test_a_reading_of_an_events_date_after_its_source_was_published(mini: Mini) -> None:
    (mini.facts / "more.yaml").write_text(EXODUS)
    assert check(mini) == (0, [])
    edit(mini.facts / "base.yaml", HINT, HINT + '    record: {given_by: me, published: "2020-03-10"}\n')
    assert check(mini) == (2, ["more.yaml:2: event 'exodus': reading 2020-04 of its disputed date begins after "
                               "source 'h1' reporting it was published (2020-03-10, by its publication record)"])


CLAIMED = EXODUS + """conflicts:
  - id: exodus-month
    kind: error
    topic: When they left
    summary: One account gives the month.
    claims:
      - {source: h1, excerpt: "the river town counted 1,204 departures", rating: reported}
      - {source: h1, excerpt: "counted 1,204 departures", event: exodus, rating: supported,
         date: {value: "2020-03", precision: month, basis: stated}}
"""


def test_a_reading_a_supported_claim_contradicts_names_the_claims_line(mini: Mini) -> None:
    (mini.facts / "more.yaml").write_text(CLAIMED)
    assert check(mini) == (2, ["more.yaml:2: event 'exodus': reading 2020-04 of its disputed date contradicts a "
                               "supported claim of conflict 'exodus-month' (more.yaml:16, h1), which dates it 2020-03"])
    edit(mini.facts / "more.yaml", "rating: supported", "rating: reported")
    assert check(mini) == (0, [])


def test_an_unclosed_quote_is_reported_where_it_opens(mini: Mini) -> None:
    people = mini.facts / "people.yaml"
    edit(people, '    name: Aye Mya\n', '    name: "Aye Mya\n')
    code, lines = check(mini)
    assert code == 2
    assert lines[0] == ("people.yaml:3: invalid YAML: did not find expected key at line 7, where the quoted text that "
                        "opens here ends: is a closing quote missing?")
    # Run on to the end of the file, libyaml names the quote itself.
    text = people.read_text(encoding="utf-8").replace('"Aye Mya\n', "Aye Mya\n")
    people.write_text(text.rstrip("\n") + '\n    note: "never closed\n', encoding="utf-8")
    assert check(mini)[1][0] == ("people.yaml:23: invalid YAML: the quote that opens here is never closed (found "
                                 "unexpected end of stream at line 24)")


def test_coverage_is_held_back_while_a_file_cannot_be_read(mini: Mini) -> None:
    args = ["--sources", str(mini.sources), "--coverage"]
    code, lines = check(mini, *args)
    assert code == 0
    edit(mini.facts / "people.yaml", '    name: Aye Mya\n', '    name: "Aye Mya\n')
    r = run("check", "--facts", str(mini.facts), *args)
    lines = [line.replace(str(mini.facts) + "/", "") for line in r.out.splitlines()]
    assert r.code == 2
    # No sentence is listed as uncovered: what the unreadable file cites is not known.
    assert not [line for line in lines if line.startswith("h1:")], lines
    assert lines[-1] == ("people.yaml: coverage held back while this file cannot be read: its citations are not known "
                         "(fix the problems above, then check --coverage again)")
    assert "sentences" not in r.err
