"""The places in a sentence where it names who states its figure, besides "X says" (claimant.py): "according to X",
"by X's count", "citing X", "per X", "counted by X", a tag turned round and set off after its verb, a source in
brackets or after a dash at the end, a "Source:" label, one the figure is said to come from ("In X's words, Y says …":
X's), and "Each defector says"."""

from __future__ import annotations

import re
from functools import lru_cache

from ...numbers.vocabulary import PEOPLE
from .asides import VERB

# "Each defector, says X, is paid …" (a tag turned round, set off), "… Source: X." (or a sentence of its own, after
# the figures it sources: parse.py), "… a month (X).": X
SAYS_INSIDE = re.compile(rf",\s*(?:{VERB})\s+((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s*,\s*(?:is|are|was|were|has|have|had|"
                         rf"must|can|get|gets|receive|receives|[a-z]+ed|[a-z]+s)\b")
SOURCE_LABEL = re.compile(r"(?:^|[.;!?]\s*|\s)(?:[Ss]ources?|[Vv]ia|[Cc]redit|[Dd]ata)\s*:\s*"
                          r"((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s*[.!?]?\s*$")
BRACKETED_END = re.compile(r"(?:[(\[{]\s*(?:(?:[Ss]ources?|[Vv]ia)\s*:\s*)?((?:the\s+)?[A-Z][^\d,.;:!?()\[\]{}–—“”\"]*?)"
                           r"\s*[.]?\s*[)\]}]|\s[—–]\s*((?:the\s+)?[A-Z][^\d,.;:!?()\[\]{}–—“”\"]*?))\s*[.!?]?\s*$")
# "In X's words, Y says 12,341", "Borrowing X's words (a line from X), Y says", "Based on X records, Y counts", "Y's
# figure, which comes from X, is": X's figure, which Y passes on
_NAMED = r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
# the same, and whom it names through a possessive: "People's Embrace's critics", "the NUG's spokesman" (clean reads it)
_OWNED = r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*" \
         r"(?:(?<=['’]s)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,.;:!?()–—]|\s*$))?)"
SOURCED = re.compile(rf"\b(?i:in|borrowing|using|taking|adopting|repeating)\s+(?:the\s+)?{_NAMED}['’]s\s+(?:own\s+)?"
                     rf"(?:words|line|phrase|phrasing|language|wording)\b|\b(?i:in\s+the\s+words\s+of)\s+{_NAMED}|"
                     rf"\b(?i:borrowing|taking|using)\s+(?:a\s+|the\s+)?(?:line|phrase|words|wording)\s+(?:from|of)\s+{_NAMED}|"
                     rf"\b(?i:based\s+on|drawing\s+on|relying\s+on|drawn\s+from|taken\s+from|sourced\s+from|"
                     rf"borrowed\s+from|derived\s+from|(?:which|that)\s+comes?\s+from|coming\s+from|(?:which|that)\s+came\s+"
                     rf"from|using)\s+{_NAMED}(?:['’]s)?(?=\s+(?:records?|data|figures?|count|numbers|statistics|"
                     rf"estimates?|tally|tallies)\b|\s*[,.;])")
# "…, the NUG's spokesman told reporters.", "…, a spokeswoman for X told the BBC.": the one who tells (the group
# whose spokesman it is: clean)
TOLD_REPORTERS = re.compile(r",\s*((?:(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}(?:for|of|at|from|with)\s+)?(?:(?:the|a|an)\s+)?"
                            r"[A-Z][^\d,.;:!?()–—“”\"]*?)\s+(?:told|tells)\s+(?:reporters|journalists|"
                            r"the\s+press|"
                            r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                            r"(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]|[—–][^—–]*|,\s*(?:including\s+|among\s+them\s+)?"
                            r"(?:the\s+)?[A-Z][^,.;:!?()–—]*?(?:\s+among\s+them|\s+included)?))?\s*[.!?]?\s*$")  # (who
# heard it: "(the BBC)", ", Reuters among them")
# "X is adamant (clear, convinced) that …", "X has found that …"
ADAMANT = re.compile(r"(?:^|[,;:]\s*)((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s+(?:(?:is|are|was|were)\s+(?:adamant|clear|"
                     r"certain|sure|convinced|confident|insistent)|(?:has|have|had)\s+found|points?\s+out|pointed\s+out)\s+"
                     r"that\b")
# "X, by its count, puts it at …", "By its count, X says …": "its" is the sentence's own subject, X
_ITS_COUNT = r"(?:[Bb]y|[Ii]n)\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|estimate|reckoning|figures)"
ITS_OWN = re.compile(rf"^\s*((?:the\s+)?[A-Z][^\d,;:“”\"]*?)\s*,\s*{_ITS_COUNT}\s*,|^\s*{_ITS_COUNT}\s*,\s*"
                     rf"((?:the\s+)?[A-Z][^\d,;:“”\"]*?)\s+(?:\w+ly\s+)?(?:{VERB})\b")
# "…, it says.", "…, per the group.", "By its count, …": the group a sentence before names (referent.py resolves it)
IT_SAYS = re.compile(r",\s*(?:it|they)\s+(?:says|said|say|counts|estimates|reports|adds)\s*[.!?]?\s*$|"
                     r"(?:^|,\s*)(?:[Pp]er|[Aa]ccording\s+to)\s+the\s+(?:group|organi[sz]ation|charity)\b|"
                     r"(?:^|,\s*)[Bb]y\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|estimate|reckoning)\b")
# "Each defector says he is paid …": the defectors, each of them (a claimant, though "each defector" names no one)
EACH_SAYS = re.compile(rf"(?:^|[,;:–—(]\s*|\bthat\s+)((?i:each|every)\s+(?:(?:one|single)\s+)?"
                       rf"(?:{'|'.join(sorted(w for w in PEOPLE if not w.endswith('s')))}))\s+(?:\w+ly\s+)?(?:{VERB})\b")
# "according to X", "in the view of X"
ATTRIBUTED = re.compile(r"(?:according to|in the (?:view|telling|estimation|reckoning|account|version|assessment) of) "
                        r"([^,.;:!?()–—]+)", re.IGNORECASE)
# "…, in People's Embrace's view (telling)": a name, as written
IN_THEIR_VIEW = re.compile(r"\b[Ii]n ((?:the\s+)?[A-Z][^,.;:!?()–—]*?)['’]s? (?:view|telling|estimation|reckoning|account|"
                           r"version|assessment)\b")
BY_COUNT = re.compile(r"\b(?:by|in)\s+(?:([^,.;:!?()–—]+?)['’]s?\s+(?:count|estimate|tally|reckoning|figures)\b|the\s+(?:count|"
                       r"estimate|tally|reckoning|figures)\s+(?:of|by)\s+([^,.;:!?()–—]+))", re.IGNORECASE)
# "quoted People's Embrace's figure of 12,341", "using the NUG's figures": whose the figure is
WHOSE = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,5}?[A-Z][\w’'-]*?)['’]s\s+(?:own\s+|latest\s+|official\s+)?"
                    r"(?:figure|figures|count|estimate|tally|data|numbers|statistics|records|lists?)\b")
# "12,341 defectors counted by People's Embrace", "as recorded (reported, published) by X", "attributed to X": the
# passive names who counts or gives the figure (not who pays it: "given by", "provided by")
BY_COUNTER = re.compile(rf"\b(?:(?:counted|recorded|tallied|documented|registered|logged|identified|estimated|compiled|kept|"
                         r"reported|published|released|issued|announced|cited|gathered|collected)\s+by|(?:attributed|"
                         rf"credited)\s+to)\s+{_OWNED}")
# "a figure (data, an estimate, a count) from X", "figures by X", "a number the NUG published", "(NUG data)", "an NUG
# tally": the figure is X's; a name before the noun is an acronym or of two words or more ("Official figures" is none)
_DATA_NOUN = r"(?:figures?|data|numbers?|counts?|estimates?|tally|tallies|statistics|records?|reports?|totals?)"
FIGURE_FROM = re.compile(rf"\b{_DATA_NOUN}\s+(?:from|by)\s+{_OWNED}|\b(?:figure|number|estimate|count|tally|total)\s+(?:that\s+|"
                         rf"which\s+)?{_NAMED}\s+(?:has\s+|had\s+)?(?:published|released|gave|gives|reported|reports|cited|"
                         rf"cites|issued|announced|uses|used)\b|(?<![\w’'])((?:the\s+)?(?:[A-Z]{{2,}}|[A-Z][\w’'-]*"
                         rf"(?:\s+[A-Z][\w’'-]*)+))\s+(?:data|figures|tally|tallies|estimates?|count|statistics|numbers)\b")
# "the 12,341 defectors People's Embrace has recorded": who counts, named after what it counts
COUNTED_BY = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+){1,3}((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+"
                         r"(?:has\s+|have\s+)?(?:counts|counted|recorded|records|lists|listed|documented|tallied)\b")
PER = re.compile(r"(?:^|[,;:–—(]\s*)[Pp]er\s+((?:the\s+)?[A-Z][^,.;:!?()–—]*)")  # "Per X, …", "…, per X."
CITING = re.compile(r"\b(?:[Cc]iting|[Qq]uoting)\s+(?!(?:its|his|her|their|own|data|records|figures)\b)([^,.;:!?()–—]+)")  # "…,
# citing X", "Quoting X, Y said" (not "citing its own records", "citing data it has gathered": the claimant's own)
# Where a claimant is looked for, in this order, after "Y was told by X" (claimant.py): the first found is the claimant
IN_ORDER = (ATTRIBUTED, IN_THEIR_VIEW, BY_COUNT, CITING, SOURCED, PER, WHOSE, BY_COUNTER, FIGURE_FROM, COUNTED_BY, SAYS_INSIDE,
            SOURCE_LABEL, TOLD_REPORTERS, BRACKETED_END, ADAMANT)  # (told reporters first: "…, X told reporters (the BBC).")


@lru_cache(maxsize=8)  # (once a sentence, not once a number: a long one has thousands)
def source_at(text: str) -> int | None:
    """Where a bracketed claimant that ends the sentence starts, if any ("… have defected (the NUG).")."""
    return source.start() if (source := BRACKETED_END.search(text)) is not None else None
