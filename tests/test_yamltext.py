"""What `draft` writes its strings with reads back exactly, and never carries a control character raw."""

from __future__ import annotations

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from defectcli.text import CONTROLS
from defectcli.texts.drafting.yamltext import comment, scalar

# Every code point, surrogates included (Python strings can hold them), with the troublesome ones often.
TEXT = st.text(st.one_of(st.characters(blacklist_categories=()),
                         st.sampled_from("\x1b\x07\x7f\x9b\x85\u2028\u2029\u202e\ufeff\ufffe\n\r\t\"'\\#:-{}[]")))
RAW = set("\x1b\x07\x7f\x9b\x85\u2028\u2029\u202e\ufeff\ufffe\r")


@given(TEXT)
@settings(max_examples=2000)
@example("ESC\x1b[31mred BEL\x07 DEL\x7f CSI\x9b1m RLO\u202eevil NEL\x85next LS\u2028x: injected")
@example("\U00013430 \U000e0041")  # a format character past U+FFFF (escaped as \U00013430: "\u1343" and a "0" read back wrong)
def test_a_scalar_reads_back_as_the_text_and_holds_no_control_character(text: str) -> None:
    written = scalar(text)
    assert yaml.safe_load(f"key: {written}\n") == {"key": text}
    assert "\n" not in written and not CONTROLS.search(written) and not RAW & set(written)


@given(TEXT)
@settings(max_examples=2000)
@example("a sentence\nkey: injected")
@example("NEL\x85key: injected")
@example("LS\u2028key: injected")
def test_a_comment_never_ends_and_holds_no_control_character(text: str) -> None:
    line = f"# {comment(text)}"
    assert yaml.safe_load(f"{line}\nkey: value\n") == {"key": "value"}
    assert "\n" not in line and not CONTROLS.search(line) and not RAW & set(line)
