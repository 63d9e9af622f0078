"""Who reports what a sentence says, in the shapes parse.py reads before anything else: a tag of more words than one
as the verb of saying it is ("…, X makes clear.", "“…,” X offered."), a reporter's tag set off
inside the sentence in either word order (", says X," is ", X says,"), one set off right after the sentence's subject
("Lin Aung, Bo Pyay says, said: “…”", "It was Bo Pyay, according to Lin Aung, who joined at 17"), which only says
who passes on what the subject said or did, and a second speaker or claimant joined to the first by "and"."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers.vocabulary import AFTER_PHRASES, BEFORE_PHRASES, CLOSING_TAGS, SAYING, SAYING_PHRASES
from ...text import words_of
from .asides import NAME_PHRASE, VERB
from .claimant import clean
from .model import C, QuoteClaim, without
from .relays import LEAD, SET_OFF, TAG_VERB, TAGGED

# Words no claim is about: function words, hedges, the words of saying and of bounds
STOPWORDS = frozenset(words_of("""a an the of to in on at for by with from about into as and or is are was were be been being
    do does did how many much what which who whom whose why when where that this these those it its there their
    they he she his her him i me my we our us you your than then so if any some all has have had will would can
    could may might must should not no also just only over more most less per each every according said says
    after before since while during such other another""")) | \
    frozenset(w for phrase, _ in (*BEFORE_PHRASES, *AFTER_PHRASES) for w in phrase if w.isalpha())  # "upwards of"
# ", says X," inside the sentence, set off on both sides and with words after it (not a tag that ends the sentence,
# nor one between the parts of a quotation: "“…,” said X, “…”")
_INVERTED = re.compile(rf"(?<=[\w)\]])(\s*[,(\[—–]\s*)({TAG_VERB})(\s+)({TAGGED})(\s*[,)\]—–])(?=\s*[\w(\[])")
# What follows a tag and is of X's, not the sentence's: an apposition (", says X, a group helping defectors,"), or
# its adverb alone (", says X, wryly.")
_OF_THE_NAME = re.compile(r"\s*(?:(?:a|an|the|which|who|whose|whom|one|now|then|itself|himself|herself|speaking|writing|"
                          r"quoting|citing)\b|[a-z]+ly\s*[.!?]?\s*$)")
_CLEFT_HEAD = re.compile(rf"\s*[Ii]t\s+(?:was|is)\s+{NAME_PHRASE}")  # "It was Y, says X, who …": the cleft's own "who"


def upright(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each reporter's tag set off inside it in the inverted order (", says X,") put as
    ", X says,": the same length, so every offset holds, and one reading for the two orders."""
    def swap(m: re.Match[str]) -> str:
        if any(a < m.end() and m.start() < b for a, b in spans) or (
                _OF_THE_NAME.match(sentence, m.end()) and not _CLEFT_HEAD.fullmatch(sentence, 0, m.start())):
            return m.group()
        return m.group(1) + m.group(4) + m.group(3) + m.group(2) + m.group(5)

    def commas(m: re.Match[str]) -> str:  # "— X says —", "(X says)": the marks as commas, one reading for every mark
        if any(a < m.end() and m.start() < b for a, b in spans) or _OF_THE_NAME.match(sentence, m.end()):
            return m.group()
        return m.group(1) + "," + m.group(2) + ("," if m.group(3) else " ")
    def last(m: re.Match[str]) -> str:  # "… (says X).": as "…, X says ."
        if any(a < m.end() and m.start() < b for a, b in spans):
            return m.group()
        return m.group(1) + "," + m.group(2) + m.group(5) + m.group(4) + m.group(3) + m.group(6) + " "
    typed = _TYPED_DASH.sub(lambda m: "—" + " " * (len(m.group()) - 1), _plain_tags(sentence, spans))  # " -- " as " — "
    return _MARKED.sub(commas, _CLOSING.sub(last, _INVERTED.sub(swap, typed)))


def _plain_tags(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each tag of more words than one ("makes clear", "is quick to point out"), and each verb that
    is a tag only closing one where it does ("…, X offered.", "“…,” goes on X."), as the one verb of saying it is,
    padded with spaces: the same length, and one reading for them all, by the words' readers (SAYING) as by the
    patterns' (VERB)."""
    def plain(m: re.Match[str]) -> str:
        group = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
        start, end = m.span(group)
        if any(a < m.end() and m.start() < b for a, b in spans):
            return m.group()
        first = m.group(group).split()[0].lower()
        word = "says" if first.endswith("s") else "say" if first in _BARE else "said"
        return sentence[m.start():start] + word + " " * (end - start - len(word)) + sentence[end:m.end()]
    return _CLOSING_TAG.sub(plain, _TAGS.sub(plain, sentence))


_TAGS = re.compile("|".join(rf"\b(?:{p})\b" for p in SAYING_PHRASES))
_BARE = frozenset(("are", "have", "make", "point", "spell", "hasten", "take"))  # "they make clear": "they say"
# Who a closing tag names: "Thawda Win", "the police officer", "a former private" (no number: not "offered 700 baht")
_WHO = r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}|" \
       r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
_CLOSES = r"(?=\s*(?:[.!?,;)\]—–]|$))"  # the tag's end: the sentence's, or its mark's
# A closing tag set off after a mark (", X offered.", "“…,” X went on, “…”", "— X goes on —"; not ", and life goes on"),
# opening the sentence before a quotation ("X went on: “…”"), or turned round (", offered X.")
_CLOSING_TAG = re.compile(rf"(?<=[,;(—–”\"])\s*(?!(?:and|but|or|nor|so|yet|while|which|who|whom|that|as|when|if|then)\b)"
                          rf"{_WHO}\s+({CLOSING_TAGS}){_CLOSES}|^\s*{_WHO}\s+({CLOSING_TAGS})(?=\s*(?::|,?\s*[“\"]))|"
                          rf"(?<=[,;(—–”\"])\s*({CLOSING_TAGS})\s+{_WHO}{_CLOSES}")


# A dash typed as one or two hyphens between spaces
_TYPED_DASH = re.compile(r"(?<=\s)--?(?=\s)")


# A tag in the inverted order in brackets that close the sentence: "… 700 baht a month (says Thawda Win)."
_CLOSING = re.compile(rf"(?<=[\w)\]])(\s*)[(\[](\s*)({TAG_VERB})(\s+)({TAGGED})(\s*)[)\]](?=\s*[.!?]?\s*$)")
# A tag in the upright order set off by dashes or brackets, inside the sentence or closing it
_MARKED = re.compile(rf"(?<=[\w)\]])(\s*)[(\[—–](\s*{TAGGED}\s+{TAG_VERB}\s*)"
                     rf"(?:([)\]—–])(?=\s*[\w(\[])|[)\]](?=\s*[.!?]?\s*$))")


# The tag set off right after the subject a sentence opens with, before the subject's verb: "The NUG, People's Embrace
# says, counts", "It was Bo Pyay (Lin Aung says) who said:", "Lin Aung's brother, says Lin Aung, said:", "The NUG — in
# People's Embrace's telling — counts" (relays.py: every word of relaying, in every mark). The subject is a name of two
# words or more, or "the" and a name, or any name after "It was" (not "Defectors, the NUG says, are paid": a common
# noun, no one's tag).
_RELAYED = re.compile(rf"^\s*{LEAD}((?:[Ii]t\s+(?:was|is)\s+|the\s+)?[A-Z][^,;:()\[\]—–“”\"\d]{{0,60}}?)"
                      rf"(\s*{SET_OFF})(?=\s+(?:who\s+|that\s+)?[a-z])")
_NAMED_SUBJECT = re.compile(r"(?:[Ii]t\s+(?:was|is)|[Tt]he)\s+[A-Z].*|[A-Z]\S*\s+(?:\S+\s+)*?[A-Z].*")


def unrelayed(text: str) -> str:
    """`text` with the tag set off right after its subject blanked: the subject is who speaks or whom the
    sentence is about, the tag's name only passes it on (the claimant of a figure is read before this)."""
    m = _RELAYED.match(text)
    if m is None or not _NAMED_SUBJECT.fullmatch(m.group(1).strip()):
        return text
    return text[:m.start(2)] + " " * (m.end(2) - m.start(2)) + text[m.end(2):]


_ONE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Three names or more, then their verb: "X, Y and Z said", "X and Y and Z all said"
_LISTED = re.compile(rf"((?<![\w’'-]){_ONE}(?:(?:\s*,\s*|\s*,?\s+and\s+){_ONE}){{2,}})(?:\s+(?:all|both|each|together|also|"
                     rf"too|jointly))?\s+(?:{VERB}|agreed|agree|agrees)\b")


def with_second(claim: C, text: str) -> list[C]:
    """The claim, and again for a second speaker or claimant joined to the first by "and" ("X and Y said:", "X and Y
    say 12,341"): each is held against the words or the figure."""
    said = claim.speaker if isinstance(claim, QuoteClaim) else claim.attribution
    if not said or said.islower() or "respectively" in text:
        return [claim]  # (X and Y said “…” and “…” respectively: pairs.py gives each its own)
    if (listed := _LISTED.search(text)) and said in (names := [n for n in map(clean, _JOINS.split(listed.group(1))) if n]):
        return [replace(claim, speaker=n) if isinstance(claim, QuoteClaim) else replace(claim, attribution=n)
                for n in names]  # "X, Y and Z (all) said:", "X and Y and Z said:": each of them
    if not re.search(rf"\b(?i:{re.escape(said)})\s+and\s", text):
        return [claim]  # (before the patterns below, each of which tries every verb of saying)
    other_name = r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    m = re.search(rf"\b(?i:{re.escape(said)})\s+and\s+{other_name}(?:\s*,[^,;:“”\"]{{1,60}},)?"
                  rf"(?:\s+(?:both|also|each|together|jointly|too|[a-z]+ly))?"
                  rf"\s+(?:{VERB}|agreed|agree|agrees)\b", text) or \
        re.search(rf"\b(?i:{VERB})\s+(?i:{re.escape(said)})\s+and\s+{other_name}", text) or \
        re.search(rf"\b(?i:{re.escape(said)})\s+and\s+{other_name}\s*:", text)  # "X and Y both told me:", "said X and Y"
    other = clean(m.group(1)) if m else None
    if other is None:
        return [claim]
    return [claim, replace(claim, speaker=other) if isinstance(claim, QuoteClaim) else replace(claim, attribution=other)]


def undescribed(claim: C, blanked: str) -> C:
    """The claim without the words that describe its claimant before its name, or name a part of it after ("the
    exiled NUG says over 13,000 have defected", "The NUG's defence ministry says": who says, not what is counted)."""
    if not claim.attribution or claim.attribution.islower():
        return claim
    said: set[str] = set()
    name = re.escape(claim.attribution.removeprefix("the "))
    for m in re.finditer(rf"((?:\b[a-z][\w’'-]*\s+){{1,3}}){name}\b", blanked):
        for w in reversed(m.group(1).split()):
            if w in STOPWORDS or w in SAYING:
                break
            said.add(w)
    for m in re.finditer(rf"\b{name}['’]s\s+((?:[a-z][\w-]*\s+){{1,3}}?)(?:{VERB})\b", blanked):
        said.update(m.group(1).split())
    return without(claim, said) if said else claim
