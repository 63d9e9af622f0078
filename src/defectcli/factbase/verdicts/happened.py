"""What a number's sentence says happened to what it counts, and whose ages it gives, held against a record: "Over
13,000 soldiers were killed" is not a count of those who defected, nor "The defectors were aged 18 to 35" the ages of
the men a law calls up. The kinds of happening are numbers/happenings.py's, read alike in the claim and the record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...numbers.happenings import IN, SOLDIERING, VERB, VERB_BEFORE, WORD, happened, kinds, of_measure
from ...numbers.relations import when_said
from ...numbers.vocabulary import ARMED_SERVICES, BRANCHES, MONTHS, PEOPLE, SEIZING
from ...text import words_of
from .amounts import FIELD_NAMES, NumberLike, Quantity, dimension
from .evidence import GENERIC, norm_words, stem, terms


def unsaid(claim: NumberLike, q: Quantity) -> frozenset[str]:
    """What the claim says happened to what it counts that the record does not ("were killed" of those who defected);
    then the words that say it in no kind: a verb of a count of people or before a count, a sum or an age ("went home",
    "pockets 700 baht"), which must be the record's own words; the words right beside the number ("killed by
    villagers", "a loan of 700 baht"), which must be the record's or of a kind it holds; a service ("in the infantry")."""
    measure, happened = dimension(claim.unit), _said(claim, q)
    said = of_measure((k for k in happened if not k.startswith((VERB, VERB_BEFORE, IN, WORD))), measure) - _happened(q)
    said -= {"police"} if "polic" in _military(q) else set()  # (of a police officer's years: the police his service)
    said -= set() if q.kind == "person" else {"forced"}  # (a person's joining: not the law's "can be conscripted")
    # (an age's own clause after it says nothing of what happened to the ages: "Men aged 18 to 35 must serve")
    marks = (VERB, VERB_BEFORE) if measure == "people" else (VERB_BEFORE,) if measure in ("money", "age") else ()
    said |= {k for k in happened if k.startswith(marks) and not terms([verb(k)]) & (_own_words(q) | _THE_MILITARY)}
    military = frozenset() if measure == "money" else _military(q)  # ("paid 700 baht a month in the army")
    own, what = _own_words(q), terms([*(q.row.get("known_as") or ()), *(q.row.get("motives") or ())])
    ranked = bool((own | what | military) & (_OF_RANK | _OFFICERS | {"polic"}))  # ("officers" of the police, or of
    # a captain; not "seven comrades, all officers")
    known = own | terms(claim.counted) | terms([claim.unit]) | GENERIC | military | what | (_OF_RANK if ranked else set()) \
        | (terms([q.row.get("excerpt")]) if q.kind == "person" else set()) | (
            set() if "polic" in military or measure == "money" else _SOLDIERS)
    # (what he is and why he joined, in all his record says; a soldier, but not of the police, nor one paid as a defector)
    held = _happened(q)  # a word of a kind the record holds is its ("killed" of those it says were lost)
    said |= {k for k in happened if k.startswith(WORD) and ">" not in k and (found := _name_terms(verb(k))) and not
             found & known and not kinds([verb(k)]) & held}
    said |= {k for k in happened if k.startswith(WORD) and ">" in k and not _said_after(q, *verb(k).split(">")) and (
        measure in ("people", "money") or not when_said(verb(k)))}  # (of years: "served 14 years before the coup")
    if measure == "people" and q.kind != "person":  # what it counts, in any word the record does not ("female", "Kachin")
        said |= {f"{WORD}{w}" for w in claim.counted if w not in PEOPLE and w not in _NEUTRAL_COUNTED
                 and (found := terms([w])) and not found & (_own_words(q) | q.terms | GENERIC | SERVICE | _MEMBERS)}
    if q.row.get("branches"):  # a person's service the sentence names must be his record's ("joined the air force")
        said |= {f"{WORD}{w}" for w in claim.near if w in _SERVICES and not terms([w]) <= _military(q)}
    elif "branches" in q.row:  # (a record that names no branch: one the sentence names must be in its own words)
        said |= {f"{WORD}{w}" for w in claim.near if w in BRANCHES and not terms([w]) <= _own_words(q)}
    return said | {k for k in happened if measure == "time" and k.startswith(IN) and not terms([verb(k)]) & (
        q.terms | _military(q))}


_SERVICES = ARMED_SERVICES | {"police"}
_SOLDIERS = terms(SOLDIERING)


def _military(q: Quantity) -> set[str]:
    """The words of the service one served in: the branch the record names, and the military's, which any soldier's
    record holds; not for one whose record says he served in the police ("Nan Ei Phyu joined the army at 19")."""
    branches = terms(q.row.get("branches") or ())
    return branches | (_ANY_FORCE if "polic" in branches else _THE_MILITARY)


def _said_after(q: Quantity, word: str, said: str) -> bool:
    """Whether the record says `said` after `word` ("lost before a retreat was ordered" is not "lost during the
    retreat"), or, after "when" or "as", anywhere in what it counts ("died when the camp was attacked": the camp)."""
    excerpt, word = f'{q.row.get("excerpt") or ""} {q.row.get("counts") or ""}', word.rstrip("*")  # ("after* he
    # reaches": a clause after it; what it counts, as the record words it: "… since the coup")
    return _related(excerpt, word, said) or (word == "after" and _related(excerpt, "since", said)) or (
        word in ("when", "as", "who", "that") and bool(terms([said]) & (_own_words(q) | terms(q.row.get("motives") or ())))
    ) or (  # ("after the coup": since it; "a defector who is accompanied by a spouse": a relative clause in the record's
        # own words; "when he joined, out of admiration for the armed forces": why he joined, his record's)
        word == "from" and bool(terms([said]) & _THE_MILITARY)) or (  # ("defected from the military": as defecting is)
        word == "whose" and bool(terms([said]) & (_own_words(q) | _whose(q)))) or (  # ("an army camp", "Thawda Win's
        # safe house": the record's words, or who states it or whom it is about, say whose)
        word == "because" and bool(terms([said]) & terms(q.row.get("motives") or ()))) or (  # (why he joined, his record's)
        word in ("before", "until") and q.kind == "person" and terms([said]) == {"defect"}  # ("served 18 years before he
        and "defect" in terms(q.row.get("known_as") or ()))  # defected": a defector's service ends as he defects)


def _whose(q: Quantity) -> set[str]:
    return terms([(q.stated_by or "").replace("-", " "), *(p.replace("-", " ") for p in q.about)])


@lru_cache(maxsize=1024)
def _related(excerpt: str, word: str, said: str) -> bool:
    """Whether `excerpt` has `said` (or a word of its stem) within a few words after `word` (a year, within a clause:
    "since the military coup took place in February 2021" is since 2021)."""
    reach = 8 if said.isdecimal() or said in MONTHS else 3
    return bool(re.search(rf"\b{re.escape(word)}\b\W+(?:\w+\W+){{0,{reach}}}{re.escape(stem(said)[:5])}", excerpt.lower()))


# Words that say whose service members are, not which: "junta personnel", "security personnel" (numbers.py)
SERVICE = terms(["junta military security regime army armed myanmar burmese state"])
_NEUTRAL_COUNTED = frozenset(words_of("""of the his her their its a an and or other others more former ex current total
    all some many"""))
_THE_MILITARY = terms(["military army armed tatmadaw service junta ranks uniform"])  # (not "forces": "forced" too)
_ANY_FORCE = terms(["service uniform ranks"])  # (a police officer's too: "12 years in uniform")
_OF_RANK = terms(["officer officers"])  # "were police officers": the record's "police"
_OFFICERS = terms(["captain major colonel lieutenant general commander"])
_MEMBERS = _THE_MILITARY | terms(["force forces member members personnel"])  # "security force members"


def _own_words(q: Quantity) -> set[str]:
    """The words a record says of what it counts: what it counts, and its excerpt's clause around its wording (not
    the rest of the excerpt: "the loss of seven of his comrades before a retreat was ordered" says none retreated)."""
    return q.own | _clause_terms(str(q.row.get("excerpt") or ""), str(q.row.get("wording") or ""))


_CLAUSE_END = re.compile(r"[,;:](?=\s)|\b(?:before|after|when|while|because|since|until|as|whereas|but)\b")


@lru_cache(maxsize=1024)
def _clause_terms(excerpt: str, wording: str) -> frozenset[str]:
    at = excerpt.find(wording) if wording else -1
    if at < 0:
        return frozenset()
    before, after = _CLAUSE_END.split(excerpt[:at])[-1], _CLAUSE_END.split(excerpt[at + len(wording):])[0]
    return frozenset(terms([before, wording, after]))


_JOINING = frozenset(words_of("signed sign signs entered enter enters"))  # joinings of no kind ("signed up at 17")


def _said(claim: NumberLike, q: Quantity) -> tuple[str, ...]:
    """What the claim says happened, but a word of joining where the record is a person's age on joining or years
    served ("signed up at 17", "was recruited at 15": how he joined is not what the record holds against it)."""
    if q.field not in ("age_joined", "years_served"):
        return claim.happened
    words = [verb(k).rpartition(">")[2] for k in claim.happened]
    return tuple(k for k, w in zip(claim.happened, words, strict=True) if k not in _JOININGS and w not in _JOINING
                 and not kinds([w]) & _JOININGS and not (">" in k and terms([w]) & _THE_MILITARY))


_JOININGS = frozenset(("joined", "recruited"))


def _name_terms(word: str) -> set[str]:
    """The terms of a word beside a number; of a name of several words, those that tell it apart ("the Kachin
    Independence Army": kachin, independence; not "army", which any army's name has)."""
    found = terms([word])
    return (found - _GROUP_NOUNS) or found if " " in word else found


_GROUP_NOUNS = terms(["army forces force front union organisation organization alliance brigade militia group movement"])


def verb(mark: str) -> str:
    """The word a mark holds (of a verb of no kind, a word beside the number, a service)."""
    return mark.removeprefix(VERB_BEFORE).removeprefix(VERB).removeprefix(WORD).removeprefix(IN)


def whose(claim: NumberLike) -> set[str]:
    """Whose ages a claim gives, as its own clause names them ("The defectors were aged …", "men aged …")."""
    return {stem(w) for w in claim.clause if w in PEOPLE and w not in ("people", "person", "persons")}


def of_others(claim: NumberLike, q: Quantity) -> bool:
    """Whether the claim's ages are of others than the record's people, as its words or those its people are known
    by say ("The defectors were aged 18 to 35": not the conscription law's men)."""
    said = whose(claim) if claim.unit == "years of age" and q.kind != "person" else set()
    return bool(said) and not said & (q.terms | terms([q.row.get("about_words")]))


def not_said(claim: NumberLike, q: Quantity) -> str:
    """Why a record that counts the same thing is not the claim's: what the claim says happened, it does not."""
    missing = unsaid(claim, q)
    words = [w for w in dict.fromkeys(claim.words) if kinds([w]) & missing]
    said = [f"“{w}”" for w in words]
    said += [f"“{verb(k)}”" for k in sorted(missing) if k.startswith((VERB, VERB_BEFORE))]
    said += [f"“in {verb(k)}”" for k in sorted(missing) if k.startswith(IN)]
    said += [f"“{verb(k).replace('*>', '>')}”" for k in sorted(missing) if k.startswith(WORD)]
    said += ["that the one the sentence names did it to them"] if "done-by" in missing else []
    said += ["that it was in another armed force than Myanmar's"] if "force" in missing and not said else []  # ("the
    # Royal Thai Air Force": no word of the kind says it)
    said += ["that the joining was by force"] if "forced" in missing else []
    said += ["that it is to come, wished or possible"] if "wished" in missing and not any(
        "wished" in kinds([w]) for w in words) else []
    said += ["that they did it to others"] if "did" in missing else []
    said += ["that they pay it"] if "spent" in missing and not kinds(words) & {"spent"} else []
    said += ["that they are still in the military"] if "stayed" in missing and not kinds(words) & {"stayed"} else []
    said = list(dict.fromkeys(said))  # (a word of a kind, and the same word beside the number)
    of = q.row.get("counts") or FIELD_NAMES.get(q.field or "", q.field)
    return f"the fact base's {q.id} ({q.shown()}: {of}) does not say what this sentence does: {', '.join(said)}"


def _happened(q: Quantity) -> frozenset[str]:
    """What the record's words say happened to what it counts, read as a claim's are."""
    row = q.row
    excerpt, wording = str(row.get("excerpt") or ""), str(row.get("wording") or "")
    at = excerpt.find(wording) if wording else -1
    return _read_happened((row.get("counts"), row.get("topic"), excerpt, wording, *(label for label, _ in q.parts)),
                          excerpt[:max(0, at)], excerpt[at + len(wording):] if at >= 0 else "")


@lru_cache(maxsize=1024)
def _read_happened(texts: tuple[str | None, ...], before: str, after: str) -> frozenset[str]:
    return happened((w for text in texts if text for w in norm_words(text)), before, after)


_SEIZING = terms([*SEIZING, "power control takeover"])


def said_aside(aside: Iterable[str], own: Iterable[object]) -> str:
    """The words of an aside set off after a date ("enlisted in 2020, as a cook") that say something (not "the year
    before the coup") and that neither the record's words `own` nor the military's are, quoted; or ""."""
    known = terms([str(w) for w in own if w]) | GENERIC | _THE_MILITARY
    known |= _SEIZING if terms(["coup"]) <= known else set()  # a coup is a seizure of power: "took power in a coup"
    words = sorted(k.removeprefix(WORD) for k in happened((), "", "", aside) if k.startswith(WORD))
    return ", ".join(f"“{w}”" for w in words if not _name_terms(w.rpartition(">")[2]) & known)
