"""Who did what a date is of, when an event is done by someone ("The NUG staged a coup on February 1, 2021",
"the junta seized power in 2021", "the coup was led by the KIA", "The NUG, which came to power in a coup, …", "the coup
was the NUG's doing"): the words that name the doer, which the
verdict holds against the record's organisations and people. A person's own event (an enlistment) is read
by about.py; this reads the doer of an event a group does to a country."""

from __future__ import annotations

from ...numbers.values import Token
from ...numbers.vocabulary import MONTHS, PASSING, REACHING, SEIZING
from ...text import words_of
from .negation import clause

# Verbs whose object is the event's noun: "staged a coup", "led the putsch", "launched a crackdown"
_DOING = frozenset(words_of("""staged stage stages staging led lead leads leading launched launch launches mounted mount
    orchestrated orchestrate masterminded plotted organised organized executed carried carry carries began started
    waged conducted attempted engineered"""))
_NOUNS = frozenset(words_of("coup putsch crackdown"))
# Verbs that are the event themselves: "the junta seized power", "the army overthrew the government"
_ITSELF = frozenset(words_of("seized seize seizes overthrew overthrow overthrows toppled ousted"))
_BEFORE_NOUN = frozenset(words_of("a an the its their his her military bloodless violent brutal deadly failed"))
# Words before the doer that are not it: a leading date ("In 2021 the NUG staged …") or a linking word
_LEAD = frozenset(words_of("in on during by early late then so thus later and but when after before"))
_AUX = frozenset(words_of("had has have then also allegedly reportedly jointly together later first"))


def agent_of(toks: list[Token], words: list[str], sentence: str, verb: int | None) -> str | None:
    """The words of `sentence` that name who did the event whose word is at words[verb], as written ("the NUG"),
    when the sentence says who; None when it does not, or names the doer with a relative word ("the general who
    staged the coup")."""
    if verb is None:
        return None
    k = verb
    if words[k] in _NOUNS:
        after = _by_after(toks, words, sentence, k)
        if after is not None:
            return after
        j = k - 1
        while j > 0 and (words[j] in _BEFORE_NOUN or words[j][:1].isdecimal() or words[j] in MONTHS or words[j] == ","):
            j -= 1  # "staged the February 1, 2021 coup"
        if j >= 0 and words[j].endswith(("'s", "’s")):  # "the NUG's coup": whose it is, its doer
            return _named(toks, words, sentence, j, j + 1, owner=True)
        if words[j] == "in" and (seized := _seizing(words, j)) is not None:
            j = seized  # "took (seized) power in a coup", "came to power in a coup", "took over the country in a coup"
        elif j >= 1 and words[j] in ("out", "off") and words[j - 1] in _DOING | {"pulled", "pull", "pulls"}:
            j -= 1  # "carried out (pulled off) a coup"
        elif j >= 1 and words[j] == "behind" and words[j - 1] in ("was", "is", "were"):
            j -= 1  # "The NUG was behind the coup"
        elif j >= 1 and words[j] == "from" and words[j - 1] in ("fresh", "straight"):
            j -= 1  # "The NUG, fresh from its coup of …,": the name the phrase is set off after (_named)
        elif j < 0 or words[j] not in _DOING:
            return None
        k = j
    elif words[k] in _TREND:
        return _whose_defections(toks, words, sentence, k)
    elif words[k] not in _ITSELF:
        return None
    return _named(toks, words, sentence, clause(words, k, k + 1)[0], k)


def _seizing(words: list[str], j: int) -> int | None:
    """Where the verb of seizing or coming to power is whose phrase ends right before words[j] ("took power", "came to
    power", "seized control of the country", "took over the country"), or None."""
    k = j - 1
    while k > 0 and j - k <= 5 and words[k] in _POWER:
        k -= 1
    return k if k < j - 1 and words[k] in SEIZING and words[k + 1] in _POWER - {"the", "of"} else None


def _named(toks: list[Token], words: list[str], sentence: str, lo: int, k: int, owner: bool = False) -> str | None:
    """The doer's words among words[lo:k], after a leading date or linking word and before an auxiliary (or, with
    `owner`, the possessive ending words[k - 1], its "'s" left out); of a relative clause set off after a name ("The
    NUG, which staged a coup …,"), that name."""
    if owner:
        lo = clause(words, lo, k)[0]
    if lo == k and lo >= 1 and words[lo - 1] in _PARTICIPLE:
        lo -= 1  # "…, after staging a coup": "after" bounds the clause, and opens the phrase
    if words[lo:lo + 1] in (["which"], ["who"], *([w] for w in _PARTICIPLE)) and lo >= 2 and \
            words[lo - 1] in (",", "(", "—", "–"):
        return _named(toks, words, sentence, clause(words, lo - 2, lo - 1)[0], lo - 1)
    if lo == 0 and words[:1] != [] and words[0] in _PARTICIPLE:  # "Having seized power …, the NUG pays": the subject after
        return _subject_after(toks, words, sentence, next((j for j in range(k, len(words)) if words[j] == "," and not (
            words[j - 1][:1].isdecimal() and words[j + 1:j + 2] != [] and words[j + 1][:1].isdecimal())), len(words)))
    first, last = lo, k
    while first < last and (words[first] in _LEAD or words[first][:1].isdecimal() or words[first] in MONTHS or
                            words[first] in (",", "st", "nd", "rd", "th")):
        first += 1
    while last > first and words[last - 1] in _AUX:
        last -= 1
    if words[first:first + 2] in (["it", "was"], ["it", "is"]) and words[last - 1:last] in (["that"], ["who"]):
        first, last = first + 2, last - 1  # "It was the NUG that staged the coup": the NUG
    if first >= last or any(w in ("who", "which", "that", "whom") for w in words[first:last]) or \
            {w.removesuffix("'s").removesuffix("’s") for w in words[first:last]} <= _THE_MILITARY:
        return None  # the military in any of its names: the record's doer (whether other words are a name, candidates.py)
    return sentence[toks[first].start:toks[last - 1].end - 2 * owner]


def _subject_after(toks: list[Token], words: list[str], sentence: str, hi: int) -> str | None:
    """The subject of the main clause after an opening participial phrase ending at words[hi] (its comma): its
    article and the capitalised words of its name ("the NUG", "People's Embrace"); None when there is none, or it is
    the military in any of its names."""
    first = hi + (words[hi:hi + 1] == [","])
    last = first + (words[first:first + 1] == ["the"])
    while last < len(words) and (toks[last].text[:1].isupper() or words[last] in ("'s", "’s")):
        last += 1
    if last == first or {w.removesuffix("'s").removesuffix("’s") for w in words[first:last]} <= _THE_MILITARY:
        return None
    return sentence[toks[first].start:toks[last - 1].end]


def _whose_defections(toks: list[Token], words: list[str], sentence: str, k: int) -> str | None:
    """Whose defections a trend is of, in the clause of its verb at words[k]: "Police defections peaked", "Defections
    from the PDF surged" (the military's, the record's, is None)."""
    lo = clause(words, k, k + 1)[0]
    at = next((j for j in range(lo, k) if words[j] in ("defections", "desertions")), None)
    if at is None:
        return None
    if words[at + 1:at + 2] in (["from"], ["by"], ["of"], ["among"]):  # up to its verb: "from the military hit their peak"
        return _named(toks, words, sentence, at + 2, next((j for j in range(at + 2, k) if words[j] in _ENDS_NAME), k))
    first = at
    while first > lo and words[first - 1].isalpha() and words[first - 1] not in ("the", "a", "an", "of", "in", "and"):
        first -= 1
    if first == at or set(words[first:at]) <= _THE_MILITARY or not (
            set(words[first:at]) & _GROUPS or (first > 0 and toks[first].text[:1].isupper())):
        return None  # ("Recent defections": when, not whose)
    return sentence[toks[first].start:toks[at - 1].end]  # ("Police (navy) defections": another force's)


def _by_after(toks: list[Token], words: list[str], sentence: str, k: int) -> str | None:
    """The doer after "by" in a passive ("the coup was staged by the KIA", "a coup led by the NUG in 2021")."""
    j = k + 1
    if words[j:j + 1] in (["of"], ["on"], ["in"]):  # "The coup of February 1, 2021 was …": past its date
        j += 1
        while j < len(words) and (words[j][:1].isdecimal() or words[j] in MONTHS or words[j] in (",", "st", "nd", "rd", "th")):
            j += 1
    j += words[j:j + 1] in (["was"], ["is"], ["had"])
    j += words[j:j + 1] in (["been"],)
    if (owned := _whose_doing(toks, words, sentence, j)) is not None:
        return owned or None  # "was the NUG's doing"
    j += words[j:j + 1] == ["the"] and words[j + 1:j + 2] in (["work"], ["doing"], ["handiwork"])  # "was the work of X"
    verb = j
    j += words[j:j + 1] != [] and words[j] in _DOING and words[j + 1:j + 2] == ["out"]  # "was carried out by the NUG"
    if words[verb:verb + 1] == [] or words[verb] not in _DOING | _WORK or words[j + 1:j + 2] not in (["by"], ["of"]):
        return None
    first = last = j + 2
    while last < len(words) and words[last][:1].isalpha() and words[last] not in _END:
        last += 1
    return sentence[toks[first].start:toks[last - 1].end] if last > first and not set(words[first:last]) <= _THE_MILITARY \
        else None


def _whose_doing(toks: list[Token], words: list[str], sentence: str, j: int) -> str | None:
    """The doer a possessive from words[j] names as whose work the event was ("was the NUG's doing (work)", "was the
    NUG's"): its words, "" for the military's (the record's doer), None when there is no such possessive."""
    m = next((m for m in range(j, min(len(words), j + 6)) if words[m].endswith(("'s", "’s"))), None)
    if m is None or words[m + 1:m + 2] not in ([], ["."], [","], [";"], *([w] for w in _WORK)) or \
            not all(w[:1].isalpha() for w in words[j:m]):
        return None
    if {w.removesuffix("'s").removesuffix("’s") for w in words[j:m + 1]} <= _THE_MILITARY:
        return ""
    return sentence[toks[j].start:toks[m].end - 2]


# Words opening a participial phrase of the doing, set off after its doer's name ("The NUG, having seized power …,";
# "…, after staging a coup …,"; "…, fresh from its coup …,") or before the subject ("Having seized power …, the NUG")
_PARTICIPLE = frozenset(words_of("having after upon following fresh straight"))
_WORK = frozenset(words_of("work doing handiwork"))  # "the work of the NUG", "the NUG's doing"
# The words of a phrase of seizing power between its verb and "in a coup": "took power", "came to power", "seized
# control of the country", "took over the government"
_POWER = frozenset(words_of("power control over to of the country government nation state reins"))
# The military, in words its record may not use ("the Tatmadaw", "Burma's armed forces"): the record's doer
_THE_MILITARY = frozenset(words_of("""the myanmar burma burmese junta regime military tatmadaw army armed forces generals general
    commanders commander chief chiefs leaders leadership top brass officers soldiers troops its"""))
# Whose defections a word before them may say, other than the military's: another force or group
_GROUPS = frozenset(words_of("""police navy naval civilian civilians civil nug pdf kia rebel rebels resistance militia
    guerrilla guerrillas insurgent insurgents student students thai"""))
_TREND = frozenset(words_of("peaked peak peaks peaking surged surge surges"))
_ENDS_NAME = REACHING | PASSING | frozenset(words_of("their its was were had has have reached rose came saw"))
_END = frozenset(words_of("in on at during when after before and or but which who that since"))
