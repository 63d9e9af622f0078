"""Fixtures over a tiny hand-checked fact base (tests/data/mini), never the real articles."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
from hypothesis import settings

from .helpers import DATA, Cli, Mini, Result, run
from .mill import DATA as MILL

# The property tests draw the same examples on every run, so that the suite fails only for a change, never
# for the luck of a draw; HYPOTHESIS_PROFILE=explore draws new ones each run, to look for bugs (each one
# found goes in as an @example).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# The suite sends Ctrl-C to itself, and signals to the commands it starts. A shell starts a background job (`cmd &`,
# a CI step) with Ctrl-C and Ctrl-\ ignored, nohup with hang-up ignored too, and every process started inherits
# what is ignored: Python then installs no Ctrl-C handler, a server rightly stays up on a signal it was started
# ignoring, and those tests would fail for how the suite was started. Here each acts as in a terminal (and, a
# handler being reset at exec, in each command started). SIGPIPE and SIGXFSZ stay as Python sets them.
for _signal in signal.valid_signals() - {signal.SIGKILL, signal.SIGSTOP, signal.SIGPIPE, signal.SIGXFSZ}:
    if signal.getsignal(_signal) is signal.SIG_IGN:
        signal.signal(_signal, signal.default_int_handler if _signal == signal.SIGINT else signal.SIG_DFL)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may read or write the user's real cache or fetched pages, or pick up their fact base.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where `sources fetch` keeps the bundled base's pages
    monkeypatch.delenv("DEFECTCLI_FACTS", raising=False)
    monkeypatch.delenv("DEFECTCLI_NO_CACHE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def mini(tmp_path: Path) -> Mini:
    shutil.copytree(DATA, tmp_path / "mini")
    return Mini(tmp_path / "mini" / "facts", tmp_path / "mini" / "sources", tmp_path / "cache")


@pytest.fixture
def cli(mini: Mini) -> Cli:
    """Run defectcli against the mini fact base."""

    def call(*args: str, env: dict[str, str] | None = None) -> Result:
        return run(*args, "--facts", str(mini.facts), env=env)

    return call


@pytest.fixture
def mill(tmp_path: Path) -> Path:
    shutil.copytree(MILL, tmp_path / "mill")
    return tmp_path / "mill"


@pytest.fixture
def homeless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A run with no home: a service or a container started with no HOME (here a relative one), for a
    user the system has no home for; returns the working directory, where nothing may be written."""
    import pwd

    def no_user(uid: int) -> object:
        raise KeyError(uid)

    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", "home")
    monkeypatch.setattr(pwd, "getpwuid", no_user)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work
