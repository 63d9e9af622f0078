"""Where defectcli's own files are: the package, and the fact base that ships with it."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled_facts() -> Path:
    """The bundled fact base: inside the package in an installed wheel, `facts/` beside `src/` in a checkout."""
    inside = PACKAGE / "facts"
    return inside if inside.is_dir() else PACKAGE.parent.parent / "facts"
