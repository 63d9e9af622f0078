"""Where a denial describes someone rather than denies what a sentence says of them, for negation.py: in an aside
that describes the subject ("Thawda Win, a man who never fled, said:", ", no hero,"), or in a relative clause of the
subject before its verb of saying ("A group that answers to no one says 4,210 …"); and the verbs of saying a denial
takes in their plain form ("did not tell reporters:", "never replied:")."""

from __future__ import annotations

from ...numbers.vocabulary import SAYING
from .denials import DENYING

RELATIVE = frozenset(("who", "whom", "whose", "which", "where"))
_DESCRIBING = frozenset(("a", "an", "the", "now", "then", "once", "one", "aged", "who", "whom", "whose", "which"))
_DETERMINERS = frozenset(("a", "an", "the", "one", "some", "any", "every", "each"))
# The plain forms of the verbs of saying (numbers.vocabulary holds the forms a tag has: "told", "replied", "added")
_IRREGULAR = {"told": "tell", "spoke": "speak", "wrote": "write", "said": "say", "swore": "swear"}
SAYING_PLAIN = (SAYING | frozenset(_IRREGULAR.values())
                | frozenset(base for w in SAYING if w.endswith("ed") and not w.endswith("ied") for base in (w[:-2], w[:-1]))
                | frozenset(w[:-3] + "y" for w in SAYING if w.endswith("ied"))  # "replied"
                | frozenset(w[:-3] for w in SAYING if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4])  # "quipped"
                ) - DENYING  # (the stems it also makes, "adde", "quipp", are no words, but for "noted": "not")


def describes(aside: list[str]) -> bool:
    """Whether an aside describes someone ("who never rested", "a man who never fled", "now a man with nothing", "no
    hero", "34"), which denies nothing of the verb, unlike one that qualifies it ("as far as we know", "in fact")."""
    return aside != [] and (aside[0] in _DESCRIBING or aside[0][:1].isdecimal() or bool(RELATIVE & set(aside))
                            or (aside[0] == "no" and len(aside) > 1))


def after_subject(words: list[str], lo: int, end: int, saying: frozenset[str] = SAYING) -> int:
    """Where a denial of the clause from words[lo] may begin, before words[end]: right before its last verb of saying
    when its subject holds a relative clause ("A man who answers to no one says …", "A group that trusts nobody
    said:"; but "The man who fled did not say:"), else at lo."""
    verb = next((j for j in range(end - 1, lo - 1, -1) if words[j] in saying), None)
    if verb is None:
        return lo
    relative = RELATIVE & set(words[lo:verb]) or (
        words[lo] in _DETERMINERS and "that" in words[lo + 1:min(verb, lo + 4)])  # (not "It is false that he said")
    return (verb - 1 if negates(words[verb - 1]) else verb) if relative else lo


def negates(word: str) -> bool:
    """Whether the word denies the verb right after it: "not", "never", "didn't" (not "no", "nobody": "a group that
    trusts nobody counts …")."""
    return word in ("not", "never") or word.endswith(("n't", "n’t"))
