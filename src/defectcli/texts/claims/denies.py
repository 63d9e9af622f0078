"""Whether a word denies what its clause says, for negation.py: "not", "never", "refused to", "a myth", "tried to" (a try
is not the act), "almost enlisted", "questioned the quote"; not "no doubt", "not only", "no more than 200", nor a denial
another cancels ("did not fail to say") or that names the one alone ("none other than X")."""

from __future__ import annotations

from ...numbers.vocabulary import ONES, SAYING
from .cancelled import affirmed, cancelled
from .denials import ASKING, DENYING, DENYING_PAIRS, PART, SAID_THINGS, corrected, taken_back
from .unreal import ACTS, minded

# "no more than 200", "no later than": a comparator, which the reading of numbers takes, not a denial
# ("no longer paid" is one).
_COMPARING = frozenset(("more", "fewer", "less", "later", "earlier", "longer", "sooner", "greater", "smaller"))
# Phrases of those words that deny nothing: "there is no doubt that", "not only", "never before".
_AFFIRMING = frozenset((("no", "doubt"), ("not", "only"), ("not", "least"), ("no", "wonder"), ("never", "before"),
                        ("not", "long"), ("no", "sooner")))


def denies(words: list[str], k: int) -> bool:
    """Whether words[k] (of lower-cased words) denies what its clause says."""
    w = words[k]
    if cancelled(words, k) or affirmed(words, k):
        return False  # "did not fail to say", "a claim he does not deny", "not once but twice", "none other than X"
    if tuple(words[k:k + 2]) in _AFFIRMING or (w in ("failed", "foiled", "thwarted") and k and words[k - 1] in (
            "a", "an", "the", "its", "their", "his", "her")):
        return False  # "lost seven comrades in a failed assault": what failed is the assault, not the loss
    if tuple(words[k:k + 2]) in (("made", "up"), ("all", "but")) and words[k + 2:k + 3] != [] and (
            words[k + 2][:1].isdecimal() or words[k + 2] in ONES or words[k + 2] in PART):
        return False  # "Police made up three quarters (9,326) of the defectors", "All but one was motivated …": a count
    if w in DENYING or w.endswith(("n't", "n’t")) or tuple(words[k:k + 2]) in DENYING_PAIRS:
        return True
    if (w, *words[k + 1:k + 2]) in (("rather", "than"), ("instead", "of")) and k + 2 < len(words) and (
            words[k + 2] in ACTS or words[k + 2].endswith("ing") or words[k + 2] in ("say", "tell", "speak")):
        return True  # "went into hiding rather than enlist in 2020", "instead of enlisting"
    if w == "made" and words[k + 1:k + 3] == ["-", "up"]:
        return True  # "a made-up quote"
    if taken_back(words, k) or corrected(words, k) or (w == "mouth" and "put" in words[max(0, k - 5):k]) or \
            (w == "ai" and words[k + 1:k + 3] == ["-", "generated"]):
        return True  # "then took it back"; "words put in his mouth"
    if (w == "due" and words[k + 1:k + 2] == ["to"] and words[k + 2:k + 3] != [] and words[k + 2] in ACTS) or \
            (w == "tried" and words[k + 1:k + 2] != [] and words[k + 1].endswith("ing")):
        return True  # "was due to enlist" (not "due to the war"); "tried enlisting"
    if w in ASKING and any(words[j] == "to" and words[j + 1:j + 2] != [] and words[j + 1] in ACTS
                            for j in range(k + 1, min(k + 6, len(words) - 1))):
        return True  # "Zeya Hein told / urged / asked Lin Aung to enlist": asked, not done
    if w in ("questioned", "questions", "challenged", "challenges", "denounced", "protested", "corrected",
             "complained", "condemned") and set(words[k + 1:k + 4]) & SAID_THINGS:
        return True  # "questioned the quote", not "questioned his orders"
    if w in ("questions", "questioned", "question", "doubts", "doubted", "wonders") and words[k + 1:k + 2] in (["whether"],
                                                                                                       ["if"]):
        return True  # "People's Embrace questions whether 12,341 …"
    if minded(words, k):
        return True  # "was too frightened to defect", "wrote about defecting", "was contemplating defection"
    if w == "without" and k + 1 < len(words) and words[k + 1].endswith("ing"):
        return True  # "without enlisting in 2020"
    if w in ("almost", "nearly") and k + 1 < len(words) and (words[k + 1].endswith("ed") or words[k + 1] in SAYING):
        return True  # "almost enlisted in 2020", "almost said:": he did not ("nearly 12,341" is the number's comparator)
    if w != "no" or k + 1 >= len(words) or words[k + 1] == "." or words[k - 1:k] == ["with"]:
        return False  # "a defector with no spouse gets 700 baht" denies the spouse, not the 700
    return not (words[k + 1] in _COMPARING and "than" in words[k + 2:k + 4])  # "no longer paid", not "no more than"
