"""What the tests share: the mini fact base's paths, and running the CLI as a user would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from typer.testing import CliRunner

from defectcli.cli import app

DATA = Path(__file__).parent / "data" / "mini"


@dataclass
class Mini:
    facts: Path
    sources: Path
    cache: Path


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


class Cli(Protocol):
    """The `cli` fixture: defectcli run against the mini fact base."""

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result: ...
