"""The publication record of a source, and the check rules a new article meets: dates held against
the record and against supported claims, one person per name, draft markers, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import Mini, edit, run

HINT = "    file_hint: harbour.txt\n"


def with_record(mini: Mini, record: str) -> None:
    edit(mini.facts / "base.yaml", HINT, HINT + f"    record: {record}\n")


def check(mini: Mini, *more: str) -> tuple[int, list[str]]:
    r = run("check", "--facts", str(mini.facts), *more)
    return r.code, [line.replace(str(mini.facts) + "/", "") for line in r.out.splitlines()]


def test_a_record_beside_the_texts_own_date_passes_and_is_shown(mini: Mini) -> None:
    with_record(mini, '{given_by: "The outlet\'s page", outlet: River News, title: "Flood", '
                      'url: "https://example.org/flood", byline: ["Tun, Zoe"], published: "2020-03-10"}')
    assert check(mini, "--sources", str(mini.sources)) == (0, [])
    rows = run("sources", "--facts", str(mini.facts), "-f", "tsv").out.splitlines()
    assert rows[0].endswith("\tpublished\toutlet\turl")
    assert rows[1].endswith("\t2020-03-10\tRiver News\thttps://example.org/flood")


@pytest.mark.parametrize(("record", "message"), [
    ('{given_by: me, published: "2020-02-30"}',
     "record published '2020-02-30' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("{given_by: me, url: example.org/flood}", "record url 'example.org/flood' is not an http(s) address"),
    ("{given_by: me, note: nothing else}",
     "a publication record needs at least one of outlet, title, url, byline, published"),
    ('{given_by: me, published: "2020-03-10", retrieved: "2020-03-01"}',
     "record retrieved 2020-03-01 is before it was published (2020-03-10)"),
])
def test_a_record_that_cannot_be_one(mini: Mini, record: str, message: str) -> None:
    with_record(mini, record)
    assert check(mini) == (2, [f"base.yaml:7: {message}"])


def test_the_texts_inferred_date_against_the_published_date(mini: Mini) -> None:
    # The text is read as written after 2020-03-03; a record saying it appeared before then contradicts it.
    with_record(mini, '{given_by: me, published: "2020-02"}')
    assert check(mini) == (2, ["base.yaml:8: source 'h1': date 2020-03-03/.. (inferred) contradicts its "
                               "publication record (published 2020-02)"])


INFERRED_EVENT = """events:
  - id: exodus
    name: The exodus
    kind: trend
    date: {value: "2020-04", precision: month, basis: inferred, note: "A month after the flood."}
    evidence:
      - {source: h1, excerpt: "the river town counted 1,204 departures"}
"""


def test_an_inferred_date_after_the_publication_of_its_source(mini: Mini) -> None:
    with_record(mini, '{given_by: me, published: "2020-03-10"}')
    (mini.facts / "more.yaml").write_text(INFERRED_EVENT)
    assert check(mini) == (2, ["more.yaml:2: event 'exodus': inferred date 2020-04 begins after source 'h1' "
                               "reporting it was published (2020-03-10, by its publication record)"])
    # A bound on the date that fits the record passes.
    edit(mini.facts / "more.yaml", '{value: "2020-04", precision: month', '{value: "2020-03-03/2020-04", precision: period')
    assert check(mini) == (0, [])


SUPPORTED = """conflicts:
  - id: flood-date
    kind: error
    topic: When the flood came
    summary: A later account dates it.
    claims:
      - {source: h1, excerpt: "After the flood of March 3, 2020", event: flood, rating: supported,
         date: {value: "../2019-12", precision: period, basis: stated}}
"""


def test_a_date_that_a_supported_claim_contradicts(mini: Mini) -> None:
    (mini.facts / "more.yaml").write_text(SUPPORTED)
    # The message names the claim's own line, not the conflict's.
    assert check(mini) == (2, ["facts.yaml:49: event 'flood' is dated 2020-03-03, but a supported claim of "
                               "conflict 'flood-date' (more.yaml:7, h1) dates it ../2019-12"])
    edit(mini.facts / "more.yaml", "rating: supported", "rating: incorrect")  # a claim rated wrong contradicts nothing
    assert check(mini) == (0, [])


SAME_NAME = """people:
  - id: aye-mya-2
    name: Aye Mya
    name_status: as_published
    roles: [mentioned]
    evidence:
      - {source: h1, excerpt: "said Aye Mya, a former clerk."}
"""


def test_two_people_with_one_name_unless_a_note_tells_them_apart(mini: Mini) -> None:
    (mini.facts / "s2.yaml").write_text(SAME_NAME)
    code, lines = check(mini)
    assert (code, lines) == (2, ["s2.yaml:2: person 'aye-mya-2' answers to the name \"Aye Mya\" of person 'aye-mya' "
                                 "(people.yaml:2): if they are one person, keep one record and add the new source's "
                                 "evidence to it; if two, tell them apart in a note"])
    (mini.facts / "s2.yaml").write_text(SAME_NAME + "    note: The harbour master, not the clerk.\n")
    assert check(mini) == (0, [])


def test_two_people_with_one_name_are_found_whichever_file_changes_after(mini: Mini) -> None:
    (mini.facts / "s2.yaml").write_text(SAME_NAME)
    found = check(mini)
    assert found[0] == 2 and len(found[1]) == 1
    # A file that holds neither person changes: the cache keeps the finding.
    edit(mini.facts / "facts.yaml", "    about: [zoe-tun]\n", "    about: [zoe-tun]\n    note: Counted once.\n")
    assert check(mini) == found
    # The earlier person is renamed: the name is no longer shared; named back, it is again.
    edit(mini.facts / "people.yaml", "    name: Aye Mya\n", "    name: Aye Mya Thu\n")
    assert check(mini) == (0, [])
    edit(mini.facts / "people.yaml", "    name: Aye Mya Thu\n", "    name: Aye Mya\n")
    assert check(mini) == found
    # The later one goes: nothing is left of the finding.
    (mini.facts / "s2.yaml").unlink()
    assert check(mini) == (0, [])


def test_a_draft_marker_is_refused_where_it_is(mini: Mini) -> None:
    edit(mini.facts / "facts.yaml", "  - id: population\n", "  - id: population\n    draft: fill in counts\n")
    assert check(mini) == (2, ["facts.yaml:15: draft marker: fill in counts (finish the record, then delete its "
                               "'draft' line)"])


def test_another_source_on_a_figure_must_state_its_value(mini: Mini) -> None:
    more = "    evidence:\n      - {source: h1, excerpt: \"the town now has about 300 people.\"}\n"
    edit(mini.facts / "facts.yaml", "    about: [zoe-tun]\n", "    about: [zoe-tun]\n" + more)
    assert check(mini, "--sources", str(mini.sources)) == (0, [])
    edit(mini.facts / "facts.yaml", 'excerpt: "the town now has about 300 people."}',
         'excerpt: "counted 1,204 departures"}')
    assert check(mini)[1] == ["facts.yaml:24: evidence from 'h1' does not state the figure's value 300; a different "
                              "value is a figure of its own, and a conflict"]


def test_texts_no_source_names_and_sources_no_fact_cites_are_warnings(mini: Mini, tmp_path: Path) -> None:
    (mini.sources / "stray.txt").write_text("Nobody registered this.\n")
    (mini.facts / "more.yaml").write_text(
        "sources:\n  - id: h2\n    kind: article\n    sha256: " + "0" * 64 + "\n"
        "    date: {precision: unknown, basis: stated}\n")
    code, lines = check(mini)
    assert (code, lines) == (0, ["more.yaml:2: warning: source 'h2' is cited by no fact yet (`defectcli draft h2` "
                                 "starts on it)"])
    code, lines = check(mini, "--sources", str(mini.sources))
    assert code == 2  # h2's text is missing: that is a problem, the stray text only a warning
    assert lines[-1].startswith(f"{mini.sources / 'stray.txt'}: warning: no source has this text's sha256 (")


def test_an_unreadable_file_is_the_root_cause_and_what_follows_is_counted(mini: Mini) -> None:
    (mini.facts / "people.yaml").write_text("people:\n  - id: aye-mya\n    name: [broken\n")
    assert check(mini) == (2, [
        "people.yaml:4: invalid YAML: did not find expected ',' or ']'",
        "people.yaml: 4 references to unknown ids held back: they may name ids defined where the fact base "
        "could not be read (fix the problems above first)"])
    r = run("people", "--facts", str(mini.facts))
    assert r.err.splitlines()[0] == f"defectcli: {mini.facts / 'people.yaml'}:4: invalid YAML: did not find expected ',' or ']'"


def test_the_record_is_in_the_export(mini: Mini, tmp_path: Path) -> None:
    import sqlite3

    with_record(mini, '{given_by: me, outlet: River News, url: "https://example.org/flood", published: "2020-03-10"}')
    db = tmp_path / "facts.db"
    assert run("export", "--to", "sqlite", str(db), "--facts", str(mini.facts)).code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT published, outlet, url, record_given_by FROM sources").fetchall() == [
        ("2020-03-10", "River News", "https://example.org/flood", "me")]


def test_a_month_spans_its_own_days_leap_years_and_december_included() -> None:
    from defectcli.factbase.dates import parse_day, span

    assert parse_day("2024-02") == ("2024-02-01", "2024-02-29")
    assert parse_day("2023-02") == ("2023-02-01", "2023-02-28")
    assert parse_day("2021-12") == ("2021-12-01", "2021-12-31")
    assert parse_day("2021-13") is None and parse_day("2021-02-30") is None
    assert span("2021-02/..") == ("2021-02-01", None)
