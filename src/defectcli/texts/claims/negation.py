"""Whether a number or a date stands in a clause that denies it ("Lin Aung did not enlist in 2020",
"did not, in fact, enlist in 2020", "not 12,341", "have never defected", "refused to defect in 2021").
verify does not read such a claim: a record that states the number or the date would make it a
match, though the sentence says the opposite."""

from __future__ import annotations

# What ends a clause: punctuation, and the words that join one clause to another.
_BOUNDS = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…", "and", "or", "but", "though",
                     "although", "while", "whereas", "yet", "because", "since", "after", "before", "when"))
# The marks that set off an aside ("did not, in fact, enlist"; "has not — despite reports — enlisted").
_INSERTS = frozenset((",", "(", ")", "[", "]", "—", "–", ";", "…"))
_DENYING = frozenset((
    "not", "never", "neither", "nor", "cannot", "hardly", "scarcely", "refused", "refuses", "refuse", "failed",
    "fails", "fail", "denied", "denies", "deny", "false", "untrue", "didnt", "dont", "doesnt", "wasnt", "werent",
    "hasnt", "havent", "hadnt", "isnt", "arent", "wont", "cant", "couldnt", "wouldnt"))
# "no more than 200", "no later than": a comparator, which the reading of numbers takes, not a denial.
_COMPARING = frozenset(("more", "fewer", "less", "later", "earlier", "longer", "sooner", "greater", "smaller"))
# Phrases of those words that deny nothing: "there is no doubt that", "not only", "never before".
_AFFIRMING = frozenset((("no", "doubt"), ("not", "only"), ("not", "least"), ("no", "wonder"), ("never", "before"),
                        ("not", "long")))


def negated(words: list[str], start: int, end: int) -> bool:
    """Whether the clause holding words[start:end] (lower-cased words) denies what it says; follows a
    denial through asides set off by commas, brackets, dashes, semicolons or an ellipsis ("did not, as far
    as we know, enlist"); and, for a claim in a short phrase of its own ("In 2020, Lin Aung did not
    enlist"), whether its sentence denies anything."""
    words = [_ellipsis(words, k) for k in range(len(words))]
    lo, hi = _reach(words, start, end, _BOUNDS)
    if _denied(words, lo, hi, start, end):
        return True
    outside = words[lo:start] + words[end:hi]
    if all(w in _PHRASE for w in outside) and set(words[max(lo - 1, 0):lo] + words[hi:hi + 1]) & (_INSERTS | {":"}) \
            and _denied(words, *_reach(words, start, end, _SENTENCE), start, end):
        return True
    k = hi  # the asides after the clause ("In 2020 Lin Aung, a soldier, did not enlist"): the clause they lead to
    for _ in range(3):
        if k >= len(words) or words[k] not in _INSERTS:
            break
        j = k = k + 1
        while k < len(words) and words[k] not in _INSERTS and words[k] not in _SENTENCE:
            k += 1
        if any(_denies(words, x) for x in range(j, min(j + 3, k))):
            return True
    k = lo - 1  # the mark before the clause; the words before it, an aside or the denial itself
    for _ in range(6):
        if k < 1 or words[k] not in _INSERTS:
            return False
        if _denies(words, k - 1) or (k > 1 and _denies(words, k - 2)):  # "did not actually, officially enlist"
            return True
        k -= 1  # back over the aside ("as far as we know", "after all"), to the mark before it
        while k >= 0 and words[k] not in _INSERTS and words[k] not in _ENDS:
            k -= 1
    return False


def _reach(words: list[str], start: int, end: int, stops: frozenset[str]) -> tuple[int, int]:
    """The words around words[start:end] up to the nearest of `stops` on each side."""
    lo, hi = start, end
    while lo > 0 and words[lo - 1] not in stops:
        lo -= 1
    while hi < len(words) and words[hi] not in stops:
        hi += 1
    return lo, hi


def _denied(words: list[str], lo: int, hi: int, start: int, end: int) -> bool:
    """Whether words[lo:hi], the claim's own words[start:end] aside, deny anything."""
    return any(_denies(words, k) for k in range(lo, hi) if not start <= k < end)


# A claim set off by a comma, a bracket or a dash whose clause has no other words than these is a phrase
# of its own ("In 2020,"; "Back in 2020,"; "(in 2020)"; "— on 1 February 2021 —"), which the sentence's
# main clause may deny. A clause with a verb of its own ("enlisted in 2020") is not.
_PHRASE = frozenset(("in", "on", "at", "during", "by", "of", "from", "around", "about", "since", "until", "back", "way",
                     "even", "also", "already", "only", "still", "then", "again", "early", "late", "as", "so", "there",
                     "that", "year", "the"))
_SENTENCE = frozenset((".", "!", "?"))


def _ellipsis(words: list[str], k: int) -> str:
    """The word, or "…" for a full stop that is part of an ellipsis written with dots ("did not... enlist")."""
    if words[k] == "." and ((k > 0 and words[k - 1] == ".") or (k + 1 < len(words) and words[k + 1] == ".")):
        return "…"
    return words[k]


_ENDS = frozenset((":", ".", "!", "?"))


def _denies(words: list[str], k: int) -> bool:
    w = words[k]
    if tuple(words[k:k + 2]) in _AFFIRMING:
        return False
    if w in _DENYING or w.endswith(("n't", "n’t")):
        return True
    return w == "no" and k + 1 < len(words) and words[k + 1] not in _COMPARING and words[k + 1] != "."
