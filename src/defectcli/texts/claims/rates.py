"""How a sum is paid, in the words right after it, when that is a rate the amount's own reading (numbers/amounts.py)
does not hold: "every other month", "per fortnight", "paid once", "a month, paid weekly". A sum so paid is no
record's, and is not read as a claim (numbers.py)."""

from __future__ import annotations

import itertools

from ...numbers.amounts import Reading, rate_at
from ...numbers.vocabulary import RATES, TIME
from ...text import words_of
from .sums import MONEY

_HOW_OFTEN = frozenset(("once", "upon"))  # "(once a year)", "(upon arrival)"
_HOW_OFTEN_PAIRS = (["one", "time"], ["on", "arrival"], ["in", "total"], ["in", "all"], ["up", "front"], ["in", "one"])
_SET_OFF = frozenset((",", "(", "[", "—", "–", "-", ":", ";", "…", "...", ".", "or", "and"))


def paid_otherwise(words: list[str], k: int, per: str | None = None) -> bool:
    """Whether how a sum is paid, right after it, says what no record's rate does: "700 baht, paid once (every
    fortnight, up front, in a lump sum, at the border)", "700 baht a month, paid weekly" (a second rate), "700 baht just
    once", "altogether", "for the whole year"; not who pays ("paid by the NUG", ", paid by the NUG", ", paid monthly by
    the NUG" of a sum a month, `per`; not ", paid by the NUG every fortnight")."""
    j = k
    while j < k + 3 and words[j:j + 1] != [] and words[j] in _SET_OFF:
        j += 1  # "700 baht (paid weekly)", "— paid once", ": weekly", "monthly — or weekly"
    j += 2 * (words[j:j + 1] in (["which"], ["that"]) and words[j + 1:j + 2] in (["is"], ["are"]))  # "…, which is paid"
    after = words[j:j + 2]
    if after[:1] in (["paid"], ["payable"], ["given"], ["disbursed"], ["handed"]):
        by = j + 1 + (per is not None and words[j + 1:j + 2] != [] and RATES.get(words[j + 1]) == per)
        if words[by:by + 1] in (["by"], ["from"]):  # ", paid (monthly) by the NUG": who pays, not how often
            return any(w in RATES or w in _RATES_UNREAD or w in _HOW_OFTEN or w in ("each", "every", "per", "twice")
                       for w in itertools.takewhile(lambda w: w not in (",", ";", ".", "("), words[by + 1:]))
        return j > k or after[1:] not in (["by"], ["to"], ["from"], ["for"], ["into"], ["directly"])
    if j > k and after[:1] != [] and (after[0] in RATES or after[0] in _RATES_UNREAD or after[0] in _HOW_OFTEN or (
            after[0] in ("per", "a", "an") and after[1:] != [] and after[1] in TIME) or after in _HOW_OFTEN_PAIRS or (
            after[0] in ("each", "every", "twice", "thrice") and after[1:] not in ([], ["as"], ["what"], ["the"], ["for"],
                                                                              ["of"]))):  # (not a multiple:
        # "…, or twice as much if …", "…, twice what couples get")  # ", every other month", ", twice a
        # month", ", every Friday", "(each fortnight)"
        return True  # "700 baht, weekly", "(per week)", "– every week", ", once": a rate set off, which the amount's
        # own reading does not take
    return after in (["just", "once"], ["only", "once"], ["in", "one"], ["all", "at"], ["in", "total"], ["in", "all"]) \
        or after[:1] == ["altogether"] or \
        words[k:k + 3] in (["for", "the", "whole"], ["for", "the", "entire"], ["for", "a", "lifetime"])


def set_off_rate(reading: Reading, k: int) -> tuple[str, int] | None:
    """The period of a plain rate set off right after a sum, which the amount's own reading leaves out, and where it
    ends: "700 baht, every month" (month), "(monthly)", "— per week", ", once a month"; None for any other rate
    (paid_otherwise says those are no record's)."""
    words, j = reading.words, k
    while j < k + 3 and words[j:j + 1] != [] and words[j] in _SET_OFF - {"or", "and", "."}:
        j += 1
    period = _period(reading, j) if j > k else None
    closed = period is not None and words[k:k + 1] in (["("], ["["]) and words[period[1]:period[1] + 1] in ([")"], ["]"])
    return (period[0], period[1] + 1) if period is not None and closed else period


def leading_rate(reading: Reading, start: int) -> str | None:
    """The period of a rate the sentence opens with, set off before its sum: "Every week, each defector gets 700
    baht" (week), "Monthly, …", "Once a month, …"; "?" for a rate no record's is ("Every fortnight, …", "Twice a
    month, …")."""
    words = reading.words
    comma = words.index(",") if "," in words[:6] else start
    if not 0 < comma < start or not (words[0] in _OPENS_RATE or words[0] in RATES or words[0] in _RATES_UNREAD):
        return None
    if any(b.start < comma for b in reading.amounts):
        return None  # "Each defector gets 700 baht, or 1,400 …": a sum before the comma, no rate opening the sentence
    period = _period(reading, 0)
    return period[0] if period is not None and period[1] == comma else "?"


def closing_rate(reading: Reading, k: int) -> str | None:
    """The period of a plain rate that ends the sentence after a sum with none (words[k:] the words after it), past
    only the words of another sum and of whom it is for: "700 baht, or 1,400 baht with a spouse, every week" (week,
    for both); "?" for a rate no record's is ("…, every fortnight"); None when another clause comes between ("700 baht,
    and he works every day")."""
    words = reading.words
    for j in range(k, len(words)):
        if words[j] in _OPENS_RATE or words[j] in RATES or words[j] in _RATES_UNREAD or (words[j] in ("a", "an") and (
                words[j + 1:j + 2] != [] and (words[j + 1] in TIME or words[j + 1] in _PERIODS_UNREAD))):  # ", a day"
            period = _period(reading, j)
            if period is not None and words[period[1]:] in ([], ["."]) and j > k:
                return period[0]
            return "?" if j > k and words[j] in _RATES_UNREAD | {"every", "each", "per", "a", "an"} and \
                words[j + 1:j + 2] != [] and words[j + 1] not in TIME else None  # (", a fortnight": "?")
        if not (words[j] in _FOR_WHOM or words[j][:1].isdecimal() or words[j] in MONEY):
            return None
    return None


# the words of a second sum and of whom a sum is for, which a rate closing the sentence reaches past
_FOR_WHOM = frozenset((*_SET_OFF - {"."}, *words_of("""with without a an the his her their spouse wife husband partner
    couple couples married ones one if accompanied by for single unmarried defector defectors family families child
    children""")))


def _period(reading: Reading, j: int) -> tuple[str, int] | None:
    """The period of the plain rate at words[j] ("monthly", "every week", "per day", "once a year"), as the amount's own
    reading reads one after its unit, and its end; None when more follows it than a mark or the sentence's end."""
    words = reading.words
    j += words[j:j + 2] in (["once", "a"], ["once", "an"], ["once", "every"], ["once", "per"])
    if words[j:j + 1] in (["paid"], ["payable"], ["given"], ["disbursed"], ["issued"]):
        return None  # "…, paid weekly": how it is paid (paid_otherwise)
    per, end = rate_at(reading, j)
    return (per, end) if per is not None and (words[end:end + 1] == [] or words[end] in _ENDS) else None


_OPENS_RATE = frozenset(("every", "each", "per", "once", "twice", "thrice"))
_ENDS = frozenset((",", ".", ")", "]", ";", "—", "–", ":", "!", "?"))


def counted_rate(words: list[str], k: int) -> bool:
    """Whether a rate the amount's own reading left out starts at words[k]: of more than one unit of time or
    several times one ("every other month", "per two months", "twice a month", "two times a month", "once
    every two months"), or of a period it does not know ("per fortnight", "quarterly", "semi-monthly", "per
    working day", a second "per": "per month per child")."""
    ahead = words[k:k + 2]
    if ahead[:1] in (["paid"], ["payable"], ["given"]) and ahead[1:] != [] and (ahead[1] in _RATES_UNREAD or ahead[1] in (
            "once", "twice", "upfront")):
        return True  # "700 baht paid once", "paid quarterly"
    if ahead[:1] in (["twice"], ["thrice"], ["once"], ["semi"], ["bi"]) or ahead[1:] == ["times"]:
        return True
    if (ahead[:1] != [] and ahead[0] in _RATES_UNREAD) or ahead in (["for", "each"], ["for", "every"]):
        return True  # "quarterly"; "700 baht a month for each child"
    if ahead[:1] in (["a"], ["an"], ["/"], ["upon"]) and ahead[1:] != [] and ahead[1] in _PERIODS_UNREAD:
        return True  # "a quarter", "/week", "a head", "upon arrival"
    if ahead[:1] == ["in"] and any(w in _PERIODS_UNREAD - {"a"} for w in words[k + 1:k + 3]):
        return True  # "in a lump sum", "in a week" (not "in a safe house", "in a single room")
    if ahead[:1] in (["x"], ["×"], ["times"], ["one"]) or ahead == [",", "monthly"] or words[k:k + 3] in (
            ["for", "the", "first"], ["the", "first", "month"], ["for", "himself", "and"], ["for", "herself", "and"]) \
            or ahead in (["between", "them"], ["p", "."], ["in", "total"], ["as", "a"], ["up", "front"], ["on", "arrival"]) \
            or ahead[:1] == ["upfront"]:
        return True  # "700 baht x 2", "times two", "one time", "700 baht, monthly, per child"
    return ahead[:1] in (["every"], ["per"], ["each"]) and len(ahead) > 1  # what the reading took is before k


_PERIODS_UNREAD = frozenset(words_of("""quarter fortnight semester season term shift night decade lifetime head piece arrival
    a week wk yr year month mo p lump"""))
_RATES_UNREAD = frozenset(words_of("""fortnightly quarterly biweekly bimonthly biannually semiannually hourly nightly
    semimonthly semiweekly"""))


def paid_once(words: list[str], start: int) -> bool:
    """Whether the words before a sum say it is paid once: "a one-time (single, lump-sum) payment of 700 baht"."""
    window = words[max(0, start - 6):start]
    single = "single" in window and window[window.index("single") + 1:][:1] not in (["rate"], ["rates"], ["defectors"],
                                                                                    ["defector"], ["ones"], ["people"])
    once = single or "lump" in window or any(window[j:j + 3] in (["one", "-", "time"], ["one", "-", "off"])
                                             or window[j:j + 2] in (["one", "time"], ["one", "off"]) for j in range(len(window)))
    return once and window[-1:] in (["of"], ["a"], ["single"])  # (not "twice the single rate of": one without a spouse)


def rate_in(reading: Reading, start: int, end: int) -> str | None:
    """The period of a rate in words[start:end] ("half what couples get each week": week); "?" for a rate no record's
    is ("… every fortnight", "… quarterly"); None for none."""
    words = reading.words
    for j in range(start, end):
        after = words[j + 1] if j + 1 < len(words) else ""
        if words[j] in _RATES_UNREAD or (words[j] in ("every", "each", "per", "a", "an") and after not in TIME
                                         and after in _PERIODS_UNREAD - {"a", "p", "head", "piece"}):
            return "?"
        if (words[j] in RATES or words[j] in ("every", "each", "per", "a", "an")) and (per := rate_at(reading, j)[0]):
            return per
    return None
