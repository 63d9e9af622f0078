"""Numbers, ranges, comparators, units and dates as a claim writes them: the grammar `verify` reads.
(`draft` reads an article's sentences for figures with drafting/quantities.py.)

Works on tokens (words, numbers, punctuation) of one sentence. Pure: nothing here knows the fact base.

What is read, and what is left alone on purpose:
- digits with or without thousands commas ("12,341", "12341", "1.5"), a scale word after them
  ("1.2 million"), and the common number words: zero to nineteen, the tens, compounds ("twenty-two"),
  "a hundred", "a thousand", "a million", "half a million", "a dozen" (12, read as about 12) and
  "a decade" (10 years). "one" alone is not a count ("one defector said", "one year after") unless
  it starts a range ("one or two years").
- vague amounts (several, dozens, hundreds of, thousands of, many, most, a few, half) and fractions
  are not checkable numbers and are not read.
- comparators before the number (over, more than, above, at least, about, around, roughly,
  approximately, some, nearly, almost, under, fewer than, less than, up to, at most) or after it
  ("or more", "or so"); ranges "18 to 35", "18-35", "between 18 and 35", "from 22 to 39", "a day or two".
- units after the number: people (soldiers, police, personnel ...), currencies (baht, kyat, dollars),
  time (years, months, weeks, days, decades), ages ("aged 17", "17 years old", "17-year-old"),
  storeys, percent; a rate after the unit ("per month", "a week", "monthly").
- dates: "February 1, 2021", "1 February 2021", "February 2021", and a year after in/on/during/of
  ("in 2023", "in early 2021").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...text import words_of

# A token: a number, a word (letters joined by apostrophes: don't, People’s), or one other character.
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)*|[^\s\w]|_")

ONES = {w: i for i, w in enumerate(words_of("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"))}
TENS = {w: 10 * i for i, w in enumerate(words_of("twenty thirty forty fifty sixty seventy eighty ninety"), start=2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
MONTHS = {m: i for i, m in enumerate(words_of("january february march april may june july august september "
                                              "october november december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTHS.pop("may", None)  # "may" is far more often the verb; "May 2021" is still read (see date_at)

# Comparator phrases before a number, longest first; the value is the comparator's name.
BEFORE = [(("in", "excess", "of"), "more_than"), (("upwards", "of"), "more_than"), (("more", "than"), "more_than"),
          (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
          (("a", "minimum", "of"), "at_least"), (("at", "least"), "at_least"),
          (("no", "more", "than"), "at_most"), (("a", "maximum", "of"), "at_most"), (("as", "many", "as"), "at_most"),
          (("up", "to"), "at_most"), (("at", "most"), "at_most"),
          (("fewer", "than"), "less_than"), (("less", "than"), "less_than"),
          (("close", "to"), "nearly"), (("an", "estimated"), "about"),
          (("over",), "more_than"), (("above",), "more_than"), (("about",), "about"), (("around",), "about"),
          (("roughly",), "about"), (("approximately",), "about"), (("some",), "about"), (("estimated",), "about"),
          (("nearly",), "nearly"), (("almost",), "nearly"), (("under",), "less_than"), (("below",), "less_than")]
AFTER = [(("or", "more"), "at_least"), (("or", "so"), "about"), (("or", "fewer"), "at_most"), (("or", "less"), "at_most"),
         (("plus",), "more_than")]

# Units: written form -> (unit, factor). Time units are singular; "decade" counts ten years.
TIME = {"year": ("years", 1), "years": ("years", 1), "month": ("months", 1), "months": ("months", 1),
        "week": ("weeks", 1), "weeks": ("weeks", 1), "day": ("days", 1), "days": ("days", 1),
        "hour": ("hours", 1), "hours": ("hours", 1), "decade": ("years", 10), "decades": ("years", 10)}
CURRENCY = {"baht": "baht", "kyat": "kyat", "kyats": "kyat", "dollar": "dollars", "dollars": "dollars",
            "usd": "dollars", "euro": "euros", "euros": "euros", "yuan": "yuan", "rupees": "rupees"}
STOREYS = {"story", "storey", "stories", "storeys", "floor", "floors"}
PERCENT = {"percent", "%"}
RATES = {"monthly": "month", "weekly": "week", "daily": "day", "annually": "year", "yearly": "year", "annual": "year"}
# Nouns that count people: a count of them is in the unit "people".
PEOPLE = frozenset(words_of("""soldier soldiers police policeman policemen officer officers personnel troop troops defector
    defectors people person persons man men woman women civilian civilians migrant migrants refugee refugees comrade
    comrades interviewee interviewees member members recruit recruits deserter deserters fighter fighters child
    children villager villagers individual individuals cadet cadets student students worker workers family families
    friend friends journalist journalists officials official prisoner prisoners captain captains private privates
    staff deaths dead casualties guard guards"""))
# Words that end what a number counts: verbs, prepositions, relative words.
STOPS = frozenset(words_of("""have has had were was are is be been being will would can could may might must shall should
    did do does who whom whose that which in on at to from since for by with into during after before because as
    than while when where if but or so then per each every according aged left went came fled got gave took made
    fought lost became began saw ran live lives work works get gets stay stays remain remains receive receives
    earn earns want wants say says need needs joined"""))
DETERMINERS = frozenset(words_of("the a an his her their its our my your this these those"))


class Number(NamedTuple):
    """A number read from tokens[start:end]."""

    value: float
    value_max: float | None
    comparator: str  # exact | more_than | less_than | at_least | at_most | about | nearly | range
    start: int
    end: int  # the token after the number (and its range and comparator)
    approximate: bool = False  # "a dozen"


class Unit(NamedTuple):
    unit: str | None  # people | years | months | weeks | days | hours | baht | ... | storeys | percent | None
    per: str | None  # a rate: month, week, day, year
    age: bool  # "aged 17", "17 years old": an age in years
    counted: tuple[str, ...]  # the words naming what is counted ("junta personnel")
    end: int
    factor: int = 1  # 10 for decades


class Date(NamedTuple):
    year: int
    month: int | None
    day: int | None
    start: int
    end: int


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of each token of `text`."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _digits(token: str) -> float | None:
    if "," in token:
        head, *groups = token.split(",")
        if not (1 <= len(head) <= 3 and all(len(g) == 3 or (i == len(groups) - 1 and "." in g and g.index(".") == 3)
                                              for i, g in enumerate(groups))):
            return None
        token = token.replace(",", "")
    try:
        return float(token)
    except ValueError:
        return None


def _word_number(words: list[str], i: int) -> tuple[float, int] | None:
    """A number written in words at words[i]: "seven", "twenty-two", "a hundred", "two thousand"."""
    w = words[i]
    value: float
    j = i + 1
    if w in TENS:
        value = TENS[w]
        if j + 1 < len(words) and words[j] == "-" and words[j + 1] in ONES:
            value += ONES[words[j + 1]]
            j += 2
        elif j < len(words) and words[j] in ONES and ONES[words[j]] < 10:
            value += ONES[words[j]]
            j += 1
    elif w in ONES:
        value = ONES[w]
    elif w in ("a", "an") and j < len(words) and words[j] in SCALES:
        value = 1
    elif w == "half" and j + 1 < len(words) and words[j] == "a" and words[j + 1] in SCALES:
        return SCALES[words[j + 1]] / 2, j + 2
    else:
        return None
    if j < len(words) and words[j] in SCALES:
        value *= SCALES[words[j]]
        j += 1
    return value, j


def read_number(words: list[str], i: int) -> tuple[float, int, bool] | None:
    """(value, end, approximate) of a number starting at words[i] (words lower-cased), or None."""
    w = words[i]
    if w[0].isdigit():
        value = _digits(w)
        if value is None:
            return None
        j = i + 1
        if j < len(words) and words[j] in SCALES and words[j] != "hundred":
            value *= SCALES[words[j]]
            j += 1
        return value, j, False
    if w in ("a", "an") and i + 1 < len(words) and words[i + 1] == "dozen":
        return 12, i + 2, True
    if w in ("a", "an", "his", "her", "their") and i + 1 < len(words) and words[i + 1] == "decade":
        return 1, i + 1, False  # "a decade", "his decade as a soldier": ten years (the unit says ten)
    found = _word_number(words, i)
    if found is None:
        return None
    value, j = found
    if j < len(words) and words[j] == "dozen":
        return value * 12, j + 1, True
    return value, j, False


def _phrase_before(words: list[str], i: int, phrases: list[tuple[tuple[str, ...], str]]) -> tuple[str, int] | None:
    for phrase, name in phrases:
        n = len(phrase)
        if i - n >= 0 and tuple(words[i - n:i]) == phrase:
            return name, i - n
    return None


def _phrase_at(words: list[str], j: int, phrases: list[tuple[tuple[str, ...], str]]) -> tuple[str, int] | None:
    for phrase, name in phrases:
        if tuple(words[j:j + len(phrase)]) == phrase:
            return name, j + len(phrase)
    return None


def number_at(words: list[str], i: int) -> Number | None:
    """The number at words[i], with its comparator and range; None when none starts there or it is a
    lone "one" (not a count; see the module's note)."""
    read = read_number(words, i)
    if read is None:
        return None
    value, j, approximate = read
    start = i
    comparator = "about" if approximate else "exact"
    value_max: float | None = None
    # A range: "18 to 35", "18-35", "between 18 and 35", "from 22 to 39", "one or two", "a day or two".
    between = i > 0 and words[i - 1] == "between"
    link = words[j] if j < len(words) else ""
    if link in ("to", "-", "–", "—") or (link == "and" and between) or link == "or":
        second = read_number(words, j + 1) if j + 1 < len(words) else None
        if second is not None and (link != "or" or second[0] > value):
            value_max, j = second[0], second[1]
            comparator = "range"
            if between or (i > 0 and words[i - 1] == "from"):
                start = i - 1
    if value_max is None and words[i] == "one" and value == 1:
        return None
    if comparator != "range":
        before = _phrase_before(words, i, BEFORE)
        if before:
            comparator, start = before
        after = _phrase_at(words, j, AFTER)
        if after:
            comparator, j = after
    elif value_max is not None and value_max < value:
        value, value_max = value_max, value
    return Number(value, value_max, comparator, start, j, approximate)


def day_or_two(words: list[str], i: int) -> Number | None:
    """"a day or two", "a year or two": a range of one to two of a time unit (the unit at i + 1)."""
    if words[i] in ("a", "an") and tuple(words[i + 2:i + 4]) == ("or", "two") and words[i + 1] in TIME:
        return Number(1, 2, "range", i, i + 4)
    return None


def unit_after(words: list[str], j: int, before: list[str]) -> Unit:
    """The unit, rate and what is counted after a number ending at j; `before` is the words before
    the number (for "aged", "monthly")."""
    age = bool(before) and (before[-1] in ("aged", "age", "ages") or before[-2:] == ["age", "of"]
                            or before[-2:] == ["ages", "of"])
    unit: str | None = None
    factor = 1
    k = j
    w = words[k] if k < len(words) else ""
    if w == "-" and k + 1 < len(words):  # "four-story", "17-year-old"
        k += 1
        w = words[k]
    if w in TIME:
        unit, factor = TIME[w]
        k += 1
        if words[k:k + 2] == ["-", "old"] or words[k:k + 1] == ["old"] or words[k:k + 2] == ["of", "age"]:
            age = True
            k += 2 if words[k] in ("-", "of") else 1
    elif w in CURRENCY:
        unit = CURRENCY[w]
        k += 1
    elif w in STOREYS:
        unit = "storeys"
        k += 1
    elif w in PERCENT:
        unit = "percent"
        k += 1
    elif k > j:
        k = j
    per = None
    if unit is not None and unit not in ("storeys", "percent"):
        if k < len(words) and words[k] in RATES:
            per = RATES[words[k]]
            k += 1
        elif k + 1 < len(words) and words[k] in ("per", "a", "an", "each", "every") and words[k + 1] in TIME:
            per = TIME[words[k + 1]][0].rstrip("s")
            k += 2
    if per is None and unit is not None and any(w in RATES for w in before[-4:]):
        per = next(RATES[w] for w in before[-4:] if w in RATES)
    counted, end = _counted(words, k)
    if counted:
        k = end
    if age:
        unit = "years of age"
    elif unit is None and counted and counted[-1] in PEOPLE:
        unit = "people"
    return Unit(unit, per, age, counted, k, factor)


def _counted(words: list[str], k: int) -> tuple[tuple[str, ...], int]:
    """The words after a number that say what it counts ("junta personnel", "soldiers and police
    officers", "of his comrades"; up to five, ending at a verb, preposition or punctuation), and
    where they end."""
    if k < len(words) and words[k] == "and":
        return (), k
    if k < len(words) and words[k] == "of":
        k += 1
    while k < len(words) and words[k] in DETERMINERS:
        k += 1
    out: list[str] = []
    while k < len(words) and len(out) < 5:
        w = words[k]
        if not w[0].isalpha() or w in STOPS or w in DETERMINERS:
            break
        if w == "and":
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if not nxt or not nxt[0].isalpha() or nxt in STOPS or read_number(words, k + 1):
                break
        elif (w.endswith("ed") and len(w) > 3 and w not in PEOPLE) or (w.endswith("ing") and len(w) > 5):
            break
        out.append(w)
        k += 1
    return tuple(w for w in out if w != "and"), k


_YEAR = re.compile(r"(19|20)\d\d")
DATE_WORDS = frozenset({"in", "on", "during", "of", "early", "late", "mid", "since", "by", "until", "before", "after"})


def date_at(words: list[str], i: int) -> Date | None:
    """A date starting at words[i]: "February 1, 2021", "1 February 2021", "February 2021", "in 2021"
    (the year after in/on/during/of/early/late; not after since, by, until, before or after, which
    give a bound rather than a date)."""
    w = words[i]
    month = MONTHS.get(w.rstrip("."))
    if w == "may" and i + 1 < len(words) and (_YEAR.fullmatch(words[i + 1]) or words[i + 1].isdigit()):
        month = 5
    if month:
        if i + 3 < len(words) and words[i + 1].isdigit() and words[i + 2] == "," and _YEAR.fullmatch(words[i + 3]):
            return Date(int(words[i + 3]), month, int(words[i + 1]), i, i + 4)
        if i + 2 < len(words) and words[i + 1].isdigit() and _YEAR.fullmatch(words[i + 2]):
            return Date(int(words[i + 2]), month, int(words[i + 1]), i, i + 3)
        if i + 1 < len(words) and _YEAR.fullmatch(words[i + 1]):
            return Date(int(words[i + 1]), month, None, i, i + 2)
        return None
    if w.isdigit() and len(w) <= 2 and i + 2 < len(words) and MONTHS.get(words[i + 1]) \
            and _YEAR.fullmatch(words[i + 2]):
        return Date(int(words[i + 2]), MONTHS[words[i + 1]], int(w), i, i + 3)
    if _YEAR.fullmatch(w) and i > 0:
        prev = words[i - 1]
        if prev in ("early", "late", "mid", "-") and i > 1:
            prev = words[i - 2] if words[i - 2] != "mid" else words[i - 3] if i > 2 else ""
        if prev in ("in", "on", "during", "of", "year"):
            return Date(int(w), None, None, i, i + 1)
    return None


def is_year(word: str) -> bool:
    return bool(_YEAR.fullmatch(word))
