"""Who a sentence says spoke a quotation: "X said", "said X", "X:", "according to X", "in the words of X",
"X told The Irrawaddy, “…”", a byline after it ("— X"), with the asides after a name left out ("X, a defector,
said:"). For parse.py; the names are cleaned as claimant.py cleans a claimant."""

from __future__ import annotations

import re

from ...text import words_of
from ..sentences import TITLES
from .anchored import first, leftmost, squeezed, tail_match
from .claimant import ADVERB, APPOSITIVE, NAME_ONLY, PRONOUNS, SET_OFF, VERB, aside, clean
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
_NAME = r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"  # a name of up to five words, captured


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
    if _leads_on(sentence, end) and (said := _named_before(sentence, start, blanked, right=True)) is not None:
        return said  # "While X said “…”, Y said “…”", "X said “…” — Y, “…”": what follows leads on to the next quotation
    if _REPORTED_AFTER.match(after[:_NEAR]) and (said := _named_before(sentence, start, blanked, right=True)):
        return said  # "X said that “…,” according to The Irrawaddy": the outlet reports X's words
    # "“…,” Lin Aung said, quoting Maung Sein.", "“…,” Lin Aung says Maung Sein told him."
    if relayed := _RELAYED_AFTER.match(after[:_NEAR]) or _SAYS_X_SAID.match(after[:_NEAR]):
        return clean(next(g for g in relayed.groups() if g))
    near = _unaside(after[:_NEAR])
    m = _SAID_AFTER.match(near)
    if m and m.group(1) and (named := _THEN_NAMED.match(near, m.end())):
        return clean(named.group(1))  # "“…,” said the former soldier, Khant Tun."
    joined = m is not None and m.group(2) is not None and m.group(2).split()[:1] in (["and"], ["while"], ["but"],
                                                                                   ["whereas"], ["as"])
    if m and not joined and (said := clean(_OF_OTHER.sub(r"\1", m.group(1) or m.group(2)))) is not None:  # not "…,” he added"
        return said  # (nor "X said “…” and Y said “…”": Y's clause, not this quotation's tag)
    # "Online insults stung: “…,” he said.": after a pronoun's tag, only a speaker named as one (not "Online")
    pronoun = m is not None and not joined and (m.group(1) or m.group(2) or "").strip().lower() in PRONOUNS
    m = _BYLINE.match(after[:_NEAR]) or _ACCORDING_AFTER.match(after[:_NEAR]) or _WORDS_OF.match(after[:_NEAR]) \
        or _BARE.match(after[:_NEAR])
    if m:
        return clean(next(g for g in m.groups() if g))  # "“…” — X", "“…” (X)", "“…,” according to X.", "“….” X"
    return _named_before(sentence, start, blanked, right=pronoun) or _tag_after(after)


def _named_before(sentence: str, start: int, blanked: str | None, right: bool = False) -> str | None:
    """The speaker the words before the quotation at `start` name: "X said:", "In X's words,", "X and Y “…”";
    `right`: only one named right before it, as the one who says ("X said", "X’s answer was", not "X recalled it:")."""
    # "Explains X:"; "It was X, not Y, who said"; "X said that “…” and Y that “…”": Y, whose verb is X's; "X (“…”)";
    # "…,” met Y, who said “…”"
    for pattern in (_INVERTED, _CLEFT, _GAPPED, _BRACKETED, _WHO_SAID, _RECEIVED, _SENT_FROM, _TOLD_BY, _WHO_HEARD):
        if named := pattern.search(sentence, max(0, start - _NEAR), start):
            return clean(re.sub(r"['’]s$", "", next(g for g in named.groups() if g)))
    before = squeezed(blanked[:start] if blanked is not None else blank(sentence[:start], quotations(sentence[:start])))
    before = _COMPARED.sub(lambda a: " " * len(a.group()), before)  # "Unlike Y, who stayed silent, X said:"
    relayed = _RELAYED_ASIDE.search(before[-_NEAR:])  # "Lin Aung, quoting Maung Sein, said:"
    before = _unaside(before[-_NEAR:])
    if (lead := _DASH_LEAD.search(sentence, max(0, start - _NEAR), start)) and (said := _name_in(lead.group(1))):
        return said  # "X said “…” — a view Y did not share: “…”": Y
    if _HEARD_HIM.search(before):
        return None  # "Lin Aung heard him say:", "X's mother remembers him saying:": a pronoun, no one named
    if relayed := relayed or _RELAYED.search(before):  # "Lin Aung quoted Maung Sein as saying:": the words are Maung Sein's
        return clean(next(g for g in relayed.groups() if g))
    if right:
        m = _IN_WORDS.search(before) or _FOR.search(before) or \
            tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]"))
        said = clean(next(g for g in m.groups() if g)) if m else None
        return said or (_subject_before(before) if _SAID_END.search(before) else None) or _tag_before(before)
    if quotations(sentence[:start]) and (other := _other_after(before)) is not None:
        return other  # (only after another quotation: not "X told Y and Y’s wife:")
    if len(_SAYING_WORD.findall(before)) > 1:  # "Maung Sein said Khant Tun told him:": the one who tells
        return _subject_before(before)
    m = _IN_WORDS.search(before) or _FOR.search(before) or \
        tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]")) \
        or tail_match(_ACCORDING_BEFORE, before, ",:", first(_ACCORDING, before)) \
        or tail_match(_COLON_BEFORE, before, ":", leftmost(before, ":", "[.;!?]", dashes=False))
    return (clean(next(g for g in m.groups() if g)) if m else None) or _subject_before(before) or _tag_before(before)


def _leads_on(sentence: str, end: int) -> bool:
    """Whether the words after the quotation ending at `end` lead on to another quotation, in the same clause:
    ", Y said “…”", " after Y said “…”", " — Y, “…”" (not this quotation's tag, but the next one's)."""
    spans = quotations(sentence[end:end + _NEAR])
    return bool(spans) and _LEADS.fullmatch(sentence, end, end + spans[0][0]) is not None


def _respective(sentence: str, start: int) -> str | None:
    """Of "X and Y said “…” and “…” respectively" (or "in that order", or "“…” and “…”, said X and Y
    respectively"), the name in the place of the quotation at `start`."""
    if "respectively" not in sentence and "in that order" not in sentence:
        return None
    spans = quotations(sentence)
    if not spans or blank(sentence, spans).count("respectively") + blank(sentence, spans).count("in that order") != 1:
        return None
    first, last = spans[0][0], spans[-1][1]
    m = _NAMES_SAID.search(sentence, max(0, first - _NEAR), first) or _SAID_NAMES.match(sentence, last)
    if m is None:
        return None
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n]
    k = next((i for i, (a, _) in enumerate(spans) if a == start), len(names))
    return clean(names[k]) if k < len(names) == len(spans) else None


def is_tag(text: str) -> bool:
    """Whether `text`, a sentence of its own after a quotation, is its tag with a verb of any kind: "Maung Sein
    whispered.", "Maung Sein trailed off.", "sobbed Maung Sein." (a splitter cuts after “…!” and “…—”)."""
    return _TAG_ALONE.fullmatch(text) is not None or _WORDS_OF.fullmatch(text) is not None


def _tag_after(after: str) -> str | None:
    """A name beside the quotation with a verb no list above knows, where a tag stands: "“…,” X whispered.",
    "“…,” sobbed X." (else any speaker's quote would pass under an unread verb)."""
    m = _TAG_AFTER.match(after[:_NEAR])
    return clean(next(g for g in m.groups() if g)) if m else None


def _tag_before(before: str) -> str | None:
    """The same before the quotation: "X grumbled: “…”"."""
    m = _TAG_BEFORE.search(before)
    return clean(m.group(1)) if m else None


def _other_after(before: str) -> str | None:
    """A second speaker after the last verb of saying (or in a lead-in with none), whose words a colon leads in: "X
    said “…”, and so did Y:", "X told of poverty — “…” — and Y of shame:", "X gave poverty as his reason — “…” —
    and Y shame:" (Y)."""
    saids = list(_SAYING_WORD.finditer(before))
    if not before.rstrip().endswith(":"):
        return None
    others = list(_OTHER.finditer(before, saids[-1].end() if saids else 0))
    return clean(before[others[-1].end():].rstrip()[:-1]) if others else None


def _name_in(phrase: str) -> str | None:
    """The name a description holds ("a view Maung Sein did not share": Maung Sein), or None."""
    m = re.search(_NAME, phrase)
    return clean(m.group(1)) if m else None


def _subject_before(before: str) -> str | None:
    """The speaker as the subject of the last verb of saying before a quotation, or of the words a colon ends,
    where the shapes above find none: "Khant Tun told The Irrawaddy, “…”", "Khant Tun, in an interview,
    said:", "Khant Tun (pictured), said:", "Zeya Hein said he “…”", "Khant Tun, a defector: “…”"."""
    saids = [m for m in _SAYING_WORD.finditer(before) if not _AS_NOUN.search(before, 0, m.start())]
    said = saids[-1] if saids else None  # the last one, after any other ("Maung Sein said Khant Tun told him:")
    left = before[saids[-2].end() if len(saids) > 1 else 0:said.start()] if said is not None else \
        before.rstrip()[:-1] if before.rstrip().endswith(":") else None
    if left is None:
        return None
    left = SET_OFF.sub(" ", re.split(r"[.;!?]", left)[-1])  # its own sentence; asides in brackets or dashes
    # the first part that names someone: "Khant Tun, in an interview,"; "Asked why he left, Khant Tun"
    parts = [_WHICH.sub("", part) for part in left.split(",")]
    naming = [part for part in parts if any(w[:1].isupper() for w in part.split())
              and part.split()[0].lower() not in _LEADING_PREPOSITIONS]  # not "Asked by Lin Aung, X said"
    if len(naming) > 1:  # "When Lin Aung arrived, Maung Sein told him:": not the clause before the subject
        naming = [part for part in naming if part.split()[0].lower() not in _SUBORDINATE] or naming
    subject = next((p.strip() for p in reversed(parts) if _NEW_SUBJECT.match(p)), None) or \
        (naming[0].strip() if naming else parts[0].strip())  # "and Y", the clause's own; else the first that names
    return clean(subject) if subject and len(subject.split()) <= 6 else None


def _unaside(text: str) -> str:
    """Words near a quotation without the asides after a name ("Khant Tun, a defector, said:", "Pyae Mg, 30,
    said"), and a name set off after a description as the one who speaks ("A former private, Pyae Mg, said")."""
    text = _TITLE_POINT.sub(r"\1 ", text)  # "Capt. Khant Tun said": the title's point ends nothing
    text = _PRONOUN_TAG.sub(lambda a: " " * len(a.group()), text)  # "X’s one regret, he said, was this:"
    text = _AGE_BEFORE_ASIDE.sub(lambda a: "," + " " * (len(a.group()) - 1), text)  # "X, 28, a former private,"
    text = _AGE_ASIDE.sub(lambda a: " " * len(a.group()), APPOSITIVE.sub(aside, text))
    text = _LAST_APPOSITIVE.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun, a defector:"
    text = _DASHED.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun — 28, a defector — said"
    text = _PARTICIPLE.sub(lambda a: " " * len(a.group()), text)  # "Maung Sein, replying to Lin Aung, said"
    return NAME_ONLY.sub(lambda a: "; " + a.group().strip(" ,") + " ", text)


_AGE_ASIDE = re.compile(r",\s*(?:now\s+|then\s+|aged\s+)?\d{1,3},")
# "In Khant Tun’s words, “…”", "Khant Tun's words were: “…”", "Khant Tun’s lament:", "Khant Tun’s warning was blunt:"
_SAID_NOUNS = "|".join(sorted(words_of("""words account reply answer comment comments response message advice view views verdict
    conclusion assessment explanation reason take reasoning summary story reflection reflections lament complaint
    complaints regret regrets confession admission warning point memory memories recollection recollections
    thoughts feeling feelings plea appeal argument claim statement remark remarks description testimony judgement
    judgment opinion position hope wish fear fears worry concern lesson motto mantra refrain retort rationale
    justification excuse promise vow boast grievance criticism observation insight prediction version telling
    recounting narrative question sigh cry plea letter note message email post text diary"""), key=len, reverse=True))
_IN_WORDS = re.compile(rf"(?:\b[Ii]n\s+|^|[,.;:!?–—]\s*)([A-Z][^,.;:!?“”\"]{{0,60}}?)['’]s\s+(?:[a-z]+\s+){{0,2}}"
                       rf"(?i:{_SAID_NOUNS})\b(?:\s+(?:on|about|of|to|for)\s+[^,.;:!?“”\"]{{1,40}}?)?(?:\s*,[^,.;:!?“”\"]{{1,40}}(?=[,:]))?"
                       r",?(?:\s+(?:was|were|is|are|reads|read|"
                       r"runs|ran|goes|went)(?:\s+(?:that|simple|clear|blunt|short|these|this|stark|brief|direct|plain|"
                       r"as\s+follows))?|\s+(?:stunned|surprised|shocked|moved|struck|silenced)\s+[^:“”\"]{1,40})?\s*[:,]?\s*$")
# A quotation's byline after a dash or in brackets: "“…” — Khant Tun, a defector", "“…” (Khant Tun, 2023)".
_BYLINE = re.compile(r"\s*[,.]?\s*(?:—|–|--?\s|\()\s*((?:[A-Z][\w’'.-]*\s*){1,5})(?=[,)]|\s*$|\s*\.)")
_AGE_BEFORE_ASIDE = re.compile(r",\s*\d{1,3},(?=\s*(?:a|an|the)\s)")
_ACCORDING_AFTER = re.compile(r"\s*[,.]?\s*(?:according to|in the words of|to quote|per)\s+([^,.;:!?“”\"]+)", re.IGNORECASE)
_BARE = re.compile(r"\s*((?:[A-Z][\w’'-]*\s*){1,5})\.?\s*$")  # a name alone after the quotation
_TITLE_POINT = re.compile(rf"\b({'|'.join(TITLES)})\.")
_THEN_NAMED = re.compile(r",\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s*[.!?]?\s*$")
_LAST_APPOSITIVE = re.compile(r",\s*(?:a|an|the|who|whose)\s[^,.;:!?“”\"]*(?=\s*:\s*$)")
_DASHED = re.compile(r"\s*(?:\([^()]{1,120}\)|[—–][^—–]{1,120}[—–])(?=\s*,?\s*\w)")
_TAG_NAME = r"((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)"
_TAG_VERB = (r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)(?:\s+(?:off|on|away|out|back|mid-sentence))?|(?:went|goes|carried|carries|"
             r"spoke|speaks)\s+on|(?:went|goes|fell|falls)\s+(?:quiet|silent)|broke\s+off|spoke|wept|cried)")
_TAG_ASIDE = r"(?:\s*,[^,“”\"]{1,40},)?"  # "X, 19, whispered"
_TAG_AFTER = re.compile(rf"\s*,?\s*(?:{_TAG_NAME}{_TAG_ASIDE}\s+{_TAG_VERB}|{_TAG_VERB}\s+{_TAG_NAME})\s*(?:[.,!?]|$)")
_PRONOUN_TAG = re.compile(rf",\s*(?:he|she|they)\s+(?:{VERB}),")
_AS_NOUN = re.compile(r"\b(?:the|a|an|his|her|their|its|some|many|these|those|such|saw|read|online|of)\s+$",
                      re.IGNORECASE)  # "he saw comments calling soldiers": a noun, not a verb of saying
_REPORTED_AFTER = re.compile(r"\s*,?\s*(?:according\s+to\s+|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
                             r"(?:reported|reports|wrote|writes|said|says)\s*[.!?]?\s*$|(?:reported|wrote|reports|writes)\s+(?:the\s+)?[A-Z])")
_HEARD_HIM = re.compile(rf"\b(?:(?:over)?heard|(?:over)?hears|saw|sees|watched|remembers|remembered|recalls|recalled|"
                        rf"listened\s+to)\s+(?:him|her|them|someone|somebody|others|people|(?:a|an|one|another|the)\s+[a-z]+)\s+"
                        rf"(?:{VERB}|say|tell|speak|speaking|talk|talking|shout|shouting|yell|yelling|mutter|muttering|whisper)\b[^“”\"]{{0,20}}$|\b(?:listened|watched)\s+as\s+"
                        rf"(?:he|she|they|someone)\s+(?:{VERB})\b[^“”\"]{{0,20}}$")
# "“…” — a view Y did not share:", "“…,” a sentiment Y echoed:"
_DASH_LEAD = re.compile(r"(?:,[”\"]|[”\"]\s*[,—–]+)\s*((?:a|an|the)\s[^—–“”\".;!?]{1,80}?)\s*:?\s*$")
_PARTICIPLE = re.compile(rf",\s*[a-z]+ing\s[^,.;:!?“”\"]{{1,60}},(?=\s*{ADVERB}(?:{VERB})\b)")
_OTHER = re.compile(r"\b(?:and|but|while|whereas|before|after|until|then|for)\s+(?:so\s+(?:did|does)\s+)?(?=[A-Z])")
_NEW_SUBJECT = re.compile(r"\s*(?:and|but|while|whereas|then)\s+(?:[a-z-]+\s+){0,2}[A-Z]")
# "X said “…”, to which Y replied", "…, with Y adding"
_WHICH = re.compile(r"\b(?:to|at|in|upon|on|after)\s+which\s+|^\s*with\s+(?=[A-Z])")
_SUBORDINATE = frozenset(words_of("when after before as while if because since although though once unless until whenever"))
_LEADING_PREPOSITIONS = frozenset(words_of("by to from with for of about at in on during"))
_TAG_ALONE = re.compile(rf"\s*(?:{_TAG_NAME}{_TAG_ASIDE}\s+{_TAG_VERB}|{_TAG_VERB}\s+{_TAG_NAME})(?:\s*,[^“”\"]{{1,80}})?"
                        r"\s*[.!?]?\s*")
# "“….” Those are the words of X.", "That is how X put it."
_WORDS_OF = re.compile(rf"\s*[,.]?\s*(?:(?:[Tt]hose|[Tt]hese|[Ss]uch)\s+(?:are|were)\s+(?:the\s+)?words\s+of\s+{_NAME}|"
                       rf"(?:[Tt]hose|[Tt]hese|[Tt]he)\s+(?:are|were)\s+{_NAME}['’]s\s+words|[Tt]he\s+words\s+(?:are|were)\s+{_NAME}['’]s|"
                       rf"(?:[Tt]hat|[Tt]his)\s+(?:is|was)\s+(?:what|how)\s+{_NAME}(?:\s*,\s*not\s+[^,.]{{1,40}},)?\s+(?:put|puts|"
                       r"remembers|remembered|described|describes|tells|told|recalls|recalled|said|says)(?:\s+it|\s+[A-Z][\w’'-]*"
                       r"(?:\s+[A-Z][\w’'-]*){0,4}|\s+\w+)?)"
                       r"(?:\s*,\s*(?:not\s+|and\s+)[^.!?]{1,40})?\s*[.!?]?\s*")
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s*){_TAG_NAME}\s+{_TAG_VERB}\s*[:,]\s*$")
# What may stand between two quotations of one clause (no sentence's end): ", Y said", " even as Y said that", " — Y, "
_LEADS = re.compile(r"[^.;!?“”\"«»„]{0,120}")
_SAID_END = re.compile(rf"\b(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
# "It was X (, not Y,) who said": X
_CLEFT = re.compile(rf"\b[Ii]t\s+(?:was|is)\s+{_NAME}(?:\s*,\s*(?:and\s+)?not\s+[^,“”\"]{{1,60}},)?"
                    rf"\s+(?:who|that)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
# "Explains Lin Aung:", "Says Maung Sein, “…”": a tag turned round before the quotation
_INVERTED = re.compile(rf"(?:^|(?<=[.;!?])\s*)(?:(?i:{VERB})|[A-Z][a-z]{{2,}}(?:s|ed)|[Tt]hus\s+(?:spoke|spake)|[Qq]uoth)"
                       rf"\s+{_NAME}(?:\s*,\s*[^,:“”\"]{{1,60}}|\s*\([^()]{{1,40}}\))?\s*[:,]?\s*$")
_COMPARED = re.compile(rf"(?:^|(?<=[.;!?])\s*)(?i:unlike|like|besides|apart\s+from|instead\s+of|rather\s+than)\s+{_NAME}"
                       r"(?:\s*[,—–]\s*(?:who|whose|which)\s[^,—–“”\"]{0,80})?\s*[,—–]\s*")
# "Y read X’s note:", "Y got a letter from X:": the one who wrote it, not the one who reads or gets it
_RECEIVED = re.compile(rf"\b(?:(?:still\s+|never\s+|always\s+)?(?:read|reads|received|receives|got|gets|shared|shares|showed|"
                       r"shows|forwarded|summed\s+up|sums\s+up|jotted\s+down|wrote\s+down|noted\s+down|transcribed|has|have|kept|keeps|"
                       r"forgot|forget|forgets|passed\s+on|passes\s+on|treasures|treasured|printed|prints|recites|recited|"
                       r"borrowed|borrows))"
                       rf"(?:\s+out)?\s+{_NAME}['’]s\s+(?:[a-z]+\s+)?(?:note|notes|letter|message|messages|words|view|views|post|"
                       r"text|email|account|statement|reply|answer)\b[^:“”\"]{0,40}[:,]?\s*$")
_SENT_FROM = re.compile(rf"\b(?:letter|message|note|text|email|post|call)\s+from\s+{_NAME}(?:\s+to\s+[^:,“”\"]{{1,40}})?"
                        r"(?:\s+(?:said|says|read|reads))?\s*[:,]?\s*$")
# "Y was told by X:", "Y heard it from X:", "Y wrote down what X said:", "Y translated for X:", "Y would not say, but X did:",
# "X said, Y recalls:": X
_TOLD_BY = re.compile(rf"(?:\b(?:told|reminded|warned|informed|assured|asked|heard\s+(?:it|this|that)|learned|learnt)\s+"
                      rf"(?:by|from)\s+{_NAME}|\b(?:what|how)\s+{_NAME}\s+(?:had\s+)?(?:said|says|told\s+\w+|put\s+it)|\btranslated\s+for\s+{_NAME}|"
                      rf"\bbut\s+{_NAME}\s+did|{_NAME}\s+(?:said|says|told\s+\w+)\s*,\s*(?:as\s+)?(?:[A-Z][\w’'-]*\s+){{1,4}}"
                      r"(?:recalls|remembers|recalled|remembered|says)(?:\s+it)?|\bcredits?\s+"
                      rf"{_NAME}\s+with\s+(?:the|these|those)\s+words|\battribut\w+\s+(?:the|these|those)\s+words\s+to\s+{_NAME}|"
                      rf"\bin\s+{_NAME}['’]s\s+mouth|,\s*{_NAME}\s+did(?:\s+not|n[’']t)?)\s*[:,]?\s*$")
# "Y, who heard X say it, recalls:": X
_WHO_HEARD = re.compile(rf",\s*who\s+(?:heard|saw|watched|listened\s+to)\s+{_NAME}\s+(?:say|said|saying|tell|speak)\b"
                        rf"[^,“”\"]{{0,20}},\s*{ADVERB}(?:{VERB}|[a-z]+s|[a-z]+ed)\s*[:,]?\s*$")
_WHO_SAID = re.compile(rf"{_NAME},\s*who\s+{ADVERB}(?:{VERB})\s*[:,]?\s*$")
# "X (“…”) and Y (“…”)", "X spoke first (“…”)"
_BRACKETED = re.compile(rf"{_NAME}(?:\s+[a-z]+){{0,3}}\s*\(\s*$")
# "For X, “…”", "X first, “…”"
_FOR = re.compile(rf"(?:^|[.;!?]\s*)(?:[Ff]or\s+{_NAME}|{_NAME}\s+(?:first|second|next|last|then))\s*,\s*$")
# "X said that “…” and Y that “…”", "X said “…” and Y “…”": Y, the verb left out
_GAPPED = re.compile(r"[”\"]\s*(?:[,;—–]\s*(?:(?:and|but|while|whereas|then|in)\s+)?|(?:and|but|while|whereas|then)\s+)"
                     r"(?:[a-z-]+\s+){0,3}?((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})(?:['’]s)?"
                     r"(?:\s+(?:first|second|next|last|too|also))?(?:\s*,\s*(?:by\s+contrast|in\s+turn|for\s+(?:his|her)\s+part|"
                     r"meanwhile|however))?(?:\s+that)?\s*[:,]?\s*$")
_NAMES = r"((?:[A-Z][\w’'-]*\s*)+(?:,\s*(?:[A-Z][\w’'-]*\s*)+)*,?\s+and\s+(?:[A-Z][\w’'-]*\s*)+?)"
_IN_TURN = r"(?:\s*,?\s*(?:respectively|in\s+that\s+order)\s*,?)?"
_NAMES_SAID = re.compile(rf"{_NAMES}{_IN_TURN}\s*{ADVERB}(?:{VERB}){_IN_TURN}(?:\s+that)?\s*[:,]?\s*$")
_SAID_NAMES = re.compile(rf"\s*,?\s*(?:{VERB})\s+{_NAMES}\s*,?\s*(?:respectively|in\s+that\s+order)\b")
_SAYING_WORD = re.compile(rf"\b(?:{VERB})\b", re.IGNORECASE)
# Words another said, passed on by the sentence's subject: the one named after the verb said them.
_RELAYED = re.compile(r"\b(?:(?:quot|cit|paraphras|echo|mimick|mock|imitat|parodi|parod)(?:ed|es|s|ing|ies|y)?\s+"
                      r"(?:the\s+words\s+of\s+)?{N}(?:{SAID})?|"
                      r"(?:repeat|echo|relay|recall|"
                      r"remember)(?:ed|ing)\s+(?:what\s+|the\s+words\s+of\s+)?{N}{SAID}|{SEEN}\s+{N}\s+{DOING})\s*[:,]?\s*$".format(
                          SEEN=r"(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?|describ(?:ed|es|ing)|(?:over)?hear(?:s|d|ing)?|watch(?:ed|es|ing)?|"
                               r"caught|catches|filmed|films|recorded|records|found|finds|"
                               r"saw|see(?:s|ing)?|quot(?:ed|es|ing)|imitat(?:ed|es|ing)|recount(?:ed|s|ing)?)",
                          DOING=r"(?:once\s+|later\s+|then\s+)?[a-z]{2,}ing(?:\s+(?:him|her|them|me|us|reporters|others|the\s+others|"
                                r"(?:a|an|the|his|her)\s+[a-z]+))?",
                          N=r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})",
                          SAID=r"(?:['’]s\s+(?:own\s+|exact\s+)?words|\s+as\s+(?:saying|telling|[a-z]{3,}ing)(?:\s+(?:him|her|them|"
                               r"me|us|reporters))?|\s+(?:had\s+|once\s+)?(?:said|told\s+(?:him|her|them|me|us)))"))
_RELAYED_ASIDE = re.compile(rf",\s*(?:quoting|citing)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}})\s*,\s*{ADVERB}(?:{VERB})"
                            r"\s*[:,]?\s*$")
# "“…,” Y says X (once) told him.", "“…,” Y quoted X as saying.", "“…,” Y was told by X."
# "said Lin Aung of Maung Sein", "said Lin Aung — Maung Sein’s friend": the words after the name are of another;
_OF_OTHER = re.compile(rf"^(?!The\s)((?:[A-Z][\w’'-]*\s+){{1,3}}?[A-Z][\w’'-]*?)(?:\s+of\s|\s+[—–]\s|['’]s\s+(?:[a-z]+\s+)?"
                       rf"(?i:{_SAID_NOUNS})\b).*$")  # "said X of life after Y left"
_SAYS_X_SAID = re.compile(rf"\s*,?\s*(?:[A-Z][\w’'-]*\s+){{1,4}}(?:(?:recalls|remembers|recalled|remembered|says|said)\s+{_NAME}"
                          rf"\s+(?:once\s+|had\s+)?(?:saying|said|told\s+\w+|telling\s+\w+|(?i:{VERB}))|"
                          rf"(?:said|says)\s+in\s+{_NAME}['’]s\s+(?:own\s+)?words|(?:quoted|quotes|cited|cites)\s+{_NAME}\s+as\s+"
                          rf"(?:saying|telling\s+\w+)|was\s+(?:told|reminded|warned)\s+by\s+{_NAME})\s*[.!?]?\s*$")
_RELAYED_AFTER = re.compile(r"\s*[,.!?]?\s*[^.;:!?“”\"]{1,80}?,\s*(?:quoting|citing|echoing|recalling|repeating)\s+"
                            r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})(?:['’]s\s+(?:own\s+)?words)?(?=\s*[,.;!?]|\s*$)")
# An aside in brackets or between dashes after a name, with no number: "X (a group helping defectors) says",
# "X — the parallel government — says".
