"""Where else a sentence names who states its figure, besides "X says" and "according to X" (claimant.py): a tag
turned round and set off after its verb, a source in brackets or after a dash at the end, a "Source:" label, and one
the figure is said to come from ("In X's words, Y says …": X's)."""

from __future__ import annotations

import re

from .asides import VERB

# "Each defector, says X, is paid …" (a tag turned round, set off), "… Source: X." (or a sentence of its own, after
# the figures it sources: parse.py), "… a month (X).": X
SAYS_INSIDE = re.compile(rf",\s*(?:{VERB})\s+((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s*,\s*(?:is|are|was|were|has|have|had|"
                         rf"must|can|get|gets|receive|receives|[a-z]+ed|[a-z]+s)\b")
SOURCE_LABEL = re.compile(r"(?:^|[.;!?]\s*|\s)(?:[Ss]ources?|[Vv]ia|[Cc]redit|[Dd]ata)\s*:\s*"
                          r"((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s*[.!?]?\s*$")
BRACKETED_END = re.compile(r"(?:[(\[{]\s*(?:(?:[Ss]ources?|[Vv]ia)\s*:\s*)?((?:the\s+)?[A-Z][^\d,.;:!?()\[\]{}–—“”\"]*?)"
                           r"\s*[.]?\s*[)\]}]|\s[—–]\s*((?:the\s+)?[A-Z][^\d,.;:!?()\[\]{}–—“”\"]*?))\s*[.!?]?\s*$")
# "In X's words, Y says 12,341", "Based on X records, Y counts", "Y's figure, which comes from X, is": X's figure, which Y
# passes on
_NAMED = r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
SOURCED = re.compile(rf"\b(?i:in\s+)(?:the\s+)?{_NAMED}['’]s\s+(?:own\s+)?words\b|\b(?i:in\s+the\s+words\s+of)\s+{_NAMED}|"
                      rf"\b(?i:based\s+on|drawing\s+on|relying\s+on|drawn\s+from|taken\s+from|sourced\s+from|"
                      rf"borrowed\s+from|derived\s+from|(?:which|that)\s+comes?\s+from|coming\s+from|(?:which|that)\s+came\s+"
                      rf"from|using)\s+{_NAMED}(?:['’]s)?(?=\s+(?:records?|data|figures?|count|numbers|statistics|"
                      rf"estimates?|tally|tallies)\b|\s*[,.;])")
# "…, the NUG's spokesman told reporters.": the one who tells (the group whose spokesman it is: clean)
TOLD_REPORTERS = re.compile(r",\s*((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s+(?:told|tells)\s+(?:reporters|journalists|"
                            r"the\s+press|"
                            r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*[.!?]?\s*$")
# "X is adamant (clear, convinced) that …", "X has found that …"
ADAMANT = re.compile(r"(?:^|[,;:]\s*)((?:the\s+)?[A-Z][^\d,.;:!?()–—“”\"]*?)\s+(?:(?:is|are|was|were)\s+(?:adamant|clear|"
                     r"certain|sure|convinced|confident|insistent)|(?:has|have|had)\s+found|points?\s+out|pointed\s+out)\s+"
                     r"that\b")
# "…, it says.", "…, per the group.", "By its count, …": the group a sentence before names (referent.py resolves it)
IT_SAYS = re.compile(r",\s*(?:it|they)\s+(?:says|said|say|counts|estimates|reports|adds)\s*[.!?]?\s*$|"
                     r"(?:^|,\s*)(?:[Pp]er|[Aa]ccording\s+to)\s+the\s+(?:group|organi[sz]ation|charity)\b|"
                     r"(?:^|,\s*)[Bb]y\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|estimate|reckoning)\b")
