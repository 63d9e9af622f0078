"""Others a sentence names by someone ("those close to Lin Aung", "men who fought beside X"): a speaker or a
claimant so named is not X (claimant.py reads it)."""

from __future__ import annotations

import re

# "Those close to X say", "People who know X said", "Men who fought beside X": others, described by X, not X
OTHERS_OF = re.compile(r"((?i:those|people|men|women|soldiers|comrades|officers|friends|others|sources|many|some|several|"
                       r"relatives|colleagues|neighbou?rs)\s+(?:(?:who|that)\s+(?:[a-z]+\s+){1,2}?|(?:[a-z]+\s+)?(?:around|"
                       r"beside|near|close\s+to|near\s+to|loyal\s+to|with|under|alongside)\s+))(?=[A-Z])")
