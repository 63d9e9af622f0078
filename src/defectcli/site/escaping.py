"""The site's pages and text answers (HTML, CSV, plain text) with fact text's control and bidi characters
shown as escapes, as every other format shows them: Datasette writes its pages (cells, facets, titles)
and a table's CSV itself, from the exact text the export keeps, so the characters are escaped on their way
out (`\\x1b`, `\\u202e`). A CSV's own line ends (CR LF) stay; JSON escapes them itself."""

from __future__ import annotations

import codecs
import re
from collections.abc import Awaitable, Callable
from typing import Any

from ..text import WIDE_CONTROLS, visible

# text.CONTROLS but for a CR that ends a line with its LF
_RAW = re.compile(f"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{WIDE_CONTROLS}]")
_TEXT = (b"text/csv", b"text/plain", b"text/html")

Send = Callable[[dict[str, Any]], Awaitable[None]]


def escaping(send: Send) -> Send:
    """`send`, with the body of an HTML, CSV or plain-text response escaped (its length no longer known ahead)."""
    decoder: codecs.IncrementalDecoder | None = None
    held = ""  # a CR at the end of one piece of the body, whose LF may begin the next

    async def escaped(message: dict[str, Any]) -> None:
        nonlocal decoder, held
        if message["type"] == "http.response.start":
            headers = message.get("headers") or []
            if dict(headers).get(b"content-type", b"").lower().startswith(_TEXT):
                decoder = codecs.getincrementaldecoder("utf-8")("replace")
                message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != b"content-length"]}
        elif message["type"] == "http.response.body" and decoder is not None:
            more = bool(message.get("more_body"))
            text = held + decoder.decode(message.get("body", b""), final=not more)
            held = "\r" if more and text.endswith("\r") else ""
            text = text[:-1] if held else text
            message = {**message, "body": _RAW.sub(visible, text).encode("utf-8")}
        await send(message)

    return escaped
