"""A start on a new article's facts: its uncovered sentences as a YAML skeleton (`defectcli draft`).

Sentences come from coverage (the splitter `check --coverage` uses); for each, a record is
suggested where the sentence shows a cue, and a waiver to decide on where it shows none:

- text in quote marks: a quote, its speaker the person the sentence names ("said Aye Mya"), or one
  to fill; runs of one speaker on one line are the parts of one quote;
- a line printed as an interview answer, `Name: text` with no quote marks: a quote of Name, parts
  the answer as printed (a question, `Name: ...?`, is suggested as a waiver);
- a number (not a year or a day of a date): a figure with value, comparator and wording filled in;
  a figure already in the fact base of the same value is named (add this source's evidence to it),
  and one of the same topic with another value gets a suggested conflict;
- a name already in the fact base: a reference to that person (speaker, about), or a note saying
  to add this source's evidence to that person's record, never a second record.

Every suggested record carries `draft:` (what is left to do), which `check` refuses with its
file:line, so a half-done article cannot pass as done. Pure: text in, YAML text out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..factbase.models import FactBase, Figure, Organisation, Person
from ..text import fold
from .sentences import Sentence

_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_ANSWER = re.compile(r"^\s*((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,4})\s*:\s+(\S.*?)\s*$")
_SAID = re.compile(r"\b(?:said|says|told|added|explained)\s+((?:Capt\.?\s+|Maj\.?\s+|Lt\.?\s+|Col\.?\s+)?"
                   r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER = re.compile(
    r"(?P<cmp>\b(?:over|more than|at least|nearly|almost|about|around|roughly|some|approximately|fewer than|"
    r"less than|under|up to)\s+)?(?P<num>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"dozens?|hundreds|thousands)\b)(?P<unit>\s+[A-Za-z][\w-]*)?", re.IGNORECASE)
_DATE_DAY = re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_COMPARATORS = {"over": "more_than", "more than": "more_than", "at least": "more_than", "nearly": "about",
                "almost": "about", "about": "about", "around": "about", "roughly": "about", "some": "about",
                "approximately": "about", "fewer than": "less_than", "less than": "less_than", "under": "less_than",
                "up to": "less_than"}


_NOT_UNITS = frozenset({"", "of", "in", "to", "and", "or", "the", "a", "an", "for", "at", "on", "by", "from",
                        "with", "more", "than", "have", "has", "had", "were", "was", "are", "is"})
_QUOTE_TODO = "give its themes; check speaker, kind (full or fragment) and attribution"
_FIGURE_TODO = "give topic and counts; check unit, comparator, stated_by and about"


def q(text: str) -> str:
    """A YAML double-quoted scalar: JSON's escapes are YAML's."""
    return json.dumps(text, ensure_ascii=False)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "someone"


@dataclass
class _Known:
    """People by folded name (named people only: a label such as "Former private" is no name)."""

    people: dict[str, Person] = field(default_factory=dict)
    new: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded name -> (id, name) suggested here

    def find(self, text: str) -> list[tuple[str, str, str]]:
        """(id, name, where) of each person the text names, in order of first mention."""
        folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
        hits: list[tuple[int, str, str, str]] = []
        for key, p in self.people.items():
            at = folded.find(f" {key} ")
            if at >= 0 and p.id not in {h[1] for h in hits}:
                hits.append((at, p.id, p.name, f"{_name(p.loc.file)}:{p.loc.line}"))
        for key, (pid, name) in self.new.items():
            at = folded.find(f" {key} ")
            if at >= 0 and pid not in {h[1] for h in hits}:
                hits.append((at, pid, name, "suggested in this draft"))
        return [(pid, name, where) for _, pid, name, where in sorted(hits)]


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


def known_people(fb: FactBase) -> _Known:
    out = _Known()
    for p in fb.people:
        if p.name_status == "unnamed" or p.group:
            continue
        for name in (p.name, *p.aliases):
            key = _key(name)
            if len(key) >= 3:
                out.people.setdefault(key, p)
    return out


@dataclass
class _Draft:
    sid: str
    quotes: list[list[str]] = field(default_factory=list)
    figures: list[list[str]] = field(default_factory=list)
    people: list[list[str]] = field(default_factory=list)
    conflicts: list[list[str]] = field(default_factory=list)
    waivers: list[list[str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def new_id(self, base: str) -> str:
        rid, n = base, 2
        while rid in self.ids:
            rid, n = f"{base}-{n}", n + 1
        self.ids.add(rid)
        return rid


def draft(fb: FactBase, sid: str, uncovered: list[Sentence], origin: str) -> str:
    """The YAML skeleton for source `sid`'s uncovered sentences (from coverage, in text order)."""
    known = known_people(fb)
    d = _Draft(sid, ids={r.id for kind in (fb.quotes, fb.figures, fb.people, fb.conflicts, fb.organisations)
                         for r in kind})
    by_line: dict[int, list[Sentence]] = {}
    for s in uncovered:
        by_line.setdefault(s.line, []).append(s)
    # Speakers first: a person the article introduces later ("Zay Thu Aung: ...") is the same
    # person where an earlier sentence names them.
    for line, sentences in by_line.items():
        whole = " ".join(s.text for s in sentences)
        answer = _ANSWER.match(sentences[0].text)
        if answer and not _QUOTED.search(sentences[0].text) and len(answer[1].split()) <= 5:
            if not answer[2].rstrip().endswith("?") and not whole.rstrip().endswith("?"):
                _speaker(d, known, answer[1], whole, line)
        elif _QUOTED.search(whole) and (said := _SAID.search(whole)):
            _speaker(d, known, said[1], whole, line)
    for line, sentences in by_line.items():
        _line(d, fb, known, line, sentences)
    return _render(d, origin, len(uncovered))


def _line(d: _Draft, fb: FactBase, known: _Known, line: int, sentences: list[Sentence]) -> None:
    first = sentences[0].text
    answer = _ANSWER.match(first)
    if answer and not _QUOTED.search(first) and len(answer[1].split()) <= 5:
        label, rest = answer[1], answer[2]
        whole = " ".join(s.text for s in sentences)
        body = whole[whole.index(rest[:20]):] if rest[:20] in whole else rest
        where = f"{d.sid}:{line}: {whole}"
        if body.rstrip().endswith("?"):
            d.waivers.append(_waiver(d, where, whole, "a question of the interview", "confirm that the question "
                                     "states no fact (else cite it from a record) and delete this line"))
            return
        speaker, note = _speaker(d, known, label, whole, line)
        d.quotes.append([f"# {where}", "# An answer printed after its speaker's name, without quote marks, is a quote of",
                         "# that speaker: the parts hold the answer as printed, without the name and colon.", *note,
                         f"- id: {d.new_id(f'q-{d.sid}-{line}')}", f"  speaker: {speaker}", f"  parts: [{q(body)}]",
                         "  kind: full", "  attribution: explicit", "  themes: []", f"  source: {d.sid}",
                         f"  line: {line}", f"  draft: {q('give its themes (see themes.yaml); check the speaker')}"])
        return
    parts: list[str] = []
    quote_text: list[str] = []
    for s in sentences:
        found = [m[1].strip() for m in _QUOTED.finditer(s.text)]
        if found:
            parts += found
            quote_text.append(s.text)
            continue
        _plain(d, fb, known, s)
    if parts:
        whole = " ".join(quote_text)
        said = _SAID.search(whole)
        named = known.find(whole)
        if said:
            speaker, note = _speaker(d, known, said[1], whole, line)
        elif named:
            speaker, note = named[0][0], [f"# The sentence names {named[0][1]} ({named[0][0]}, {named[0][2]}): "
                                          "the speaker? Check."]
        else:
            speaker, note = "fill-in", ["# No speaker is named in the sentence: give the person's or organisation's id."]
        d.quotes.append([f"# {d.sid}:{line}: {whole}", *note, f"- id: {d.new_id(f'q-{d.sid}-{line}')}",
                         f"  speaker: {speaker}", f"  parts: [{', '.join(q(p) for p in parts)}]", "  kind: full",
                         f"  attribution: {'explicit' if said else 'implied'}", "  themes: []", f"  source: {d.sid}",
                         f"  line: {line}", f"  draft: {q(_QUOTE_TODO)}"])
        for s in sentences:  # numbers inside a quoted sentence are figures too
            if s.text in quote_text:
                _figures(d, fb, known, s)


def _speaker(d: _Draft, known: _Known, label: str, sentence: str, line: int) -> tuple[str, list[str]]:
    """The id for a speaker named `label`: a known person's, or a new person suggested below."""
    hits = known.find(label)
    if hits:
        pid, name, where = hits[0]
        return pid, [f"# {label} is {name} ({pid}, {where})."]
    key = _key(re.sub(r"^(?:Capt|Maj|Lt|Col)\.?\s+", "", label))
    pid = d.new_id(slug(key))
    known.new[key] = (pid, label)
    d.people.append([f"# {d.sid}:{line}: {label}, a speaker no record of the fact base names yet.",
                     f"- id: {pid}", f"  name: {q(label)}", "  name_status: as_published", "  roles: [interviewee]",
                     "  evidence:", f"    - {{source: {d.sid}, excerpt: {q(sentence)}}}",
                     f"  draft: {q('check name, name_status (pseudonym, as_published) and roles; a person or organisation?')}"])
    return pid, [f"# {label}: a new person, suggested under people below."]


def _plain(d: _Draft, fb: FactBase, known: _Known, s: Sentence) -> None:
    if _figures(d, fb, known, s):
        return
    where = f"{d.sid}:{s.line}: {s.text}"
    heading = not re.search(r"[.!?…:;”\"’)]$", s.text.strip()) and len(s.text.split()) <= 12
    named = known.find(s.text)
    notes = []
    for pid, name, at in named:
        known_as = "is suggested in this draft" if at == "suggested in this draft" else \
            f"is already in the fact base ({at})"
        notes += [f"# {name} ({pid}) {known_as}: add this sentence to that record",
                  "# (its evidence, or an attribute), not a second person, e.g.",
                  f"#   evidence:\n#     - {{source: {d.sid}, excerpt: {q(s.text)}}}", "# then delete this waiver."]
    if heading:
        d.waivers.append(_waiver(d, where, s.text, "a heading", "confirm that this is a heading and states no fact; "
                                 "then delete this line", notes))
    else:
        d.waivers.append(_waiver(d, where, s.text, "(why it states no fact)", "cite this sentence from a record "
                                 "(a person's evidence or attribute, an event, a motivation, ...) and delete this "
                                 "waiver, or give the reason it states no fact and delete this line", notes))


def _waiver(d: _Draft, where: str, sentence: str, reason: str, todo: str, notes: Iterable[str] = ()) -> list[str]:
    return [f"# {where}", *notes, f"- source: {d.sid}", f"  sentence: {q(sentence)}", f"  reason: {q(reason)}",
            f"  draft: {q(todo)}"]


def _figures(d: _Draft, fb: FactBase, known: _Known, s: Sentence) -> bool:
    days = [m.span() for m in _DATE_DAY.finditer(s.text)]
    about = [pid for pid, _, _ in known.find(s.text)]
    made = False
    for m in _NUMBER.finditer(s.text):
        raw = m["num"]
        if any(a <= m.start("num") < b for a, b in days):
            continue  # the day of a date
        if re.fullmatch(r"(19|20)\d\d", raw) and not m["cmp"]:
            continue  # a year: a date, not a count
        value: int | float | None
        if raw[0].isdigit():
            number = float(raw.replace(",", ""))
            value = int(number) if number.is_integer() else number
        else:
            value = _WORDS.get(raw.lower())
        if value is None:
            continue  # "dozens", "thousands": no value to give
        comparator = _COMPARATORS.get(" ".join((m["cmp"] or "").lower().split()), "exact")
        wording = s.text[m.start("cmp") if m["cmp"] else m.start("num"):m.end("num")]
        unit = (m["unit"] or "").strip().lower()
        if unit in _NOT_UNITS:
            unit = "fill-in"
        by = _stated_by(fb, s.text)
        rid = d.new_id(f"{d.sid}-figure-{s.line}" + (f"-{value}" if made else ""))
        notes = _same_figures(d, fb, rid, value, unit, wording)
        d.figures.append([f"# {d.sid}:{s.line}: {s.text}", *notes, f"- id: {rid}", "  topic: fill-in",
                          f"  counts: {q('fill in: what is counted')}", f"  value: {value}",
                          f"  comparator: {comparator}", f"  unit: {q(unit)}", f"  wording: {q(wording)}",
                          *([f"  stated_by: {by}"] if by else []),
                          *([f"  about: [{', '.join(about)}]"] if about else []), f"  source: {d.sid}",
                          f"  excerpt: {q(s.text)}",
                          f"  draft: {q(_FIGURE_TODO)}"])
        made = True
    return made


def _stated_by(fb: FactBase, sentence: str) -> str | None:
    """The organisation or person the sentence gives the number to ("according to the Harbour Board",
    "the harbour board has counted"): one actor named beside a word of reporting."""
    if not re.search(r"\b(according to|said|says|counted|counts|estimated|estimates|reported|reports|recorded)\b",
                     sentence, re.IGNORECASE):
        return None
    folded = f" {_key(sentence)} "
    actors: list[Organisation | Person] = [*fb.organisations, *fb.people]
    named = set()
    for actor in actors:
        if isinstance(actor, Person) and (actor.name_status == "unnamed" or actor.group):
            continue
        for name in (actor.name, *actor.aliases):
            key = _key(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
            if len(key) >= 3 and f" {key} " in folded:
                named.add(actor.id)
    return named.pop() if len(named) == 1 else None


def _same_figures(d: _Draft, fb: FactBase, rid: str, value: float, unit: str, wording: str) -> list[str]:
    """Notes on figures of other sources that this number may restate or contradict."""
    stem = unit.rstrip("s")
    out: list[str] = []
    for f in fb.figures:
        if f.source == d.sid:
            continue
        words = set(re.findall(r"[a-z]+", fold(f"{f.topic} {f.counts} {f.unit} {f.excerpt}")))
        related = len(stem) >= 3 and any(w.rstrip("s") == stem for w in words)
        if f.value == value:
            out += [f"# The fact base has figure {f.id} ({f.source}: {f.wording}, {f.counts}) of the same value: if this",
                    f"# is the same quantity, add this sentence to {f.id}'s evidence instead of this record:",
                    f"#   evidence:\n#     - {{source: {d.sid}, excerpt: {q(wording)}}}"]
        elif related:
            out += [f"# The fact base has figure {f.id} ({f.source}: {f.wording}, {f.counts}): if this is the same",
                    "# quantity with another value, keep this figure and the conflict suggested under conflicts."]
            _conflict(d, f, rid, wording)
    return out


def _conflict(d: _Draft, f: Figure, rid: str, wording: str) -> None:
    cid = d.new_id(f"{f.id}-{d.sid}")
    d.conflicts.append([f"# {f.id} ({f.source}) and {rid} ({d.sid}) may count the same thing with different values.",
                        f"- id: {cid}", "  kind: disagreement", f"  topic: {q(f.topic)}",
                        f"  summary: {q('fill in: who counts what, and when')}", "  claims:",
                        f"    - {{source: {f.source}, excerpt: {q(f.wording)}, figure: {f.id}, rating: reported}}",
                        f"    - {{source: {d.sid}, excerpt: {q(wording)}, figure: {rid}, rating: reported}}",
                        f"  draft: {q('keep only if both count the same quantity; write the summary')}"])


def _render(d: _Draft, origin: str, count: int) -> str:
    head = [f"# Draft of the facts of source {d.sid} ({origin}): {count} sentence{'s' if count != 1 else ''} "
            "no record cites or waives yet.",
            "# Each suggested record carries `draft:` (what is left to do); `check` refuses a draft marker, with its",
            "# file:line, until the record is finished and the `draft:` line deleted. Excerpts, parts and sentences",
            "# are the article's text verbatim: keep them so. A person, figure or event the fact base already has gets",
            "# this source's evidence on its existing record (see the notes), not a second record.",
            "# Then: defectcli check --sources DIR --coverage"]
    out = "\n".join(head) + "\n"
    for key, items in (("people", d.people), ("quotes", d.quotes), ("figures", d.figures),
                       ("conflicts", d.conflicts), ("waivers", d.waivers)):
        if not items:
            continue
        out += f"\n{key}:\n"
        for item in items:
            out += "".join(f"  {line}\n" if not line.startswith("#") else
                           "".join(f"  {x}\n" for x in line.split("\n")) for line in item)
    return out
