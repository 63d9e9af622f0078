"""A number said of the end of a range, by a superlative in the words that lead to it: "The oldest interviewee was
39", "the longest-serving interviewee had spent 22 years" (factbase/verdicts/inclusive.py holds it against a range's
end)."""

from __future__ import annotations

# the superlatives of an age and of a length of time: which end of a range each says
_AGE = {"oldest": "max", "eldest": "max", "youngest": "min"}
_SPAN = {"longest": "max", "shortest": "min"}
_BREAKS = frozenset((",", ";", ":", "(", ")", "—", "–", "and", "but", "while", "whereas"))


def _superlative(words: list[str], start: int) -> str | None:
    for k in range(start - 1, max(-1, start - 9), -1):
        if words[k] in _BREAKS:
            return None
        if words[k] in _AGE or words[k] in _SPAN:
            return words[k]
    return None


def range_end(words: list[str], start: int, unit: str | None) -> str | None:
    """"max" or "min" when a superlative of the number's own kind leads to it in its clause (an age's "oldest", a
    span's "longest"); None otherwise."""
    said = _superlative(words, start)
    if said in _AGE and unit == "years of age":
        return _AGE[said]
    return _SPAN[said] if said in _SPAN and unit in ("years", "months") else None


def age_at_end(words: list[str], b: int) -> bool:
    """Whether a bare number at words[b] after "is" or "was" is an age said of a range's end: "The oldest interviewee
    was 39"."""
    return b > 1 and words[b - 1] in ("is", "was") and _superlative(words, b - 1) in _AGE
