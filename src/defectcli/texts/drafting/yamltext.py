"""Text into YAML that reads back exactly and prints safely: what `draft` writes its strings with.

A string goes in as a double-quoted scalar: JSON's escapes are YAML's, and every character that
could steer a terminal (text.CONTROLS: ESC, BEL, DEL, C1, bidi controls), that YAML refuses raw
(C1, surrogates, U+FFFE, U+FFFF) or that YAML reads as a line break inside a scalar (U+0085, U+2028,
U+2029) becomes a \\uXXXX escape, which YAML reads back as the same character. A comment gets the
same characters, and a line feed, as visible escapes (text.safe's): text in a comment never ends it,
and nothing in it reaches a terminal raw. tests/test_yamltext.py proves both on arbitrary text.
"""

from __future__ import annotations

import json
import re

from ...text import CONTROLS, visible

_NOT_RAW = re.compile(f"{CONTROLS.pattern}|[\ud800-\udfff\ufeff\ufffe\uffff]")
_NOT_IN_COMMENT = re.compile(f"{_NOT_RAW.pattern}|\n")


def scalar(text: str) -> str:
    """`text` as a YAML double-quoted scalar that yaml.safe_load reads back as `text`."""
    return _NOT_RAW.sub(_escape, json.dumps(text, ensure_ascii=False))


def number(value: float) -> str:
    """A number as a fact file holds it, written out in full (check refuses 1e-05): 300, 2.5, 0.00001."""
    from decimal import Decimal

    if float(value).is_integer():
        return str(int(value))
    text = repr(float(value))
    return format(Decimal(text), "f") if "e" in text else text


def comment(text: str) -> str:
    """`text` made fit for one line of a YAML comment (the caller writes the `#`)."""
    return _NOT_IN_COMMENT.sub(_shown, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"  # (YAML's escape of a character past U+FFFF)


def _shown(match: re.Match[str]) -> str:
    return "\\n" if match.group() == "\n" else visible(match)
