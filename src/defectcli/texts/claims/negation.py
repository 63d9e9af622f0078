"""Whether a number or a date stands in a clause that denies it ("Lin Aung did not enlist in 2020",
"did not, in fact, enlist in 2020", "not 12,341", "have never defected", "refused to defect in 2021").
verify does not read such a claim: a record that states the number or the date would make it a
match, though the sentence says the opposite."""

from __future__ import annotations

from ...numbers.vocabulary import SAYING
from .cancelled import cancelled
from .denials import (
    ELLIPTIC,
    FALSELY,
    FALSITY,
    UNTRUE_WHEN,
    corrected,
    reported,
    taken_back,
    takes_back,
)
from .denies import denies
from .described import (
    AUXILIARY_VERBS,
    RELATIVE,
    adverbial,
    after_subject,
    denied_verb,
    described_from,
    describes,
    has_subject,
    led_verb,
    negates,
    past_asides,
    verb_of,
)
from .setaside import INSERTS as _INSERTS  # (the marks that set off an aside: "did not, in fact, enlist")
from .setaside import set_aside
from .unreal import RETRACTED, unreal_after

# What ends a clause: punctuation, and the words that join one clause to another.
_BOUNDS = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…", "and", "or", "but", "though",
                     "although", "while", "whereas", "yet", "because", "since", "after", "before", "when"))


def negated(words: list[str], start: int, end: int) -> bool:
    """Whether the clause holding words[start:end] (lower-cased words) denies what it says; follows a
    denial through asides set off by commas, brackets, dashes, semicolons or an ellipsis ("did not, as far
    as we know, enlist"); and, for a claim in a short phrase of its own ("In 2020, Lin Aung did not
    enlist"), whether its sentence denies anything; for a date that leads its sentence, whether its
    subject, however long ("In 2020 Lin Aung, his brother and his cousin did not enlist"), is denied."""
    words = [_ellipsis(words, k) for k in range(len(words))]
    lo, hi = _reach(words, start, end, _BOUNDS)
    marked = _reach(words, start, end, _MARKS_ONLY)[1]  # (the clause after it from the next mark: "… since the coup, says
    # X, but it has since withdrawn the figure", where "since" ends the claim's clause)
    if _denied(words, after_subject(words, lo, verb_of(words, lo, start)), hi, start, end) or set_aside(words, start) or (
            (_refuted_after(words, hi) or _refuted_after(words, marked)) and not _relative_own(words, lo)):
        return True
    if _leading(words, lo, start) and _subject_denied(words, end):
        return True
    outside = words[lo:start] + words[end:hi]
    if all(w in _PHRASE for w in outside) and set(words[max(lo - 1, 0):lo] + words[hi:hi + 1]) & _SETTING_OFF \
            and _denied(words, *_reach(words, start, end, _SENTENCE), start, end):
        return True
    return _asides_deny(words, lo, hi, verb=verb_of(words, lo, start))


def _relative_own(words: list[str], lo: int) -> bool:
    """Whether the clause starting at words[lo] is a relative one set off by a mark ("Lin Aung, who enlisted
    in 2020, did not regret it"): what follows it is its subject's main clause, which denies nothing of it."""
    return lo > 0 and (words[lo - 1] in RELATIVE or (
        words[lo - 1] in _INSERTS and words[lo:lo + 1] != [] and words[lo] in RELATIVE))


def _asides_deny(words: list[str], lo: int, hi: int, ahead: bool = True, verb: int | None = None) -> bool:
    """Whether the clause words[lo:hi] leads, through asides set off by marks, to a denial after it ("In
    2020 Lin Aung, a soldier, did not enlist"), or comes after one ("did not, as far as we know, enlist")."""
    k = hi  # the asides after the clause: the clause they lead to (not from a relative clause's own claim:
    # "Bo Pyay, who joined the army at 17, wanted to escape" denies nothing of the joining)
    for _ in range(3 if ahead and not _relative_own(words, lo) else 0):
        if k >= len(words) or words[k] not in _INSERTS:
            break
        j = k = k + 1
        while k < len(words) and words[k] not in _INSERTS and words[k] not in _SENTENCE:
            k += 1
        if words[j:j + 1] != [] and words[j] in RELATIVE:
            break  # ", who did not …": of someone, not the clause's verb
        if not describes(words[j:k]) and any(denies(words, x) and not _other_amount(words, x) for x in range(j, min(j + 3, k))):
            return True
    k = -1 if has_subject(words, lo, verb) else lo - 1  # the mark before the clause; the words before it, an aside or
    # the denial itself ("did not, as far as we know, say:"); none before a clause of its own ("No hero, X said:")
    for _ in range(6):
        if k < 1 or words[k] not in _INSERTS:
            return False
        j = k - 1  # back over the aside ("as far as we know", "after all"), to the mark before it
        while j >= 0 and words[j] not in _INSERTS and words[j] not in _ENDS:
            j -= 1
        only = adverbial(words[j + 1:k])  # ", not even once,", ", at no stage,": a denial of the verb, whatever its length
        relative = j >= 0 and words[j] in _INSERTS and (describes(words[j + 1:k]) or words[j + 1] not in AUXILIARY_VERBS) \
            and not only  # ", who never rested,", ", never one to lie,": of him ("did not" is not)
        if not relative and (only or denies(words, k - 1) or (k > 1 and denies(words, k - 2))):
            return True  # "did not actually, officially enlist"
        k = j
    return False


def _other_amount(words: list[str], k: int) -> bool:
    """Whether words[k] is the "not" of ", not 700", which sets another amount aside: "gets 1,400 baht, not 700"."""
    at = k + 1 + (words[k + 1:k + 2] in (["in"], ["on"], ["at"]))  # ", not in 2014"
    return words[k] == "not" and words[at:at + 1] != [] and words[at][:1].isdecimal()


_TITLES = frozenset(("capt", "maj", "lt", "col", "gen", "sgt", "cpl", "pvt", "mr", "mrs", "ms", "dr", "brig", "mg",
                     "st", "no", "vs"))


def clause(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The clause around words[start:end]: up to the nearest punctuation or joining word each side."""
    return _reach(words, start, end, _BOUNDS)


def clause_denies(words: list[str], k: int) -> bool:
    """Whether the clause around the place before words[k] (a quotation, whose words are not among
    them) denies anything: "Lin Aung never said “...”", "It is false that he said “...”"."""
    words = [_ellipsis(words, j) for j in range(len(words))]
    lo, hi = _reach(words, k, k, _BOUNDS)
    if lo == k and k > 1 and words[k - 1] == ":":  # "Lin Aung never said: “...”": the clause the colon ends
        lo = _reach(words, k - 1, k - 1, _BOUNDS)[0]
    # a clause that holds its verb of saying ("“…,” said Lin Aung, who did not say more") does not lead on to
    # the asides after it
    said = any(w in SAYING for w in words[lo:hi])
    # a denial after the last verb of saying before the quotation is of what is said, not of the saying:
    # "Lin Aung said he does not regret leaving: “…”" (but "Lin Aung said he never said “…”" is denied)
    saying = [j for j in range(lo, k) if words[j] in SAYING or denied_verb(words, j) or led_verb(words, j)]  # ("did not
    # once tell reporters:", "refused to tell reporters:")
    saying = [j for j in saying if not _not_saying_it(words, j)] or saying  # the speaker's own verb, when he has one
    before = saying[-1] + 1 if saying else k
    if not saying and k > 1 and words[k - 1] == ":":
        before = lo  # "Lin Aung had no regrets: “…”": a lead-in with no verb of saying describes the words, never denies them
    within = after_subject(words, lo, saying[-1] if saying else None)  # (not "A man who trusts no one said:")
    tags = [j for j in range(k, hi) if words[j] in SAYING]  # a tag after: "said a man who …", "a man who … said"
    verb = (tags[0] if tags[0] <= k + 1 else tags[-1]) if tags else None
    head, tail = (after_subject(words, k, verb), described_from(words, verb, hi)) if verb is not None else (k, hi)
    denied = _denied(words, within, before, k, k) or _denied(words, head, tail, k, k) or (not saying and any(
        words[j] in FALSELY and not cancelled(words, j) for j in range(lo, k)))  # "X was wrongly credited with the words:"
    return denied or _asides_deny(words, lo, hi, not said, saying[-1] if saying else None) or _quote_refuted(words, k) \
        or _refuted_after(words, hi) or unreal_after(words, k)  # "“…,” Lin Aung said, but he did not"


def _not_saying_it(words: list[str], j: int) -> bool:
    """Whether the verb of saying at words[j] is said of the speaker, not by him: "he was not warned", "he wasn't
    told", "nobody warned him" (what he says after it is still his words: "Lin Aung said he was not warned: “…”")."""
    before = [w for w in words[max(0, j - 2):j] if w not in ("not", "never", "n't")]
    return (bool(before) and before[-1] in _PASSIVE) or (words[j + 1:j + 2] in (["him"], ["her"], ["them"], ["me"], ["us"])
                                                         and words[max(0, j - 2):j][-1:] in (["nobody"], ["one"]))


_PASSIVE = frozenset(("was", "were", "been", "being", "wasn't", "weren't", "is", "are", "isn't", "aren't"))


def _quote_refuted(words: list[str], k: int) -> bool:
    """Whether a short clause set off after a quotation (ending before words[k]) says it was not said or is
    not so: "“…” — Lin Aung did not say this", "said “…”: false", "“…”, which he never said"."""
    j = k
    for _ in range(2):  # "“…” — Lin Aung: not true": the clause after the speaker's name too
        start = j
        while j < len(words) and words[j] in (*_INSERTS, ":"):
            j += 1
        if j == start or j >= len(words):
            return False
        end, wide = _reach(words, j, j + 1, _BOUNDS)[1], _reach(words, j, j + 1, _MARKS_ONLY)[1]
        denial = next((x for x in range(after_subject(words, j, verb_of(words, j, end)), end) if denies(words, x)), None)
        if end - j <= 8 and denial is not None and (end - j <= 2 or bool(_OF_SAYING & set(words[j:end]))) and \
                takes_back(words[denial + 1:wide]):  # (not "…”, but he did not say when", "…”, without elaborating")
            return True
        j = end
    return False


# Words that say a denial after a quotation is of the quotation: "Lin Aung did not say this", "words he never spoke".
_OF_SAYING = frozenset(("say", "said", "says", "saying", "this", "that", "it", "so", "spoke", "spoken", "speak",
                        "uttered", "utter", "words", "wrote", "written", "true", "did", "insists", "maintains"))


def _reach(words: list[str], start: int, end: int, stops: frozenset[str]) -> tuple[int, int]:
    """The words around words[start:end] up to the nearest of `stops` on each side."""
    lo, hi = start, end
    while lo > 0 and not _stop(words, lo - 1, stops):
        lo -= 1
    while hi < len(words) and not _stop(words, hi, stops):
        hi += 1
    return lo, hi


def _stop(words: list[str], k: int, stops: frozenset[str]) -> bool:
    """Whether words[k] is one of `stops`; "yet" only as a conjunction (", yet", "and yet"), not in "not yet"."""
    if (words[k] == "yet" and k > 0 and words[k - 1] not in _INSERTS and words[k - 1] not in ("and", "but", "or")) or (
            words[k] == "since" and words[k - 1:k] in (["has"], ["have"], ["had"])):
        return False  # (nor "since" in "he has since denied it")
    if words[k] == "when" and k > 0 and words[k - 1] in UNTRUE_WHEN and not any(map(negates, words[max(0, k - 4):k - 1])):
        return False  # "X is lying when he says he joined in 2014": what he says is what is denied
    if words[k] == "." and k > 0 and words[k - 1] in _TITLES:
        return False  # "Capt. Zeya Hein": a title's point ends nothing
    return words[k] in stops


_SAY = frozenset(("say", "says", "said", "state", "states", "stated", "claim", "claims", "claimed"))  # (not "but did not
# explain": the speaker's own silence on more)
_DESCRIBED = frozenset(("a", "an", "the", "which", "that", "whose", "one", "some", "any", "what", "as"))
_SAME_ONE = frozenset(("he", "she", "it", "they", "this", "that", "which", "i", "we", "so", "in", "fact", "truth"))


def _refuted_after(words: list[str], hi: int) -> bool:
    """Whether the clause after the claim's says it is not so: ", but this is untrue", "— that is false"; past asides
    that describe or tag ("said X, no hero, but he did not", "4,210 …, says X, but it did not")."""
    hi = past_asides(words, hi)
    if words[hi:hi + 1] == ["before"] and any(denies(words, j) for j in range(hi + 1, min(hi + 5, len(words)))):
        return True  # "… said before taking it back", "before retracting it"
    k = hi
    while k < len(words) and (words[k] in _INSERTS or words[k] in (":", "but", "and", "though", "although", "or",
                                                                    "rather")):
        k += 1
    if k == hi or k >= len(words):
        return False
    end = _reach(words, k, k + 1, _BOUNDS)[1]
    if FALSITY & set(words[k:_reach(words, k, k + 1, _MARKS_ONLY)[1]][:10]):
        return True  # "…, in a deepfake video", "…, or so a fabricated post claimed", ", according to a fake report"
    contrary = {"but", ":"} & set(words[hi:k])  # not "and never looked back"
    denial = next((j for j in range(k, end) if denies(words, j)), None)
    if contrary and end - k <= 4 and not any(w[:1].isdecimal() for w in words[k:end]) and denial is not None and \
            all(w in ELLIPTIC for w in words[denial + 1:end]) and all(w in _SAME_ONE for w in words[k:denial]):
        return True  # "…, but he did not", "… but never did", "…: false." (not "…, but he could not leave", nor "…,
        # but Lin Aung did not": another who did not)
    wide = _reach(words, k, k + 1, _MARKS_ONLY)[1]  # "a remark he has since retracted": "since" ends no aside here
    if words[k] in ("a", "an", "something", "words", "remarks", "in") and wide - k <= 8 and \
            any(denies(words, j) for j in range(k, wide)) and {"he", "she", "it", "they", "i", "we"} & set(words[k:wide]):
        # (not "…, a figure the NUG disputes": another's dispute, which takes nothing back)
        return True  # "…, a claim he denies", "…, something he has always denied"
    if words[k] in ("then", "later", "afterwards", "before", "since", "soon", "only") and wide - k <= 6 and \
            any(denies(words, j) for j in range(k, wide)):
        return True  # "…, then took it back", "…, before retracting it"
    if words[k:k + 2] in (["did", "not"], ["never", "said"], ["did", "n't"]) and _OF_SAYING & set(words[k + 2:wide]) and \
            takes_back(words[k + 2:wide]):
        return True  # "…, or rather did not say"
    if end - k <= 2 and denies(words, k) and not _other_amount(words, k) and not (words[k] == "no" and describes(words[k:end])) \
            and takes_back(words[k + 1:end]):  # (not "…, without elaborating")
        return True  # "… — fabricated.", "… — hoax." (not "…, not 700", which sets another amount aside)
    said = next((j for j in range(k, min(end, k + 6)) if denied_verb(words, j) and words[j] in _SAY), None)
    if said is not None and all(w in ELLIPTIC for w in words[said + 1:wide]) and words[k] not in _DESCRIBED:
        return True  # "12,341 …, People's Embrace does not say." (its tag denied; not "…, a number the junta never
        # acknowledged", "…, which the NUG does not say": another's)
    k = reported(words, k)  # "…, but he later said he never said it": what he says
    denial = next((j for j in range(k + 1, min(end, k + 5)) if denies(words, j)), None) if end - k <= 9 else None
    if words[k] in ("he", "she", "they", "it") and denial is not None and takes_back(words[denial + 1:max(end, wide)]):
        return True  # "… (he did not)", "…, though he later denied saying so"; not "; he never regretted leaving", "but
        # he did not elaborate", "but it did not give a source"
    if words[k].replace("’", "'").split("'")[0] not in ("this", "that", "which", "it", "all", "none"):
        return False
    return any(denies(words, j) and takes_back(words[j + 1:end]) for j in range(k, min(end, k + 6)))  # "but this
    # is untrue", "but that's a myth" (not "but it did not give a source")


def takes_back_before(words: list[str], asked: bool) -> bool:
    """Whether a sentence of its own (its lower-cased words) takes back the claims of the one before it: "He later
    took it back.", "He has since retracted the remark.", "It did not."; after a question ("Did X say “…”?"), "No."."""
    if asked and set(words) <= _ANSWER_NO and {"no", "not", "never", "nope"} & set(words):
        return True  # "No.", "Not at all.", "Never.", "No, he did not."
    k = 0
    while k < len(words) and words[k] in _THEN:
        k += 1  # "Later he took it back.", "Two days later, he retracted the remark."
    if words[k:k + 2] in (["not", "true"], ["untrue"]) or (words[k:k + 3] in (["not", "a", "word"], ["not", "one", "word"],
                                                                               ["nothing", "of", "the"]) and "true" in words):
        return True  # "Not true: he never said it.", "Not a word of it is true.", "Nothing of the sort is true."
    if words[k:k + 1] == ["none"] and {"false", "untrue", "wrong", "incorrect", "lie", "lies", "made"} & set(words):
        return False  # "None of that is false.": it is all so
    if words[k:k + 1] in (["he"], ["she"], ["they"], ["it"], ["that"], ["this"], ["none"]):
        return _refuted_after([",", "but", *words[k:]], 0)
    back = next((j for j in range(k, min(k + 7, len(words))) if words[j] in RETRACTED or taken_back(words, j)
                 or corrected(words, j)), None)  # "The Irrawaddy has since corrected the quote.": another puts it right
    return back is not None and not SAYING & set(words[k:back]) and takes_back(words[back + 1:_reach(words, back, back + 1,
                                                                                               _MARKS_ONLY)[1]])


_ANSWER_NO = frozenset(("no", "not", "never", "nope", "at", "all", "he", "she", "they", "it", "did", "does", "do", "n't",
                        "says", "said", "absolutely", "certainly", "definitely", "of", "course",
                        "didn't", "has", "had", ",", ".", "!"))
_THEN = frozenset(("except", "only", "but", "later", "two", "three", "a", "few", "days", "day", "weeks", "week", "months",
                   "hours", "since", "then", "afterwards", "soon", "after", "the", "next", "evening", "morning", ","))


def _leading(words: list[str], lo: int, start: int) -> bool:
    """Whether the claim leads its sentence, after no words but those of a phrase ("In 2020 ...")."""
    return (lo == 0 or words[lo - 1] in _SENTENCE) and all(w in _PHRASE for w in words[lo:start])


def _subject_denied(words: list[str], end: int) -> bool:
    """For a date that leads its sentence ("In 2020 ..."): whether the subject after it, however it runs
    ("Lin Aung, his brother and his cousin", "both Lin Aung and his brother", "Lin Aung (a farmer)"),
    leads to a denial: its first verb, or the two words after that verb, deny."""
    for k in range(end, min(len(words), end + 16)):
        w = words[k]
        if w in _SENTENCE or w in (";", ":") or (w in _BOUNDS and w not in _INSERTS and w not in ("and", "or")):
            return False
        if denies(words, k):
            return True
        if w in AUXILIARY_VERBS or (w.endswith("ed") and len(w) > 3):  # the subject has ended, its verb begun: "did
            # not", not "enlisted and never ..."
            return any(denies(words, j) for j in range(k + 1, min(k + 3, len(words)))
                       if not any(_stop(words, x, _BOUNDS) for x in range(k + 1, j + 1)))
    return False


def _denied(words: list[str], lo: int, hi: int, start: int, end: int) -> bool:
    """Whether words[lo:hi], the claim's own words[start:end] aside, deny anything ("instead of" only
    what comes after it: "enlisted in 2020 instead of defecting" states 2020); "all but enlisted" too."""
    if lo >= 2 and words[lo - 2:lo] == ["all", "but"]:
        return True
    return any(denies(words, k) for k in range(lo, hi)
               if not start <= k < end and not (k >= end and words[k] in ("rather", "instead")))


# A claim set off by a comma, a bracket or a dash whose clause has no other words than these is a phrase
# of its own ("In 2020,"; "Back in 2020,"; "(in 2020)"; "— on 1 February 2021 —"), which the sentence's
# main clause may deny. A clause with a verb of its own ("enlisted in 2020") is not.
_PHRASE = frozenset(("in", "on", "at", "during", "by", "of", "from", "around", "about", "since", "until", "back", "way",
                     "even", "also", "already", "only", "still", "then", "again", "early", "late", "as", "so", "there",
                     "that", "year", "the"))
_SENTENCE = frozenset((".", "!", "?"))
# What sets off such a phrase: a mark, or "or" ("did not enlist in 2019 or in 2020": the 2020 is denied too).
_SETTING_OFF = _INSERTS | {":", "or", "nor"}


def _ellipsis(words: list[str], k: int) -> str:
    """The word, or "…" for a full stop that is part of an ellipsis written with dots ("did not... enlist")."""
    if words[k] == "." and ((k > 0 and words[k - 1] == ".") or (k + 1 < len(words) and words[k + 1] == ".")):
        return "…"
    return words[k]


_ENDS = frozenset((":", ".", "!", "?"))
# What ends an aside: marks, not words ("a remark he has since retracted").
_MARKS_ONLY = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…"))
