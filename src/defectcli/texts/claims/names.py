"""A speaker's name and a verb of saying, as the readers of who spoke a quotation spot them (speakers.py,
tags.py, relayed.py, pairs.py)."""

from __future__ import annotations

import re

from ...text import words_of
from .asides import VERB

NEAR = 300  # characters on either side of a quotation where its speaker may be named (white space squeezed)
A_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"  # a name of up to five words
NAME = rf"({A_NAME})"  # the same, captured
# Verbs of saying that take the one told as their object: "told X", "warned X" (X hears, not says, what follows)
TELLING = r"(?:tell|tells|told|telling|ask|asks|asked|warn|warns|warned|remind|reminds|reminded|assure|assures|assured|" \
          r"inform|informs|informed|urge|urges|urged|advise|advises|advised|promise|promises|promised)"
# The people one is to another: "Lin Aung's friend", "the roommate of X", "X's neighbour Y" (plural by a trailing "s?")
RELATIVES = (r"(?:friend|brother|sister|comrade|wife|husband|father|mother|son|daughter|cousin|uncle|aunt|colleague|"
             r"commander|superior|neighbou?r|relative|partner|family|parents?|children|boss|fellow|classmate|recruiter|"
             r"instructor|teacher|trainer|lawyer|interpreter|roommate|room-mate|doctor)")
# Ranks and places in a unit one may hold beside another: "Zay Thu Aung's sergeant", "the sergeant of Bo Pyay"
ROLES = (r"(?:sergeant|lieutenant|captain|private|corporal|major|colonel|general|officer|subordinate|platoon\s+leader|"
         r"leader|aide|deputy|bodyguard|driver|pilot|guard|recruit|trainee|cadet|batman|orderly)")
# Prepositions of place before a name: "the private beside Lin Aung" is not Lin Aung
BESIDE = r"(?:beside|alongside|behind|next\s+to|near|opposite|above|below|over|under|around|across\s+from|in\s+front\s+of)"
SAYING_WORD = re.compile(rf"\b(?:{VERB})\b(?:\s+to\s+(?:{VERB})\b)?", re.IGNORECASE)  # "continues to assert": one verb
# Nouns for what someone said: "X’s words", "X’s lament:", "Y recites X’s line:"
SAID_NOUNS = "|".join(sorted(words_of("""words account reply answer comment comments response message advice view views
    verdict conclusion assessment explanation reason take reasoning summary story reflection reflections lament complaint
    complaints regret regrets confession admission warning point memory memories recollection recollections thoughts
    feeling feelings plea appeal argument claim statement remark remarks description testimony judgement judgment opinion
    position hope wish fear fears worry concern lesson motto mantra refrain retort rationale justification excuse promise
    vow boast grievance criticism observation insight prediction version telling recounting narrative question sigh cry
    letter note email post text diary line lines phrase phrases quip slogan sentence passage quote quotes
    quotation interview interviews speech tribute eulogy farewell toast"""), key=len, reverse=True))
# What may stand between a verb of saying and the colon before a quotation: its object or adverbs ("told reporters:",
# "told The Irrawaddy:", "says, too:", "says the same:"), never another verb of saying ("said Lin Aung told him:")
TAIL = rf"(?:\s*,?\s+(?!(?:{VERB})\b)[\w’'-]+){{0,4}}"
ADVERB = r"(?:(?!family\b)\w+ly\s+)?"  # "he sadly said"; "his family says" holds no adverb
# Who speaks for the one whose they are: "the NUG's spokesman says" is the NUG.
VOICES = frozenset(words_of("""spokesman spokeswoman spokesperson reporter reporters official officials representative
    founder director head chief leader staff staffers volunteers workers researchers activists members employees"""))
# A word of a name, with the marks some scripts write its vowels with ("အောင်မြင့်": not "\\w", which splits it)
_LETTER = "(?:[^\\W_]|[\u0300-\u036f\u0900-\u0dff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f])"
NAME_WORD = re.compile(rf"{_LETTER}+(?:['’.\-]{_LETTER}+)*\.?")
