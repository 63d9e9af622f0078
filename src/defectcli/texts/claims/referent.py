"""Claims read with the sentence before them. Whom "he", "she" or "it" in a quotation's tag means when the sentence
names no one: the one the sentence before names as a quotation's speaker ("“…,” Lin Aung said. “…,” he added."), the
one its words were put to, replying ("“…?” Y asked X. “…,” he replied."), or its only name, opening it ("Lin Aung
paused. “…,” he said."; "the soldier said" there too); "his brother said" there is not that one; and whom "the group
says" (or "Its slogan:") means: the claimant named last, or the name the sentence before opens with. Where the sentence
before leaves it to either of two, both are named, so that whose the words are is not read; anything less certain
(a possessive, a name further in) leaves it unread, as a pronoun alone does. For parse.py."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers.amounts import read
from .asides import VERB
from .capitals import names_in
from .model import Claim, QuoteClaim, without
from .names import ADVERB, BESIDE, NAME, RELATIVES, ROLES, SAID_NOUNS, TAIL
from .quoting import blank, quotations

# "“…,” he said.", "“…,” said she.", "He added: “…”" (the verb in a group of its own)
_TAG_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:he|she|it)\s+{ADVERB}({VERB})|({VERB})\s+(?:he|she|it))\b(?!\s+(?:of|about)\b)",
                        re.IGNORECASE)
# (after a word that leads in, and with the verb's object or adverbs: "Then he spoke:", "He told reporters:")
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:[A-Za-z]+,?\s+)?(?:he|she|it)\s+{ADVERB}({VERB}|spoke|speaks|began|begins)"
                         rf"{TAIL}\s*[:,]?\s*$", re.IGNORECASE)
# "“…,” his brother said.", "His mother recalled:": one described by whom "his" means, who is not the one it means
_KIN_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:his|her)\s+((?:[a-z-]+\s+){{0,2}}?){ADVERB}(?:{VERB})\b", re.IGNORECASE)
_KIN_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:his|her)\s+((?:[a-z-]+\s+){{1,2}}?){ADVERB}(?:{VERB}){TAIL}\s*[:,]?\s*$",
                         re.IGNORECASE)
# A reply is the one spoken to's ("Y asked X: “…” “…,” he replied."); going on, the speaker's own
_REPLYING = frozenset(("replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"))
_GOING_ON = frozenset(("added", "adds", "continued", "continues", "went", "goes"))
# The sentence before opens with the name it holds, and goes on with a verb: "Lin Aung paused.", "Capt Zay Thu
# Aung, 32, shook his head.", "The NUG pays defectors." (not "Lin Aung’s commander shouted.")
_OPENS_WITH = r"\s*(?:[Tt]he\s+)?{name}(?![’'\w])(?:\s*,[^,]{{1,40}},)?\s+[a-z]"


def pronoun_tagged(sentence: str, start: int, end: int) -> str | None:
    """The verb of the tag, when the quotation at [start, end) is said by "he" or "she" in it ("said" for "His
    answer:", "In her words:")."""
    if _HIS_WORDS.search(sentence[:start]):
        return "said"
    m = _TAG_AFTER.match(sentence, end) or _TAG_BEFORE.search(sentence[:start])
    return next((g.lower() for g in m.groups() if g), None) if m else None


# "His answer:", "In his words:", "His verdict was blunt:", "Then, her reply:": his words, as "X's answer:" is X's
_HIS_WORDS = re.compile(rf"(?:^|[.;!?]\s+)(?:[A-Za-z]+,?\s+)?(?:[Ii]n\s+)?(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?:{SAID_NOUNS})"
                        r"(?:\s+(?:was|is|were|are)(?:\s+[a-z]+)?)?\s*[:,]?\s*$")


def kin_tagged(sentence: str, start: int, end: int) -> str | None:
    """Who "his" or "her" someone in the tag of the quotation at [start, end) is ("old sergeant", "brother"), or
    None when no such one says it."""
    m = _KIN_AFTER.match(sentence, end) or _KIN_BEFORE.search(sentence[:start])
    return m.group(1).strip() or None if m else None


def referent(quotes: list[tuple[str | None, str | None]], verb: str) -> str | None:
    """Whom "he `verb`" means after the sentence whose quotations had these (speaker, one spoken to): the one
    speaker, going on or saying more; the one spoken to, replying, or after words of one not named ("I asked X: “…”");
    no one when it is not said which."""
    said = {s for s, _ in quotes if s}
    told = {h for _, h in quotes if h}
    if not said:
        return told.pop() if len(told) == 1 and verb not in _GOING_ON else None  # "“…?” I asked X. “…,” he said."
    if len(said) != 1 or not all(s for s, _ in quotes):
        return None
    if verb in _REPLYING:
        return told.pop() if len(told) == 1 else None  # "“…?” Y asked X. “…,” he replied.": X
    return said.pop() if not told or verb in _GOING_ON else None  # "Y told X: “…” “…,” he said.": which, unread


def pronouns(found: list[Claim], before: tuple[str, list[Claim]] | None) -> list[Claim]:
    """The claims, a quotation whose speaker the sentence leaves to the one before read with it: "he said" is whom it
    means; "his brother said" is not X; where it is either of two, both are named, so that whose the words are is
    not read ("Y looked at X. “…,” he said.", "“…?” Y asked X. “…,” the soldier replied.")."""
    if before is None:
        return found
    prior, claims = before
    quotes = [(q.speaker, q.hearer) for q in claims if isinstance(q, QuoteClaim)]
    out: list[Claim] = []
    for c in found:
        if isinstance(c, QuoteClaim) and all(n.lower() in (c.hearer or "").lower() for n in c.subjects):
            c = _read_with(c, prior, quotes)
        out.append(c)
    return out


def _read_with(c: QuoteClaim, prior: str, quotes: list[tuple[str | None, str | None]]) -> QuoteClaim:
    out = _read(c, prior, quotes)
    if (out.speaker is None or out.speaker.islower()) and out.hearer is None and (owned := _OWNED.search(prior)):
        # "X's commander shouted. “…,” he said.", "A man who knew X paused. “…”": one X owns or is described by, whose
        # words X's are not
        owner = re.sub(r"['’]s$", "", next(g for g in owned.groups() if g))  # "a friend of X's": X
        return replace(out, hearer=owner, subjects=out.subjects or (owner,))
    return out


def _untagged(outside: str) -> bool:
    """Whether the words beside a quotation name no one who says it: none, or "came the reply", "Then:", "The reply:"."""
    return all(w.lower() in _NO_ONE for w in re.findall(r"[\w’']+", outside))


_NO_ONE = frozenset(("then", "and", "but", "at", "last", "finally", "came", "comes", "was", "is", "the", "a", "an", "reply",
                     "answer", "response", "retort", "verdict", "words", "were", "short", "simple", "quick", "later",
                     "after", "while", "quietly", "softly", "slowly", "again", "next", "someone", "somebody", "voice",
                     "another", "said", "says", "from", "back", "second", "other", "man", "woman", "one", "whisper",
                     "murmur", "shout", "cry", "sigh", "whispered", "murmured", "shouted", "cried"))


# One the sentence before names as another's owner or through a clause: "X's commander", "a friend of X", "A man who
# knew X", "Asked about X," (not "X's voice broke": X still)
_OWNED = re.compile(rf"{NAME}['’]s\s+(?:[a-z-]+\s+)?(?:{RELATIVES}|{ROLES}|man|woman|men|women|soldiers?|unit)\b|"
                    rf"\b(?:of|about|regarding|concerning|(?:who|whom|that)(?:\s+[a-z]+){{1,2}}|whose\s+[a-z]+\s+is)\s+"
                    rf"{NAME}|"  # "The recruiter who signed up X", "The soldier, whose brother is X,"
                    # "The woman X married paused.", "The officer X served under": a clause with no "whom"
                    rf"^\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{1,2}}?{NAME}\s+[a-z]+(?:ed|ew|ost|ept|ade|ook|ught|ought)\b")


def _read(c: QuoteClaim, prior: str, quotes: list[tuple[str | None, str | None]]) -> QuoteClaim:
    end = c.at + len(c.text)
    if c.speaker is None and (verb := pronoun_tagged(c.sentence_text, c.at, end)) is not None:
        said = referent(quotes, verb) if quotes else opening_of(prior)
        return replace(c, speaker=said) if said else replace(c, subjects=_either(prior, quotes))
    if (c.speaker or "").islower() and c.hearer is None and (other := _another_one(prior, c)):
        return replace(c, hearer=other[0], subjects=other)  # "X met a soldier. “…,” the soldier said.": not X
    if c.speaker is not None and _ROLE.fullmatch(c.speaker) and not quotes:
        said = opening_of(prior)  # "X paused. “…,” the soldier said.": the soldier is X; after "Y smiled at X.", either
        return replace(c, speaker=said) if said else replace(c, subjects=_either(prior, quotes)) if not c.subjects else c
    if (c.speaker or "his ").lower().startswith(("his ", "her ")) and not c.subjects and \
            (kin := kin_tagged(c.sentence_text, c.at, end)):  # "X paused. “…,” his brother said.": X's brother
        whose = referent(quotes, "added") if quotes else opening_of(prior)
        if whose:
            return replace(c, speaker=f"the {kin} of {whose}")  # as "X's brother said" is
        return replace(c, subjects=tuple(dict.fromkeys(n for n, _ in names_in(read(prior).tokens))))  # whose: any
    if (c.speaker is None or c.speaker.islower()) and any(h for _, h in quotes):
        return replace(c, subjects=_either(prior, quotes))  # "“…?” Y asked X. “…,” the soldier replied."
    outside = blank(c.sentence_text, quotations(c.sentence_text))
    owned = _ROLE_OWNS.fullmatch(c.speaker or "") or (_ROLE_OWNING.search(outside) if c.speaker is None else None)
    if owned and (whose := opening_of(prior)):  # "X paused. “…,” the soldier's brother said.": X's brother
        return replace(c, speaker=f"the {owned.group(1)} of {whose}")
    named = [n for n, _ in names_in(read(prior).tokens)]
    if c.speaker is None and not c.subjects and c.hearer is None and _untagged(outside):
        # no tag ("X hesitated. “…”"): any the sentence before names, but one it only reports on ("X recalled officers
        # declaring that Y was weak. “…”": X's)
        cut = re.search(r"\bthat\b", prior)
        told = [n for n, at in names_in(read(prior).tokens) if cut is None or at < cut.start()] or named
        return replace(c, subjects=tuple(dict.fromkeys(told)))
    if (c.speaker is None or c.speaker.islower()) and not c.subjects and c.hearer is None and (
            _REFERS.search(outside) or _DEFINITE.fullmatch(c.speaker or "") or _THE_ONES.search(outside) or
            _untagged(outside)):  # "…,” someone said.", "A voice:": no one named
        # "X paused. After a moment he told me: “…”", "His answer:", "a comrade of his said", "the interviewee said":
        # one the words refer back with, in a shape not read above, may be anyone the sentence before names, so the
        # words are held against them (never `matches` as another's)
        return replace(c, subjects=tuple(dict.fromkeys(named)))
    return c


_REFERS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts|[Tt]heir|[Tt]hey|[Tt]hem)\b")
# A short definite description that may take up one named before: "the interviewee", "the soldier's brother", "the
# defector spoke" (not one that says who it is: "the defector who signed for five years", "the seven interviewees")
_DEFINITE = re.compile(r"(?:the|this|that)(?:\s+(?!(?:who|whom|whose|which|that|with|from|of|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|the)\b)[a-z’'-]+){1,3}")
_THE_ONES = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?[a-z-]+['’]s\s|"  # "the defector's wife said"
                       rf"\b[Tt]he\s+(?:former|latter)(?=\s*(?:[,.;:!?]|$|(?:{VERB})\b))|"  # "the former said" (not
                       r"\b[Tt]he\s+(?:other|first|second|taller|shorter|older|younger|elder)\s+(?:one|man|woman)\b|"
                       r"\b(?:[Tt]he\s+[a-z]+|[Oo]ne)\s+of\s+the\s+(?:two|pair|three|men|women)\b|"  # "the younger of the two"
                       r"\b[Tt]he\s+one\s+(?:with|in|who)\b|"  # "the one with glasses"
                       r"\b(?:on|to)\s+the\s+(?:right|left)\b")  # "the former sergeant"), "the man on the right"


def _another_one(prior: str, c: QuoteClaim) -> tuple[str, ...]:
    """The names of the sentence before, when the one the tag describes is another it brings in ("X met a soldier.
    “…,” the soldier said.", "X has a brother. … the brother said.") or one beside whom it means ("The man beside him
    said:"); else none."""
    named = tuple(dict.fromkeys(n for n, _ in names_in(read(prior).tokens)))
    outside = blank(c.sentence_text, quotations(c.sentence_text))
    if _BESIDE_HIM.search(outside):
        return named
    speaker = c.speaker or ""
    noun = speaker.split()[-1] if speaker else ""
    nouns = _PERSONS if noun in ("man", "woman", "person", "stranger") else re.escape(noun)
    brought = re.search(rf"(?<!,\s)(?<!\bis\s)(?<!\bwas\s)\b(?:a|an|another|his|her|their|one)\s+(?:[a-z-]+\s+){{0,2}}?"
                        rf"(?:{nouns})\b", prior)
    return named if brought and speaker.startswith("the ") else ()


_BESIDE_HIM = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+(?:{BESIDE}|across\s+from|with)\s+"
                         r"(?:him|her|them)\b")
_PERSONS = rf"{RELATIVES}s?|{ROLES}s?|soldiers?|defectors?|deserters?|men|man|woman|women|boy|girl|youth|stranger|veteran"


def _either(prior: str, quotes: list[tuple[str | None, str | None]]) -> tuple[str, ...]:
    """The people a sentence before names, any of whom a speaker it leaves unnamed may be."""
    named = [n for pair in quotes for n in pair if n] if quotes else [n for n, _ in names_in(read(prior).tokens)]
    return tuple(dict.fromkeys(n for n in named if n not in ("I", "We")))  # one only ("I asked X why."): may be him


def opening_of(sentence: str) -> str | None:
    """The one name a sentence without quotations holds, when it opens it ("People's Embrace helps defectors.")."""
    said = None if quotations(sentence) else opening(sentence, [n for n, _ in names_in(read(sentence).tokens)])
    return f"the {said}" if said and sentence.lstrip().startswith("The ") else said  # "the NUG", as a claimant is


def resolved(claim: Claim, named: str | None) -> Claim:
    """The claim with "the group" as its claimant or speaker given to the one it means (`named`, or no one)."""
    if (said := (claim.attribution or "").lower()) in _ANAPHORS:
        # its words are who says; with none named before it, the text's own: a group not named is none the fact
        # base could know
        claim = without(replace(claim, attribution=named), set(said.split()))
    if isinstance(claim, QuoteClaim) and ((claim.speaker or "").lower() in _ANAPHORS or _its(claim)):
        claim = replace(claim, speaker=named)
    return claim


def anaphor(claim: Claim) -> bool:
    """Whether the claim's claimant or speaker is "the group" (or the organisation, the charity, "Its slogan:")."""
    said = claim.speaker if isinstance(claim, QuoteClaim) else claim.attribution
    return (said or "").lower() in _ANAPHORS or _its(claim)


def its_voice(blanked: str) -> str | None:
    """"the group" when a sentence's figure is stated by a group's voice it names only as its ("Its spokesman says
    12,341 …", "A spokesman for it told reporters that …"): whom "the group says" means (resolved)."""
    return "the group" if _ITS_SAYS.match(blanked) else None


_ITS_SAYS = re.compile(rf"\s*(?:It|They|(?:(?:Its|Their|One\s+of\s+(?:its|their))\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+|"
                       rf"(?:A|An|One)\s+[a-z-]+\s+"
                       rf"(?:for|of|at)\s+(?:it|them)))(?:\s*,[^,“”\"]{{1,30}},)?\s+{ADVERB}(?:{VERB})\b")  # ("It says": it)


def _its(claim: Claim) -> bool:
    return isinstance(claim, QuoteClaim) and (claim.speaker is None or claim.speaker.islower()) and \
        bool(_ITS.match(claim.sentence_text[:claim.at]) or _ITS_AFTER.match(claim.sentence_text, claim.at + len(claim.text)))


# A description that takes up the one the sentence before opens with, not another person: "the soldier", "the former
# captain" (not "the interpreter", "his brother")
_ROLES = (r"(?:(?:former|young|old|ex-?|retired)\s+)?(?:soldier|defector|deserter|man|woman|officer|captain|private|"
          r"sergeant|corporal|lieutenant|major|veteran|recruit|youth|teenager|airman|pilot|policeman")
_ROLE = re.compile(rf"the\s+{_ROLES})")
# "the brother of the soldier" (as "the soldier's brother" is cleaned), "the soldier's brother": the relation of the one
# "the soldier" (or "the interviewee") takes up
_ROLE_OWNS = re.compile(rf"the\s+([a-z-]+)\s+of\s+(?:the\s+)?{_ROLES}|interviewee)")
_ROLE_OWNING = re.compile(rf"\b[Tt]he\s+{_ROLES}|interviewee)['’]s\s+([a-z-]+)")
_ANAPHORS = frozenset(("the group", "the organisation", "the organization", "the charity", "the ngo", "the outfit",
                       "the body", "the movement", "the agency", "the association", "the network"))
# "Its slogan:", "Their statement reads:": the group's, whom "the group says" would be
_ITS = re.compile(rf"^\s*(?:(?:Its|Their)\s+(?:[a-z-]+\s+){{0,2}}?(?:{SAID_NOUNS}|call|posters?|leaflets?|banners?|signs?|"
                  r"flyers?|website|page)(?:\s+(?:to|for)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s*,[^,“”\"]{1,40},)?\s*"
                  # "Its message is blunt:", "Its slogan, X says, is:", "Its message to soldiers:", "Its posters read:"
                  r"(?:(?:was|is|are|were|reads|read|goes|went|runs|ran|say|said)(?:\s+[a-z]+)?)?|"
                  # "Its spokesman says:", "Its spokesman, however, says:", "One of its officials says:": its voice
                  rf"(?:Its|Their|One\s+of\s+(?:its|their))\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+(?:\s*,[^,“”\"]{{1,30}},)?\s+"
                  rf"{ADVERB}(?:{VERB}){TAIL}|"  # "Its chairman told reporters:", "Its spokesman says, too:"
                  # "A spokesman for it says:"
                  rf"(?:A|An|One)\s+[a-z-]+\s+(?:for|of|at)\s+(?:it|them)\s+{ADVERB}(?:{VERB}){TAIL})"
                  r"\s*[:,]?\s*$")
# "“…,” its spokesman told reporters.", "“…,” a spokesman for it said.", "“…,” said its chairman."
_ITS_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:its|their|one\s+of\s+(?:its|their))\s+(?:[a-z-]+\s+){{0,2}}?{ADVERB}(?:{VERB})\b|"
                        rf"(?:a|an|one)\s+[a-z-]+\s+(?:for|of|at)\s+(?:it|them)\s+{ADVERB}(?:{VERB})\b|"
                        rf"(?:{VERB})\s+(?:its|their|one\s+of\s+(?:its|their))\s+[a-z-]+)", re.IGNORECASE)


def opening(sentence: str, names: list[str]) -> str | None:
    """The sentence's only name (`names`, those it holds), when it opens it as its subject: whom "he" or "the
    group" in the next sentence means."""
    if len(names) != 1:
        return None
    return names[0] if re.match(_OPENS_WITH.format(name=re.escape(names[0])), sentence) else None
