"""One validation path (issue 11): every invalid fact base of the test suite (tests/invalid.py) gives
the same problems to `check` and to a query, built fresh or reached through a warm cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import run
from .invalid import ALL, Invalid

DATA = Path(__file__).parent / "data"
SHOWN = 5  # problems a query lists before "... and N more"


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_check_and_a_query_report_the_same_problems_fresh_or_through_the_cache(tmp_path: Path, case: Invalid) -> None:
    shutil.copytree(DATA / case.base, tmp_path / case.base)
    facts = str(tmp_path / case.base / "facts")
    assert run("people", "--facts", facts).code == 0  # a warm cache of the base as it was...
    case.setup(Path(facts))  # ...then the change that breaks it
    warm = run("check", "--facts", facts)
    fresh = run("check", "--facts", facts, env={"DEFECTCLI_NO_CACHE": "1"})
    assert (warm.code, warm.out, warm.err) == (fresh.code, fresh.out, fresh.err)
    problems = warm.out.splitlines()
    assert warm.code == 2 and problems and "Traceback" not in warm.err
    listed = [f"defectcli: {p}" for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        listed.append(f"defectcli: ... and {len(problems) - SHOWN} more; run `defectcli check` to list them all")
    for query in (["people"], ["quotes", "-f", "json"]):
        answered = run(*query, "--facts", facts)
        assert (answered.code, answered.out, answered.err.splitlines()) == (2, "", listed), query
