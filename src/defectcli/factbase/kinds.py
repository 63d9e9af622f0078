"""The kinds of record a fact file may list: its YAML key and the singular that ids and messages use.

Kept apart from models.py because the warm query path needs the names but not the dataclasses
(building them costs ~15 ms, a fifth of a lookup).
"""

KINDS = {
    "sources": "source",
    "themes": "theme",
    "people": "person",
    "organisations": "organisation",
    "places": "place",
    "events": "event",
    "figures": "figure",
    "quotes": "quote",
    "motivations": "motivation",
    "conflicts": "conflict",
    "waivers": "waiver",
}
