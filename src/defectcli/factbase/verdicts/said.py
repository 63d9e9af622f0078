"""How a reason words what a number's record says and who says it: "stated by the NUG (s2)", "the article (s1) gives
Bo Pyay's age on joining as 17", "the NUG (s2) says over 13,000 people"."""

from __future__ import annotations

from .amounts import FIELD_NAMES, Quantity
from .evidence import Found, name_of


def stated(q: Quantity, found: Found) -> str:
    if q.kind == "person":
        return f"the article ({q.row.get('source')}) says so of {name_of(found, q.id)} " \
            f"({FIELD_NAMES.get(q.field or '', q.field)}: {q.shown(aged=False)})"
    return f"stated by {who(q, found)}"


def gives(q: Quantity, found: Found) -> str:
    """What the record says, as a reason quotes it: "the NUG (s2) says over 13,000 people"."""
    if q.kind == "person":
        return f"the article ({q.row.get('source')}) gives {name_of(found, q.id)}’s " \
            f"{FIELD_NAMES.get(q.field or '', q.field)} as {q.shown(aged=False)}"
    return f"{who(q, found)} says {q.shown()}"


def who(q: Quantity, found: Found) -> str:
    source = q.row.get("source")
    if q.kind == "person":
        return f"the article ({source}), on {name_of(found, q.id)},"
    if q.stated_by is None:
        return f"the article itself ({source})"
    return f"{name_of(found, q.stated_by)} ({source})"
