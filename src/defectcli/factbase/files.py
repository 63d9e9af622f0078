"""Which files make up a fact base. Kept free of YAML and models: the warm query path needs it."""

from __future__ import annotations

import os
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
    return files
