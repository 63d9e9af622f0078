"""What an attack on the build broke (issue 19), one class at a time: each test names its class.

Every test here drives defectcli as a user would (the CLI, or a real process), so it says what a
user sees: one line on stderr starting `defectcli:`, a documented exit code, and no traceback.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import Mini, Result, run


def one_line(r: Result, code: int) -> str:
    """The one error line of a run that must fail with `code`, without the `defectcli: ` prefix."""
    assert "Traceback" not in r.err + r.out, r.err
    assert r.code == code, (r.code, r.err)
    assert r.err.count("\n") == 1 and r.err.startswith("defectcli: "), r.err
    return r.err[len("defectcli: "):-1]


# ---------------------------------------------------------------- files that are not files


def _directory(p: Path) -> None:
    p.mkdir()


def _link_to_directory(p: Path) -> None:
    (p.parent.parent / "elsewhere").mkdir()
    p.symlink_to(p.parent.parent / "elsewhere")


def _dangling_link(p: Path) -> None:
    p.symlink_to(p.parent / "nowhere")


def _socket(p: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    s.close()


@pytest.mark.parametrize(("make", "message"), [
    (_directory, "is a directory, not a fact file"),
    (_link_to_directory, "is a directory, not a fact file"),
    (_dangling_link, "cannot be opened (No such file or directory)"),
    (_socket, "cannot be opened (No such device or address)"),
])
def test_a_fact_file_that_is_not_a_file_is_one_line_for_queries_and_check(
        mini: Mini, make: Callable[[Path], None], message: str) -> None:
    make(mini.facts / "odd.yaml")
    expected = f"{mini.facts / 'odd.yaml'}: {message}"
    for query in (["people"], ["person", "Aye Mya"], ["quotes", "-f", "json"]):
        assert one_line(run(*query, "--facts", str(mini.facts)), 2) == expected
    checked = run("check", "--facts", str(mini.facts))
    assert (checked.code, checked.out) == (2, expected + "\n") and "Traceback" not in checked.err
