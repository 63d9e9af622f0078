"""Whether a value is set aside for another, for negation.py: "in 2021 instead of 2020", "rather than in 2020",
"rather than, as reported, in 2020", "contrary to reports of 2020": the other is what the sentence states."""

from __future__ import annotations

from .denials import OF_REPORTS, SET_ASIDE

# The marks that set off an aside ("rather than, as reported, in 2020")
INSERTS = frozenset((",", "(", ")", "[", "]", "—", "–", ";", "…"))


def set_aside(words: list[str], start: int) -> bool:
    """Whether the claim at words[start] is a value set aside for another ("instead of 2020", "rather
    than in 2020", "rather than, as reported, in 2020", "contrary to reports of 2020")."""
    def ends(k: int) -> bool:
        return any(tuple(words[max(k - len(p), 0):k]) == p for p in SET_ASIDE)

    k = start
    while not ends(k) and k > 0 and start - k < 3 and words[k - 1] in OF_REPORTS:
        k -= 1
    if not ends(k) and k > 0 and words[k - 1] in INSERTS:  # back over an aside set off by marks
        j = k - 1
        while j > 0 and k - j < 6 and words[j - 1] not in INSERTS:
            j -= 1
        k = j - 1 if j > 0 and words[j - 1] in INSERTS else k
    return ends(k)
