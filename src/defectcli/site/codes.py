"""What each coded value means, wherever the site shows one: in the column descriptions above a
table and beside each field of a record (tables.py), and on each value itself under `defectcli serve`
(hooks.py). The values are the fact base's controlled vocabularies (factbase/vocabulary.py,
facts/README.md); the words here say what each means to a reader.
"""

from __future__ import annotations

ATTRIBUTION = {
    "explicit": "the article names the speaker with the words",
    "implied": "the article does not name the speaker with the words; where they stand makes them the speaker's",
    "ambiguous": "the text can be read as someone else's; flagged, and never counted",
}
GIVER_ATTRIBUTION = {
    "explicit": "the article says the reason is theirs",
    "implied": "theirs by placement, e.g. taken from a quote whose attribution is implied",
    "ambiguous": "the text leaves unclear whose reason it is; flagged, and never counted",
}
QUOTE_KIND = {
    "full": "a whole quoted statement",
    "fragment": "a few words quoted inside the writer's own sentence",
}
NAME_STATUS = {
    "pseudonym": "a name the article gives in place of the real one",
    "as_published": "the name as the article prints it",
    "unnamed": "the article gives no name; the name column describes them",
}
ROLES = {
    "defector": "left the military or police",
    "interviewee": "interviewed for the article",
    "writer": "wrote the article",
    "translator": "translated for the article",
    "relative": "a relative of someone in the article",
    "serving_soldier": "still serving",
    "official": "speaks for an organisation",
    "mentioned": "only mentioned",
}
RANK = {
    "normal": "no reason to prefer it or set it aside",
    "preferred": "the one to quote when figures disagree",
    "deprecated": "not to be quoted; rank_reason says why",
}
COMPARATOR = {
    "exact": "exactly the value",
    "more_than": "more than the value (\"over\")",
    "less_than": "less than the value (\"under\")",
    "about": "about the value",
    "range": "from the value to value_max",
}
PRECISION = {
    "day": "a day", "month": "a month", "year": "a year", "period": "a period (from, to, or both)",
    "unknown": "the source does not say when",
}
BASIS = {
    "stated": "the source gives the date",
    "inferred": "we worked it out; the note says how",
}
STAGE = {
    "joining": "a reason for joining the military",
    "defecting": "a reason for leaving it",
    "staying": "what holds soldiers back from leaving",
}
CONFLICT_KIND = {
    "disagreement": "sources give different values",
    "error": "a source gets something wrong",
    "ambiguity": "the text can be read more than one way",
    "variant": "the same thing given in different forms",
}
RATING = {
    "reported": "what the source says, not weighed",
    "supported": "what the evidence bears out",
    "incorrect": "what the evidence contradicts",
    "ambiguous": "can be read more than one way",
    "typo": "an evident slip of the pen",
}
ACTOR_TYPE = {
    "person": "one person",
    "group": "a group of people spoken of together",
    "organisation": "an organisation",
}

# Which columns hold which codes: (table, column) -> meanings. Views share their tables' codes.
COLUMNS: dict[tuple[str, str], dict[str, str]] = {
    ("quotes", "attribution"): ATTRIBUTION, ("quotes_with_speakers", "attribution"): ATTRIBUTION,
    ("quotes", "kind"): QUOTE_KIND, ("quotes_with_speakers", "kind"): QUOTE_KIND,
    ("motivation_givers", "attribution"): GIVER_ATTRIBUTION,
    ("motivations_with_givers", "attribution"): GIVER_ATTRIBUTION,
    ("people", "name_status"): NAME_STATUS, ("people", "roles"): ROLES,
    ("figures", "rank"): RANK, ("figures_with_sources", "rank"): RANK, ("figures", "comparator"): COMPARATOR,
    ("figures", "as_of_precision"): PRECISION, ("figures", "as_of_basis"): BASIS,
    ("events", "date_precision"): PRECISION, ("events", "date_basis"): BASIS,
    ("sources", "date_precision"): PRECISION, ("sources", "date_basis"): BASIS,
    ("timeline", "date_precision"): PRECISION, ("timeline", "date_basis"): BASIS,
    ("motivations", "stage"): STAGE, ("motivations_with_givers", "stage"): STAGE,
    ("conflicts", "kind"): CONFLICT_KIND, ("conflict_claims", "rating"): RATING,
    ("actors", "type"): ACTOR_TYPE, ("quotes_with_speakers", "speaker_type"): ACTOR_TYPE,
    ("motivations_with_givers", "giver_type"): ACTOR_TYPE,
}


def explained(lead: str, codes: dict[str, str]) -> str:
    """A column's description that says what each of its values means: "Lead: a (…); b (…)."."""
    return f"{lead}: " + "; ".join(f"{value} ({meaning})" for value, meaning in codes.items()) + "."
