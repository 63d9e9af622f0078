"""Which amounts of a sentence are number claims, and what each claims: `verify`'s policy over the
grammar of numbers (defectcli/numbers/), which says what a phrase states.

An amount is a claim when it has a unit, says what it counts or is an age ("700 baht per
month", "12,341 junta personnel", "aged 17"; not "up from 900"). It keeps the grammar's
comparators, finer than a figure's ("at least" is not "over": factbase/verdicts/amounts.py). "at
17" after a word of joining is an age on joining; the sentence may say which field a number is
(age, age_joined, years_served; intended_service after a plan to serve, "planned to serve two years";
age_by, "became a general by 19", which no record gives: spans.py); decades are compared in years
("two decades": 20 years).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import NamedTuple

from ...numbers.amounts import Amount, Reading
from ...numbers.values import Token
from ...numbers.vocabulary import CHANGE, PEOPLE, SAYING, STOPS, TIME
from ...text import words_of
from .agelinks import ends_clause, joined_when, linked
from .asides import PAIRS, between_marks
from .ends import age_at_end
from .events import ENLISTMENT, joins_service
from .rates import closing_rate, counted_rate, leading_rate, paid_once, paid_otherwise, set_off_rate
from .rough import rough
from .shares import Share, part_said, restated, share_of
from .spans import age_by, as_soldier, intended, opens
from .subject import counted_subject
from .sums import MONEY, NOT_GAPPED, added_to, gapped_pay, shared_rate
from .unnumbered import in_ratio, whole_after
from .wholes import opening_whole, whole_around, whole_of

_JOINING = ENLISTMENT | {"decision", "decided"}
_SERVING = frozenset(words_of("served serve serving service spent spend spends"))
# Where years spent are years of service: "was in the army for 10 years", "after 10 years in the military".
_IN_SERVICE = frozenset(words_of("army military tatmadaw navy naval marines uniform air force forces"))
# Another service years may be spent in, where the sentence says they were ("18 years in (with) the police", "as a
# police officer"): not where a police word says nothing of his service ("hiding from the police")
_POLICE = (["in", "the", "police"], ["with", "the", "police"], ["within", "the", "police"], ["in", "police"],
           ["as", "a", "police"], ["as", "a", "policeman"], ["as", "a", "cop"])
# Where years spent are not years of service: "spent 10 years in prison".
_NOT_SERVICE = frozenset(words_of("""prison prisons jail jails gaol detention custody exile hiding school university
    college monastery bars captivity"""))
_AGE_WORDS = (("at", "the", "age", "of"), ("at", "age"), ("age", "of"), ("aged",), ("at",))


class NumberRead(NamedTuple):
    """What a number claim claims, its words tokens[start:last]."""

    value: float
    value_max: float | None
    comparator: str  # exact more_than less_than at_least at_most about nearly range
    unit: str | None  # people, years, years of age, months, baht, storeys, percent, ...
    per: str | None  # a rate: month, week, day, year
    counted: tuple[str, ...]  # the words of what it counts, lower-case ("junta", "personnel")
    field: str | None  # age, age_joined, years_served, intended_service or age_by (spans.py)
    start: int
    last: int
    added: int | None = None  # a sum: where the amount it is added to starts ("700 baht a month, plus 1,400")
    whole: tuple[float, float | None, str] | None = None  # the total it is said to be a part of, as value, value_max,
    # comparator ("3,015 of the 12,341 defectors", "Of the 12,341 defectors, 3,015 …")
    share: tuple[float, float] | None = None  # the share of the whole it is said to be, as parts of every so many ("a
    # quarter of the 12,341 defectors": 1 of 4; its value is that share of the whole)


def number_claim(reading: Reading, a: Amount, earlier: tuple[str, ...] = ()) -> NumberRead | None:
    """The claim `a` makes, or None when it is no claim; `earlier`: what the last count of the sentence before
    counts, which another's bare number may take up ("X counts 12,341 defectors. Y puts it at over 13,000.")."""
    words = reading.words
    of_whole: Amount | None = None  # the total it is a part of, when the sentence names one
    if in_ratio(reading, a) or (a.unit == "percent" and whole_after(reading, a) is not None):  # "three in four (24% of
        unsaid = whole_after(reading, a)  # the) defectors": a share of a whole no number gives; "one in four of the
        shared = _shared(reading, unsaid, earlier) if unsaid is not None else None  # 12,341": the ratio's terms, no count
        if shared is not None or a.unit != "percent":
            return shared
    if a.unit == "percent" and any(_shared(reading, w, earlier) for w in reading.amounts if a.last < w.start <= a.last + 3):
        return None  # "24% of the 12,341 defectors were soldiers": a share of the whole, its claim
    if not a.unit and (total := whole_of(reading, a)) is not None:  # "9,326 of the 12,341 defectors": a part of
        a, of_whole = replace(a, unit="people", nouns=total.nouns or ("people",), last=total.last), total  # them
    elif a.unit in (None, "people") and share_of(reading, a) is not None:
        return _shared(reading, a, earlier)  # "a quarter of the 12,341 defectors were soldiers"
    counted = tuple(w for noun in a.nouns for w in noun.lower().split()) or (() if a.unit else _implied(reading, a, earlier))
    if counted and not a.unit and not a.nouns:
        a = replace(a, unit="people", comparator=counted_subject(words, a)[1] or a.comparator)  # "12,341 have defected"
        opening = opening_whole(reading)  # "Of the 12,341 defectors …, police make up 9,326": police among the defectors
        if opening is not None and opening.last < a.start:
            counted = tuple(dict.fromkeys((*counted, *(w for noun in opening.nouns for w in noun.lower().split()))))
            of_whole = opening
    elif not a.unit and not counted and _counts_bare(reading, a):
        a = replace(a, unit="people")  # "People's Embrace counts 12,341, and the NUG over 13,000": a claimant's count
    if of_whole is None and a.unit == "people" and counted:  # "3,015 soldiers, out of a total of 20,000 junta personnel,",
        of_whole = whole_around(reading, a)  # "… make up one slice of the 12,341 defectors", "Of the 20,000 defectors, …"
    # "Aged 17, Bo Pyay joined", "Maung Sein, then aged 15, joined": an age set off before the verb
    j = a.start
    while j > 0 and words[j - 1] in ("aged", "age", "at", "of", "the", "then", "just", "only"):
        j -= 1
    set_off = a.start <= 4 or words[j - 1:j] == [","]
    described = words[max(0, a.start - 2):a.start] in ([",", "a"], [",", "an"])  # "Maung Sein, a 19-year-old, joined":
    ahead = range(a.last, min(len(words), a.last + 10)) if set_off and not described else range(0)  # his age now
    own = max((k + 1 for k in range(a.number) if words[k] == ";"), default=0)  # its own clause: not "joined at 15; …"
    joining = any(words[k] in _JOINING and (words[k] not in ENLISTMENT or joins_service(words, k))
                  for k in (*range(max(own, a.number - 12), a.number), *ahead))
    if joining and set_off and any(b.start > a.last and b.start < a.last + 16 and (  # "… joined four years ago, at 15"
            b.unit == "years of age" or words[b.start - 1] in ("at", "aged", "was") or (
                words[b.start - 1] in ("just", "only") and words[b.start - 2] in ("at", "aged", "was")))
            for b in reading.amounts):
        joining = any(words[k] in _JOINING for k in range(max(0, a.number - 12), a.number))  # "X, aged 19, joined at 15"
    verbs = [k for k in range(max(own, a.number - 12), a.number) if words[k] in _JOINING]
    now = False
    if joining and verbs and a.unit not in ("years", "decades", "people") and any(b.last <= a.start and (
            (verbs[-1] < b.start and (b.unit == "years of age" or words[b.start - 1] in ("at", "aged"))) or
            (words[b.start - 1:b.last + 1] == ["was", *words[b.start:b.last], "when"] and b.last < verbs[-1]) or
            (words[b.last:b.last + 1] == ["when"] and b.last < verbs[-1] <= b.last + 3))  # (", 15 when he joined, is")
            for b in reading.amounts):
        # "joined at 15 and, at 19, is the youngest", "joined at 15 and is now aged 19", "was 15 when he joined and is 21
        # now": the verb has its age already
        if not {"is", "now", "today"} & set(words[max(0, a.start - 4):a.last + 3]):
            return None  # "joined at 15 and, at 17, deserted": an age at another event
        now, joining = True, False
    if not a.unit and not counted and (paid := gapped_pay(reading, a)) is not None:
        a = replace(a, unit=paid.unit, per=a.per or paid.per)  # "…, single ones 700": baht, as the first
    if (rate := shared_rate(reading, a)) is not None:
        a = replace(a, per=rate)  # "700 baht a week, or 1,400 baht with a spouse": a week too
    if a.unit in MONEY and a.per is None and (after := set_off_rate(reading, a.last)) is not None:
        a = replace(a, per=after[0], last=after[1])  # "700 baht, every month": a month, as "700 baht every month"
    elif a.unit in MONEY and a.per is None and (opening_rate := leading_rate(reading, a.start)) is not None:
        if opening_rate == "?":
            return None  # "Every fortnight, each defector gets 700 baht": no record's rate
        a = replace(a, per=opening_rate)  # "Every week, each defector gets 700 baht": a week
    elif a.unit in MONEY and a.per is None and (closing := closing_rate(reading, a.last)) is not None:
        if closing == "?":
            return None  # "700 baht, or 1,400 with a spouse, every fortnight": no record's rate
        a = replace(a, per=closing)  # "700 baht, or 1,400 baht with a spouse, every week": a week, both
    added = added_to(reading, a)
    if added is not None:  # "700 baht a month, plus 1,400 for his wife": 2,100 in all for one with a wife
        a = replace(a, value=added.value + a.value, unit=added.unit, per=a.per or added.per)
    bare = not a.unit and not counted
    b = a.start  # the word before the number, past "just", "only": "was just 17 when", "at only 15"
    while b > 0 and words[b - 1] in ("just", "only", "barely", "still", "now"):
        b -= 1
    before = words[b - 1] if b > 0 else ""
    when = before in ("was", "were") and words[a.last:a.last + 1] == ["when"]  # "was 17 when he joined"
    if words[a.last:a.last + 1] == ["when"]:  # "was at the age of 15 when he joined": the age joined
        joining = any(words[k] in _JOINING and (words[k] not in ENLISTMENT or joins_service(words, k))
                      for k in range(a.last + 1, min(len(words), a.last + 5)))
    was_then = before in ("was", "were") and "when" in words[max(0, b - 4):b - 1]  # "joined when he was only 15"
    # someone's age set off by commas after their name ("Maung Sein, 19, is"), or leading the sentence ("At 19, …")
    whole = bare and a.comparator == "exact" and float(a.value).is_integer() and 10 <= a.value <= 99
    c = a.start - (words[a.start - 1:a.start] in (["then"], ["now"]))  # "Bo Pyay, then 17, joined", "X, now 19, is"
    # (or ending a tag: "“…,” said Maung Sein, 19.")
    ends_tag = words[a.last:a.last + 1] in ([], ["."]) and (any(w in SAYING for w in words[max(0, c - 7):c]) or (
        c >= 3 and reading.tokens[c - 3].text[:1].isupper()))  # (or a name of two words or more: "…, is Maung Sein, 19.")
    apposed = whole and words[c - 1:c] == [","] and (words[a.last:a.last + 1] == [","] or ends_tag) and c >= 2 \
        and reading.tokens[c - 2].text[:1].isupper()
    # (or by brackets or dashes: "Maung Sein (19) is", "Maung Sein — 19 — is")
    apposed = apposed or (whole and c >= 2 and between_marks(reading.tokens, c, a.last, commas=False)
                          and reading.tokens[c - 2].text[:1].isupper())
    leading = whole and before == "at" and b in (1, own + 1) and opens(reading.tokens, a.last) and not joining
    # "Maung Sein is 19 (now).": a named person's age, the number ending the clause (or "and", "but" another's: "is 21
    # (now) and (but, yet, though he) joined at 15", whose joining has its own age)
    joining = joining and not (linked(words, a.last) and before in ("is", "turned"))
    leading = leading or (whole and before in ("is", "turned") and b >= 2 and _named(reading.tokens, b - 2)
                          and ends_clause(words, a.last) and not joining) or (
        whole and bare and age_at_end(words, b))  # "The oldest interviewee was 39": the range's end
    if apposed and words[c:a.start] != ["then"]:
        joining = False  # "Lin Aung, 25, enlisted": his age now, as news style writes it ("then 17": at the time)
    by = age_by(reading, a)  # "became a general by 19": an age by which it was done, which no record gives
    when = when or (whole and joining and joined_when(words, reading.tokens, b, a.last))  # "Bo Pyay, 17 when he joined,"
    age = a.unit == "years of age" or ((before == "at" or when or was_then) and joining and bare) or apposed or leading \
        or (now and bare and a.comparator == "exact") or by is not None
    more = added is not None and words[a.last:a.last + 1] in (["more"], ["extra"])  # "plus 700 more": not rough
    if not (a.unit or counted or age) or (a.comparator == "exact" and rough(words, a.last) and not more):
        return None
    if age and words[a.last:a.last + 1] == ["when"] and not joining:
        return None  # "was aged 15 when the war began": an age at a time the fact base gives none for
    if age and ["at", "the", "time"] in (words[k:k + 3] for k in range(a.last, a.last + 3)) and not joining:
        return None  # "a 15-year-old at the time, is now 19": not his age now
    if words[a.start - 1:a.start] == ["to"] and any(b.last == a.start - 1 and b.unit for b in reading.amounts) and \
            not CHANGE & set(words[:a.start]):
        return None  # "700 baht per month to 800 baht per month": the range's other end ("rose from … to …" its new value)
    as_a = a.unit in TIME.values() and words[a.last:a.last + 1] == ["as"]  # "a decade as a soldier": no sum's "as a"
    if _fraction(words, a.number + 1) or (counted_rate(words, a.last) and not as_a) or \
            _part_of(words, a.start, a.unit in MONEY) or (
            a.unit in MONEY and (paid_otherwise(words, a.last, a.per) or paid_once(words, a.start))):
        return None  # "at 17½": not 17; "700 baht every other month", "per two months": not of any rate a record has
    if a.start > 1 and words[a.start - 1] == "and" and words[a.start - 2] in TIME:
        return None  # "18 years and six months": the part of a length of time, which it alone would misstate
    if words[max(a.start - 1, 0):a.start] in (["maximum"], ["minimum"], ["±"]) and a.start > 0:
        return None  # "a maximum 700 baht", "700±100": a bound, or the margin of another amount
    if a.number >= 2 and words[a.number - 1] in ("'", "’") and reading.joined(a.number) and \
            reading.joined(a.number - 1) and words[a.number - 2][-1:].isdecimal():
        return None  # "12'341" (digits grouped with an apostrophe): not 341
    if counted and a.unit in (None, "people") and not float(a.value).is_integer():
        return None  # "12.341 junta personnel" (a point grouping digits): people are counted whole
    if a.unit in TIME.values() and words[a.start - 1:a.start] == ["by"] and a.start > 0:
        return None  # "beat Lin Aung into the army by six years": a margin between two, no length of anything
    if a.unit in ("years", "decades") and _NOT_SERVICE & set(words[a.last:a.last + 4]):
        return None  # "spent 10 years in prison": of no field the fact base has
    spent = any(w in ("spent", "spend", "spends") for w in words) and not any(w in ("served", "serve", "serving",
                                                                                 "service") for w in words)
    in_service = any(w in _IN_SERVICE for w in words) or any(words[k:k + len(p)] == p for p in _POLICE for k in
                                                             range(len(words)))  # (held against his record's service)
    if spent and a.unit in ("years", "decades") and not in_service and not as_soldier(words, a.last):
        return None  # "spent a decade as a monk", "in Thailand": years, of no service
    serving = any(w in _SERVING for w in words) or (not joining and in_service) or \
        as_soldier(words, a.last)  # "his decade as a soldier"
    plan = intended(words, a.start) if a.unit in TIME.values() else None  # "planned to serve one or two years"
    field = "age_by" if by is not None else ("age_joined" if joining else "age") if age else "intended_service" \
        if plan is not None else "years_served" if a.unit in ("years", "decades") and serving else None
    relative = reading.at(a.last)[:1] in (("after",), ("before",), ("prior",), ("following",), ("since",))
    seized = reading.at(a.last)[:1] in (("after",), ("since",)) and bool(_SEIZED & set(reading.at(a.last, 6))) and \
        not any(w in ("served", "serve", "serves", "serving") for w in words)  # "three years after the military seized power"
    if (field is None or seized) and a.unit in TIME.values() and relative:
        return None  # "defected two years after the coup": a date relative to another, not a count (served: one)
    k = a.start - (words[a.start - 1:a.start] in (["just"], ["only"]))  # "aged just 15"
    said = next((k - len(p) for p in _AGE_WORDS if age and reading.at(k - len(p), len(p)) == p), a.start)
    first = by if by is not None else plan if plan is not None else said
    factor = 10 if a.unit == "decades" else 1
    return NumberRead(float(a.value * factor), None if a.value_max is None else float(a.value_max * factor), a.comparator,
                      "years of age" if age else "years" if factor == 10 else a.unit, a.per, counted, field, first,
                      a.last, None if added is None else added.start, None if of_whole is None else (float(of_whole.value),
                          None if of_whole.value_max is None else float(of_whole.value_max), of_whole.comparator))


def _shared(reading: Reading, a: Amount, earlier: tuple[str, ...]) -> NumberRead | None:
    """The share of `a` a part is said to be ("a quarter of the 12,341 defectors were soldiers": about 3,085 soldiers
    of the 12,341), which the verdict holds as a share of the record's whole; None where it names no part ("a quarter
    of the 12,341 defectors fled"), or `a` is no whole of a share."""
    share: Share | None = share_of(reading, a) if a.unit in (None, "people") else None
    if share is None:
        return None
    part = restated(reading, share)  # "3,015 soldiers, or a quarter of …": what the 3,015 count
    said = (tuple(w for noun in part.nouns for w in noun.lower().split()) or _implied(reading, part, earlier)) if part \
        else _implied(reading, replace(a, start=share.start, number=share.start), earlier) or part_said(reading, share, a.last)
    if not said:
        return None
    counted = tuple(dict.fromkeys((*said, *(w for noun in a.nouns for w in noun.lower().split()))))
    whole = (float(a.value), None if a.value_max is None else float(a.value_max), a.comparator) if a.words else None
    return NumberRead(float(round(a.value * share.part / share.of)), None, share.comparator, "people", None, counted, None,
                      share.start, a.last, whole=whole, share=(share.part, share.of))  # (no whole: "of the defectors")


def _fraction(words: list[str], k: int) -> bool:
    """Whether words[k] is a fraction written as one sign ("½"), a part of the number before it."""
    return k < len(words) and len(words[k]) == 1 and words[k].isnumeric() and not words[k].isdigit()


def _part_of(words: list[str], start: int, money: bool) -> bool:
    """Whether a part or a multiple of the amount is what the sentence states: "half of 700 baht", "twice
    700 baht", "a third of the 12,341"; or a sum of money paid once ("a total of 700 baht"; "a total of
    12,341 junta personnel" is the count itself)."""
    before = words[max(0, start - 3):start]
    if before[-1:] == ["of"] and len(before) > 1 and before[-2][:1].isdecimal():
        return True  # "3/4 of", "0.5 of"
    if (money and before[-2:] == ["total", "of"]) or (set(before) & {"one", "lump", "single"} and
                                          before[-1:] in (["off"], ["sum"], ["single"])):
        return True  # "a one-off 700 baht", "a single 700 baht"
    return bool(set(before) & _PARTS) and \
        (before[-1:] in (["of"], ["the"]) or before[-1:] in (["half"], ["twice"], ["double"], ["triple"], ["×"]))


_PARTS = frozenset(words_of("""half third thirds quarter quarters tenth fourths twice double triple fraction percent % cent
    part most much some portion share slice × x"""))


def _implied(reading: Reading, a: Amount, earlier: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What a bare count counts when its verb, its subject or what it is said to be names it: "12,341 have defected"
    (defectors), "9,326 were police officers"; or, after another's claimant, what the number before it counts ("X counts
    12,341 defectors; Y says over 13,000", "Y puts the figure at", "…, Y over 13,000"); not an age ("was 19")."""
    words = reading.words
    before = [b for b in reading.amounts if b.last <= a.start and b.unit in (None, "people")]
    name = a.start - (words[a.start - 1:a.start] == ["at"])  # "…, the NUG (at) over 13,000": the name the verb left out
    if words[a.start - 1:a.start] == [","] and words[a.last:a.last + 1] in ([], ["."], [";"]):
        name -= 1  # "…; People's Embrace, 12,341." (not "…; Lin Aung, 25, enlisted": his age)
    end = name
    while name > 0 and (reading.tokens[name - 1].text[:1].isupper() or words[name - 1] in ("the", "’s", "'s")):
        name -= 1
    if name < end and name > 1 and words[name - 1].isalpha() and words[name - 2] == "the":
        name -= 2  # "…, the exiled NUG over 13,000": a word describing the name
    put_it = words[a.start - 2:a.start] == ["it", "at"] and words[a.start - 3:a.start - 2] in (["put"], ["puts"], ["putting"])
    if before and (words[a.start - 1] in SAYING or words[a.start - 2:a.start] in _PUT_AT or put_it or (
            name < end and words[name - 1:name] in ([","], [";"], ["and"]))):
        taken = tuple(w for noun in before[-1].nouns for w in noun.lower().split()) or _implied(reading, before[-1])
        if taken:
            return taken  # (else its own words may say: "While X puts the total at 12,341, Y says over 13,000 have defected")
    if not before and earlier and (words[a.start - 2:a.start] in _PUT_AT or put_it):
        return earlier  # "X counts 12,341 defectors. Y puts it at over 13,000."
    if words[a.start - 1:a.start] in _NUMBER and a.start > 1 and words[a.start - 2] in PEOPLE:
        return (words[a.start - 2],)  # "Soldiers number 3,015"
    if words[max(a.start - 2, 0):a.start] in _MAKE_UP:  # "(Of the 12,341,) police make up 9,326": police
        subject = reversed(words[max(a.start - 5, 0):a.start - 2])
        said = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPS, subject))
        return tuple(reversed(said)) if said and said[0] in PEOPLE else ()
    if by_subject := counted_subject(words, a)[0]:  # "Defections are over 12,000", "The number of defectors has topped"
        return by_subject
    if a.start and words[a.start - 1] in ("at", "aged", "age", "was", "is", "were", "are", "of", "and") and \
            words[a.start - 2:a.start] not in (["total", "of"], ["tally", "of"]):  # ("A total of 12,341 have defected")
        return ()
    k = a.last + (words[a.last:a.last + 1] in (["who"], ["that"]))  # "Of the 12,341 who defected"
    k += words[k:k + 1] in (["have"], ["has"], ["had"])
    k += k < len(words) and (words[k] in ("since", "now", "already") or words[k].endswith("ly"))
    if words[k:k + 1] in (["defected"], ["deserted"]) or words[k:k + 2] == ["switched", "sides"]:
        return ("defectors",)
    if words[a.last:a.last + 1] not in (["were"], ["are"]):
        return ()
    said = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPS, words[a.last + 1:a.last + 4]))
    return tuple(said) if said and said[-1] in PEOPLE else ()


_MAKE_UP = [[w, p] for w in ("make", "makes", "made", "making") for p in ("up",)] + \
    [[w, "for"] for w in ("account", "accounts", "accounted", "accounting")]
_NUMBER = [[w] for w in ("number", "numbered", "total", "totalled", "totaled")]
_PUT_AT = [[w, "at"] for w in ("figure", "number", "total", "tally", "count")]
_COUNTS = frozenset(words_of("counts counted count tallies tallied reckons reckoned"))


def _counts_bare(reading: Reading, a: Amount, depth: int = 4) -> bool:
    """Whether `a`, a bare number, is what a verb of counting counts ("People's Embrace counts 12,341"), or comes after
    such a number with another's name for a verb left out ("…, and the NUG over 13,000"), `depth` such numbers back."""
    words = reading.words
    if a.start > 0 and (words[a.start - 1] in _COUNTS or words[a.start - 2:a.start] in _PUT_AT):
        return True  # "X counts 12,341", "X puts the number at over 13,000" (not "puts it at", after no count)
    said = [b for b in reading.amounts if b.start > 0 and words[b.start - 1] in SAYING and not b.unit and not b.nouns]
    if len(said) > 1 and any(b is a for b in said):
        return True  # "X says 12,341 while Y says over 13,000": two claimants side by side
    before = next((b for b in reversed(reading.amounts) if b.last <= a.start), None)
    gap = words[before.last:a.start] if before is not None else []
    return before is not None and not before.unit and not before.nouns and 0 < len(gap) <= 6 and \
        bool({",", ";", "and"} & set(gap)) and any(t.text[:1].isupper() for t in reading.tokens[before.last:a.start]) \
        and not set(gap) & (SAYING | NOT_GAPPED) - {"at"} and depth > 0 and _counts_bare(reading, before, depth - 1)


# What a span after "after" or "since" dates from, where the military is named but no one's service ("three years
# after the military seized power", "since the army staged its coup")
_SEIZED = frozenset(words_of("seized seizing took taking staged staging power coup takeover overthrew ousted"))


def _named(tokens: list[Token], k: int) -> bool:
    """Whether the token at k ends a name, or an aside set off right after one ("Maung Sein, a defector, is 19")."""
    if tokens[k].text[:1].isupper():
        return True
    k -= tokens[k].text == "who" and k > 0 and tokens[k - 1].text == ","  # "Maung Sein, who is 19"
    if tokens[k].text == "," and k > 1 and tokens[k - 1].text[:1].isupper() and tokens[k - 2].text[:1].isupper():
        return True  # "The youngest, Maung Sein, is 19": a name of two words or more, set off
    opening = PAIRS.get(tokens[k].text)
    j = next((j for j in range(k - 1, max(-1, k - 12), -1) if tokens[j].text == opening), None) if opening else None
    return j is not None and j > 0 and tokens[j - 1].text[:1].isupper()
