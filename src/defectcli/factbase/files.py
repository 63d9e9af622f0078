"""Which files make up a fact base. Kept free of YAML and models: the warm query path needs it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import FactBaseError, Problem

FACT_SUFFIXES = (".yaml", ".yml")


def fact_files(directory: Path) -> list[Path]:
    """The fact files in a directory, sorted; raises FactBaseError if there are none to read."""
    return [directory / n for n in fact_names(directory)]


def fact_names(directory: Path) -> list[str]:
    """The names of the fact files in a directory, sorted (names, not Paths: a Path costs ~9 µs)."""
    shown = str(directory)
    try:
        if not directory.is_dir():
            what = "does not exist" if not directory.exists() else "is not a directory"
            raise FactBaseError([Problem(shown, 0, f"fact base directory {what}")])
        names = sorted(os.listdir(directory))
    except PermissionError:
        raise FactBaseError([Problem(shown, 0, "fact base directory cannot be read (permission denied)")]) from None
    except OSError as exc:
        raise FactBaseError([Problem(shown, 0, f"fact base directory cannot be read ({exc.strerror})")]) from None
    files = [n for n in names if n.endswith(FACT_SUFFIXES) and not n.startswith(".")]
    if not files:
        raise FactBaseError([Problem(shown, 0, "no fact files (*.yaml) in the fact base directory")])
    undecoded = [n for n in files if not n.isascii() and _UNDECODED.search(n)]
    if undecoded:
        raise FactBaseError([Problem(_escaped(str(directory / n)), 0, _name_problem(n, files)) for n in undecoded])
    return files


# A byte of a name that is not UTF-8, as Python keeps it (a lone surrogate, which SQLite, JSON and
# every output refuse).
_UNDECODED = re.compile("[\udc80-\udcff]")


def _escaped(path: str) -> str:
    """A path as messages show it, each byte that is not UTF-8 as \\udcXX: a problem is plain text that
    any output takes (printed, it reads as stderr shows other such names)."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _name_problem(name: str, names: list[str]) -> str:
    """Why a fact file whose name is not UTF-8 is refused, with the name it likely had: an older system,
    or an archive tool, can leave a name in Latin-1. It is refused rather than read under its bytes: a
    fact file's name is UTF-8 text wherever it goes (every problem, a record's place, the cache, a
    citation of "NAME.yaml:LINE"), as its content is, and a name in bytes would not survive a copy
    to another system."""
    from ..text import quoted

    found = _UNDECODED.search(name)
    byte = ord(found[0]) - 0xDC00 if found else 0
    try:
        latin = os.fsencode(name).decode("cp1252")
    except UnicodeDecodeError:  # not Windows-1252 either: no name to offer
        latin = ""
    meant = f" (read as Latin-1, its name is {quoted(latin)})" if latin and latin not in names else ""
    return f"its name holds the byte 0x{byte:02X}, which is not UTF-8; rename the file{meant}"
