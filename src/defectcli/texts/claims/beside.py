"""The words right beside a number and what it counts, in its own clause and phrase: what a record must also say of
it ("killed by villagers", "a loan of 700 baht"; numbers/happenings.py reads them, verdicts/happened.py holds them
against the record). For parse.py."""

from __future__ import annotations

import re

from ...numbers.amounts import Reading
from ...numbers.happenings import ASKING, SAYS_NOTHING, kinds
from ...numbers.vocabulary import ARMED_SERVICES, MONTHS, PEOPLE, SAYING
from ...text import words_of
from .sums import MONEY


def beside(reading: Reading, start: int, last: int, unit: str | None) -> tuple[str, ...]:
    """The words (in lower case) right beside a number and what it counts, in its clause and its own phrase (up to six
    tokens after it, past a claimant's aside, up to "and" or another number; up to six before it, back to its verb and
    up to a preposition but a sum's "of" or an age's "for"): what a record must also say ("killed by villagers", "a
    loan of 700 baht"; not "the lobby of a four-story house", "men aged 18 to 35 and women"). A word after "before"
    (or "until", "up to the", "by the time of"), "after", "during", "as", "when", "since", "if", "unless" or "because"
    comes as "before>retreat": the record must say it so too; and a year after "in", "since", "as of" or the like, as
    "in>2019"."""
    others = {k for a in reading.amounts if not a.start <= start < a.last for k in range(a.start, a.last)}
    out: list[str] = []
    k, end, payer, when, when_at = last, min(len(reading.tokens), last + 6), False, "", -1
    if (past := _past_aside(reading, last)) is not None:  # "Over 13,000 soldiers, the NUG says, are homeless"
        k, end = past, min(len(reading.tokens), past + 6)
    while k < end:
        text = reading.tokens[k].text
        if _year(text):
            out.extend(_dated(reading, k))  # "defected in 2019", "paid … as of 2019", "since January 2023": the record
            # must say so of its number too
        if text == "and" and k > last and reading.tokens[k - 1].text.lower() in PEOPLE and k + 1 < end and \
                reading.tokens[k + 1].text.lower() in PEOPLE | _POLICE:
            k, end = k + 1, min(len(reading.tokens), end + 1)  # "among soldiers and police officers before the coup":
            continue  # what it counts, not another clause
        if k in others or text.lower() in _JOINS or (text in SAYING and when not in _IF) or text in _SPEAKING or (
                not text[:1].isalnum() and text not in ("'", "’", "-")) or (k == last and text[:1].isupper()):
            break  # (a name right after it is whose it is: "Thirty-three-year-old Ko Ko Naing joined …"; what one
            # who speaks says, or to whom, is no more of it: "Seven former soldiers spoke to Al Jazeera")
        payer = payer or text == "from" or (text == "by" and unit in MONEY)  # "from the NUG", "paid … by the NUG":
        # who pays, checked apart
        anchor = when in _ANCHORED and reading.tokens[k - 1].text.lower() in (when, "the") and k - 2 <= when_at
        if when and text[:1].isupper() and text.lower() not in MONTHS and not anchor:
            break  # "Harbour Watch says 4,210 while the Valley Council says …": another's clause, with its own subject
            # (not the name of what a time is counted from: "since Operation 1027", "before Christmas")
        if (alias := _before(reading, k)) is not None:  # "until the coup", "up to the coup", "by the time of the coup"
            when, k = "before", k + alias
            end = min(len(reading.tokens), max(end, k + 3))
            continue
        if text in _WHEN:
            when, when_at = text, k  # "lost before a retreat was ordered": what follows is said after "before"
            if text != "since":  # (its words with it: "in the decade before the coup"; not "since", the records' own)
                end = min(len(reading.tokens), max(end, k + 4))
            else:  # but its year, past the window ("… police officers since the 2020 election")
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
    k, stop = start - 1, max(-1, start - 7)
    while k > stop:  # back to the verb ("receives a loan of 700 baht")
        text = reading.tokens[k].text
        if k in others or (not text[:1].isalnum() and text not in ("'", "’", "-")) or (text in SAYING and text not in ASKING) \
                or text in _JOINS:
            break
        if text in ("in", "with") and unit == "years" and set(out) - {"for"} <= _SERVICE and out[-1] != "for":
            k, stop = k - 1, max(-1, stop - 4)  # "was a cook in the air force for 18 years": the job, past the service
            continue
        if (text in _PREPOSITIONS and text not in crossed) or text[:1].isupper():
            break  # (a name: whose words before it describe it, "the exiled NUG")
        if text.isalpha() and text.islower():
            out.append(text)
            if (kinds([text]) or text in SAYS_NOTHING) and not (unit == "years" and text in _SERVICE):  # ("the air force")
                if unit in MONEY and text in _PAID:
                    out.extend(_payee(reading, k))  # "Each female defector is paid": who is paid, as the record says
                break  # the verb: its subject is no part of what is said of the number
        k -= 1
    return tuple(out) + _service_aside(reading, last)


def _service_aside(reading: Reading, last: int) -> tuple[str, ...]:
    """A service set off right after the number's phrase, which the words beside it stop short of: "joined the army at
    17 — as a police officer", "served 18 years (in the infantry)", "at 17 (the police, that is)"."""
    k = next((j for j in range(last, min(len(reading.tokens), last + 4)) if not reading.tokens[j].text[:1].isalnum()),
             None)
    if k is None or reading.tokens[k].text not in (",", "(", "[", "—", "–", "-"):
        return ()
    aside = [t.text.lower() for t in reading.tokens[k + 1:k + 9]]
    aside = aside[:next((j for j, w in enumerate(aside) if not w[:1].isalnum()), len(aside))]  # up to its end
    if aside[:1] in (["if"], ["unless"], ["because"]) and reading.tokens[k].text == ",":
        return tuple(f"{aside[0]}>{w}" for w in aside[1:] if w.isalpha())  # "700 baht a month, if he spies"
    job = aside[:2] in (["as", "a"], ["as", "an"]) or (aside[:1] == ["as"] and aside[1:2] != [] and aside[1].endswith("s")
                                                      and aside[1] not in ("was", "is", "has", "does"))  # not "as did X"
    if job or aside[:1] in (["mostly"], ["all"], ["many"], ["most"], ["some"], ["largely"], ["mainly"], ["chiefly"],
                            ["nearly"], ["almost"], ["including"], ["among"]):
        # "…, as a cook", "…, mostly generals,", "…, all of them Kachin": every word of it is the record's to say
        return tuple(w for w in aside if w.isalpha() and w not in _ASIDE_WORDS)
    return tuple(w for w in aside if w in SERVICES or (
        w in PEOPLE | _RANKS and reading.tokens[k].text != ","))  # ("12,341 junta personnel (all generals)")


# Verbs a sum is paid by, whose subject is the one paid
_PAID = frozenset(words_of("paid given granted offered get gets got receive receives received earn earns earned"))
_AUXILIARY = frozenset(words_of("is are was were be been being will would can could also now currently still"))
_DETERMINERS = frozenset(words_of("each every a an the all most some many any who"))
_LACKING = frozenset(words_of("without no not non lacking minus"))  # "Defectors without a spouse get": read apart
_SPOUSE = frozenset(words_of("spouse wife husband partner family spouses wives husbands partners families"))


def _payee(reading: Reading, verb: int) -> list[str]:
    """The words that describe the one paid, in the subject before the verb ("Each female defector is paid": female;
    "Each defector still in the army (in Bangkok, who spies) is paid"), back to the clause's first word or a verb of
    saying; none from a word of lacking ("Defectors without (with no) spouse get": read apart, sums.py), nor of a
    name ("Min Thu gets": whose it is is read apart)."""
    tokens = reading.tokens
    k = verb - 1
    while k >= 0 and tokens[k].text.lower() in _AUXILIARY:
        k -= 1
    first = k + 1
    while first > 0 and k - first < 9:
        before = tokens[first - 1].text
        relative = first > 1 and tokens[first - 2].text.lower() in ("who", "which")
        if not (before.isalnum() or before in ("'", "’", "-", ",")) or before.lower() == "that" or (
                before in SAYING and not relative):  # (past commas: "Each defector, who spies, is paid")
            break  # (not "Each defector who informs is paid": what he does describes him)
        first -= 1
    words = [t.text.lower() for t in tokens[first:k + 1] if t.text != ","]
    if words and tokens[first].text[:1].isupper() and words[0] not in _DETERMINERS and words[0] not in PEOPLE:
        return []  # a name is the one paid
    lacks = next((j for j, w in enumerate(words) if w in _LACKING and _SPOUSE & set(words[j + 1:j + 4])), len(words))
    # (a number with the word before it, as the record must say it: "Each defector over 30": over>30)
    clause = next((j for j, w in enumerate(words) if w in ("who", "which", "that")), len(words))
    # a number with the word before it ("over>30"), a word of a relative clause as one of a clause that every word
    # of counts ("who*>informs"); not what one paid as a defector did ("Deserters who fled"), nor a companion ("who
    # brings his child": read apart, parts.py)
    return [f"{words[j - 1]}>{w}" if w.isdigit() and j else f"who*>{w}" if j > clause else w
            for j, w in enumerate(words[:lacks]) if w not in _DETERMINERS and w not in PEOPLE and w not in _AUXILIARY
            and w not in _ACCOMPANYING and "defected" not in kinds([w])]


_ACCOMPANYING = frozenset(words_of("brings bring brought bringing accompanied accompanies comes came with his her their"))


# The prepositions a sum or an age is the object of ("a loan of 700 baht", "cut to 700 baht", "asks for 700 baht",
# "service for men aged 18 to 35"): the words before them are still the number's
_CROSSED = {"money": frozenset(("of", "to", "for")), "years of age": frozenset(("for", "to", "on")),
            "years": frozenset(("for",))}  # ("was a cook for 18 years")
_SERVICE = frozenset(words_of("the a an his her their its air force forces army military navy infantry police tatmadaw"))
_PREPOSITIONS = frozenset(words_of("of in on at for from with by to into onto about over under after before during since"))
_SPEAKING = frozenset(words_of("spoke speak speaks speaking talked talk talks talking shared share shares"))
_JOINS = frozenset(words_of("and or but whereas nor who which that whose where without"))
# (and of a condition or a cause: "700 baht if he spies for the NUG", "joined at 15 because he was poor")
_WHEN = frozenset(words_of("before after during when while as since if unless because"))  # ("until": _before)
# The coup in other words: "the military seized power", "the junta took over", "Min Aung Hlaing's takeover", "the putsch"
_COUP = re.compile(r"(?i:(?:the\s+)?(?:(?:military|junta|army|generals?|tatmadaw|Min\s+Aung\s+Hlaing)\s+(?:(?:seized|took|"
                   r"grabbed)\s+(?:power|over|control)|staged\s+(?:a|its|the)\s+coup)|(?:(?:military|army|junta)\s+)?"
                   r"(?:takeover|putsch|seizure\s+of\s+power)))\b")
_ANCHORED = frozenset(words_of("before after during since"))  # whose next word may name an event: "since Christmas"
_IF = frozenset(words_of("if unless because"))  # (whose every word is said: "if he informs")
_SUBJECTS = frozenset(words_of("he she they it we i you"))
_POLICE = frozenset(words_of("police military army"))
_ASIDE_WORDS = frozenset(words_of("""as a an the of them these those all mostly many most some largely mainly chiefly
    nearly almost including among whom who were are was is"""))
_RANKS = frozenset(words_of("""generals general colonels majors captains lieutenants sergeants corporals privates
    commanders"""))
# Services and their branches, and other forces: "as a police officer", "in the infantry", "with the PDF"
SERVICES = ARMED_SERVICES | frozenset(words_of("police militia pdf resistance rebels kia battalion regiment division brigade"))
_OF_YEARS = frozenset(words_of("in since before after by until during from throughout"))


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


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
