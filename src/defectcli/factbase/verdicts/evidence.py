"""What the verdicts on claims share: the records found for a claim, the verdict and its evidence,
and the words claims and records are compared by. Pure (see decide.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Protocol

from ...numbers.vocabulary import ONES, SCALES, TENS
from ...shapes import Row
from ...text import fold, words_of
from ...written import MONTHS


class ClaimLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def attribution(self) -> str | None: ...
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def near(self) -> tuple[str, ...]: ...
    @property
    def subjects(self) -> tuple[str, ...]: ...


class QuoteLike(ClaimLike, Protocol):
    @property
    def quote(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...


@dataclass(frozen=True)
class Evidence:
    """A record that decided a verdict: what it is, where it is, its verbatim text, what it says."""

    kind: str  # figure, quote, person, event, conflict
    id: str
    source: str | None
    line: int | None
    excerpt: str
    says: str

    def row(self) -> Row:
        return {"kind": self.kind, "id": self.id, "source": self.source, "line": self.line,
                "excerpt": self.excerpt, "says": self.says}


@dataclass(frozen=True)
class Verdict:
    verdict: str  # one of VERDICTS
    reason: str  # one line a person reads
    evidence: tuple[Evidence, ...] = ()
    diff: str | None = None  # a misquote against the verbatim text: [-claim's words-]{+the source's+}


@dataclass
class Found:
    """What the fact base holds that may bear on one claim (store/queries/verify.py gathers it)."""

    quotes: list[Row] = field(default_factory=list)  # quote rows, with speaker_name
    figures: list[Row] = field(default_factory=list)  # figure rows, with stated_by_name
    attributes: list[Row] = field(default_factory=list)  # a person's attribute, with person and name
    events: list[Row] = field(default_factory=list)
    conflicts: list[Row] = field(default_factory=list)  # conflicts citing any of the figures or events
    # The ids the claim's speaker or attribution names: None when it names no one, empty when the
    # fact base knows no one by that name.
    named: frozenset[str] | None = None
    # The sources whose own article the claimant is (its outlet or an author: "according to The
    # Irrawaddy"), which say what the article states in its own voice.
    voiced: frozenset[str] = frozenset()
    # What the fact base gives as the claimant's own words (the excerpts of the figures they state, their quotes): a
    # date's record whose words are inside them is theirs too ("According to the NUG, … since the coup in February 2021")
    stated: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()  # ids of the people the sentence names
    # ids of whom the claim is about and of the people the sentence names as owners ("X's unit", "the unit of X"), and of
    # the figures' people who are one person, not a group: a figure about one person is not of another named instead
    mentioned: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()  # ids of whom the count's own words say it is of ("Seven of Zay Thu Aung's comrades")
    individuals: frozenset[str] = frozenset()
    hearers: tuple[str, ...] = ()  # ids of the one a quotation's sentence names as told or hearing it
    # ids of whom a date's sentence names as doing its event ("The NUG staged a coup"): None when it names no one,
    # empty when it names one the fact base does not know
    agents: tuple[str, ...] | None = None
    names: dict[str, str] = field(default_factory=dict)  # display names of people and organisations
    # The words of rank, service or job the sentence gives whom the claim is of (its speaker, or the person it is
    # about) as a title ("Police officer X", "X, a major,"), that person's id, every word the record knows them by, and
    # the rank and service it gives ("Captain, air force")
    title: tuple[str, ...] = ()
    titled: str | None = None
    known_as: str = ""
    rank: str = ""


# ---------------------------------------------------------------- words


WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
STOP = frozenset(words_of("""a an the of to in on at for by with from about into as and or is are was were be been being do
    does did how many much what which who whom whose why when where that this these those it its there their they he
    she his her him i me my we our us you your than then so if any some all has have had will would can could may
    might must should also just only per each every according said says say between from to dozen among amongst them
    including""")) | \
    frozenset([*ONES, *TENS, *SCALES])
# Words that say nothing of what is counted: the units and generic nouns every figure shares.
GENERIC = frozenset(words_of("""people person year month week day hour decade time total number baht kyat dollar euro yuan
    rupee percent story storey floor""") + [m.lower() for m in MONTHS])
SYNONYMS = {"troop": "soldier", "policemen": "polic", "policeman": "polic", "army": "military", "defector": "defect",
            "deserter": "defect", "desert": "defect", "desertion": "defect", "switch": "defect", "quit": "defect",
            "interviewe": "interview", "conscription": "conscript", "marri": "spous", "marriag": "spous", "coupl": "spous",
            "wif": "spous", "wiv": "spous", "husband": "spous", "paid": "pay", "payment": "pay",
            "remain": "stay", "servicemen": "soldier", "serviceman": "soldier",
            "cop": "polic", "attack": "assault", "flat": "apartment", "compulsory": "mandatory", "obligatory": "mandatory",
            # a payment by its other names (not "earns" or "gets": a wage at a garage is no payment to defectors)
            "stipend": "pay", "allowanc": "pay", "allowance": "pay", "rat": "pay"}  # ("rate", as crudely stemmed)


def norm_words(text: str) -> list[str]:
    """The words of `text` as quotes are compared: folded (case, accents, quote marks), no punctuation."""
    return WORD.findall(fold(text))


@cache
def stem(word: str) -> str:
    """A crude stem, the same for the forms a claim and a record write a word in ("defected",
    "defect"; "ages", "aged"; "houses", "house")."""
    w = word.lower().replace("’", "'").removeprefix("ex-")  # "ex-servicemen"
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return SYNONYMS.get(w, w)


def terms(texts: Iterable[str | None]) -> set[str]:
    """The stems of the content words of `texts`."""
    out: set[str] = set()
    for text in texts:
        if text:
            out.update(_terms(text))
    return out


@lru_cache(maxsize=4096)
def _terms(text: str) -> frozenset[str]:
    # A draft's claims meet the same records (and a record the same words) again and again.
    return frozenset(stem(w) for w in norm_words(text) if w not in STOP and not w[0].isdecimal())


def number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def name_of(found: Found, ident: str | None) -> str:
    if ident is None:
        return "the article"
    return found.names.get(ident, ident)


def where(row: Row) -> str:
    return f"{row['source']}:{row['line']}" if row.get("line") else str(row.get("source") or "")
