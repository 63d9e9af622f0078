"""Domain errors. The core raises them; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class ExitStatus(IntEnum):
    """The exit codes the README documents."""

    OK = 0
    NO_MATCH = 1  # nothing matched
    USAGE = 2  # a usage error, or a fact base that cannot be used
    NOT_FETCHED = 69  # `sources fetch`: a page could not be had (EX_UNAVAILABLE in sysexits.h)
    CANNOT_WRITE = 74  # output could not be written: a full disk, a closed stdout (EX_IOERR in sysexits.h)
    INTERRUPTED = 130  # Ctrl-C


class Problem(NamedTuple):
    """One thing wrong with the fact base, at a file and line (line 0: the file as a whole)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class DefectError(Exception):
    """Base of every error defectcli reports to its user."""

    exit_code = ExitStatus.USAGE


class FactBaseError(DefectError):
    """The fact base cannot be used: unreadable, malformed or inconsistent."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "fact base is unusable")


class UsageError(DefectError):
    """An argument or option the user gave is unusable. A message about an option begins with its name
    ("--style: unknown style 'x'")."""

    @property
    def of_option(self) -> bool:
        """Whether it is an option that is unusable, whatever the argument: every argument of a run would
        meet it (a batch stops at once, exit 2, rather than report it once an argument)."""
        return str(self).startswith("-")


class NoHome(UsageError):
    """No per-user directory can be found: HOME is unset or relative, and the XDG variable too."""


class NotFound(DefectError):
    """The query matched nothing."""

    exit_code = ExitStatus.NO_MATCH


class CannotWrite(DefectError):
    """Output could not be written (stdout, or an export's file): the disk is full, the stream closed."""

    exit_code = ExitStatus.CANNOT_WRITE
