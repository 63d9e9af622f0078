"""A sentence that says only that another did the same as the sentence before ("Zay Thu Aung served 18 years. So
did Bo Pyay."; "… Bo Pyay did too."; "The same goes for Bo Pyay."): the claims of the sentence before, each said of
that one too, so that his figure, date or words are held against the record. For parse.py."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers.amounts import read
from ...text import words_of
from .capitals import names_in
from .events import ENLISTMENT, EVENT_VERBS
from .model import Claim, DateClaim, NumberClaim, QuoteClaim

_DOING = r"(?:did|had|has|does|do|was|were|is|are)"
# the sentence with its one name written "X"
_SAME = re.compile(rf"""(?:(?:And|and)\s+)?(?:
      [Ss]o\s+{_DOING}\s+X                                         # "So did X."
    | X\s*,?\s*(?:{_DOING}\s+)?(?:so\s*)?,?\s*(?:too|as\s+well|also|likewise)  # "X did too.", "X, too.", "X did so as well."
    | X\s+(?:also\s+)?(?:did|had|has|does)\s+(?:the\s+same|likewise)       # "X did the same."
    | X\s+also\s+(?:did|had|has|does|was|is)                       # "X also did."
    | (?:The\s+)?[Ss]ame\s+(?:(?:goes|went|is|was|holds|held|applies|applied)\s+(?:true\s+)?)?for\s+X  # "The same goes for X."
    | [Ll]ikewise,?\s+X                                            # "Likewise X."
)\s*[.!]?\s*""", re.VERBOSE)


def likewise(sentence: str, number: int, line: int, before: list[Claim]) -> list[Claim]:
    """The claims of the sentence before (`before`) said again of the one `sentence` names, when it says only that
    he did the same ("So did Y.", "Y said the same.", "The NUG agrees.", "Y followed suit."), or did it at the same
    value ("Y enlisted the same year.", "Y joined at the same age.", "Y served just as long."): as its own claims,
    sentence `number` on `line`; else []."""
    reading = read(sentence)
    names = [(n.split(maxsplit=1)[1], at + len(n.split()[0]) + 1) if n.split()[0] in _LEADS and " " in n else (n, at)
             for n, at in names_in(reading.tokens) if n not in _LEADS]  # "Ditto Bo Pyay.": Bo Pyay
    if len(names) != 1 or not before or _NEGATED.search(sentence):
        return []  # "Y didn’t follow suit.", "Y did not.": not the same
    name, at = names[0]
    said = [c for c in before if isinstance(c, QuoteClaim)]  # "X, 25, said: “…” So did Y.": Y said it; his age is not read
    once = {(c.kind, c.at, c.text): c for c in said or before}  # "X and Y enlisted in 2014. So did Z.": one claim of Z
    if _SAME.fullmatch(re.sub(r"\b[Tt]he\s+X\b", "X", f"{sentence[:at]}X{sentence[at + len(name):]}".strip())):
        return [_of(c, name, number, line, sentence) for c in once.values()]
    words = reading.words
    if not (_MARKS & set(words) or _SO_DID.search(sentence) or " as long" in sentence.lower()) or \
            any(w[:1].isdecimal() for w in words):
        return []  # "Y also fled to Thailand": another act; "Y did not"; "Y enlisted in 2014": his own date
    kinds = {kind for w in words for kind, verbs in EVENT_VERBS.items() if w in verbs}
    valued = bool(_VALUE_SAME & set(words)) or "that year" in sentence.lower()  # "the same year", "just as long"
    names_words = set(words_of(name.lower()))
    rest = {w for w in words if w.isalpha() and w not in names_words and not w.endswith("ly")} - _SAMENESS
    out: list[Claim] = []
    for c in once.values():
        if isinstance(c, DateClaim) and kinds and c.event not in kinds:
            if not valued or len(kinds) != 1:
                continue  # "X enlisted in 2014. Y too fled.": another act, of no date said
            c = replace(c, event=next(iter(kinds)))  # "X enlisted in 2014. Y defected the same year."
        if rest - _verbs_of(c):
            continue  # "X enlisted in 2014. Y also crossed the border.": another act, not the same one
        if isinstance(c, NumberClaim) and kinds and _FIELD_EVENT.get(c.field or "") not in kinds:
            continue  # "X joined at 15. Y deserted at the same age.": an age of no record
        if isinstance(c, QuoteClaim) and not _SAYING & set(words):
            continue  # "X said: “…” Y did too.": what Y did, unread
        out.append(_of(c, name, number, line, sentence))
    return out


# Capitalised words that lead a sentence, not a name: "Likewise Bo Pyay.", "Ditto Bo Pyay."
_LEADS = frozenset(("So", "And", "Likewise", "Same", "The", "Ditto", "Similarly", "That", "It", "Then", "But", "Also"))
# Words that say another did the same, or at the same value
_MARKS = frozenset(words_of("""same too also likewise ditto similarly agrees agreed agree concurs concurred concur
    repeated repeats repeat echoed echoes echo suit"""))
_VALUE_SAME = frozenset(words_of("same long then"))
_NEGATED = re.compile(r"n[’']t\b|\b(?:not|never|no|neither|nor|nobody|none|unlike)\b", re.IGNORECASE)
_SO_DID = re.compile(r"\b[Ss]o\s*,?[^.;:!?]{0,40}?,?\s*(?:did|had|has|does|do|was|were|is|are)\b")  # "So, in fact, did Y."
_FIELD_EVENT = {"age_joined": "enlistment", "years_served": "service", "age": "age"}
# The words of a sentence that says only that another did the same, or at the same value
_SAMENESS = _MARKS | _VALUE_SAME | frozenset(words_of("""did had has have does do was were is are so the a same year that
    then as just well in fact at age aged old suit followed follows follow it him her them this these words figure
    number count estimate is true of for goes went holds held applies applied what too also said says say told
    reportedly apparently according account by his he she they"""))
_SERVING = frozenset(words_of("served serve serves serving spent spend military army service years decade decades"))


def _verbs_of(claim: Claim) -> frozenset[str]:
    """The words that name the act `claim` is of: "enlisted the same year" says the same act as an enlistment."""
    if isinstance(claim, DateClaim):
        return frozenset(EVENT_VERBS.get(claim.event or "", frozenset())) | _ARMY
    if isinstance(claim, NumberClaim) and claim.field == "years_served":
        return _SERVING
    if isinstance(claim, NumberClaim):
        return frozenset(ENLISTMENT) | _ARMY | frozenset(("age", "aged", "old")) if claim.field else frozenset(
            words_of("counts counted"))
    return frozenset(words_of("repeated repeats echoed echoes quoted"))


_ARMY = frozenset(words_of("army military service tatmadaw"))
_SAYING = frozenset(words_of("""said says say repeated repeats repeat echoed echoes echo agrees agreed agree concurs
    concurred same words"""))


def as_written(name: str, sentence: str) -> str:
    """`name` with the "the" the sentence writes before it ("the NUG"), as a claimant is named."""
    return f"the {name}" if re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", sentence) else name


def _of(claim: Claim, name: str, number: int, line: int, sentence: str) -> Claim:
    """The claim said of `name`: his words, his figure as a claimant, or his date or number."""
    again = replace(claim, sentence=number, line=line, sentence_text=sentence, at=0)
    name = as_written(name, sentence) if claim.attribution else name
    if isinstance(again, QuoteClaim):
        return replace(again, speaker=name, hearer=None)  # "X said: “…” So did Y.": Y's words
    if again.attribution and not again.attribution.islower():
        return replace(again, attribution=name)  # "The NUG counts 12,341 defectors. So does People’s Embrace."
    return replace(again, subjects=(name, *(n for n in again.subjects if n != name)))


# "Who said “…”?" / "Whose words are these: “…”?" and its answer, a name alone: "Zeya Hein.", "It was Zeya Hein.", "Not
# Lin Aung, but Zeya Hein."
_ASKED = re.compile(r"^\s*(?:Who|Whose\s+\w+|Which\s+\w+)\b[^“”\"]*[“\"][^“”\"]*[”\"][^.!]*\?\s*$")
_ANSWER = re.compile(r"(?:It\s+was\s+|That\s+was\s+|Answer:\s*|Not\s+[^,]{1,40},\s*but\s+|The\s+speaker(?:\s+was|:)\s+)?"
                     r"(?:[Tt]he\s+)?X(?:\s+who\s+said\s+(?:it|that|this|so|those\s+words))?\s*[.!]?\s*")
# A sentence that is a quotation alone: the next may name its speaker ("“…” It was Lin Aung who said it.")
_BARE_QUOTE = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\s*$")


def answered(sentence: str, question: str) -> str | None:
    """The name `sentence` gives as the answer to `question`, the sentence before, when that asks who said a
    quotation ("Who said “…”? Zeya Hein."): whose words the question's quotation is said to be."""
    if not (_ASKED.match(question) or _BARE_QUOTE.match(question)):
        return None
    names = [(n, at) for n, at in names_in(read(sentence).tokens) if n not in ("It", "That", "Not", "Answer")]
    if not names:
        return None
    name, at = names[-1]
    return name if _ANSWER.fullmatch(f"{sentence[:at]}X{sentence[at + len(name):]}".strip()) else None
