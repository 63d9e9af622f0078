"""Whether a figure's record allows whom a sentence says pays its sum ("from People's Embrace", "The NUG pays"): one
its words name (what it counts, its wording, excerpt or note, which says whom the record reads as paying where the
text does not: "the NUG is read from the sentence before"), or one it is about. A payer in common words ("donors",
"the government") names no one, and is held against no record; a name the fact base does not know is held as
written. candidates.Lookup marks each figure with the payers it does not allow; verdicts/paying.py says so."""

from __future__ import annotations

import json
import re

from ...factbase.verdicts.evidence import norm_words
from ...shapes import Row
from .naming import Names, written_as_name


def mark_payers(names: Names, written: tuple[str, ...], sentence: str, figures: list[Row]) -> None:
    """Give each figure row the payers the sentence names that its record does not allow (`other_payers`)."""
    named = [(phrase, names.named_in(phrase)) for phrase in written]
    named = [(phrase, ids) for phrase, ids in named if ids or written_as_name(phrase, sentence)]
    for f in figures:
        f["other_payers"] = [re.sub(r"^The\b", "the", phrase) for phrase, ids in named
                             if not _allows(names, f, phrase, ids)]


def _allows(names: Names, f: Row, phrase: str, ids: frozenset[str]) -> bool:
    if ids & set(f.get("about") or ()):
        return True
    text = " ".join(norm_words(" ".join(str(f.get(k) or "") for k in ("counts", "wording", "excerpt", "note"))))
    said = [re.sub(r"^(?:the|a|an)\s+", "", n, flags=re.IGNORECASE) for n in
            (phrase, *(n for i in ids for n in _names_of(names, i)))]
    return any(re.search(rf"\b{re.escape(' '.join(words))}\b", text) for n in said if (words := norm_words(n)))


def _names_of(names: Names, rid: str) -> list[str]:
    """The name and aliases of a person or organisation."""
    for kind in ("organisation", "person"):
        if (js := names.rows(kind, rid)) is not None:
            row = json.loads(js)
            return [row["name"], *(row.get("aliases") or ())]
    return []
