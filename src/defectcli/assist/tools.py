"""The tools an assistant may call: each one question to `FactBase`, answered with what the command
of the same name prints with `-f json`.

A tool is one declaration: a function under `@tool` whose first parameter is the fact base and whose
others are the tool's arguments, typed (the SDK makes the argument schema from the hints and the
`Field` descriptions); its docstring is the description a model reads. It returns the FactBase's
answer as it is, and raises the FactBase's errors as they are: the server turns both into MCP
results. Nothing here writes, and no argument names a file: a citation style is one of a fixed few.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from ..api import FactBase  # at run time: the SDK reads the hints, this one included
from ..errors import NotFound
from ..shapes import MOST_ROWS, Row
from ..text import shorten

F = TypeVar("F", bound=Callable[..., Any])

TOOLS: list[Callable[..., Any]] = []

# Said once, after every description: a model reads the tools one at a time.
QUOTED = ("Results quote the sources: each fact with its verbatim excerpt, source id and line; they are what the "
          "articles say, not this tool's opinion. Where sources disagree, `conflicts` shows both sides.")


def tool(func: F) -> F:
    """Declare a tool: its name is the function's, its description the docstring."""
    TOOLS.append(func)
    return func


def rows(found: list[Row], empty: str) -> list[Row]:
    """A list answer; an empty one is the command's "nothing matched" (exit 1 there, an error result here)."""
    if not found:
        raise NotFound(empty)
    return found


def _number(value: Any) -> Any:
    """A count as JSON gives one (5, or 5.0): not true/false or text ("5"), which pydantic would read as numbers."""
    if isinstance(value, (bool, str)):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


# A count: a JSON number, never a boolean or a string that holds one.
Count = BeforeValidator(_number)
# A choice in any case, as the command line and the API take it ("APA", "Joining").
Folded = BeforeValidator(lambda value: value.casefold() if isinstance(value, str) else value)
Source = Annotated[str | None, Field(description="Only facts from this source id (`sources` lists them), e.g. s1.")]
Kind = Annotated[str | None, Field(description="The record's kind when two kinds share an id: person, organisation, "
                                   "place, event, figure, quote, motivation, conflict, source or theme.")]
RecordId = Annotated[str, Field(description="A record's id, as search hits and every list give it, e.g. "
                                "q-lin-aung-no-regret.")]


@tool
def search(fb: FactBase, text: Annotated[str, Field(description="Words or \"quoted phrases\"; every word must match, "
                                                   "in any field. Case, accents and word endings are ignored.")],
           kind: Kind = None,
           limit: Annotated[int, Field(ge=1, le=MOST_ROWS, description="How many hits, best first."), Count] = 20,
           ) -> list[Row]:
    """Find every record that mentions some words, best first: people, quotes, figures, reasons, events,
    conflicts, organisations, sources, themes. Each hit has its kind, id, title and the matching words
    in context (snippet); `show` or `cite` then gives the record with its excerpts."""
    return rows(fb.search(text, kind, limit), f"nothing mentions '{shorten(text)}'")


@tool
def person(fb: FactBase, name: Annotated[str, Field(description="A name, alias or title form, e.g. \"Lin Aung\"; "
                                                   "honorifics and ranks (U, Ko, Capt.) are optional.")],
           source: Source = None) -> Row:
    """One person's profile: who they are (name as published, a pseudonym, or unnamed; roles), their
    attributes, quotes, reasons for joining, defecting or staying, figures and events, each with the
    source id and the excerpt it rests on."""
    return fb.person(name, source)


@tool
def show(fb: FactBase, id: RecordId, kind: Kind = None,
         context: Annotated[int, Field(ge=0, le=50, description="Paragraphs of the article to give before and "
                                       "after each excerpt's own."), Count] = 0) -> Row:
    """Any record by its id, in full: each excerpt with its source id, line, the article paragraph it
    stands in (where the article texts are at hand) and a one-line citation."""
    return fb.show(id, kind, context)


@tool
def cite(fb: FactBase, id: RecordId, kind: Kind = None,
         style: Annotated[Literal["plain", "csl-json", "bibtex", "apa", "chicago", "chicago-author-date"],
                          Folded, Field(description="How to cite each source.")] = "plain") -> Row:
    """How to cite a fact: the record's statement (a quote with its speaker, a figure as stated), each
    excerpt with its source id and line, and a citation of each source from its publication record."""
    return fb.cite(id, kind, style)


@tool
def verify(fb: FactBase, text: Annotated[str, Field(description="A sentence, a quote or a whole draft (at most 64 KiB), "
                                                   "as a reader would give it.")]) -> list[Row]:
    """Check a text against the fact base: each claim it makes (a quote and who it names as the
    speaker, a number with what it counts and who it says states it, a date of a named person or
    event) with one verdict — matches, differs, disputed, misquoted, misattributed, not_found — the
    reason, and the records that decide it with their excerpts. not_found means the fact base says
    nothing on it, never that it is false; a verdict reports what the sources say, not what is true."""
    return rows(fb.verify(text), "no checkable claim in the text: verify checks quotes, numbers with what they "
                "count, and dates of named people and events")


@tool
def stats(fb: FactBase, topic: Annotated[str | None, Field(description="Only figures on this topic, e.g. defections.")]
          = None, source: Source = None) -> list[Row]:
    """Every figure the sources give (totals, payments, counts): value as stated, comparator,
    unit, what it counts, who states it, source and excerpt. Totals that disagree are separate
    figures, each with its own source."""
    return rows(fb.stats(topic, source), "no figures match")


@tool
def quotes(fb: FactBase,
           themes: Annotated[list[str] | None, Field(description="Theme ids a quote must all have (`themes` lists "
                                                     "them), e.g. [\"safety\"].")] = None,
           speaker: Annotated[str | None, Field(description="Only quotes by this person (a name).")] = None,
           search: Annotated[str | None, Field(description="Only quotes with every one of these words.")] = None,
           source: Source = None) -> list[Row]:
    """Direct quotations, verbatim (parts joined by " … "), each with its speaker, themes, source id and
    line in the article."""
    return rows(fb.quotes(themes, speaker, search, source), "no quotes match")


@tool
def conflicts(fb: FactBase, source: Source = None) -> list[Row]:
    """Where the sources disagree, contradict themselves or err: each conflict with its kind, a summary,
    and every side's claim with its excerpt, source id and rating. Report a conflict as one; it is
    settled only where the record says so."""
    return rows(fb.conflicts(source), "no conflicts")


@tool
def people(fb: FactBase, role: Annotated[str | None, Field(description="Only people with this role, e.g. "
                                                           "defector.")] = None,
           source: Source = None) -> list[Row]:
    """Everyone the articles name, quote or describe: id, name, name status (as_published, pseudonym, unnamed),
    roles and sources. `person` gives one in full."""
    return rows(fb.people(source, role), "no people match")


@tool
def motivations(fb: FactBase, stage: Annotated[Literal["joining", "defecting", "staying"] | None, Folded,
                                               Field(description="Reasons for joining, for defecting, or for "
                                                     "staying (what holds soldiers back).")] = None,
                source: Source = None) -> list[Row]:
    """Reasons people give for joining the military, defecting from it, or staying, with who gives each,
    how many people, and the excerpts."""
    return rows(fb.motivations(stage, source), "no motivations match")


@tool
def timeline(fb: FactBase, source: Source = None) -> list[Row]:
    """Events in date order, each date with its precision and whether the article states it or it is
    inferred (a disputed date gives every reading); undated events last."""
    return rows(fb.timeline(source), "no events")


@tool
def sources(fb: FactBase) -> list[Row]:
    """The articles every fact comes from: id, outlet, title, authors, date, url and SHA-256."""
    return rows(fb.sources(), "no sources")


@tool
def themes(fb: FactBase) -> list[Row]:
    """The theme vocabulary that quotes are tagged with (the ids `quotes` filters on), with how many
    quotes each has."""
    return rows(fb.themes(), "no themes")


@tool
def orgs(fb: FactBase, source: Source = None) -> list[Row]:
    """Organisations the articles name (military units, armed groups, NGOs, the NUG), with aliases,
    sources, and the excerpts that say what each is or does."""
    return rows(fb.organisations(source), "no organisations")
