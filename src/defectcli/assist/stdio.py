"""The stdio transport: the SDK's own (`stdio_server`), given stdin and stdout of ours, so that a line
that is no JSON-RPC message is answered as JSON-RPC says (-32700 parse error, -32600 invalid request,
with the request's id where it has one, else null, and -32601 to a request for a method MCP does not
have; a line nested deeper than Python's json module can read is a parse error), and logged as one
line on stderr. Handed to the SDK, such a line became a pydantic dump of many
lines on stderr, an "Internal Server Error" log notice to the client and no reply at all; an unknown
method got -32602 "Invalid request parameters".
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import AsyncIterator
from functools import cache
from io import TextIOWrapper
from typing import Any, get_args

import anyio
from mcp import types
from pydantic import ValidationError

from defectcli.output.formats import json_safe
from defectcli.text import quoted, safe, shorten, suggest

log = logging.getLogger("defectcli.mcp")
# No message of MCP nests deeper than a few levels; Python's json module recurses once a level.
MAX_DEPTH = 100
# The longest line read: verify's longest text (64 KiB) written as JSON escapes (\\uXXXX, six characters
# each) and the message around it. A longer line is refused unread, never held whole.
MAX_LINE = 2 * 1024 * 1024
# How long requests read before stdin closed are waited for (each tool bounds its own work).
ANSWER_SECONDS = 60
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


class Stdout:
    """stdout, for the SDK's replies and ours alike: each line written and flushed whole, one at a time;
    it keeps count of the requests handed to the SDK that are not answered yet."""

    def __init__(self) -> None:
        self._file = anyio.wrap_file(TextIOWrapper(sys.stdout.buffer, encoding="utf-8"))
        self._lock = anyio.Lock()
        self._unanswered: Counter[str] = Counter()  # each request's id, as JSON (a client may reuse one)

    def expect(self, request: str | int) -> None:
        self._unanswered[json.dumps(request)] += 1

    async def answered(self, seconds: float) -> None:
        """Back once every request handed to the SDK is answered, or after `seconds`."""
        with anyio.move_on_after(seconds):
            while any(self._unanswered.values()):
                await anyio.sleep(0.01)

    async def write(self, text: str, ours: bool = False) -> None:
        """Write a line: the SDK's reply (or message), or with `ours` a reply of ours to a line the SDK never saw."""
        if not ours and any(self._unanswered.values()):
            with contextlib.suppress(ValueError):
                reply = json.loads(text)
                if isinstance(reply, dict) and ("result" in reply or "error" in reply):
                    key = json.dumps(reply.get("id"))
                    if self._unanswered[key] > 0:
                        self._unanswered[key] -= 1
        async with self._lock:  # (the SDK's JSON escapes C0 controls but not DEL or C1: none reaches a terminal raw)
            await self._file.write(json_safe(text.removesuffix("\n")) + "\n" * text.endswith("\n"))
            await self._file.flush()

    async def flush(self) -> None:
        return None  # every write is flushed


class Messages:
    """stdin's lines that are JSON-RPC messages, for the SDK to read; every other line is answered here."""

    def __init__(self, out: Stdout) -> None:
        self._in = TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        self._out = out
        self._initialized = False

    def __aiter__(self) -> AsyncIterator[str]:
        return self._lines()

    async def _readline(self, most: int) -> str:
        """A line of at most `most` characters (the rest of a longer one is read next), in a thread: the
        event loop goes on answering meanwhile."""
        return await anyio.to_thread.run_sync(self._in.readline, most)

    async def _lines(self) -> AsyncIterator[str]:
        number = 0
        while line := await self._readline(MAX_LINE + 1):
            number += 1
            if len(line) > MAX_LINE and not line.endswith("\n"):  # read no further than the cap, then skip it
                while (rest := await self._readline(MAX_LINE)) and not rest.endswith("\n"):
                    pass
                reply: dict[str, Any] | None = _error(None, types.INVALID_REQUEST, f"Invalid Request: a line longer "
                                                      f"than {MAX_LINE:,} characters (no request of MCP is so long)")
            elif not line.strip():
                continue  # nothing sent, nothing to answer
            else:
                reply = refusal(line)
            if reply is None and _CANCELLED in line and _cancellation(line):
                # Passed over, as MCP allows: the SDK (1.x) fails on a cancellation that arrives before the
                # request's handler has started (the server dies), and each tool's work is bounded anyway.
                log.info("stdin line %d: a cancellation; the request it names is answered all the same", number)
                continue
            asked = _request(line) if reply is None else None
            if asked and asked[0] not in ("initialize", "ping") and not self._initialized:
                # The SDK would answer -32602 "Invalid request parameters", though the parameters are fine.
                reply = _error(asked[1], types.INVALID_REQUEST, f"Invalid Request: '{safe(shorten(asked[0]))}' before "
                                                                "initialize, which must come first")
            if reply is None:
                if asked:
                    self._initialized |= asked[0] == "initialize"
                    self._out.expect(asked[1])
                yield line
                continue
            if "error" not in reply:  # a notification MCP does not have: no reply is due (the SDK would log a
                log.warning("stdin line %d: %s; ignored", number, reply["ignored"])  # pydantic dump of many lines)
                continue
            log.error("stdin line %d: %s; answered with error %d", number, reply["error"]["message"],
                      reply["error"]["code"])
            await self._out.write(json.dumps(reply, ensure_ascii=False, separators=(",", ":")) + "\n", ours=True)
        # stdin is closed: the SDK would now cancel every request still being answered, so the requests
        # a script pipes in (`printf ... | defectcli mcp`) are answered first.
        await self._out.answered(ANSWER_SECONDS)


def refusal(line: str) -> dict[str, Any] | None:
    """The JSON-RPC error reply to a line that is not a JSON-RPC message; None for a message; for a
    notification MCP does not have, {"ignored": why} (a notification gets no reply)."""
    if _deeper_than(line, MAX_DEPTH):  # Python's json (and the SDK's arguments) would recurse past the stack
        return _error(None, types.PARSE_ERROR,
                      f"Parse error: the line nests arrays and objects more than {MAX_DEPTH} deep")
    try:
        message = types.JSONRPCMessage.model_validate_json(line).root
    except ValidationError:
        message = None
    if isinstance(message, types.JSONRPCRequest):
        if message.method in _NOTHING_TO_GET:  # the SDK answers these with error code 0 and a logged traceback
            name = (message.params or {}).get(_NOTHING_TO_GET[message.method][0])
            return _error(message.id, types.INVALID_PARAMS, f"Invalid params: unknown {_NOTHING_TO_GET[message.method][1]} "
                                                            f"{safe(quoted(name))}; this server has none (tools only)")
        requests = _method_names(types.ClientRequest)
        if message.method in requests:
            return None
        asked = safe(shorten(message.method))
        return _error(message.id, types.METHOD_NOT_FOUND,
                      f"Method not found: '{asked}' is no MCP request{suggest(message.method, requests)}")
    if isinstance(message, types.JSONRPCNotification) and '"id"' in line and _has_id(line):
        # An id that is neither a string nor an integer: the SDK would take the request for a notification
        # and never answer it, and a client would wait for ever.
        return _error(None, types.INVALID_REQUEST, "Invalid Request: an id must be a string or an integer")
    if isinstance(message, types.JSONRPCNotification) and message.method not in _method_names(types.ClientNotification):
        return {"ignored": f"a notification MCP does not have, '{safe(shorten(message.method))}'"}
    if message is not None:
        return None
    try:
        data = json.loads(line)
    except ValueError as exc:
        return _error(None, types.PARSE_ERROR, f"Parse error: the line is not JSON ({exc})")
    given = data.get("id") if isinstance(data, dict) else None
    # (an id that is no text, a lone surrogate, cannot be sent back)
    known = given if isinstance(given, (str, int)) and not isinstance(given, bool) and not _lone(given) else None
    what = "a batch (an array), which MCP does not take: send one message a line" if isinstance(data, list) \
        else _LONE if _lone(data) \
        else "not a JSON-RPC 2.0 request, notification or response"
    return _error(known, types.INVALID_REQUEST, f"Invalid Request: {what}")


_LONE = "a string holds a lone surrogate escape (such as \\ud800), which is no character"


def _lone(data: Any) -> bool:
    """Whether JSON read from a line holds a surrogate escape without its pair ("\\ud800"): valid JSON, but no text
    (the SDK refuses the message for it, and would be taken to say the message has the wrong shape)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# Requests for what this server has none of (tools only): what each names, and what it is called.
_NOTHING_TO_GET = {"prompts/get": ("name", "prompt"), "resources/read": ("uri", "resource")}


_CANCELLED = "notifications/cancelled"


def _cancellation(line: str) -> bool:
    data = json.loads(line)
    return data.get("method") == _CANCELLED and "id" not in data


def _request(line: str) -> tuple[str, str | int] | None:
    """(method, id) of a line that refusal() let through as a request; None for a notification or a response."""
    data = json.loads(line)
    return (data["method"], data["id"]) if "method" in data and "id" in data else None


def _has_id(line: str) -> bool:
    try:
        data = json.loads(line)
    except ValueError:
        return False
    return isinstance(data, dict) and "id" in data


def _deeper_than(line: str, most: int) -> bool:
    """Whether the JSON in `line` nests arrays and objects more than `most` deep (strings skipped)."""
    depth = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        if depth > most:
            return True
    return False


@cache
def _method_names(union: Any) -> frozenset[str]:
    """The methods a union of the SDK's own message types names (its client requests, or its client notifications)."""
    kinds = get_args(union.model_fields["root"].annotation)
    return frozenset(name for kind in kinds for name in get_args(kind.model_fields["method"].annotation))


def _error(request: str | int | None, code: int, message: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": request, "error": {"code": code, "message": message}}
