"""Joining the military said in other words: "became a soldier", "went (got) into the army", "has been in the army
since 2014", "a soldier since 15". Each is read as the verb of joining itself, "joined", so that what reads a joining
(events.py for a date's event, numbers.py for an age on joining) takes it as it takes "joined the army": the words
of the reading that those two are given have "joined" in the phrase's head, "military" or "police" for the noun of
who serves ("a soldier", "a policeman"), and "in", "at" or "when" for a "since" of the start of service. The words
the claim keeps (what it is about, what the record must also say) are left as written. A rank one becomes ("became
a captain", "a general by 19") is no joining, nor is going into a place ("went into hiding", "into the army camp")."""

from __future__ import annotations

from dataclasses import replace

from ...numbers.amounts import Reading
from ...numbers.bounds import date_at
from ...numbers.values import is_year
from ...numbers.vocabulary import ONES, TENS
from ...text import words_of
from .events import ENLISTMENT, MILITARY, OTHER_FORCE

_BECOMING = frozenset(words_of("became become becomes becoming"))
_GOING = frozenset(words_of("went go goes going gone got get gets getting"))  # … into the army
# Who serves, by the force they serve in: "became a soldier" joins the military, "became a policeman" the police
# (not "became a captain", "a general", "an officer": a rank, which one may reach long after joining)
_SERVING = {**dict.fromkeys(words_of("""soldier soldiers serviceman servicemen servicewoman servicewomen recruit recruits
    cadet cadets sailor sailors airman airmen marine marines trooper troopers infantryman infantrymen"""), "military"),
    **dict.fromkeys(words_of("policeman policemen policewoman policewomen constable constables"), "police")}
_POLICE_RANKS = frozenset(words_of("officer officers"))  # "a police officer": the police, not a rank
# Places one may go into that a force's name may lead: "went into the army camp" enters no army
_PLACES = frozenset(words_of("""base bases camp camps barracks compound compounds headquarters post posts office offices
    hospital building station stations academy school"""))
_BEING = frozenset(words_of("been served serving serve serves"))  # "has been (served) in the army since 2014"


def as_joined(reading: Reading) -> Reading:
    """The reading with every phrase of joining the military (or the police) written as "joined", and the dates a
    "since" of the start of service gives ("has been in the army since 2014": joined in 2014) added."""
    words = list(reading.words)
    for k, w in enumerate(reading.words):
        if w in _BECOMING and (noun := _who_serves(words, k + 1)) is not None:
            words[k], words[noun] = "joined", _SERVING.get(words[noun], "police")  # "became a soldier"
        elif w in ENLISTMENT and words[(j := k + 1 + (words[k + 1:k + 2] in (["up"], ["on"]))):j + 1] == ["as"] and \
                (noun := _who_serves(words, j + 1)) is not None:
            words[noun] = _SERVING.get(words[noun], "police")  # "enlisted (signed up) as a soldier": in the military
        elif w in _GOING and words[k + 1:k + 2] == ["into"] and _force(words, k + 2, len(words)):
            words[k] = "joined"  # "went into the army": not "went into hiding", "into Thailand", "into the army camp"
        elif w == "since":
            _since(words, k)
    if words == reading.words:
        return reading
    known = {d.start for d in reading.dates}
    added = [d for k, w in enumerate(words) if w == "in" and reading.words[k] == "since" and k + 1 not in known
             and (d := date_at(reading.tokens, words, k + 1)) is not None and d.year is not None]
    return replace(reading, words=words, dates=sorted([*reading.dates, *added], key=lambda d: d.start))


def _who_serves(words: list[str], j: int) -> int | None:
    """Where the noun of one who serves in a force is, from words[j] on ("a (child) soldier", "soldiers", "a police
    officer", "a young army recruit"); None when the words there name none."""
    j += words[j:j + 1] in (["a"], ["an"])
    for n in range(j, min(j + 3, len(words))):  # (up to two words before the noun)
        if words[n] in _SERVING or (words[n] in _POLICE_RANKS and words[n - 1] == "police"):
            return n
        if not words[n].isalpha():
            return None
    return None


def _force(words: list[str], j: int, k: int) -> bool:
    """Whether words[j:k] name a force one joins ("the army", "the Myanmar military", "the police") and no place of
    one ("the army camp")."""
    named = [w for w in words[j:min(k, j + 5)] if w.isalpha()][:4]
    return not any(w in _PLACES for w in named) and any(w in MILITARY or w in OTHER_FORCE for w in named[:3])


def _since(words: list[str], k: int) -> None:
    """A "since" of the start of service ("has been in the army since 2014", "has served with the military since
    the age of 15", "a soldier since 15", "in the army since he was 15") written as the joining at that time."""
    after = words[k + 1:k + 4]
    if after[:1] != [] and is_year(after[0]):
        when = "in"
    elif after[:1] in (["he"], ["she"], ["they"]) and after[1:2] in (["was"], ["were"]):
        when = "when"  # "since he was 15": as "joined when he was 15"
    elif after[:1] != [] and (after[0].isdecimal() or after[0] in ONES or after[0] in TENS or after[0] == "age"
                              or after[:3] == ["the", "age", "of"]):
        when = "at"  # "since 15", "since fifteen", "since the age of 15"
    else:
        return
    for head in range(k - 1, max(0, k - 7), -1):
        being = words[head] in _BEING
        if being or (words[head] in ("in", "with", "a", "an") and words[head - 1] in (",", "(", "—", "–")):
            j = head + being  # "has been in the army since", or set off: "X, in the army (a soldier) since 2014,"
            noun = _who_serves(words, j) if words[j:j + 1] in (["a"], ["an"]) or being else None
            if noun == k - 1:  # "been a soldier since", "a soldier since"
                words[noun] = _SERVING.get(words[noun], "police")
            elif noun is not None or words[j:j + 1] not in (["in"], ["with"]) or not _force(words, j + 1, k) or \
                    not all(w.isalpha() for w in words[j + 1:k]):
                return  # ("has served since 2014": in what, unsaid)
            words[head], words[k] = "joined", when
            return
        if words[head] in (",", ";", ".", "and", "but"):
            return
