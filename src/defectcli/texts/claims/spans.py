"""Where an age or a span of time stands in its sentence, for numbers.py and scope.py: a phrase that leads the
sentence with or without its comma ("At 19, …", "At 19: …", "At 19 Maung Sein is …", "Across 18 years, …"), and a
span served as a soldier ("his decade as a soldier")."""

from __future__ import annotations

from ...numbers.values import Token
from ...numbers.vocabulary import TIME
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
