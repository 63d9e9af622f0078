"""The asides a sentence sets off by commas after a name ("People's Embrace, a group helping defectors, says"):
what they describe and say, left out to find who says and what a number counts (claimant.py, parse.py); and what an
aside after a number says of it in a few shapes beside.py reads apart: another doing (", achieving ranks …"), a year
named by another event ("(the year of the coup)"), a span of time ("in a single week")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...numbers.values import Token
from ...numbers.vocabulary import SAYING, SAYING_PHRASES, TIME
from ...text import words_of

VERB = "|".join((*SAYING_PHRASES, *sorted(SAYING)))  # (the tags of more words first: "…, Thawda Win points out.")

# An aside after a name ("People's Embrace, a group helping defectors, says"), left out to find who says.
_ASIDE_WORDS = r"(?:[^,.;:!?“”\"]|(?<=\d)[,.](?=\d))*"  # an aside's words, a number's "12,341" among them
APPOSITIVE = re.compile(rf",\s*(?:a|an|the|which|who|whose|one|living|aged|then|or|speaking|from|of|asked|now|"
                        rf"[A-Z][\w’']*['’]s)\s{_ASIDE_WORDS},(?!\d)")  # not the comma of "12,341"; (an aside with commas
# of its own, between a name and its verb, is read back from the verb: totag.py)

# An aside that describes whom it follows: "Thawda Win, who lives in a four-storey safe house, said", "…, said Thawda
# Win, who lives in a four-storey safe house."
# (also "X, 18 years in the air force, said", "X, 18 years an airman, told reporters")
_DESCRIBING_ASIDE = re.compile(rf",\s*(?:who|whose|which|a|an|living|aged|then|\d+\s+years?\s+(?:in|an?|as|with|of))\s"
                               rf"{_ASIDE_WORDS}(?:,(?!\d)|[.!?]?\s*$)")


def described(blanked: str, at: int) -> tuple[int, int, bool] | None:
    """The aside describing whom it follows that the character at `at` stands in, if any: its span, and
    whether it says nothing itself, so that a number there is the writer's, not the claimant's ("Thawda
    Win, whose safe house has four storeys, said …"); one of saying ("People's Embrace, which counts
    12,341 defectors, says …") is the claimant's."""
    return next(((m.start(), m.end(), not _SAYS_IN.search(m.group())) for m in _DESCRIBING_ASIDE.finditer(blanked)
                 if m.start() <= at < m.end() and not _LEADING_PHRASE.match(blanked[:m.start()])
                 and not _AFTER_TAG.search(blanked, 0, m.start())), None)  # (", X says, aged …": no aside of X's)


@lru_cache(maxsize=8)  # (once a sentence, not once for each of its numbers: a long one has thousands)
def appositives(blanked: str) -> tuple[tuple[int, int], ...]:
    """The spans of the asides that describe whom they follow ("People's Embrace, a group that helps
    defectors, counts …") or only link a clause to another ("the NUG, for its part, says"): their words say
    nothing of what a number after them counts."""
    return tuple(sorted([m.span() for m in APPOSITIVE.finditer(blanked) if not _LEADING_PHRASE.match(blanked[:m.start()])]
                  + [m.span() for m in DISCOURSE.finditer(blanked)]
                  + [m.span() for m in _SET_OFF_ASIDE.finditer(blanked)]  # "People's Embrace (a group helping defectors)"
                  + [m.span() for m in _COUNTED_BY.finditer(blanked)]  # "the 12,341 defectors People's Embrace counts"
                  + [m.span() for m in _WHOSE_COUNT.finditer(blanked)]))  # "… defectors (according to People's Embrace)"


# An aside in brackets or dashes after a name: "People's Embrace (a group helping defectors) says", "the NUG — the
# parallel government — says"
_SET_OFF_ASIDE = re.compile(r"(?<=[\w’'])\s*(?:\((?:a|an|the|which|who|whose|one|now|then)\s[^()]{1,120}\)|"
                            r"[—–]\s*(?:a|an|the|which|who|whose|one|now|then)\s[^—–]{1,120}[—–])")

# Who counts a whole, in a clause of its own between its noun and what its part is: "3,015 of the 12,341 defectors
# (that) People's Embrace counts were soldiers", "… counted by People's Embrace were soldiers"
NAME_PHRASE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"  # "the NUG", "People's Embrace"
# The mark that closes an aside, and the one that opens it (beside.py, numbers.py, wholes.py)
PAIRS = {",": ",", ")": "(", "]": "[", "—": "—", "–": "–"}


def between_marks(tokens: list[Token], start: int, last: int, commas: bool = True) -> bool:
    """Whether tokens[start:last] stand alone between a pair of marks: "(18 to 35)", "— 19 —", ", 19,"."""
    return start > 0 and last < len(tokens) and PAIRS.get(tokens[last].text) == tokens[start - 1].text and (
        commas or tokens[last].text != ",")
_COUNTED_BY = re.compile(rf"(?<=[a-z])(?:\s*\(?\s*(?:(?:(?:that|which|whom)\s+)?{NAME_PHRASE}\s+(?:has\s+|have\s+)?"
                         rf"(?:counts|counted|tallies|tallied|records|recorded|lists|listed|reports|reported)|(?:counted|tallied|recorded|"
                         rf"listed|reported)\s+by\s+{NAME_PHRASE})\s*\)?)+(?=\s+(?:were|are|was|is)\b)")  # (in brackets too)

# Who counts it, set off in brackets, dashes or commas after a count's noun, before its verb
_WHOSE_COUNT = re.compile(r"(?<=[a-z])\s*[(\[—–,]\s*(?:[^()\[\]—–,.;:!?“”\"]*?\b[A-Z][^()\[\]—–,.;:!?“”\"]*|(?:by|in|per)\s+"
                          r"(?:its|their)\s+(?:own\s+)?(?:count|figures?|tally|estimate|reckoning))[)\]—–,]"
                          r"(?=\s+(?:were|are|was|is|have|has|had)\b)")  # (any aside with a name in it: who says, or whose
# count it is: "(according to X)", "[per X]", "(X's count)", "— counted by X —", ", says X,", ", as X counts them,")


# Words that link a clause to the one before it: "X, however,", "the NUG, for its part, says".
DISCOURSE = re.compile(r",\s*(?:by\s+contrast|however|for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|instead|"
                       r"on\s+the\s+other\s+hand|in\s+contrast|though|too|also|similarly|likewise)\s*,")


# A phrase that opens the sentence is no one an aside could describe: "With a spouse, a defector gets 1,400 baht",
# "Accompanied by a spouse, a defector is paid …".
_LEADING_PHRASE = re.compile(r"\s*(?i:with|without|for|after|before|in|since|as|under|on|at|during|by|like|unlike|once|"
                             r"when|if|because|despite|through|from|among|including|until|upon|[a-z]+ed|[a-z]+ing)\s[^,;:]*$")


def aside(m: re.Match[str]) -> str:
    """An aside blanked, but for a claimant set off by commas (", People's Embrace says,") or a name that
    names what it follows (", the NUG,": "Myanmar's exiled government, the NUG, says")."""
    if NAME_ONLY.fullmatch(m.group()):
        return "; " + m.group().strip(" ,") + " "  # the name, as if it began the clause: "; the NUG says"
    said = _SAID_LAST.search(m.group()) and not _RELATIVE.search(m.group())  # (not "…, a man who kept records,")
    return m.group() if said else " " * len(m.group())


NAME_ONLY = re.compile(r",\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\s*,")


def last_aside(m: re.Match[str]) -> str:
    """An aside that ends the sentence blanked, but for a claimant (", the People's Embrace group says.")."""
    named = _NAMED_SAYS.match(m.group())  # ", the NUG counts 12,341 defectors.": a clause of its own, not an aside
    return m.group() if _SAID_END.search(m.group()) or named else "." + " " * (len(m.group()) - 1)


_SAID_END = re.compile(rf"\s(?:{VERB})\s*[.!?]?\s*$")
_NAMED_SAYS = re.compile(rf",\s*the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:has\s+|have\s+)?(?:{VERB})\b")
LAST_ASIDE = re.compile(rf",\s*(?:a|an|the|which|who|whose)\s{_ASIDE_WORDS}[.!?]?\s*$")
_SAYS_IN = re.compile(rf"\b(?:{VERB})\b")
_AFTER_TAG = re.compile(rf"\s(?:{VERB})\s*$")
_RELATIVE = re.compile(r"\b(?:which|who|whose)\b")  # an aside that holds a who-clause describes; it is no claimant's
_SAID_LAST = re.compile(rf"\s(?:{VERB})\s*,$")


def another_doing(said: list[str]) -> bool:
    """Whether the words of an aside after a number's phrase are a participle with an object of its own ("achieving
    ranks", "earning a promotion"): a doing of the subject's beside the number's, unlike one with a preposition, which
    says how or where the time was spent (", working as a cook", ", living in Thailand", ", serving in the kitchens")."""
    first, after = said[0], said[1:2]
    return first.endswith("ing") and len(first) > 5 and first.islower() and after != [] and after[0].isalpha() and \
        after[0].lower() not in _MANNER


_MANNER = frozenset(words_of("""of in on at for from with by to into onto about over under after before during since as
    abroad alone together overseas away while when if unless because"""))


# An aside that names a year or a span by something else: "the year of the coup", "the coup year", "the year he turned
# 40", "seven years after the coup", "the whole of the war" (not "the year before the coup", read as a date's time)
_NAMES_A_YEAR = re.compile(r"(?:(?:in|during)\s+)?(?:the\s+|that\s+)?(?:(?:same\s+)?year\s+(?:of|that|when|in\s+which|he|she|"
                           r"they|it|his|her|their)\b|(?:whole|length|duration|span|course)\s+of\b|(?<=the\s)(?!same\s)"
                           r"[a-z]+(?:\s*['’]\s*s)?\s+year\b|same\s+year\s+as\s+the\s+[a-z]+\s*$)|"
                           r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many)\s+years\s+"
                           r"(?:after|before|since|into)\b")
_OF_A_YEAR = frozenset(words_of("""the that same year years of when in during as s which he she they it his her their whole length
    duration span course after before since into a an one two three four five six seven eight nine ten"""))


def named_year(words: list[str]) -> tuple[str, ...] | None:
    """For the words of an aside after a number or a date that name its year or span by something else, what the
    record must say of it too, as "year>coup"; None for any other aside."""
    if not _NAMES_A_YEAR.match(" ".join(words)):
        return None
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]  # ("the coup's year")
    return tuple(f"year>{w}" for w in words if w.isalpha() and w not in _OF_A_YEAR)


def within_span(tokens: list[Token], k: int) -> str | None:
    """ "in>week" when the words at k say in what span of time a count of people did it ("in a single week", "within
    a month", "in just one day"), which the record must say so too; or None."""
    words = [t.text.lower() for t in tokens[k:k + 5]]
    if words[:1] not in (["in"], ["within"], ["over"]):
        return None
    j = 1
    while j < len(words) and words[j] in ("a", "an", "one", "single", "just", "only", "the", "same", "span", "of"):
        j += 1
    return f"in>{TIME[words[j]].removesuffix('s')}" if j > 1 and j < len(words) and words[j] in TIME else None


def described_from(lead: list[str]) -> int:
    """How many of an aside's first words only lead to what it says the subject is: "then", "now", "who was", "who
    became", "who rose to", "who served (worked) as", "who had been" ("Maung Sein, who became a general, is 19")."""
    if lead[:1] in (["then"], ["now"]):
        return 1
    if lead[:1] != ["who"]:
        return 0
    k = 1
    while k < len(lead) and lead[k] in _BECAME:
        k += 1
    return k if k > 1 else 0


_BECAME = frozenset(words_of("""was is had has been became becomes become rose rises risen to served serves worked works as
    went on turned later eventually then now once previously formerly already retired ended up died made"""))
