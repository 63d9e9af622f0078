"""A sum whose sentence names a payer its record does not ("People's Embrace pays each defector 700 baht a month" of
a payment whose record reads the NUG as paying): not the record's sum. store/queries/payers.py marks the figure."""

from __future__ import annotations

from .amounts import Quantity


def other_payers(q: Quantity) -> list[str]:
    """The payers, as written, the sentence names for the sum that `q`'s record does not allow."""
    return list(q.row.get("other_payers") or ()) if q.kind == "figure" else []


def not_paid_by(q: Quantity) -> str:
    """Why `q` is not the claim's sum: who the sentence says pays it."""
    return f"the fact base's {q.id} ({q.shown()}: {q.row.get('counts')}) does not say it is paid by " \
        f"{' or '.join(other_payers(q))}"
