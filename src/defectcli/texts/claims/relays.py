"""A relayer set off right after a sentence's subject, in commas, dashes or brackets: "The NUG, according to People's
Embrace, counts", "Lin Aung (Bo Pyay says) said:", "The NUG — in People's Embrace's telling — counts", "The NUG, as
reported by People's Embrace, counts". One rule for every word of relaying and every mark: the subject says, counts
or does what follows (claimant.py, reporting.py); the one set off only passes it on."""

from __future__ import annotations

import re

from .asides import VERB

# The verbs of a reporter's tag that take no object: not "told X", "asked X" (X hears)
TAG_VERB = r"(?:says|said|reports|reported|claims|claimed|insists|insisted|maintains|maintained|notes|noted|adds|added|" \
           r"explains|explained|estimates|estimated|writes|wrote|states|stated|recalls|recalled|argues|argued|" \
           r"believes|believed|contends|contended|alleges|alleged|asserts|asserted|reckons|reckoned|holds|held|" \
           r"suggests|suggested|thinks|thought|admits|admitted|concedes|conceded|confirms|confirmed|observes|observed|" \
           r"remarks|remarked|acknowledges|acknowledged|stresses|stressed|emphasi[sz]es|emphasi[sz]ed|continues|continued|" \
           r"mentions|mentioned|underlines|underlined|cautions|cautioned|clarifies|clarified|affirms|affirmed|announces|" \
           r"announced|reiterates|reiterated|opines|opined|muses|mused|specifies|specified)"
# who a tag names, in any words with a name in them: "Lin Aung", "Lin Aung's wife", "the NUG's spokesman", "the officer
# under Thawda Win" (claimant.py reads whom the words name)
TAGGED = r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+){0,3}?)?[A-Z][^\d,.;:!?()\[\]–—“”\"]{0,50}?"
# What one's telling is called: "in X's telling", "in the view of X", "by X's account" (not "in X's words": "Y, in X's
# words, said: “…”" gives X's words, which Y only voices: relayed.py)
_TELLING = r"(?:telling|retelling|view|views|account|version|estimation|reckoning|assessment|opinion|judge?ment|eyes|" \
           r"mind|story|recollection|memory|report|description)"
# The verbs of passing words on: "as reported by X", "as told by X", "as quoted by X"
_PASSED = r"(?:reported|told|retold|quoted|cited|relayed|recounted|related|described|conveyed|passed\s+on|stated|claimed|" \
          r"noted|put|given|presented|explained|summari[sz]ed|paraphrased|recalled|remembered)"
# A relayer's phrase: "X says", "according to X", "per X", "in X's telling", "in the view of X", "by X's account",
# "as reported by X", "as X reports", "as X tells it", "to hear X tell it"
RELAY = rf"(?:{TAGGED}\s+(?:[a-z]+ly\s+)?{TAG_VERB}|according\s+to\s+{TAGGED}|per\s+{TAGGED}|" \
        rf"in\s+{TAGGED}['’]s?\s+(?:own\s+)?{_TELLING}|in\s+the\s+{_TELLING}\s+of\s+{TAGGED}|" \
        rf"by\s+{TAGGED}['’]s?\s+(?:own\s+)?(?:account|telling|reckoning)|" \
        rf"as\s+(?:(?:first|originally|widely|since)\s+)?{_PASSED}\s+(?:by|in)\s+{TAGGED}|" \
        rf"as\s+{TAGGED}\s+(?:(?:has|had|would)\s+(?:it|have\s+it)|(?:has\s+|had\s+)?(?:{TAG_VERB}|tells|told|puts|put)" \
        rf"(?:\s+it)?)|to\s+hear\s+{TAGGED}\s+tell\s+it)"
# The same set off, in any marks: commas, brackets, square brackets, dashes (typed dashes are read as dashes)
SET_OFF = rf"(?:,\s*{RELAY}\s*,|\(\s*{RELAY}\s*\)|\[\s*{RELAY}\s*\]|[—–]\s*{RELAY}\s*[—–])"
# A time or place the sentence opens with, before its subject: "Since the coup, the NUG — according to X — has counted"
LEAD = r"(?:(?i:since|in|by|as\s+of|after|before|during|over|until|so\s+far|to\s+date|today|now|meanwhile|at|across|" \
       r"along|inside|within)\b[^,;:()\[\]—–“”\"]{0,40},\s*)?"
# The subject that counts or says, with a relayer set off before its verb (claimant.py): "The NUG, People's Embrace
# says, counts 12,341", "The NUG — according to People's Embrace — counts", "The NUG, as reported by X, counts"; or any
# words and a verb in commas ("The NUG, critics say, counts")
SUBJECT_SAYS = re.compile(rf"^\s*{LEAD}((?:[Tt]he\s+)?[A-Z][^,;:“”\"]{{0,60}}?)\s*(?:{SET_OFF}|"
                          rf",\s*(?:[^,;:“”\"]{{1,60}}?\s+(?:{VERB})|(?:according\s+to|per)\s+[^,;:“”\"]{{1,60}}?)\s*,)"
                          rf"\s*(?:has\s+|have\s+)?(?:{VERB})\b")
