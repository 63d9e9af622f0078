"""Text folding and normalising: the fast forms must say exactly what the plain definitions say."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from defectcli.text import QUOTE_MARKS, fold, normalise, straighten

# Quote marks, every kind of white space, accents and plain letters, mixed.
_CHARS = st.sampled_from([*"‘’‚‛′`“”„‟″'\" \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000\ufeffaZé", "e\u0301"])
_TEXT = st.lists(_CHARS, max_size=30).map("".join) | st.text(max_size=30)


@given(_TEXT)
def test_straighten_is_the_quote_mark_table(text: str) -> None:
    assert straighten(text) == text.translate(QUOTE_MARKS)


@given(_TEXT)
def test_normalise_makes_quote_marks_straight_and_white_space_single(text: str) -> None:
    assert normalise(text) == re.sub(r"\s+", " ", text.translate(QUOTE_MARKS)).strip()


def test_normalise_and_fold_on_examples() -> None:
    assert normalise("  “Run”,\n\tshe\u00a0said ") == '"Run", she said'
    assert normalise("it’s `here`") == "it's 'here'"
    assert fold("  Zoë’s  CAMP ") == "zoe's camp"
