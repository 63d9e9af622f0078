"""Whom a number or a date is about, of the names its sentence holds: the first name of the claim's own
clause, else the nearest before it, else the first after. A name the sentence sets apart ("Maung Sein,
not Zay Thu Aung, served"; "Zeya Hein, unlike Lin Aung, enlisted") or that only owns the subject
("Lin Aung's friend Zeya Hein enlisted") is not whom it is about."""

from __future__ import annotations

import itertools
import re

from ...numbers.values import Token
from ...numbers.vocabulary import DATED_NOUNS, SAYING
from ...text import words_of
from .events import names_event
from .inside import embedded
from .names import BESIDE, RELATIVES, ROLES
from .negation import clause
from .verbs import RECRUITING

# ", not Lin Aung,": an aside that names whom the sentence is not about (its speaker, or its subject).
SET_APART = re.compile(r",\s*(?:(?:not|unlike|rather than|and not|but not|as opposed to|never|and never|but never)\s+|"
                       r"[a-z]+(?:ed|en)\s+(?:[a-z]+\s+){0,2}?by\s+)"  # "Lin Aung, recruited by Zeya Hein, enlisted"
                       r"[^,.;:!?“”\"]+,", re.IGNORECASE)
# "Lin Aung's friend Zeya Hein": the name after the possessive is whom the sentence is about.
_KIN_WORDS = rf"(?:{RELATIVES}|{ROLES}|unit|men|soldiers)s?"  # and whose men they are
_KIN = re.compile(rf"['’]s\s+(?:\w+\s+)?{_KIN_WORDS}\b", re.IGNORECASE)
# "Zeya Hein rather than Lin Aung enlisted": Lin Aung, set apart with no commas.
_APART_BEFORE = re.compile(rf"\b(?:rather than|instead of|and not|but not|as opposed to|{BESIDE})\s+$", re.IGNORECASE)
# "A friend of Zeya Hein enlisted": the friend, whom no name names.
_KIN_OF = re.compile(rf"\b{_KIN_WORDS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# Verbs after which what is known or heard about someone follows ("Zeya Hein heard that Lin Aung enlisted").
_KNOWING = SAYING | frozenset(words_of("""heard hears learned learnt learns knew knows thought thinks felt feels saw sees
    read found realised realized confirmed confirms assumed suspected understood remembered remembers"""))


def apart(text: str) -> list[tuple[int, int]]:
    """The character spans of the set-apart asides of `text`."""
    return [m.span() for m in SET_APART.finditer(text)]


def about(names: list[tuple[str, int]], text: str, asides: list[tuple[int, int]], toks: list[Token], words: list[str],
          start: int, end: int, verb: int | None = None) -> tuple[str, ...]:
    """The names of `text` (name, offset), whom the claim at words[start:end] is about first; set-apart
    (`asides`, apart(text)) and owning names left out. `verb`: where the word naming the claim's event is
    ("enlisted"): whom it enlists, or who is to do it ("persuaded Lin Aung to enlist"), comes first."""
    at = {t.start: k for k, t in enumerate(toks)}
    kept = [(name, at.get(offset, -1)) for name, offset in names
            if not any(a <= offset < b for a, b in asides) and not _KIN.match(text, offset + len(name))
            and not _KIN_OF.search(text[max(0, offset - 40):offset])
            and not _APART_BEFORE.search(text[max(0, offset - 20):offset])]
    kept = [(name, k) for name, k in kept if not _compared(toks, words, k, len(name))]
    if verb is not None and (name := _inside_subject(text[:toks[verb].start])) is not None:
        kept = [(n, k) for n, k in kept if n != name]  # "The man Lin Aung calls his brother enlisted": the man
    lo, hi = clause(words, start, end)
    if words[lo:lo + 1] == ["who"] and words[lo - 1:lo] == [","]:  # "…, six years after Zeya Hein, who joined in 2014"
        whose = [name for name, offset in names if offset in at and _ends(toks, at[offset], len(name)) == lo - 1]
        if whose:
            return (whose[0], *(n for n, _ in kept if n != whose[0]))
        if words[lo - 2:lo - 1] != [] and words[lo - 2].isalpha() and toks[lo - 2].text.islower():
            return ()  # "Lin Aung met a soldier, who enlisted in 2020": the soldier, unnamed
    said = max((k for k in range(lo, start) if words[k] in _KNOWING), default=lo)  # "Lin Aung said Zeya Hein ..."
    reported = said + 1 + (words[said + 1:said + 2] == ["that"])
    if said > lo and words[reported:reported + 1] in (["his"], ["her"], ["their"], ["a"], ["an"]) and \
            not any(said < k < hi for _, k in kept):
        return ()  # "Zeya Hein says his brother enlisted": the brother, unnamed
    pronoun = next((k for k in range(said + 1, min(hi, said + 7)) if words[k] in ("he", "she")), None)
    if said > lo and pronoun is not None and any(said < k < pronoun and words[k - 1] != "the" for _, k in kept) and \
            any(lo <= k < said for _, k in kept):
        return ()  # "Zeya Hein told Lin Aung he enlisted in 2020": which of the two "he" is, the sentence does not say
        # (not "… told the Irrawaddy he …": an outlet)
    inside = [n for n, k in kept if said <= k < hi and not _in_relative(words, said, k)] + [
        n for n, k in kept if lo <= k < said]  # "Zeya Hein said he enlisted": whom the clause names, when none after
    if verb is not None:  # "The man Zeya Hein recruited enlisted": Zeya Hein is who recruited, not who enlisted
        inside = [n for n in inside if not _other_verb(toks, words, dict(kept)[n], len(n), verb)]
    if words[lo - 1:lo] in (["before"], ["after"], ["than"]) and not any(names_event(words, k) or words[k] in DATED_NOUNS
                                                                         for k in range(lo, hi)):
        inside = []  # "Zeya Hein enlisted before Lin Aung in 2014": Lin Aung is who he is compared with
    rel = max((k for k in range(lo, start) if words[k] in ("who", "whom")), default=-1)
    if rel > 0 and words[rel - 1] != "," and not toks[rel - 1][0][:1].isupper():
        inside = []  # "Bo Pyay met a man who joined at 17": the man, unnamed
    if verb is not None:
        doing = sorted((_does(toks, words, verb, k, len(n)), n) for n, k in kept
                       if lo <= k < hi and not _in_relative(words, said, k))
        inside = [n for rank, n in doing if rank] + inside
    if words[lo:lo + 1] in (["whose"], ["his"], ["her"], ["their"]) and not inside and words[lo - 1:lo] != ["and"]:
        return ()  # "Lin Aung, whose brother enlisted in 2020,", "…, his brother in 2014": the brother, unnamed
    if words[lo:lo + 1] == ["whose"]:
        return tuple(dict.fromkeys(inside))
    aside = _aside(words, lo)
    before = [n for n, k in sorted(kept, key=lambda nk: -nk[1]) if 0 <= k < lo and not aside[0] <= k < aside[1]]
    # an aside that is a name alone names the subject: "Lin Aung's recruiter, Zeya Hein, enlisted"
    before = [n for n, k in kept if k == aside[0] + 1 and _ends(toks, k, len(n)) == aside[1] - 1] + before
    after = [n for n, k in kept if k >= hi or k < 0]
    # a speaker set off after the clause: "In 2020, said Lin Aung, Zeya Hein ...", "In 2020, Lin Aung said, ...", or
    # inside it: "Zeya Hein, said Lin Aung, enlisted in 2014"
    speaking = [n for n, k in kept if (k >= hi and (words[k - 1] in SAYING or
                                                    "".join(words[_ends(toks, k, len(n)):][:1]) in SAYING))
                or _set_off_tag(toks, words, k, len(n))]
    return tuple(dict.fromkeys([*(n for n in (*inside, *before, *after) if n not in speaking), *speaking]))


def _inside_subject(before: str) -> str | None:
    """The name inside a description that is the subject of the verb `before` ends at (inside.py), from the
    sentence's start or after a comma ("In 2020, the soldier across from Lin Aung enlisted")."""
    before = before[-200:]  # (a subject is near its verb; a long sentence is not read again for each claim)
    starts = [0, *(m.end() for m in re.finditer(r"[,;]\s*", before))][-4:]
    return next((name for k in starts if (name := embedded(before[k:].strip())) is not None
                 and not re.search(rf",\s*{re.escape(name)}\s*,", before)), None)  # (not one set off after it: "The
    # youngest person in the camp, Maung Sein, joined": Maung Sein is the youngest person)


def _set_off_tag(toks: list[Token], words: list[str], k: int, size: int) -> bool:
    """Whether the name at words[k] is the speaker of a tag set off by commas, dashes or brackets: ", said Lin Aung,",
    ", Lin Aung said,", "— Lin Aung says —"."""
    end = _ends(toks, k, size)
    return k >= 2 and ((words[k - 1] in SAYING and words[k - 2] in _OPENS and words[end:end + 1] != [] and
                        words[end] in _CLOSES) or (
        words[k - 1] in _OPENS and words[end:end + 1] != [] and words[end] in SAYING and words[end + 1:end + 2] != []
        and words[end + 1] in _CLOSES))


_OPENS = frozenset((",", "—", "–", "("))  # "Zeya Hein — Lin Aung says — enlisted", "Bo Pyay (Maung Sein says) joined"
_CLOSES = frozenset((",", "—", "–", ")"))


def together(names: list[tuple[str, int]], toks: list[Token], words: list[str], start: int, end: int,
             verb: int | None = None) -> list[str]:
    """The names that share the subject of the claim's clause, in order, when it has more than one ("Lin
    Aung and Zeya Hein both enlisted in 2014", "Bo Pyay, Lin Aung and Zeya Hein enlisted", "Lin Aung as well
    as Zeya Hein", "Lin Aung and his friend Zeya Hein"); else []. With `verb` (where the clause's event word
    is), one named with someone unnamed ("Zeya Hein and his wife entered the military") is [name, ""]: the
    claim is said of that someone too, whom no record can be."""
    lo, hi = clause(words, start, end)
    if verb is not None and (named := _with_unnamed(names, toks, words, clause(words, verb, verb + 1)[0], verb)):
        return [named, ""]
    linked = words[lo - 1:lo] == ["and"]
    also = _also_at(words, hi)  # "…, and so did Lin Aung", "— as did Lin Aung", "; so, he says, did Lin Aung"
    if not linked and also is None and not any(tuple(words[j:j + n]) in _WITH for j in range(lo, hi) for n in (2, 3)) \
            and not _LIKEWISE & set(words[hi:hi + 12]) and words[lo - 1:lo] != [","] and not _ALIKE & set(words):
        return []
    at = {t.start: k for k, t in enumerate(toks)}
    spans = {}  # where each name starts: (where it ends, the name)
    for name, offset in names:
        k = at.get(offset, -1)
        spans[k] = (_ends(toks, k, len(name)), name)
    first = _kin(words, lo)  # "his friend Zeya Hein": the name after a kin phrase
    if words[lo - 1:lo] == [","] and not linked:  # "Lin Aung, and later Zeya Hein, enlisted": both
        k = lo - 2
        while k > 0 and words[k] != ",":
            k -= 1
        inner = [j for j in spans if k < j < lo - 1]
        before = [j for j, (e, _) in spans.items() if e == k]
        if words[k + 1:k + 2] == ["and"] and words[k + 2:k + 3] not in (["not"], ["never"]) and inner and before:
            return [spans[before[0]][1], spans[inner[0]][1]]
    if also is None:  # "…, Lin Aung too", "…; Zeya Hein did the same", "…, as Zeya Hein had"
        also = next((k for k in sorted(spans) if k >= hi and _likewise(words, k, spans[k][0])), None)
    alike = None if also is not None else next(
        (k for k in sorted(spans) if k >= 0 and not lo <= k < hi and _alike(words, k, spans[k][0])), None)
    if alike is not None:  # "Like Zeya Hein, Lin Aung enlisted in 2020", "…, the same year as Zeya Hein"
        subject = next((spans[k][1] for k in range(lo, hi) if k in spans), None) or next(
            (spans[k][1] for k in sorted(spans, reverse=True) if 0 <= k < lo and k != alike), None)  # "X, like Y, enlisted"
        return [subject, spans[alike][1]] if subject else []
    if also is not None:
        subject = next((spans[k][1] for k in range(lo, hi) if k in spans), None)
        also = _kin(words, also)  # "…, and so did his friend Zeya Hein"
        return [subject, spans[also][1]] if subject and also in spans else []
    if first not in spans:
        return []
    found, k = [spans[first][1]], lo - 1  # k: the "and" or comma before the name found last
    while linked and k > 0 and (words[k] == "and" or (words[k] == "," and found[1:])):
        j = next((j for j, (e, _) in spans.items() if e == k), None)
        if j is None:
            return []
        found.insert(0, spans[j][1])
        k = j - 1
    k -= k >= 0 and words[k] == "both"  # "Both Lin Aung and Zeya Hein enlisted"
    if not (k < 0 or words[k] in _MARKS or words[k] in (".", ";", ":")):
        return []
    e = spans[first][0]  # then forward: "Lin Aung as well as Zeya Hein", "… along with Zeya Hein"
    while (n := next((len(c) for c in _WITH if tuple(words[e:e + len(c)]) == c), 0)) and _kin(words, e + n) in spans:
        found.append(spans[_kin(words, e + n)][1])
        e = spans[_kin(words, e + n)][0]
    return found if len(found) > 1 else []


def _with_unnamed(names: list[tuple[str, int]], toks: list[Token], words: list[str], lo: int, verb: int) -> str | None:
    """The name before "and" when the subject is a name and someone unnamed in a few plain words up to the verb
    at words[verb] ("Zeya Hein and his wife entered", "Lin Aung and two friends had joined", "X and others")."""
    if words[lo - 1:lo] != ["and"] or not 0 < verb - lo <= 4 or words[lo] not in _SOMEONE or \
            not all(w.isalpha() and w.islower() for w in words[lo:verb]):
        return None
    at = {t.start: k for k, t in enumerate(toks)}
    if any(lo <= at.get(offset, -1) < verb for _, offset in names):
        return None  # "Min Thu and his friend Aye Chan": a name (together reads it)
    for name, offset in names:
        k = at.get(offset, -1)
        if k >= 0 and _ends(toks, k, len(name)) == lo - 1 and (k == 0 or words[k - 1] in _MARKS or words[k - 1] in ".;:"):
            return name
    return None


_SOMEONE = frozenset(words_of("his her their a an two three four five several some many other others"))
_WITH = (("as", "well", "as"), ("along", "with"), ("together", "with"))
_ALIKE = frozenset(("like", "same", "long"))  # "Like X, …", "the same year X did", "as long as X"
_DOES = frozenset(words_of("did had has have does do was were is are"))


def _also_at(words: list[str], hi: int) -> int | None:
    """Where the name starts after the clause ending at words[hi] in "…, and so did X", "…, as does X", "— as did X",
    "; so, he says, did X" (an aside between "so" and its verb left out); None when no such words follow."""
    k = hi + (words[hi:hi + 1] in ([","], [";"], ["—"], ["–"]))
    k += words[k:k + 1] == ["and"]
    if k == hi or words[k:k + 1] not in (["so"], ["as"]):
        return None
    k += 1
    if words[k:k + 1] == [","]:
        k = next((j + 1 for j in range(k + 1, min(len(words), k + 8)) if words[j] == ","), len(words))
    if words[k:k + 1] == [] or words[k] not in _DOES or k + 1 >= len(words):
        return None
    return k + 1 + (words[k + 1] == "the")  # "…, and so does the NUG": the name


_LIKEWISE = frozenset(("too", "also", "likewise", "same", "well", "had", "did"))


def _likewise(words: list[str], k: int, e: int) -> bool:
    """Whether the name at words[k:e], after the claim's clause, is said to have done the same: "Lin Aung
    too", "Zeya Hein did the same", "as Zeya Hein had", "and Lin Aung as well"."""
    after = words[e:e + 3]
    if any(w[:1].isdecimal() for w in words[e:e + 6]):
        return False  # "…, as Zeya Hein had in 2014": a date of his own
    return bool(set(after) & {"too", "also", "likewise", "same"}) or after[:2] == ["as", "well"] or \
        (words[k - 1:k] == ["as"] and after[:1] in (["had"], ["did"], ["has"], ["does"])) or after[:2] == ["did", "so"]


def _alike(words: list[str], k: int, e: int) -> bool:
    """Whether the name at words[k:e] is said to be alike in the claim, not only compared: "like Zeya Hein", "just
    like Zeya Hein", "the same year Zeya Hein did", "the same age as Bo Pyay", "the same as Bo Pyay" (not "the same
    year Zeya Hein defected": an event of his own; not "unlike Zeya Hein")."""
    before = words[max(0, k - 4):k]
    if before[-2:-1] in (["his"], ["her"], ["their"]):
        before = words[max(0, k - 6):k - 2]  # "like his friend Zeya Hein"
    like = before[-1:] == ["like"] and before[-2:-1] not in (["not"], ["nothing"], ["look"], ["looks"], ["looked"])
    same = before[-3:-1] == ["the", "same"] or (before[-4:-2] == ["the", "same"] and before[-1:] == ["as"]) or \
        before[-3:] == ["as", "long", "as"]  # "…, as long as Bo Pyay"
    after = words[e:e + 2]
    own = after[:1] not in ([], [","], ["."], [";"], ["!"], ["—"], ["–"], [")"]) and not (
        after[:1] in (["did"], ["had"], ["has"], ["does"], ["was"], ["is"]) and after[1:] in ([], [","], ["."], [";"]))
    ahead = list(itertools.takewhile(lambda w: w not in (",", ".", ";", "—", "–", ")"), words[e:e + 6]))
    return (like or same) and not own and not any(w[:1].isdecimal() for w in ahead)  # "like Zeya Hein in 2014": his own


# Words before a name that make it whom someone is compared with: "enlisted after Zeya Hein, in 2020",
# "earlier than Lin Aung", "followed Zeya Hein into the army", "beat Lin Aung into the army".
_COMPARING = frozenset(words_of("after before than followed follows beat beats preceded precedes behind"))


def _compared(toks: list[Token], words: list[str], k: int, length: int) -> bool:
    """Whether the name at words[k] is whom the subject is compared with, not whom a claim is about; not
    the subject of a clause of its own ("after Zeya Hein enlisted in 2014": his enlistment)."""
    if k < 1 or words[k - 1] not in _COMPARING:
        return False
    e = _ends(toks, k, length)
    if words[e - 1].endswith(("'s", "’s")) and any(w in DATED_NOUNS for w in words[e:e + 3]):
        return False  # "after Lin Aung's 2014 enlistment": his enlistment, its date
    return not (e < len(words) and names_event(words, e))


def _kin(words: list[str], k: int) -> int:
    """Where the name of a subject starting at words[k] starts: after "his friend", "her brother"."""
    if words[k:k + 1] in (["his"], ["her"], ["their"]) and k + 2 < len(words):
        return k + 2
    return k


def _ends(toks: list[Token], k: int, length: int) -> int:
    """Where the name of `length` characters that starts at toks[k] ends (the token after it)."""
    return next((j for j in range(k, len(toks)) if toks[j].start >= toks[k].start + length), len(toks))


def _other_verb(toks: list[Token], words: list[str], k: int, length: int, verb: int) -> bool:
    """Whether the name at words[k] is followed, before the event's word at words[verb], by a verb of its own
    (not one of saying or knowing): then it is who did that, not the event ("The man Zeya Hein recruited
    enlisted", "Zeya Hein persuaded Lin Aung to enlist")."""
    if k < 0 or k > verb or words[verb - 1:verb] in (["to"], ["of"]):
        return False  # "Zay Thu Aung decided to defect", "made the decision to defect": his own
    return any(names_event(words, j) and words[j] not in _KNOWING for j in range(_ends(toks, k, length), verb))


def _does(toks: list[Token], words: list[str], verb: int, k: int, length: int) -> int:
    """Whether the name of `length` characters at words[k] is whom the event word at words[verb] is of:
    1 for its object ("Zeya Hein recruited Lin Aung"), 2 for just before it ("persuaded Lin Aung to
    enlist", "helped Lin Aung enlist"), 0 for neither."""
    if k < 0:
        return 0
    if k == verb + 1 and words[verb] in RECRUITING:
        return 1
    after = _ends(toks, k, length)
    return 2 if after == verb or (after == verb - 1 and words[after] in ("to", "into")) else 0


def _in_relative(words: list[str], lo: int, k: int) -> bool:
    """Whether the name at words[k] stands in a relative clause of its clause ("The man who recruited
    Lin Aung enlisted in 2020": the man, whom no name names)."""
    return any(w in ("who", "whom", "which") for w in words[lo:k])


def _aside(words: list[str], lo: int) -> tuple[int, int]:
    """The aside set off by marks just before the clause at words[lo] ("Zeya Hein, a friend of Lin Aung,
    enlisted"; "Zeya Hein, who met Lin Aung, enlisted"): its words are not whom the clause is about, when
    a name stands before it. (-1, -1) when there is none."""
    if lo < 2 or words[lo - 1] not in _MARKS:
        return -1, -1
    k = lo - 2
    while k >= 0 and words[k] not in _MARKS and words[k] not in (".", ";", ":"):
        k -= 1
    if k > 0 and words[k + 1:k + 2] == ["and"]:
        return -1, -1  # "Both Zeya Hein, in 2014, and Lin Aung, in 2020, enlisted": a second subject, no aside
    if k > 0 and words[k + 1:k + 2] not in ([w] for w in _ASIDE_STARTS) and \
            any(names_event(words, j) for j in range(k + 1, lo - 1)):
        return -1, -1  # "A year before the coup, Lin Aung enlisted, in 2020": the main clause, no aside
    return (k, lo) if k > 0 and words[k] in _MARKS else (-1, -1)


_MARKS = frozenset((",", "(", ")", "—", "–"))
# How an aside that describes starts: "Zeya Hein, who met Lin Aung, enlisted", "…, a friend of Lin Aung,".
_ASIDE_STARTS = frozenset(words_of("who whom whose which a an the his her their not unlike like as once then now"))
