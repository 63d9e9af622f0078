"""The service a sentence says a person served in ("a former army captain", "18 years in the navy", "with the
police"), held against the one that person's record gives: "army", "navy", "air force", "police", "marines" name one
service; "military", "armed forces", "the Tatmadaw" any armed one, not the police. A record gives its service in the
words it knows the person by (its branch: "Captain, air force"); one that gives none is a soldier's, of the military,
which the articles call "the army" too ("Bo Pyay joined the army"), so "army" fits it and no other service does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .evidence import norm_words

MILITARY = "military"  # any armed service
# Each word that names a service, and the service ("air" of "air force"; "armed" of "armed forces")
_NAMES = {"army": "army", "navy": "navy", "naval": "navy", "air": "air force", "airforce": "air force",
          "police": "police", "policeman": "police", "policemen": "police", "policewoman": "police", "cop": "police",
          "cops": "police", "marine": "marines", "marines": "marines", "military": MILITARY, "tatmadaw": MILITARY,
          "armed": MILITARY}
SERVICES = frozenset(_NAMES.values())
_SECOND = {"air": ("force", "forces"), "armed": ("force", "forces")}  # ("air force": one service, in two words)


def services(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The services `words` name, once each, in order; and the words that name none, as written."""
    said: list[str] = []
    rest: list[str] = []
    k = 0
    while k < len(words):
        word = words[k].lower().strip(".,").removeprefix("ex-")
        if word in _NAMES:
            said += [] if _NAMES[word] in said else [_NAMES[word]]
            k += 1 + (k + 1 < len(words) and words[k + 1].lower() in _SECOND.get(word, ()))
            continue
        rest.append(words[k])
        k += 1
    return said, rest


def held(known_as: str) -> set[str]:
    """The services a record gives, in the words it knows the person by (any armed one's word says none)."""
    return set(services(norm_words(known_as))[0]) - {MILITARY}


def fits(service: str, record: Iterable[str]) -> bool:
    """Whether a service the sentence names is one the record gives: the military of any armed service, and the
    army of a record that gives none (a soldier's)."""
    given = set(record)
    if service == MILITARY:
        return not given or bool(given - {"police"})
    return service in given or (service == "army" and not given)


def given(record: set[str]) -> str:
    """The services a record gives, for a reason ("air force"), or what it gives when none."""
    return ", ".join(sorted(record)) or "no branch of service"
