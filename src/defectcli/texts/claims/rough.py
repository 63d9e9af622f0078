"""Whether a number is a bound, a rough one or one of a choice by the words after it ("12,341 personnel or more",
"700 baht, maybe 800", "18 years or longer"), which the number alone would misstate: no claim (numbers.py). Not a
whole it is said to be a part of (", or a quarter of the 12,341", ", some of the 12,341": wholes.py)."""

from __future__ import annotations

from ...numbers.vocabulary import SAYING, TIME
from ...text import words_of
from .compared import follows
from .wholes import whole_follows

# After an amount and what it counts, what makes it a bound or one of a choice, which the amount alone
# would misstate: "12,341 personnel or more", "700 baht a month at most", "700 baht, maybe 800", "± 100".
_BOUND_AFTER = (("or", "more"), ("or", "less"), ("or", "fewer"), ("or", "over"), ("or", "above"), ("or", "under"),
                ("or", "so"), ("at", "least"), ("at", "most"), ("at", "minimum"), ("at", "maximum"), ("at", "the", "very"),
                ("at", "the", "least"), ("at", "the", "most"),
                ("give", "or", "take"), ("plus", "or", "minus"), ("more", "or", "less"), ("±",), ("+", "/", "-"),
                ("and", "more"), ("and", "up"), ("and", "over"), ("upwards",), ("tops",), ("max",), ("min",),
                ("at", "best"), ("at", "worst"), ("minimum",), ("maximum",), ("up", "to"))
_MAYBE = frozenset(("maybe", "perhaps", "possibly", "probably", "sometimes", "or"))


def rough(words: list[str], last: int) -> bool:
    """Whether the amount ending before words[last] is a bound, a rough one or one of a choice (see
    _BOUND_AFTER): ", or slightly more", ", perhaps longer", ", rising to 800", "and a half"."""
    k = last + (words[last:last + 1] in ([","], ["("], ["["], ["—"], ["–"], ["-"]))
    if whole_follows(words, k) or follows(words, last):
        return False  # ", or half of the 12,341 defectors", ", about a quarter of", ", some of": its whole, said; ", half
        # what couples get": another case's sum compared with it
    if any(tuple(words[k:k + len(b)]) == b for b in _BOUND_AFTER) and not (k > last and words[k] in ("min", "max")):
        return True  # not "Aged 16, Min Thu joined": a name after a comma
    ahead = words[k:k + 3]
    if k > last and ahead[:1] != [] and ahead[0] in SAYING:
        return False  # "…, says more are coming": the next clause's words
    more_time = len(ahead) == 3 and ahead[0] == "and" and (ahead[1][:1].isdecimal() or ahead[1] in _COUNTING) and \
        ahead[2] in TIME  # "18 years and six months"
    if ahead[:1] == ["to"] and len(ahead) > 1 and ahead[1][:1].isdecimal():
        return True  # "700 baht per month to 800 baht per month": a range
    a_bit = ahead[:2] == ["and", "a"] and ahead[2:] != [] and ahead[2] in _A_BIT
    if more_time or ahead[:2] == ["if", "that"] or a_bit or any(  # not the next amount's own ("…, about 3,000 soldiers")
            w in _ROUGH and not any(x[:1].isdecimal() for x in words[k + j + 1:k + j + 3]) and not whole_follows(words, k + j)
            and not any(x[:1].isdecimal() or x in _COUNTING for x in ahead[:j])  # "…, two more than Y": the next's
            and not (w == "so" and words[k + j + 1:k + j + 2] in _SO_DID)
            and (w != "near" or words[k + j + 1:k + j + 2] == ["enough"] or ahead[j - 1:j] == ["or"])  # not "near the camp"
            for j, w in enumerate(ahead)):
        return True
    if ahead[:1] == ["or"] and {"if", "when", "with", "for"} & set(words[k + 2:k + 6]):
        return False  # "700 baht per month, or 1,400 baht if accompanied by a spouse": each for its own case
    return bool(ahead) and ahead[0] in _MAYBE | _CHANGING and any(w[:1].isdecimal() or w in _COUNTING
                                                                  for w in words[k + 1:k + 4])


_A_BIT = frozenset(("half", "quarter", "bit", "little", "fraction"))  # "700 baht and a half": not "… and a married one 700"
_COUNTING = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve"))


# Words after an amount that make it rough or open: "18 years or longer", "700 baht, or thereabouts".
_ROUGH = frozenset(("thereabouts", "approximately", "roughly", "about", "almost", "nearly", "longer", "shorter",
                    "younger", "older", "ish", "near", "so", "more", "less", "fewer", "higher", "lower", "least",
                    "most", "half"))
# "…, and so did Bo Pyay", "…; so was Bo Pyay": another who did the same, not "18 years or so"
_SO_DID = [[w] for w in words_of("did had has does do was were is are")]
# Words before another amount that make the first one of a choice or a change ("rising to 800").
_CHANGING = frozenset(("occasionally", "rising", "falling", "others", "some", "even"))
