"""What the terminal is, measured once and passed down (as httpie's Environment is).

Commands read this value instead of asking sys.stdout or the environment themselves, so tests set
it (`CliRunner().invoke(app, args, obj=Environment(...))`) instead of faking a terminal.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

# A table drawn for a pipe, or for a terminal that will not say its size, is this wide.
DEFAULT_WIDTH = 80
# The narrowest and widest a table is drawn, whatever COLUMNS says: Rich pads every line to the width
# it is given (COLUMNS=99999999999 was a MemoryError, 1e6 18 s), and no screen is wider than this.
NARROWEST, WIDEST = 20, 1000


@dataclass(frozen=True)
class Environment:
    stdout_tty: bool = False
    stderr_tty: bool = False
    width: int = DEFAULT_WIDTH  # cells a table may use
    colour: bool = False  # bold and colour allowed on stdout
    encoding: str = "utf-8"  # what stdout can encode

    @classmethod
    def measure(cls) -> Environment:
        import shutil

        out_tty = _isatty(sys.stdout)
        colour = out_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        # COLUMNS first, then the terminal's own size, then DEFAULT_WIDTH (a pipe).
        width = min(max(NARROWEST, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns), WIDEST)
        return cls(stdout_tty=out_tty, stderr_tty=_isatty(sys.stderr), width=width, colour=bool(colour),
                   encoding=getattr(sys.stdout, "encoding", None) or "utf-8")


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):  # closed, or not a real stream
        return False
