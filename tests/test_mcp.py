"""`defectcli mcp`: the MCP server, driven by the SDK's own client over stdio against the mini fact base.

Each session starts `python -m defectcli mcp` as an MCP client would, and checks on the way that stdout
carried nothing but protocol messages (the client hands anything else to its message handler) and
that stderr stayed quiet. No sleeps: every wait is on an answer, under one generous timeout.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.types import CallToolResult, TextContent

from defectcli import __version__
from defectcli.api import FactBase
from defectcli.text import CONTROLS

from .helpers import CLI, Cli, Mini, edit, one_line, run

T = TypeVar("T")
TIMEOUT = 120  # seconds for a whole session: a server that hangs fails the test instead of the run

TOOLS = ["search", "person", "show", "cite", "verify", "stats", "quotes", "conflicts", "people", "motivations", "timeline",
         "sources", "themes", "orgs"]


def session(mini: Mini, work: Callable[[ClientSession], Awaitable[T]], *extra: str, sources: bool = True,
            prelude: str | None = None) -> tuple[T, str]:
    """`work` done in one session with `defectcli mcp` on the mini fact base; its answer and the server's
    stderr. `prelude`, Python run in the server's process first, injects a fault."""
    args = [*extra, "--facts", str(mini.facts)] + (["--sources", str(mini.sources)] if sources else [])
    code = ["-m", "defectcli", "mcp"] if prelude is None else \
        ["-c", f"{prelude}\nfrom defectcli.cli import main\nmain(['mcp', *{args!r}])"]
    params = StdioServerParameters(command=sys.executable, args=[*code, *args] if prelude is None else code,
                                   env={"XDG_CACHE_HOME": str(mini.cache)})
    strays: list[Any] = []

    async def stray(message: Any) -> None:  # anything that is not an answer: a line that is not protocol, a notice
        strays.append(message)

    async def main() -> T:
        with anyio.fail_after(TIMEOUT), (mini.cache.parent / "mcp-stderr").open("w") as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write), \
                    ClientSession(read, write, message_handler=stray) as client:
                await client.initialize()
                return await work(client)

    answer = anyio.run(main)
    assert strays == [], strays
    return answer, (mini.cache.parent / "mcp-stderr").read_text(encoding="utf-8")


def call(mini: Mini, name: str, arguments: dict[str, Any], **options: Any) -> CallToolResult:
    async def work(client: ClientSession) -> CallToolResult:
        return await client.call_tool(name, arguments)

    result, stderr = session(mini, work, **options)
    assert stderr == ""
    return result


def texts(result: CallToolResult) -> list[str]:
    assert all(isinstance(c, TextContent) for c in result.content)
    return [c.text for c in result.content if isinstance(c, TextContent)]


def error_line(result: CallToolResult) -> str:
    """The one line of an error result."""
    assert result.isError and result.structuredContent is None
    [text] = texts(result)
    assert "\n" not in text and "Traceback" not in text
    return text


def plain(data: Any) -> Any:
    return json.loads(json.dumps(data))


def test_lists_every_tool_read_only_with_typed_arguments_and_what_it_answers(mini: Mini) -> None:
    async def work(client: ClientSession) -> Any:
        return (await client.list_tools()).tools

    tools, stderr = session(mini, work)
    assert stderr == ""
    assert [t.name for t in tools] == TOOLS
    for t in tools:
        assert t.annotations is not None and t.annotations.readOnlyHint and not t.annotations.destructiveHint
        assert t.description is not None and "verbatim excerpt, source id and line" in t.description
        assert "not this tool's opinion" in t.description and "`conflicts` shows both sides" in t.description
    schema = {t.name: t.inputSchema for t in tools}
    assert schema["person"]["required"] == ["name"] and schema["person"]["properties"]["name"]["type"] == "string"
    assert schema["search"]["properties"]["limit"] == {"default": 20, "description": "How many hits, best first.",
                                                       "minimum": 1, "maximum": 1000000000, "title": "Limit",
                                                       "type": "integer"}
    assert schema["motivations"]["properties"]["stage"]["anyOf"][0]["enum"] == ["joining", "defecting", "staying"]
    assert schema["cite"]["properties"]["style"]["enum"] == ["plain", "csl-json", "bibtex", "apa", "chicago",
                                                             "chicago-author-date"]  # never a file name
    assert schema["quotes"]["properties"]["themes"]["anyOf"][0] == {"items": {"type": "string"}, "type": "array"}
    assert schema["sources"]["properties"] == {}


def test_each_tool_answers_what_the_fact_base_answers_as_data_and_as_json_text(mini: Mini) -> None:
    fb = FactBase(mini.facts, sources=mini.sources)
    cases: list[tuple[str, dict[str, Any], Any]] = [
        ("search", {"text": "bridge"}, fb.search("bridge")),
        ("person", {"name": "aye mya"}, fb.person("aye mya")),
        ("show", {"id": "q-bridge", "context": 1}, fb.show("q-bridge", context=1)),
        ("cite", {"id": "departures", "style": "bibtex"}, fb.cite("departures", style="bibtex")),
        ("verify", {"text": "According to the Harbour Board, 1,204 people left the town."},
         fb.verify("According to the Harbour Board, 1,204 people left the town.")),
        ("stats", {"topic": "departures"}, fb.stats("departures")),
        ("quotes", {"themes": ["safety"]}, fb.quotes("safety")),
        ("conflicts", {}, fb.conflicts()),
        ("people", {"role": "defector"}, fb.people(role="defector")),
        ("motivations", {"stage": "defecting"}, fb.motivations("defecting")),
        ("timeline", {"source": "h1"}, fb.timeline("h1")),
        ("sources", {}, fb.sources()),
        ("themes", {}, fb.themes()),
        ("orgs", {}, fb.organisations()),
    ]
    assert [name for name, _, _ in cases] == TOOLS  # a new tool needs its case here

    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool(name, arguments) for name, arguments, _ in cases]

    results, stderr = session(mini, work)
    assert stderr == ""
    for (name, _, expected), result in zip(cases, results, strict=True):
        assert not result.isError, (name, texts(result))
        data = plain(list(expected) if isinstance(expected, list) else dict(expected))
        assert data, name  # each case finds something, so the comparison says something
        assert result.structuredContent == ({"result": data} if isinstance(data, list) else data), name
        assert [json.loads(t) for t in texts(result)] == [data], name  # no notes: the article text is at hand
    person = results[1].structuredContent
    assert person is not None and person["name"] == "Aye Mya"
    assert {(a["field"], a["value"], a["source"], a["excerpt"]) for a in person["attributes"]} == \
        {("role", "former clerk", "h1", "said Aye Mya, a former clerk.")}
    shown = results[2].structuredContent
    assert shown is not None and [(e["excerpt"], e["line"]) for e in shown["excerpts"]] == \
        [("I left because the bridge was unsafe,", 2), ("Nobody listened.", 2)]
    assert all(e["context"] for e in shown["excerpts"])  # the paragraphs around it, from the article text


def test_a_note_that_quotes_the_question_shows_its_control_characters_as_escapes(mini: Mini) -> None:
    # re-run 134 A4: search's note ("no record has every word of …") quoted DEL, CSI, U+202E and U+2028 raw
    result = call(mini, "search", {"text": "bridge zq\x7f\x9b\u202e\u2028\x1b[31mx"})
    (note,) = texts(result)[1:]
    assert note == "note: no record has every word of 'bridge zq\\x7f\\x9b\\u202e\\u2028\\x1b[31mx'; these have some of " \
        "them (see 'missing')"


def test_no_reply_carries_a_control_character_raw_though_its_data_holds_them(mini: Mini) -> None:
    # re-run 138 A3: verify's structured content echoed the claim with DEL and U+009B as raw bytes on stdout
    claim = "Maung Sein said \x1b[2J\x9b31m 5,000 soldiers defected\x07\x7f."
    ask = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "verify", "arguments": {"text": claim}}}
    proc = _server(mini, stdout=subprocess.PIPE)
    out, _ = proc.communicate((INITIALIZE + json.dumps(ask) + "\n").encode(), timeout=TIMEOUT)
    assert proc.returncode == 0
    raw = {f"U+{ord(c):04X}" for c in out.decode().rstrip("\n") if c != "\n" and CONTROLS.match(c)}
    assert raw == set()
    (reply,) = [json.loads(line) for line in out.decode().splitlines() if json.loads(line).get("id") == 2]
    structured = reply["result"]["structuredContent"]
    assert [c["text"] for c in structured["result"]] == [claim]  # the data is whole: JSON escapes, read back
    assert json.loads(reply["result"]["content"][0]["text"]) == structured["result"]


def test_the_notes_the_command_prints_on_stderr_come_after_the_data(mini: Mini) -> None:
    result = call(mini, "show", {"id": "q-bridge"}, sources=False)
    expected = FactBase(mini.facts).show("q-bridge")
    assert expected.notes  # without the article texts, show says where to find them
    assert texts(result)[1:] == [f"note: {note}" for note in expected.notes]
    assert json.loads(texts(result)[0]) == plain(dict(expected)) == result.structuredContent


def test_a_name_or_id_that_finds_nothing_is_an_error_with_the_commands_line(mini: Mini, cli: Cli) -> None:
    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool("person", {"name": "Nobody Here"}),
                await client.call_tool("show", {"id": "q-brigde"}),
                await client.call_tool("search", {"text": "xylophone"}),
                await client.call_tool("quotes", {"speaker": "Aye Mya", "search": "wages"})]

    (person, show, search, quotes), stderr = session(mini, work)
    assert stderr == ""
    assert error_line(person) == one_line(cli("person", "Nobody Here"), 1)
    assert error_line(show) == one_line(cli("show", "q-brigde"), 1) == "no record has the id 'q-brigde'; did you " \
        "mean 'q-bridge'?"
    assert error_line(search) == one_line(cli("search", "xylophone"), 1) == "nothing mentions 'xylophone'"
    assert error_line(quotes) == one_line(cli("quotes", "--speaker", "Aye Mya", "--search", "wages"), 1)


def test_bad_arguments_are_error_results_of_one_line(mini: Mini, cli: Cli) -> None:
    cases: list[tuple[str, dict[str, Any]]] = [
        ("person", {"name": "Aye Mya", "source": "h9"}),
        ("quotes", {"themes": ["wages"]}),
        ("search", {"text": "bridge", "kind": "speech"}),
        ("search", {"text": "bridge", "limit": "many"}),
        ("search", {"text": "bridge", "limit": 0}),
        ("person", {"name": 5}),
        ("search", {}),
        ("search", {"query": "bridge"}),
        ("show", {"id": "q-bridge", "context": 51}),
        ("cite", {"id": "q-bridge", "style": str(mini.facts / "base.yaml")}),
        ("search", {"text": "bridge", "limit": 10**22}),
        ("search", {"text": "bridge", "limit": 1e308}),
        # re-run 74: a boolean or a number in a string is no count (both were taken: true as 1)
        ("search", {"text": "bridge", "limit": True}),
        ("search", {"text": "bridge", "limit": "5"}),
        ("show", {"id": "q-bridge", "context": False}),
        ("verify", {"text": "  "}),
        ("verify", {"text": "Aye Mya said 17.\x00 More."}),
    ]

    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool(name, arguments) for name, arguments in cases]

    results, stderr = session(mini, work)
    assert stderr == ""
    lines = [error_line(r) for r in results]
    # the core's own checks, as the command line words them, with the tool's argument for the option
    assert lines[:3] == [one_line(cli("person", "Aye Mya", "--source", "h9"), 2).replace("--source:", "person: argument "
                                                                                        "'source':"),
                         one_line(cli("quotes", "--theme", "wages"), 2).replace("--theme:", "quotes: argument 'themes':"),
                         one_line(cli("search", "bridge", "--kind", "speech"), 2).replace("--kind:", "search: argument "
                                                                                         "'kind':")]
    assert lines[0] == "person: argument 'source': unknown value 'h9'; valid: h1"
    assert lines[3].startswith("search: argument 'limit': Input should be a valid integer") and \
        lines[3].endswith('(not "many")')
    assert lines[4] == "search: argument 'limit': Input should be greater than or equal to 1 (not 0)"
    assert lines[5] == "person: argument 'name': Input should be a valid string (not 5)"
    assert lines[6] == "search: argument 'text' is required"
    assert lines[7] == "search: unknown argument 'query'; search takes text, kind, limit"
    assert lines[8] == "show: argument 'context': Input should be less than or equal to 50 (not 51)"
    assert lines[9].startswith("cite: argument 'style': Input should be 'plain', 'csl-json', 'bibtex'")
    assert lines[10] == f"search: argument 'limit': Input should be less than or equal to 1000000000 (not {10**22})"
    # (was "Unable to parse input string as an integer, exceeded maximum size": a number, not a string, was given)
    assert lines[11] == "search: argument 'limit': Input should be a valid integer of a sensible size (not 1e+308)"
    assert lines[12:] == ["search: argument 'limit': Input should be a valid integer (not true)",
                          "search: argument 'limit': Input should be a valid integer (not \"5\")",
                          "show: argument 'context': Input should be a valid integer (not false)",
                          # re-run 75: the command's argument by the tool's name for it (was "TEXT: …")
                          "verify: argument 'text': the text is empty; give a sentence to check",
                          # re-run 132 A16: a NUL, as a file or standard input with one is (was verified, NUL and all)
                          "verify: argument 'text': contains a NUL character; not text"]


def test_a_choice_is_taken_in_any_case_as_the_command_line_takes_it(mini: Mini) -> None:
    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool("cite", {"id": "q-bridge", "style": style}) for style in ("APA", "apa")] + \
            [await client.call_tool("motivations", {"stage": stage}) for stage in ("Joining", "joining")]

    (upper, lower, mixed, plain), stderr = session(mini, work)
    assert stderr == "" and not lower.isError
    assert error_line(mixed) == error_line(plain) == "no motivations match"  # was "Input should be 'joining', …"
    assert (upper.isError, upper.structuredContent) == (False, lower.structuredContent)


def test_an_unknown_tool_is_an_error_naming_the_tools(mini: Mini) -> None:
    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool("export", {"path": "facts.db"}), await client.call_tool("qoutes", {})]

    (export, typo), stderr = session(mini, work)
    assert stderr == ""
    assert error_line(export) == f"unknown tool 'export'; the tools are: {', '.join(TOOLS)}"  # nothing that writes
    assert error_line(typo) == f"unknown tool 'qoutes'; did you mean 'quotes'?; the tools are: {', '.join(TOOLS)}"


def test_an_edit_to_the_fact_base_is_answered_without_a_restart(mini: Mini) -> None:
    async def work(client: ClientSession) -> tuple[CallToolResult, CallToolResult]:
        before = await client.call_tool("person", {"name": "Aye Mya"})
        edit(mini.facts / "people.yaml", "name: Aye Mya", "name: Aye Mya Win")
        return before, await client.call_tool("person", {"name": "Aye Mya"})

    (before, after), stderr = session(mini, work)
    assert stderr == ""
    assert before.structuredContent is not None and before.structuredContent["name"] == "Aye Mya"
    assert after.structuredContent is not None and after.structuredContent["name"] == "Aye Mya Win"


def test_what_a_library_prints_goes_to_stderr_never_into_the_protocol(mini: Mini) -> None:
    noisy = ("import defectcli.api.facts as f\nasked = f.FactBase.person\n"
             "def person(self, *a, **k):\n    print('chatter from somewhere')\n    return asked(self, *a, **k)\n"
             "f.FactBase.person = person")

    async def work(client: ClientSession) -> CallToolResult:
        return await client.call_tool("person", {"name": "Aye Mya"})

    result, stderr = session(mini, work, prelude=noisy)  # a stray line on stdout would fail the session
    assert not result.isError and result.structuredContent is not None
    assert stderr == "chatter from somewhere\n"


def test_verbose_logs_each_call_on_stderr(mini: Mini) -> None:
    async def work(client: ClientSession) -> CallToolResult:
        return await client.call_tool("themes", {})

    result, stderr = session(mini, work, "--verbose")
    assert not result.isError
    assert 'defectcli: defectcli.mcp: themes {}\n' in stderr


def test_verbose_is_one_escaped_line_a_call_and_an_unknown_notification_one_line_too(mini: Mini) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache)}
    proc = subprocess.Popen([*CLI, "mcp", "--verbose", "--facts", str(mini.facts)], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    asks = [{"jsonrpc": "2.0", "method": "notifications/initialized"},
            {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "person",
                                                                          "arguments": {"name": "\u202eAye\u2028Mya\x1b"}}},
            {"jsonrpc": "2.0", "method": "notifications/nosuch\x07"}]
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write((INITIALIZE + "".join(json.dumps(a) + "\n" for a in asks)).encode())
    proc.stdin.flush()
    replies = [json.loads(proc.stdout.readline()) for _ in range(2)]  # stdin kept open until the call is answered
    assert [r["id"] for r in replies] == [1, 2]
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0 and out == b""
    assert sorted(err.decode().splitlines()) == [  # the two are written by two tasks, in either order
        'defectcli: defectcli.mcp: person {"name": "\\u202eAye\\u2028Mya\\u001b"}',
        "defectcli: defectcli.mcp: stdin line 4: a notification MCP does not have, 'notifications/nosuch\\x07'; ignored"]


def test_an_unusable_fact_base_is_refused_before_serving(mini: Mini) -> None:
    (mini.facts / "people.yaml").write_text("people: [\n", encoding="utf-8")
    r = run("mcp", "--facts", str(mini.facts))
    assert r.code == 2 and r.out == ""
    assert r.err.startswith(f"defectcli: {mini.facts / 'people.yaml'}:2: invalid YAML")


def test_without_the_sdk_it_says_how_to_install_it(mini: Mini, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("mcp", "mcp.server", "mcp.server.fastmcp"):
        monkeypatch.setitem(sys.modules, name, None)  # makes the import fail, as when the extra is missing
    r = run("mcp", "--facts", str(mini.facts))
    assert (r.code, r.out) == (2, "")
    assert r.err == "defectcli: mcp needs the MCP SDK, which is not installed; install it with: " \
        "pip install 'defectcli[mcp]'\n"


# ---------------------------------------------------------------- the process: Ctrl-C, a client gone, a full disk

INITIALIZE = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "0"}}}) + "\n"


def _server(mini: Mini, **streams: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache)}
    return subprocess.Popen([*CLI, "mcp", "--facts", str(mini.facts)], env=env, stdin=subprocess.PIPE,
                            stderr=subprocess.PIPE, **streams)


def test_ctrl_c_ends_the_server_at_once(mini: Mini) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(INITIALIZE.encode())
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["result"]["serverInfo"] == {"name": "defectcli", "version": __version__}  # serving
    proc.send_signal(signal.SIGINT)  # stdin stays open: the server must not wait for the client to close it
    assert proc.wait(timeout=TIMEOUT) == 130
    assert proc.stderr.read() == b"defectcli: interrupted\n"
    proc.stdin.close()
    proc.stdout.close()
    proc.stderr.close()


def _ask_once(proc: subprocess.Popen[bytes]) -> None:
    """Send the client's first request and close stdin. (The SDK reads stdin in a thread that only a
    line or its end wakes, so a server whose stdout fails ends once stdin does.)"""
    assert proc.stdin is not None
    proc.stdin.write(INITIALIZE.encode())
    proc.stdin.close()


def test_a_client_that_stops_reading_ends_the_server_quietly(mini: Mini) -> None:
    read, write = os.pipe()
    os.close(read)  # nobody reads stdout: the answer to the first request meets a broken pipe
    proc = _server(mini, stdout=write)
    os.close(write)
    _ask_once(proc)
    assert proc.wait(timeout=TIMEOUT) == 0
    assert proc.stderr is not None and proc.stderr.read() == b""
    proc.stderr.close()


def test_a_stdout_that_cannot_be_written_is_one_line_and_exit_74(mini: Mini) -> None:
    with open("/dev/full", "wb") as full:
        proc = _server(mini, stdout=full)
    _ask_once(proc)
    assert proc.wait(timeout=TIMEOUT) == 74
    assert proc.stderr is not None
    assert proc.stderr.read() == b"defectcli: cannot write to standard output (No space left on device)\n"
    proc.stderr.close()


def test_a_line_that_is_no_json_rpc_message_gets_a_json_rpc_error_and_one_line_on_stderr(mini: Mini) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    lines = [INITIALIZE, "{bad json\n", "[1,2,3]\n", "\n", '{"id": 7, "x": 1}\n',
             json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}) + "\n"]
    out, err = proc.communicate("".join(lines).encode(), timeout=TIMEOUT)
    assert proc.returncode == 0
    replies = [json.loads(line) for line in out.decode().splitlines()]
    assert [r for r in replies if "error" in r] == [
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error: the line is not JSON (Expecting "
                                                 "property name enclosed in double quotes: line 1 column 2 (char 1))"}},
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request: a batch (an array), which MCP "
                                                 "does not take: send one message a line"}},
        {"jsonrpc": "2.0", "id": 7, "error": {"code": -32600, "message": "Invalid Request: not a JSON-RPC 2.0 request, "
                                              "notification or response"}}]
    answered = {r["id"]: r for r in replies if "result" in r}
    assert sorted(answered) == [1, 2] and [t["name"] for t in answered[2]["result"]["tools"]] == TOOLS  # and serves on
    assert err.decode().splitlines() == [
        "defectcli: defectcli.mcp: stdin line 2: Parse error: the line is not JSON (Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1)); answered with error -32700",
        "defectcli: defectcli.mcp: stdin line 3: Invalid Request: a batch (an array), which MCP does not take: send one "
        "message a line; answered with error -32600",
        "defectcli: defectcli.mcp: stdin line 5: Invalid Request: not a JSON-RPC 2.0 request, notification or response; "
        "answered with error -32600"]


def test_every_request_read_before_stdin_closes_is_answered_before_the_server_ends(mini: Mini) -> None:
    # As a script pipes them in (`printf ... | defectcli mcp`): the SDK cancels what it is still answering
    # once stdin ends.
    proc = _server(mini, stdout=subprocess.PIPE)
    asks = [{"jsonrpc": "2.0", "method": "notifications/initialized"},
            *[{"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": {"name": tool, "arguments": arguments}}
              for n, (tool, arguments) in enumerate([("show", {"id": "q-bridge"}), ("search", {"text": "bridge"}),
                                                     ("people", {}), ("quotes", {})] * 3, start=2)],
            # An id used again, and a line refused here with the id of a request the SDK is answering.
            {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "people", "arguments": {}}},
            {"jsonrpc": "2.0", "id": 13, "method": "tool/list"}]
    out, err = proc.communicate((INITIALIZE + "".join(json.dumps(a) + "\n" for a in asks)).encode(), timeout=TIMEOUT)
    assert proc.returncode == 0 and err.decode().endswith("answered with error -32601\n")
    replies = [json.loads(line) for line in out.decode().splitlines()]
    assert sorted(r["id"] for r in replies if "result" in r and not r["result"].get("isError")) == [1, 2, *range(2, 14)]
    assert [r["id"] for r in replies if "error" in r] == [13]


def test_a_cancellation_is_passed_over_and_every_request_answered(mini: Mini) -> None:
    # The SDK fails on a cancellation that arrives before its request's handler starts (the server died
    # with a traceback); MCP lets a server pass cancellations over, and each tool's work is bounded.
    proc = _server(mini, stdout=subprocess.PIPE)
    long_text = "The flood took 300 homes in 2020. " * 2000
    asks = [{"jsonrpc": "2.0", "method": "notifications/initialized"},
            {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "verify",
                                                                         "arguments": {"text": long_text}}},
            {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 2}},
            {"jsonrpc": "2.0", "id": 3, "method": "ping"},
            {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 3}},
            {"jsonrpc": "2.0", "id": 4, "method": "ping"}]
    out, err = proc.communicate((INITIALIZE + "".join(json.dumps(a) + "\n" for a in asks)).encode(), timeout=TIMEOUT)
    assert (proc.returncode, err) == (0, b"")
    replies = [json.loads(line) for line in out.decode().splitlines()]
    assert sorted(r["id"] for r in replies) == [1, 2, 3, 4] and all("result" in r for r in replies)


def test_a_request_before_initialize_is_an_invalid_request_that_says_so(mini: Mini) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    asks = [{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, {"jsonrpc": "2.0", "id": 2, "method": "ping"}]
    out, err = proc.communicate(("".join(json.dumps(a) + "\n" for a in asks) + INITIALIZE.replace('"id": 1', '"id": 3')
                                 + json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/list"}) + "\n").encode(),
                                timeout=TIMEOUT)
    replies = {r["id"]: r for r in map(json.loads, out.decode().splitlines())}
    message = "Invalid Request: 'tools/list' before initialize, which must come first"
    assert replies[1] == {"jsonrpc": "2.0", "id": 1, "error": {"code": -32600, "message": message}}
    assert replies[2]["result"] == {}  # a ping is allowed at any time
    assert [t["name"] for t in replies[4]["result"]["tools"]] == TOOLS
    assert err.decode() == f"defectcli: defectcli.mcp: stdin line 1: {message}; answered with error -32600\n"


def test_a_request_for_a_method_mcp_does_not_have_is_method_not_found_with_a_suggestion(mini: Mini) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    asks = [{"jsonrpc": "2.0", "id": 2, "method": "tool/list"}, {"jsonrpc": "2.0", "id": 3, "method": "no\x1bsuch"},
            {"jsonrpc": "2.0", "id": 4, "method": "tools/list"}]
    out, err = proc.communicate((INITIALIZE + "".join(json.dumps(a) + "\n" for a in asks)).encode(), timeout=TIMEOUT)
    assert proc.returncode == 0
    replies = {r["id"]: r for r in map(json.loads, out.decode().splitlines())}
    assert replies[2] == {"jsonrpc": "2.0", "id": 2, "error": {
        "code": -32601, "message": "Method not found: 'tool/list' is no MCP request (did you mean 'tools/list'?)"}}
    assert replies[3] == {"jsonrpc": "2.0", "id": 3, "error": {
        "code": -32601, "message": "Method not found: 'no\\x1bsuch' is no MCP request"}}
    assert [t["name"] for t in replies[4]["result"]["tools"]] == TOOLS  # and serves on
    assert err.decode().splitlines() == [
        "defectcli: defectcli.mcp: stdin line 2: Method not found: 'tool/list' is no MCP request (did you mean "
        "'tools/list'?); answered with error -32601",
        "defectcli: defectcli.mcp: stdin line 3: Method not found: 'no\\x1bsuch' is no MCP request; answered with "
        "error -32601"]


@pytest.mark.parametrize("given", [{"a": 1}, [1], True, 1.5, None])
def test_a_request_whose_id_is_no_string_or_integer_is_refused_not_left_unanswered(mini: Mini, given: object) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    asks = [{"jsonrpc": "2.0", "id": given, "method": "ping"}, {"jsonrpc": "2.0", "id": 3, "method": "ping"}]
    out, err = proc.communicate((INITIALIZE + "".join(json.dumps(a) + "\n" for a in asks)).encode(), timeout=TIMEOUT)
    replies = [json.loads(line) for line in out.decode().splitlines()][1:]
    assert replies == [{"jsonrpc": "2.0", "id": None, "error": {
        "code": -32600, "message": "Invalid Request: an id must be a string or an integer"}},
        {"jsonrpc": "2.0", "id": 3, "result": {}}]
    assert err.decode() == ("defectcli: defectcli.mcp: stdin line 2: Invalid Request: an id must be a string or an "
                            "integer; answered with error -32600\n")


@pytest.mark.parametrize(("method", "params", "what"), [
    ("prompts/get", {"name": "x\x1b"}, "prompt 'x\\x1b'"), ("resources/read", {"uri": "file:///etc"}, "resource 'file:///etc'")])
def test_a_prompt_or_resource_is_invalid_params_in_one_line_as_the_server_has_none(
        mini: Mini, method: str, params: dict[str, str], what: str) -> None:
    proc = _server(mini, stdout=subprocess.PIPE)
    ask = {"jsonrpc": "2.0", "id": 2, "method": method, "params": params}
    out, err = proc.communicate((INITIALIZE + json.dumps(ask) + "\n").encode(), timeout=TIMEOUT)
    message = f"Invalid params: unknown {what}; this server has none (tools only)"
    assert json.loads(out.decode().splitlines()[1]) == {"jsonrpc": "2.0", "id": 2, "error": {"code": -32602,
                                                                                            "message": message}}
    assert err.decode() == f"defectcli: defectcli.mcp: stdin line 2: {message}; answered with error -32602\n"


def test_a_line_longer_than_any_request_is_refused_unread_and_the_server_serves_on(mini: Mini) -> None:
    from defectcli.assist.stdio import MAX_LINE

    long = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                       "params": {"name": "verify", "arguments": {"text": "ab " * (MAX_LINE // 3)}}})
    proc = _server(mini, stdout=subprocess.PIPE)
    out, err = proc.communicate((INITIALIZE + long + '\n{"jsonrpc": "2.0", "id": 3, "method": "ping"}\n').encode(),
                                timeout=TIMEOUT)
    message = f"Invalid Request: a line longer than {MAX_LINE:,} characters (no request of MCP is so long)"
    assert [json.loads(line) for line in out.decode().splitlines()][1:] == [
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": message}}, {"jsonrpc": "2.0", "id": 3, "result": {}}]
    assert err.decode() == f"defectcli: defectcli.mcp: stdin line 2: {message}; answered with error -32600\n"


def test_a_line_nested_too_deep_for_json_is_a_parse_error_and_the_server_serves_on(mini: Mini) -> None:
    deep = "[" * 3000 + "]" * 3000
    lines = [INITIALIZE, deep + "\n",
             '{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "search", "arguments": '
             '{"text": ' + deep + "}}}\n",
             json.dumps({"jsonrpc": "2.0", "id": 3, "method": "tools/call",  # brackets in a string are text
                         "params": {"name": "search", "arguments": {"text": deep}}}) + "\n",
             json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/list"}) + "\n"]
    proc = _server(mini, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("".join(lines).encode())
    proc.stdin.flush()
    replies: list[dict[str, Any]] = []  # stdin open till all is answered (at its end the SDK drops calls)
    while len(replies) < 5 and (line := proc.stdout.readline()):
        replies.append(json.loads(line))
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0 and out == b""
    refused = {"code": -32700, "message": "Parse error: the line nests arrays and objects more than 100 deep"}
    assert [r for r in replies if "error" in r] == [{"jsonrpc": "2.0", "id": None, "error": refused}] * 2
    answered = {r["id"]: r for r in replies if "result" in r}
    assert sorted(answered) == [1, 3, 4] and [t["name"] for t in answered[4]["result"]["tools"]] == TOOLS
    assert err.decode().splitlines() == [
        f"defectcli: defectcli.mcp: stdin line {n}: {refused['message']}; answered with error -32700" for n in (2, 3)]


def test_a_lone_surrogate_in_a_string_is_refused_for_what_it_is(mini: Mini) -> None:
    # re-run 74: valid JSON, no text; it was "not a JSON-RPC 2.0 request, notification or response", which it is
    proc = _server(mini, stdout=subprocess.PIPE)
    call = '{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "search", "arguments": ' \
        '{"text": "\\ud800"}}}\n'
    out, err = proc.communicate((INITIALIZE + call).encode(), timeout=TIMEOUT)
    assert proc.returncode == 0
    assert [json.loads(line) for line in out.decode().splitlines()][1:] == [
        {"jsonrpc": "2.0", "id": 2, "error": {"code": -32600, "message": "Invalid Request: a string holds a lone "
                                              "surrogate escape (such as \\ud800), which is no character"}}]
    assert err.decode().splitlines() == [
        "defectcli: defectcli.mcp: stdin line 2: Invalid Request: a string holds a lone surrogate escape (such as "
        "\\ud800), which is no character; answered with error -32600"]


def test_an_id_that_is_a_lone_surrogate_is_answered_with_a_null_id_and_the_server_serves_on(mini: Mini) -> None:
    # re-run 144 A1: the id was sent back as it came, which no UTF-8 can hold: the server crashed with a traceback
    proc = _server(mini, stdout=subprocess.PIPE)
    lines = ['{"jsonrpc": "2.0", "id": "\\ud800", "method": "tools/list"}\n',
             json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}) + "\n"]
    out, err = proc.communicate((INITIALIZE + "".join(lines)).encode(), timeout=TIMEOUT)
    assert proc.returncode == 0, err.decode()
    replies = [json.loads(line) for line in out.decode().splitlines()][1:]
    assert replies[0] == {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request: a string "
                          "holds a lone surrogate escape (such as \\ud800), which is no character"}}
    assert replies[1]["id"] == 2 and "tools" in replies[1]["result"]  # and serves on


def test_a_wrong_argument_is_quoted_back_with_what_draws_nothing_escaped(mini: Mini) -> None:
    # re-run 181 A3: the value pydantic quotes back kept a zero-width space raw (the tools' own messages escaped it)
    cases: list[tuple[str, dict[str, Any]]] = [("search", {"text": "bridge", "limit": "1\u200b2"}),
                                               ("show", {"id": "q-bridge", "context": "\ufeff3"})]

    async def work(client: ClientSession) -> list[CallToolResult]:
        return [await client.call_tool(name, arguments) for name, arguments in cases]

    results, stderr = session(mini, work)
    assert stderr == ""
    assert [error_line(r) for r in results] == [
        "search: argument 'limit': Input should be a valid integer (not \"1\\u200b2\")",
        "show: argument 'context': Input should be a valid integer (not \"\\ufeff3\")"]
