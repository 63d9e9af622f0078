"""The words of rank, service or job a sentence writes with a person's name, as a title before it ("Police officer
Lin Aung", "Major Zay Thu Aung", "former air force captain X", "a former sergeant, X,") or set off right after it
("X, a police officer,", "X (a major)"): what the sentence says the person is, which the verdict holds against the
person's record (factbase/verdicts/titled.py). Not the words that describe anyone who served ("Former soldier X", "the
young defector X"), nor an honorific that is part of a name ("Ko", "Bo"), nor a relation ("his brother X")."""

from __future__ import annotations

import re

from ...factbase.names import RANKS
from ...text import words_of
from .asides import VERB

# Ranks (every way factbase/names.py writes them, but "Mr", "Ms"), services and jobs: a claim of what one is
TITLE_WORDS = frozenset(form for key, forms in RANKS.items() if key not in ("mr", "mrs", "ms") for form in forms) | \
    frozenset(words_of("""officer commander commandant admiral marshal warrant lance brigadier cadet police policeman
    policewoman cop constable inspector superintendent navy naval sailor seaman air airforce airman pilot marine marines
    infantry infantryman artillery gunner paratrooper sniper medic nurse cook driver mechanic engineer signaller guard
    bodyguard militia militiaman intelligence spy journalist reporter photographer photojournalist teacher student monk
    farmer lawyer translator interpreter spokesman spokeswoman official minister activist chief army military tatmadaw
    armed"""))  # (a service, even any armed one's: not the police's, verdicts/services.py)
# Words that may stand in a title and say nothing the record must hold: any soldier's, or when he held it ("force"
# of "air force", "armed forces": the service is the word before it)
_ANY = frozenset(words_of("""former ex retired then now one-time onetime serving senior junior young old soldier trooper
    troop serviceman defector deserter veteran recruit conscript forces force corps
    high-ranking low-ranking lower-ranking ranking interviewee"""))
# Where a description set off after a name ends: its clause ("who …"), or a phrase of place or time
_HEAD_END = re.compile(r"\s(?:who|whom|whose|which|that|with|from|of|in|at|for|since|until|during|before|after|when|"
                       r"under|to|and|but|or)\s.*$")
# "the major said", "said the former captain"
_ROLE_TAG = re.compile(rf"\b[Tt]he\s+((?:[a-z-]+\s+){{0,3}}?[a-z-]+)\s+(?:{VERB})\b|\b(?:{VERB})\s+the\s+((?:[a-z-]+\s+){{0,3}}?"
                       rf"[a-z-]+)\s*[.!?,]?\s*$")
_TAG = re.compile(rf"\b(?:{VERB})\b")  # (a tag set off is no description: "Lin Aung, the police say, enlisted")
_AFTER = re.compile(r"\s*(?:,\s*(?:(?:now|aged)\s+)?(?:\d{1,3}\s*,\s*)?|\(\s*|[—–]\s*)((?:an?|the|former|ex-|retired)\s"
                    r"[^,.;:!?“”\"()\[\]—–]{1,80}?)\s*(?=[,.;:!?“”\"()—–]|$)")
# (at the start, after a quotation, or after a verb of saying: not "After meeting a police officer, X said")
_BEFORE_SET_OFF = re.compile(rf"(?:^|[”\"]\s*,?\s*|\b(?:{VERB})\s+)((?:[Aa]n?|[Tt]he)\s[^,.;:!?“”\"()—–]{{1,60}}?)\s*,\s*$")


def titled(sentence: str, name: str, near: int = 0, tagged: bool = False) -> tuple[str, ...]:
    """The title words (as written, without a point) the sentence gives the one `name` names, where it writes the name
    (of several places, the nearest to `near`, where the claim is); `tagged`, for a quotation's speaker the sentence
    does not name, read from the sentence before ("X paused. “…,” the major said."): those of the tag's description."""
    places = [m.start() for m in re.finditer(re.escape(name), sentence)] if name[:1].isupper() else []
    if not places:
        role = _ROLE_TAG.search(sentence) if tagged else None
        return tuple(w for w in (role.group(1) or role.group(2)).split() if w.lower() in TITLE_WORDS) if role else ()
    at = min(places, key=lambda k: abs(k - near))
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and _word(words[lead]).lower() in TITLE_WORDS | _ANY:
        lead += 1  # "Major Zay Thu Aung", "Police Officer Lin Aung": the title is written in the name
    found = [_word(w) for w in words[:lead]]
    found += _before(sentence[:at]) + _after(sentence[at + len(name):])
    return tuple(dict.fromkeys(w for w in found if w.lower() in TITLE_WORDS))


def _word(word: str) -> str:
    word = word.strip(".,")
    return word[3:] if word.lower().startswith("ex-") else word


def _before(text: str) -> list[str]:
    """The title right before a name: the words back to the first that is no title word ("the soft-spoken police
    officer X": police officer), or one set off by commas before it ("a former sergeant, X,")."""
    if set_off := _BEFORE_SET_OFF.search(text):
        return [_word(w) for w in set_off.group(1).split()]
    out: list[str] = []
    for word in reversed(text.split()):
        if not re.fullmatch(r"[A-Za-z][\w-]*\.?", word) or _word(word).lower() not in TITLE_WORDS | _ANY:
            break
        out.insert(0, _word(word))
    return out


def _after(text: str) -> list[str]:
    """The head of a description set off right after a name ("X, a former police officer in Yangon, said": police
    officer), not its clause ("X, a defector who met a major,")."""
    m = _AFTER.match(text)
    return [_word(w) for w in _HEAD_END.sub("", f" {m.group(1)} ").split()] if m and not _TAG.search(m.group(1)) else []
