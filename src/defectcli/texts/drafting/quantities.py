"""The numbers a sentence states, read as a figure of the fact base takes them: what `draft` suggests.

A figure's value must be the number its wording states (factbase/checks.py), so:

- a vague quantity ("a few hundred metres", "dozens of", "hundreds of", "several thousand", "a
  handful") states no number and is no figure: any value given it would be ours, not the text's,
  and `stats` would report it as the source's. It is set aside with its words, for the curator to
  cite from the record it describes;
- a number with a comparator word keeps it ("over" and "at least" more_than; "about", "some",
  "nearly", "an estimated" about; "up to", "under", "fewer than" less_than), two numbers joined
  by "to", "or" or "between ... and" are a range, and the unit follows the fact base's habits:
  `people` for any count of persons (what they are goes to `counts` and the parts' labels),
  `years of age` after "aged", `percent`, the currency or measure as written;
- a total given as its parts ("12,341 personnel – 3,015 soldiers and 9,326 police") is one figure
  with its parts; parts given without their total ("roughly 3,000 soldiers and 7,000 police
  officers") are one figure too, its value their sum (`total_of_parts`: check accepts a value the
  wording does not state only as the sum of its parts);
- what is no count is left out or set aside: a year, the day of a date, a time of day, "two years
  ago" (a date), "in six months" (the period of another figure), a person's age ("Min Thu, 29,")
  or family ("their two children"), which are attributes of that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

Number = int | float

_ONES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_UNITS = {"one": 1, **{k: v for k, v in _ONES.items() if v < 10}}
_WORD = (rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_ONES)})")
_SCALE = f"(?:{'|'.join(_SCALES)})"
_AMOUNT = re.compile(
    rf"(?P<cur>US\$|\$|€|£)?\b(?<![\d:.,])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<dscale>{_SCALE}))?"
    rf"|(?P<words>{_WORD})(?:\s+(?P<wscale>{_SCALE}))?|(?:an?|one)\s+(?P<ascale>{_SCALE}|dozen))\b(?![.,]\d|:\d)",
    re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:(?:a\s+)?few|several|many|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)s?\b"
    r"|\b(?:dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?\b"
    r"|\btens\s+of\s+(?:thousands|millions)\b|\ba\s+handful\b",
    re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_DAY = re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b")
_COMPARATOR_WORDS = {
    "more_than": ("over", "more than", "at least", "no fewer than", "no less than", "upwards of", "well over",
                  "just over"),
    "about": ("about", "around", "roughly", "some", "approximately", "nearly", "almost", "an estimated", "estimated",
              "close to"),
    "less_than": ("fewer than", "less than", "under", "up to", "as many as", "at most", "no more than", "just under"),
}
_COMPARATORS = {w: c for c, words in _COMPARATOR_WORDS.items() for w in words}
_COMPARATOR = re.compile(rf"\b(?P<between>between\s+)?(?P<cmp>{'|'.join(sorted(_COMPARATORS, key=len, reverse=True))})?"
                         r"\s*$", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:to|or|-|–|—)\s*$|\s+and\s+$")
_TIME = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades"}
_PERSONS = {"people", "persons", "person", "soldiers", "soldier", "troops", "police", "policemen", "officers", "officer",
            "personnel", "men", "women", "children", "civilians", "defectors", "deserters", "recruits", "conscripts",
            "migrants", "refugees", "nationals", "residents", "villagers", "fighters", "members", "prisoners",
            "detainees", "students", "workers", "interviewees", "survivors", "staff", "servicemen", "cadets",
            "veterans", "volunteers", "combatants", "protesters", "activists", "journalists", "monks", "doctors"}
_FAMILY = {"children", "sons", "daughters", "brothers", "sisters", "siblings", "grandchildren", "wives", "husbands"}
_MONEY = {"dollars", "dollar", "baht", "kyat", "euros", "euro", "pounds", "yuan", "rupees", "yen"}
_MEASURES = {"metres", "meters", "kilometres", "kilometers", "km", "miles", "feet", "acres", "hectares", "tonnes", "tons"}
_STOP = {"of", "in", "to", "and", "or", "the", "a", "an", "for", "at", "on", "by", "from", "with", "more", "than",
         "have", "has", "had", "were", "was", "are", "is", "be", "been", "will", "would", "could", "who", "which",
         "that", "this", "these", "those", "their", "his", "her", "its", "our", "it", "they", "he", "she", "we",
         "each", "per", "every", "since", "before", "after", "ago", "later", "earlier", "as", "into", "not", "but"}
_WORDS_AFTER = re.compile(r"[\w’'-]+")
_RATE = re.compile(r"\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year)\b|(?:daily|weekly|monthly|annually)\b)",
                   re.IGNORECASE)
_AGO = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:ago|earlier|later)\b", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:in|within|over|during|after|past|last|first|next)\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"[A-Z][\w’'-]*,\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_AGED = re.compile(r"([\w’'-]+)\s+aged\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC)\b", re.IGNORECASE)
_BORROW = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    label: str
    value: Number
    wording: str


@dataclass(frozen=True)
class Quantity:
    """A number the sentence states, as a figure takes it."""

    start: int  # where its wording starts in the sentence
    end: int  # where its wording ends
    value: Number
    comparator: str
    unit: str  # "people", "dollars", "years of age", "percent", ...; "fill-in" when the text gives none
    value_max: Number | None = None
    nouns: tuple[str, ...] = ()  # what it counts, as written ("soldiers", "police officers")
    parts: tuple[Part, ...] = ()
    total_of_parts: bool = False  # the value is the sum of its parts, which the text gives without it
    rate: bool = False  # "a month", "per year": a rate, not a total
    noun_end: int = 0  # where what it counts ends
    number: str = ""  # the number alone, as written ("3,000"): a part's wording


@dataclass(frozen=True)
class Aside:
    """Words that look like a number but are no figure, and why."""

    words: str
    why: str


def quantities(sentence: str) -> tuple[list[Quantity], list[Aside]]:
    """The figures `sentence` states, in order, and the numbers it sets aside."""
    vague = [m.span() for m in _VAGUE.finditer(sentence)]
    days = [m.span() for m in _DATE_DAY.finditer(sentence)]
    found: list[Quantity] = []
    asides = [Aside(_with_noun(sentence, a, b), "a vague quantity states no number: no figure (its value would be "
                                                 "ours, not the text's); cite the sentence from what it describes")
              for a, b in vague]
    matches = [m for m in _AMOUNT.finditer(sentence)
               if not any(a <= m.start() < b for a, b in vague + days) and not _CLOCK.match(sentence, m.end())]
    i = 0
    while i < len(matches):
        m = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        value = _value(m)
        if value is None:
            i += 1
            continue
        raw = m.group(0)
        head = _COMPARATOR.search(sentence, max(0, m.start() - 24), m.start())
        cmp_word = (head["cmp"] or "").lower() if head else ""
        start = head.start() if head and (head["cmp"] or head["between"]) else m.start()
        end, value_max = m.end(), None
        if nxt is not None and (v2 := _value(nxt)) is not None and v2 > value and _is_range(sentence, m, nxt, head):
            end, value_max, i = nxt.end(), v2, i + 1
        i += 1
        if _AGO.match(sentence, end) or (_YEAR.fullmatch(raw) and not cmp_word and (
                value_max is None or _YEAR.fullmatch(sentence[m.end():end].split()[-1]))):
            continue  # "two years ago", "in 2023", "between 2021 and 2023": a date or period, not a count
        nouns, noun_end = _nouns(sentence, end)
        unit = _unit(sentence, m, start, nouns, noun_end)
        if unit == "years of age" and not nouns and (who := _AGED.search(sentence, max(0, start - 30), start)) \
                and who[1].lower() in _PERSONS:
            nouns = (who[1],)  # "men aged 18 to 35": whose ages
        if _AGE_BEFORE.search(sentence, max(0, start - 40), start) and re.match(r"\s*[,)]", sentence[end:]) \
                and m["digits"] and value < 130 and value_max is None:
            asides.append(Aside(sentence[start:end], "an age: an attribute of the person named before it "
                                                      f"(field: age, wording: \"{sentence[start:end]}\"), not a figure"))
            continue
        if nouns and nouns[0].split()[-1].lower() in _FAMILY:
            asides.append(Aside(sentence[start:noun_end], "a family: an attribute of the person (field: family), "
                                                           "not a figure"))
            continue
        if unit in _TIME and _PERIOD_BEFORE.search(sentence, max(0, start - 16), start):
            asides.append(Aside(sentence[start:noun_end], "a period: when the figure beside it holds (its as_of or "
                                                           "counts), not a figure"))
            continue
        if unit in _TIME:
            end = noun_end  # a duration is worded with its unit: "about two weeks", "three months"
        found.append(Quantity(start, end, value, "range" if value_max is not None else
                              _COMPARATORS.get(" ".join(cmp_word.split()), "exact"), unit, value_max, nouns,
                              rate=bool(_RATE.match(sentence, noun_end)), noun_end=noun_end, number=raw))
    return _relate(sentence, found), asides


def is_count(unit: str) -> bool:
    """Whether `unit` counts persons or things ("people", "departures", "states"), not a measure
    (money, time, age, percent, distance): counts of the same thing compare whatever their unit's word."""
    low = unit.lower()
    return low != "fill-in" and low not in _MONEY | _TIME | _MEASURES and not re.search(r"\b(?:of age|percent|per)\b", low)


def _value(m: re.Match[str]) -> Number | None:
    if m["digits"]:
        value: float = float(m["digits"].replace(",", "")) * _SCALES.get((m["dscale"] or "").lower(), 1)
    elif m["words"]:
        tens, _, ones = m["words"].lower().partition("-")
        value = float(_TENS.get(tens, _ONES.get(tens, 0)) + _UNITS.get(ones, 0)) * _SCALES.get((m["wscale"] or "").lower(), 1)
    elif m["ascale"]:
        value = 12.0 if m["ascale"].lower() == "dozen" else float(_SCALES[m["ascale"].lower()])
    else:
        return None
    return int(value) if value.is_integer() else value


def _is_range(sentence: str, m: re.Match[str], nxt: re.Match[str], head: re.Match[str] | None) -> bool:
    between = sentence[m.end():nxt.start()]
    if head is not None and head["between"]:
        return bool(re.fullmatch(r"\s+and\s+", between))
    if not re.fullmatch(r"\s*(?:to|or|-|–|—)\s*", between):
        return False
    if re.search(r"\bfrom\s+$", sentence[max(0, m.start() - 8):m.start()], re.IGNORECASE):
        return False  # "rose from 900 to 1,500" is a change, not a range
    return not (nxt["dscale"] or nxt["wscale"]) or bool(m["dscale"] or m["wscale"])


def _nouns(sentence: str, end: int) -> tuple[tuple[str, ...], int]:
    """What the number counts: the words after it up to their noun ("junta personnel", "states and
    regions"; "soldiers and police officers"), and where they end."""
    nouns: list[str] = []
    words: list[str] = []
    at = end
    for m in _WORDS_AFTER.finditer(sentence, end):
        gap = sentence[at:m.start()]
        if gap.strip(" ") or (m.start() == end and m.start() > 0 and sentence[m.start() - 1].isalnum()):
            break  # punctuation between: what follows is not what it counts
        word = m.group(0)
        low = word.lower()
        if words and _head(words[-1]) and low in ("and", "or"):
            nxt = _WORDS_AFTER.match(sentence, m.end() + 1)
            if nxt and _head(nxt.group(0)) and not nxt.group(0)[0].isdigit():
                nouns.append(" ".join(words))
                words = []
                at = m.end()
                continue
            break
        if low in _STOP or word[0].isdigit():
            break
        if words and _head(words[-1]) and not (low in _PERSONS and words[-1].lower() in _PERSONS):
            break
        words.append(word)
        at = m.end()
        if len(words) >= 4:
            break
    if words and _head(words[-1]):
        nouns.append(" ".join(words))
    elif nouns:
        at = end + sentence[end:at].rfind(nouns[-1]) + len(nouns[-1])
    else:
        return (), end
    return tuple(nouns), at


def _head(word: str) -> bool:
    low = word.lower()
    return low in _PERSONS or low in _MONEY or low in _TIME or low in _MEASURES or low in ("percent", "%") or \
        (low.endswith("s") and len(low) > 3 and low not in _STOP and not low.endswith("ss") and not word[0].isupper())


def _unit(sentence: str, m: re.Match[str], start: int, nouns: tuple[str, ...], noun_end: int) -> str:
    after = sentence[m.end():]
    if re.match(r"\s*(?:%|percent\b|per\s+cent\b)", after, re.IGNORECASE):
        return "percent"
    if m["cur"]:
        return {"€": "euros", "£": "pounds"}.get(m["cur"], "dollars")
    if re.search(r"\baged\s+$", sentence[max(0, start - 8):start], re.IGNORECASE):
        return "years of age"
    if not nouns:
        return "fill-in"
    heads = [n.split()[-1].lower() for n in nouns]
    if all(h in _PERSONS for h in heads):
        return "people"
    if len(heads) == 1 and heads[0] in ("year", "years") and re.match(r"\s+old\b", sentence[noun_end:]):
        return "years of age"
    if heads[0] in _MONEY | _TIME | _MEASURES:
        return heads[0]
    return " and ".join(n.lower() for n in nouns)


def _relate(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Totals with their parts, parts joined into their total, and units borrowed where the text
    refers back ("seven of the 14 states", "up from 900")."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        merged = _with_parts(found, i) or _parts_only(sentence, found, i)
        if merged is not None:
            total, used = merged
            out.append(total)
            i += used
            continue
        if q.unit == "fill-in" and i + 1 < len(found) and _BORROW.fullmatch(sentence, q.end, found[i + 1].start):
            q = replace(q, unit=found[i + 1].unit, nouns=found[i + 1].nouns)
        elif q.unit == "fill-in" and out and _UP_FROM.search(sentence, max(0, q.start - 20), q.start):
            q = replace(q, unit=out[-1].unit, nouns=out[-1].nouns, rate=out[-1].rate)
        out.append(q)
        i += 1
    return out


def _with_parts(found: list[Quantity], i: int) -> tuple[Quantity, int] | None:
    """found[i] followed by two to four numbers that add up to it: a total and its parts."""
    total = found[i]
    for k in (2, 3, 4):
        parts = found[i + 1:i + 1 + k]
        if len(parts) == k and total.comparator == "exact" and all(p.comparator == "exact" and p.nouns for p in parts) \
                and sum(p.value for p in parts) == total.value and total.unit in (parts[0].unit, "people", "fill-in"):
            return replace(total, unit=parts[0].unit if total.unit == "fill-in" else total.unit,
                           parts=tuple(Part(p.nouns[0], p.value, p.number) for p in parts),
                           noun_end=parts[-1].noun_end), 1 + k
    return None


def _parts_only(sentence: str, found: list[Quantity], i: int) -> tuple[Quantity, int] | None:
    """"roughly 3,000 soldiers and 7,000 police officers": numbers of one unit joined by "and" (the
    first comparator governing all), without their total: one figure, its value their sum."""
    run = [found[i]]
    for q in found[i + 1:]:
        prev = run[-1]
        joint = sentence[prev.noun_end:q.start]
        if not re.fullmatch(r"\s+and\s+|,\s+(?:and\s+)?", joint) or q.comparator not in ("exact", run[0].comparator):
            break
        run.append(q)
    if len(run) < 2 or not re.fullmatch(r"\s+and\s+|,\s+and\s+", sentence[run[-2].noun_end:run[-1].start]):
        return None
    first = run[0]
    if any(q.value_max is not None or not q.nouns or q.unit != first.unit or q.rate for q in run) or first.unit == "fill-in":
        return None
    value = sum(q.value for q in run)
    return Quantity(first.start, run[-1].noun_end, value, first.comparator, first.unit, None,
                    tuple(q.nouns[0] for q in run), tuple(Part(q.nouns[0], q.value, q.number) for q in run),
                    total_of_parts=True, noun_end=run[-1].noun_end, number=sentence[first.start:run[-1].noun_end]), \
        len(run)


def _with_noun(sentence: str, start: int, end: int) -> str:
    nouns, noun_end = _nouns(sentence, end)
    if not nouns:
        of = re.match(r"\s+of\s+", sentence[end:])
        if of:
            nouns, noun_end = _nouns(sentence, end + of.end() - 1)
    return sentence[start:noun_end if nouns else end]
