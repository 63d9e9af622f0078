"""What a bare number counts when the sentence's subject names it and the number is what that subject is, totals or
has reached ("Defections are over 12,000", "The number of defectors has reached 12,341", "Police defections stand at
9,326"), and a verb that says the number is passed ("Defections have topped 20,000": more than 20,000). Only a
subject that counts persons or defections, and after a verb of being only a number of 100 or more: "The recruits
were 18" is their age."""

from __future__ import annotations

import itertools

from ...numbers.amounts import Amount
from ...numbers.vocabulary import PASSING, PEOPLE, REACHING, STOPS
from ...text import words_of

_BEING = frozenset(words_of("is are was were"))
_REACHING = REACHING | frozenset(words_of("total totals totalled totaled totalling totaling number numbers numbered"))
_RISING = frozenset(words_of("""stand stands stood rose risen rise rises climbed climb climbs grown grew grow grows
    increased increase increases come came comes amount amounts amounted"""))  # … at (to) 12,341
_AUX = frozenset(words_of("has have had now already so far since then reportedly"))
_COUNTED = PEOPLE | frozenset(words_of("defections desertions"))


def counted_subject(words: list[str], a: Amount) -> tuple[tuple[str, ...], str | None]:
    """What the subject before `a`'s verb counts, as words ("police defections"), and the comparator its verb says
    (`more_than` for "topped"; None for the number's own); nothing when the subject counts no one."""
    k = a.start - 1
    k -= k > 0 and words[k] in ("at", "to") and words[k - 1] in _RISING  # "stand at", "rose to"
    if k < 1 or not (words[k] in _BEING | _REACHING | PASSING or (words[k] in _RISING and k < a.start - 1)):
        return (), None
    verb = words[k]
    if verb in _BEING and (a.value < 100 or a.unit is not None):
        return (), None  # "The recruits were 18": an age; "are 700 baht": its own unit
    j = k
    while j > 0 and words[j - 1] in _AUX:
        j -= 1  # "have now topped"
    said = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPS, reversed(words[max(0, j - 3):j])))
    if not said or said[0] not in _COUNTED:
        return (), None
    return tuple(reversed(said)), "more_than" if verb in PASSING and a.comparator == "exact" else None
