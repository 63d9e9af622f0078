"""To whom a sentence says a sum is paid: a companion ("his wife gets 1,400") or those the payment goes to
("Trainees are paid 700 baht a month", "The NUG pays informants 700 baht"). Read from the words that lead up to
the sum; the verdict compares them with whom the record pays."""

from __future__ import annotations

import re

from ...numbers.amounts import Reading
from ...numbers.happenings import kinds
from ...numbers.vocabulary import COMPANIONS, PEOPLE, SAYING
from ...text import words_of

# "his wife gets 1,400", "A defector's wife receives", "… and his spouse each receive": the companion is paid it
_PAID_TO = re.compile(r"\b(wife|wives|husband|husbands|spouse|spouses|partner|partners)(?:\s+of\s+(?:the\s+)?[a-z]+)?\s+"
                      r"(?:also\s+|each\s+|too\s+)?(?:gets?|receives?|(?:is|are)\s+(?:paid|given)|earns?|draws?)\s+(?:an?\s+)?$|"
                      r",\s*and\s+(?:his|her|their)\s+(wife|husband|spouse|partner)\s+$",  # "…, and his wife 1,400 baht"
                      re.IGNORECASE)
_WITH_ONE = re.compile(r"\b(?:with|by|without|no|and|brings?|bringing|has|having)\s+(?:a|an|his|her|their|one)?\s*$",
                       re.IGNORECASE)  # ("Each defector who brings his wife gets 1,400": the defector)
_HEDGE = r"(?:(?:about|around|roughly|some|over|nearly|almost|just|only|up\s+to|at\s+least|an?|the|a\s+sum\s+of)\s+)*"
# "Trainees are (now) paid", "Each informant gets", "Informants each receive": the words before the verb say who
_RECEIVES = re.compile(r"(?:^|[,;:(]|\b(?:and|but|while|whereas)\b)([^,;:()]*?)\s+(?:(?:also|each|now|still|only|all|too|"
                       r"currently|usually|reportedly|typically)\s+)*(?:gets?|got|receives?|received|earns?|earned|draws?|"
                       r"(?:is|are|was|were|will\s+be|gets?)\s+(?:\w+ly\s+)?(?:paid|given|offered|granted|awarded))\s+"
                       rf"{_HEDGE}$", re.IGNORECASE)
# "The NUG pays (each of its) informants 700 baht": the object of paying
_PAYS_THEM = re.compile(r"\b(?:pays?|paid|paying|gives?|gave|giving|offers?|offered)\s+(?:(?:each|every|all|the|its|their|"
                        rf"of)\s+)*([a-z][\w’'-]*)\s+{_HEDGE}$", re.IGNORECASE)
# Words that name no one in particular, or the payer's side: not a payee to compare
_NO_ONE = frozenset(words_of("""one ones each every all everyone everybody anyone anybody someone somebody those these
    they them he she we i you it who that which this person people man men woman women money sum amount stipend
    salary allowance payment"""))


def paid_to(leading: str) -> str | None:
    """The companion `leading` (the text before a sum) says the sum is paid to, in lower case; or None."""
    paid = _PAID_TO.search(leading)
    if paid and _WITH_ONE.search(leading[:paid.start()]) and " each " not in paid.group():
        return None  # "A defector with a wife gets 1,400": the defector is paid it (not "X and his wife each get")
    return next(g for g in paid.groups() if g).lower() if paid else None


def payee(leading: str, opens: bool) -> str | None:
    """The head word of whom `leading` says a sum is paid to ("trainees"; "defectors who left" gives
    "defectors"), when it is a plain word; or None (a name, a pronoun, no verb of paying). `opens`: whether
    `leading` is all the sentence before the sum, so that its first word may be capitalised ("Trainees are paid")."""
    found = _RECEIVES.search(leading)
    if found:
        subject = re.split(r"\b(?:who|that|which|whose|with|without|in|from|at)\b", found.group(1), maxsplit=1)[0]
        head = (subject.split() or [""])[-1]
        if opens and subject.strip() == head and head[:1].isupper() and head[1:].islower() and head.endswith("s"):
            head = head.lower()  # a plural noun opening the sentence; not a name
    elif (paying := _PAYS_THEM.search(leading)) is not None:
        head = paying.group(1)
    else:
        return None
    head = re.sub(r"[’']s?$", "", head)
    if not head.isalpha() or not head.islower() or len(head) < 3 or head in _NO_ONE:
        return None
    return head


_AUXILIARY = frozenset(words_of("is are was were be been being will would can could also now currently still"))
_DETERMINERS = frozenset(words_of("each every a an the all most some many any who"))
_LACKING = frozenset(words_of("without no not non lacking minus"))  # "Defectors without a spouse get": read apart
_SPOUSE = frozenset(words_of("spouse wife husband partner family spouses wives husbands partners families"))


def payee_words(reading: Reading, verb: int) -> list[str]:
    """The words that describe the one paid, in the subject before the verb ("Each female defector is paid": female;
    "Each defector still in the army (in Bangkok, who spies) is paid"), back to the clause's first word or a verb of
    saying; none from a word of lacking ("Defectors without (with no) spouse get": read apart, sums.py), nor of a
    name ("Min Thu gets": whose it is is read apart)."""
    tokens = reading.tokens
    k = verb - 1
    while k >= 0 and tokens[k].text.lower() in _AUXILIARY:
        k -= 1
    first = k + 1
    while first > 0 and k - first < 9:
        before = tokens[first - 1].text
        relative = first > 1 and tokens[first - 2].text.lower() in ("who", "which")
        if not (before.isalnum() or before in ("'", "’", "-", ",")) or before.lower() == "that" or (
                before in SAYING and not relative):  # (past commas: "Each defector, who spies, is paid")
            break  # (not "Each defector who informs is paid": what he does describes him)
        first -= 1
    words = [t.text.lower() for t in tokens[first:k + 1] if t.text != ","]
    if words and tokens[first].text[:1].isupper() and words[0] not in _DETERMINERS and words[0] not in PEOPLE:
        return []  # a name is the one paid
    lacks = next((j for j, w in enumerate(words) if w in _LACKING and _SPOUSE & set(words[j + 1:j + 4])), len(words))
    # (a number with the word before it, as the record must say it: "Each defector over 30": over>30)
    clause = next((j for j, w in enumerate(words) if w in ("who", "which", "that")), len(words))
    # a number with the word before it ("over>30"), a word of a relative clause as one of a clause that every word
    # of counts ("who*>informs"); not what one paid as a defector did ("Deserters who fled"), nor a companion ("who
    # brings his child": read apart, parts.py)
    return [f"{words[j - 1]}>{w}" if w.isdecimal() and j else f"who*>{w}" if j > clause else w
            for j, w in enumerate(words[:lacks]) if w not in _DETERMINERS
            and (w not in PEOPLE or (w in COMPANIONS and j < clause)) and w not in _AUXILIARY and w not in _ACCOMPANYING
            and "defected" not in kinds([w])]  # (a companion before the verb is read: "Defectors with a spouse, or a
    # child, get"; not one after "who", read apart)


_ACCOMPANYING = frozenset(words_of("brings bring brought bringing accompanied accompanies comes came with his her their"))
