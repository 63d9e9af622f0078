"""Where and whose a place or a target in a sentence is: a place named after a preposition ("in Mandalay", "for Thai
Airways"), and whose it is when the military's words or a group's name say so: "an army camp", "a junta training
camp", "an army safe house", "a military barracks", "an assault on the military". The military's words are free of
most records (a soldier's service is the military's whether his record says so or not); a place or a target said to be
the military's is not, and must be the record's own words (verdicts/happened.py)."""

from __future__ import annotations

from ...numbers.values import Token
from ...text import words_of

_MILITARY = frozenset(words_of("army military junta tatmadaw regime"))
_PLACES = frozenset(words_of("""camp camps base bases barracks barrack house houses safehouse safehouses compound compounds
    post posts outpost outposts station stations headquarters prison prisons jail village villages school academy
    hospital checkpoint checkpoints"""))  # (not "unit": "Maung Sein's army unit" is his, the military's)
_ATTACKS = frozenset(words_of("""assault assaults attack attacks raid raids offensive offensives ambush ambushes strike
    strikes"""))
_BETWEEN = frozenset(words_of("the a an"))


def owners(tokens: list[str]) -> tuple[str, ...]:
    """For the tokens of a sentence (as written), "whose>army" for each place or target it says is the military's,
    and "whose>kia" for one it says is a named group's ("a KIA training camp", "an assault on the KIA", "a People's
    Embrace camp"): whose it is, the record's own words must say."""
    words = [t.lower() for t in tokens]
    out = []
    for k, w in enumerate(words):
        named = _name_at(tokens, k)
        if w not in _MILITARY and named is None:
            continue
        end = k + 1 if named is None else named[0]
        owner = w if named is None else named[1]
        ahead = words[end:end + 3]
        place = next((j for j, x in enumerate(ahead) if x in _PLACES), None)
        if place is not None and all(x.isalpha() and x not in _PLACES for x in ahead[:place]):
            out += [f"whose>{owner}", f"whose>{ahead[place]}"]  # "a junta training camp", "an army safe house", "a KIA
            continue  # camp"; and the place itself ("a PDF hospital": the record's camp)
        back = k - 1
        while back >= 0 and words[back] in _BETWEEN:
            back -= 1
        if back >= 1 and words[back] == "on" and words[back - 1] in _ATTACKS:
            out.append(f"whose>{owner}")  # "in an assault on the military (the KIA)"
    return tuple(dict.fromkeys(out))


def _name_at(tokens: list[str], k: int) -> tuple[int, str] | None:
    """Where a name that starts at k ends, and its words in lower case: "KIA", "People's Embrace" (not a word that
    starts the sentence, nor the military's)."""
    if k == 0 or not tokens[k][:1].isupper() or tokens[k - 1][:1].isupper() or tokens[k].lower() in _MILITARY:
        return None
    end = k + 1
    while end < len(tokens) and tokens[end][:1].isupper():
        end += 1
    return end, " ".join(tokens[k:end]).lower()


def place_before(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """Where a name ending at k that follows a preposition of place starts (at the preposition), and its words as one:
    "in Mandalay", "at Mandalay University", "for Thai Airways", "in the Hilton" (not a subject: "Zay Thu Aung
    served"; nor a claimant after its verb's words: "…, the exiled NUG over 13,000")."""
    j = k
    while j > 0 and (tokens[j - 1].text[:1].isupper() or (tokens[j - 1].text == "-" and j > 1 and
                                                          tokens[j - 2].text[:1].isupper())):
        j -= 1  # (a name with a hyphen: "the Shangri-La")
    name = " ".join(t.text.lower() for t in tokens[j:k + 1]).replace(" - ", "-")
    if j == 0 or tokens[k].text.endswith(("'s", "’s")) or set(name.split()) & _SERVICES:
        return None  # (not whose it is: "in Thawda Win's safe house"; nor a service, read as one: "the Myanmar Air Force")
    before = tokens[j - 1].text
    if before in ("the", "a", "an") and j >= 2 and tokens[j - 2].text in _PLACE_WORDS:
        return j - 2, f"{tokens[j - 2].text}>{name}"  # "in the Hilton"
    if before in _PLACE_WORDS:
        return j - 1, f"{before}>{name}"
    return None


_PLACE_WORDS = frozenset(words_of("in at for with from near around across inside outside throughout"))
_SERVICES = frozenset(words_of("army force forces navy military tatmadaw police air armed"))
