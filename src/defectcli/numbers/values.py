"""A number or a date at a word: its value as written (see __init__)."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from .vocabulary import GROUPS, MONTHS, ONES, POSSESSIVE, SCALES, TENS, TOKEN, YEAR

Value = int | float


class Token(NamedTuple):
    text: str
    start: int  # its offsets in the text
    end: int


def tokens(text: str) -> list[Token]:
    """The tokens of `text`: numbers, words (letters joined by apostrophes: don't, People’s), and
    each other character but spaces."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


class Date(NamedTuple):
    year: int | None  # None: a day of a month ("March 3")
    month: int | None
    day: int | None
    start: int  # its words, [start, end)
    end: int


_UNGROUPED = str.maketrans("", "", GROUPS)


class Number(NamedTuple):
    value: Value
    end: int  # the word after it
    scale: int  # the scale word that ends it ("3 million": 1,000,000), else 1
    dozen: bool = False  # "a dozen", "two dozen": a round count, read as about


def number_at(words: list[str], i: int) -> Number | None:
    """The number that starts at words[i] (words lower-cased), or None."""
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if w[0].isdigit():
        value = float(w.translate(_UNGROUPED))  # a token's commas (and the like) are thousands separators
        if nxt in SCALES and nxt != "hundred":
            return Number(whole(value * SCALES[nxt]), i + 2, SCALES[nxt])
        return Number(whole(value), i + 1, 1)
    if w in POSSESSIVE and nxt == "decade":
        return Number(1, i + 1, 1)  # "a decade", "his decade as a soldier": one (the unit says decades)
    if w == "half" and nxt == "a" and i + 2 < len(words) and words[i + 2] in SCALES:
        return Number(whole(SCALES[words[i + 2]] / 2), i + 3, SCALES[words[i + 2]])
    if w in ("a", "an") and (nxt in SCALES or nxt == "dozen"):
        found = _spelled(words, i + 1, 1)
    elif w == "zero":
        return Number(0, i + 1, 1)
    else:
        found = _spelled(words, i, 0)
    if found is None:
        return None
    value, j = found
    if words[j:j + 1] == ["dozen"]:
        return Number(value * 12, j + 1, 1, True)
    return Number(value, j, SCALES.get(words[j - 1], 1))


def _spelled(words: list[str], i: int, group: int) -> tuple[int, int] | None:
    """A number in words from words[i] ("seven", "twenty-two", "two thousand five hundred", "one
    hundred and twenty"), `group` the value already read before it ("a" hundred); (value, end)."""
    total, last, j = 0, "unit" if group else "", i
    while j < len(words):
        x = words[j]
        if x in ONES and x != "zero" and (last in ("", "hundred", "scale", "and") or (last == "tens" and ONES[x] < 10)):
            group, last = group + ONES[x], "unit"  # "twenty two" too
        elif x in TENS and last in ("", "hundred", "scale", "and"):
            group, last = group + TENS[x], "tens"
            if words[j + 1:j + 2] == ["-"] and j + 2 < len(words) and 0 < ONES.get(words[j + 2], 0) < 10:
                group, last, j = group + ONES[words[j + 2]], "unit", j + 2
        elif x == "hundred" and last in ("unit", "tens") and group < 100:
            group, last = group * 100, "hundred"
        elif x in SCALES and x != "hundred" and last in ("unit", "tens", "hundred"):
            total, group, last = total + group * SCALES[x], 0, "scale"
        elif x == "and" and last in ("hundred", "scale") and j + 1 < len(words) and \
                (words[j + 1] in TENS or ONES.get(words[j + 1], 0) > 0):
            last = "and"
        else:
            break
        j += 1
    return (total + group, j) if last not in ("", "and") else None


def whole(value: float) -> Value:
    return int(value) if float(value).is_integer() else value


def date_at(toks: list[Token], words: list[str], i: int) -> Date | None:
    """A date starting at words[i]: "February 1, 2021", "1 February 2021", "15th February 2021", "the
    15th of February", "February 15th, 2021", "2021-02-15", "February 2021", a day of a month ("March
    3", "3 March"), and a year after in/on/during/of/early/late ("in 2021"; not after since, by, until,
    before or after, which give a bound rather than a date). A date is never read with less than it
    writes: "32 February 2021" (no day that is one) is no date, not February 2021."""
    w = words[i]
    month = MONTHS.get(w.rstrip("."), 5 if w == "may" and words[i + 1:i + 2] and words[i + 1].isdigit() else 0)
    if not month and not w[0].isdigit():
        return None  # most words: neither a month nor a day or year
    if month:
        if _day_before(toks, words, i):
            return None
        d = i + 1
        day = _day(words[d]) if d < len(words) else None
        e = d + 1 + (day is not None and _ordinal(toks, words, d + 1))  # the word after the day ("15th")
        if day is not None and words[e:e + 1] == [","] and (year := _year_at(words, e + 1)):
            return Date(year, month, day, i, e + 2)
        if day is not None and (year := _year_at(words, e)):
            return Date(year, month, day, i, e + 1)
        if year := _year_at(words, d):
            return Date(year, month, None, i, d + 1)
        if day is not None and toks[i].text[0].isupper() and len(words[d]) <= 2:
            return Date(None, month, day, i, e)  # "March 3"
        return None
    if len(w) <= 2 and _day(w) is not None:
        m = i + 1 + _ordinal(toks, words, i + 1)
        m += words[m:m + 1] == ["of"]
        if m < len(words) and MONTHS.get(words[m]) and toks[m].text[0].isupper():
            year = _year_at(words, m + 1)
            return Date(year, MONTHS[words[m]], _day(w), i, m + 2 if year else m + 1)
    if (iso := _iso(toks, words, i)) is not None:
        return iso
    if _year(w) and i > 0:
        prev = words[i - 1]
        if prev in ("early", "late", "mid", "-") and i > 1:
            prev = words[i - 2] if words[i - 2] != "mid" else words[i - 3] if i > 2 else ""
        if prev in ("in", "on", "during", "of", "year") and not _joined_on(toks, words, i):
            return Date(int(w), None, None, i, i + 1)
    return None


def _joined_on(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether the year at words[i] goes on, joined, into more digits ("2021-03", "2021/13/01", "2020–21"): a
    date or a span the reader does not take, of which the year alone would be less than the text says."""
    k = i + 2
    return k < len(words) and _joiner(words[i + 1]) and words[k][:1].isdigit() \
        and toks[i].end == toks[i + 1].start and toks[i + 1].end == toks[k].start


def _joiner(word: str) -> bool:
    """A dash of any kind (hyphen, en and em dash, figure dash, full-width...), a slash or a minus sign."""
    return len(word) == 1 and (unicodedata.category(word) == "Pd" or word in "/／⁄∕−")


_ORDINALS = ("st", "nd", "rd", "th")


def _ordinal(toks: list[Token], words: list[str], k: int) -> bool:
    """Whether words[k] is an ordinal's ending joined to the number before it ("15th")."""
    return k < len(words) and words[k] in _ORDINALS and toks[k - 1].end == toks[k].start


def _day_before(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether a day is written before the month at words[i] that was not read as one ("32 February",
    "15 february"): the month alone would be less than the text says."""
    k = i - 1 - (words[i - 1:i] == ["of"])
    k -= k > 0 and _ordinal(toks, words, k)
    return k >= 0 and words[k].isdigit() and len(words[k]) <= 2


def _iso(toks: list[Token], words: list[str], i: int) -> Date | None:
    """2021-02-15 or 2021/02/15, its parts joined; a day no month has is still read (verify says so)."""
    parts = words[i:i + 5]
    if len(parts) < 5 or not _year(parts[0]) or parts[1] != parts[3] or parts[1] not in ("-", "/") or \
            any(toks[k - 1].end != toks[k].start for k in range(i + 1, i + 5)):
        return None
    month, day = parts[2], parts[4]
    if len(month) != 2 or not month.isdigit() or not 1 <= int(month) <= 12 or not day.isdigit() or len(day) > 2 \
            or not 1 <= int(day) <= 31:
        return None
    return Date(int(parts[0]), int(month), int(day), i, i + 5)


def _year_at(words: list[str], k: int) -> int | None:
    return _year(words[k]) if k < len(words) else None


def _year(word: str) -> int | None:
    return int(word) if YEAR.fullmatch(word) else None


def _day(word: str) -> int | None:
    return int(word) if word.isdigit() and 1 <= int(word) <= 31 else None


def is_year(word: str) -> bool:
    return bool(YEAR.fullmatch(word))
