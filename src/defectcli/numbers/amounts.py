"""The amounts of a sentence: each number with its range, comparator, unit, rate and what it
counts (see __init__ for what is read, and what is no amount)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from . import vocabulary as vocab
from .ages import ages_of_people, law_bound
from .bounds import date_at
from .values import Date, Token, Value, is_year, number_at, tokens, whole

_STARTS = frozenset(vocab.ONES) | frozenset(vocab.TENS) | vocab.POSSESSIVE | {"half"}
_AGE_GAPS = (("the", "age", "of"), ("age",))  # between a bound and an age: "under the age of 18", "up to age 35"
_AGE_BEFORE = (("aged",), ("age",), ("ages",), ("age", "of"), ("ages", "of"))
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "these"})
_ONE_WORD = {"a": 1, "an": 1, "decade": 10}  # what a wording's "a day or two", "a decade" state


@dataclass(frozen=True)
class Amount:
    """An amount the text states, tokens[start:last]: [start, end) its number with its comparator
    and range, [end, unit_end) its unit word, [unit_end, last) its rate and what it counts."""

    value: Value
    value_max: Value | None
    comparator: str  # exact | more_than | less_than | at_least | at_most | about | nearly | range
    unit: str | None  # people | percent | years | decades | baht | dollars | storeys | metres | years of age | None
    per: str | None  # a rate: day | week | month | year
    nouns: tuple[str, ...]  # what it counts, as written: ("soldiers", "police officers")
    number: int  # the token its number starts at
    start: int
    end: int
    unit_end: int
    last: int
    words: str  # the number alone, as written: "3,000", "a dozen", "his decade"


@dataclass
class Reading:
    """A sentence's tokens (and the same lower-cased), its amounts, dates and vague quantities
    (their character spans), in order."""

    text: str
    tokens: list[Token]
    words: list[str]
    amounts: list[Amount] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)
    vague: list[tuple[int, int]] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The character span of tokens[start:end]."""
        return self.tokens[start].start, self.tokens[max(start, end - 1)].end

    def at(self, k: int, n: int = 1) -> tuple[str, ...]:
        """The n words from words[k], fewer at the end."""
        return tuple(self.words[k:k + n]) if k >= 0 else ()

    def joined(self, k: int) -> bool:
        """Whether tokens k - 1 and k touch: no space between."""
        return 0 < k < len(self.tokens) and self.tokens[k - 1].end == self.tokens[k].start


def read(text: str) -> Reading:
    """Every amount, date and vague quantity of `text`."""
    r = _words(text)
    r.vague = [m.span() for m in vocab.VAGUE.finditer(text)]
    i = 0
    while i < len(r.tokens):
        if any(a <= r.tokens[i].start < b for a, b in r.vague):
            i += 1
        elif (date := date_at(r.tokens, r.words, i)) is not None:
            r.dates.append(date)
            i = date.end
        elif isinstance(found := _amount(r, i), Amount):
            r.amounts.append(found)
            i = found.last
        else:
            i = found or i + 1  # past what only looked like an amount ("2 a.m.", "two years ago")
    return r


def may_state_numbers(text: str) -> bool:
    """False only for a text in which read() can find nothing: no digit and no word a number, a date or a
    vague quantity is made of (a quick look: most sentences of an article state no number)."""
    return _NUMERIC.search(text) is not None


_NUMERIC = re.compile(r"\d|\b(?:" + "|".join(sorted(vocab.NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def numbers_in(text: str) -> set[Value]:
    """Every number `text` writes, whatever it is (a count, a year, a day): what a figure's wording or
    excerpt may state. A range gives both ends, its scale shared ("2 to 3 million": 2,000,000 too);
    "a" and "an" are one ("a day or two") and "decade" ten ("a decade": ten years)."""
    r = _words(text)
    found: set[Value] = set()
    i = 0
    while i < len(r.words):
        w = r.words[i]
        if w in _ONE_WORD:
            found.add(_ONE_WORD[w])
        said = _stated(r, i) if w[0].isdecimal() or w in _STARTS else None
        if said is not None:
            found.update(v for v in (said.value, said.value_max) if v is not None)
            i = said.end
        elif (num := number_at(r.words, i)) is not None:  # a lone "one": no amount, yet a number
            found.add(num.value)
            i = num.end
        else:
            i += 1
    return found


def _words(text: str) -> Reading:
    toks = tokens(text)
    return Reading(text, toks, [t.text.lower() for t in toks])


def nouns_at(r: Reading, k: int) -> tuple[tuple[str, ...], int]:
    """What a number ending before words[k] counts: noun phrases up to their head ("junta
    personnel", "soldiers and police officers", "of his comrades"), and where they end."""
    j = k
    if r.at(k) == ("of",):
        j = k + 1
        while r.at(j) and r.words[j] in _DETERMINERS:
            j += 1
    found: list[str] = []
    while (phrase := _phrase(r, j) or _shared(r, j)) is not None:
        found.append(r.text[r.tokens[j].start:r.tokens[phrase - 1].end])
        j = phrase
        if r.at(j) not in (("and",), ("or",)) or _phrase(r, j + 1) is None:
            break
        j += 1
    if found and r.words[j - 1] in ("members", "member", "ranks", "staff") and r.at(j) == ("of",):
        of = j + 1  # "9,326 members of the police": of the police
        while r.at(of) and r.words[of] in _DETERMINERS:
            of += 1
        if r.at(of) and r.words[of] in _BODIES:  # not "of the security forces", as a draft takes it as it is written
            found.append(r.words[of])
            j = of + 1
            if r.at(j) in (("and",), ("or",)) and r.at(j + 1) and r.words[j + 1] in _BODIES:
                found.append(r.words[j + 1])  # "members of the military and police"
                j += 2
    return (tuple(found), j) if found else ((), k)


# What "members of the …" are members of, as what they count: "of the police", "of the army".
_BODIES = frozenset(("police", "army", "military", "junta", "tatmadaw", "navy", "forces", "regime"))


def _numbered(r: Reading, at: int) -> tuple[str, ...]:
    """What "the number of X … at N" counts, "at" being words[at]: X, when "number", "tally" or "total" of it
    stands within a few words before ("puts the number of soldiers who have defected at 3,015")."""
    for j in range(at - 1, max(-1, at - 12), -1):
        if r.words[j] in ("number", "tally", "total", "toll", "count") and r.at(j + 1) == ("of",):
            found, _ = nouns_at(r, j + 1)
            return found
    return ()


def _shared(r: Reading, j: int) -> int | None:
    """The end of two words that share the head noun after them: "military and police personnel"."""
    w = r.at(j)
    if not w or not w[0][:1].isalpha() or w[0] in vocab.STOPS or r.at(j + 1) not in (("and",), ("or",)):
        return None
    return _phrase(r, j + 2)


def _phrase(r: Reading, j: int) -> int | None:
    """The end of up to four words from words[j] ending in a head noun, spaces only between them."""
    start = j
    for _ in range(4):
        if j >= len(r.words) or (j > start and r.joined(j)):
            return None  # the end, or punctuation between
        w = r.words[j]
        if not w[0].isalpha() or w in vocab.STOPS or w in vocab.ONES or w in vocab.TENS or w in vocab.SCALES:
            return None
        while r.at(j + 1) == ("-",) and r.joined(j + 1) and r.joined(j + 2) and r.at(j + 2)[0][0].isalpha():
            j += 2  # "pro-junta", "air-force"
            w = r.words[j]
        j += 1
        if _head(w, r.tokens[j - 1].text) and not (w in vocab.PEOPLE and r.at(j) and r.words[j] in vocab.PEOPLE):
            return j  # "police officers": both count persons, and the head is the last
    return None


def _head(word: str, written: str) -> bool:
    """A noun that ends what a number counts: a person's, or a plural ("departures")."""
    return word in vocab.PEOPLE or (word.endswith("s") and len(word) > 3 and not word.endswith("ss")
                                    and word not in vocab.STOPS and word not in vocab.TIME
                                    and not written[0].isupper() and "'" not in word and "’" not in word)


class _Stated(NamedTuple):
    """A number with its range and comparator, tokens[start:end]."""

    value: Value
    value_max: Value | None
    comparator: str
    start: int
    end: int
    hedged: bool  # a comparator word before it
    unit: str | None = None  # "a day or two": days; "$500": dollars


def _amount(r: Reading, i: int) -> Amount | int | None:
    """The amount whose number starts at tokens[i]; an int (where to read on) when it only looks like one."""
    w = r.words[i]
    if not (w[0].isdecimal() or w in _STARTS):
        return None  # most words: no number starts here
    text, (a, b) = r.text, r.span(i, i + 1)
    glued = text[b:b + 1].isalpha() or text[a - 1:a].isalnum() or (a > 0 and text[a - 1] in ":.,/") or \
        (text[a - 1:a] == "-" and text[a - 2:a - 1].isdecimal()) or (text[b:b + 1] == ":" and text[b + 1:b + 2].isdecimal())
    said = _stated(r, i) if (w[0].isdecimal() and not glued) or w in _STARTS else None
    if said is None:
        return None  # "20s", "3rd", "1.2.3", "2021-22", "3:30": part of something else
    start, end = said.start, said.end
    if is_year(w) and not said.hedged and (said.value_max is None or is_year(r.words[end - 1])):
        return end  # a year, or years: "in 2023", "between 2021 and 2023"
    if r.at(end) and (r.words[end] in vocab.CLOCK or r.at(end, 3) in (("a", ".", "m"), ("p", ".", "m"))):
        return end + 1  # a time of day
    unit, age, k = _unit(r, end)
    unit = unit or said.unit
    if unit in vocab.TIME.values() and r.at(k) and r.words[k] in vocab.RELATIVE:
        return k + 1  # "two years ago", "a year earlier": a date
    unit_end = k
    before = start - (r.at(start - 1) in (("just",), ("only",)))  # "aged just 15", "at the age of only 17"
    age = age or any(r.at(at - len(p), len(p)) == p for p in _AGE_BEFORE for at in (before, i)) or \
        ages_of_people(r.words, start, said.end, said.value, said.value_max)
    measured = unit is not None and unit not in ("percent", "storeys")
    per, k = rate_at(r, k) if measured else (None, k)
    if measured and per is None and r.at(k) == ("(",):  # "700 baht ($20) a month": the rate after an aside
        close = next((j for j in range(k + 1, min(k + 8, len(r.words))) if r.words[j] == ")"), None)
        if close is not None and (later := rate_at(r, close + 1))[0] is not None:
            per, k = later
    # After a unit word, only "of" says what it counts ("40 percent of the soldiers").
    nouns, k = nouns_at(r, k) if not unit or age or r.at(k) == ("of",) else ((), k)
    if not nouns and not unit and r.at(start - 1) == ("at",):
        nouns = _numbered(r, start - 1)  # "puts the number of defectors at 12,341": of defectors
    if per is None and nouns:
        per, k = rate_at(r, k)
    if per is None and measured:  # "a monthly payment of 700 baht"
        per = next((vocab.RATES[x] for x in r.words[max(0, start - 4):start] if x in vocab.RATES), None)
    if age:
        unit = "years of age"
    elif unit is None and nouns and all(n.split()[-1].lower() in vocab.PEOPLE for n in nouns):
        unit = "people"
    written = text[a:r.tokens[(number_at(r.words, i) or said).end - 1].end]
    return Amount(said.value, said.value_max, said.comparator, unit, per, nouns, i, start, end, unit_end, k, written)


def _stated(r: Reading, i: int) -> _Stated | None:
    """The number at words[i] with its range and comparator; None for a lone "one"."""
    words = r.words
    if words[i] in ("a", "an") and r.at(i + 2, 2) == ("or", "two") and r.at(i + 1)[0] in vocab.TIME:
        return _Stated(1, 2, "range", i, i + 4, False, vocab.TIME[words[i + 1]])  # "a day or two"
    num = number_at(words, i)
    if num is None:
        return None
    start, end, value = i, num.end, num.value
    value_max: Value | None = None
    between, link, nxt = r.at(i - 1) == ("between",), r.at(end), r.at(end + 1)
    # "between the ages of 18 and 35": a range, as "between 18 and 35" is
    g = i - 1 - (r.at(i - 1) == ("of",))  # "between the ages of 18 and 35", "between ages 18 and 35"
    ages = g > 0 and words[g] in ("age", "ages") and "between" in words[max(0, g - 2):g]
    between = between or ages
    if (link in (("to",), ("-",), ("–",), ("—",), ("or",), ("through",), ("thru",)) or (link == ("and",) and between)) \
            and nxt and \
            (nxt[0][0].isdecimal() or nxt[0] in _STARTS) and not (r.at(i - 1) == ("from",) and
                                                              r.at(i - 2) and words[i - 2] in vocab.CHANGE) and \
            (second := number_at(words, end + 1)) is not None:
        if num.scale == 1 and second.scale > 1 and value < second.value / second.scale:
            value *= second.scale  # "2 to 3 million": both in millions
        if second.value > value and (link != ("-",) or r.tokens[end].start - r.tokens[end - 1].end < 2):
            value_max, end = second.value, second.end
            start -= (between and not ages) or r.at(i - 1) == ("from",)  # "the ages of" stays before it
        else:
            value = num.value
    if value_max is None and words[i] == "one" and value == 1:
        return None  # "one defector said", "one year after"
    sign = vocab.SIGNS.get(r.tokens[start - 1].text) if start > 0 else None
    if sign is not None and r.tokens[start].start - r.tokens[start - 1].end <= 1:
        start -= 1 + (r.at(start - 2) == ("us",) and r.joined(start - 1))  # "$500", "US$ 500"
    comparator = "range" if value_max is not None else "about" if num.dozen else "exact"
    hedge = _hedge(r, start) or law_bound(words, start)  # (a law's bound: "can be conscripted until they are 35")
    if hedge is None and (gap := next((len(p) for p in _AGE_GAPS if r.at(start - len(p), len(p)) == p), 0)):
        hedge = _hedge(r, start - gap)  # "up to the age of 35", "under age 18": a bound of the age
        start -= gap if hedge is not None else 0
    if hedge is not None and hedge[0] in (("over",), ("up", "to")) and start > len(hedge[0]) and \
            words[start - len(hedge[0]) - 1] in vocab.PARTICLE_VERBS:
        hedge = None  # "hands over 700 baht", "signed over 700 baht": a verb's particle, no comparator
    if hedge is not None:
        start -= len(hedge[0])
        comparator = comparator if value_max is not None else hedge[1]  # "roughly 45 to 60" is a range
    after = next(((p, c) for p, c in vocab.AFTER_BY_FIRST.get(words[end], ()) if r.at(end, len(p)) == p), None) \
        if end < len(words) else None
    if value_max is None and after is not None:
        comparator, end = after[1], end + len(after[0])
    return _Stated(whole(value), value_max, comparator, start, end, hedge is not None, sign)


def _hedge(r: Reading, start: int) -> tuple[tuple[str, ...], str] | None:
    """The comparator's phrase that ends right before words[start] ("up to", "over"), and its comparator."""
    return next(((p, c) for p, c in vocab.BEFORE_BY_LAST.get(r.words[start - 1], ()) if start > 0
                 and r.at(start - len(p), len(p)) == p), None)


def _unit(r: Reading, k: int) -> tuple[str | None, bool, int]:
    """(unit, an age, end) of the unit word at words[k]: "percent", "years" ("years old": an age), "baht"."""
    j = k + 1 if r.at(k) == ("-",) and r.joined(k) else k
    if r.at(j) and r.words[j] in vocab.CURRENCY_OF and r.at(j + 1) and r.words[j + 1] in vocab.CURRENCY:
        j += 1  # "700 Thai baht"
    j += r.at(j) != () and r.words[j] in vocab.TIME_COLOUR and r.at(j + 1) != () and r.words[j + 1] in vocab.TIME
    w = r.at(j)[0] if r.at(j) else ""  # (past a word that only colours a span: "18 long years")
    if w in ("%", "percent") or (w == "per" and r.at(j + 1) == ("cent",)):
        return "percent", False, j + 1 + (w == "per")
    if w in vocab.TIME:
        for suffix in (("-", "old"), ("old",), ("of", "age"), ("-", "olds"), ("olds",)):
            if r.at(j + 1, len(suffix)) == suffix:
                return vocab.TIME[w], True, j + 1 + len(suffix)
        return vocab.TIME[w], False, j + 1
    unit = vocab.CURRENCY.get(w) or ("storeys" if w in vocab.STOREYS else "rooms" if w in vocab.ROOMS else
                                     w if w in vocab.MEASURES else None)
    return (unit, False, j + 1) if unit else (None, False, k)


_PAID_BY = frozenset((",", "which", "that", "is", "are", "paid", "payable", "disbursed", "given", "issued", "out"))


def rate_at(r: Reading, k: int) -> tuple[str | None, int]:
    """A rate at words[k]: "monthly", "per month", "a week", "each year" (not "a year earlier")."""
    w, time = (r.at(k) or ("",))[0], (r.at(k + 1) or ("",))[0]
    paid = k
    while paid < k + 4 and r.at(paid) and r.words[paid] in _PAID_BY:
        paid += 1  # "700 baht paid weekly", "…, which is paid every week": the rate of the payment
    if paid > k and r.words[paid - 1] in ("paid", "payable", "disbursed", "given", "issued", "out") and \
            (rate := rate_at(r, paid))[0] is not None:
        return rate
    if w in vocab.RATES:
        return vocab.RATES[w], k + 1
    if w in ("per", "a", "an", "each", "every") and time in vocab.TIME and vocab.TIME[time] != "decades" and \
            not (r.at(k + 2) and r.words[k + 2] in vocab.RELATIVE):
        return vocab.TIME[time].removesuffix("s"), k + 2
    return None, k
