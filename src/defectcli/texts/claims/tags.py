"""A quotation's tag with a verb of any kind ("“…,” X whispered.", "Explains X:"), its byline ("“…” — X") and
"Those are the words of X.": where no verb of saying names the speaker, these still do (else a wrong speaker's
quote would pass under an unread verb)."""

from __future__ import annotations

import re

from ...numbers.vocabulary import SAYING as VERBS_OF_SAYING
from .asides import VERB
from .claimant import clean
from .names import NAME, NEAR, SAID_NOUNS


def is_tag(text: str) -> bool:
    """Whether `text`, a sentence of its own after a quotation, is its tag with a verb of any kind: "Maung Sein
    whispered.", "Maung Sein trailed off.", "sobbed Maung Sein." (a splitter cuts after “…!” and “…—”)."""
    words = WORDS_OF.match(text)  # (to its end, or to a semicolon: "X, tearfully; Y agreed.")
    return _TAG_ALONE.fullmatch(text) is not None or (words is not None and (
        words.end() == len(text) or text[words.end():].lstrip().startswith(";")))


def byline(text: str) -> str | None:
    """The name a sentence of its own after a bare quotation gives, when it is a fragment with no verb of its own (a
    byline in any dress: "Reply from X.", "Speaker — X.", "X / Mae Sot.", "X to The Irrawaddy.", "Former soldier X, in
    Mae Sot.", "X <pictured>."), or None. The name is the first after a leading label ("Speaker —", "Reply from")."""
    words = _FRAGMENT_WORD.findall(text)
    if not 2 <= len(words) <= 12 or any(c in text for c in "“”\"") or not any(w[:1].isupper() for w in words):
        return None
    topic = next((j for j, w in enumerate(words) if w in ("why", "how", "what", "about", "whether")), len(words))
    if any(w in _FINITE or w in VERBS_OF_SAYING or (w.endswith("ed") and w not in _ADJECTIVES) for w in words[:topic]):
        return None  # "Maung Sein enlisted in 2015.": a sentence of its own
    m = _BYLINE_NAME.match(text)
    return clean(m.group(1)) if m else None


def tag_after(after: str) -> str | None:
    """A name beside the quotation with a verb no list of speakers.py knows, where a tag stands: "“…,” X whispered.",
    "“…,” sobbed X." (else any speaker's quote would pass under an unread verb)."""
    m = _TAG_AFTER.match(after[:NEAR])
    return clean(next(g for g in m.groups() if g)) if m else None


def tag_before(before: str) -> str | None:
    """The same before the quotation: "X grumbled: “…”"."""
    m = _TAG_BEFORE.search(before)
    return clean(m.group(1)) if m else None


# A quotation's byline after a dash or in brackets: "“…” — Khant Tun, a defector", "“…” (Khant Tun, 2023)".
BYLINE = re.compile(r"\s*[,.]?\s*(?:—|–|--?\s|\()\s*((?:[A-Z][\w’'.-]*\s*){1,5})(?=[,)]|\s*$|\s*\.)")
BARE = re.compile(r"\s*((?:[A-Z][\w’'-]*\s*){1,5})\.?\s*$")  # a name alone after the quotation
_TAG_NAME = r"((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)"
_TAG_VERB = (r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)(?:\s+(?:off|on|away|out|back|mid-sentence))?|(?:went|goes|carried|carries|"
             r"spoke|speaks)\s+on|(?:went|goes|fell|falls)\s+(?:quiet|silent)|broke\s+off|spoke|wept|cried)")
_TAG_ASIDE = r"(?:\s*,[^,“”\"]{1,40},)?"  # "X, 19, whispered"
_TAG_AFTER = re.compile(rf"\s*,?\s*(?:{_TAG_NAME}{_TAG_ASIDE}\s+{_TAG_VERB}|{_TAG_VERB}\s+{_TAG_NAME})\s*(?:[.,!?]|$)")
_TAG_ALONE = re.compile(rf"\s*(?:{_TAG_NAME}{_TAG_ASIDE}\s+{_TAG_VERB}|{_TAG_VERB}\s+{_TAG_NAME})(?:\s*,[^“”\"]{{1,80}})?"
                        r"\s*[.!?]?\s*")
_FRAGMENT_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_FINITE = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
                     "can", "could", "shall", "should", "may", "might", "must", "says", "goes", "gets", "makes", "takes"))
_ADJECTIVES = frozenset(("pictured", "aged", "named", "unnamed", "based", "armed", "retired", "exiled", "red", "bed"))
# the first name, past a label ("Speaker —", "Source:", "Reply from", "Words of") or a description ("Former soldier")
_BYLINE_NAME = re.compile(r"\s*(?:[A-Z][a-z]+\s*(?:[:—–=|/-]|\s(?:from|by|of|to))\s*|(?:[A-Z][a-z]+\s+)?[a-z]+\s+)?"
                          r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})")
# An aside after a name that ends the sentence: no discourse word, relative or verb of its own ("X, however,
# disagreed.", "X, who stayed, …" are clauses); in brackets, anything
_BYLINE_ASIDE = (r"\s*,\s*(?!(?:who|whom|which|whose|however|though|but|and|or|too|also|meanwhile|instead|then|now|still|"
                 r"yet|nevertheless|said|says|added|adds|disagreed|agreed|replied|recalled)\b)"
                 r"(?!(?!aged\b|pictured\b|named\b)[a-z]+ed\b)[^,.;:!?“”\"()\[\]{}]{1,60}|\s*[(\[{][^()\[\]{}“”\"]{1,40}[)\]}]")
# "“….” Those are the words of X.", "That is how X put it."
WORDS_OF = re.compile(rf"\s*[,.]?\s*(?:(?:[Tt]hose|[Tt]hese|[Ss]uch)\s+(?:are|were)\s+(?:the\s+)?words\s+of\s+{NAME}|"
                      rf"(?:[Tt]hat|[Tt]his)\s+(?:is|was)\s+{NAME}(?=\s*[.!]?\s*$)|"  # "“…” That was Zeya Hein."
                      rf"[Tt]he\s+speaker(?:\s+(?:is|was)|:)\s+{NAME}|[Ii]t\s+(?:is|was)\s+{NAME}\s+who\s+(?:said|says)\b|"
                      rf"{NAME}['’]s\s+(?:own\s+)?(?:{SAID_NOUNS})(?=\s*[.!]?\s*$)|"  # "“…” Lin Aung's words (verdict)."
                      # "“…” Thus spoke X.", "“…” So said X.", "“…” Or so X claims.", "“…” X, in 2023."
                      rf"(?:[Tt]hus|[Ss]o)\s+(?:spoke|spake|said|says|wrote)\s+{NAME}|(?:[Oo]r\s+)?[Ss]o\s+{NAME}\s+"
                      rf"(?:claims|claimed|says|said|insists|insisted|believes|believed|tells\s+it|told\s+it)|"
                      # "“…” X, in 2023.", "“…” X, speaking to reporters.", "“…” X, laughing, to The Irrawaddy.", "“…” X
                      # (pictured).", "“…” Source: X.": a name and asides, with no verb of its own
                      rf"{NAME}(?:{_BYLINE_ASIDE}){{1,3}}(?=\s*(?:[.!]?\s*$|;))|"
                      # "“…” Speaker: X.", "Source: X.", "Pictured: X.", "“…” Said by X.", "Attributed to X."
                      rf"[A-Z][a-z]+\s*:\s*{NAME}(?=\s*[.!]?\s*$)|(?:[Ss]aid|[Ss]poken|[Ww]ritten|[Uu]ttered)\s+by\s+{NAME}|"
                      rf"(?:[Aa]ttributed|[Cc]redited)\s+to\s+{NAME}|"
                      rf"(?:[Tt]hose|[Tt]hese|[Tt]he)\s+(?:are|were)\s+{NAME}['’]s\s+words|[Tt]he\s+words\s+(?:are|were)\s+{NAME}['’]s|"
                      rf"(?:[Tt]hat|[Tt]his)\s+(?:is|was)\s+(?:what|how)\s+{NAME}(?:\s*,\s*not\s+[^,.]{{1,40}},)?\s+(?:put|puts|"
                      r"remembers|remembered|described|describes|tells|told|recalls|recalled|said|says)(?:\s+it|\s+[A-Z][\w’'-]*"
                      r"(?:\s+[A-Z][\w’'-]*){0,4}|\s+\w+)?)"
                      r"(?:\s*,\s*(?:not\s+|and\s+|as\s+)?[^.!?“”\"]{1,40})?\s*[.!?]?\s*")  # "…, Y says."
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s*){_TAG_NAME}\s+{_TAG_VERB}\s*[:,]\s*$")
# "Explains Lin Aung:", "Says Maung Sein, “…”": a tag turned round before the quotation
INVERTED = re.compile(rf"(?:^|(?<=[.;!?])\s*)(?:(?i:{VERB})|[A-Z][a-z]{{2,}}(?:s|ed)|[Tt]hus\s+(?:spoke|spake)|[Qq]uoth)"
                      rf"\s+{NAME}(?:\s*,\s*[^,:“”\"]{{1,60}}|\s*\([^()]{{1,40}}\))?\s*[:,]?\s*$")
# "“…,” reads X’s note to Y.", "“…,” goes X’s letter.": X, whose note it is (not the one it is to)
READS = re.compile(rf"\s*,?\s*(?:reads|read|goes|went|runs|ran)\s+{NAME}['’]s\s+(?:[a-z]+\s+)?(?i:{SAID_NOUNS})\b")
