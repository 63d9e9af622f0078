"""A speaker's name and a verb of saying, as the readers of who spoke a quotation spot them (speakers.py,
tags.py, relayed.py, pairs.py)."""

from __future__ import annotations

import re

from .claimant import VERB

NEAR = 300  # characters on either side of a quotation where its speaker may be named (white space squeezed)
NAME = r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"  # a name of up to five words, captured
SAYING_WORD = re.compile(rf"\b(?:{VERB})\b", re.IGNORECASE)
