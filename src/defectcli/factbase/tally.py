"""How many people give a reason: named people, and groups the text gives a number for.

Pure: givers (motivation_row's `given_by`) in, counts and names out. A giver counts only when the
attribution is certain (not `ambiguous`); an ambiguous one is listed apart, flagged. A group giver
with a `count` ("All but one" of seven: 6) counts that many, and its named members who give the
reason too are inside that number, not added to it. A group without a count, and an organisation,
is listed but adds no number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..shapes import Row


def tally(givers: Sequence[Row], names: Mapping[str, str], members: Mapping[str, Sequence[str]],
          organisations: frozenset[str] | set[str]) -> Row:
    """The counting fields of a motivations row.

    names: display names of the givers; members: each group person's id -> its members' ids;
    organisations: the ids that are organisations.
    """
    certain = [g for g in givers if g["attribution"] != "ambiguous" and g["who"] in names]
    individuals = {g["who"] for g in certain if g["who"] not in members and g["who"] not in organisations}
    counted = 0
    covered: set[str] = set()
    group_counts: list[Row] = []
    for g in givers:
        who = g["who"]
        if who not in members and who not in organisations:
            continue
        count = g.get("count") if who in members else None
        uncertain = g["attribution"] == "ambiguous"
        group_counts.append({"who": who, "name": names.get(who, who), "count": count,
                             "organisation": who in organisations, "attribution": g["attribution"]})
        if count is None or uncertain or who not in names:
            continue
        inside = (individuals & set(members[who])) - covered
        counted += max(count, len(inside))  # the text's number, never fewer than the named members
        covered |= inside
    ambiguous = [g["who"] for g in givers if g["attribution"] == "ambiguous" and g["who"] not in members
                 and g["who"] not in organisations]
    return {
        "people_count": counted + len(individuals - covered),
        "people": sorted(names[w] for w in individuals),
        "uncertain": sorted({f"{names.get(w, w)} (ambiguous)" for w in ambiguous if w not in individuals}),
        "groups": sorted({names.get(g["who"], g["who"]) for g in group_counts}),
        "group_counts": group_counts,
    }
