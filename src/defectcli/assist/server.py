"""The MCP server: the tools of `tools`, served on stdio with the SDK's FastMCP (the `mcp` extra).

Each answer is one result: the data as structured content (a list as `{"result": [...]}`, as the SDK
wraps lists), the same data as JSON text (what the command prints with `-f json`, on one line) for
clients that read text, and the notes the command prints on stderr beside it. Each failure is an error result
whose text is the one line the command would print: an unknown tool or argument, an argument of the
wrong type, an id or name that finds nothing, a fact base with problems. Stdout carries the protocol
and nothing else; logs go to stderr, errors only unless --verbose.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, Literal

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.types import CallToolResult, ContentBlock, TextContent, ToolAnnotations
from pydantic import ValidationError

from .. import __version__
from ..api import Answer, CannotWrite, DefectError, FactBase, FactBaseError, Hits
from ..output.formats import to_jsonl
from ..text import quoted, safe_line, shorten, suggest
from .tools import QUOTED, TOOLS

log = logging.getLogger("defectcli.mcp")

INSTRUCTIONS = (
    "A fact base on defections from Myanmar's military after the February 2021 coup, built from a few news "
    "articles and checked verbatim against them. Every answer quotes its sources: an excerpt, the source id "
    "(`sources` describes each article) and the line in the article. Give those with what you report, and "
    "say nothing the excerpts do not say. Where the articles disagree or err, `conflicts` lists it: report "
    "both sides. People may be pseudonyms or unnamed (name_status); dates may be inferred (basis). "
    "Start with `search` or `person`; `show` and `cite` give one record in full.")

# Every tool only reads the fact base and its article texts: a client may call any of them freely.
READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class Server(FastMCP[None]):
    """FastMCP whose failures are one line each, as the command line's are."""

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> Sequence[ContentBlock] | dict[str, Any]:
        known = {t.name: t for t in await self.list_tools()}
        if name not in known:
            hint = suggest(name, known, "; did you mean '{}'?")
            raise ToolError(safe_line(f"unknown tool {quoted(name)}{hint}; the tools are: {', '.join(known)}"))
        takes = list(known[name].inputSchema.get("properties", {}))
        for given in arguments:
            if given not in takes:
                hint = suggest(given, takes, "; did you mean '{}'?")
                raise ToolError(safe_line(f"{name}: unknown argument {quoted(given)}{hint}; {name} takes "
                                      f"{', '.join(takes) or 'no arguments'}"))
        log.info("%s %s", name, json.dumps(arguments, ensure_ascii=False))
        try:
            return await super().call_tool(name, arguments)
        except ToolError as exc:
            raise ToolError(safe_line(_message(name, exc))) from None


    async def run_stdio_async(self) -> None:
        """The SDK's stdio transport, with a line that is no JSON-RPC message answered as JSON-RPC says (stdio.py)."""
        from mcp.server.stdio import stdio_server

        from .stdio import Messages, Stdout

        out = Stdout()
        async with stdio_server(stdin=Messages(out), stdout=out) as (read, write):  # type: ignore[arg-type]
            await self._mcp_server.run(read, write, self._mcp_server.create_initialization_options())


def _message(tool: str, exc: ToolError) -> str:
    """What went wrong, as the command line says it (FastMCP wraps every failure in a ToolError)."""
    cause = exc.__cause__
    if isinstance(cause, FactBaseError):
        more = len(cause.problems) - 1
        return str(cause) + (f" (and {more} more; `defectcli check` lists them all)" if more > 0 else "")
    if isinstance(cause, DefectError):
        return _as_argument(tool, str(cause))
    if isinstance(cause, ValidationError):
        return "; ".join(_invalid(tool, e) for e in cause.errors())
    if cause is None:
        return str(exc)
    log.error("%s failed", tool, exc_info=cause)
    return f"{tool} failed: {type(cause).__name__}: {cause} (a bug in defectcli; the server's log on stderr names it too)"


def _as_argument(tool: str, message: str) -> str:
    """A message that names a command-line option or argument ("--topic: unknown value …", "TEXT: the text is
    empty") naming the tool's argument instead ("stats: argument 'topic': unknown value …"), as the tool's other
    refusals do."""
    option, _, rest = message.partition(": ")
    if not (option.startswith("--") or option.isupper()) or not rest:
        return message  # an option ("--topic") or an argument ("TEXT": verify's text)
    takes = next((list(inspect.signature(f).parameters)[1:] for f in TOOLS if f.__name__ == tool), [])
    name = option.removeprefix("--").replace("-", "_").lower()
    name = name if name in takes else f"{name}s" if f"{name}s" in takes else ""  # --theme is `themes`
    return f"{tool}: argument '{name}': {rest}" if name else message


def _invalid(tool: str, error: Any) -> str:
    """One argument that does not fit the tool's schema, as pydantic found it."""
    where = ".".join(str(part) for part in error["loc"])
    if error["type"] == "missing":
        return f"{tool}: argument '{where}' is required"
    # pydantic calls a number too large to read an "input string" ("limit": 1e308): say what the tool wants
    msg = "Input should be a valid integer of a sensible size" if error["type"] == "int_parsing_size" else error["msg"]
    return f"{tool}: argument '{where}': {msg} (not {shorten(json.dumps(error['input'], ensure_ascii=False))})"


def answer(found: Any) -> CallToolResult:
    """A FactBase answer as a tool result: the data, the same as JSON text, and its notes."""
    data: Any = list(found) if isinstance(found, list) else dict(found)
    notes = [found.note] if isinstance(found, Hits) and found.note else found.notes if isinstance(found, Answer) else []
    # One line of JSON (as -f jsonl prints it): the indented form would cost a model a quarter more to read.
    content = [TextContent(type="text", text=to_jsonl([data]).rstrip("\n"))]
    content += [TextContent(type="text", text=f"note: {safe_line(note)}") for note in notes]  # (a note may quote the user)
    return CallToolResult(content=list(content), structuredContent={"result": data} if isinstance(data, list) else data)


def bound(func: Callable[..., Any], fb: FactBase) -> Callable[..., CallToolResult]:
    """A tool declaration with its fact base given: the signature FastMCP reads has the tool's
    arguments only."""
    signature = inspect.signature(func, eval_str=True)

    def call(**arguments: Any) -> CallToolResult:
        fb.refresh()  # the fact base as it is now: a file edited since the last call is read again
        return answer(func(fb, **arguments))

    call.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:], return_annotation=CallToolResult)
    call.__name__ = func.__name__
    call.__doc__ = func.__doc__
    return call


@contextlib.asynccontextmanager
async def _protocol_only(server: FastMCP[None]) -> AsyncIterator[None]:
    """Entered once the stdio transport holds stdout: from then on, whatever any library prints goes
    to stderr, and stdout carries the protocol alone."""
    previous, sys.stdout = sys.stdout, sys.stderr
    try:
        yield None
    finally:
        sys.stdout = previous


def build(fb: FactBase, log_level: LogLevel = "ERROR") -> Server:
    """The server with every tool of `tools` declared, answering from `fb`."""
    server = Server("defectcli", instructions=INSTRUCTIONS, log_level=log_level, lifespan=_protocol_only)
    # FastMCP takes no version and would announce the SDK's own; the low-level server it wraps holds the one sent.
    server._mcp_server.version = __version__
    for func in TOOLS:
        description = " ".join(inspect.getdoc(func).split()) + " " + QUOTED  # type: ignore[union-attr]
        server.add_tool(bound(func, fb), name=func.__name__, description=description, annotations=READ_ONLY)
    return server


def serve(fb: FactBase, verbose: bool = False) -> None:
    """Check the fact base, then answer one client on stdin and stdout until it closes stdin."""
    if not hasattr(sys.stdout, "buffer"):  # the shell closed it (`>&-`)
        raise CannotWrite("cannot write to standard output (it is closed)")
    problems = fb.problems()
    if problems:  # refused at start, with every problem listed, before a client is told anything
        raise FactBaseError(problems)
    level: LogLevel = "INFO" if verbose else "ERROR"
    # Plain lines on stderr, set before FastMCP's own set-up (Rich, several lines a record), which then keeps them.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("defectcli: %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    # The SDK's "Processing request of type ..." for each request: --verbose has one line a call, ours.
    logging.getLogger("mcp.server.lowlevel.server").setLevel(max(logging.getLevelName(level), logging.WARNING))
    server = build(fb, level)
    previous = signal.signal(signal.SIGINT, _interrupted)
    try:
        server.run("stdio")
    except Exception as exc:  # the transport's tasks fail as a group (ExceptionGroup, or its backport on 3.10)
        failed = _stdout_error(exc)
        if failed is None:
            raise
        with contextlib.suppress(OSError):  # nothing more can be written there: the exit's flush must not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if not isinstance(failed, BrokenPipeError):  # a client that went away is an end, as `| head -1` is
            raise CannotWrite(f"cannot write to standard output ({failed.strerror or failed})") from None
    finally:
        signal.signal(signal.SIGINT, previous)


class _OneLine(logging.Formatter):
    """Each record one line, whatever it carries: an exception as its type and message, not a traceback
    (the SDK logs some refusals with one), and no character that could steer a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        exc = record.exc_info[1] if record.exc_info else None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        line = super().format(record) + (f" ({type(exc).__name__}: {exc})" if exc is not None else "")
        return safe_line(line)


def _stdout_error(exc: BaseException) -> OSError | None:
    """The OSError behind a failed transport, if that is all that failed: the only file it writes is stdout."""
    inner = getattr(exc, "exceptions", None)
    if inner is None:
        return exc if isinstance(exc, OSError) else None
    found = [_stdout_error(e) for e in inner]
    return found[0] if found and all(found) else None


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: end now. The SDK reads stdin in a thread that only a line or EOF wakes, so the usual
    KeyboardInterrupt would wait for the client; nothing here holds anything to save (a cache
    write is a SQLite transaction)."""
    with contextlib.suppress(OSError):
        os.write(2, b"defectcli: interrupted\n")
    os._exit(130)
