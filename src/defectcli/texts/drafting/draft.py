"""A start on a new article's facts: its uncovered sentences as a YAML skeleton (`defectcli draft`).

Sentences come from coverage (the splitter `check --coverage` uses); for each, a record is
suggested where the sentence shows a cue, and a waiver to decide on where it shows none:

- text in quote marks: a quote, its speaker the one a verb of saying names ("said Aye Mya", "Min
  Thu told ..."; never an outlet, texts/speakers.py), or one to fill; quotations as verify reads
  them, in runs of one speaker on one line, each run the parts of one quote (quoted.py);
- a line printed as an interview answer, `Name: text` with no quote marks: a quote of Name, parts
  the answer as printed (a question, `Name: ...?`, or a line of the outlet's, is no quote);
- a number: a figure with value, comparator, unit and wording filled in, as quantities.py
  reads it (vague quantities, dates, ages set aside with a note), related to the fact base's
  figures of the same thing as figures.py says (the same value: add this source's
  evidence; another value: a suggested conflict);
- a name already in the fact base: a reference to that person (speaker, about), or a note saying
  to add this source's evidence to that person's record, never a second record.

Every suggested record carries `draft:` (what is left to do), which `check` refuses with its
file:line, so a half-done article cannot pass as done. Every string is written as a YAML scalar
or comment by yamltext.py, so the file reads back exactly and nothing in it steers a
terminal. Pure: text in, YAML text out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...factbase.models import FactBase
from ...text import fold, normalise
from ..claims.quoting import quotations
from ..sentences import LONGEST, Sentence
from . import figures as draftfigures
from .known import Known, known_people, name_words
from .quantities import Aside
from .quoted import Run, runs
from .speakers import Named, is_outlet, key_of, names_no_one, nicknames_of, speakers_read
from .yamltext import comment
from .yamltext import scalar as q

# The answer ends at its last character that is not white space: found by one backtrack from the
# end, where a lazy `.*?` would try the rest of the line from every place (slow on long white space).
_ANSWER = re.compile(r"^\s*((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,4})\s*:\s+(\S(?:.*\S)?)\s*$")
_QUOTE_TODO = "give its themes; check speaker, kind (full or fragment) and attribution"
_PERSON_TODO = "check name, name_status (pseudonym, as_published) and roles; a person or organisation?"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "someone"


@dataclass
class _Draft:
    sid: str
    quotes: list[list[str]] = field(default_factory=list)
    figures: list[list[str]] = field(default_factory=list)
    people: list[list[str]] = field(default_factory=list)
    conflicts: list[list[str]] = field(default_factory=list)
    waivers: list[list[str]] = field(default_factory=list)
    waived: dict[str, list[str]] = field(default_factory=dict)  # a sentence as check matches it -> its waiver
    lines: list[str] = field(default_factory=list)  # the text's lines
    ids: set[str] = field(default_factory=set)
    tried: dict[str, int] = field(default_factory=dict)  # base -> the next number to try: one paragraph can hold thousands

    def new_id(self, base: str) -> str:
        rid, n = base, self.tried.get(base, 2)
        while rid in self.ids:
            rid, n = f"{base}-{n}", n + 1
        self.tried[base] = n
        self.ids.add(rid)
        return rid


def draft(fb: FactBase, sid: str, uncovered: list[Sentence], origin: str, text: str = "") -> str:
    """The YAML skeleton for source `sid`'s uncovered sentences (from coverage, in text order) of its
    `text`."""
    known = known_people(fb)
    d = _Draft(sid, ids={r.id for kind in (fb.quotes, fb.figures, fb.people, fb.conflicts, fb.organisations)
                         for r in kind}, lines=text.split("\n"))
    by_line: dict[int, list[Sentence]] = {}
    for s in uncovered:
        by_line.setdefault(s.line, []).append(s)
    # Speakers first: a person the article introduces later ("Zay Thu Aung: ...") is the same
    # person where an earlier sentence names them.
    quoted: dict[int, list[Run]] = {}
    for line, sentences in by_line.items():
        whole = _verbatim(d, line, sentences)
        answer = _answer(known, sentences[0].text)
        if answer:
            if not answer[1].rstrip().endswith("?") and not whole.rstrip().endswith("?"):
                _speaker(d, known, [Named(answer[0], ())], whole, line)
            continue
        quoted[line] = runs(d.lines[line - 1] if 0 < line <= len(d.lines) else "", sentences)
        for run in quoted[line]:
            if said := _said(run):
                _speaker(d, known, said, _text(run), line)
    for line, sentences in by_line.items():
        _line(d, fb, known, line, sentences, quoted.get(line, []))
    return _render(d, origin, len(uncovered))


def _verbatim(d: _Draft, line: int, sentences: list[Sentence]) -> str:
    """The line as the article has it from its first sentence to its last: two sentences may be
    joined by a character that draws nothing (U+200B), not a space, and an excerpt is verbatim."""
    raw = d.lines[line - 1] if 0 < line <= len(d.lines) else ""
    start = raw.find(sentences[0].text)
    end = raw.find(sentences[-1].text, start) if start >= 0 else -1
    return raw[start:end + len(sentences[-1].text)] if end >= 0 else " ".join(s.text for s in sentences)


def _answer(known: Known, first: str) -> tuple[str, str] | None:
    """(speaker, answer) of a line printed as an interview answer; an outlet's line is a question."""
    answer = _ANSWER.match(first)
    if answer and not quotations(first) and len(answer[1].split()) <= 5 and not is_outlet(answer[1], known.media):
        return answer[1], answer[2]
    return None


def _line(d: _Draft, fb: FactBase, known: Known, line: int, sentences: list[Sentence], quoted: list[Run]) -> None:
    first = sentences[0].text
    whole = _verbatim(d, line, sentences)
    if (asked := _ANSWER.match(first)) and not quotations(first) and len(asked[1].split()) <= 5 \
            and whole.rstrip().endswith("?"):
        for s in sentences:  # a waiver names one sentence as check splits it; a question's line may hold more
            _waiver(d, f"{d.sid}:{line}: {s.text}", s.text, "a question of the interview", "confirm that the "
                    "question states no fact (else cite it from a record) and delete this line")
        return
    if (answer_parts := _answer(known, first)) is not None:
        label, rest = answer_parts
        body = whole[whole.index(rest[:20]):] if rest[:20] in whole else rest
        speaker, note = _speaker(d, known, [Named(label, ())], whole, line)
        d.quotes.append([f"# {d.sid}:{line}: {whole}", "# An answer printed after its speaker's name, without quote "
                         "marks, is a quote of", "# that speaker: the parts hold the answer as printed, without the "
                         "name and colon.", *note, f"- id: {d.new_id(f'q-{d.sid}-{line}')}", f"  speaker: {speaker}",
                         f"  parts: [{q(body)}]", "  kind: full", "  attribution: explicit", "  themes: []",
                         f"  source: {d.sid}", f"  line: {line}",
                         f"  draft: {q('give its themes (see themes.yaml); check the speaker')}"])
        for s in sentences:  # numbers in an answer are figures too, its speaker's
            _figures(d, fb, known, s, speaker, answer=True)
        return
    speakers: dict[int, str] = {}  # a quoted sentence's, by its place in `sentences`: the first run's it is in
    place = {id(s): i for i, s in enumerate(sentences)}
    for run in quoted:
        whole = _text(run)
        said = _said(run)
        speaker, note = _speaker(d, known, said, whole, line) if said else ("fill-in", [])
        attribution = "explicit" if speaker != "fill-in" else "implied"
        named = known.find(whole)
        if speaker == "fill-in" and (read := run.speaker) is not None:
            note = [*note, f"# The words are {read}'s, as the sentence reads them: give that speaker's id."]
        elif speaker == "fill-in" and named:
            speaker, note = named[0][0], [*note, f"# The sentence names {named[0][1]} ({named[0][0]}, {named[0][2]}): "
                                          "the speaker? Check."]
        elif speaker == "fill-in":
            note += ["# No speaker is named in the sentence: give the person's or organisation's id."]
        d.quotes.append([f"# {d.sid}:{line}: {whole}", *note, f"- id: {d.new_id(f'q-{d.sid}-{line}')}",
                         f"  speaker: {speaker}", f"  parts: [{', '.join(q(p) for p in run.parts)}]", "  kind: full",
                         f"  attribution: {attribution}", "  themes: []", f"  source: {d.sid}", f"  line: {line}",
                         f"  draft: {q(_QUOTE_TODO)}"])
        for s in run.sentences:
            speakers.setdefault(place[id(s)], speaker)
    for i, s in enumerate(sentences):  # numbers inside a quoted sentence are figures too, those inside its quotations
        if i in speakers:              # the speaker's
            _figures(d, fb, known, s, speakers[i])
        else:
            _plain(d, fb, known, s)


def _text(run: Run) -> str:
    return " ".join(s.text for s in run.sentences)


def _said(run: Run) -> list[Named]:
    """Who may have said the run's quotations: the speaker verify reads, as its sentences name them."""
    return speakers_read(_text(run), run.speaker)


def _speaker(d: _Draft, known: Known, names: list[Named], sentence: str, line: int) -> tuple[str, list[str]]:
    """The id for the first of `names` that can speak: a known person's or organisation's, or a new
    person suggested below; "fill-in" when none can (an outlet, a pronoun)."""
    notes: list[str] = []
    for label, titles in names:
        if is_outlet(label, known.media):
            notes.append(f"# {label} is an outlet: who listened or published, not the speaker.")
            continue
        if hit := known.named(label):
            pid, name, where = hit
            return pid, [*notes, f"# {label} is {name} ({pid}, {where})."]
        if org := known.speaking.get(key_of(label)):
            return org[0], [*notes, f"# {label} is the organisation {org[1]} ({org[0]})."]
        if names_no_one(label):
            continue
        key = name_words(label)
        pid = d.new_id(slug(key))
        known.new[key] = (pid, label)
        called = nicknames_of(label, sentence)
        d.people.append([f"# {d.sid}:{line}: {label}, a speaker no record of the fact base names yet.",
                         *([f"# {', '.join(called)}: {'a nickname' if len(called) == 1 else 'nicknames'} in quote marks "
                            "inside the name, no part of it: an alias."] if called else []),
                         f"- id: {pid}", f"  name: {q(label)}",
                         *([f"  aliases: [{', '.join(q(a) for a in called)}]"] if called else []),
                         *([f"  titles: [{', '.join(q(t) for t in titles)}]"] if titles else []),
                         "  name_status: as_published", "  roles: [interviewee]",
                         "  evidence:", f"    - {{source: {d.sid}, excerpt: {q(sentence)}}}",
                         f"  draft: {q(_PERSON_TODO)}"])
        return pid, [*notes, f"# {label}: a new person, suggested under people below."]
    return "fill-in", notes


def _plain(d: _Draft, fb: FactBase, known: Known, s: Sentence) -> None:
    asides = _figures(d, fb, known, s)
    if asides is None:
        return
    where = f"{d.sid}:{s.line}: {s.text}"
    heading = not re.search(r"[.!?…:;”\"’)]$", s.text.strip()) and len(s.text.split()) <= 12
    notes = [f"# \"{a.words}\": {a.why}." for a in asides]
    if len(s.text) > LONGEST:
        notes.append(f"# A sentence of {len(s.text):,} characters: longer than {LONGEST:,}, it is not read for quotes and "
                     "figures (one record for each of its numbers would repeat it as the excerpt of each).")
    for pid, name, at in known.find(s.text):
        known_as = "is suggested in this draft" if at == "suggested in this draft" else \
            f"is already in the fact base ({at})"
        notes += [f"# {name} ({pid}) {known_as}: add this sentence to that record",
                  "# (its evidence, or an attribute), not a second person, e.g.",
                  "#   evidence:", f"#     - {{source: {d.sid}, excerpt: {q(s.text)}}}", "# then delete this waiver."]
    if heading:
        _waiver(d, where, s.text, "a heading", "confirm that this is a heading and states no fact; then delete this line",
                notes)
    else:
        _waiver(d, where, s.text, "(why it states no fact)", "cite this sentence from a record (a person's evidence "
                "or attribute, an event, a motivation, ...) and delete this waiver, or give the reason it states no "
                "fact and delete this line", notes)


def _waiver(d: _Draft, where: str, sentence: str, reason: str, todo: str, notes: Iterable[str] = ()) -> None:
    """A waiver of `sentence`; one for each sentence however often the article repeats it, as one
    waiver covers every place of the sentence and check refuses a second."""
    key = normalise(sentence)
    if key in d.waived:
        first, again = d.waived[key], f"# (again at {where.split(': ', 1)[0]}: one waiver covers every place of it)"
        if again not in first:
            first.insert(next(i for i, line in enumerate(first) if not line.startswith("# ")), again)
        return
    d.waived[key] = [f"# {where}", *notes, f"- source: {d.sid}", f"  sentence: {q(sentence)}", f"  reason: {q(reason)}",
                     f"  draft: {q(todo)}"]
    d.waivers.append(d.waived[key])


def _figures(d: _Draft, fb: FactBase, known: Known, s: Sentence, speaker: str | None = None,
             answer: bool = False) -> list[Aside] | None:
    """Suggest the sentence's figures; None when it has some, else the numbers it set aside. `speaker`: who says the
    sentence's quotations (or, `answer`, the whole sentence), whose numbers they are."""
    if len(s.text) > LONGEST:
        return []
    about = [pid for pid, _, _ in known.find(s.text)]
    figures, conflicts, asides = draftfigures.suggest(fb, d.sid, s.text, s.line, about, d.new_id,
                                                      draftfigures.Said(speaker, answer))
    if asides and figures:  # said where the figures are, so that nothing set aside goes unmentioned
        figures[0][1:1] = [f"# \"{a.words}\": {a.why}." for a in asides]
    d.figures += figures
    d.conflicts += conflicts
    return None if figures else asides


def _render(d: _Draft, origin: str, count: int) -> str:
    head = [f"# Draft of the facts of source {d.sid} ({origin}): {count} sentence{'s' if count != 1 else ''} "
            "no record cites or waives yet.",
            "# Each suggested record carries `draft:` (what is left to do); `check` refuses a draft marker, with its",
            "# file:line, until the record is finished and the `draft:` line deleted. Excerpts, parts and sentences",
            "# are the article's text verbatim: keep them so. A person, figure or event the fact base already has gets",
            "# this source's evidence on its existing record (see the notes), not a second record.",
            "# Then: defectcli check --sources DIR --coverage"]
    out = [_line_of(line) for line in head]
    for key, items in (("people", d.people), ("quotes", d.quotes), ("figures", d.figures),
                       ("conflicts", d.conflicts), ("waivers", d.waivers)):
        if items:
            out += ["", f"{key}:", *(f"  {_line_of(line)}" for item in items for line in item)]
    return "\n".join(out) + "\n"


def _line_of(line: str) -> str:
    """A line of the draft: a comment made fit for one line (the text it quotes may hold anything),
    or YAML whose every string is already a scalar of yamltext's."""
    return f"#{comment(line[1:])}" if line.startswith("#") else line
