"""Where an age or a span of time stands in its sentence, for numbers.py and scope.py: a phrase that leads the
sentence with or without its comma ("At 19, …", "At 19: …", "At 19 Maung Sein is …", "Across 18 years, …"), an age
by which something was done ("became a general by 19", "By the age of 19, …"), a span served as a soldier ("his
decade as a soldier") and one planned ("planned to serve one or two years")."""

from __future__ import annotations

from ...numbers.amounts import Amount, Reading
from ...numbers.values import Token
from ...numbers.vocabulary import CHANGE, TIME
from ...text import words_of
from .events import ENLISTMENT

# The words that may lead a sentence up to its age or span ("At 19,", "Aged 19,", "For 18 years,"); and those that
# lead only a span ("Across 18 years,", "Over 18 years,": not "Over 13,000 soldiers, …", whose clause is its own)
LEADING = frozenset(words_of("for at aged age in during within by"))
_LEADING_SPAN = frozenset(words_of("across throughout through over after following spanning"))
_PRONOUNS = frozenset(words_of("he she they we i"))
_MARKS = frozenset((",", ";", ":", ".", "!", "?", "—", "–", "(", ")"))


def leads(tokens: list[Token], start: int, last: int) -> bool:
    """Whether the age or span tokens[start:last] is in a phrase that leads the sentence ("For 18 years", "At 19")."""
    span = last > 0 and tokens[last - 1].text.lower() in TIME
    return start <= 2 and all(t.text.lower() in LEADING or (span and t.text.lower() in _LEADING_SPAN)
                              for t in tokens[:max(start, 1)])


def opens(tokens: list[Token], k: int) -> bool:
    """Whether a leading age ending before tokens[k] ends its phrase there: a comma or a colon, or no mark and the
    name or pronoun that opens the clause ("At 19, Maung Sein …", "At 19: …", "At 19 Maung Sein is …")."""
    text = tokens[k].text if k < len(tokens) else ""
    return text in (",", ":") or text[:1].isupper() or text.lower() in _PRONOUNS


def clause_after(tokens: list[Token], last: int) -> int | None:
    """Where the clause a leading phrase ending before tokens[last] is of starts: after its comma or colon ("At 19,
    Maung Sein …", "For 18 years in the army: …"), or, with no mark, at the name or pronoun right after it ("At 19
    Maung Sein is …", "For 18 years he sold …"); None when another mark ends the phrase, or none comes."""
    if last < len(tokens) and tokens[last].text not in (",", ":") and opens(tokens, last):
        return last
    mark = next((j for j in range(last, min(len(tokens), last + 7)) if tokens[j].text in _MARKS), None)  # ("… in the air force,")
    return mark + 1 if mark is not None and tokens[mark].text in (",", ":") else None


_DECIDING = frozenset(words_of("decided decide decides chose choose chooses opted opt opts"))


def deciding(words: list[str], k: int) -> bool:
    """Whether words[k] is a decision to join ("At 15, Maung Sein decided to join …"), which says no more than the
    joining does, as it is read after the number ("decided to join the military at 15")."""
    return words[k] in _DECIDING and words[k + 1:k + 2] == ["to"] and words[k + 2:k + 3] != [] and words[k + 2] in ENLISTMENT


# Soldiers one may serve a span as ("his decade as a soldier"); not "as a police officer", "as a monk"
_SOLDIERS = frozenset(words_of("soldier serviceman servicewoman conscript recruit cadet infantryman"))


def as_soldier(words: list[str], last: int) -> bool:
    """Whether a span ending before words[last] is said to be served as a soldier: "his decade as a soldier"."""
    return words[last:last + 1] == ["as"] and words[last + 1:last + 2] in (["a"], ["an"]) and \
        words[last + 2:last + 3] != [] and words[last + 2] in _SOLDIERS


# Words before "by N" that make N a margin, not an age: "rose by 15", "beat them by 15"
_OBJECTS = frozenset(words_of("them him her us it me you"))
_BEING = frozenset(words_of("is are was were be been being"))
_AGE_WORDS = (("by", "the", "age", "of"), ("by", "age"))


def age_by(reading: Reading, a: Amount) -> int | None:
    """Where the words of an age by which something was done start ("became a general by 19", "By 19, he had …",
    "had joined by the age of 15"): an upper bound on one's age at an event, which no record gives (a record gives
    one's age at an event, or now); None when `a` is no such age. A bare number after "by" is one only from 10 to
    99, ending its clause, and not a margin ("rose by 15", "beat them by 15", "was outnumbered by 15")."""
    words, k = reading.words, a.start
    if a.unit == "years of age":
        k -= words[k - 1:k] in (["just"], ["only"])  # "by the age of just 19"
        return next((k - len(p) for p in _AGE_WORDS if reading.at(k - len(p), len(p)) == p), None)
    bare = not a.unit and not a.nouns and a.comparator == "exact" and float(a.value).is_integer() and 10 <= a.value <= 99
    if not bare or words[k - 1:k] != ["by"]:
        return None
    if k == 1:
        return 0  # "By 19, Maung Sein was …", "By 19 he had …"
    ends = words[a.last:a.last + 1] in ([], ["."], [","], [";"], ["!"], ["?"], [")"])
    before = words[k - 2]
    margin = before in CHANGE or before in _OBJECTS or (k > 2 and words[k - 3] in _BEING and before.endswith("ed"))
    return k - 1 if ends and before.isalpha() and not margin else None


# A plan, a hope or a wish to serve, after which a span is the service one meant to give ("planned to serve one or two
# years", "meant to join for two years"): a person's intended service, not years served, nor a denial of them
_PLANNING = frozenset(words_of("""plan plans planned planning intend intends intended intending meant hope hopes hoped
    hoping expect expects expected expecting want wants wanted wanting aim aims aimed aiming"""))
_SERVING = frozenset(words_of("serve join enlist try"))  # (not "plan to stay for three months": a stay, not service)
# "thought he would (could) try the army for …": a plan said as what one thought one would do
_THINKING = frozenset(words_of("thought figured reckoned believed assumed imagined supposed"))
_BETWEEN = frozenset(words_of("for in the army military air force navy tatmadaw only just"))


def intended(words: list[str], start: int) -> int | None:
    """Where the plan to serve a span starting at words[start] starts ("planned to serve for one or two years"), or
    None when the span is not one planned."""
    k = start
    while k > 0 and start - k < 5 and words[k - 1] in _BETWEEN:
        k -= 1
    if k >= 4 and words[k - 1] in _SERVING and words[k - 2] in ("would", "could", "might") and words[k - 4] in _THINKING:
        return k - 4  # "thought he would try the army for one or two years"
    return k - 3 if k >= 3 and words[k - 1] in _SERVING and words[k - 2] == "to" and words[k - 3] in _PLANNING else None
