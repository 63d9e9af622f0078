"""An aside between a name and the verb of saying that tags it ("Thawda Win, a man from Shan who lost a brother, a
cousin and a friend, said:"), read from the tag back: everything from the comma after the name to the comma right
before the verb, whatever it holds (lists, who-clauses, words that are also words of saying), so that no shape of an
aside needs a pattern of its own. For speakers.py, before the patterns of asides.py read what this leaves."""

from __future__ import annotations

import re
from collections.abc import Callable

from .asides import NAME_PHRASE, VERB
from .names import ADVERB, SAID_NOUNS, TAIL

# The tag that ends the words before a quotation, right after a comma: ", said:", ", told reporters:", ", sadly says"
_TAG_BEFORE = re.compile(rf",\s*{ADVERB}(?:{VERB}){TAIL}\s*[:,]?\s*$")
# The first tag after a name in the words after a quotation: "“…,” X, a man who …, said."
_TAG_AFTER = re.compile(rf",\s*{ADVERB}(?:{VERB})\b")
# Where the clause that holds the name begins: a mark that ends one (not a full stop, which inside a sentence is an
# abbreviation's: "a U.S. citizen"), a bracket or dash, a quotation's place (blanked to white space), or "and" (but,
# while) before a name of a clause of its own
_CLAUSE = re.compile(r"[;:!?()“”\"—–]|\s{3,}|,\s*(?:and|but|while|whereas)\s+(?=[A-Z])")
# An aside opens on a word in lower case, a number or one's possessive ("X, Lin Aung's cousin,"); not on a name, which
# is another one named ("X, Y and Z said", "Lin Aung's brother, Bo Pyay, said")
_OPENS = re.compile(r",\s*(?!(?:and|or|nor|but)\b)(?:[a-z\d]|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s\s)")
_LED = re.compile(r"\s*[,.!?]?\s*")  # what comes between a quotation and the name after it
_NAME = re.compile(NAME_PHRASE)  # one named in capitals, who may state a number: "People's Embrace", "the NUG"
# An aside after the name a verb of saying is followed by, to the sentence's end ("…, says X, a group that …, … .")
_LAST = re.compile(rf",\s*{ADVERB}(?:{VERB})\s+(?:the\s+)?[A-Z][^,.;:!?()“”\"–—]*?(,\s*(?:a|an|the|which|who|whose)\s"
                   r"[^.;:!?“”\"]*?)[.!?]?\s*$")
_ANOTHER = re.compile(r",\s*(?:and|or)\s+[A-Z]")  # "X, a farmer, and Y, a soldier, said": two who say it
# An aside that gives the words to another ("X, in Y's words, said:"), read as such where it stands (speakers.py)
_PASSED_ON = re.compile(rf"['’]s\s+(?:[a-z]+\s+){{0,2}}(?i:{SAID_NOUNS})\b|\b(?:words\s+of|quoting|according\s+to)\b")
# What leads a clause before its subject: "After the coup,", "When Lin Aung left,", "Asked why,", "Meanwhile,"
_LEADS = re.compile(r"\s*(?:(?i:by|to|from|with|without|for|of|about|at|in|on|during|after|before|since|as|when|while|if|"
                    r"because|although|though|once|unless|until|whenever|where|whereas|despite|under|like|unlike|"
                    r"through|among|upon)\b|[A-Z][a-z]+(?:ed|ing)\s+[a-z])")


def without_aside(text: str, named: Callable[[str], bool], after: bool = False) -> str:
    """The words near a quotation with the aside between a name and its tag blanked: those before it (ending in the
    tag) or, `after`, those after it (opening on the name). Unchanged where no name (as `named` reads one) leads the
    clause, or the aside names another who says it too."""
    if after:
        tag = _TAG_AFTER.search(text)
        start = m.end() if (m := _LED.match(text)) else 0
    else:
        tag = _TAG_BEFORE.search(text)
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, tag.start())), default=0) if tag else 0
    return text if tag is None or tag.start() < start else _blanked(text, start, tag.start(), named)


def without_asides(text: str) -> str:
    """A sentence with each aside between a name and the verb of saying after it blanked, for who states its numbers:
    "People's Embrace, a group that helps soldiers, police and their families, says …"; and one after the name that
    follows such a verb, to the sentence's end: "…, says People's Embrace, a group that helps soldiers, police and
    their families."."""
    for tag in reversed(list(_TAG_AFTER.finditer(text))):
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, tag.start())), default=0)
        text = _blanked(text, start, tag.start(), _NAME.fullmatch)
    if last := _LAST.search(text):
        text = text[:last.start(1)] + "." + " " * (len(text) - last.start(1) - 1)  # (its end mark moved up: white space
        # run on to the end would be read a character at a time for a name)
    return text


def _blanked(text: str, start: int, tag: int, named: Callable[[str], object]) -> str:
    """The text with the aside between the name that leads the clause at `start` and the tag at `tag` blanked."""
    if _CLAUSE.search(text, start, tag):
        return text
    parts = text[start:tag].split(",")
    # the first part that names one, after any that lead to it ("After the coup, X, a …, said", "12,341 have fled, X, …")
    lead = next((k for k, part in enumerate(parts[:4]) if not _LEADS.match(part) and named(part.strip())), None)
    if lead is None or len(parts) < lead + 2:
        return text
    aside = start + sum(len(part) + 1 for part in parts[:lead + 1]) - 1  # the comma after the name
    if not _OPENS.match(text, aside) or _ANOTHER.search(text, aside, tag) or _PASSED_ON.search(text, aside, tag) or \
            _TAG_AFTER.search(text, aside + 1, tag):  # (a tag of its own: "X, a man, says A, Y, a group, says B")
        return text
    return text[:aside] + " " * (tag + 1 - aside) + text[tag + 1:]  # (and the tag's comma)
