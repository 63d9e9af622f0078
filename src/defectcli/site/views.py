"""The views of the site's database: the questions asked most, each answered by a URL, with what each column
means and the facets each offers."""

from __future__ import annotations

from . import codes
from .codes import explained
from .tables import BASIS, JSON_NOTE, PRECISION

# The questions asked most, answered by a URL each.
VIEWS: dict[str, tuple[str, str, dict[str, str]]] = {
    "quotes_with_speakers": (
        "Every quote with its speaker's name and the source, in the order of each article.",
        """SELECT q.id AS quote, a.name AS speaker, a.type AS speaker_type, q.text, q.themes, s.label AS source,
       q.line, q.kind, q.attribution
FROM quotes q JOIN actors a ON a.id = q.speaker JOIN sources s ON s.id = q.source
ORDER BY q.source, q.line, q.id""",
        {"quote": "The quote's id.", "speaker": "Who says it.",
         "speaker_type": explained("What the speaker is", codes.ACTOR_TYPE),
         "text": "The quotation.", "themes": "What it is about" + JSON_NOTE + ".", "source": "The article it is in.",
         "line": "The line of the article text it is on.", "kind": explained("How much is quoted", codes.QUOTE_KIND),
         "attribution": explained("How sure the article makes it who says it", codes.ATTRIBUTION)}),
    "figures_with_sources": (
        "Every number with who states it and where, by topic.",
        """SELECT f.id AS figure, f.topic, f.wording, f.value, f.value_max, f.unit, f.counts,
       coalesce(a.name, 'the article itself') AS stated_by, s.label AS source, f.excerpt, f.rank
FROM figures f JOIN sources s ON s.id = f.source LEFT JOIN actors a ON a.id = f.stated_by
ORDER BY f.topic, f.source, f.id""",
        {"figure": "The figure's id.", "topic": "What it is about.", "wording": "The number as worded.",
         "value": "The number (the low end of a range).", "value_max": "The high end of a range.",
         "unit": "What it counts in.", "counts": "What is counted.", "stated_by": "Who produced the number.",
         "source": "Where it is stated.", "excerpt": "The passage that states it, verbatim.",
         "rank": explained("Which to quote when figures disagree", codes.RANK)}),
    "motivations_with_givers": (
        "Every reason with each person or organisation that gives it, in their words.",
        """SELECT m.stage, m.reason, a.name AS given_by, a.type AS giver_type, g.excerpt, s.label AS source,
       g.attribution, m.id AS motivation
FROM motivation_givers g JOIN motivations m ON m.id = g.motivation JOIN actors a ON a.id = g.who
JOIN sources s ON s.id = g.source
ORDER BY m.stage, m.id, g.rowid""",
        {"stage": explained("When the reason counts", codes.STAGE), "reason": "The reason, in our words.",
         "given_by": "Who gives it.", "giver_type": explained("What the giver is", codes.ACTOR_TYPE),
         "excerpt": "Where they give it, verbatim.", "source": "The source.",
         "attribution": explained("How sure the article makes it that the reason is theirs", codes.GIVER_ATTRIBUTION),
         "motivation": "The reason's id."}),
    "people_attributes": (
        "What the articles say about each person, with the excerpt.",
        """SELECT p.name AS person, t.field, t.value, t.value_max, t.unit, t.wording, s.label AS source, t.excerpt
FROM attributes t JOIN people p ON p.id = t.person JOIN sources s ON s.id = t.source
ORDER BY t.rowid""",
        {"person": "Whom it describes.", "field": "age, rank, years_served, ...", "value": "The value.",
         "value_max": "The high end of a range.", "unit": "Its unit.", "wording": "A number as worded.",
         "source": "Where it is said.", "excerpt": "The passage that says it, verbatim."}),
    "timeline": (
        "Events in date order; undated ones last.",
        """SELECT e.date, e.date_precision, e.date_basis, e.name, e.kind, e.id AS event
FROM events e ORDER BY e.date IS NULL, e.date, e.rowid""",
        {"date": "When (ISO 8601).", "date_precision": PRECISION, "date_basis": BASIS, "name": "What happened.",
         "kind": "What kind of event.", "event": "The event's id."}),
}
VIEW_FACETS: dict[str, tuple[str | dict[str, str], ...]] = {
    "quotes_with_speakers": ("speaker", {"array": "themes"}, "source"),
    "figures_with_sources": ("topic", "stated_by", "source"),
    "motivations_with_givers": ("stage", "given_by", "giver_type"),
    "people_attributes": ("field", "person"),
    "timeline": ("kind", "date_basis"),
}
