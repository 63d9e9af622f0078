"""Who a sentence says spoke a quotation: "X said", "said X", "X:", "according to X", "in the words of X",
"X told The Irrawaddy, “…”", a byline after it ("— X"), with the asides after a name left out ("X, a defector,
said:"). For parse.py; the names are cleaned as claimant.py cleans a claimant."""

from __future__ import annotations

import re

from ...text import words_of
from .anchored import first, leftmost, squeezed, tail_match
from .claimant import ADVERB, APPOSITIVE, NAME_ONLY, SET_OFF, VERB, aside, clean
from .quoting import blank, quotations

# Who is named beside a quotation, and who states a number: see anchored.py for how these run in
# linear time.
_SAID_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:{VERB})\s+([^,.;:!?“”\"]+)|([^,.;:!?“”\"]+?)\s+{ADVERB}(?:{VERB}))\b")
_SAID_BEFORE = re.compile(rf"(?:^|[,.;:!?–—]\s*)([^,.;:!?“”\"]+?)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
_ACCORDING_BEFORE = re.compile(r"(?:according to|in the words of|to quote|quoting|the words of|^from) ([^,.;:!?“”\"]+?)"
                               r"\s*[:,]?\s*$", re.IGNORECASE)
_ACCORDING = re.compile(r"according to |in the words of |to quote |quoting |the words of |from ", re.IGNORECASE)
_COLON_BEFORE = re.compile(r"(?:^|[.;!?]\s*)([^,.;:!?“”\"]+?)\s*:\s*$")


_NEAR = 300  # characters on either side of a quotation where its speaker may be named (white space squeezed)


def speaker_of(sentence: str, start: int, end: int, blanked: str | None = None) -> str | None:
    """Who the sentence says spoke the quotation at [start, end). The words before and after it are
    read without their own quotations; where no quotation holds another, those are the sentence's
    (`blanked`), else they are found again in each."""
    # Only the words near the quotation can name its speaker: _clean takes no more than 8 words, and a
    # match running further would name no one either way. The patterns, slow per character, then read
    # at most _NEAR characters for each quotation of a sentence, however long the sentence.
    if (respective := _respective(sentence, start)) is not None:
        return respective  # "X and Y said “…” and “…” respectively"
    after = squeezed(blanked[end:] if blanked is not None else blank(sentence[end:], quotations(sentence[end:])))
    if _leads_on(sentence, end) and (said := _named_before(sentence, start, blanked)) is not None:
        return said  # "While X said “…”, Y said “…”": Y's words lead on to the next quotation, not back to this one
    if relayed := _RELAYED_AFTER.match(after[:_NEAR]):  # "“…,” Lin Aung said, quoting Maung Sein."
        return clean(relayed.group(1))
    near = _unaside(after[:_NEAR])
    m = _SAID_AFTER.match(near)
    if m and m.group(1) and (named := _THEN_NAMED.match(near, m.end())):
        return clean(named.group(1))  # "“…,” said the former soldier, Khant Tun."
    joined = m is not None and m.group(2) is not None and m.group(2).split()[:1] in (["and"], ["while"], ["but"],
                                                                                   ["whereas"], ["as"])
    if m and not joined and (said := clean(m.group(1) or m.group(2))) is not None:  # not "…,” he added"
        return said  # (nor "X said “…” and Y said “…”": Y's clause, not this quotation's tag)
    m = _BYLINE.match(after[:_NEAR]) or _ACCORDING_AFTER.match(after[:_NEAR]) or _BARE.match(after[:_NEAR])
    if m:
        return clean(m.group(1))  # "“…” — Khant Tun", "“…” (Khant Tun)", "“…,” according to X.", "“….” Khant Tun"
    before = squeezed(blanked[:start] if blanked is not None else blank(sentence[:start], quotations(sentence[:start])))
    return _named_before(sentence, start, blanked) or _tagged(after, before)


def _named_before(sentence: str, start: int, blanked: str | None) -> str | None:
    """The speaker the words before the quotation at `start` name: "X said:", "In X's words,", "X and Y “…”"."""
    if gapped := _GAPPED.search(sentence, max(0, start - _NEAR), start):
        return clean(gapped.group(1))  # "X said that “…” and Y that “…”": Y, whose verb is X's
    before = squeezed(blanked[:start] if blanked is not None else blank(sentence[:start], quotations(sentence[:start])))
    relayed = _RELAYED_ASIDE.search(before[-_NEAR:])  # "Lin Aung, quoting Maung Sein, said:"
    before = _unaside(before[-_NEAR:])
    if relayed := relayed or _RELAYED.search(before):  # "Lin Aung quoted Maung Sein as saying:": the words are Maung Sein's
        return clean(relayed.group(1) or relayed.group(2))
    if len(_SAYING_WORD.findall(before)) > 1:  # "Maung Sein said Khant Tun told him:": the one who tells
        return _subject_before(before)
    m = _IN_WORDS.search(before) or tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]")) \
        or tail_match(_ACCORDING_BEFORE, before, ",:", first(_ACCORDING, before)) \
        or tail_match(_COLON_BEFORE, before, ":", leftmost(before, ":", "[.;!?]", dashes=False))
    return (clean(m.group(1)) if m else None) or _subject_before(before)


def _leads_on(sentence: str, end: int) -> bool:
    """Whether the words after the quotation ending at `end` are a verb of saying that leads on to another
    quotation: ", Y said “…”", " after Y said “…”" (not this quotation's tag, but the next one's)."""
    spans = quotations(sentence[end:end + _NEAR])
    return bool(spans) and _LEADS.fullmatch(sentence, end, end + spans[0][0]) is not None


def _respective(sentence: str, start: int) -> str | None:
    """Of "X and Y said “…” and “…” respectively", the name in the place of the quotation at `start`."""
    if "respectively" not in sentence[start:]:
        return None
    spans = quotations(sentence)
    first = spans[0][0] if spans else start
    m = _NAMES_SAID.search(sentence, max(0, first - _NEAR), first)
    if m is None or not _RESPECTIVELY.match(sentence, spans[-1][1]):
        return None
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n]
    k = next((i for i, (a, _) in enumerate(spans) if a == start), len(names))
    return clean(names[k]) if k < len(names) else None


def _tagged(after: str, before: str) -> str | None:
    """A name beside the quotation with a verb no list above knows, where a tag stands: "“…,” X whispered.",
    "“…,” sobbed X.", "X grumbled: “…”" (else any speaker's quote would pass under an unread verb)."""
    m = _TAG_AFTER.match(after[:_NEAR]) or _TAG_BEFORE.search(before[-_NEAR:])
    return clean(next(g for g in m.groups() if g)) if m else None


def _subject_before(before: str) -> str | None:
    """The speaker as the subject of the last verb of saying before a quotation, or of the words a colon ends,
    where the shapes above find none: "Khant Tun told The Irrawaddy, “…”", "Khant Tun, in an interview,
    said:", "Khant Tun (pictured), said:", "Zeya Hein said he “…”", "Khant Tun, a defector: “…”"."""
    saids = list(_SAYING_WORD.finditer(before))
    said = saids[-1] if saids else None  # the last one, after any other ("Maung Sein said Khant Tun told him:")
    left = before[saids[-2].end() if len(saids) > 1 else 0:said.start()] if said is not None else \
        before.rstrip()[:-1] if before.rstrip().endswith(":") else None
    if left is None:
        return None
    left = SET_OFF.sub(" ", re.split(r"[.;!?]", left)[-1])  # its own sentence; asides in brackets or dashes
    # the first part that names someone: "Khant Tun, in an interview,"; "Asked why he left, Khant Tun"
    subject = next((part.strip() for part in left.split(",") if any(w[:1].isupper() for w in part.split())),
                   left.split(",")[0].strip())
    return clean(subject) if subject and len(subject.split()) <= 6 else None


def _unaside(text: str) -> str:
    """Words near a quotation without the asides after a name ("Khant Tun, a defector, said:", "Pyae Mg, 30,
    said"), and a name set off after a description as the one who speaks ("A former private, Pyae Mg, said")."""
    text = _TITLE_POINT.sub(r"\1 ", text)  # "Capt. Khant Tun said": the title's point ends nothing
    text = _AGE_BEFORE_ASIDE.sub(lambda a: "," + " " * (len(a.group()) - 1), text)  # "X, 28, a former private,"
    text = _AGE_ASIDE.sub(lambda a: " " * len(a.group()), APPOSITIVE.sub(aside, text))
    text = _LAST_APPOSITIVE.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun, a defector:"
    text = _DASHED.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun — 28, a defector — said"
    return NAME_ONLY.sub(lambda a: "; " + a.group().strip(" ,") + " ", text)


_AGE_ASIDE = re.compile(r",\s*(?:now\s+|then\s+|aged\s+)?\d{1,3},")
# "In Khant Tun’s words, “…”", "Khant Tun's words were: “…”", "Khant Tun’s lament:", "Khant Tun’s warning was blunt:"
_SAID_NOUNS = "|".join(sorted(words_of("""words account reply answer comment comments response message advice view views verdict
    conclusion assessment explanation reason take reasoning summary story reflection reflections lament complaint
    complaints regret regrets confession admission warning point memory memories recollection recollections
    thoughts feeling feelings plea appeal argument claim statement remark remarks description testimony judgement
    judgment opinion position hope wish fear fears worry concern lesson motto mantra refrain retort rationale
    justification excuse promise vow boast grievance criticism observation insight prediction version telling
    recounting narrative question"""), key=len, reverse=True))
_IN_WORDS = re.compile(rf"(?:\b[Ii]n\s+|^|[,.;:!?–—]\s*)([A-Z][^,.;:!?“”\"]{{0,60}}?)['’]s\s+(?i:own\s+|first\s+|last\s+)?"
                       rf"(?i:{_SAID_NOUNS})(?:\s+(?:was|were|is|are)(?:\s+(?:that|simple|clear|blunt|short|these|this|stark|"
                       r"brief|direct|plain|as\s+follows))?)?\s*[:,]?\s*$")
# A quotation's byline after a dash or in brackets: "“…” — Khant Tun, a defector", "“…” (Khant Tun, 2023)".
_BYLINE = re.compile(r"\s*[,.]?\s*(?:—|–|--?\s|\()\s*((?:[A-Z][\w’'.-]*\s*){1,5})(?=[,)]|\s*$|\s*\.)")
_AGE_BEFORE_ASIDE = re.compile(r",\s*\d{1,3},(?=\s*(?:a|an|the)\s)")
_ACCORDING_AFTER = re.compile(r"\s*[,.]?\s*(?:according to|in the words of|to quote|per)\s+([^,.;:!?“”\"]+)", re.IGNORECASE)
_BARE = re.compile(r"\s*((?:[A-Z][\w’'-]*\s*){1,5})\.?\s*$")  # a name alone after the quotation
_TITLE_POINT = re.compile(r"\b(Capt|Pvt|Mr|Mrs|Ms|Dr|Lt|Col|Gen|Maj|Sgt|Cpl|Brig)\.")
_THEN_NAMED = re.compile(r",\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s*[.!?]?\s*$")
_LAST_APPOSITIVE = re.compile(r",\s*(?:a|an|the|who|whose)\s[^,.;:!?“”\"]*(?=\s*:\s*$)")
_DASHED = re.compile(r"\s*(?:\([^()]{1,120}\)|[—–][^—–]{1,120}[—–])(?=\s*,?\s*\w)")
_TAG_NAME = r"((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)"
_TAG_VERB = r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)|(?:went|goes|carried|carries|spoke|speaks)\s+on)"
_TAG_AFTER = re.compile(rf"\s*,?\s*(?:{_TAG_NAME}\s+{_TAG_VERB}|{_TAG_VERB}\s+{_TAG_NAME})\s*(?:[.,!?]|$)")
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s*){_TAG_NAME}\s+{_TAG_VERB}\s*[:,]\s*$")
# Words after a quotation that lead on to the next one: ", Y said", " even as Y said that", " after Y told him:"
_LEADS = re.compile(rf"[^.;!?“”\"«»„]{{0,120}}\b(?:{VERB})(?:\s+(?:him|her|them|me|us|reporters))?(?:\s+that)?\s*[:,]?\s*")
# "X said that “…” and Y that “…”", "X said “…” and Y “…”": Y, the verb left out
_GAPPED = re.compile(r"[”\"]\s*,?\s*(?:and|but|while|whereas|;)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
                     r"(?:\s+that)?\s*[:,]?\s*$")
_NAMES_SAID = re.compile(rf"((?:[A-Z][\w’'-]*\s*)+(?:,\s*(?:[A-Z][\w’'-]*\s*)+)*,?\s+and\s+(?:[A-Z][\w’'-]*\s*)+?)\s*"
                         rf"{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
_RESPECTIVELY = re.compile(r"[^“”\"]*\brespectively\b")
_SAYING_WORD = re.compile(rf"\b(?:{VERB})\b", re.IGNORECASE)
# Words another said, passed on by the sentence's subject: the one named after the verb said them.
_RELAYED = re.compile(r"\b(?:(?:quot|cit)(?:ed|ing)\s+(?:the\s+words\s+of\s+)?{N}(?:{SAID})?|(?:repeat|echo|relay|recall|"
                      r"remember)(?:ed|ing)\s+(?:what\s+|the\s+words\s+of\s+)?{N}{SAID})\s*[:,]?\s*$".format(
                          N=r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})",
                          SAID=r"(?:['’]s\s+(?:own\s+|exact\s+)?words|\s+as\s+saying|\s+(?:had\s+|once\s+)?(?:said|told\s+"
                               r"(?:him|her|them|me|us)))"))
_RELAYED_ASIDE = re.compile(rf",\s*(?:quoting|citing)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}})\s*,\s*{ADVERB}(?:{VERB})"
                            r"\s*[:,]?\s*$")
_RELAYED_AFTER = re.compile(r"\s*[,.!?]?\s*[^.;:!?“”\"]{1,80}?,\s*(?:quoting|citing)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
                            r"(?=\s*[,.;!?]|\s*$)")
# An aside in brackets or between dashes after a name, with no number: "X (a group helping defectors) says",
# "X — the parallel government — says".
