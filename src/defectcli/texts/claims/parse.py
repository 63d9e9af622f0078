"""The checkable claims of a user's text: quotes with their speakers, numbers with what they count and
who states them, dates of named people and events. Pure text work: nothing here knows the fact base.

The text is split into sentences by the splitter `check --coverage` uses (sentences.split); a
quotation the splitter cut into sentences is put back together, so a quote is one claim. In each
sentence (outside its quotations):
- a quotation (in any style of quote marks) of three words or more, or of any length with a named
  speaker, is a quote claim; its speaker is who the sentence names beside it: `X said`, `said X`,
  `X:`, `according to X` (a pronoun names no one);
- each number with what it counts, unit or age is a number claim (numbers.py says which numbers);
- each date is a date claim, about the event the sentence's verb names (defected, joined, the coup), and so is a
  span counted from another date ("a year after the 2021 coup", "five years before the coup": dated.py);
- "according to X" or "X says" before a number names who states it (the attribution).
Names are capitalised runs of words ("Capt Zay Thu Aung", "People’s Embrace", "the NUG"); which
of them are people or organisations is the fact base's to say.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ...errors import UsageError
from ...numbers.amounts import Amount, Reading, read
from ...numbers.happenings import ON_TOP, happened, kinds
from ...numbers.vocabulary import ONES, PASSING, REACHING, SCALES, TENS
from .about import about, apart, together
from .asides import DISCOURSE, VERB, appositives, described
from .beside import beside
from .capitals import names_in, nearest
from .claimant import SET_OFF, attribution_of, clean
from .compared import Comparison, compared_claim, comparisons, in_comparison, other_case, uncompared
from .context import content as _content
from .context import each as _each
from .context import near as _near
from .dated import date_claimant, date_claims
from .ends import range_end
from .events import event_near
from .including import included
from .inside import inside
from .joined import sentences, with_lead_ins
from .joinings import as_joined
from .likewise import answered, likewise
from .model import Claim, DateClaim, NumberClaim, QuoteClaim
from .negation import clause_denies, negated, takes_back_before
from .numbers import number_claim
from .payee import paid_to, payee
from .payer import payers_of
from .placed import SOURCE_LABEL
from .quoting import blank, quotations, unnicknamed
from .referent import anaphor, its_voice, opening_of, pronouns, resolved
from .relayed import hearer_of
from .reporting import STOPWORDS, undescribed, unrelayed, upright, with_second
from .scope import clause_attribution, clause_of, lacking, leading_clause, multiple, subject_shared
from .speakers import speaker_of
from .sums import MONEY
from .targets import owners
from .unnumbered import unnumbered_wholes


def parse(text: str) -> list[Claim]:
    """Every checkable claim of `text`, in the order of the text."""
    text = with_lead_ins(text)
    out: list[Claim] = []
    named: str | None = None  # the last claimant named, whom "the group says" in a later sentence means
    before: tuple[str, list[Claim]] | None = None  # the sentence before, whom "he said" may mean
    written: dict[str, str] = {}  # a sentence read without the nicknames inside its names, as written
    for number, (line, sentence) in enumerate(sentences(text), start=1):
        if (bare := unnicknamed(sentence)) != sentence:
            written[bare], sentence = sentence, bare
        earlier = next((c.counted for c in reversed(before[1]) if isinstance(c, NumberClaim) and c.counted
                        and c.unit == "people"), ()) if before is not None else ()
        found = pronouns(claims_of(sentence, number, line, earlier), before)
        if not found and before is not None and takes_back_before(read(sentence).words, before[0].rstrip().endswith("?")):
            out[len(out) - len(before[1]):] = [c for c in out[len(out) - len(before[1]):]  # "“…,” X said. He later took it
                                               if isinstance(c, DateClaim)]  # back.", "Did X say “…”? No."
        elif not found and before is not None and (who := answered(sentence, before[0])) is not None:
            out[len(out) - len(before[1]):] = [replace(c, speaker=who, subjects=()) if isinstance(c, QuoteClaim)
                                               and c.speaker is None else c for c in out[len(out) - len(before[1]):]]
        elif not found and before is not None and (source := SOURCE_LABEL.fullmatch(sentence.strip())) is not None:
            said = clean(source.group(1))  # "… have defected. Source: the NUG.": who states the figures before
            out[len(out) - len(before[1]):] = [replace(c, attribution=said) if isinstance(c, NumberClaim) and
                                               c.attribution is None else c for c in out[len(out) - len(before[1]):]]
        elif not found and before is not None:  # "So did Bo Pyay.": the claims before, of him too
            found = likewise(sentence, number, line, before[1])
        if before is not None and not any(c.attribution for c in before[1]) and any(map(anaphor, found)):
            named = opening_of(before[0]) or named  # the one named last, as a claimant or opening the sentence before
        out.extend(resolved(c, named) for c in found)
        if len(out) > MAX_CLAIMS:
            raise UsageError(f"TEXT: makes more than {MAX_CLAIMS:,} checkable claims (a long feature makes a few "
                             "hundred); check it a part at a time")  # (the command line names its file or stdin)
        named = next((c.attribution for c in reversed(found) if c.attribution and not c.attribution.islower()), named)
        if not found and before is not None and _PAUSE.fullmatch(sentence.strip()):
            continue  # "X sat down. Silence. “…,” he said.": "he" is still whom the sentence before the pause means
        before = sentence, found
    return [replace(c, sentence_text=written[c.sentence_text]) if c.sentence_text in written else c for c in out]


# The most claims one text is checked for: each costs a few milliseconds (more in a long sentence), so a call that
# makes more (64 KiB of names and ages, a claim every 14 characters) would take tens of seconds, and in an MCP server
# hold up every other call.
MAX_CLAIMS = 1_000
# A short sentence that names no one and says nothing checkable: "Silence.", "A long pause.", "It was late."
_PAUSE = re.compile(r"[A-Za-z][a-z’']*(?:[\s,;—–-]+[a-z][a-z’']*){0,5}[.!?…]*")


def claims_of(sentence: str, number: int, line: int, earlier: tuple[str, ...] = ()) -> list[Claim]:
    """The claims of one sentence, in order; `earlier`: what the last count of the sentence before counts."""
    spans = quotations(sentence)
    told = upright(sentence, spans)  # (", says X," as ", X says,"; the claims keep the sentence as written)
    told = _NOT_ONLY.sub(lambda m: " " * 9 + m.group(1) + " and      ", told)  # "Not only X but also Y said": X and Y
    told = _AS_WELL_AS.sub(" and        ", told)  # "X as well as Y said": X and Y
    told = _CLEFT_NOT_BUT.sub(lambda m: " " * len(m.group()), told)  # "It was not Y but X who said": X
    # a name set apart ("Zeya Hein and not Lin Aung enlisted", "…, not Lin Aung.") is neither whom the claim is
    # about nor a denial of it: left out
    blanked = _NOT_NAMED.sub(lambda m: " " * len(m.group()), blank(told, spans))
    blanked = _PSEUDONYM.sub(lambda m: " " * len(m.group()), blanked)  # "(not his real name)" denies nothing
    blanked = _NOT_BRACKETED.sub(lambda m: " " * len(m.group()), blanked)  # "Lin Aung (not Zeya Hein) said"
    blanked = _DISPUTED_BY.sub(lambda m: " " * len(m.group()), blanked)  # "…, a figure the NUG disputes": another's view
    blanked = _NOT_BUT.sub(lambda m: " " * len(m.group()), _UNLIKE.sub(lambda m: " " * len(m.group()), blanked))  # ("X,
    # unlike Y, says": X's)
    blanked = DISCOURSE.sub(lambda m: " " * len(m.group()), blanked)  # "X, for his part, enlisted": linking words only
    attribution = attribution_of(blanked) or its_voice(blanked)  # "Its spokesman says 12,341 …": the group's
    attribution_at = clause_attribution(blanked, attribution)
    blanked, told = unrelayed(blanked), unrelayed(told)  # "It was Y, X says, who …": Y's doing, X only passes it on
    reading = read(blanked)
    toks, words = reading.tokens, reading.words
    joined = as_joined(reading)  # "became a soldier", "has been in the army since 2014": as "joined" (for its event, age)
    names = names_in(toks)
    content = _content(words)
    base: dict[str, Any] = {"sentence": number, "line": line, "sentence_text": sentence, "attribution": attribution,
            "words": content}
    found: list[Claim] = []
    nested = any(a[1] > b[0] for a, b in itertools.pairwise(spans))  # ‘he said “go” to me’
    asides = apart(blanked)
    speaking = blank(blanked, asides)  # "Zeya Hein, not Lin Aung, said": Zeya Hein is the speaker
    for start, end in spans:
        inner = sentence[start + 1:end - 1] if sentence[end - 1] in "”\"»“’'" else sentence[start + 1:end]
        inner = inner.strip()
        speaker = speaker_of(told, start, end, None if nested else speaking)
        if speaker and re.search(rf"{re.escape(speaker)},?\s+or\s+[A-Z]|\bor\s+{re.escape(speaker)}\b", speaking):
            speaker = None  # "X or Y said:", "Either X or Y": which of them, unread
        after = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
        if clause_denies(words, after):
            continue  # "Lin Aung never said “...”": the sentence says he did not say it
        hearer = hearer_of(told, start, end)
        if speaker and hearer and clean(speaker) == hearer:
            speaker = None  # "Lin Aung was told: “…”": the one who hears them does not say them
        if (described := inside(told, start, end)) and (speaker is None or speaker == described[1] or
                                                             speaker[:1].islower()):
            speaker, hearer = described[0], hearer or described[1]  # "The private beside X said:": not X
        if len(re.findall(r"\w+", inner)) >= 3 or (speaker and inner):
            found.append(QuoteClaim(kind="quote", text=sentence[start:end], at=start, subjects=nearest(names, start),
                                    near=content, close=(), quote=inner, speaker=speaker, hearer=hearer, **base))
    starts = {t.start: k for k, t in enumerate(toks)}
    named = frozenset(starts.get(offset, -1) for _, offset in names)
    found += date_claims(reading, blanked, names, asides, named, base, joined)
    owned = owners([t.text for t in toks])  # (once a sentence: a long one has thousands of numbers)
    compared = comparisons(reading)  # "700 baht a month, half what couples get"
    for amount in (*reading.amounts, *unnumbered_wholes(reading)):  # (and "a quarter of the defectors": no number)
        claim = None if in_comparison(compared, amount) else _number(reading, amount, names, asides, named, {
            **base, "attribution": attribution_at(reading.span(amount.start, amount.last)[0])}, earlier, owned, compared,
            joined)
        if claim is not None:
            joint = together(names, toks, words, amount.start, amount.last)
            if joint and _LISTED.match(blanked, claim.at + len(claim.text)):
                joint = joint[:1]  # "X and Y joined at 17 and 15 (respectively)": the first is X's, not both's
            found.extend([*_each(joint, claim), *compared_claim(reading, compared, amount, claim)])
    found = [replace(c, attribution=date_claimant(c, blanked, attribution_at, found)) if isinstance(c, DateClaim) else c
             for c in found]
    found = [each for c in found for each in with_second(c, speaking)]
    found.sort(key=lambda c: c.at)
    return [undescribed(c, blanked) for c in found]


def _number(reading: Reading, amount: Amount, names: list[tuple[str, int]], asides: list[tuple[int, int]],
            named: frozenset[int], base: dict[str, Any], earlier: tuple[str, ...], owned: tuple[str, ...],
            compared: list[Comparison], joined: Reading) -> NumberClaim | None:
    claim = number_claim(joined, amount, earlier)
    if claim is None or negated(reading.words, claim.start, claim.last):
        return None
    after = claim.last + 1
    if claim.counted and claim.value <= 12 and claim.share is None and reading.words[claim.last:after] == [","] and \
            after < len(reading.tokens) and reading.tokens[after].text[:1].isupper():
        return None  # "Two former soldiers, Zeya Hein and Lin Aung, told": the count of the people it names
    start, end = reading.span(claim.start, claim.last)
    i = amount.number
    near, close = _content(reading.words[max(0, min(i, claim.start) - 8):i + 9]), _near(reading.words, i, 3)  # (from the
    # claim's first word: "Women can be conscripted up to the age of 35": the women's)
    near = tuple(dict.fromkeys((*near, *_near(subject, len(subject), 4)))) if (
        subject := subject_shared(reading.words, i)) else near  # "X were aged … and had served …": X's years too
    aside = described(reading.text, start)
    others = sorted((a, b) for a, b in [*appositives(reading.text), *asides] if not a <= start < b)  # and set apart
    if aside is None and others:  # an aside before or after it describes someone: its words are no context,
        kept = [k for k, t in enumerate(reading.tokens) if not any(a <= t.start < b for a, b in others)]
        outside = [reading.words[k] for k in kept]  # and the words beyond it are as near as the aside is not there
        j = sum(k < i for k in kept)
        near, close = _near(outside, j), _near(outside, j, 3)
        base = {**base, "words": tuple(w for w in base["words"] if w in set(outside))}
    if aside is not None:  # its words are the aside's; what it describes is the writer's, unless it says it
        inside = {w for t, w in zip(reading.tokens, reading.words, strict=True) if aside[0] <= t.start < aside[1]}
        near, close = tuple(w for w in near if w in inside), tuple(w for w in close if w in inside)
        base = {**base, "words": tuple(w for w in base["words"] if w in inside)}
        if aside[2]:
            base["attribution"] = None
    # of several amounts, each one's words are its own clause's, and those it shares with the clause before it
    own, split, inside_clause, shared = clause_of(reading, start, end)
    lead = _near(shared, len(shared), len(shared))
    keep = inside_clause | set(lead)
    if others_ := multiple(reading.words, claim.last) | other_case(reading.words, compared, amount):  # "700 baht a
        # month, double for couples", "…, half what couples get": the couples' is
        lead = tuple(w for w in lead if w not in others_)  # the double, not this sum
        near, close = tuple(w for w in near if w not in others_), tuple(w for w in close if w not in others_)
        base = {**base, "words": tuple(w for w in base["words"] if w not in others_)}
        inside_clause = inside_clause - others_
    cut = uncompared(reading.words, compared)  # (not "…, double what single ones get": the other case's)
    if lacking_ := lacking(own if split else cut, cut):  # "without a spouse": not the 1,400 baht
        lead = tuple(w for w in lead if w not in lacking_)
        near, close = tuple(w for w in near if w not in lacking_), tuple(w for w in close if w not in lacking_)
        base = {**base, "words": tuple(w for w in base["words"] if w not in lacking_)}  # of one with a spouse
    if _whole(reading.words, claim.start):  # the words around it are the part's: only what it counts is its own
        base = {**base, "words": claim.counted}
        near = close = claim.counted
    # what another number counts is not this one's qualifier: "from 22 to 39, the seven men": the men are seven
    theirs = {w for o in reading.amounts if o is not amount for noun in o.nouns for w in noun.lower().split()}
    if split:  # the shared subject and verb are as near as the verb it leaves out ("Defectors get 700 …, and 1,400 …")
        near, close = tuple(dict.fromkeys(w for w in (*near, *lead) if w in keep)), tuple(w for w in close if w in keep)
        base = {**base, "words": tuple(w for w in base["words"] if w in keep)}
    end_of = range_end(reading.words, claim.start, claim.unit)  # ("the oldest interviewee": of no one named)
    subjects = () if end_of else about(
        names, reading.text, asides, reading.tokens, reading.words, claim.start, claim.last,
        event_near(joined.words, claim.start, named)[1])
    if claim.field in ("age", "age_joined") and (owner := _apposed_to(names, reading, claim.start)) is not None:
        subjects = (owner, *(n for n in subjects if n != owner))  # "…, and Maung Sein, 19, said": his age,
        base = {**base, "attribution": None}  # which the writer gives, whoever the sentence says speaks
    if amount.unit is None and claim.unit in MONEY:  # "…, single ones 700": baht, as the sum before it says
        near, close, inside_clause = (*near, claim.unit), (*close, claim.unit), inside_clause | {claim.unit}
        base = {**base, "words": (*base["words"], claim.unit)}
    # (of ages, whose they are may be an earlier number's words: "The seven former soldiers were aged 18 to 35")
    before_it = {w for o in reading.amounts if o.last <= amount.start for noun in o.nouns for w in noun.lower().split()}
    clause = tuple(w for w in near if w in inside_clause - (theirs - before_it if claim.unit == "years of age" else theirs))
    if aside is not None and claim.unit == "years of age" and (whose := _WHOSE.search(reading.text[:aside[0]])):
        clause = (*clause, whose.group(1).lower())  # "The men, aged 22 to 39, are …": the men's ages
    # what its clause says happened to it ("were killed", "X killed")
    near_words = (*beside(reading, claim.start, claim.last, claim.unit), *owned,  # (and "an army camp": targets.py)
                  *leading_clause(reading, claim.start, claim.last, STOPWORDS))  # ("For 18 years, X was a cook")
    if claim.start and reading.words[claim.start - 1] in PASSING | REACHING:  # "Defections have topped 12,000": a
        near_words = tuple(w for w in near_words if w != reading.words[claim.start - 1])  # comparator, no happening
    counted = claim.counted
    if claim.unit == "years of age" and reading.words[claim.start + 1:claim.start + 5] == ["-", "year", "-", "old"]:
        near_words, counted = (*near_words, *counted), ()  # "a 19-year-old captain": what he is, his record's to say
    if claim.added is not None or any(o.last <= claim.start and o.unit in MONEY for o in reading.amounts):
        near_words = tuple(w for w in near_words if w not in ON_TOP)  # "700 baht, plus 700 more": on top of the first
    done = () if _whole(reading.words, claim.start) else \
        happened(_segment(reading.text, start, end, names), reading.text[max(0, start - 120):start],
                 reading.text[end:end + 60], near_words)  # (not "Six of …")
    if claim.added is not None:  # a sum: its words are both amounts' ("700 baht a month, plus 1,400")
        start = reading.span(claim.added, claim.last)[0]
    leading = reading.text[max(0, start - 60):start]
    money = claim.unit in MONEY
    return NumberClaim(kind="number", text=str(base["sentence_text"])[start:end], at=start, subjects=subjects,
                       paid_to=paid_to(leading) if money else None, payee=payee(leading, start <= 60) if money else None,
                       payers=payers_of(reading, amount) if money else (), near=near, close=close, value=claim.value,
                       value_max=claim.value_max, comparator=claim.comparator, unit=claim.unit, per=claim.per,
                       counted=counted, field=claim.field, clause=clause, happened=tuple(sorted(done)), whole=claim.whole,
                       share=claim.share, including=included(reading.text, start, end, names),
                       end=end_of, **base)


def _segment(text: str, start: int, end: int, names: list[tuple[str, int]]) -> tuple[str, ...]:
    """The words in lower case of a number's clause between commas, its own and names left out, asides of saying or
    describing passed over ("Over 13,000 soldiers, the NUG says, were killed": "were killed"; not "…, X says 4,210
    have left"): what they say happened to what it counts."""
    named = [(offset, offset + len(name)) for name, offset in names]
    kept = _without_asides(text)
    before, after = _CLAUSE_END.split(kept[:start])[-1], _CLAUSE_END.split(kept[end:])[0]  # ("Killed since the coup: …")
    if not _CLAUSE_END.search(kept, 0, start) and not after.strip() and kept[end:].lstrip().startswith(","):
        after = " ".join(_CLAUSE_END.split(kept[end:])[:2])  # a phrase leading the sentence: "For 18 years, X was in …"
    at = start - len(before)
    for a, _ in list(named):  # the words that describe a name are its own ("the exiled NUG", "the region's civilian Valley …")
        if (described := _DESCRIBING_NAME.search(kept, max(0, a - 80), a)) is not None:
            named.append(described.span(1))
    return tuple(m.group().lower() for m in re.finditer(r"[^\W\d_][\w’'-]*", f"{before}{' ' * (end - start)}{after}")
                 if (m.group().islower() and not any(a <= at + m.start() < b for a, b in named)) or (
                     (at + m.start() == 0 or re.sub(r"['’]s$", "", m.group()).isupper()) and kinds([m.group()])))  # "Killed
    # since …:", "the PDF", "the PDF's air force"


# ", the NUG says,", ", according to X,": who says, set off (the clause goes on after it)
@lru_cache(maxsize=64)  # the same sentence for each of its numbers
def _without_asides(text: str) -> str:
    kept = _SAYING_ASIDE.sub(lambda m: " " * len(m.group()), text)
    return SET_OFF.sub(lambda m: " " * len(m.group()), kept)  # "(a group helping defectors)", "— the parallel government —"


_CLAUSE_END = re.compile(r"[,;—–()]")
_LISTED = re.compile(r"\s*,?\s*and\s+(?:at\s+|aged\s+|in\s+)?\d")  # a second value of a list after the number
_DESCRIBING_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\w’']+['’]s)\s+"
                              r"((?:(?!(?:the|a|an|of|on|in|to|by|with|for|from|at|and|or)\s)[a-z][\w’'-]*\s+){1,3})$")
_SAYING_ASIDE = re.compile(rf",\s*(?:(?:according\s+to|per)\s+[^,;:]{{1,60}}|[^,;:]{{1,60}}?\s+(?:{VERB}))\s*,")
_WHOSE = re.compile(r"\b([A-Za-z]+)\s*$")  # the word an aside follows


def _apposed_to(names: list[tuple[str, int]], reading: Reading, start: int) -> str | None:
    """The name an age set off by commas right after it belongs to: "Maung Sein, 19," (or "…, now 19,"; or by brackets
    or dashes, "Maung Sein (19)")."""
    k = start - (reading.words[start - 1:start] in (["now"], ["then"], ["aged"]))
    if k < 1 or reading.words[k - 1] not in (",", "(", "[", "—", "–"):
        return None
    comma = reading.tokens[k - 1].start
    return next((name for name, offset in names if reading.text[offset + len(name):comma].strip() == ""
                 and offset + len(name) <= comma), None)


def _whole(words: list[str], start: int) -> bool:
    """Whether the amount at words[start] is the whole a part is taken from: "six of the seven
    interviewees", "6 of 7 interviewees"."""
    before = words[max(0, start - 3):start]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1:] == ["of"] and len(before) > 1 and (before[-2][:1].isdecimal() or before[-2] in _NUMBER_WORDS)


_NUMBER_WORDS = frozenset([*ONES, *TENS, *SCALES])


_NOT_NAMED = re.compile(r"(?:[,—–]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)not\s+(?:even\s+)?(?:the\s+)?[A-Z][\w’'-]*"
                        r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?:\s*[,—–])?")  # (and the dash that closes "— not X —")
_DISPUTING = r"(?:disput|question|reject|den|doubt|challeng|contest|dismiss|call)(?:es|ed|s|ies|ied|e|y)?"  # (not "a figure X
# published")
_OTHERS = r"(?:junta|military|army|regime|government|authorities|ministry|critics|officials)\b"  # ("the junta rejects")
_DISPUTED_BY = re.compile(rf",\s*(?:a|an)\s+(?:figure|number|count|total|estimate|tally|claim)\s+(?:(?:that|which)\s+)?"
                          rf"(?:{_DISPUTING}\s+by\s+(?:the\s+)?[A-Z][^.;!?“”\"]*|(?:the\s+)?(?:[A-Z]|{_OTHERS})[^.;!?“”\"]*?\s"
                          rf"{_DISPUTING}\b"
                          rf"[^.;!?“”\"]*)(?=[.!?]?\s*$)")
_NOT_BRACKETED = re.compile(r"[(\[]\s*(?:and\s+|but\s+)?(?:not|never)\s+(?:even\s+)?(?:the\s+)?[A-Z][\w’'-]*"
                            r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\s*[)\]]")
_PSEUDONYM = re.compile(r"[(\[](?:not (?:his|her|their) real name|a pseudonym|name changed|names changed)[^()\[\]]*[)\]]",
                        re.IGNORECASE)
_NOT_ONLY = re.compile(r"\b[Nn]ot only ((?:[A-Z][\w’'-]*\s+){0,4}?[A-Z][\w’'-]*) but also ")  # (each part as long)
_AS_WELL_AS = re.compile(r"(?<=\w) as well as (?=[A-Z])")  # (as long as " and" and its spaces)
_CLEFT_NOT_BUT = re.compile(r"(?:(?<=[Ii]t was )|(?<=[Ii]t is ))not\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+but\s+")
_UNLIKE = re.compile(r",\s*(?:unlike|in contrast to|as opposed to|contrary to)\s+[^,.;:!?“”\"\d]{1,60},|"
                     r",\s*citing\s+(?:its|his|her|their|data|records|figures)\b[^,.;:!?“”\"]{0,60}(?=[.!?]?\s*$)")  # (and "…,
# citing its own records")
_NOT_BUT = re.compile(r"^\s*Not\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+but\s+")  # "Not X but Y said:": Y
