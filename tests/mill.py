"""The mill: a fact base and text of the tests’ own, for counts, attribution, dates and the order of events."""

from __future__ import annotations

from pathlib import Path

from .helpers import Result, run

DATA = Path(__file__).parent / "data" / "mill"


def ask(mill: Path, *args: str) -> Result:
    return run(*args, "--facts", str(mill / "facts"))


def edit(mill: Path, old: str, new: str) -> None:
    path = mill / "facts" / "mill.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def check(mill: Path) -> Result:
    return run("check", "--facts", str(mill / "facts"), "--sources", str(mill / "sources"))
