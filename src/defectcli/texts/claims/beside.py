"""The words right beside a number and what it counts, in its own clause and phrase: what a record must also say of
it ("killed by villagers", "a loan of 700 baht"; numbers/happenings.py reads them, verdicts/happened.py holds them
against the record). For parse.py."""

from __future__ import annotations

from ...numbers.amounts import Reading
from ...numbers.happenings import ASKING, SAYS_NOTHING, kinds
from ...numbers.vocabulary import SAYING
from ...text import words_of
from .sums import MONEY


def beside(reading: Reading, start: int, last: int, unit: str | None) -> tuple[str, ...]:
    """The words in lower case right beside a number and what it counts, in its clause and its own phrase (six after,
    up to "and" or another number; four before, up to a preposition but a sum's "of"): what a record must also say
    ("killed by villagers", "a loan of 700 baht"; not "the lobby of a four-story house", "men aged 18 to 35 and women")."""
    others = {k for a in reading.amounts if not a.start <= start < a.last for k in range(a.start, a.last)}
    out: list[str] = []
    for k in range(last, min(len(reading.tokens), last + 6)):
        text = reading.tokens[k].text
        if k in others or text.lower() in _JOINS or text in SAYING or (not text[:1].isalnum() and text not in ("'", "’", "-")) \
                or (k == last and text[:1].isupper()):
            break  # (a name right after it is whose it is: "Thirty-three-year-old Ko Ko Naing joined …")
        if text.isalpha() and text.islower():
            out.append(text)
    crossed = _CROSSED.get("money" if unit in MONEY else unit or "", frozenset())
    for k in range(start - 1, max(-1, start - 7), -1):  # back to the verb ("receives a loan of 700 baht")
        text = reading.tokens[k].text
        if k in others or (not text[:1].isalnum() and text not in ("'", "’", "-")) or (text in SAYING and text not in ASKING) \
                or text in _JOINS:
            break
        if (text in _PREPOSITIONS and text not in crossed) or text[:1].isupper():
            break  # (a name: whose words before it describe it, "the exiled NUG")
        if text.isalpha() and text.islower():
            out.append(text)
            if kinds([text]) or text in SAYS_NOTHING:
                break  # the verb: its subject is no part of what is said of the number
    return tuple(out)


# The prepositions a sum or an age is the object of ("a loan of 700 baht", "cut to 700 baht", "asks for 700 baht",
# "service for men aged 18 to 35"): the words before them are still the number's
_CROSSED = {"money": frozenset(("of", "to", "for")), "years of age": frozenset(("for", "to", "on"))}
_JOINS = frozenset(words_of("and or but while whereas nor if unless when because who which that whose where from"))
_PREPOSITIONS = frozenset(words_of("of in on at for from with by to into onto about over under after before during since"))
