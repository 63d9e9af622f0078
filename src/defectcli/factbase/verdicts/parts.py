"""Which part of a record's count a claim is of: the words a part goes by, a part taken for the whole
("over 13,000 soldiers" of soldiers and police), some of what the claim counts, another companion than
the record's spouse. For numbers.py."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...numbers.happenings import WORD
from ...numbers.vocabulary import COMPANIONS, PEOPLE
from .amounts import NumberLike, Quantity, fits
from .evidence import GENERIC, stem, terms


def label_terms(label: str) -> set[str]:
    """The words a part's label goes by: soldiers are "military personnel" too."""
    found = terms([label])
    return found | {"military"} if "soldier" in found else found


HEADS = terms(["officer officers personnel member members staff men women individuals"])
_COMPANIONS = terms(COMPANIONS)


def other_companion(claim: NumberLike, q: Quantity) -> bool:
    """Whether the record is for a defector with a spouse and the claim names another companion ("accompanied
    by a friend receives 1,400 baht"), beside the spouse or not ("with a wife and children")."""
    beside = [k.rpartition(">")[2] for k in claim.happened if k.startswith(WORD)]  # (", or a sibling", past the near words)
    return "spous" in q.own and bool(_COMPANIONS & (terms(claim.close) | terms(claim.near) | terms(beside)))


_ACCOMPANIED = terms(["spouse accompanied"])
_PEOPLE_STEMS = frozenset(stem(w) for w in PEOPLE)  # "conscript" as "conscripts"
_COMPANION_STEMS = terms(["spouse spouses wife wives husband husbands couple couples family families child children"])


def with_others(claim: NumberLike, q: Quantity) -> bool:
    """Whether the record is one defector's own rate and the claim gives it to one with companions ("A defector and
    his family get 700 baht a month"): what a family gets, the record does not say."""
    return "pay" in q.own and not q.own & (_COMPANIONS | _ACCOMPANIED) and q.per is not None and \
        bool(_COMPANIONS & (terms(claim.close) | terms(claim.near))) and "spous" not in terms(claim.near)


def companion(claim: NumberLike, q: Quantity) -> str | None:
    """Why a payment record `q` the claim's figure fits is not the claim's, by whom it is paid with or to; or None."""
    if other_companion(claim, q):
        return f"the fact base's {q.shown()} is for one accompanied by a spouse; it says nothing of another companion"
    if claim.paid_to and "pay" in q.own:  # "his wife gets 1,400"
        return f"the fact base's {q.shown()} is what a defector is paid; it says nothing of what his {claim.paid_to} gets"
    if with_others(claim, q):
        return f"the fact base's {q.shown()} is each defector's own; it says nothing of what one with others gets"
    paid = {w for w in claim.near if stem(w) in _PEOPLE_STEMS and stem(w) not in GENERIC | _COMPANION_STEMS}
    if claim.payee and stem(claim.payee) not in GENERIC | _COMPANION_STEMS | _ACCOMPANIED:
        paid.add(claim.payee)  # "Trainees are paid": whoever the sentence says is paid, in any word
    if "pay" in q.own and paid and not {stem(w) for w in paid} & q.terms:  # "Recruits are paid 700 baht a month"
        return f"the fact base's {q.shown()} is what its record says is paid ({q.row.get('counts')}); it says nothing of " \
               f"what {sorted(paid)[0]} get"
    return None


def one_side(claim: NumberLike, q: Quantity) -> bool:
    """Whether the record counts two kinds of people ("soldiers and police officers who have defected") and
    the claim counts one of them only ("over 13,000 soldiers"): a part taken for the whole."""
    counts = re.split(r"\b(?:who|that|which|since|in|from|of)\b", str(q.row.get("counts") or ""))[0]
    sides = [label_terms(side) - GENERIC for side in re.split(r"\band\b", counts)]
    counted = {stem(w) for w in claim.counted}
    if len(sides) != 2 or not all(sides):
        return False
    return sum(bool(side & counted) for side in sides) == 1


def some_of(claim: NumberLike, q: Quantity, enough: int = 2) -> bool:
    """Whether the record counts some of what the claim counts, by words the claim does not use around its
    number: "interviewees motivated to join by refuge from unemployment" against "seven interviewees"."""
    counted = {stem(w) for w in claim.counted}
    qualifiers = q.own - counted - GENERIC - terms([q.row.get("topic")])
    said = qualifiers & (terms(claim.close) | terms(claim.near) | terms(claim.subjects))
    # one word is chance; what it counts named in two words or more is the record's ("Maung Sein's comrades")
    return q.kind != "person" and bool(counted) and len(qualifiers) >= 3 and len(said) < enough and len(counted & q.own) < 2


_FORCES = terms(["force forces"])


def service_members(claim: NumberLike, counted: set[str], service: set[str]) -> bool:
    """Whether the number counts members of the armed forces or police of no kind said: "members of the
    junta's forces", "security force members", "members of the military" (not "members of his family");
    `service`: the words that say whose service they are."""
    rest = counted - service - _FORCES
    return rest == {"member"} and bool(terms(claim.close + claim.near) & (service | _FORCES))


class _Whole(NamedTuple):
    value: float
    value_max: float | None
    comparator: str


def whole_fits(claim: NumberLike, q: Quantity) -> bool:
    """Whether the whole a part is said to be taken from ("3,015 of the 12,341 defectors", "Of the 12,341 defectors,
    3,015 …") is the record's whole `q`, as any number fits its record: not "of the 20,000", nor "of the over 13,000"
    (another's count)."""
    return claim.whole is None or fits(_Whole(*claim.whole), q.value, q.value_max, q.comparator)


def part_fits(claim: NumberLike, value: float, q: Quantity) -> bool:
    """Whether a record's part `value` of its whole `q` is the claim's number: as said ("3,015 soldiers"), or as the
    share of the whole the claim says ("a quarter of the 12,341 defectors were soldiers": 3,015 is 24% of 12,341).
    A fraction is a rough share, within a tenth of itself ("a quarter" of 22.5% to 27.5%); a percentage as it rounds
    ("24%" of 23.5% to 24.5%); "nearly" a share just below it; "over", "most" any above it, "under" any below."""
    if claim.share is None:
        return fits(claim, value, None, "exact")
    if q.comparator != "exact" or q.value_max is not None or not q.value:
        return False
    said, of = claim.share
    found = value / q.value * of  # the record's share, in the claim's parts ("a quarter": 0.98 of 1)
    near = abs(found - said) <= (0.5 if of == 100 and claim.comparator == "exact" else 0.1 * said)
    return {"exact": near, "about": near, "nearly": near and found < said, "less_than": found < said,
            "at_most": found <= said, "more_than": found > said, "at_least": found >= said}.get(claim.comparator, False)
