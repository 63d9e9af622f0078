"""Where and whose a place or a target in a sentence is: a place named after a preposition ("in Mandalay", "for Thai
Airways"), and whose it is when the military's words or a group's name say so: "an army camp", "a junta training
camp", "an army safe house", "a military barracks", "an assault on the military". The military's words are free of
most records (a soldier's service is the military's whether his record says so or not); a place or a target said to be
the military's is not, and must be the record's own words (verdicts/happened.py)."""

from __future__ import annotations

from ...numbers.values import Token
from ...numbers.vocabulary import SAYING
from ...text import words_of

_MILITARY = frozenset(words_of("army military junta tatmadaw regime"))
_PLACES = frozenset(words_of("""camp camps base bases barracks barrack house houses safehouse safehouses compound compounds
    post posts outpost outposts station stations headquarters prison prisons jail village villages school academy
    hospital checkpoint checkpoints"""))  # (not "unit": "Maung Sein's army unit" is his, the military's)
_ATTACKS = frozenset(words_of("""assault assaults attack attacks raid raids offensive offensives ambush ambushes strike
    strikes"""))
_BETWEEN = frozenset(words_of("the a an"))
_HELD = frozenset(words_of("run operated owned held controlled used manned guarded belonging"))  # ("… by X", "… to X")


def owners(tokens: list[str]) -> tuple[str, ...]:
    """For the tokens of a sentence (as written), "whose>army" for each place or target it says is the military's,
    and "whose>kia" for one it says is a named group's ("a KIA training camp", "an assault on the KIA", "a People's
    Embrace camp"): whose it is, the record's own words must say."""
    words = [t.lower() for t in tokens]
    out = []
    for k, w in enumerate(words):
        w = w.removesuffix("'s").removesuffix("’s")  # "the junta's safe house"
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
        elif back >= 1 and words[back] == "of" and words[back - 1] in _PLACES:
            out += [f"whose>{owner}", f"whose>{words[back - 1]}"]  # "a safe house of the junta", "a camp of the KIA"
        elif back >= 2 and words[back] in ("by", "to") and words[back - 1] in _HELD and words[back - 2] in _PLACES:
            out += [f"whose>{owner}", f"whose>{words[back - 2]}"]  # "a camp run by the army", "belonging to the junta"
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


def object_before(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """A one-word name at k right after its verb, which follows the subject ("Zay Thu Aung drove Toyotas (taught English)
    for 18 years"): where it is, and its word, what the record must say too; not a name after words that describe it
    ("…, the exiled NUG over 13,000"), one told ("told Reuters"), an acronym ("paid PDF fighters"), nor one of several words."""
    text = tokens[k].text
    verb = tokens[k - 1].text if k >= 2 else ""
    if k < 2 or text.isupper() or not verb.isalpha() or not verb.islower() or verb in _NOT_VERBS | SAYING or \
            text.lower() in _SERVICES | _COUNTRY or not (tokens[k - 2].text[:1].isupper() or tokens[k - 2].text == ","):
        return None
    return k, text.lower()


_NOT_VERBS = frozenset(words_of("""the a an his her their its our my your this that these those some any every each no
    and or but of to in at for with from by on as than about over under into onto"""))
_COUNTRY = frozenset(words_of("myanmar burma"))  # ("served Myanmar for 18 years": its military, the record's)
_PLACE_WORDS = frozenset(words_of("in at for with from near around across inside outside throughout"))
_SERVICES = frozenset(words_of("army force forces navy military tatmadaw police air armed"))
