"""Whether a date is one the sentence states, or a bound, a rough date or one end of a span or a choice
("before March 2021", "2019 at the earliest", "2020 (or 2021)", "1 to 15 March 2021"), which the
date alone would misstate: such a date makes no claim."""

from __future__ import annotations

from .counted import counts_from
from .values import DAY_WORDS, SPAN_WORDS, Date, Token, day_of, is_joiner, of_verb, open_end, written_date_at, year_of
from .vocabulary import DATED_NOUNS, MONTHS


def date_at(toks: list[Token], words: list[str], i: int) -> Date | None:
    """The date at words[i] (see written_date_at), unless it is one end of a span or one of a choice of dates
    ("March or April 2021", "1 to 15 March 2021", "March 2021 or later"), which it alone would deny."""
    date = written_date_at(toks, words, i)
    if date is None or date.year is None:
        return date
    k, end = date.start - 1, date.end
    k -= k > 1 and words[k] in ("in", "on") and words[k - 1] in SPAN_WORDS  # "in 2020 or in 2021"
    before = k > 0 and (words[k] in SPAN_WORDS or is_joiner(words[k])) and (
        _dated(words, k - 1) or (day_of(words[k - 1]) is not None and day_of(words[date.start]) is not None))  # "1 or 2 May"
    after = end + 1 < len(words) and (words[end] in SPAN_WORDS or is_joiner(words[end])) and _dated(words, end + 1)
    # a date written before its event's noun is that event's own, whatever comes before it ("after the 2021 coup")
    own = words[end:end + 1] != [] and words[end] in DATED_NOUNS and date.start > 0 and (
        words[date.start - 1] in ("the", "his", "her", "their", "its") or words[date.start - 1].endswith(("'s", "’s")))
    if before or after or open_end(words, end) or _hedged(words, end, date.day is None, date.month is None) \
            or (_bounded(words, date.start) and not own):
        return None
    return date


# Before a date, what makes it a bound or a rough one: "before March 2021", "on or about 1 February",
# "no earlier than 20 January", "at the latest in 2021".
_BOUNDING = frozenset(("before", "after", "by", "until", "till", "since", "around", "about", "circa", "c.", "ca.",
                       "approximately", "roughly", "than", "earliest", "latest", "soonest", "towards", "toward",
                       "preceding", "following", "within", "ago", "through", "throughout", "prior", "ahead", "eve",
                       "up", "turn", "close", "near", "run", "into",
                       # a part of the month or year: "late February 2021", "mid-February", "the last week of"
                       "early", "late", "mid", "end", "beginning", "start", "middle", "half", "week", "weeks",
                       "days", "months", "part", "quarter", "monsoon", "season", "day", "night", "weekend",
                       "fortnight", "fortnights", "latter",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "subsequent"))
# After it: "2019 at the earliest", "2020 give or take a year", "2021 or sooner", "2019, roughly".
_ROUGH = (("give", "or", "take"), ("plus", "or", "minus"), ("more", "or", "less"), ("±",), ("+", "/", "-"), ("?",))
_ROUGH_WORDS = frozenset(("earliest", "latest", "soonest", "sooner", "thereafter", "beyond", "roughly",
                          "approximately", "circa", "thereabouts", "around", "about", "abouts", "ish", "onward",
                          "onwards", "later", "earlier"))
_MARKS = frozenset((",", "(", "[", "—", "–", "-"))


def _bounded(words: list[str], start: int) -> bool:
    """Whether a bound or an approximation comes before the date at words[start] (over "the", "in" or
    "on"): "before March 2021", "on or before 1 February", "in or around January", "at the latest in 2021"."""
    k = start - 1
    while k >= 0 and (words[k] in ("the", "in", "on", "of", "during", "to", "-")
                      or (words[k] == "or" and k > 0 and words[k - 1] in _BOUNDING)  # "before or on", "mid-"
                      or (words[k] == "month" and words[k + 1:k + 2] == ["of"])):  # "the third week of the month of"
        k -= 1
    if k > 0 and words[k] in _MARKS:  # "at the latest, in 2021"; not "Not long after, in 2021", whose date is exact
        return words[k - 1] in ("earliest", "latest", "soonest") or _day_before(words, k) or _part_before(words, k)
    if k > 0 and words[k - 1] in ("week", "day", "fortnight") and words[k] in _NUMBER_WORDS:
        return True  # "in week three of February 2021"
    if words[k:k + 1] == ["up"] and words[k + 1:k + 2] not in (["to"], ["until"], ["till"]):
        return False  # "joined up in 2020", not "up to 2020"
    if k > 0 and counts_from(words, k):
        return False  # "a year after February 2021": the date a span is counted from (texts/claims/counted.py)
    return k >= 0 and words[k] in _BOUNDING


# Words that name a part of a month, set off before it: "in the second half of the month, in February 2021".
_MONTH_PARTS = frozenset(("week", "weeks", "fortnight", "half", "days", "latter", "late", "early", "mid", "end",
                          "beginning", "start", "middle", "final", "closing"))


def _part_before(words: list[str], k: int) -> bool:
    """Whether the words set off before the mark at words[k] name a day or a part of the month: "on the 15th
    of the month, in February 2021", "in the second half of the month, in February 2021"."""
    j = k - 1
    while j >= 0 and k - j <= 10 and words[j] not in (",", ".", ";", ":", "(", "—", "–"):
        if words[j] in _MONTH_PARTS or (words[j] in _SUFFIXES and j > 0 and day_of(words[j - 1]) is not None):
            return True
        j -= 1
    return False


def _day_before(words: list[str], k: int) -> bool:
    """Whether a day of the month ends just before words[k]: "on the 28th, in February 2021"."""
    j = k - 1 - (words[k - 1] in ("st", "nd", "rd", "th"))
    return j >= 0 and day_of(words[j]) is not None


def _hedged(words: list[str], end: int, dayless: bool = True, monthless: bool = False) -> bool:
    """Whether the date ending before words[end] is a bound, a rough one or one of a choice: "2019 at the
    (very) earliest", "2020 (or 2021)", "2020, or perhaps 2021", "2020, possibly 2021", "2020 ± 1",
    "2020 and/or 2021", "2019 — or was it 2020?", "2019, roughly", "2019 up to 2021"."""
    if words[end:end + 2] in (["'", "s"], ["’", "s"]):
        return True  # "February 2021's last week", "during 2020's rainy season": a part of it
    k = end
    while k < len(words) and k - end < 2 and (words[k] in _MARKS or words[k] in (":", ";")):
        k += 1
    ahead = words[k:k + 4]
    if k > end and dayless and _part_after(words, k, monthless):
        return True  # "in February 2021, late in the month", "…, on the 28th", "…, on a Friday", "(the 28th)"
    if any(tuple(ahead[:len(rough)]) == rough for rough in _ROUGH) or any(
            w in _ROUGH_WORDS and not of_verb(words, k + j) for j, w in enumerate(ahead)):
        return True
    if ahead[:1] == ["or"] and any(w in _RELATIVE for w in ahead[1:4]):
        return True  # "or the day after", "or the next day", "or the following year", "or close to it", "or '21"
    if ahead[:2] == ["up", "to"] or ahead[:1] in (["or"], ["and"]) or (ahead[:1] != [] and ahead[0] in _MAYBE) \
            or (k > end and ahead[:1] != [] and _dated(words, k)):
        # a choice: "or" (or "and/or", "or else", "or was it") and another date within a few words
        return any(_dated(words, j) for j in range(k, min(k + 5, len(words))) if words[j] not in _MARKS) and \
            (ahead[:1] != ["and"] or "or" in ahead[:3])
    return False


# Words of a day or a part of a month or year: "…, late in the month", "…, at the month's end", "…, on a Friday".
_PART = frozenset(("late", "early", "mid", "towards", "toward", "end", "beginning", "start", "middle", "last", "first",
                   "final", "halfway", "week", "weeks", "closing", "dawn", "dusk", "midnight", "morning", "evening",
                   "night", "days", "day", "fortnight", "second", "third", "fourth", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "weekend", "before", "after", "until", "till", "ended",
                   "began", "ending", "midway", "eve", "opened", "closed"))
_RELATING = frozenset(("before", "after", "until", "till"))
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def _part_after(words: list[str], k: int, monthless: bool = False) -> bool:
    """Whether the words set off after a date, from words[k] to the sentence's next mark, name a day or a
    part of it ("the 28th", "on the twentieth", "in its final days", "at dawn", "in week three"). After a year
    alone, "before" and "after" relate it to something else ("in 2020, a year before the coup"), no part."""
    j = k + 4 if words[k:k + 4] in (["i", ".", "e", "."], ["e", ".", "g", "."]) else k  # "…, i.e. on the 14th"
    while j < len(words) and j - k < 10 and words[j] not in (",", ".", ";", "!", "?", ")", "—", "–"):
        w = words[j]
        if (w in _PART or w in DAY_WORDS) and not (monthless and w in _RELATING):
            return True
        if day_of(w) is not None and words[j + 1:j + 2] != [] and words[j + 1] in _SUFFIXES:
            return True  # "the 28th"
        j += 1
    return False
_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
_MAYBE = frozenset(("perhaps", "possibly", "maybe", "probably", "likely", "even"))
_RELATIVE = frozenset(("day", "days", "week", "month", "year", "after", "before", "next", "following", "previous",
                       "close", "so", "'", "’", "thereabouts", "around", "near"))


def _dated(words: list[str], k: int) -> bool:
    """Whether words[k] is a month, a year, or a day followed by its month: the other end of a span."""
    w = words[k]
    return bool(MONTHS.get(w)) or year_of(w) is not None or (
        day_of(w) is not None and k + 1 < len(words) and bool(MONTHS.get(words[k + 1])))
