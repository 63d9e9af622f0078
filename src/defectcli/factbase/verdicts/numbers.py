"""The verdict on a number: which figure, part or attribute counts the same thing, then its value,
comparator, unit and who states it.

What a number counts is decided by words: the claim's words (what it counts weighs most, then
the words right beside the number, then those a little further) found in the record's (what it
counts, its wording and excerpt, its parts' labels; an attribute's field and excerpt). A record
counts the same thing only with enough such words; the unit, and the person the sentence names,
add to them. Values then compare as their comparators allow (amounts.py). When the sentence
names who states the number, that is held against the record's `stated_by`; when it does not, a
number that one of two disagreeing sources gives (a conflict between figures) is disputed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...numbers.vocabulary import PASSING, PEOPLE, REACHING, SAYING
from ...shapes import Row
from .amounts import FIELD_NAMES, NumberLike, Quantity, dimension, fits, quantities, units_agree
from .evidence import GENERIC, Evidence, Found, Verdict, name_of, number, stem, terms
from .happened import SERVICE, not_said, of_others, unsaid, whose
from .inclusive import as_counted
from .parts import HEADS, companion, label_terms, one_side, part_fits, service_members, some_of, whole_fits
from .paying import not_paid_by, other_payers
from .said import gives, stated, who

_JOINING = frozenset(("join", "joined", "enlist", "enlisted", "enter", "entered", "recruit", "recruited"))
_BOUNDS = frozenset(("at_most", "less_than", "at_least", "more_than"))  # an end of a range (verdicts/amounts.fits)
# Units few records share (not people or years): a claim in one is as good as a word of what it counts.
SPECIFIC_UNITS = frozenset({"baht", "kyat", "dollars", "euros", "yuan", "rupees", "storeys", "percent", "years of age",
                            "months", "weeks", "days", "hours"})


# The words that say who states a number ("The NUG counts more than 13,000", "X's figures show"): not what it counts;
# the verbs of saying, and the words of a report besides them.
_SAYING = terms(SAYING | PASSING | REACHING) | terms(["""figure figures number tally data statistics quote quoted quotes
    cite cites cited citing repeat repeats repeated using putting log identify show shows showed stands stood kept
    reportedly allegedly reputedly supposedly apparently officially publicly openly privately reporters reporter
    journalists journalist press media spokesman spokeswoman spokesperson statement briefing"""])  # "The NUG reportedly
# counts", "told reporters", "the number has topped": how it says, not what


def _named_by(claim: NumberLike) -> set[str]:
    """The words of who the sentence says states the number, when it is a name: a group in common words may
    also be whom it is about ("The defectors say they receive 700 baht", "The police say 9,326 police")."""
    said = terms([claim.attribution])
    return said if claim.attribution and (any(c.isupper() for c in claim.attribution) or said <= _BODIES) else set()


# "the group says": who says, not what it counts
_BODIES = terms(["group organisation organization charity ngo outfit body movement agency association network"])


def _topical(claim: NumberLike, q: Quantity, found: Found, strict: bool = True) -> tuple[float, set[str]] | None:
    """How much the claim's words say it counts what `q` counts, and which words say so; None when not enough.
    Not `strict`: whatever the claim says happened to them, and whoever's ages it says they are."""
    if strict and (unsaid(claim, q) or of_others(claim, q) or other_payers(q)):
        return None  # "Over 13,000 soldiers were killed", "The defectors were aged 18 to 35", "from People's
        # Embrace" (of a sum its record does not say it pays): not the record's
    subjects = set(found.subjects)
    if claim.field == "age_by" or (claim.field == "intended_service" and q.kind != "person"):
        return None  # "became a general by 19": an age no record gives; "planned to serve two years": no figure's
    if claim.unit == "years of age" and q.unit not in ("years of age", "years"):
        return None  # an age counts no people: "joined the army at 17" is not "6 people motivated to join"
    if dimension(claim.unit) and dimension(q.unit) and dimension(claim.unit) != dimension(q.unit):
        return None  # "seven interviewees" are no length of service (a currency for another is a wrong unit)
    if q.kind == "person":
        if claim.field and q.field == claim.field and q.about & subjects:
            return 10.0, set()
        if (claim.field and q.field != claim.field) or not q.about & subjects:
            return None  # a person's number is theirs only when the sentence is about them ("X's wife served")
        if q.field in ("age", "age_joined") and claim.unit != "years of age":
            return None  # a length of time is no age: "was in the army for 10 years" is not his age on joining
        if claim.unit and q.unit and not units_agree(claim, q) and claim.unit not in ("years", "years of age"):
            return None  # "one of seven interviewees" counts people, not his years of service
    elif q.about & found.individuals and (others := set(found.mentioned) - (found.named or frozenset())) and \
            not q.about & others:  # (the claimant, "…, said Maung Sein,", is not whose it is)
        return None  # "Seven of Zay Thu Aung's comrades were killed": the record's are Maung Sein's
    elif q.about & found.individuals and found.owners and not q.about & set(found.owners):
        return None  # "Seven of Zay Thu Aung's comrades were lost in Maung Sein's assault": whose the count says it is
    elif claim.field == "age_joined" and not q.terms & _JOINING and (q.about or (claim.value_max is None and not (
            claim.comparator in _BOUNDS and q.comparator == "range" and "forced" in claim.happened))):  # (or a bound of
        # the law's range: "Men up to the age of 35 can be conscripted")
        # an age on joining is not the ages a law calls up ("joined aged 17" is not "aged 18-35"), nor people's ages
        # now ("The interviewees were aged 22 to 39 when they joined"); a law's range is ("can be conscripted")
        return None
    elif (claim.unit == "years of age" or claim.field == "years_served") and subjects and not q.about & subjects:
        return None  # a named person's age (or service) is no one else's: "Aged 17, Bo Pyay left" is not the law's range
    # Who states it (the attribution) is held apart from what it counts; the names the sentence holds
    # ("the Border Service has ...") say what it is about, and add to the words around it only.
    said = _named_by(claim) | GENERIC | _SAYING
    counted = {stem(w) for w in claim.counted} - GENERIC - _SAYING  # (what it counts, though its claimant's name holds
    # the word: "12,341 people have defected, People's Embrace says")
    named = terms(claim.subjects) - said
    close = terms(claim.close) - said - counted - named
    near = terms(claim.near) - said - counted - close - named
    far = terms(claim.words) - said - counted - close - near - named
    # A word of what the record counts weighs in full; a word only of its excerpt, half.
    score = sum(weight * (1.0 if w in q.own else 0.5)
                for words, weight in ((counted, 3.0), (close, 2.0), (near, 1.0), (far, 0.5)) for w in words & q.terms)
    hits = (counted | close | near) & q.terms
    # A length of service is in years: a figure in years of what someone spent in the military is one ("The
    # interviewees served between four and 22 years": s1's years in the military).
    unit_hit = (claim.unit in SPECIFIC_UNITS or claim.field == "years_served") and claim.unit == q.unit
    # "over 13,000 personnel": service members of no kind said, no more than its unit, people, which is the record's
    # (or "junta personnel", "security personnel": whose service, not what kind of it)
    unit_hit = unit_hit or (counted - SERVICE == {"personnel"} and claim.unit == q.unit == "people")
    # "12,341 members of the junta's forces", "members of the military": service members too
    members = service_members(claim, counted, SERVICE)
    unit_hit = unit_hit or (members and claim.unit in (None, "people") and q.unit == "people")
    score += 2.0 if unit_hit else 0.0
    # "People's Embrace counts 12,341": a count of people a claimant gives, of what is not said: any claimant's count
    counts = claim.unit == "people" and not claim.counted and claim.attribution is not None and q.unit == "people" and \
        q.stated_by is not None and q.value > 0 and 0.5 <= claim.value / q.value <= 2  # of its size: not "counted 17"
    unit_hit = unit_hit or counts
    score += 3.0 if counts else 0.0
    score += 2.0 if q.about & subjects else 0.0
    score += 1.0 if named & q.terms else 0.0
    score += 1.0 if q.stated_by is not None and q.stated_by in (found.named or ()) else 0.0  # its own claimant's
    # What it counts (or its unit, or the person it is about) must be the record's, and so must a word
    # around it, if the claim has any besides names: "50,000 soldiers joined the resistance" is not a
    # count of soldiers who defected, nor "seven comrades defected with him" of comrades lost.
    core = bool(counted & q.terms) or unit_hit or bool(q.about & subjects)
    nouns = {stem(w) for w in claim.counted if w in PEOPLE} - GENERIC
    kinds = nouns - HEADS  # "police officers": police; "staff members": none, which the record must write
    if q.kind != "person" and (kinds - q.terms or (not kinds and not members and nouns - {"personnel"}
                                                   and not nouns & q.terms)):
        # "Seven former police officers": the record counts soldiers (its nouns are not the claim's); "seven
        # police comrades": the record's comrades are not said to be police
        return None
    if counted and not core:
        return None  # it counts something the record does not
    around = close | near | far
    # a place the record names is context too, and a word of the forces one of its own ("the military has seen": the junta's)
    context = bool((around | named | (SERVICE if around & SERVICE else set())) & q.terms) or not around
    # …or what it counts is the record's in two words or more ("Maung Sein's comrades were killed")
    enough = (core and context) or len((close | near) & q.terms) >= 2 or len(counted & q.own) >= 2
    return (score, hits) if score >= 3 and enough else None



@dataclass
class Reading:
    """A record the claim counts the same thing as, and how its number compares."""

    score: float
    hits: set[str]
    q: Quantity
    fit: bool  # the record states the claim's number (whole, or a part the claim names)
    part: tuple[str, float] | None  # the part that states it
    part_only: tuple[str, float] | None  # a part has the number, but not the part the claim counts
    named_part: tuple[str, float] | None = None  # the part the claim counts (when it does not fit)


def _reading(claim: NumberLike, q: Quantity, score: float, hits: set[str]) -> Reading:
    agree = units_agree(claim, q)
    # what it counts names a part ("3,015 soldiers"); the words around it may be who states it or hears it ("The
    # police say", "told the police", "by the police's count")
    counted = terms(claim.counted) - _named_by(claim)
    # A claim that names a part ("wardens") counts that part, not the whole, whatever its number;
    # naming every part ("soldiers and police") is naming the whole.
    named_labels = [label for label, _ in q.parts if label_terms(label) & counted]
    names_part = 0 < len(named_labels) < len(q.parts)
    if agree and not names_part and claim.share is None and \
            fits(claim, q.value, q.value_max, q.comparator, claim.unit == "years of age") and \
            not one_side(claim, q):
        return Reading(score, hits, q, True, None, None)
    part_only = named = None
    # "3,015 of the defectors were soldiers", "Police make up 9,326 of the defectors": the part named beside it
    beside = terms(claim.near) - counted if claim.counted and "of" in claim.text.lower().split() else set()
    beside = beside if sum(bool(label_terms(label) & beside) for label, _ in q.parts) == 1 else set()
    for label, value in q.parts:
        if agree and part_fits(claim, value, q):
            if ((label_terms(label) & counted and len(named_labels) <= 1) or (
                    not named_labels and label_terms(label) & beside)) and whole_fits(claim, q):
                return Reading(score, hits, q, True, (label, value), None)  # (not "9,326 police and soldiers", no part;
                # nor "3,015 of the 20,000 defectors", the part of another whole)
            part_only = (label, value)
        elif names_part and label_terms(label) & counted:
            named = (label, value)
    return Reading(score, hits, q, False, None, part_only, named)


def number_verdict(claim: NumberLike, found: Found) -> Verdict:
    readings = []
    for q in quantities(found):
        topical = _topical(claim, q, found)
        if topical is not None and (claim.share is None or q.parts):  # (a share is of a record's parts)
            readings.append(_reading(as_counted(claim, q, found), q, *topical))  # ("Four people, including X")
    readings.sort(key=lambda r: -r.score)
    if claim.share is not None and claim.whole is None and (own := [r for r in readings if r.q.stated_by in (found.named or ())]):
        readings = own  # "a quarter of the defectors, X says": X's own count of them split by its parts, when X has one
    if not readings:
        if other := next((q for q in quantities(found) if _topical(claim, q, found, strict=False)), None):
            reason = not_paid_by(other) if other_payers(other) and not unsaid(claim, other) and not of_others(claim, other) \
                else not_said(claim, other)
            return Verdict("not_found", reason, _evidence(Reading(0, set(), other, False, None, None), found))
        if claim.field and found.subjects:
            return Verdict("not_found", f"the fact base gives no {FIELD_NAMES.get(claim.field, claim.field)} for "
                           f"{name_of(found, found.subjects[0])}")
        what = " ".join(claim.counted) or claim.unit or "it"
        same = [q for q in quantities(found) if claim.unit and q.unit == claim.unit and q.kind != "person"]
        if same and not claim.counted:  # "He lives on 700 baht a month": a figure in baht it has, of what is not said
            return Verdict("not_found", f"the fact base's figure in {claim.unit}, {same[0].id} ({same[0].shown()}), "
                           "is not of what this sentence's words say it counts")
        return Verdict("not_found", f"the fact base has no figure on {what} that this number could be")
    fitting = next((r for r in readings if r.fit), None)
    if fitting is not None and (why := companion(claim, fitting.q)) is not None:
        return Verdict("not_found", why, _evidence(fitting, found))
    multi = _compared(found)
    conflict = multi.get(fitting.q.id) if fitting is not None and fitting.part is None else None
    if fitting is not None and claim.attribution is None and conflict is None:
        rival = _rival(claim, fitting, readings)
        if rival is not None:  # the claim's words are as much, or more, about another count
            return _differs(claim, rival, found, also=fitting)
    if claim.attribution is not None:
        named = found.named or frozenset()
        if fitting is not None:
            voiced = (fitting.q.stated_by is None or fitting.q.kind == "person") and \
                fitting.q.row.get("source") in found.voiced  # "according to The Irrawaddy": its article says it
            if fitting.q.stated_by in named or (fitting.q.kind == "person" and fitting.q.about & named) or voiced:
                return Verdict("matches", stated(fitting.q, found), _evidence(fitting, found))
            # a name it does not know is said; a group in common words ("the defectors") may be one it has
            known = "" if found.named is None or named or found.voiced else \
                f"; the fact base knows no {claim.attribution!r}"
            return Verdict("misattributed", f"the figure is stated by {who(fitting.q, found).rstrip(',')}, not "
                           f"{claim.attribution}{known}", _evidence(fitting, found))
        by_them = next((r for r in readings if r.q.stated_by in named), None)
        verdict = _differs(claim, by_them or readings[0], found)
        if by_them is None and named and not found.voiced:  # not "the NUG says" of a figure the sentence gives another
            what = " ".join(claim.counted) or claim.unit or "it"
            verdict = replace(verdict, reason=f"the fact base has no figure on {what} from {claim.attribution}; "
                              f"{verdict.reason}")
        return verdict
    if fitting is not None:
        if conflict is not None:  # a conflict of totals, not of parts
            return _disputed(fitting, conflict, found)
        return Verdict("matches", stated(fitting.q, found), _evidence(fitting, found))
    # a record with a part the claim counts is of it when a word of its qualifiers is said ("Of the 12,341 who
    # defected, 9,326 were soldiers": its soldiers; not "seven soldiers from his unit were killed")
    if claim.whole is not None and (taken := next((r for r in readings if r.part_only and not whole_fits(claim, r.q)), None)):
        return _differs(claim, taken, found)  # "3,015 soldiers, out of 20,000 defectors,": a part of another whole
    whole = [r for r in readings if not some_of(claim, r.q, 1 if r.named_part else 2)]
    if not whole:  # "seven interviewees": not the 6 of them "motivated to join by refuge", which it does not say
        return Verdict("not_found", f"the fact base has no figure on {' '.join(claim.counted) or claim.unit or 'it'} "
                       "that this number could be")
    return _differs(claim, whole[0], found, also=_fits_another(claim, found))


def _fits_another(claim: NumberLike, found: Found) -> Reading | None:
    """A record whose number the claim states but of other people ("women aged 20 to 40": the men's ages), to name
    in the reason."""
    return next((Reading(0, set(), q, True, None, None) for q in quantities(found)
                 if whose(claim) and units_agree(claim, q)
                 and fits(claim, q.value, q.value_max, q.comparator, claim.unit == "years of age")
                 and _topical(claim, q, found) is None and _topical(claim, q, found, strict=False) is not None), None)


_RATES = terms(["month monthly week weekly day daily year yearly annual annually"])


def _rival(claim: NumberLike, fitting: Reading, readings: list[Reading]) -> Reading | None:
    """A count that says otherwise and that the claim's words are at least as much about: one they
    name and the fitting record does not ("men aged 18 to 27": the men's ages), or one without the
    qualifier that makes the fitting record ("each defector is paid 1,400 baht": 1,400 is for a
    defector with a spouse, each defector gets 700)."""
    # the words of its own clause: "…, and couples get 1,400 baht" are not the 700's
    words = own = terms(claim.counted) | terms(claim.close) | terms(claim.clause)
    for r in readings:
        if r.fit or r.score < fitting.score or not units_agree(claim, r.q):
            continue  # a count of people is no rival to a payment in baht
        if (r.hits & own & r.q.own) - fitting.q.own - HEADS:  # "police officers" are police, as the record's are
            return r
        qualifier = fitting.q.own - r.q.own - _RATES  # "per month" is the unit's, which units_agree compares
        # … and has none of its own the claim does not name: "six of the seven interviewees joined to escape
        # poverty" is not the six's count
        plain = not (r.q.own - fitting.q.own - words - _RATES - GENERIC)
        if fitting.part is None and qualifier and not qualifier & words and plain:
            return r
    return None


def _says(r: Reading, found: Found) -> str:
    q = r.q
    if q.kind == "person":
        return f"{name_of(found, q.id)}: {FIELD_NAMES.get(q.field or '', q.field)} {q.shown(aged=False)}"
    part = r.part or r.part_only
    own = f"{q.shown()}: {q.row.get('counts')} ({name_of(found, q.stated_by) if q.stated_by else 'the article'})"
    return f"{number(part[1])} {part[0]} of {own}" if part else own


def _evidence(r: Reading, found: Found, *more: Evidence) -> tuple[Evidence, ...]:
    q = r.q
    return (Evidence(q.kind, q.id, q.row.get("source"), None, str(q.row.get("excerpt") or ""), _says(r, found)), *more)


def _compared(found: Found) -> dict[str, Row]:
    """Figure id -> the conflict that holds it against other figures (sources giving different totals)."""
    out: dict[str, Row] = {}
    for c in found.conflicts:
        figures = {x["figure"] for x in c["claims"] if x.get("figure")}
        if len(figures) > 1:
            for fid in figures:
                out.setdefault(fid, c)
    return out


def _conflict_evidence(c: Row) -> Evidence:
    return Evidence("conflict", c["id"], None, None, str(c.get("topic") or ""), str(c.get("summary") or ""))


def _disputed(r: Reading, conflict: Row, found: Found) -> Verdict:
    figures = {f["id"]: f for f in found.figures}
    sides = []
    for fid in dict.fromkeys(x["figure"] for x in conflict["claims"] if x.get("figure")):
        f = figures.get(fid)
        if f is not None:
            q = next(q for q in quantities(Found(figures=[f])))
            sides.append(f"{name_of(found, f.get('stated_by')) if f.get('stated_by') else 'the article'} "
                         f"{q.shown()} ({f['source']})")
    return Verdict("disputed", f"the sources disagree: {'; '.join(sides)} (conflict {conflict['id']})",
                   _evidence(r, found, _conflict_evidence(conflict)))


def _differs(claim: NumberLike, r: Reading, found: Found, also: Reading | None = None) -> Verdict:
    q = r.q
    if r.named_part:
        label, value = r.named_part
        other = f"; {number(r.part_only[1])} is the {r.part_only[0]}" if r.part_only else ""
        if claim.value == q.value and not r.part_only:
            other = f"; {q.shown()} is the whole"
        return Verdict("differs", f"{who(q, found)} counts {number(value)} {label}{other}", _evidence(r, found))
    if r.part_only:
        label, value = r.part_only
        return Verdict("differs", f"{number(value)} is the {label} among them; the whole is {q.shown()} "
                       f"({who(q, found)})", _evidence(r, found))
    if not units_agree(claim, q) and q.value == claim.value:
        said = f"{claim.unit or ''}{' per ' + claim.per if claim.per else ''}".strip()
        return Verdict("differs", f"the number is right but not the unit: {gives(q, found)}, "
                       f"not {said or 'that'}", _evidence(r, found))
    conflict = _compared(found).get(q.id)
    reason = gives(q, found)
    if one_side(claim, q):
        reason += f", {q.row.get('counts')}: {' '.join(claim.counted)} are a part of them"
    if also is not None:
        reason += f"; {also.q.shown()} is {also.q.row.get('counts') or also.q.field}"
    if conflict is not None:
        return Verdict("differs", reason + f"; the sources disagree on it (conflict {conflict['id']})",
                       _evidence(r, found, _conflict_evidence(conflict)))
    return Verdict("differs", reason, _evidence(r, found))
