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

# "“…,” he said.", "“…,” said she.", "He added: “…”" (the verb in a group of its own)
_TAG_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:he|she)\s+{ADVERB}({VERB})|({VERB})\s+(?:he|she))\b(?!\s+(?:of|about)\b)",
                        re.IGNORECASE)
_TAG_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:he|she)\s+{ADVERB}({VERB})(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE)
# "“…,” his brother said.", "His mother recalled:": one described by whom "his" means, who is not the one it means
_KIN_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:his|her)\s+(?:[a-z]+\s+){{0,2}}?{ADVERB}(?:{VERB})\b", re.IGNORECASE)
_KIN_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)(?:his|her)\s+(?:[a-z]+\s+){{1,2}}?{ADVERB}(?:{VERB})\s*[:,]?\s*$",
                         re.IGNORECASE)
# A reply is the one spoken to's ("Y asked X: “…” “…,” he replied."); going on, the speaker's own
_REPLYING = frozenset(("replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"))
_GOING_ON = frozenset(("added", "adds", "continued", "continues", "went", "goes"))
# The sentence before opens with the name it holds, and goes on with a verb: "Lin Aung paused.", "Capt Zay Thu
# Aung, 32, shook his head.", "The NUG pays defectors." (not "Lin Aung’s commander shouted.")
_OPENS_WITH = r"\s*(?:[Tt]he\s+)?{name}(?![’'\w])(?:\s*,[^,]{{1,40}},)?\s+[a-z]"


def pronoun_tagged(sentence: str, start: int, end: int) -> str | None:
    """The verb of the tag, when the quotation at [start, end) is said by "he" or "she" in it."""
    m = _TAG_AFTER.match(sentence, end) or _TAG_BEFORE.search(sentence[:start])
    return next((g.lower() for g in m.groups() if g), None) if m else None


def kin_tagged(sentence: str, start: int, end: int) -> bool:
    """Whether the quotation at [start, end) is said by "his" or "her" someone in its tag."""
    return bool(_KIN_AFTER.match(sentence, end) or _KIN_BEFORE.search(sentence[:start]))


def referent(quotes: list[tuple[str | None, str | None]], verb: str) -> str | None:
    """Whom "he `verb`" means after the sentence whose quotations had these (speaker, one spoken to): the one
    speaker, going on or saying more; the one spoken to, replying; no one when it is not said which."""
    said = {s for s, _ in quotes if s}
    if len(said) != 1 or not all(s for s, _ in quotes):
        return None
    told = {h for _, h in quotes if h}
    if verb in _REPLYING:
        return told.pop() if len(told) == 1 else None  # "“…?” Y asked X. “…,” he replied.": X
    return said.pop() if not told or verb in _GOING_ON else None  # "Y told X: “…” “…,” he said.": which, unread


def opening(sentence: str, names: list[str]) -> str | None:
    """The sentence's only name (`names`, those it holds), when it opens it as its subject: whom "he" or "the
    group" in the next sentence means."""
    if len(names) != 1:
        return None
    return names[0] if re.match(_OPENS_WITH.format(name=re.escape(names[0])), sentence) else None
