"""A number or a date at a word: its value as written (see __init__)."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from ..shapes import LARGEST
from ..text import whole_number
from .vocabulary import DATED_NOUNS, GROUPS, MONTHS, ONES, POSSESSIVE, SCALES, TENS, TIME_COLOUR, TOKEN, YEAR

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
    if w[0].isdecimal():
        scale = SCALES[nxt] if nxt in SCALES and nxt != "hundred" else 1
        value = held(w.translate(_UNGROUPED), scale)  # a token's commas (and the like) are thousands separators
        if value is None:
            return None
        return Number(whole(value), i + 1 + (scale > 1), scale)
    if w in POSSESSIVE and (nxt == "decade" or (nxt in TIME_COLOUR and words[i + 2:i + 3] == ["decade"])):
        return Number(1, i + 1, 1)  # "a decade", "his decade as a soldier", "a full decade": one (the unit says decades)
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


def held(written: str | list[Value], scale: int = 1) -> float | None:
    """The number `written` (digits times a scale word, or the sum of numbers read) as a float, worked out in
    decimal ("2.01 thousand" is 2010, not 2009.9999999999998; 0.1 and 0.2 make 0.3); None when no record may
    hold it: past the fact base's bound (where sums and shares of it overflow), or not held by a float as written
    (past 2**52 a float holds no fraction: 2**53 - 0.5 was read as 2**53)."""
    from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
    from functools import reduce

    # Exact, whatever the caller's own context holds (28 digits rounded 1.0…01 thousand to 1000; 10**6 overflowed)
    exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
    number = exact.multiply(Decimal(written), scale) if isinstance(written, str) else \
        reduce(exact.add, (Decimal(repr(v)) for v in written), Decimal(0))
    value = float(number)
    return value if value <= LARGEST and exact.compare(Decimal(repr(value)), number).is_zero() else None


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


def written_date_at(toks: list[Token], words: list[str], i: int) -> Date | None:
    """A date starting at words[i]: "February 1, 2021", "1 February 2021", "15th February 2021", "the
    15th of February", "February 15th, 2021", "February 15 of 2021", "on 15 February in 2021", "2021-02-15",
    "2021年2月15日", "February 2021", "February of 2021", a day of a month ("March 3", "3 March"), and a year
    after in/on/during/of ("in 2021"; not after since, by, until, before or after, which give a bound
    rather than a date). A date is never read with less than it writes: "32 February 2021" (no day
    that is one) is no date, not February 2021; nor is a part of a year ("late 2021", "the spring of
    2021") or a year that goes on into what is not read ("2021-Mar-15", "2021 03 15") the year alone."""
    w = words[i]
    month = MONTHS.get(w.rstrip("."), 5 if w == "may" and words[i + 1:i + 2] and words[i + 1].isdecimal() else 0)
    of = i + 1 + (words[i + 1:i + 2] == ["day"])  # ("the first day of February")
    if w in DAY_WORDS and words[of:of + 1] == ["of"] and of + 1 < len(words) and MONTHS.get(words[of + 1]) and \
            toks[of + 1].text[0].isupper():  # "the first of February, 2021"
        tens = 20 if words[max(i - 2, 0):i] == ["twenty", "-"] else 30 if words[max(i - 2, 0):i] == ["thirty", "-"] else 0
        after = _year_after(words, of + 2 + _abbreviated(words, of + 1))
        return Date(after[0] if after else None, MONTHS[words[of + 1]], tens + DAY_WORDS[w], i - 2 * bool(tens),
                    after[1] if after else of + 2)
    if not month and not w[0].isdecimal():
        return None  # most words: neither a month nor a day or year
    if month:
        if _day_before(toks, words, i):
            return None
        d = i + 1 + _abbreviated(words, i)  # "Feb. 1, 2021"
        d += words[d:d + 1] == ["the"] and d + 1 < len(words) and (day_of(words[d + 1]) is not None or words[d + 1] in
                                                                    DAY_WORDS)  # "February the 1st (first)"
        day = (day_of(words[d]) or DAY_WORDS.get(words[d])) if d < len(words) else None
        e = d + 1 + (day is not None and _ordinal(toks, words, d + 1))  # the word after the day ("15th")
        if day is not None and (after := _year_after(words, e)):
            return Date(after[0], month, day, i, after[1])
        if after := _year_after(words, d):
            return Date(after[0], month, None, i, after[1])
        if day is not None and toks[i].text[0].isupper() and len(words[d]) <= 2:
            return Date(None, month, day, i, e)  # "March 3"
        return None
    if len(w) <= 2 and day_of(w) is not None:
        m = i + 1 + _ordinal(toks, words, i + 1)
        m += words[m:m + 1] == ["day"] and words[m + 1:m + 2] == ["of"]  # "the 1st day of February"
        m += words[m:m + 1] == ["of"]
        if m < len(words) and MONTHS.get(words[m]) and toks[m].text[0].isupper():
            n = m + 1 + _abbreviated(words, m)  # "1 Feb. 2021"
            after = _year_after(words, n)
            return Date(after[0] if after else None, MONTHS[words[m]], day_of(w), i, after[1] if after else n)
    if (iso := _iso(toks, words, i)) is not None:
        return iso
    if (cjk := _cjk(toks, words, i)) is not None:
        return cjk
    if year_of(w) and i > 0 and _plain_year(toks, words, i):
        later = _day_of_month(toks, words, i + 1 + (words[i + 1:i + 2] == [","]))  # "in 2021 on 15 March"
        if later is not None:
            return Date(int(w), later[0], later[1], i, later[2])
        return None if _said_more(toks, words, i) else Date(int(w), None, None, i, i + 1)
    return None


def _abbreviated(words: list[str], k: int) -> bool:
    """Whether the month at words[k] is abbreviated with a full stop ("Feb.", "Sept."), which the
    date goes on after."""
    return len(words[k]) <= 4 and words[k + 1:k + 2] == ["."] and words[k] not in ("june", "july")


# Days written as words, and their numbers ("the first of February", "the twenty-first of March": its last word).
DAY_WORDS = {w: k for k, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 1)} \
    | {"thirtieth": 30}  # ("twenty-first": twenty, a hyphen, first)
# Words for a part of a year: a year after them says more than the year ("late 2021", "the end of 2021").
_PARTS = frozenset(("early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "end", "beginning",
                    "start", "middle", "half", "quarter", "part", "months", "weeks", "days"))


SPAN_WORDS = frozenset(("or", "and", "to", "through", "thru", "until", "till"))
OPEN_ENDS = frozenset((("or", "later"), ("or", "after"), ("and", "later"), ("and", "after"), ("or", "earlier"),
                   ("or", "before"), ("and", "beyond"), ("or", "so"), ("or", "thereabouts")))


def open_end(words: list[str], k: int) -> bool:
    """Whether words[k:k + 2] leave a date before them open ("2020 or later", "2020 and after"), not "later" of
    a verb beside it ("joined in 2014 and later deserted")."""
    return tuple(words[k:k + 2]) in OPEN_ENDS and not of_verb(words, k + 1)


def of_verb(words: list[str], k: int) -> bool:
    """Whether "later" or "earlier" at words[k] is said of a verb beside it, in a clause of its own ("…, who joined in
    2014, defected later", "in 2014, and later deserted"), not of a date before it ("in 2014, or later")."""
    return words[k] in ("later", "earlier") and any(w.isalpha() and (
        (len(w) >= 5 and w.endswith(("ed", "ing"))) or w in _PAST) for w in (words[k - 1], *words[k + 1:k + 2]))


_PAST = frozenset(("left", "fled", "went", "quit", "ran", "came", "became", "got", "took", "rose", "fell"))
_PLACES = frozenset(("first", "second", "third", "fourth", "final", "last", "latter", "closing", "opening"))


def _plain_year(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether the year at words[i] is a date of that year and no more: after in, on, during, of or
    year, not after a part of a year, a month or a day, and going on into nothing unread."""
    prev = words[i - 1]
    if prev == "of" and i > 1:
        before = words[i - 2]
        if before in _PARTS or before in _ORDINALS or MONTHS.get(before) or day_of(before) is not None:
            return False  # "the spring of 2021", "March of 2021" (read as a month when it can be), "15th of 2021"
    named = words[i + 1:i + 2] != [] and words[i + 1] in DATED_NOUNS and (
        prev == "the" or prev in POSSESSIVE or prev.endswith(("'s", "’s")))  # "the 2021 coup", "Lin Aung's 2020 enlistment"
    if (prev not in ("in", "on", "during", "of", "year") and not named) or _joined_on(toks, words, i):
        return False
    nxt = words[i + 1:i + 3]
    if len(nxt) > 1 and (is_joiner(nxt[0]) or nxt[0] in SPAN_WORDS or nxt[0] == ",") and nxt[1][:1].isdecimal():
        return False  # "2021 - 2022", "2021 – 22", "2021 or 2022", "2020 to 2022", "2021, 2022": a span or a list
    if len(nxt) > 1 and nxt[0] in ("q", "h") and nxt[1].isdecimal() and toks[i + 1].end == toks[i + 2].start:
        return False  # "2021 Q1", "2021 H2": a quarter or a half
    if open_end(words, i + 1) or nxt[:1] in (["onwards"], ["onward"]):
        return False  # "2020 or later": a bound, which the year alone would deny of a later date
    if len(nxt) > 1 and nxt[0] in ("'", "’") and nxt[1] == "s" and words[i + 3:i + 4] and \
            (words[i + 3] in _PARTS or words[i + 3] in _PLACES):
        return False  # "2021's first months"
    if nxt and nxt[0].isdecimal() and len(nxt[0]) <= 2 and (nxt[0][0] == "0" or (len(nxt) > 1 and nxt[1].isdecimal()
                                                                               and len(nxt[1]) <= 2)):
        return False  # "2021 03 15", "2021 03": a date written with spaces
    return not (nxt and MONTHS.get(nxt[0]) and toks[i + 1].text[0].isupper())  # "2021 March 15"


def _said_more(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether the words near the year at words[i], in its sentence, say more of when: a month of no
    year of its own or a part of a year ("in 2021, in March", "in 2021 (in the autumn)", "late in 2021",
    "the first week of 2021"). The year alone would be less than the sentence says."""
    for ahead in (range(i + 1, min(len(words), i + 9)), range(i - 1, max(-1, i - 5), -1)):
        for k in ahead:
            w = words[k]
            month = MONTHS.get(w) and toks[k].text[0].isupper()
            if w in (".", ";", "!", "?") or year_of(w) or (month and _year_after(words, k + 1 + (
                    k + 1 < len(words) and day_of(words[k + 1]) is not None))):
                break  # the sentence, or another date ("March 2022"), ends what is said of this one
            if month or w in _PARTS or w in ("week", "month", "quarters"):
                return True
    return False


def _year_after(words: list[str], k: int) -> tuple[int, int] | None:
    """The year written from words[k] on, after a month or a day of one ("2021", ", 2021", "of 2021",
    "in 2021"), and the word after it."""
    k += words[k:k + 1] == [","]
    k += words[k:k + 1] in (["of"], ["in"])
    year = _year_at(words, k)
    return (year, k + 1) if year else None


def _day_of_month(toks: list[Token], words: list[str], k: int) -> tuple[int, int, int] | None:
    """(month, day, the word after) of "on 15 March" or "on March 15" at words[k]: a year's day written after it."""
    if words[k:k + 1] != ["on"] or k + 2 >= len(words):
        return None
    first, second = words[k + 1], words[k + 2]
    if MONTHS.get(first) and toks[k + 1].text[0].isupper() and (day := day_of(second)) is not None:
        return MONTHS[first], day, k + 3
    if (day := day_of(first)) is not None and MONTHS.get(second) and toks[k + 2].text[0].isupper():
        return MONTHS[second], day, k + 3
    return None


def _joined_on(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether the year at words[i] goes on, joined, into more: letters ("2021年", "1990s"), or digits or
    letters after a dash or slash ("2021-03", "2021/13/01", "2020–21", "2021-Mar-15"): a date or a span
    the reader does not take, of which the year alone would be less than the text says."""
    j = i + 1
    if j >= len(words) or toks[i].end != toks[j].start:
        return False
    if words[j][0].isalpha():
        return True
    return j + 1 < len(words) and is_joiner(words[j]) and words[j + 1][0].isalnum() and toks[j].end == toks[j + 1].start


def _cjk(toks: list[Token], words: list[str], i: int) -> Date | None:
    """2021年2月 or 2021年2月15日 (a date as Chinese and Japanese write it), its parts joined."""
    parts = words[i:i + 6]  # 日 and 月 may be joined to the word after them (日に): letters of one token
    if len(parts) < 4 or not year_of(parts[0]) or parts[1] != "年" or parts[3][:1] != "月" or \
            any(toks[k - 1].end != toks[k].start for k in range(i + 1, i + 4)):
        return None
    month = whole_number(parts[2], 2)
    if month is None or not 1 <= month <= 12:
        return None
    if parts[3] == "月" and len(parts) > 4 and parts[4][:1].isdecimal() and toks[i + 3].end == toks[i + 4].start:
        day = day_of(parts[4])
        if day is None or len(parts) < 6 or parts[5][:1] != "日" or toks[i + 4].end != toks[i + 5].start:
            return None  # a day not read: no date rather than the month
        return Date(int(parts[0]), month, day, i, i + 6)
    return Date(int(parts[0]), month, None, i, i + 4)


def is_joiner(word: str) -> bool:
    """A dash of any kind (hyphen, en and em dash, figure dash, full-width...), a slash or a minus sign."""
    return len(word) == 1 and (unicodedata.category(word) == "Pd" or word in "/／⁄∕−")


_ORDINALS = ("st", "nd", "rd", "th")


def _ordinal(toks: list[Token], words: list[str], k: int) -> bool:
    """Whether words[k] is an ordinal's ending joined to the number before it ("15th")."""
    return k < len(words) and words[k] in _ORDINALS and toks[k - 1].end == toks[k].start


def _day_before(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether a day is written before the month at words[i] that was not read as one ("32 February",
    "15 february", "the first of February"): the month alone would be less than the text says."""
    k = i - 1 - (words[i - 1:i] == ["of"])
    k -= k > 0 and _ordinal(toks, words, k)
    return k >= 0 and ((words[k].isdecimal() and len(words[k]) <= 2) or words[k] in DAY_WORDS)


def _iso(toks: list[Token], words: list[str], i: int) -> Date | None:
    """2021-02-15 or 2021/02/15, its parts joined; a day no month has is still read (verify says so)."""
    parts = words[i:i + 5]
    if len(parts) < 5 or not year_of(parts[0]) or parts[1] != parts[3] or parts[1] not in ("-", "/") or \
            any(toks[k - 1].end != toks[k].start for k in range(i + 1, i + 5)):
        return None
    month, day = whole_number(parts[2], 2) if len(parts[2]) == 2 else None, day_of(parts[4])
    if month is None or not 1 <= month <= 12 or day is None:
        return None
    return Date(int(parts[0]), month, day, i, i + 5)


def _year_at(words: list[str], k: int) -> int | None:
    return year_of(words[k]) if k < len(words) else None


def year_of(word: str) -> int | None:
    return int(word) if YEAR.fullmatch(word) else None


def day_of(word: str) -> int | None:
    day = whole_number(word, 2)
    return day if day is not None and 1 <= day <= 31 else None


def is_year(word: str) -> bool:
    return bool(YEAR.fullmatch(word))
