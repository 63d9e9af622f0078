"""Verbs that the reading of claims keys on: of saying, and of enlisting someone."""

from __future__ import annotations

from ...text import words_of

# Verbs of saying: who says is named before them, what is said about someone after ("X said Y enlisted").
SAYING = frozenset(words_of("""said says say told tells explained explains added adds recalled recalls remarked remarks
    revealed reveals wrote writes declared declares stated states insisted insists noted notes asked asks lamented
    laments continued continues commented comments replied replies admitted admits argued argues claimed claims
    warned warns estimated estimates reported reports counted counts believes believed put puts admit admitted
    admits acknowledge acknowledged acknowledges concede conceded concedes estimate believe insist report claim
    confirm confirmed confirms count write note warn argue explain state declare recorded records tallied tallies
    documented documents registered logged identified catalogued cataloged tracked verified lists listed compiled
    recounted recounts exclaimed exclaims posted saying reflected sighed remembered stressed concluded maintained
    observed"""))
# Verbs of joining that take whom they enlist: "Zeya Hein recruited Lin Aung in 2014" is Lin Aung's enlistment.
RECRUITING = frozenset(words_of("recruited recruit recruits conscripted conscript conscripts enlisted enlist enlists"))
