"""A place that leads the clause of a number ("In Yangon, 12,341 …", "Along the border, …", "Near Mandalay 12,341
…", "Up north —"): its words, which the record must hold too (numbers/happenings.py). Not the country's own name,
and not a time, a manner or a text that such a phrase also names ("In recent years,", "At least", "On average,",
"In its report,", "At a press conference,")."""

from __future__ import annotations

import re

from ..text import words_of
from .vocabulary import MONTHS

# "In", "Along", "Near", "At", "Over in", "Back in", "Here in"; any case ("in yangon, …")
_BY = (r"(?:(?:over|back|here|out|down|up|right|there|far|deep|all)\s+)?(?:in|across|inside|within|throughout|along|near|"
       r"around|at|on|outside|from|beyond|through|off|under|beneath|underneath|below|above|behind|past|beside|among|"
       r"amongst|amid|amidst|across\s+from|opposite|inland\s+from|over|towards?|round|up|down)")
_REGION = (r"(?:border|frontier|north|south|east|west|northern|southern|eastern|western|central|upper|lower|rural|"
           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?")
_NAMED = r"[A-Z][\w’'-]*(?<![’']s)(?:\s+[A-Z][\w’'-]*(?<![’']s)){0,3}"  # (not "In People's Embrace's count")
_KIND = (r"(?:\s*(?:regions?|states?|divisions?|areas?|township|district|province|border|borderlands|city|town|village|"
         r"camp))?(?:\s+(?:alone|only|itself|too))?")
# What ends the place: a comma, a dash or a colon; or nothing, the number or the clause's subject right after it
_END = r"(?:\s*[,–—:]|\s*$|\s+(?=\d|each\b|every\b|some\b|more\b|over\b|about\b|nearly\b|almost\b|the\b|a\b|an\b))"
_START = r"(?:^|[.;:!?]\s+)"
_NAMED_PLACE = re.compile(rf"{_START}(?i:{_BY})\s+(?:the\s+)?(?:({_REGION})(?:\s+|(?=\s*[,–—:])))?({_NAMED})?{_KIND}"
                          rf"{_END}[^,.;:!?]*$")
# Where in other words: a lower-case phrase ("In the borderlands,", "Along the border,", "At the front,"); or a
# direction alone ("Up north,", "Down south,")
# (or nothing, before the one paid or the number: "Over the border each defector …", "Across the border 12,341 …"; and
# the country's own, "In Myanmar's north,")
_PLAIN_END = r"(?:\s*[,–—:]|\s+(?=each\b|every\b)|\s*$)"
_PHRASE = re.compile(rf"{_START}(?i:{_BY})\s+(?:the\s+)?(?:(?i:myanmar|burma)['’]s\s+)?([a-z][a-z -]{{2,30}}?){_PLAIN_END}"
                     rf"[^,.;:!?]*$")
_DIRECTION = re.compile(rf"{_START}(?i:up|down|out|back|over)\s+(north|south|east|west|home|there|here){_PLAIN_END}"
                        rf"[^,.;:!?]*$")
# The country's own name, and times a capital starts ("On Tuesday,", "In February,")
_HOME = frozenset(words_of("""myanmar burma monday tuesday wednesday thursday friday saturday sunday""")) | frozenset(MONTHS)
_NOT_A_PLACE = frozenset(words_of("""recent past last first early late latest meantime addition particular short sum general
    contrast fact turn response return exchange theory practice effect brief its their his her our report reports
    statement interview update count tally view estimate figures data survey study article post letter words telling
    account all total short end beginning start years months weeks days time times case cases comparison other
    light spite view order part least most average present whole contrary paper record moment outset point top then
    once times conference briefing meeting press speech event hearing session rally ceremony podcast broadcast
    message email release tweet video remarks behalf basis balance hand side same rate law laws rule rules regime
    estimation reckoning opinion eyes mind experience words
    circumstances conditions pressure agreement deal plan scheme programme program terms them those these whom
    which"""))


def leading_place(before: str, neutral: frozenset[str]) -> set[str]:
    """The words of the place that leads the clause ending in `before` (the text before a number), lower case;
    `neutral`: words that say nothing of a place ("the", "of")."""
    if (place := _NAMED_PLACE.search(before)) is not None:
        named = {w.lower() for w in place.groups() if w and w.lower() not in _HOME}
        if named:
            return named
    if (lead := _PHRASE.search(before)) is not None and not set(lead[1].lower().split()) & _NOT_A_PLACE:
        return {w for w in lead[1].lower().split() if (w not in neutral or w == "home") and w not in _HOME}  # ("Far from
        # home,": home, which says nothing elsewhere)
    return {lead[1].lower()} if (lead := _DIRECTION.search(before)) else set()  # ("Back home,": home, as said)
