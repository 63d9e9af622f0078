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
    "not", "never", "neither", "nor", "cannot", "hardly", "scarcely", "didnt", "dont", "doesnt", "wasnt", "werent",
    "hasnt", "havent", "hadnt", "isnt", "arent", "wont", "cant", "couldnt", "wouldnt",
    # verbs that say it was not done ("refused to enlist", "evaded enlistment"), in each form
    *(stem + end for stem in ("refuse", "decline", "evade") for end in ("", "s", "d")),
    *(stem + end for stem in ("fail", "avoid", "refrain", "resist", "dodge", "reject", "refute", "debunk", "disprove")
      for end in ("", "s", "ed")),
    "dodged", "denied", "denies", "deny", "unable", "prevented", "barred", "banned", "forbidden", "forbade",
    "abstained", "disputes", "disputed", "dispute", "retracted", "retracts", "nobody", "nothing",
    # words that say it is not so ("it is false that", "reports that ... are wrong", "a myth")
    "false", "untrue", "incorrect", "wrong", "inaccurate", "unfounded", "baseless", "myth", "fabricated"))
# Two words that deny together: "had yet to enlist", "was far from enlisting", "stopped short of".
_DENYING_PAIRS = frozenset((("yet", "to"), ("far", "from"), ("stopped", "short"), ("stops", "short"), ("kept", "from")))
# "no more than 200", "no later than": a comparator, which the reading of numbers takes, not a denial
# ("no longer paid" is one).
_COMPARING = frozenset(("more", "fewer", "less", "later", "earlier", "longer", "sooner", "greater", "smaller"))
# Phrases of those words that deny nothing: "there is no doubt that", "not only", "never before".
_AFFIRMING = frozenset((("no", "doubt"), ("not", "only"), ("not", "least"), ("no", "wonder"), ("never", "before"),
                        ("not", "long"), ("no", "sooner")))
# A value set aside for another ("in 2021 instead of 2020", "500 rather than 700"): not stated.
_SET_ASIDE = (("instead", "of"), ("rather", "than"), ("in", "place", "of"), ("as", "opposed", "to"))


def negated(words: list[str], start: int, end: int, capital: frozenset[int] | None = None) -> bool:
    """Whether the clause holding words[start:end] (lower-cased words) denies what it says; follows a
    denial through asides set off by commas, brackets, dashes, semicolons or an ellipsis ("did not, as far
    as we know, enlist"); and, for a claim in a short phrase of its own ("In 2020, Lin Aung did not
    enlist"), whether its sentence denies anything. `capital`: which words are capitalised, for a date
    that leads its sentence before a subject of names ("In 2020 Lin Aung and his brother did not enlist")."""
    words = [_ellipsis(words, k) for k in range(len(words))]
    lo, hi = _reach(words, start, end, _BOUNDS)
    if _denied(words, lo, hi, start, end) or _set_aside(words, start) or _refuted_after(words, hi):
        return True
    if capital is not None and _leading(words, lo, start) and _named_subject(words, hi, end, capital):
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


def clause_denies(words: list[str], k: int) -> bool:
    """Whether the clause around the place before words[k] (a quotation, whose words are not among
    them) denies anything: "Lin Aung never said “...”", "It is false that he said “...”"."""
    words = [_ellipsis(words, j) for j in range(len(words))]
    lo, hi = _reach(words, k, k, _BOUNDS)
    if lo == k and k > 1 and words[k - 1] == ":":  # "Lin Aung never said: “...”": the clause the colon ends
        lo = _reach(words, k - 1, k - 1, _BOUNDS)[0]
    return _denied(words, lo, hi, k, k)


def _reach(words: list[str], start: int, end: int, stops: frozenset[str]) -> tuple[int, int]:
    """The words around words[start:end] up to the nearest of `stops` on each side."""
    lo, hi = start, end
    while lo > 0 and not _stop(words, lo - 1, stops):
        lo -= 1
    while hi < len(words) and not _stop(words, hi, stops):
        hi += 1
    return lo, hi


def _stop(words: list[str], k: int, stops: frozenset[str]) -> bool:
    """Whether words[k] is one of `stops`; "yet" only as a conjunction (", yet", "and yet"), not in "not yet"."""
    if words[k] == "yet" and k > 0 and words[k - 1] not in _INSERTS and words[k - 1] not in ("and", "but", "or"):
        return False
    return words[k] in stops


def _set_aside(words: list[str], start: int) -> bool:
    """Whether the claim at words[start] is a value set aside for another ("instead of 2020", "rather
    than in 2020")."""
    k = start - (start > 0 and words[start - 1] in ("in", "on", "the", "a"))
    return any(tuple(words[max(k - len(p), 0):k]) == p for p in _SET_ASIDE)


def _refuted_after(words: list[str], hi: int) -> bool:
    """Whether the clause after the claim's says it is not so: ", but this is untrue", "— that is false"."""
    k = hi
    while k < len(words) and (words[k] in _INSERTS or words[k] in ("but", "and", "though", "although")):
        k += 1
    if k == hi or k >= len(words) or words[k] not in ("this", "that", "which", "it", "all", "none"):
        return False
    end = _reach(words, k, k + 1, _BOUNDS)[1]
    return any(_denies(words, j) for j in range(k + 1, min(end, k + 6)))


def _leading(words: list[str], lo: int, start: int) -> bool:
    """Whether the claim leads its sentence, after no words but those of a phrase ("In 2020 ...")."""
    return (lo == 0 or words[lo - 1] in _SENTENCE) and all(w in _PHRASE for w in words[lo:start])


def _named_subject(words: list[str], hi: int, end: int, capital: frozenset[int]) -> bool:
    """For a leading date whose clause ends at "and" or "or" after a name ("In 2020 Lin Aung and his
    brother did not enlist"): whether the clause the subject goes on into denies it."""
    if not (end < hi < len(words) and words[hi] in ("and", "or") and all(k in capital for k in range(end, hi))):
        return False
    for _ in range(3):
        nxt = _reach(words, hi + 1, hi + 1, _BOUNDS)[1]
        if any(_denies(words, k) for k in range(hi + 1, nxt)):
            return True
        if not (nxt < len(words) and words[nxt] in ("and", "or")):
            return False
        hi = nxt
    return False


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
    if w in _DENYING or w.endswith(("n't", "n’t")) or tuple(words[k:k + 2]) in _DENYING_PAIRS:
        return True
    if w in ("almost", "nearly") and k + 1 < len(words) and words[k + 1].endswith("ed"):
        return True  # "almost enlisted in 2020": he did not ("nearly 12,341" is the number's comparator)
    if w != "no" or k + 1 >= len(words) or words[k + 1] == ".":
        return False
    return not (words[k + 1] in _COMPARING and "than" in words[k + 2:k + 4])  # "no longer paid", not "no more than"
