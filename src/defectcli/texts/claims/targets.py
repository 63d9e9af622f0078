"""Whose a place or a target in a sentence is, when the military's words say so: "an army camp", "a junta training
camp", "an army safe house", "a military barracks", "an assault on the military". The military's words are free of
most records (a soldier's service is the military's whether his record says so or not); a place or a target said to be
the military's is not, and must be the record's own words (verdicts/happened.py)."""

from __future__ import annotations

from ...text import words_of

_MILITARY = frozenset(words_of("army military junta tatmadaw regime"))
_PLACES = frozenset(words_of("""camp camps base bases barracks barrack house houses safehouse safehouses compound compounds
    post posts outpost outposts station stations headquarters prison prisons jail village villages school academy
    hospital checkpoint checkpoints"""))  # (not "unit": "Maung Sein's army unit" is his, the military's)
_ATTACKS = frozenset(words_of("""assault assaults attack attacks raid raids offensive offensives ambush ambushes strike
    strikes"""))
_BETWEEN = frozenset(words_of("the a an"))


def owners(words: list[str]) -> tuple[str, ...]:
    """For the lower-case words of a sentence, "whose>army" for each place or target it says is the military's."""
    out = []
    for k, w in enumerate(words):
        if w not in _MILITARY:
            continue
        ahead = words[k + 1:k + 4]
        place = next((j for j, x in enumerate(ahead) if x in _PLACES), None)
        if place is not None and all(x.isalpha() and x not in _PLACES for x in ahead[:place]):
            out.append(f"whose>{w}")  # "a junta training camp", "an army safe house"
            continue
        back = k - 1
        while back >= 0 and words[back] in _BETWEEN:
            back -= 1
        if back >= 1 and words[back] == "on" and words[back - 1] in _ATTACKS:
            out.append(f"whose>{w}")  # "in an assault on the military"
    return tuple(dict.fromkeys(out))
