"""`check` against the texts in a sources directory: the pinned ones, and where a source has none,
the copy of its page `sources fetch` kept last. A fetched copy proves excerpts and quotes (found
anywhere in it, as the verbatim check finds them) but not their lines, and coverage is left to
pinned texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NoHome, Problem
from ..text import normalise, shorten
from ..texts.articles import Wanted
from ..texts.provenance import Cited, SourceRef
from .copies import data_home, is_bundled
from .proof import Text, find


def default_for_check(facts: Path, bundled: Path) -> Path | None:
    """For `check` without --sources: the per-user directory `sources fetch` fills for the bundled
    fact base, when there is one."""
    if not is_bundled(facts, bundled):
        return None
    try:
        home = data_home()
    except NoHome:
        return None
    return home if home.is_dir() else None


@dataclass
class ForCheck:
    """The texts `check` proves against, what is wrong with them, and what to tell the user."""

    pinned: dict[str, str] = field(default_factory=dict)
    fetched: dict[str, Text] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)  # sources with no text, when none was required

    def tail(self, coverage: bool) -> str:
        """The end of check's `ok: ...` line: what was checked against what."""
        shown = "; ".join(f"{sid} against {t.copy.label()}" for sid, t in sorted(self.fetched.items()) if t.copy)
        if self.without:
            proved = sorted([*self.pinned, *self.fetched])
            out = f" and checked against the texts of {', '.join(proved)}" if proved else ""
        else:
            out = " and checked against their sources"
        out += f" ({shown})" if shown else ""
        if coverage and not self.fetched:
            out += "; every sentence cited or waived"
        elif coverage:
            fetched = ", ".join(sorted(self.fetched))
            out += (f"; every sentence of {', '.join(sorted(self.pinned))} cited or waived" if self.pinned else
                    "; no sentence counted") + f" (coverage of {fetched} needs the text the fact base was checked against)"
        return out


def for_check(sources: list[SourceRef], directory: Path, required: bool = True, coverage: bool = False) -> ForCheck:
    """Each source's text for check. `required`: a source with no text is a problem (--sources was
    given); otherwise only a note."""
    found, why = find([Wanted(s.id, s.sha256, s.file_hint) for s in sources], directory)
    out = ForCheck()
    unreadable = {m for m in why.values() if m.startswith("sources directory")}
    if unreadable:
        out.problems.append(Problem(str(directory), 0, unreadable.pop()))
        return out
    for s in sources:
        text = found.get(s.id)
        if text is None:
            hint = f"; `defectcli sources fetch {s.id}` fetches its page" if s.url else ""
            if required:
                out.problems.append(Problem(s.file, s.line, f"source '{s.id}': {why[s.id]}{hint}"))
            else:
                out.without.append(s.id)
                out.notes.append(f"source '{s.id}': not checked against its text, which is not in {directory}{hint}")
        elif text.copy is None:
            out.pinned[s.id] = text.text
        else:
            out.fetched[s.id] = text
            out.notes.append(f"source '{s.id}': no text with its sha256 in {directory}; its excerpts are checked "
                             f"against {text.copy.label()} ({text.path})"
                             + (", and its coverage is left to the pinned text" if coverage else ""))
    return out


def check_fetched(cited: list[Cited], fetched: dict[str, Text]) -> list[Problem]:
    """Every excerpt and quote part of a source whose text is a fetched copy, found in that copy."""
    whole = {sid: normalise(t.text) for sid, t in fetched.items()}
    problems: list[Problem] = []

    def where(sid: str) -> str:
        copy = fetched[sid].copy
        return f"the page of source '{sid}' as fetched on {copy.day if copy else '?'}"
    for c in cited:
        if c.source in whole and c.what != "wording" and normalise(c.text) not in whole[c.source]:
            what = f"quote '{c.record}'" if c.what == "quote" else "excerpt"
            problems.append(Problem(c.file, c.line, f"{what} not found in {where(c.source)}: "
                                                    f'"{shorten(normalise(c.text))}"'))
    return list(dict.fromkeys(problems))
