"""The controlled vocabularies of the fact base: the values a field may take, keyed by (record
type, field). Documented in facts/README.md; checks.py holds every record to them."""

from __future__ import annotations

from .models import (
    Attribute,
    Claim,
    Conflict,
    DateInfo,
    Event,
    Figure,
    Giver,
    Motivation,
    Organisation,
    Person,
    Place,
    Quote,
    Source,
)

# Controlled vocabularies, keyed by (record type, field). Documented in facts/README.md.
VOCAB: dict[tuple[type, str], frozenset[str]] = {
    (Source, "kind"): frozenset({"article"}),
    (DateInfo, "precision"): frozenset({"day", "month", "year", "period", "unknown"}),
    (DateInfo, "basis"): frozenset({"stated", "inferred"}),
    (Person, "name_status"): frozenset({"pseudonym", "as_published", "unnamed"}),
    (Person, "roles"): frozenset(
        {"defector", "interviewee", "writer", "translator", "relative", "serving_soldier",
         "official", "mentioned"}
    ),
    (Attribute, "field"): frozenset(
        {"age", "age_joined", "year_joined", "years_served", "intended_service", "agreement",
         "rank", "branch", "role", "activity", "education", "family", "living", "life_since",
         "departure", "other"}
    ),
    (Organisation, "kind"): frozenset(
        {"military", "police", "government", "armed_group", "ngo", "movement", "media", "generic"}
    ),
    (Place, "kind"): frozenset({"country", "region", "division", "area", "city"}),
    (Event, "kind"): frozenset(
        {"coup", "crackdown", "trend", "law", "interview", "enlistment", "attack", "operation",
         "report", "defection"}
    ),
    (Figure, "comparator"): frozenset({"exact", "more_than", "less_than", "about", "range"}),
    (Figure, "rank"): frozenset({"normal", "preferred", "deprecated"}),
    (Quote, "kind"): frozenset({"full", "fragment"}),
    (Quote, "attribution"): frozenset({"explicit", "implied", "ambiguous"}),
    (Giver, "attribution"): frozenset({"explicit", "implied", "ambiguous"}),
    (Motivation, "stage"): frozenset({"joining", "defecting", "staying"}),
    (Conflict, "kind"): frozenset({"disagreement", "error", "ambiguity", "variant"}),
    (Claim, "rating"): frozenset({"reported", "incorrect", "supported", "ambiguous", "typo"}),
}
