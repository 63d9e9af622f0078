"""Where defectcli's own files are: the package, and the fact base that ships with it."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled_facts() -> Path:
    """The bundled fact base: inside the package in an installed wheel, `facts/` beside `src/` in a checkout."""
    inside = PACKAGE / "facts"
    checkout = PACKAGE.parent.parent
    # (only a checkout's, its files on disk: beside a zip archive, whatever its name, a folder named facts is the user's)
    if not inside.is_dir() and PACKAGE.is_dir() and PACKAGE.parent.name == "src" and (checkout / "pyproject.toml").is_file():
        return checkout / "facts"
    return inside


YOURS = "; give --facts DIR for a fact base of your own"  # (what a query can do where the bundled one is not found)


def bundled_facts_read(instead: str = "") -> Path:
    """bundled_facts(), to be read: UsageError where it is not (defectcli run from a zip archive, whose files no path
    reaches, or an install that lost them), not an empty fact base; `instead`: what else the user can do."""
    found = bundled_facts()
    if not found.is_dir():
        from .errors import UsageError

        raise UsageError(f"defectcli's own fact base is not found (in {PACKAGE / 'facts'}): it runs from an installed "
                         f"package or a checkout, not from a zip archive{instead}")
    return found


def user_dir(kind: str) -> Path:
    """defectcli's per-user directory of `kind`, "cache" or "data", as platformdirs finds it (from an
    absolute XDG_CACHE_HOME or XDG_DATA_HOME, else HOME). NoHome where there is none: a service or a
    container run with no HOME, or a relative one, and a user the system has no home for."""
    import platformdirs

    from .errors import NoHome

    try:
        found = (platformdirs.user_cache_path if kind == "cache" else platformdirs.user_data_path)(
            "defectcli", appauthor=False)
    except RuntimeError:  # platformdirs 4.10 and later: no absolute home to be found
        found = None
    if found is None or not found.is_absolute():
        raise NoHome(f"no per-user {kind} directory: HOME is not an absolute path, nor XDG_{kind.upper()}_HOME; "
                     "set one of them")
    return found
