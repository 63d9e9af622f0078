"""Whole-base rules: check and every query see the same problems (one validation path)."""

from __future__ import annotations

import pytest

from .helpers import Mini, run
from .invalid import FIRST_PREFERRED, SHARED_ID, TWO_PREFERRED


@pytest.mark.parametrize(("extra", "message"), [
    (SHARED_ID, "more.yaml:2: id 'aye-mya' is both a person and an organisation"),
    (TWO_PREFERRED, "more.yaml:14: more than one preferred figure for one quantity: departures, departures-again"),
])
def test_a_whole_base_problem_stops_check_and_every_query_alike(mini: Mini, extra: str, message: str) -> None:
    if "departures-again" in extra:  # the first figure must be preferred too
        FIRST_PREFERRED(mini.facts)
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
