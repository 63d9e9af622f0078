"""Whom "he" or "she" in a quotation's tag means when the sentence names no one: the one the sentence
before names as a quotation's speaker ("“…,” Lin Aung said. “…,” he added."), or as its only name, at
its start ("Lin Aung paused. “…,” he said."). Anything less certain (two names, a possessive, a name
further in) leaves the speaker unread, as a pronoun alone does. For parse.py."""

from __future__ import annotations

import re

from .asides import VERB
from .claimant import ADVERB

# "“…,” he said.", "“…,” said she.", "He added: “…”"
_TAG_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:he|she)\s+{ADVERB}(?:{VERB})|(?:{VERB})\s+(?:he|she))\b(?!\s+(?:of|about)\b)",
                        re.IGNORECASE)
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:he|she)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE)
# The sentence before opens with the name it holds, and goes on with a verb: "Lin Aung paused.", "Capt Zay Thu
# Aung, 32, shook his head." (not "Lin Aung’s commander shouted.")
_OPENS_WITH = r"\s*{name}(?![’'\w])(?:\s*,[^,]{{1,40}},)?\s+[a-z]"


def pronoun_tagged(sentence: str, start: int, end: int) -> bool:
    """Whether the quotation at [start, end) is said by "he" or "she" in its tag."""
    return bool(_TAG_AFTER.match(sentence, end) or _TAG_BEFORE.search(sentence[:start]))


def referent(sentence: str, speakers: list[str | None], names: list[str], quoted: bool) -> str | None:
    """Whom a pronoun in the next sentence's tag means: the one speaker of `sentence`'s quotations, or its
    only name when it opens the sentence (`quoted`: it holds quotations, whose speakers alone count)."""
    said = {s for s in speakers if s}
    if said:
        return said.pop() if len(said) == 1 and all(speakers) else None
    if quoted or len(names) != 1 or names[0].lower().startswith("the "):
        return None
    return names[0] if re.match(_OPENS_WITH.format(name=re.escape(names[0])), sentence) else None
