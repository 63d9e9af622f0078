"""The checkable claims of a user's text: quotes with their speakers, numbers with what they count and
who states them, dates of named people and events. Pure text work: nothing here knows the fact base.

The text is split into sentences by the splitter `check --coverage` uses (sentences.split); a
quotation the splitter cut into sentences is put back together, so a quote is one claim. In each
sentence (outside its quotations):
- a quotation (in any style of quote marks) of three words or more, or of any length with a named
  speaker, is a quote claim; its speaker is who the sentence names beside it: `X said`, `said X`,
  `X:`, `according to X` (a pronoun names no one);
- each number with what it counts, unit or age is a number claim (numbers.py says which numbers);
- each date is a date claim, about the event the sentence's verb names (defected, joined, the coup);
- "according to X" or "X says" before a number names who states it (the attribution).
Names are capitalised runs of words ("Capt Zay Thu Aung", "People’s Embrace", "the NUG"); which
of them are people or organisations is the fact base's to say.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from ...numbers.amounts import Amount, Reading, read
from ...numbers.values import Token
from ...numbers.vocabulary import MONTHS, PEOPLE
from ...text import words_of
from ..sentences import outermost, pieces, split
from .about import about, apart, together
from .anchored import first, leftmost, squeezed, tail_match
from .events import event_near
from .negation import clause_denies, negated
from .numbers import number_claim
from .verbs import SAYING

# Words no name starts with, though a sentence may start with them capitalised.
_COMMON = frozenset(words_of("""a an the in on at of to for by with from as and or but so if when while after before since
    during according however also despite once each every many most some several this that these those his her
    their its our my your we they he she it i you one two three four five six seven eight nine ten there here
    then now today yet still although though because what which who why how all both other another more less
    over about around nearly almost under up no not never even only just like unlike military defectors defector
    former senior junior army air force government aged""")) | PEOPLE
PRONOUNS = frozenset(words_of("he she they we i it you him her them us me another someone one who others each this that"))
STOPWORDS = frozenset(words_of("""a an the of to in on at for by with from about into as and or is are was were be been being
    do does did how many much what which who whom whose why when where that this these those it its there their
    they he she his her him i me my we our us you your than then so if any some all has have had will would can
    could may might must should not no also just only over more most less per each every according said says
    after before since while during such other another"""))
_DOUBLE = re.compile(r"“[^“”]+”?|\"[^\"]+\"?|«[^»]+»?|„[^“”]+[“”]?")
_SINGLE = re.compile(r"(?<!\w)['‘](?=\S)[^'‘’]+?(?<=\S)['’](?!\w)")


@dataclass(frozen=True)
class Claim:
    kind: str  # quote | number | date
    text: str  # the claim as the sentence writes it
    sentence: int  # which sentence of the text, from 1
    line: int  # the line of the text it is on
    sentence_text: str
    at: int  # where in the sentence the claim starts
    attribution: str | None  # who the sentence says states it: "the NUG" (according to X, X says)
    subjects: tuple[str, ...]  # names the sentence holds, the nearest to the claim first
    words: tuple[str, ...]  # the sentence's content words, lower-case, outside quotations
    near: tuple[str, ...]  # those within eight words of the claim
    close: tuple[str, ...]  # those within three words of it


@dataclass(frozen=True)
class QuoteClaim(Claim):
    quote: str = ""  # the words between the quote marks
    speaker: str | None = None  # who the sentence says said them, as written


@dataclass(frozen=True)
class NumberClaim(Claim):
    value: float = 0
    value_max: float | None = None
    comparator: str = "exact"  # exact more_than less_than at_least at_most about nearly range
    unit: str | None = None  # people, years, years of age, months, baht, storeys, ...
    per: str | None = None  # a rate: month, week, day, year
    counted: tuple[str, ...] = ()  # what is counted, as written ("junta personnel")
    field: str | None = None  # age, age_joined or years_served, when the sentence says so


@dataclass(frozen=True)
class DateClaim(Claim):
    year: int = 0
    month: int | None = None
    day: int | None = None
    event: str | None = None  # the event kind the sentence's verb names: defection, enlistment, coup, ...


C = TypeVar("C", bound=Claim)


def parse(text: str) -> list[Claim]:
    """Every checkable claim of `text`, in the order of the text."""
    out: list[Claim] = []
    for number, (line, sentence) in enumerate(sentences(text), start=1):
        out.extend(claims_of(sentence, number, line))
    return out


def sentences(text: str) -> list[tuple[int, str]]:
    """(line, sentence) of each sentence, a quotation cut by the splitter put back together; one
    longer than sentences.LONGEST in pieces. Each piece of the text is read once: a quotation left
    open for a whole paragraph is not read again at each sentence it takes in."""
    lines = text.split("\n")
    found: list[tuple[int, int, int, str | None]] = []  # line, start, end, text (None: row[start:end])
    state: tuple[int, bool] | None = None  # the quote marks open after the last sentence, while any are
    at = 0
    for s in split(text):
        row = lines[s.line - 1]
        start = max(row.find(s.text, at if found and found[-1][0] == s.line else 0), 0)
        before, at = at, start + len(s.text)
        if state is not None and found[-1][0] == s.line:
            first = found[-1][1]
            state = _marks(row[before:at], state) if at >= before else _marks(row[first:at], (0, False))
            found[-1] = (s.line, first, at, None)
        else:
            found.append((s.line, start, at, s.text))
            state = _marks(s.text, (0, False))
        if not (state[0] > 0 or state[1]):
            state = None
    out = [(line, lines[line - 1][a:b] if said is None else said) for line, a, b, said in found]
    return [(line, piece) for line, sentence in out for piece in pieces(sentence)]


def _marks(text: str, state: tuple[int, bool]) -> tuple[int, bool]:
    """The double quotations open after `text`, given those open before it: (how deep in typographic
    marks, whether inside straight ones)."""
    depth, straight = state
    for c in text:
        if c == "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
    return depth, straight


def quotations(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation, marks included: double marks first, then single
    (a double mark left open runs to the end: a draft's quote may be unclosed)."""
    return outermost(sentence, _DOUBLE, _SINGLE)


def claims_of(sentence: str, number: int, line: int) -> list[Claim]:
    """The claims of one sentence, in order."""
    spans = quotations(sentence)
    blanked = _blank(sentence, spans)
    reading = read(blanked)
    toks, words = reading.tokens, reading.words
    names = _names(toks)
    attribution = _attribution(blanked, toks, words)
    content = tuple(dict.fromkeys(w for w in words if w[0].isalpha() and w not in STOPWORDS and len(w) > 1))
    base: dict[str, Any] = {"sentence": number, "line": line, "sentence_text": sentence, "attribution": attribution,
            "words": content}
    found: list[Claim] = []
    nested = any(a[1] > b[0] for a, b in itertools.pairwise(spans))  # ‘he said “go” to me’
    asides = apart(blanked)
    speaking = _blank(blanked, asides)  # "Zeya Hein, not Lin Aung, said": Zeya Hein is the speaker
    for start, end in spans:
        inner = sentence[start + 1:end - 1] if sentence[end - 1] in "”\"»“’'" else sentence[start + 1:end]
        inner = inner.strip()
        speaker = _speaker(sentence, start, end, None if nested else speaking)
        after = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
        if clause_denies(words, after):
            continue  # "Lin Aung never said “...”": the sentence says he did not say it
        if len(re.findall(r"\w+", inner)) >= 3 or (speaker and inner):
            found.append(QuoteClaim(kind="quote", text=sentence[start:end], at=start, subjects=_nearest(names, start),
                                    near=content, close=(), quote=inner, speaker=speaker, **base))
    starts = {t.start: k for k, t in enumerate(toks)}
    named = frozenset(starts.get(offset, -1) for _, offset in names)
    for date in reading.dates:
        if date.year is None or negated(words, date.start, date.end):
            continue  # a day of a month ("March 3") dates nothing checkable; "not in 2020" states no date
        at, end = reading.span(date.start, date.end)
        event, verb = event_near(words, date.start, named)
        found.extend(_each(together(names, toks, words, date.start, date.end), DateClaim(
                               kind="date", text=blanked[at:end], at=at,
                               subjects=about(names, blanked, asides, toks, words, date.start, date.end, verb),
                               near=_near(words, date.start), close=_near(words, date.start, 3), year=date.year,
                               month=date.month, day=date.day, event=event, **base)))
    found.extend(each for amount in reading.amounts
                 if (claim := _number(reading, amount, names, asides, named, base)) is not None
                 for each in _each(together(names, toks, words, amount.start, amount.last), claim))
    found.sort(key=lambda c: c.at)
    return found


def _number(reading: Reading, amount: Amount, names: list[tuple[str, int]], asides: list[tuple[int, int]],
            named: frozenset[int], base: dict[str, Any]) -> NumberClaim | None:
    claim = number_claim(reading, amount)
    if claim is None or negated(reading.words, claim.start, claim.last):
        return None
    start, end = reading.span(claim.start, claim.last)
    i = amount.number
    return NumberClaim(kind="number", text=str(base["sentence_text"])[start:end], at=start,
                       subjects=about(names, reading.text, asides, reading.tokens, reading.words, claim.start,
                                      claim.last, event_near(reading.words, claim.start, named)[1]),
                       near=_near(reading.words, i),
                       close=_near(reading.words, i, 3), value=claim.value, value_max=claim.value_max,
                       comparator=claim.comparator, unit=claim.unit, per=claim.per, counted=claim.counted,
                       field=claim.field, **base)


def _each(subjects: list[str], claim: C) -> list[C]:
    """The claim, once for each of several people it is about (`subjects`): "Lin Aung and Zeya Hein
    both enlisted in 2014" says it of each."""
    return [replace(claim, subjects=(n, *(m for m in claim.subjects if m != n))) for n in subjects] or [claim]


def _near(words: list[str], i: int, reach: int = 8) -> tuple[str, ...]:
    window = words[max(0, i - reach):i + reach + 1]
    return tuple(dict.fromkeys(w for w in window if w[0].isalpha() and w not in STOPWORDS and len(w) > 1))


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each quotation replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# Nouns that name a group after a name or "the": "the Thai government", "the police", "a police spokesman".
_GROUPS = PEOPLE | frozenset(words_of("""government authorities ministry junta army military forces force regime spokesman
    spokeswoman spokesperson sources council administration embassy"""))
# What names the text a claim is read in, not who states what it reports.
_THE_TEXT = frozenset(("the article", "the report", "the story", "the text", "the piece", "this article",
                       "the articles", "the sources", "the source"))
_ABBREVIATED = frozenset(words_of("capt maj lt col gen sgt cpl pvt mr mrs ms dr brig mg"))


def _names(toks: list[Token]) -> list[tuple[str, int]]:
    """(name, offset) of each capitalised run of words: "Capt Zay Thu Aung", "People’s Embrace",
    "National Unity Government of Myanmar"; a possessive "’s" at its end is left off."""
    out: list[tuple[str, int]] = []
    run: list[Token] = []

    def close() -> None:
        while run and run[-1][0].lower() in ("of", "the", "."):
            run.pop()
        if run and not all(t[0].lower() in _COMMON for t in run):
            text = " ".join(t[0] for t in run).replace(" .", ".")
            out.append((re.sub(r"['’]s$", "", text), run[0][1]))
        run.clear()

    for k, (tok, _, _) in enumerate(toks):
        capital = tok[0].isupper() and not tok.isdigit()
        if capital and not run and (tok.lower() in _COMMON or tok.lower().rstrip(".") in MONTHS):
            capital = False
        joins = run and tok.lower() in ("of", "the") and k + 1 < len(toks) and toks[k + 1][0][:1].isupper()
        abbreviated = run and tok == "." and run[-1][0].lower() in _ABBREVIATED
        if capital or joins or abbreviated:
            run.append(toks[k])
        else:
            close()
    close()
    return out


def _nearest(names: list[tuple[str, int]], at: int) -> tuple[str, ...]:
    """The names, those before `at` first (nearest first), then those after it."""
    before = sorted((n for n in names if n[1] < at), key=lambda n: -n[1])
    after = [n for n in names if n[1] >= at]
    return tuple(dict.fromkeys(n for n, _ in [*before, *after]))


def _clean(phrase: str) -> str | None:
    """A speaker or attribution as the sentence names it, without a leading conjunction or a trailing
    adverb ("he sadly reveals"); None for a pronoun or for words that name no one."""
    words = re.findall(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?", phrase)
    while words and words[0].lower() in ("and", "but", "as", "so", "then"):
        words.pop(0)
    while len(words) > 1 and words[-1].lower().endswith("ly"):
        words.pop()
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS) or words[0].lower() in _PREPOSITIONS:
        return None
    if len(words) > 8 or (len(words) == 1 and words[0].lower() in ("the", "a", "an")):
        return None
    # A name and then what it did ("People’s Embrace urges soldiers:"): the name alone.
    # A common noun before a name ("Defector Lin Aung") is not part of it.
    while len(words) > 1 and words[0].lower() in _COMMON - {"the", "a", "an"} and words[1][0].isupper():
        words.pop(0)
    # Words of a clause before a name ("is something Lin Aung did say"): the name, unless it is whose the
    # person is ("friends of Lin Aung").
    capital = next((k for k, w in enumerate(words) if w[0].isupper()), 0)
    if capital and words[0][0].islower() and words[0] not in ("the", "a", "an") and words[capital - 1] != "of":
        words = words[capital:]
    if words[0][0].isupper() and words[0].lower() not in ("a", "an", "one", "another"):
        run = 1
        while run < len(words) and (words[run][0].isupper() or words[run] in _GROUPS or (
                words[run] in ("of", "the") and run + 1 < len(words) and words[run + 1][0].isupper())):
            run += 1  # "the Thai government", "The Myanmar military", "The police"
        words = words[:run]
    if words[0] == "The" and len(words) > 1:
        words[0] = "the"  # "The NUG says": "the NUG", as a reason quotes it back
    group = words[1:] if words[0].lower() in ("the", "a", "an", "many", "most", "some", "several", "other") else words
    if all(w.lower() in _COMMON for w in words) and not (group and all(w.lower() in _GROUPS for w in group)):
        return None  # "Each defector is paid an estimated ...", "some say": no one named; "the police" names a group
    return " ".join(words)


_VERB = "|".join(sorted(SAYING))
_PREPOSITIONS = frozenset(words_of("by in on at for from with to of after before since during if when while because"))
# Who is named beside a quotation, and who states a number: see anchored.py for how these run in
# linear time.
_SAID_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:{_VERB})\s+([^,.;:!?“”\"]+)|([^,.;:!?“”\"]+?)\s+(?:\w+ly\s+)?(?:{_VERB}))\b")
_SAID_BEFORE = re.compile(rf"(?:^|[,.;:!?–—]\s*)([^,.;:!?“”\"]+?)\s+(?:\w+ly\s+)?(?:{_VERB})(?:\s+that)?\s*[:,]?\s*$")
_ACCORDING_BEFORE = re.compile(r"according to ([^,.;:!?“”\"]+?)\s*[:,]?\s*$", re.IGNORECASE)
_ACCORDING = re.compile(r"according to ", re.IGNORECASE)
_COLON_BEFORE = re.compile(r"(?:^|[.;!?]\s*)([^,.;:!?“”\"]+?)\s*:\s*$")
_ATTRIBUTED = re.compile(r"according to ([^,.;:!?()–—]+)", re.IGNORECASE)
_SAYS = re.compile(rf"(?:^|[,;:–—(]\s*)([^,.;:!?()–—]+?)\s+(?:\w+ly\s+)?(?:{_VERB})\b")


_NEAR = 300  # characters on either side of a quotation where its speaker may be named (white space squeezed)


def _speaker(sentence: str, start: int, end: int, blanked: str | None = None) -> str | None:
    """Who the sentence says spoke the quotation at [start, end). The words before and after it are
    read without their own quotations; where no quotation holds another, those are the sentence's
    (`blanked`), else they are found again in each."""
    # Only the words near the quotation can name its speaker: _clean takes no more than 8 words, and a
    # match running further would name no one either way. The patterns, slow per character, then read
    # at most _NEAR characters for each quotation of a sentence, however long the sentence.
    after = squeezed(blanked[end:] if blanked is not None else _blank(sentence[end:], quotations(sentence[end:])))
    m = _SAID_AFTER.match(after[:_NEAR])
    if m:
        return _clean(m.group(1) or m.group(2))
    before = squeezed(blanked[:start] if blanked is not None else _blank(sentence[:start], quotations(sentence[:start])))
    before = before[-_NEAR:]
    m = tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]")) \
        or tail_match(_ACCORDING_BEFORE, before, ",:", first(_ACCORDING, before)) \
        or tail_match(_COLON_BEFORE, before, ":", leftmost(before, ":", "[.;!?]", dashes=False))
    return _clean(m.group(1)) if m else None


def _attribution(blanked: str, toks: list[Token], words: list[str]) -> str | None:
    """Who the sentence says states what it reports: "according to X", or "X says/said/estimates"; not
    the text itself ("according to the article")."""
    m = _ATTRIBUTED.search(blanked)
    if m:
        said = _clean(m.group(1))
        return None if said is not None and said.lower() in _THE_TEXT else said
    m = _SAYS.search(squeezed(blanked))
    return _clean(m.group(1)) if m else None
