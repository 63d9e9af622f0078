"""Whom "he" or "she" in a quotation's tag means when the sentence names no one: the one the sentence
before names as a quotation's speaker ("“…,” Lin Aung said. “…,” he added."), or as its only name, at
its start ("Lin Aung paused. “…,” he said."); and whom "the group says" means, when the sentence before
opens with its only name ("People's Embrace helps defectors. The group says …"). Anything less certain
(two names, a possessive, a name further in) leaves the speaker unread, as a pronoun alone does, and
"the group" the claimant named last. For parse.py."""

from __future__ import annotations

import re

from .asides import VERB
from .claimant import ADVERB

# "“…,” he said.", "“…,” said she.", "He added: “…”"
_TAG_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:he|she)\s+{ADVERB}(?:{VERB})|(?:{VERB})\s+(?:he|she))\b(?!\s+(?:of|about)\b)",
                        re.IGNORECASE)
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:he|she)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE)
# The sentence before opens with the name it holds, and goes on with a verb: "Lin Aung paused.", "Capt Zay Thu
# Aung, 32, shook his head.", "The NUG pays defectors." (not "Lin Aung’s commander shouted.")
_OPENS_WITH = r"\s*(?:[Tt]he\s+)?{name}(?![’'\w])(?:\s*,[^,]{{1,40}},)?\s+[a-z]"


def pronoun_tagged(sentence: str, start: int, end: int) -> bool:
    """Whether the quotation at [start, end) is said by "he" or "she" in its tag."""
    return bool(_TAG_AFTER.match(sentence, end) or _TAG_BEFORE.search(sentence[:start]))


def referent(speakers: list[str | None]) -> str | None:
    """The one speaker the quotations of the sentence before give, whom "he said" in the next one means."""
    said = {s for s in speakers if s}
    return said.pop() if len(said) == 1 and all(speakers) else None


def opening(sentence: str, names: list[str]) -> str | None:
    """The sentence's only name (`names`, those it holds), when it opens it as its subject: whom "he" or "the
    group" in the next sentence means."""
    if len(names) != 1:
        return None
    return names[0] if re.match(_OPENS_WITH.format(name=re.escape(names[0])), sentence) else None
