"""The organisation a phrase names in words that describe it: "the group People's Embrace", "the exiled NUG" (and
what makes a phrase name someone else: "critics of the NUG"). For claimant.py and store/queries/naming.py."""

from __future__ import annotations

from ...numbers.vocabulary import PEOPLE
from ...text import words_of
from .names import VOICES

# What an organisation is called after its name or before it ("the People's Embrace group").
ORG_NOUNS = frozenset(words_of("""group organisation organization government movement charity ngo network coalition
    alliance body association society union committee campaign foundation council ministry administration"""))
# Words that make a phrase name someone else than the organisation in it ("critics of the NUG").
RELATIONS = frozenset(words_of("""of to than not like unlike with and or but by from for against versus beside behind near
    opposite alongside above below over under around across next"""))  # ("the man beside X says": not X)
_OTHERS = PEOPLE | VOICES | frozenset(words_of("""critics opponents rivals enemies supporters allies sources partners
    donors backers"""))


def cores(phrase: str) -> list[str]:
    """The names an organisation described in `phrase` may go by, longest first: "the group People's
    Embrace", "the People's Embrace group", "Defector support group People's Embrace" and "the exiled
    NUG" hold "People's Embrace" and "NUG". None where the other words name someone else ("critics of
    the NUG", "a People's Embrace member", "Lin Aung's NUG")."""
    words = phrase.split()
    out = []
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            core, before, after = words[i:i + size], words[:i], words[i + size:]
            if not core[0][:1].isupper() or not core[-1][:1].isupper() or any(
                    w.lower() not in ORG_NOUNS for w in after):
                continue
            lower = [w.lower() for w in before if w.lower() not in ("the", "a", "an")]
            appositive = bool(lower) and lower[-1] in ORG_NOUNS  # "advocacy group X"
            if any(w.endswith(("'s", "’s")) or (k and w[:1].isupper() and "-" not in w) for k, w in enumerate(before)) \
                    or any(w in RELATIONS or (w in _OTHERS and not appositive and (w.endswith("s") or w in VOICES))
                           for w in lower):  # "critics", "a spokesman"; not "civilian" before a name
                continue
            out.append(" ".join(core))
    return out
