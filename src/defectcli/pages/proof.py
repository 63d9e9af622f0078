"""A source's text for `show` and `check`: the pinned text (the one the fact base was checked
against, found by SHA-256), or where a sources directory has none, the copy of its page that
`sources fetch` kept last. Kept light: show imports it (check's own part is in verify.py).
"""

from __future__ import annotations

from pathlib import Path

from ..texts.articles import Wanted, find_texts
from .copies import Copy, latest


class Text:  # a plain class: show imports this module, and its start-up time counts
    """A source's text as found: its file, its content, and the fetched copy it is (None: the pinned text)."""

    __slots__ = ("copy", "path", "text")

    def __init__(self, path: Path, text: str, copy: Copy | None = None) -> None:
        self.path = path
        self.text = text
        self.copy = copy

    @property
    def name(self) -> str:
        """The text as a citation names it: its file, or which fetched copy."""
        return self.path.name if self.copy is None else f"page fetched on {self.copy.day}"


def find(wanted: list[Wanted], directory: Path) -> tuple[dict[str, Text], dict[str, str]]:
    """Each wanted source's text in `directory`: pinned, else its latest fetched copy; and for each
    source with neither, why."""
    found, why = find_texts(wanted, directory)
    out = {sid: Text(a.path, a.text) for sid, a in found.items()}
    for sid, message in list(why.items()):
        copy = None if message.startswith("sources directory") else latest(directory, sid)
        if copy is None:
            continue
        try:
            out[sid] = Text(copy.text_path, copy.text(), copy)
        except (OSError, UnicodeDecodeError):
            why[sid] = f"{message}; its copy fetched on {copy.day} cannot be read"
            continue
        del why[sid]
    return out, why


def default_for_show(facts: Path, bundled: Path) -> Path | None:
    """For `show` without --sources: the directory `sources fetch` fills by default, when there is one."""
    from ..errors import NoHome
    from .copies import home

    try:
        found = home(facts, bundled)
    except NoHome:
        return None
    return found if found.is_dir() else None
