"""The words right beside a number and what it counts, in its own clause and phrase: what a record must also say of
it ("killed by villagers", "a loan of 700 baht"; numbers/happenings.py reads them, verdicts/happened.py holds them
against the record). For parse.py."""

from __future__ import annotations

import re

from ...numbers.amounts import Reading
from ...numbers.happenings import ASKING, SAYS_NOTHING, kinds
from ...numbers.vocabulary import CURRENCY, MONTHS, ONES, PEOPLE, SAYING, TENS
from ...text import words_of
from .agelinks import age_clause
from .asides import PAIRS, another_doing, appositives, between_marks, described_from, named_year, within_span
from .payee import payee_words
from .placed import source_at
from .sums import MONEY
from .targets import object_before, place_before


def beside(reading: Reading, start: int, last: int, unit: str | None) -> tuple[str, ...]:
    """The words (in lower case) right beside a number and what it counts, in its clause and its own phrase (up to six
    tokens after it, past a claimant's aside, up to "and" or another number; up to six before it, back to its verb and
    up to a preposition but a sum's "of" or an age's "for"): what a record must also say ("killed by villagers", "a
    loan of 700 baht"; not "the lobby of a four-story house", "men aged 18 to 35 and women"). A word after "before"
    (or "until", "up to the", "by the time of"), "after", "during", "as", "when", "since", "if", "unless" or "because"
    comes as "before>retreat": the record must say it so too; and a year after "in", "since", "as of" or the like, as
    "in>2019"; then the words of an aside set off right after the phrase, or between the clause's subject and its verb
    (_aside, _subject_aside)."""
    others = {k for a in reading.amounts if not a.start <= start < a.last for k in range(a.start, a.last)}
    out: list[str] = []
    k, end, payer, when, when_at = last, min(len(reading.tokens), last + 6), False, "", -1
    mark: int | None = None
    if (past := _past_aside(reading, last)) is not None:  # "Over 13,000 soldiers, the NUG says, are homeless"
        k, end = past, min(len(reading.tokens), past + 6)
    while k < end:
        text = reading.tokens[k].text
        if _year(text):
            out.extend(_dated(reading, k))  # "defected in 2019", "as of 2019", "since January 2023": the record's too
        if text == "and" and k > last and reading.tokens[k - 1].text.lower() in PEOPLE and k + 1 < end and \
                reading.tokens[k + 1].text.lower() in PEOPLE | _POLICE:
            k, end = k + 1, min(len(reading.tokens), end + 1)  # "among soldiers and police officers before the coup":
            continue  # what it counts, not another clause
        if not text[:1].isalnum() and text not in ("'", "’", "-") and k not in others:
            mark = k  # an aside may be set off here
            break
        if text in ("or", "and") and when in _IF and k + 1 < len(reading.tokens) and k not in others:
            end = min(len(reading.tokens), max(end, k + 4))  # a condition goes on: "if accompanied by a spouse or a
            k += 1  # sibling", whose every word is the record's to say
            continue
        if k in others or text.lower() in _JOINS or (text in SAYING and when not in _IF) or text in _SPEAKING or (
                k == last and (text[:1].isupper() or age_clause(reading.tokens, start, k))):  # ("is 19 while he …")
            break  # (a name right after it is whose it is: "Thirty-three-year-old Ko Ko Naing joined …"; what one
            # who speaks says, or to whom, is no more of it: "Seven former soldiers spoke to Al Jazeera")
        payer = payer or (text in ("from", "by") and unit in MONEY and when not in _IF)  # "from the NUG", "paid … by
        # the NUG": who pays, checked apart (of others, "defected from the CDM": whence, the record's to say, below)
        anchor = when in _ANCHORED and reading.tokens[k - 1].text.lower() in (when, "the") and k - 2 <= when_at
        led = reading.tokens[k - 1].text.lower() in _LED  # ("if accompanied by a Karen", "by his Thai spouse")
        if when and text[:1].isupper() and text.lower() not in MONTHS and not anchor and not (when in _IF and led):
            break  # "Harbour Watch says 4,210 while the Valley Council says …": another's clause, with its own subject
            # (not the name of what a time is counted from: "since Operation 1027", "before Christmas")
        if unit == "people" and (span := within_span(reading.tokens, k)) is not None:
            out.append(span)  # "defected in a single week": a span of time no record gives
            k += 1
            continue
        if (alias := _before(reading, k)) is not None:  # "until the coup", "up to the coup", "by the time of the coup"
            when, k = "before", k + alias
            end = min(len(reading.tokens), max(end, k + 3))
            continue
        if text == "from" and unit == "people" and reading.tokens[k - 1].text.lower() in _LEFT:
            when, when_at = "from", k  # "defected from the CDM": the record must say so too
        elif text in _WHEN:
            when, when_at = text, k  # "lost before a retreat was ordered": what follows is said after "before"
            if text != "since":  # (its words with it: "in the decade before the coup"; not "since", the records' own)
                end = min(len(reading.tokens), max(end, k + (8 if text in _IF else 4)))  # (a condition's companion
            else:  # described: "if accompanied by a spouse from Yangon"); but a year past the window ("since the 2020 election")
                out.extend(m for j in range(k + 1, min(len(reading.tokens), k + 3)) if end <= j and _year(
                    reading.tokens[j].text) for m in _dated(reading, j))
            if text in _ANCHORED and (coup := _COUP.match(" ".join(t.text for t in reading.tokens[k + 1:k + 7]))):
                out.append(f"{text}>coup")  # "since the military seized power": the coup, in the records' word
                k += 1 + len(coup.group().split())
                continue
            if k + 1 < len(reading.tokens) and reading.tokens[k + 1].text.lower() in _SUBJECTS and text not in _IF:
                when += "*"  # a clause: "after he reaches Thailand", every word of which the record must say
        elif text.isalpha() and not (payer and (text[:1].isupper() or text in _PAYERS)):
            word = text.lower()
            if text[:1].isupper() and out and k > last and reading.tokens[k - 1].text[:1].isupper():
                word = f"{out.pop().rpartition('>')[2]} {word}"  # one name of several words: "the Myanmar Air Force"
            out.append(f"{when}>{word}" if when else word)  # (a name after its verb too: "by the Tatmadaw", "in
            # Thailand": its words are held as one, any of them the record's)
        k += 1
    crossed = _CROSSED.get("money" if unit in MONEY else unit or "", frozenset())
    if unit == "people" and _DWELLING & {t.text.lower() for t in reading.tokens[max(0, start - 12):start]}:  # where
        crossed = frozenset(("with",))  # one lives with them, the record's to say: "lives in a Bangkok flat with three others"
    k, stop = start - 1, max(-1, start - 7)
    if unit == "years of age" and between_marks(reading.tokens, start, last):
        k, stop = k - 1, stop - 1  # an age set off alone: "men and women (18 to 35)" as "men and women aged 18 to 35"
    while k > stop:  # back to the verb ("receives a loan of 700 baht")
        text = reading.tokens[k].text
        if k in others or (not text[:1].isalnum() and text not in ("'", "’", "-")) or (text in SAYING and text not in ASKING) \
                or text in _JOINS:
            break
        if text in ("in", "with") and unit == "years" and out and set(out) - {"for"} <= _SERVICE and out[-1] != "for":
            k, stop = k - 1, max(-1, stop - 4)  # "was a cook in the air force for 18 years": the job, past the service
            continue
        if text[:1].isupper() and (place := place_before(reading.tokens, k) or object_before(reading.tokens, k)) is not None:
            out.append(place[1])  # "sold noodles in Mandalay (drove Toyotas) for 18 years": on back to the verb
            k, stop = place[0] - 1, max(-1, stop - (k - place[0]))
            continue
        if (text in _PREPOSITIONS and text not in crossed) or text[:1].isupper():
            break  # (a name: whose words before it describe it, "the exiled NUG")
        if text.isalpha() and text.islower():
            out.append(text)
            if (kinds([text]) or text in SAYS_NOTHING) and not (unit == "years" and text in _SERVICE):  # ("the air force")
                if unit in MONEY and text in _PAID:
                    out.extend(payee_words(reading, k))  # "Each female defector is paid": who is paid, as the record says
                break  # the verb: its subject is no part of what is said of the number
        k -= 1
    return tuple(out) + (_aside(reading, start, mark, unit, when) if mark is not None else ()) + (
        _before_it(reading, start, unit) or (_subject_aside(reading, start, unit) if unit in _OWN else ()))
    # (of an age or of years only: the subject's own; of a sum, the one paid is read apart, payee_words; of a count, the
    # subject is who did it, "Maung Sein, a defector, killed seven comrades")


def date_aside(reading: Reading, start: int, last: int) -> tuple[str, ...]:
    """The words of an aside set off right after a date ("enlisted in 2020, as a cook"): what the record must say of
    the event too (verdicts/dates.py)."""
    mark = last if last < len(reading.tokens) and not reading.tokens[last].text[:1].isalnum() else None
    said: tuple[str, ...] = ()
    if mark is not None and not (mark + 2 < len(reading.tokens) and reading.tokens[mark + 1].text.lower() in _WHEN | {
            "like"} and reading.tokens[mark + 2].text[:1].isupper()):  # (another's doing, whose date is read apart:
        said = _aside(reading, start, mark, None, "")  # ", as Min Thu had", ", after Min Thu")
    said += _subject_aside(reading, start, None)  # ("Lin Aung, a police officer, enlisted in 2020")
    doing = any((kinds([w.rpartition(">")[2]]) - _FORCES or w in _WEEKDAYS) and not w.startswith("year>") for w in said)
    return () if doing else said  # another's doing (", the year Aye Chan enlisted,", "Aye Chan, recruited by Min Thu,
    # entered …"), or ", a Monday"


def _aside(reading: Reading, start: int, k: int, unit: str | None, relation: str) -> tuple[str, ...]:
    """The words of an aside set off at k, right after the number's phrase, which the words beside it stop short of:
    they are said of it as much as the words before the mark ("served 18 years, in the kitchens", "700 baht a month (a
    pension)", "12,341 junta personnel, predominantly women,", "…, every fortnight"), after the same "if" or "before"
    the phrase ended in ("1,400 baht if accompanied – by a brother"); not who says it (", the NUG says", ", according
    to X,"), another clause (", and …", ", while Y says …", ", which …", ", he said"), another number's words (", or
    1,400 baht if …", ", including 3,015 soldiers,")."""
    tokens = reading.tokens
    if tokens[k].text not in (",", "(", "[", "—", "–", "-", "/"):
        return ()
    end = next((j for j in range(k + 1, min(len(tokens), k + 12)) if not tokens[j].text[:1].isalnum() and
                tokens[j].text not in ("'", "’", "-")), min(len(tokens), k + 12))
    if tokens[k].text in ("—", "–") and start > 0 and tokens[start - 1].text == tokens[k].text:
        return ()  # the dash that closes the number's own pair: "men — 18 to 35 — and women": the clause goes on
    if any(a <= tokens[start].start < b and b - 1 <= tokens[k].start and not reading.text[a:b].lstrip(", ").startswith(
            "or ") for a, b in appositives(reading.text)):
        return ()  # the comma that closes the number's own aside ("Zay Thu Aung, a former air force member who served
        # for 18 years, made …")
    if (source := source_at(reading.text)) is not None and source <= tokens[k].start:
        return ()  # who says it, at the end: "… have defected (the NUG).", "… – the NUG."
    if start > 0 and tokens[start - 1].text in (",", "(", "—", "–") and (end >= len(tokens) or tokens[end].text not in (
            ",", ")", "—", "–")):
        return ()  # the number set off after a name, then the clause: "Maung Sein, at the age of 19, stands as …"; (but
        # a second aside describes him too: "Maung Sein, 19, a police officer, defected")
    return _aside_words(reading, k, end, unit, relation)


def _before_it(reading: Reading, start: int, unit: str | None) -> tuple[str, ...]:
    """The words of an aside that ends right before the number, after its verb: "Each defector is paid, to spy, 700
    baht", "receives (in gold) 700 baht"; not a phrase that leads the sentence ("Since the coup, 12,341 …")."""
    tokens = reading.tokens
    if start < 3 or tokens[start - 1].text not in (",", ")", "—", "–"):
        return ()
    opening = next((j for j in range(start - 2, max(-1, start - 12), -1) if not tokens[j].text[:1].isalnum() and
                    tokens[j].text not in ("'", "’", "-")), None)
    pair = PAIRS[tokens[start - 1].text]
    if opening is None or opening < 1 or tokens[opening].text != pair or not tokens[opening - 1].text.isalpha() or \
            not tokens[opening - 1].text.islower():
        return ()  # (after a verb or a common word: "is paid, …", "receives (…)")
    return _aside_words(reading, opening, start - 1, unit, "")


def _subject_aside(reading: Reading, start: int, unit: str | None) -> tuple[str, ...]:
    """The words of an aside that describes the subject of the number's clause, between it and its verb: "The
    interviewees, all generals, were aged 22 to 39", "…, mostly generals, had served four to 22 years", "Zay Thu Aung,
    a police officer, served 18 years" (held against what his record says he is: verdicts/happened.py)."""
    tokens = reading.tokens
    close = start - 1
    while close >= 0 and start - close <= 8 and tokens[close].text.isalpha() and tokens[close].text.islower() and \
            tokens[close].text not in SAYING:
        close -= 1
    if close < 2 or close == start - 1 or tokens[close].text not in PAIRS:
        return ()
    opening = next((j for j in range(close - 1, max(-1, close - 11), -1) if not tokens[j].text[:1].isalnum() and
                    tokens[j].text not in ("'", "’", "-")), None)
    if opening is None or opening < 1 or tokens[opening].text != PAIRS[tokens[close].text] or \
            not tokens[opening - 1].text.isalpha():
        return ()  # (a subject: "The interviewees, …", "Zay Thu Aung (…)", whose record's words say who he is)
    skip = described_from([t.text.lower() for t in tokens[opening + 1:opening + 6]])
    return _aside_words(reading, opening + skip, close, unit, "")  # (past "then", "who was": "then a police cadet")




def _aside_words(reading: Reading, k: int, end: int, unit: str | None, relation: str) -> tuple[str, ...]:
    """The words an aside from k (its mark) to end says of a number, or none (see _aside)."""
    tokens = reading.tokens
    if [t.text for t in tokens[k + 2:k + 7]][1:] == ["-", "year", "-", "old"] and tokens[k + 2].text.isdecimal():
        k += 6  # "Maung Sein, a 19-year-old captain, joined …": the words after his age (the age is a claim of its own)
        if k + 1 >= end:
            return ()
    if (named := named_year([t.text.lower() for t in tokens[k + 1:end]])) is not None:
        return named  # "(the year of the coup)", ", the coup year", "(seven years after the coup)": the record's to say
    if end == k + 1 or any((t.text[:1].isdecimal() and (unit is None or not _year(t.text))) or t.text.lower() in _NUMBER_WORDS
                           for t in tokens[k + 1:end]):
        return ()  # another number's aside (", or 1,400 baht if …", "(s1)"; not a year: ", until 2010")
    said = [t.text for t in tokens[k + 1:end]]
    if unit == "people" and (span := within_span(tokens, k + 1)) is not None:
        return (span,)  # "12,341 junta personnel, in a single week, have defected"
    lead = said[1:] if said[0].lower() in ("the", "a", "an", "or") and len(said) > 1 else said
    first = said[0].lower()
    if another_doing(said):
        return ()  # another doing of the subject's: "had spent 4 to 22 years in the military, achieving ranks …"
    going_on = relation in _IF and first in ("and", "or", "plus")  # a condition goes on: "if accompanied by a spouse,
    if (not going_on and (first in _NOT_ASIDE or lead[0].lower() in _NOT_ASIDE or (  # and a child"
            first in ("and", "but") and tokens[k].text == ","))) or \
            first in _SUBJECTS | {"i", "we"} or any(w in SAYING or w.lower() in _SAYING_ASIDE | _COMPARING for w in said) \
            or (lead[0][:1].isupper() and first not in _LEADING and first not in ("a", "an")):
        return ()  # (a name is another's clause or who says it: ", Reuters reported", ", the Valley Council, says";
        # a comparison is read apart, likewise.py: ", the same as X", "— as did X"; a multiple, scope.py: ", double for")
    out: list[str] = []
    payer = False
    for j, w in enumerate(said):
        word = w.lower()
        if word in _WHEN and word != "as" and j == 0:  # (", as a cook": a job, every word of it the record's)
            relation = word  # ", after the coup", ", if he spies": said after it, as in the phrase
            continue
        payer = payer or word == "from" or (word == "by" and unit in MONEY)  # who pays, read apart
        if _year(w):  # ", until 2010", ", in 2019": as "until>2010" in the phrase; a year alone, "(1992–2010)", in it
            out.extend(_dated(reading, k + 1 + j) or [f"in>{w}"])
            continue
        if word in CURRENCY and unit in MONEY and CURRENCY[word] != unit:
            out.append(f"in>{CURRENCY[word]}")  # "700 baht a month (in dollars)": another currency
            continue
        if not w.isalpha() or word in _ASIDE_WORDS or (payer and (w[:1].isupper() or word in _PAYERS)):
            continue
        if word == "armed" and j and said[j - 1].lower() in _HOW_ARMED and said[j + 1:j + 2] not in (["forces"], ["force"]):
            word = f"{said[j - 1].lower()}>armed"  # ", all armed,": bearing arms, not the armed forces
        if w[:1].isupper() and j and said[j - 1][:1].isupper() and out:
            word = f"{out.pop().rpartition('>')[2]} {word}"  # one name of several words: "in Kachin State"
        out.append(f"{relation}>{word}" if relation else word)
    return tuple(out)


# Verbs a sum is paid by, whose subject is the one paid
_PAID = frozenset(words_of("paid given granted offered get gets got receive receives received earn earns earned"))
# The prepositions a sum or an age is the object of ("a loan of 700 baht", "cut to 700 baht", "asks for 700 baht",
# "service for men aged 18 to 35"): the words before them are still the number's
_CROSSED = {"money": frozenset(("of", "to", "for")), "years of age": frozenset(("for", "to", "on")),
            **dict.fromkeys(("years", "months", "weeks", "days"), frozenset(("for",)))}  # ("was a cook for 18 years")
_DWELLING = frozenset(words_of("lives live living lived shares share shared sharing stays stay stayed staying"))
_SERVICE = frozenset(words_of("the a an his her their its air force forces army military navy infantry police tatmadaw"))
_PREPOSITIONS = frozenset(words_of("of in on at for from with by to into onto about over under after before during since"))
_SPEAKING = frozenset(words_of("spoke speak speaks speaking talked talk talks talking shared share shares"))
_JOINS = frozenset(words_of("and or but yet though although whereas nor who which that whose where without"))
# (and of a condition or a cause: "700 baht if he spies for the NUG", "joined at 15 because he was poor")
_WHEN = frozenset(words_of("before after during when while as since if unless because"))  # ("until": _before)
# The coup in other words: "the military seized power", "the junta took over", "Min Aung Hlaing's takeover", "the putsch"
_COUP = re.compile(r"(?i:(?:the\s+)?(?:(?:military|junta|army|generals?|tatmadaw|Min\s+Aung\s+Hlaing)\s+(?:(?:seized|took|"
                   r"grabbed)\s+(?:power|over|control)|staged\s+(?:a|its|the)\s+coup)|(?:(?:military|army|junta)\s+)?"
                   r"(?:takeover|putsch|seizure\s+of\s+power)))\b")
_LED = frozenset(words_of("by with a an his her their and or from of in at"))  # (a companion described: "from Yangon")
_LEFT = frozenset(words_of("defected deserted fled escaped resigned away"))  # ("walked away from the military")
_ANCHORED = frozenset(words_of("before after during since from"))  # whose next word may name an event: "since Christmas"
_IF = frozenset(words_of("if unless because"))  # (whose every word is said: "if he informs")
_SUBJECTS = frozenset(words_of("he she they it we i you"))
_POLICE = frozenset(words_of("police military army"))
_ASIDE_WORDS = frozenset(words_of("""as a an the of them these those all mostly many most some largely mainly chiefly
    nearly almost including among whom who were are was is former ex"""))
# Words that start an aside that is not of the number: another clause, a contrast, who says it, its source
_NOT_ASIDE = frozenset(words_of("""which who whom whose that where while whereas nor so yet though although then not never
    compared versus vs unlike against according per citing plus"""))
_OWN = frozenset(("years", "years of age"))
_FORCES = frozenset(("police", "force"))  # (kinds of happening that are a service: "a police officer", "a PDF fighter")
_WEEKDAYS = frozenset(words_of("monday tuesday wednesday thursday friday saturday sunday"))
_NUMBER_WORDS = (frozenset(ONES) - {"one"}) | frozenset(TENS) | frozenset(words_of("""dozen dozens hundred hundreds thousand
    thousands"""))
_HOW_ARMED = frozenset(words_of("all each every heavily fully well mostly lightly"))
_SAYING_ASIDE = frozenset(words_of("""according per citing count tally estimate estimates figure figures number numbers data
    statistics records reckoning view telling words account version opinion reported published released attributed"""))
_COMPARING = frozenset(words_of("""like unlike than same did does do likewise too also alike equal equally long double
    doubled doubling twice triple tripled half halved"""))
_LEADING = frozenset(words_of("in on at as for with without all each every mostly most many some"))
_OF_YEARS = frozenset(words_of("in since before after by until during from throughout"))


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdecimal() and 1900 <= int(text) <= 2100


def _dated(reading: Reading, k: int) -> list[str]:
    """The year at k, and its month, as said after their word ("in>2019", "since>january"); none when they date
    something else ("since the coup in February 2021": the coup's date)."""
    words = [t.text.lower() for t in reading.tokens[max(0, k - 4):k]]
    month = words[-1:] != [] and words[-1] in MONTHS
    before = words[:-1] if month or words[-1:] in (["early"], ["late"], ["mid"], ["the"]) else words  # ("since early
    # 2023", "since the 2020 election")
    if before[-2:] in (["as", "of"], ["as", "at"]):
        relation, lead = "as of", before[:-2]
    elif len(before) >= 3 and before[-3] == "as" and before[-1] == "as":
        relation, lead = "as of", before[:-3]  # "as recently (late, early) as 2019"
    elif before[-1:] and before[-1] in _OF_YEARS:
        relation, lead = before[-1], before[:-1]
    else:
        return []
    if lead[-1:] == ["coup"]:  # the word before "in": "the coup in 2021"
        return []
    return [f"{relation}>{reading.tokens[k].text}", *([f"{relation}>{words[-1]}"] if month else [])]


def _before(reading: Reading, k: int) -> int | None:
    """How many tokens from k say "before" in other words ("until", "till", "up to the …", "by the time of", "by
    the coup"), or None."""
    words = [t.text.lower() for t in reading.tokens[k:k + 4]]
    if words[:1] in (["until"], ["till"]):
        return 1
    if words[:2] == ["up", "to"] and words[2:3] in (["the"], ["a"]):
        return 2
    if words[:3] == ["by", "the", "time"]:
        return 3 + (words[3:4] == ["of"])
    return 1 if words[:1] == ["by"] and words[1:3] in (["the", "coup"], ["the", "end"], ["the", "start"]) else None


# Who pays, in common words ("from the parallel government", "from the group"): not what is paid
_PAYERS = frozenset(words_of("""the a an its their government parallel exile exiled shadow council group organisation
    organization authorities administration movement charity network office ministry agency"""))


def _past_aside(reading: Reading, last: int) -> int | None:
    """Where the clause goes on after a claimant's aside right after the number (", the NUG says,"), or None."""
    tokens = reading.tokens
    if last >= len(tokens) or tokens[last].text != ",":
        return None
    if last + 1 < len(tokens) and tokens[last + 1].text.lower() in ("according", "per", "citing"):
        close = next((k for k in range(last + 2, min(len(tokens), last + 10)) if tokens[k].text == ","), None)
        return close + 1 if close is not None else None  # ", according to the NUG,", ", per the NUG,"
    for k in range(last + 1, min(len(tokens) - 1, last + 9)):
        if tokens[k].text in SAYING and tokens[k + 1].text == ",":
            return k + 2
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in ("'", "’", "-"):
            return None
    return None
