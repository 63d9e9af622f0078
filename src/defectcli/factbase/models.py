"""Typed, immutable records of the fact base. Field names are the YAML keys.

A field without a default is required in YAML; tuples default to empty. `loc` is filled by the
loader (file and line of the record) and is never written in YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..shapes import LARGEST as LARGEST
from . import kinds

Scalar = str | int | float


@dataclass(frozen=True)
class Loc:
    """Where a record was read: its file and line."""
    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


NOWHERE = Loc()


@dataclass(frozen=True)
class Evidence:
    """A passage of a source that states a record: the source and a verbatim excerpt."""
    source: str
    excerpt: str
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Reading:
    """One way to read a disputed date: its value, and what it rests on."""
    value: str
    note: str
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Dispute:
    """A date that rests on a statement a conflict rates wrong or unclear: every reading, and the conflict."""
    conflict: str
    readings: tuple[Reading, ...]
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class DateInfo:
    """A date as the text gives it (stated) or as it is read (inferred), and how precise it is."""
    precision: str
    basis: str
    value: str | None = None
    note: str | None = None
    disputed: Dispute | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Record:
    """What the publication record says of a source (its page, the outlet), not what its text says.

    Given by whoever adds the source (`given_by` says who or from what), and never mixed with the
    dates the fact base infers from the text (`Source.date`). Byline names are written as
    published ("Gary Rocchio") or as "Family, Given" for citation styles to invert.
    """

    given_by: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    byline: tuple[str, ...] = ()
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    section: str | None = None
    retrieved: str | None = None  # the day the page was saved
    note: str | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Source:
    """An article: found by its sha256, dated as its text allows, with its publication record apart."""
    id: str
    kind: str
    sha256: str
    date: DateInfo
    record: Record | None = None
    title: str | None = None
    headings: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    file_hint: str | None = None
    evidence: tuple[Evidence, ...] = ()
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Theme:
    """A theme quotes are filed under, with the everyday words searchers use for it."""
    id: str
    description: str
    # Everyday words people search with for this theme, in groups of words that mean the same thing
    # to a searcher ("money pay paid wages"); search uses them.
    search_words: tuple[str, ...] = ()
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Attribute:
    """One thing a source says of a person: a field, its value as stated, and the excerpt."""
    field: str
    value: Scalar
    source: str
    excerpt: str
    value_max: int | float | None = None
    unit: str | None = None
    wording: str | None = None
    note: str | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Relation:
    """How a person stands to another (wife of, family of, ...)."""
    person: str
    relation: str
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Person:
    """A person or a group of people the articles name or describe."""
    id: str
    name: str
    name_status: str
    roles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    group: bool = False
    described_as: str | None = None
    note: str | None = None
    relations: tuple[Relation, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    # For a group: the people (ids) the fact base knows to be in it, so a reason given by the group
    # and by its members is not counted twice.
    members: tuple[str, ...] = ()
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Organisation:
    """An organisation the articles name: an armed force, a government, a group helping defectors."""
    id: str
    name: str
    kind: str
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    described_as: str | None = None
    note: str | None = None
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    # What the articles say the organisation does, can or cannot do: checked as people's are.
    attributes: tuple[Attribute, ...] = ()
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Place:
    """A place the articles name."""
    id: str
    name: str
    kind: str
    evidence: tuple[Evidence, ...]
    note: str | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Event:
    """Something that happened, dated as the text allows, with who and where."""
    id: str
    name: str
    kind: str
    date: DateInfo
    evidence: tuple[Evidence, ...]
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    # Events the text says this one came after ("shortly after the coup"): they order the timeline.
    after: tuple[str, ...] = ()
    note: str | None = None
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Part:
    """One part of a figure's breakdown, as the text gives it."""
    label: str
    value: int | float
    wording: str
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Figure:
    """A number a source states: its value as worded, who states it, and what it counts."""
    id: str
    topic: str
    counts: str
    value: int | float
    comparator: str
    unit: str
    wording: str
    source: str
    excerpt: str
    value_max: int | float | None = None
    as_of: DateInfo | None = None
    stated_by: str | None = None
    about: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    rank: str = "normal"
    rank_reason: str | None = None
    derived_from: tuple[str, ...] = ()
    derivation: str | None = None
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()  # other sources that state the same number
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Quote:
    """Words of a speaker, verbatim, in one or more parts, with the line they are on."""
    id: str
    speaker: str
    parts: tuple[str, ...]
    kind: str
    attribution: str
    themes: tuple[str, ...]
    source: str
    line: int
    note: str | None = None
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE

    @property
    def text(self) -> str:
        # The parts are separate runs of quoted text; the ellipsis marks the writer's words between.
        return " … ".join(self.parts)


@dataclass(frozen=True)
class Giver:
    """One who gives a motivation, by a source's excerpt: how sure the text makes it their reason."""
    who: str
    source: str
    excerpt: str
    attribution: str = "explicit"
    # For a group giver: how many people the text says give the reason ("All but one" of seven: 6).
    count: int | None = None
    note: str | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Motivation:
    """A reason for joining, defecting or staying, and who gives it."""
    id: str
    stage: str
    reason: str
    given_by: tuple[Giver, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    figures: tuple[str, ...] = ()
    note: str | None = None
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Claim:
    """What one source says in a conflict, and how the fact base rates it."""
    source: str
    excerpt: str
    rating: str
    figure: str | None = None
    event: str | None = None
    date: DateInfo | None = None  # the date this claim gives the event or figure
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Conflict:
    """Where the sources disagree, err or are unclear, with each side's claim."""
    id: str
    kind: str
    topic: str
    summary: str
    claims: tuple[Claim, ...]
    headline: str | None = None
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class Waiver:
    """A sentence of a source that states no fact, so that no record need cite it (`check --coverage`)."""
    source: str
    sentence: str
    reason: str
    draft: str | None = None  # a draft marker: what is left to do; check refuses it
    loc: Loc = NOWHERE


@dataclass(frozen=True)
class FactBase:
    """Every record of a fact base, by kind (the loader's result)."""
    sources: tuple[Source, ...] = ()
    themes: tuple[Theme, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    motivations: tuple[Motivation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    files: tuple[str, ...] = field(default=())


# The top-level keys a fact file may hold (kinds.py), and the record type of each list: the class
# named for the kind's singular.
KINDS: dict[str, type] = {plural: globals()[singular.capitalize()] for plural, singular in kinds.KINDS.items()}
