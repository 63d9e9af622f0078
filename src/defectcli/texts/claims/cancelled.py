"""A denial another denial cancels, for negation.py and unreal.py: "did not fail to say", "never stopped saying",
"could not help saying", "Not once did X fail to say", "a claim he does not deny", "words he has never retracted",
"which no one disputes", and "not once but twice": each says it was so."""

from __future__ import annotations

from .denials import LITOTES, UNDONE, taken_back

# What may stand between two denials that cancel: "did not once fail", "has never been retracted", "does not really deny"
_FILLER = frozenset(("once", "ever", "even", "really", "actually", "quite", "have", "has", "had", "be", "been", "being",
                     "yet", "so", "much", "as", "in", "fact", "at", "all", "one", "time", "single"))
# Who denies nothing when these lead the clause: "no one denies", "nobody disputes", "none dispute"
_NO_ONE = (("no", "one"), ("nobody",), ("none",), ("no", "body"), ("no", "plans", "to"), ("no", "intention", "of"),
           ("no", "intention", "to"), *((refused, "to") for refused in ("refused", "refuses", "refuse", "declined",
                                                                         "declines", "declining", "refusing")))
# ("a remark he has refused to retract", "he has no plans to take it back")
_INVERTING = frozenset(("did", "does", "do", "has", "had", "have", "would", "could"))  # "Not once did X fail to say"


def cancelled(words: list[str], k: int) -> bool:
    """Whether the denial at words[k] is cancelled by one right before or after it."""
    return _cancels_next(words, k) or any(_cancels_next(words, j) and _next_denial(words, j) == k
                                          for j in range(max(0, k - 8), k))


def _negator(words: list[str], k: int) -> int:
    """How many words the negator at words[k] takes ("not", "never", "didn't", "no one", "nobody"), or 0."""
    w = words[k]
    if w in ("not", "never") or w.endswith(("n't", "n’t")):
        return 1
    return next((len(p) for p in _NO_ONE if tuple(words[k:k + len(p)]) == p), 0)


def _cancels_next(words: list[str], k: int) -> bool:
    """Whether words[k] is a negator whose next denial is one it cancels."""
    return _negator(words, k) > 0 and _next_denial(words, k) is not None


def _next_denial(words: list[str], k: int) -> int | None:
    """The denial a negator at words[k] stands right before, past fillers ("not once", "has never been") or, after an
    inverting "did", the subject ("Not once did Lin Aung fail to say"): a denying word, or a verb whose denial affirms
    ("fail", "hesitate", "stop saying", "help saying")."""
    j = start = k + _negator(words, k)
    while j < len(words) and words[j] in _FILLER:
        j += 1
    if j < len(words) and words[j] in _INVERTING and words[k] in ("not", "never") and words[start:start + 1] in (
            ["once"], ["one"], ["ever"]):  # "Not once did Lin Aung fail to say": past the subject, of three words at most
        j = next((x for x in range(j + 2, min(j + 5, len(words))) if words[x] in UNDONE), j)  # ("… deny saying")
    if j >= len(words):
        return None
    w, after = words[j], words[j + 1:j + 2]
    if w in LITOTES or (w in ("stop", "stops", "stopped", "help", "helps", "helped", "cease", "ceased") and after != []
                        and after[0].endswith("ing")):
        return j
    return j if w in UNDONE or taken_back(words, j) else None


def affirmed(words: list[str], k: int) -> bool:
    """Whether the denial at words[k] opens words that affirm: "not once but twice", "not just", "not merely"; or names
    the one who did it alone: "none other than X", "no one but X", "nobody except X", "no one other than X"."""
    if words[k] == "not":
        return words[k + 1:k + 3] in (["once", "but"], ["one", "but"]) or words[k + 1:k + 2] in (["just"], ["merely"],
                                                                                                  ["simply"])
    j = k + 1 + (words[k:k + 2] == ["no", "one"])
    return words[k] in ("no", "none", "nobody") and (words[j:j + 1] in (["but"], ["except"], ["save"]) or
                                                     words[j:j + 2] in (["other", "than"], ["else", "but"]))
