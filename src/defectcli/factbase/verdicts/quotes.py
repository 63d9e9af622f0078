"""The verdict on a quote: found verbatim, misquoted (the nearest quote by similarity), or not found;
then its speaker held against who the sentence says spoke it (see decide.py for the vocabulary).

A quote is found verbatim when its words (case, quote-mark and apostrophe style, punctuation and
white space aside) run in a record's parts, in order (an ellipsis may skip words); else the nearest
quote, by the word-level similarity of the claim with it (rapidfuzz), is a misquote when it reaches
QUOTE_THRESHOLD, shown with a word diff against the verbatim text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from ...numbers.vocabulary import SAYING
from ...shapes import Row
from ...text import fold
from .evidence import WORD, ClaimLike, Evidence, Found, Verdict, name_of, norm_words, terms, where
from .services import SERVICES, fits, given, held, services
from .titled import numbers_unfit

# The similarity (see `similarity`, 0 to 1) of a quoted claim with a recorded quote at or above
# which the claim is that quote misquoted; below it, the quote is not found. Tuned on two sets:
# misquotes (a word dropped, changed or added, words reordered, a paraphrase in quote marks) of the
# tests' quotes and of the bundled ones score 0.80 and 0.71 or more; sentences in quote marks that
# share a clause or a few words with a recorded quote but say something else, 0.63 or less.
QUOTE_THRESHOLD = 0.67
# A quote needs this many words to be compared by similarity; a shorter one must be verbatim.
FUZZY_MINWORDS = 4


class QuoteLike(ClaimLike, Protocol):
    @property
    def quote(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...


def _runs(claim: str) -> list[list[str]]:
    """The claim's words, in the runs an ellipsis separates."""
    pieces = re.split(r"\.\s*\.\s*\.|…|\[\s*(?:\.\.\.|…)\s*\]", claim)
    return [w for w in (norm_words(p) for p in pieces) if w]


# Words an ellipsis may not skip: leaving one out says the opposite ("I ... regret" of "I don't regret").
_DENIALS = frozenset(("not", "no", "never", "nor", "neither", "cannot", "nothing", "nobody", "none", "without"))


def _verbatim(runs: list[list[str]], record: list[str]) -> bool:
    at = 0
    for i, run in enumerate(runs):
        n = len(run)
        found = next((k for k in range(at, len(record) - n + 1) if record[k:k + n] == run
                      and (i == 0 or not any(_denial(w) for w in record[at:k]))), None)
        if found is None:
            return False
        at = found + n
    return True


def _denial(word: str) -> bool:
    return word in _DENIALS or word.endswith("n't")


def _record_text(q: Row) -> str:
    return " ".join(q["parts"]) if q.get("parts") else str(q["text"])


def similarity(claim_words: list[str], record_words: list[str]) -> tuple[float, int, int]:
    """(score, start, end): how nearly the claim's words are a quote's, and the stretch
    record_words[start:end] they match best.

    The score is the mean of two word-level measures: how many of the claim's words the quote has in
    the same order (a claim that shares a clause with a quote and then says something else covers
    little of itself), and how alike the claim and its best stretch are (a partial quote is
    compared with the part it quotes). A claim whose words are nearly all the quote's, in another
    order, scores its share of them, less a tenth.
    """
    from collections import Counter

    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel

    if not claim_words or not record_words:
        return 0.0, 0, 0
    n = len(claim_words)
    common = (n + len(record_words) - Indel.distance(claim_words, record_words)) / 2
    shared = sum((Counter(claim_words) & Counter(record_words)).values()) / n
    if n >= len(record_words):
        alike, first, last = Indel.normalized_similarity(claim_words, record_words), 0, len(record_words)
    else:
        joined = " ".join(record_words)
        align = fuzz.partial_ratio_alignment(" ".join(claim_words), joined)
        at, to = (align.dest_start, align.dest_end) if align is not None else (0, len(joined))
        # Character offsets to word offsets, widened by two words each side: the alignment of characters
        # can start a word or two into the stretch the words make (an added or dropped word).
        starts = [m.start() for m in re.finditer(r"\S+", joined)]
        first = max(0, len([s for s in starts if s <= at]) - 3)
        last = min(len(record_words), len([s for s in starts if s < to]) + 2)
        alike, a0, b0 = 0.0, first, last
        # a stretch may start a word or two before the widened one too, where a word changed starts the claim
        # ("I had many good options" of "I had no other good options")
        for a in range(max(0, first - 2), min(last, first + 5)):
            for b in range(max(a + 1, last - 4), last + 1):
                score = Indel.normalized_similarity(claim_words, record_words[a:b])
                if score > alike:
                    alike, a0, b0 = score, a, b
        first, last = a0, b0
    return max((common / n + alike) / 2, shared - 0.1), first, last


def word_diff(claim: str, source: str) -> str:
    """The claim against the source, word by word: `[-words-]` the claim has and the source does not,
    then `{+words+}` the source has and the claim does not; the rest as the source writes it."""
    from rapidfuzz.distance import Indel

    a, b = claim.split(), source.split()
    out: list[str] = []
    dropped: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if dropped:
            out.append("[-" + " ".join(dropped) + "-]")
        if added:
            out.append("{+" + " ".join(added) + "+}")
        dropped.clear()
        added.clear()

    for op in Indel.opcodes([_key(w) for w in a], [_key(w) for w in b]):
        if op.tag == "equal":
            flush()
            out.extend(b[op.dest_start:op.dest_end])
        else:
            dropped.extend(a[op.src_start:op.src_end])
            added.extend(b[op.dest_start:op.dest_end])
    flush()
    return " ".join(out)


def _key(word: str) -> str:
    return " ".join(norm_words(word))


def _shown(claim: list[str], record: list[str], a: int, b: int) -> tuple[int, int]:
    """The stretch of the record a misquote is shown against: the one it matches best, widened by as many of
    the record's words as the claim has at its start or end where that stretch has none ("The transformation
    has been minimal" against "… been astounding": astounding shown)."""
    from rapidfuzz.distance import Indel

    ops = Indel.opcodes(claim, record[a:b])
    if ops and ops[0].tag != "equal" and ops[0].dest_end == ops[0].dest_start:
        a = max(0, a - (ops[0].src_end - ops[0].src_start))
        a = 0 if a <= 4 else a  # to the quote's start when it is near: "No matter how hard it is," in full
    if ops and ops[-1].tag != "equal" and ops[-1].dest_end == ops[-1].dest_start:
        b = min(len(record), b + (ops[-1].src_end - ops[-1].src_start))
        b = len(record) if len(record) - b <= 4 else b
    return a, b


def _stretch(text: str, start: int, end: int) -> str:
    """Words start..end of `text` as written (norm_words counts), with their punctuation."""
    spans = [m.span() for m in WORD.finditer(fold(text))]
    if not spans:
        return text
    # fold() keeps the length of text that is already composed; else fall back to the whole text.
    if len(fold(text)) != len(text):
        return text
    a = spans[min(start, len(spans) - 1)][0]
    b = spans[min(end, len(spans)) - 1][1]
    while b < len(text) and not text[b].isspace():
        b += 1
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    return text[a:b]


def _quote_evidence(q: Row) -> Evidence:
    return Evidence("quote", q["id"], q["source"], q.get("line"), q["text"],
                    f"{q.get('speaker_name') or q['speaker']}: “{q['text']}”")


_FEWEST = 2  # a quotation of fewer words may be anyone's word, found inside a longer quote


def quote_verdict(claim: QuoteLike, found: Found) -> Verdict:
    runs = _runs(claim.quote)
    words = [w for run in runs for w in run]
    named = found.named
    verbatim = [q for q in found.quotes if _verbatim(runs, norm_words(_record_text(q)))]
    if len(words) < _FEWEST and not any(named and q["speaker"] in named for q in verbatim):
        # "“Why?” Maung Sein asked.": one word found inside another's quote says nothing of whose it is
        whose = f" of {_named_as(claim, found)}" if named else ""
        return Verdict("not_found", f"no quote{whose} in the fact base has this word, and one word found inside "
                       "another's quote tells nothing of whose it is")
    if verbatim:
        right = [q for q in verbatim if named is None or q["speaker"] in named]
        if named is None and found.subjects and not any(q["speaker"] in found.subjects for q in right):
            # no speaker read, yet the sentence names people and not the one who said it: never `matches` (a
            # shape of naming the speaker that is not read would let anyone's quote through)
            q = right[0]
            who = ", ".join(name_of(found, p) for p in found.subjects)
            return Verdict("not_found", f"the sentence names {who}, not as its speaker; the fact base gives these "
                           f"words to {q.get('speaker_name') or q['speaker']} ({where(q)})", (_quote_evidence(q),))
        if right and right[0]["speaker"] in found.hearers and not (named and right[0]["speaker"] in named):
            # "A man told Lin Aung: “…”", "Lin Aung heard him say: “…”": his own words, given to another who said them
            # to him, are never `matches`
            q = right[0]
            who = q.get("speaker_name") or q["speaker"]
            return Verdict("not_found", f"the sentence names {who} as one who hears, watches or passes on these words, "
                           f"whom they are said of, or to describe the one who says them, not as their speaker; the fact base "
                           f"gives them to {who} ({where(q)})",
                           (_quote_evidence(q),))
        if named is None and len(found.subjects) > 1:
            # no speaker read, and the sentence names several people: which of them it gives the words to is not
            # known, so never `matches` ("X gave poverty as his reason — “…” — and Y shame: “…”")
            q = right[0]
            who = " and ".join(name_of(found, p) for p in found.subjects)
            return Verdict("not_found", f"the sentence names {who}, and which of them said these words is not read; the "
                           f"fact base gives them to {q.get('speaker_name') or q['speaker']} ({where(q)})",
                           (_quote_evidence(q),))
        if right and named is None and (unfit := _unfit(claim.speaker, right[0])):
            # "The junta chief said: “…”" of a defector's words: a description the fact base does not give their speaker
            q = right[0]
            return Verdict("not_found", f"the sentence gives these words to {claim.speaker!r}, and the fact base does not "
                           f"describe {q.get('speaker_name') or q['speaker']}, who said them ({where(q)}), as "
                           f"{', '.join(repr(w) for w in unfit)}{_gives(unfit, q)}", (_quote_evidence(q),))
        if right and (marked := _accented(claim.quote, _record_text(right[0]))):
            q = right[0]  # "It filled me with remörse": a letter the record does not write
            return Verdict("misquoted", f"{q.get('speaker_name') or q['speaker']} said it otherwise ({where(q)}): "
                           f"{marked}", (_quote_evidence(q),), marked)
        if right:
            q = right[0]
            return Verdict("matches", f"said by {q.get('speaker_name') or q['speaker']} ({where(q)})",
                           (_quote_evidence(q),))
        q = verbatim[0]
        if _one_word_unknown(claim, found):
            return Verdict("not_found", f"the fact base gives these words to {q.get('speaker_name') or q['speaker']} "
                           f"({where(q)}); the sentence may name as their speaker {_named_as(claim, found)!r}, a word the "
                           "fact base knows no one by", (_quote_evidence(q),))
        return Verdict("misattributed", _not_theirs(q, claim, found), (_quote_evidence(q),))
    scored = []
    if len(words) >= FUZZY_MINWORDS:
        for q in found.quotes:
            text = _record_text(q)
            record = norm_words(text)
            score, a, b = similarity(words, record)
            scored.append((score, q, _stretch(text, *_shown(words, record, a, b))))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < QUOTE_THRESHOLD:
        whose = f" of {_named_as(claim, found)}" if named else ""
        return Verdict("not_found", f"no quote{whose} in the fact base has these words")
    score, q, stretch = scored[0]
    diff = word_diff(claim.quote, stretch)
    if named is not None and q["speaker"] not in named:
        return Verdict("misattributed", _not_theirs(q, claim, found) + f", and not quite in these words: {diff}",
                       (_quote_evidence(q),), diff)
    return Verdict("misquoted", f"{q.get('speaker_name') or q['speaker']} said it otherwise ({where(q)}): {diff}",
                   (_quote_evidence(q),), diff)


# Words that describe anyone who speaks in these articles: a man, a former soldier, one who defected
_ANYONE = terms(["""someone somebody anyone one man woman men women person people guy young old former soldier soldiers
    defector defectors deserter interviewee interviewees source sources speaker voice nobody interpreter translator
    whisper shout cry murmur reply answer response retort"""])


def _accented(quote: str, record: str) -> str:
    """The words of `quote` with a letter the record writes without its accent ("remörse" of "remorse"), as a diff;
    "" when there are none (quotes are found ignoring accents, but a quotation is verbatim)."""
    written = set(re.findall(r"\w+", unicodedata.normalize("NFC", record).casefold()))
    off = [w for w in re.findall(r"\w+", unicodedata.normalize("NFC", quote).casefold()) if not w.isascii() and
           w not in written and fold(w) in written]
    return ", ".join(f"[-{w}-]{{+{fold(w)}+}}" for w in dict.fromkeys(off))


def _unfit(description: str | None, q: Row) -> list[str]:
    """The words of a description of the speaker (no name: "the junta chief", "a translator") that the fact base
    does not describe the quote's speaker by; [] when it fits, or there is none."""
    if not description or description.split()[0] in ("his", "her", "their", "its", "my", "our", "your"):
        return []  # ("his brother said": one related to another the sentence does not name, no description of him)
    head = re.split(r"\b(?:who|whom|whose|which|that|spoke|speaks|speak)\b", description)[0]  # (not what he did,
    clause = description[len(head):]  # but its numbers: "the defector who signed a ten-year agreement")
    head = " ".join(w for w in _AGED.sub(" ", head).split() if w not in SAYING)  # ("the 19-year-old": his age, below)
    known = terms([str(q.get("speaker_words") or ""), str(q.get("speaker_name") or "")])
    said, rest = services(head.split())  # ("the former army captain": a service his record does not give)
    record = held(str(q.get("speaker_words") or ""))
    return [s for s in said if not fits(s, record)] + sorted(
        w for w in terms([" ".join(rest)]) - _ANYONE if w not in known) + \
        numbers_unfit(description, clause, q.get("speaker_numbers") or ())


def _gives(unfit: list[str], q: Row) -> str:
    """The service the speaker's record gives, where the description gives another ("the former army captain")."""
    return f" (it gives {given(held(str(q.get('speaker_words') or '')))})" if SERVICES & set(unfit) else ""


_AGED = re.compile(r"\b\d+[- ]years?[- ]old\b")


def _one_word_unknown(claim: QuoteLike, found: Found) -> bool:
    """Whether the speaker read is one word the fact base knows no one by: "Insults hurt: “…”", "Leaving was hard:" may
    name no one (a one-word name is rare; a sentence's first word before a colon is often no name)."""
    return not found.named and claim.speaker is not None and len(claim.speaker.split()) == 1


def _named_as(claim: QuoteLike, found: Found) -> str:
    return claim.speaker or claim.attribution or "them"


def _not_theirs(q: Row, claim: QuoteLike, found: Found) -> str:
    who = q.get("speaker_name") or q["speaker"]
    doubt = " (with doubt: the text does not say whose they are)" if q.get("attribution") == "ambiguous" else ""
    unknown = "" if found.named else f"; the fact base knows no {_named_as(claim, found)!r}"
    return f"said by {who}{doubt} ({where(q)}), not by {_named_as(claim, found)}{unknown}"
