"""Whole-base rules: check and every query see the same problems (one validation path)."""

from __future__ import annotations

import pytest

from .helpers import Mini, run

SHARED_ID = """organisations:
  - id: aye-mya
    name: Aye Mya Group
    kind: generic
    evidence:
      - {source: h1, excerpt: "said Aye Mya, a former clerk."}
"""

TWO_PREFERRED = """figures:
  - id: departures-again
    topic: departures
    counts: people who left the town
    value: 1204
    comparator: exact
    unit: people
    wording: "1,204"
    rank: preferred
    rank_reason: Counted.
    source: h1
    excerpt: "counted 1,204 departures"
conflicts:
  - id: departures-count
    kind: disagreement
    topic: Departures
    summary: Two counts.
    claims:
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures, rating: reported}
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures-again, rating: reported}
"""


@pytest.mark.parametrize(("extra", "message"), [
    (SHARED_ID, "more.yaml:2: id 'aye-mya' is both a person and an organisation"),
    (TWO_PREFERRED, "more.yaml:14: more than one preferred figure for one quantity: departures, departures-again"),
])
def test_a_whole_base_problem_stops_check_and_every_query_alike(mini: Mini, extra: str, message: str) -> None:
    if "departures-again" in extra:  # the first figure must be preferred too
        facts = mini.facts / "facts.yaml"
        facts.write_text(facts.read_text().replace("    stated_by: harbour-board\n",
                                                   "    stated_by: harbour-board\n    rank: preferred\n"
                                                   "    rank_reason: Official.\n", 1))
    (mini.facts / "more.yaml").write_text(extra)
    expected = f"{mini.facts / message}"
    checked = run("check", "--facts", str(mini.facts))
    assert (checked.code, checked.out) == (2, expected + "\n")
    for query in (["people"], ["person", "Aye Mya"], ["stats"]):
        answered = run(*query, "--facts", str(mini.facts))
        assert (answered.code, answered.out, answered.err) == (2, "", f"defectcli: {expected}\n")
    # Mended, both pass again: the rule's finding does not outlive its cause in the cache.
    (mini.facts / "more.yaml").unlink()
    assert run("people", "--facts", str(mini.facts)).code == 0
