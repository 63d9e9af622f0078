"""The shapes answers come in besides plain lists and dicts: still lists and dicts (json.dumps and
pandas.DataFrame take them as they are), with what the command line prints on stderr beside them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..shapes import Row


class Hits(list[Row]):
    """Search hits, best first; `note` says what the caller may want to know (more hits than the
    limit; hits that lack some words)."""

    note: str | None = None


class Answer(dict[str, Any]):
    """One answer as a dict; `notes` holds what the command line prints on stderr beside it."""

    notes: list[str]

    def __init__(self, data: Row, notes: Sequence[str] = ()) -> None:
        super().__init__(data)
        self.notes = list(notes)
