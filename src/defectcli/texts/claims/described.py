"""Where a denial describes someone rather than denies what a sentence says of them, for negation.py: in an aside
that describes the subject ("Thawda Win, a man who never fled, said:", ", no hero,"), or in a relative clause of the
subject before its verb of saying ("A group that answers to no one says 4,210 …"); and the verbs of saying a denial
takes in their plain form ("did not tell reporters:", "never replied:")."""

from __future__ import annotations

from ...numbers.vocabulary import SAYING
from .denials import DENYING
from .unreal import ACTS as _ACTS

RELATIVE = frozenset(("who", "whom", "whose", "which", "where"))
_DESCRIBING = frozenset(("a", "an", "the", "now", "then", "once", "one", "aged", "so", "such", "too"))
_DETERMINERS = frozenset(("a", "an", "the", "one", "some", "any", "every", "each"))
# The plain forms of the verbs of saying (numbers.vocabulary holds the forms a tag has: "told", "replied", "added")
_IRREGULAR = {"told": "tell", "spoke": "speak", "wrote": "write", "said": "say", "swore": "swear"}
SAYING_PLAIN = (SAYING | frozenset(_IRREGULAR.values())
                | frozenset(base for w in SAYING if w.endswith("ed") and not w.endswith("ied") for base in (w[:-2], w[:-1]))
                | frozenset(w[:-3] + "y" for w in SAYING if w.endswith("ied"))  # "replied"
                | frozenset(w[:-3] for w in SAYING if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4])  # "quipped"
                ) - DENYING  # (the stems it also makes, "adde", "quipp", are no words, but for "noted": "not")


# The -ing forms too: "is not telling reporters:"
SAYING_FORMS = SAYING_PLAIN | frozenset(form for b in SAYING_PLAIN for form in (b + "ing", b[:-1] + "ing", b + b[-1:] + "ing")
                                        if len(b) > 2) - DENYING
_BETWEEN = frozenset(("once", "ever", "really", "then", "yet", "even", "just", "always", "actually", "quite", "exactly",
                      "again", "now", "so", "much", "in", "fact", "at", "any", "all", "point", "time", "stage", "moment",
                      "or", "twice"))  # "did not once tell", "did not at any point tell", "did not, in fact, tell"
_OPENERS = frozenset(("that", "so", "such"))  # "a group that …", "a man so poor that …", "such a man that …"
_PASTS = frozenset(("left", "went", "fled", "fought", "ran", "became", "got", "gave", "made", "met", "saw", "sent",
                    "spent", "took", "came", "quit", "stayed", "served", "joined", "enlisted", "defected", "deserted"))


def describes(aside: list[str]) -> bool:
    """Whether an aside describes someone ("who never rested", "a man who never fled", "now a man with nothing", "no
    hero", "not a hero", "so tired that he could not walk", a participle's "knowing he could not stay", "34"), which
    denies nothing of the verb, unlike one that qualifies it ("as far as we know", "in fact")."""
    return aside != [] and (aside[0] in _DESCRIBING or aside[0][:1].isdecimal() or bool(RELATIVE & set(aside))
                            or (aside[0] == "no" and len(aside) > 1) or (aside[0].endswith("ing") and len(aside[0]) > 5)
                            or (aside[0] in ("not", "never") and aside[1:2] in (["a"], ["an"], ["one"])))


def after_subject(words: list[str], lo: int, verb: int | None) -> int:
    """Where a denial of the clause from words[lo] may begin, given its verb at `verb`: right before the verb when the
    subject holds a who-, which-, that- or so-clause ("A man who answers to no one says …", "A group that trusts
    nobody said:", "A man so poor that he had nothing told reporters:"; but "The man who fled did not say:"), else at
    lo."""
    if verb is None or verb <= lo or (words[lo] == "it" and words[lo + 1:lo + 2] != [] and words[lo + 1].startswith(
            ("was", "is"))) or any(words[j:j + 3] in (["the", "one", "who"], ["the", "one", "that"]) for j in range(lo, verb)):
        return lo  # (a cleft's "who" is the verb's own subject: "It was not X who said:" denies his saying it)
    relative = RELATIVE & set(words[lo:verb]) or (
        words[lo] in _DETERMINERS and _OPENERS & set(words[lo + 1:min(verb, lo + 6)]))  # (not "It is false that he said")
    return (verb - 1 if negates(words[verb - 1]) else verb) if relative else lo


def described_from(words: list[str], verb: int, hi: int) -> int:
    """Where a description begins of the one a verb of saying at `verb` names after it: "said a man who answers to no
    one" (the denial is his, not of the saying); hi where there is none."""
    return next((j for j in range(verb + 1, hi) if words[j] in RELATIVE or words[j] in _OPENERS), hi)


def verb_of(words: list[str], lo: int, end: int) -> int | None:
    """The last word in words[lo:end] that is a verb of the clause a claim at `end` is in: one of saying ("says 4,210"),
    or of an act ("joined the army in 2011")."""
    return next((j for j in range(end - 1, lo - 1, -1) if words[j] in SAYING or words[j] in _PASTS or
                 words[j] in _ACTS), None)


def denied_verb(words: list[str], j: int) -> bool:
    """Whether words[j] is a verb of saying that a "not" (never, n't) or a denial before it denies, in the forms a tag
    lacks: "did not tell reporters:", "did not once tell", "is not telling", "denied telling reporters:"."""
    if words[j] not in SAYING_FORMS:
        return False
    i = j - 1
    while i >= 0 and j - i <= 4 and (words[i] in _BETWEEN or words[i].endswith("ly")):
        i -= 1
    return i >= 0 and (negates(words[i]) or words[i] in ("denied", "denies", "deny", "denying"))  # ("denied ever
    # telling reporters:")


def led_verb(words: list[str], j: int) -> bool:
    """Whether words[j] is a verb of saying in its plain or -ing form that another verb leads: "refused to tell
    reporters:", "plans to tell", "stopped short of telling", "went on to tell" (whose lead may deny it)."""
    return words[j] in SAYING_FORMS and j > 0 and words[j - 1] in ("to", "of", "from", "than")


def negates(word: str) -> bool:
    """Whether the word denies the verb right after it: "not", "never", "didn't" (not "no", "nobody": "a group that
    trusts nobody counts …")."""
    return word in ("not", "never") or word.endswith(("n't", "n’t"))


_MARKS = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…"))
# Verbs that lead another ("did not, in fact, say"), and what else may stand before a verb with no subject of its own
AUXILIARY_VERBS = frozenset(("do", "does", "did", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
                             "would", "could", "can", "may", "might", "must", "should", "shall"))
_AUXILIARIES = AUXILIARY_VERBS | frozenset(("also", "too", "then", "later", "once", "still", "again", "even", "just"))


def has_subject(words: list[str], lo: int, verb: int | None) -> bool:
    """Whether the clause from words[lo] names its own subject before its verb at `verb` ("he told reporters:", "X
    said:"), so that what stands before it, set off by a mark, is another clause or a description ("X is not lying, he
    said:", "No hero, X said:"); not "did not, as far as we know, say:", whose clause is only its verb."""
    return verb is not None and words[lo] not in AUXILIARY_VERBS and any(
        w not in _AUXILIARIES and not negates(w) and not w.endswith("ly") for w in words[lo:verb])  # (not the inverted
    # "Never, in any of his interviews, did X say:", whose "never" is of its verb)


def past_asides(words: list[str], hi: int) -> int:
    """Where the words after a claim's clause at `hi` go on, past the asides set off by commas, brackets or dashes
    that describe or tag it (", no hero,", " (no hero)", ", says Harbour Watch,", ", X, no hero, said,"): at the
    last one's closing comma (or the mark after its bracket), else hi."""
    while hi < len(words) and words[hi] in _CLOSING:
        close = _CLOSING[words[hi]]
        end = words.index(close, hi + 1) if close != "," and close in words[hi + 1:] else next(  # (a bracket's whole:
            (j for j in range(hi + 1, len(words)) if words[j] in _MARKS), len(words))  # "(a farmer, no hero)")
        aside = words[hi + 1:end]
        if words[end:end + 1] != [close] or not (
                describes(aside) or (bool(SAYING & set(aside)) and len(aside) <= 6)):
            break
        hi = end + (words[end] != ",")  # (past a closing bracket or dash, to what follows it)
    return hi


_CLOSING = {",": ",", "(": ")", "[": "]", "—": "—", "–": "–"}

_ADVERBIAL = frozenset(("not", "never", "once", "ever", "at", "no", "point", "time", "in", "way", "all", "any", "even",
                        "one", "single", "moment", "on", "occasion", "stage", "instance", "juncture", "whatsoever"))


def adverbial(aside: list[str]) -> bool:
    """Whether an aside is only a denial of the verb it stands before: ", at no point,", ", not once,", ", never,", ",
    under no circumstances,", ", in none of his interviews," (not ", in no uncertain terms,", ", for no reason,")."""
    if aside[:1] in (["in"], ["on"], ["at"], ["under"], ["by"]) and aside[1:2] in (["no"], ["none"]) and len(aside) <= 6:
        return not (aside[2:3] in (["uncertain"], ["doubt"], ["small"], ["too"]) or aside[:3] == ["in", "no", "time"])
    return aside != [] and all(w in _ADVERBIAL for w in aside) and any(w in ("not", "never", "no") for w in aside)
