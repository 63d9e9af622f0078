"""Which event a date is of: the kind the verbs of its own clause name ("enlisted in 2020 and defected in
2024": 2020 is the enlistment). A verb of joining is an enlistment only when what is joined is the
military ("joined the army", "joined up", "enlisted in 2020"), not "joined the PDF" or "entered Thailand";
a clause whose verb names no kind the fact base records ("left the army in 2014", "fell in 2021") dates
an event of no known kind (OTHER), which no record is: its words alone ("army") would point at another."""

from __future__ import annotations

from ...numbers.happenings import by_force
from ...numbers.values import is_year
from ...numbers.vocabulary import DATED_NOUNS, MONTHS, ONES, SAYING, TENS
from ...text import words_of
from .counted import anchored
from .negation import clause
from .verbs import RECRUITING

ENLISTMENT = frozenset(words_of("""joined join joins joining enlisted enlist enlists enlisting entered enters recruited
    conscripted drafted enlistment signed sign signs entry recruitment enrolment enrollment induction entrance admission
    enrolled enroll enrol enrolls enrols enrolling inducted induct inducts"""))  # (other words of joining: joinings.py)
# Verbs and nouns that say which event a date belongs to, by event kind (facts/README.md lists the kinds).
EVENT_VERBS = {
    "defection": {"defect", "defected", "defects", "defecting", "defection", "desert", "deserted", "deserts",
                  "deserting", "desertion", "quit", "fled", "escaped"},
    "enlistment": ENLISTMENT,
    "coup": {"coup", "seized", "overthrew", "putsch"},
    "crackdown": {"crackdown", "protests", "protesters", "brutalizing", "brutalising"},
    "interview": {"interview", "interviews", "interviewed"},
    "law": {"law", "conscription", "enforcement", "enforced"},
    "trend": {"peaked", "peak", "peaks", "peaking", "surge", "surged", "wave"},
}
OTHER = "other"  # an event the clause's verb names, of no kind above
_FORCED = frozenset(words_of("conscripted drafted"))  # a joining by force: no record's enlistment

# What a verb of joining joins when it is the military ("joined the army's 33rd division", "entered service").
MILITARY = frozenset(words_of("""army armies military tatmadaw armed air navy infantry battalion battalions regiment
    division troops service"""))  # "force" alone is any force: "the police force", "People's Defence Force"
OTHER_FORCE = frozenset(words_of("police rebel rebels resistance militia pdf guerrilla guerrillas insurgent insurgents"))
# What may stand before "army" in the name of the military itself.
_THE_ARMY = frozenset(words_of("myanmar burma burmese junta regime military national tatmadaw the"))
# Words between a verb of joining and what it joins ("joined up", "enlisted in the army").
_LEADING = frozenset(words_of("""the a an his her their its in into up by as myanmar burma burmese national back then again
    later soon first"""))
# Words that end what is joined: "joined the army in 2020", "enlisted at 17", "enlisted later than".
_ENDING = frozenset(words_of("""in at on when after before aged during since to for while as and or but because with than
    prior following ago"""))
# Words after a verb of joining that say when, not what is joined: "enlisted long before", "six years after".
_WHEN = frozenset(words_of("""long earlier later much well shortly soon just only some a few one two three four five six
    seven eight nine ten year years month months week weeks day days decade decades"""))
# Verbs in the past that name an event, though not one of the kinds above.
_IRREGULAR = frozenset(words_of("""left leave leaves went go goes fell spent met became become got gave made ran saw sent
    brought bought sold won lost born took rose grew flew drove wrote kept held"""))
# Words ending in -ed that name no event of their own: no verbs ("the armed forces", "aged 17"), or verbs that
# say the event the sentence names took place ("the uprising started in 2019").
_NO_EVENT = frozenset(words_of("""armed united aged based named called hundred need indeed dated alleged so-called
    related unrelated unnamed unidentified limited detailed supposed reported estimated expected used tried started
    ended happened occurred erupted commenced unfolded broke opposed compared contrasted"""))  # "as opposed to"


def event_near(words: list[str], at: int, named: frozenset[int] = frozenset()) -> tuple[str | None, int | None]:
    """The kind of event the word nearest to words[at] names ("the coup took place in ..."), if any, and
    where that word is: of its own clause first, and of two as near, the one before it; OTHER when the
    clause names an event of no known kind. `named`: where the sentence's names start."""
    noun = _modified(words, at)
    if noun is not None:  # "The February 1, 2021 coup was followed by …": the coup, whatever the clause's verb
        return (OTHER, None) if noun[0] == "enlistment" and words[noun[1] + 1:noun[1] + 2] in (
            ["into"], ["to"]) and not joins_military(words, noun[1] + 1) else noun  # (not "his 2014 entry into Thailand")
    lo, hi = clause(words, at, at + 1)
    # a clause with no verb of its own ("In 2020, …", "…, before Min Thu in 2011") or a relative one ("The
    # coup, which took place in 2022,") has the verb of the clause it belongs to
    bare = not any(names_event(words, k) or words[k] in _BEING for k in range(lo, hi)) or \
        words[lo:lo + 1] in (["which"], ["that"], ["when"], ["where"]) or "that" in words[at:hi] or \
        any(words[k:k + 2] in (["did", "so"], ["did", "the"]) for k in range(lo, hi))  # "It was in 2014 that", "did so"
    # "Lin Aung in 2020 and Zeya Hein in 2014 joined the army": the verb of the next clause is both's
    shared = bare and words[hi:hi + 1] == ["and"]
    # another clause's verb dates only a bare date phrase ("In 2020, Lin Aung enlisted"), not a clause of its
    # own ("Lin Aung enlisted; in 2014 the economy was bad")
    found = [(not lo <= k < hi, abs(k - at), k > at, k, kind) for k, w in enumerate(words)
             for kind, verbs in EVENT_VERBS.items() if w in verbs
             and (lo <= k < hi or (bare and (not _dates_own(words, k) or (shared and clause(words, k, k + 1)[0] == hi + 1))))
             and words[max(k - 2, 0):k] not in (["instead", "of"], ["rather", "than"])  # not "instead of deserting"
             and not _anchor(words, k)]
    if "career" in words[lo:hi]:  # "Lin Aung's military career began in 2020": his enlistment; how it ended, no record
        return ("enlistment" if {"began", "started", "start", "begin"} & set(words[lo:hi]) else OTHER), None
    if any(words[k:k + 2] == ["took", "part"] or words[k] in ("participated", "attended") for k in range(lo, hi)):
        return OTHER, None  # "took part in the protests in 2020": a person's part in an event is no record's date
    if any(not f[0] for f in found):
        *_, k, kind = min(f for f in found if not f[0])
        whom = words[k] in RECRUITING and k + 1 in named
        if any(f[4] == "enlistment" and not joins_military(words, f[3]) for f in found if not f[0]) and not whom:
            return OTHER, None  # "joined the protests in 2020": joining something else, whatever else the clause says
        if kind == "enlistment" and (words[k] in _FORCED or words[k - 1:k] in (["forcibly"], ["forced"]) or
                                     words[max(0, k - 2):k] in (["forced", "to"], ["made", "to"], ["compelled", "to"],
                                                               ["coerced", "into"], ["forced", "into"]) or
                                     by_force(words[lo:hi]) or by_force(words)):
            return OTHER, None  # "X was conscripted in 2020": forced into the army, which no record of joining says
        if kind == "enlistment" and words[hi:hi + 1] in ([","], ["("], ["—"], ["–"], ["-"]) and \
                OTHER_FORCE & set(words[hi + 1:hi + 8]):
            return OTHER, None  # "Lin Aung enlisted in 2020, as a police officer": another force, set off after it
        return (OTHER if kind == "enlistment" and not whom and not joins_military(words, k) else kind), k
    if any(names_event(words, k) for k in range(lo, hi)):
        return OTHER, None
    phrase = all(w in _GAP_WORDS or w[:1].isdecimal() or w in ("back", "then", "by") for w in words[lo:hi])
    if words[hi:hi + 1] == [","] and hi + 1 < len(words) and phrase and not found:
        after = clause(words, hi + 1, hi + 2)  # "In 2020, Lin Aung crossed …": the date is the next clause's
        if any(names_event(words, k) and words[k] not in SAYING for k in range(*after)):  # not ", the council said"
            return OTHER, None
    if _gapped(words, lo, hi):  # "Zeya Hein enlisted in 2014, Lin Aung in 2020": the verb of the clause before
        before = [(at - k, k, kind) for k, w in enumerate(words[:lo]) for kind, verbs in EVENT_VERBS.items()
                  if w in verbs and not _anchor(words, k)]
        before += [(at - k, k, OTHER) for k in range(lo) if names_event(words, k) and words[k] not in SAYING]
        if before:  # "Zeya Hein left the army in 2020, and Lin Aung in 2014": left, no event it records
            _, k, kind = min(before)
            return (OTHER if kind == "enlistment" and not joins_military(words, k) else kind), k
    if not found:
        return None, None
    *_, k, kind = min(found)  # "In 2014, Zeya Hein entered prison": a joining of another clause's, held as its own is
    return (OTHER if kind == "enlistment" and not joins_military(words, k) else kind), k


_UNITS = frozenset(words_of("day days week weeks month months year years decade decades"))


def _anchor(words: list[str], k: int) -> bool:
    """Whether words[k] is the event a span is counted from ("In 2021, one year after the coup, X defected"): the
    date is of the event the span ends at, not of its anchor."""
    j = k - 1 if words[k - 1:k] in (["the"], ["a"]) else k
    return (words[j - 1:j] in (["after"], ["before"], ["since"]) and words[j - 2:j - 1] != [] and words[j - 2] in _UNITS) \
        or anchored(words, k)  # ("three years after the 2021 coup", "a year after Myanmar's military coup")


_NOUNS = DATED_NOUNS


def _modified(words: list[str], at: int) -> tuple[str, int] | None:
    """The event a date written before its noun names ("the February 1, 2021 coup", "the 2014 enlistment"),
    and where that noun is; None when the date is not so written."""
    j = at
    while j < len(words) and (words[j][:1].isdecimal() or words[j] in MONTHS or words[j] in (",", "st", "nd", "rd", "th")):
        j += 1
    if j == at or j >= len(words) or words[j] not in _NOUNS or words[j - 1] == ",":
        return None
    return next(((kind, j) for kind, verbs in EVENT_VERBS.items() if words[j] in verbs), None)


def _gapped(words: list[str], lo: int, hi: int) -> bool:
    """Whether the clause words[lo:hi] leaves out the verb of the clause before it: a few words after a
    comma or "and", none of them a verb ("…, Lin Aung in 2020")."""
    rest = [w for w in words[lo:hi] if w[:1].isalpha() and w not in _GAP_WORDS]
    return words[lo - 1:lo] in ([","], ["and"], [";"]) and len(rest) <= 4 and not any(
        w in _IRREGULAR or w.endswith("ed") or w in SAYING or w in _BEING for w in rest)


_GAP_WORDS = frozenset(words_of("in on at the of during")) | frozenset(MONTHS)
_BEING = frozenset(words_of("is was were are be been has have had did does do will would"))
_AT_AN_AGE = frozenset(words_of("the age aged just only least once first last"))


def joins_military(words: list[str], k: int) -> bool:
    """Whether the verb of joining at words[k] joins the military: what follows it names the military,
    or nothing is named ("joined in 2020", "joined up at 17")."""
    return _military(words, k, _joined(words, k))


def _military(words: list[str], k: int, joined: list[str]) -> bool:
    """joins_military, given what the verb at words[k] joins."""
    if any(w in ("army", "armies") and j > 0 and joined[j - 1] not in _THE_ARMY for j, w in enumerate(joined)):
        return False  # "the Arakan Army", "a resistance army", "the people's army": not the military
    if OTHER_FORCE & set(joined):
        return False  # "a police battalion", "a rebel unit": another force's, whatever its unit is called
    if joined[:1] in (["it"], ["them"]):  # "X, who admired the army, joined it": what the pronoun stands for
        named = [w for w in words[max(0, k - 12):k] if w in MILITARY or w in OTHER_FORCE]
        return bool(named) and named[-1] in MILITARY
    return not joined or any(w in MILITARY for w in joined)


def joins_service(words: list[str], k: int) -> bool:
    """Whether the verb of joining at words[k] joins the military or the police ("joined the police at 20"): a
    service a person's record gives, which a verdict holds the sentence's against (verdicts/services.py); not
    another force ("joined the PDF at 19"), whose joining no record of the military's is."""
    joined = _joined(words, k)
    return _military(words, k, joined) or (bool(_POLICE & set(joined)) and not (OTHER_FORCE - _POLICE) & set(joined))


_POLICE = frozenset(words_of("police policeman policemen"))


def _joined(words: list[str], k: int) -> list[str]:
    """The words that name what the verb of joining at words[k] joins ("the army's 33rd division", "a shipping
    firm"), up to five, past the words that lead to them and those that say when."""
    j = k + 1
    while j < len(words) and (words[j] in _LEADING or (words[j].endswith("ly") and len(words[j]) > 4)  # "formally"
                              or (words[j].isdecimal() and len(words[j]) == 4)):  # "enlisted in 2020 with the police"
        j += 1
    if words[j:j + 1] == ["on"] and words[j + 1:j + 2] in (["with"], ["as"], ["at"], ["to"], ["for"]):
        j += 1  # "signed on with a shipping firm", "took on as a deckhand": a particle, then what is joined
    if words[j:j + 1] == ["at"] and words[j + 1:j + 2] != [] and words[j + 1].isalpha() and words[j + 1] not in _AT_AN_AGE \
            and words[j + 1] not in ONES and words[j + 1] not in TENS:  # (not an age in words: "enlisted at seventeen")
        j += 1 + (words[j + 1] in ("a", "an"))  # "enlisted at a bank (at Google) in 2020": where, what is joined; not
        # "at the age of 17", "at 17"
    elif words[j:j + 1] == ["for"] and words[j + 1:j + 2] != [] and words[j + 1].isalpha() and (
            words[j + 1] not in _WHEN or (words[j + 1] in ("a", "an") and (words[j + 2:j + 3] or ["a"])[0] not in _WHEN)):
        j += 1 + (words[j + 1] in ("a", "an", "the"))  # "signed up for English classes (for the army)": what is joined
    elif (words[j:j + 1] == ["with"] and words[j + 1:j + 2] in (["the"], ["a"], ["an"])) or words[j:j + 2] == ["as", "a"]:
        # (or "with a rebel army", "as a police officer")
        j += 2  # "enlisted with the police": what is joined (not "enlisted with Min Thu": with whom)
    joined: list[str] = []
    while j < len(words) and len(joined) < 5 and words[j][:1].isalpha() and words[j] not in _ENDING:
        if words[j] not in _WHEN and words[j] not in ONES and words[j] not in TENS:  # "enlisted long before", "six
            # years after", "twenty-one years before", "later than": when, not what
            joined.append(words[j].removesuffix("'s").removesuffix("’s"))
        j += 1
    return joined


def names_event(words: list[str], k: int) -> bool:
    """Whether words[k] is a verb in the past that names an event ("left", "crossed"; "said": a date of
    the saying), not a verb of being ("was", "took place") or a word in -ed that is no verb ("armed",
    "aged")."""
    word = words[k]
    if word in _NO_EVENT or words[k:k + 2] == ["took", "place"]:
        return False
    return word in SAYING or word in _IRREGULAR or (len(word) >= 5 and word.endswith("ed") and word.isalpha())


def _dates_own(words: list[str], k: int) -> bool:
    """Whether the clause of words[k] has a year of its own: its verb is that year's, not another's
    ("joined the army in 2020 and left it in 2021": 2021 is not the joining)."""
    lo, hi = clause(words, k, k + 1)
    if "both" in words[lo:k]:  # "Zeya Hein in 2014 and Lin Aung in 2020 both enlisted": the verb is both's
        return False
    return any(is_year(w) for w in words[lo:hi])
