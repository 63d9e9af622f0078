"""Whose a number is when a sentence sets two claimants side by side: "12,341 have defected, according to
People’s Embrace; the NUG says over 13,000", "People’s Embrace counts 12,341, while the NUG says 13,000", "While
X counts 12,341, Y says 13,000", "X counts 13,000, Y 12,341". A claimant named in one such clause states the
numbers of its own clause and of those after it; a clause before it has it only when it closes the sentence
("…, and 3,015 were soldiers, according to X"). claimant.py reads the sentence's one claimant; this reads it
clause by clause."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...numbers.amounts import Reading
from ...text import words_of
from .asides import DISCOURSE, appositives
from .claimant import attribution_of, clean
from .names import A_NAME
from .spans import clause_after, deciding, leads

# Where one claimant's clause ends and another's may start: a semicolon, a contrast or a new clause ("…, but the
# NUG says", "…, and X says"), the comma that ends a leading "While …", or a comma before a name and a number whose
# verb is left out ("X counts 13,000, Y 12,341").
_AMOUNT = (r"(?:(?:over|more\s+than|nearly|about|almost|some|at\s+least|just|upwards\s+of|in\s+excess\s+of|roughly|around|"
           r"approximately|close\s+to|under|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|no\s+fewer\s+than)\s+)?\d")
_NOT_A_NAME = r"(?!(?i:over|more|nearly|about|almost|some|at|just|only|around|roughly|since|in|by|and|but|upwards|" \
              r"approximately|close|under|fewer|less|up|as|no)\b)"
# "Y 12,341", "the NUG, over 13,000", "the exiled NUG over 13,000": the verb left out
_THE = r"(?:the\s+(?:[a-z]+\s+)?)?"
_GAP = rf"{_THE}{_NOT_A_NAME}{A_NAME}\s*,?\s+(?:at\s+)?{_AMOUNT}"  # (or "Y at 12,341", after "puts the number at")
# (and a figure set beside another: "…, as against (in contrast with, relative to, next to) 13,000 by Y's count")
_BESIDE = (r"compared\s+(?:with|to)|(?:as\s+|set\s+)?against|versus|vs\.?|in\s+contrast\s+(?:with|to)|contrasted\s+with|"
           r"relative\s+to|alongside|beside|rather\s+than|as\s+opposed\s+to|next\s+to|with|unlike|in\s+comparison\s+"
           r"(?:with|to)|set\s+beside|side\s+by\s+side\s+with|measured\s+against|weighed\s+against|over\s+against")
_BOUNDARY = re.compile(rf";|,\s*(?:but|while|whereas|though|although|yet|and|{_BESIDE})\s|"
                       rf"\s(?:but|whereas|while)\s|(?<=^)(?i:while|whereas|although|though|where)\b[^;]*?,(?=\s)|"
                       rf",\s*(?={_GAP})|\s+and\s+(?={_GAP})")
# A contrast set off inside another's clause: "According to X, while Y says 13,000, 12,341 …", "X, while Y says …, counts"
_SET_INSIDE = re.compile(r",\s*(?:while|whereas|though|although)\s")
_ASIDE_END = re.compile(r",(?=\s)")
# A claimant that closes the sentence, whose reach is the whole of it: "…, according to X.", "…, X says."
_CLOSING = re.compile(r"(?:according\s+to\s+[^,;]+|,\s*[^,;]+\s+(?:says|said|reports|reported|estimates|counts)|,\s*(?:says|"
                      r"said)\s+[^,;]+)\s*[.!?]?\s*$")
_GAPPED = re.compile(rf"\s*({_THE}{_NOT_A_NAME}{A_NAME})\s*,?\s+(?:at\s+)?{_AMOUNT}"  # "Y 12,341": Y counts it (not
                     r"(?!\d*\s*,\s*(?!and\b|or\b)[a-z])")  # an age set off after a name: "Maung Sein, 19, joined")
_LEADING = re.compile(r"\s*(?i:while|whereas|although|though|where)\s+")  # "While the NUG says …": the NUG says


def clause_attribution(blanked: str, whole: str | None) -> Callable[[int], str | None]:
    """For an offset of `blanked`, the claimant of its clause: its own, else one named in a clause before it,
    else one closing the sentence; `whole` (the sentence's one claimant, which two side by side may leave
    unread) where it has one clause."""
    cuts = [(m.start(), m.end()) for m in _BOUNDARY.finditer(blanked) if m.end() > m.start()]
    if not cuts:
        return lambda _at: whole
    if cuts[0][0] == 0:  # "While X counts …,": the leading clause is the first, up to its comma
        cuts[0] = (cuts[0][1] - 1, cuts[0][1])
    bounds = list(zip([0, *(b for _, b in cuts)], [*(a for a, _ in cuts), len(blanked)], strict=True))
    own = [_own(blanked[a:b]) for a, b in bounds]
    for i in range(len(bounds) - 1, 0, -1):  # a contrast set off inside the clause before it: the rest is that clause's
        (a, b), (cut, _) = bounds[i], cuts[i - 1]
        if _SET_INSIDE.match(blanked, cut) and _DIGIT.search(blanked, a, b) and (end := _ASIDE_END.search(blanked, a, b)):
            before, rest = blanked[slice(*bounds[i - 1])].rstrip(" ,"), blanked[end.end():b]  # "According to X, 12,341
            outer = _own(f"{before},{rest}") or _own(f"{before}{rest}")  # have defected", "X counts 12,341"
            bounds[i:i + 1] = [(a, end.start()), (end.end(), b)]
            own[i:i + 1] = [own[i], outer or next((o for o in reversed(own[:i]) if o is not None), None)]
    closing = own[-1] if _CLOSING.search(blanked[bounds[-1][0]:]) else None

    def at(offset: int) -> str | None:
        k = next((i for i, (_, b) in enumerate(bounds) if offset < b), len(bounds) - 1)
        return next((said for said in reversed(own[:k + 1]) if said is not None), closing)
    return at


# Where a number's own clause ends, for the words that qualify it: "700 baht a month, and couples get 1,400" (the
# couples are the 1,400's), "700 baht per month, or 1,400 baht if accompanied by a spouse"; a new clause ("…, and
# couples get 1,400"); also "and" or a comma before another amount whose verb is left out ("700 baht with a spouse and
# 1,400 baht without one", "700 baht, single ones 1,400") or a claimant's ("…, the exiled NUG over 13,000"), and a comma
# before a participle ("1,400, halving to 700 for …").
# (a number set off by a mark after what it is of: "and women (18 to 27)", "and women — aged 18 to 27 —")
_SET_OFF_NUMBER = r"[(\[—–]\s*(?:aged\s+|between\s+|from\s+)?(?=\d)"
_CLAUSE_END = re.compile(r";|[—–]|,\s*(?:and|or|but|while|whereas|though|although|yet)\s|\s(?:but|whereas|while)\s")
_CODE = r"(?:THB|USD|EUR|MMK|GBP)\s*\d"  # "…, singles THB 700"
_GAP_END = re.compile(rf"(?:,|\s(?:and|or))\s+(?=(?:[a-z’'-]+\s+){{0,3}}(?:{_SET_OFF_NUMBER})?(?:{_AMOUNT}|[฿$€£]|{_CODE})|"
                      rf"{_GAP})|"
                      r",\s*(?=[a-z]+ing\s)")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of `text` that holds `start`..`end`."""
    whole = whole_first(text)
    # (not the dashes that set off the number alone: "men — 18 to 35 — and women": the men's, in their clause)
    cuts = [m.span() for m in _CLAUSE_END.finditer(text) if not _setting_off(text, m, start, end)]
    ends = [b for _, b in cuts]  # in order: the matches do not overlap
    gap: int | None = None  # where the last gap taken ends (before any later one starts)
    for m in _GAP_END.finditer(text):  # a gap only after a clause with an amount of its own ("…; couples, 1,400": one)
        k = bisect.bisect_right(ends, m.start())
        since = max([*ends[k - 1:k], *([gap] if gap is not None else [])], default=whole)
        if m.start() >= whole and _DIGIT.search(text, since, m.start()):
            cuts.append(m.span())
            gap = m.end()
    before = [b for _, b in cuts if b <= start]
    after = [a for a, _ in cuts if a >= end]
    return max(before, default=0), min(after, default=len(text))


def _setting_off(text: str, cut: re.Match[str], start: int, end: int) -> bool:
    """Whether `cut` is a dash of a pair that sets off the number at `start`..`end` and nothing else."""
    if cut.group() not in "—–":
        return False
    if cut.end() <= start:
        return not text[cut.end():start].strip() and text[end:].lstrip()[:1] == cut.group()
    return not text[end:cut.start()].strip() and text[:start].rstrip()[-1:] == cut.group()


def _own(clause: str) -> str | None:
    if gapped := _GAPPED.match(clause):
        return clean(gapped.group(1))
    return attribution_of(DISCOURSE.sub("", _LEADING.sub("", clause, count=1)).strip())


_DIGIT = re.compile(r"\d")
# "Of the 12,341 who defected, …", "Of those,"
_WHOLE_FIRST = re.compile(r"\s*(?i:of|among|out\s+of)\s(?:[^,;]|(?<=\d),(?=\d))*,")


def whole_first(text: str) -> int:
    """Where a leading "Of the 12,341 defectors," that each clause after it takes its parts from ends, or 0."""
    m = _WHOLE_FIRST.match(text)
    return m.end() if m else 0
_SPOUSES = frozenset(("spouse", "spouses", "wife", "wives", "husband", "husbands", "married", "couple", "couples"))
_SINGLE = frozenset(("single", "singles", "unmarried", "unaccompanied", "alone", "bachelor", "bachelors"))
_OWNER = frozenset(("a", "an", "his", "her", "their"))
_ENDS = frozenset((",", ";", ".", "and", "or", "but"))


def lacking(words: list[str], whole: list[str]) -> set[str]:
    """The words of what a clause's `words` say one is without: "without a spouse", "with no family", "without
    one" (the companion `whole`, its sentence, names), "single ones" (no spouse)."""
    out = {w for k, w in enumerate(words) if w.isalpha() and any(
        words[j] == "without" or words[j - 1:j + 1] == ["with", "no"] for j in range(max(0, k - 3), k)
        if not set(words[j:k]) & _ENDS)}
    bare = any(w == "without" and (j + 1 == len(words) or not words[j + 1][:1].isalpha())
               for j, w in enumerate(words))  # "…, those without 1,400": without the companion said before
    if "one" in out or bare:
        out |= companions(whole)  # (or "… without one")
    single = _SINGLE & set(words)  # no spouse, as the plain rate has: neither word is what it counts
    return out | (_SPOUSES | single if single else set())


def companions(whole: list[str]) -> set[str]:
    """Whom a sentence says one is with or without: "with a spouse", "without his wife"."""
    return {w for k, w in enumerate(whole) if k >= 1 and w.isalpha() and w != "one" and (
        whole[k - 1] in ("with", "without") or (whole[k - 1] in _OWNER and whole[k - 2:k - 1] in (["with"], ["without"])))}


def clause_of(reading: Reading, start: int, end: int) -> tuple[list[str], bool, set[str], list[str]]:
    """For the amount at `start`..`end`: the words of its own clause; whether the sentence has an amount outside it
    ("1,400 baht, or 700 baht if accompanied by a spouse": the spouse is the 700's); the clause's words with the
    companion "with one" stands for; and the words it shares, when it comes after the first amount (those before
    it, or a leading "Of the 12,341 defectors,": "Defectors get 700 baht …, and 1,400 baht …")."""
    a, b = clause_around(reading.text, start, end)
    own = [w for t, w in zip(reading.tokens, reading.words, strict=True) if a <= t.start < b]
    split = any(not a <= reading.tokens[o.number].start < b for o in reading.amounts)
    inside = set(own) | (companions(reading.words) if "one" in own and "with" in own else set())
    whole = whole_first(reading.text)
    first = sum(t.start < whole for t in reading.tokens) if whole else \
        min((o.start for o in reading.amounts), default=len(reading.tokens))  # (none: "a quarter of the defectors")
    asides = appositives(reading.text)  # (not an aside's: "The NUG, a parallel government, counts …; X counts 12,341")
    shared = [w for t, w in zip(reading.tokens[:first], reading.words[:first], strict=True)
              if not any(x <= t.start < y for x, y in asides)] if first < len(reading.tokens) and \
        reading.tokens[first].start < a else []
    return own, split, inside, shared


_AUXILIARY = frozenset(("had", "has", "have", "was", "were", "is", "are", "also", "then", "later"))


def subject_shared(words: list[str], i: int) -> list[str]:
    """The subject a verb after "and" shares with the clause before it, for the amount at words[i]: "The
    interviewees were aged from 22 to 39 and had served between four and 22 years" (the interviewees)."""
    k = next((k for k in range(i - 1, max(0, i - 5), -1) if words[k] == "and"), None)
    if k is None or k + 1 >= i or not (words[k + 1] in _AUXILIARY or words[k + 1].endswith("ed")):
        return []
    verb = next((j for j, w in enumerate(words[:k]) if w in _AUXILIARY or (j and w.endswith("ed"))), None)
    return words[:verb] if verb is not None and verb <= 4 else []


def multiple(words: list[str], last: int) -> frozenset[str]:
    """The words of a multiple of a sum right after it ("…, double for couples", "…, or twice as much if accompanied
    by a spouse"), which are the multiple's, not the sum's (none said before it); empty when there is none."""
    at = next((j for j in range(last, min(len(words), last + 4)) if words[j] in _MULTIPLES and words[j - 1] in (",", "or")),
              None)
    return frozenset(words[at:]) - frozenset(words[:at]) if at is not None else frozenset()


_MULTIPLES = frozenset(words_of("double twice triple thrice half treble doubled tripled halved trebled quadruple quadrupled"))


_MARKS = frozenset((",", ";", ":", ".", "!", "?", "—", "–", "(", ")"))


def leading_clause(reading: Reading, start: int, last: int, stop: frozenset[str]) -> tuple[str, ...]:
    """For a number in a phrase that leads the sentence ("For 18 years,", "At 19,", "Aged 19,", "Across 18 years,",
    "At 19 Maung Sein …"), the words of the clause after it ("… Zay Thu Aung was a cook"): what it says of the number,
    as if the phrase came after it; none for a number elsewhere. `stop`: words that say nothing of it."""
    tokens = reading.tokens
    if not leads(tokens, start, last) or (comma := clause_after(tokens, last)) is None:
        return ()  # (not "12,341 junta personnel have defected, the NUG says": the number's own clause)
    comma -= 1  # (the mark before the clause, or its first word)
    end = next((j for j in range(comma + 1, len(tokens)) if tokens[j].text in _MARKS), len(tokens))
    places = []  # ("… lives in Yangon": where, as the phrase after a number reads it, "in>yangon")
    for j in range(comma + 1, end - 1):
        if tokens[j].text in ("in", "at") and tokens[j + 1].text[:1].isupper():
            run = next((n for n in range(j + 1, end) if not tokens[n].text[:1].isupper()), end)
            places.append(f"{tokens[j].text}>{' '.join(t.text.lower() for t in tokens[j + 1:run])}")
    return tuple(dict.fromkeys([*(tokens[j].text for j in range(comma + 1, end) if tokens[j].text.isalpha() and
                                  tokens[j].text.islower() and tokens[j].text not in stop and not deciding(reading.words, j)),
                                *places]))
