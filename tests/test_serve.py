"""`defectcli serve` is safe to leave running: this machine only unless --public (and then it warns),
no arbitrary SQL unless --sql, and then bounded; nothing a request asks for writes, attaches, loads
or calls fts3_tokenizer.

In-process with Datasette's own client where the server's answers are the question; the CLI (in
process) for the refusals; a real server, on a port it picks itself (--port 0), only for what needs one.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from .helpers import run

SITE = Path(__file__).parent / "data" / "site"


@pytest.fixture
def site_facts(tmp_path: Path) -> Path:
    shutil.copytree(SITE, tmp_path / "site")
    return tmp_path / "site" / "facts"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    tmp = tmp_path_factory.mktemp("serve")
    shutil.copytree(SITE, tmp / "site")
    db = tmp / "facts.db"
    assert run("export", "--to", "sqlite", str(db), "--facts", str(tmp / "site" / "facts")).code == 0
    return db


def app(db: Path, sql: bool) -> Any:
    from defectcli.site import serve as web

    return web.app(db, json.loads((db.parent / "facts.metadata.json").read_text(encoding="utf-8")), sql)


def get(ds: Any, path: str, headers: dict[str, str] | None = None) -> Any:
    return asyncio.run(ds.client.get(path, headers=headers))


def query(ds: Any, sql: str, headers: dict[str, str] | None = None) -> Any:
    return get(ds, "/facts.json?" + urllib.parse.urlencode({"sql": sql}), headers)


def refused(status: int, error: str) -> dict[str, Any]:
    """A refusal of a .json request, in the shape of Datasette's own errors (README: "Errors are one line")."""
    return {"ok": False, "error": error, "status": status, "title": None}


# ---------------------------------------------------------------- where it listens


@pytest.mark.parametrize(("host", "where"), [
    ("0.0.0.0", "every address of this machine"), ("", "every address of this machine"),
    ("0", "every address of this machine"), ("::", "every address of this machine"),
    ("192.0.2.7", "192.0.2.7, which other machines can reach"),
    ("::ffff:192.0.2.7", "192.0.2.7, which other machines can reach")])
def test_a_host_beyond_this_machine_needs_public(site_facts: Path, host: str, where: str) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    r = run("serve", "--host", host, "--port", "0", "--facts", str(site_facts))
    assert r.code == 2
    assert r.err == (f"defectcli: --host: '{host}' listens on {where}; the whole fact base would be readable by "
                     "anyone on the network. Add --public to mean it, or leave --host out (this machine only)\n")


@pytest.mark.parametrize("host", ["ü..x", "no-such-host.invalid", "bad\x1bhost"])
def test_a_host_that_is_not_an_address_is_one_line(site_facts: Path, host: str) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    r = run("serve", "--host", host, "--port", "0", "--facts", str(site_facts))
    shown = host.replace("\x1b", "\\x1b")
    assert (r.code, r.err) == (2, f"defectcli: --host: '{shown}' is neither an address of this machine nor a name "
                                  "it can resolve\n")


def test_listening_on_loopback_names_is_allowed_and_every_address_is_announced_usably() -> None:
    from defectcli.site.serve import listen

    for host, public, pattern, reachable in [
            ("127.0.0.1", False, r"http://127\.0\.0\.1:\d+/$", False),
            ("localhost", False, r"http://127\.0\.0\.1:\d+/$", False),
            ("::ffff:127.0.0.1", False, r"http://127\.0\.0\.1:\d+/$", False),  # IPv4 in IPv6's spelling
            ("", True, r"http://127\.0\.0\.1:\d+/ and on every address of this machine$", True),
            ("0.0.0.0", True, r"http://127\.0\.0\.1:\d+/ and on every address of this machine$", True)]:
        sock, url, beyond = listen(host, 0, public)
        with sock:
            assert re.fullmatch(pattern, url), url
            assert "//:" not in url and beyond == reachable
            assert f":{sock.getsockname()[1]}/" in url


def _serve(site_facts: Path, tmp_path: Path, *args: str, **streams: Any) -> tuple[subprocess.Popen[str], Path]:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "defectcli", "serve", "--port", "0", *args, "--facts",
                             str(site_facts)], env=env, stderr=subprocess.PIPE, text=True, **streams)
    return proc, scratch


def _stop(proc: subprocess.Popen[str], scratch: Path) -> None:
    proc.send_signal(signal.SIGINT)  # as Ctrl-C sends
    assert proc.wait(timeout=30) == 0
    assert list(scratch.iterdir()) == []  # the temporary export is gone


def test_serve_answers_on_localhost_and_cleans_up_after_ctrl_c(site_facts: Path, tmp_path: Path) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    proc, scratch = _serve(site_facts, tmp_path)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.fullmatch(r"defectcli: serving the fact base at http://127\.0\.0\.1:(\d+)/ \(Ctrl-C stops\)\n", line)
        assert found, line
        assert [p.name.startswith("defectcli-site-") for p in scratch.iterdir()] == [True]
        # The socket listens before the line is printed: the request waits in its queue, no retry needed.
        with urllib.request.urlopen(f"http://127.0.0.1:{found[1]}/-/search.json?q=regret", timeout=30) as response:
            assert [h["id"] for h in json.load(response)["hits"]] == ["q-no-regret"]
        _stop(proc, scratch)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2,
                                 signal.SIGALRM, signal.SIGXCPU, signal.SIGVTALRM, signal.SIGPROF, signal.SIGPWR,
                                 signal.SIGIO, signal.Signals["SIGSTKFLT"], signal.SIGRTMIN, signal.SIGRTMAX])
def test_serve_ended_by_any_signal_that_ends_a_process_cleans_up_as_after_ctrl_c(
        site_facts: Path, tmp_path: Path, sig: signal.Signals) -> None:
    proc, scratch = _serve(site_facts, tmp_path)
    try:
        assert proc.stderr is not None
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stderr.readline())
        assert found and [p.name.startswith("defectcli-site-") for p in scratch.iterdir()] == [True]
        assert _fetch(f"{found[0]}-/search.json?q=regret")[0] == 200  # serving: the signal ends a running server
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == 0
        assert list(scratch.iterdir()) == []  # the temporary export is gone
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_two_quick_ctrl_cs_stop_serve_cleanly_with_nothing_more_said(site_facts: Path, tmp_path: Path) -> None:
    proc, scratch = _serve(site_facts, tmp_path)
    try:
        assert proc.stderr is not None
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stderr.readline())
        assert found and _fetch(f"{found[0]}-/search.json?q=regret")[0] == 200
        proc.send_signal(signal.SIGINT)  # an impatient double press, or `timeout` signalling the process and its group
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert proc.stderr.read() == ""
        assert list(scratch.iterdir()) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_task_cancelled_as_serve_stops_is_not_reported_but_a_failure_is(capsys: pytest.CaptureFixture[str]) -> None:
    import logging
    import logging.config

    from defectcli.site import logs

    logging.config.dictConfig(logs.LOG_CONFIG)
    log = logging.getLogger("uvicorn.error")
    try:
        for exc in (asyncio.CancelledError(), ValueError("boom")):
            try:
                raise exc
            except (asyncio.CancelledError, ValueError):
                log.error("Exception in 'lifespan' protocol\n", exc_info=True)
        assert capsys.readouterr().err == "defectcli: serve: Exception in 'lifespan' protocol\n"  # the ValueError only
    finally:
        for name in ("uvicorn", "defectcli.serve"):
            logging.getLogger(name).handlers.clear()


def _fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode()


def test_a_failed_request_is_a_short_error_page_and_at_most_one_line_on_stderr(site_facts: Path, tmp_path: Path) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    proc, scratch = _serve(site_facts, tmp_path, "--sql", stdout=subprocess.PIPE)
    try:
        assert proc.stderr is not None and proc.stdout is not None
        found = re.fullmatch(r"defectcli: serving the fact base at (http://127\.0\.0\.1:(\d+)/) \(Ctrl-C stops\)\n",
                             proc.stderr.readline())
        assert found
        site = found[1]
        status, page = _fetch(site + "facts/quotes?_sort=nosuch")  # Datasette answers a column that is not there with 500
        assert status == 500 and '<div style="padding: 1em; margin: 1em 0; border: 3px solid red;">Cannot sort table by ' \
            "nosuch</div>" in page and "Traceback" not in page
        assert _fetch(site + "facts/quotes.json?_searchmode=raw&_search_text=x%22") == \
            (400, '{"ok": false, "error": "unterminated string", "status": 400, "title": "Invalid SQL"}')
        assert _fetch(site + "facts.json?sql=select+nosuch")[0] == 400
        with socket.create_connection(("127.0.0.1", int(found[2])), timeout=30) as raw:
            raw.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nno header\r\n\r\n")
            assert raw.recv(100).startswith(b"HTTP/1.1 400 ")
        _stop(proc, scratch)
        assert proc.stdout.read() == ""
        assert proc.stderr.read().splitlines() == [
            "defectcli: serve: GET /facts/quotes?_sort=nosuch: HTTP 500: Cannot sort table by nosuch",
            "defectcli: serve: Invalid HTTP request received."]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_csv_too_large_or_too_slow_is_a_short_error_and_nothing_on_stderr(site_facts: Path, tmp_path: Path) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    proc, scratch = _serve(site_facts, tmp_path, "--sql", stdout=subprocess.PIPE)
    try:
        assert proc.stderr is not None and proc.stdout is not None
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", proc.stderr.readline())
        assert found
        big = ("select hex(zeroblob(90000)) h from (with recursive c(x) as (select 1 union all select x+1 from c "
               "limit 300) select x from c)")
        endless = "with recursive c(x) as (select 1 union all select x+1 from c) select count(*) from c"
        for sql, error in [(big, "the result is larger than 20 MB; ask for fewer rows or columns"),
                           (endless, "SQL query took too long")]:
            for extra in ({"_dl": "1"}, {}):  # once an empty 200 (a download, or text) and a 500 with a repr
                status, page = _fetch(found[1] + "facts.csv?" + urllib.parse.urlencode({"sql": sql, **extra}))
                assert status == 400 and f'border: 3px solid red;">{error}</div>' in page, (status, page[:300])
                assert "Interrupted:" not in page and "OperationalError" not in page
            assert json.loads(_fetch(found[1] + "facts.json?" + urllib.parse.urlencode({"sql": sql}))[1])["error"] \
                == error
        _stop(proc, scratch)
        assert (proc.stdout.read(), proc.stderr.read()) == ("", "")  # answered, not logged: no repr either
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_public_warns_that_anyone_on_the_network_can_read_the_fact_base(site_facts: Path, tmp_path: Path) -> None:
    import datasette  # noqa: F401  # the web extra, which the test set-up installs: missing, the test fails
    proc, scratch = _serve(site_facts, tmp_path, "--host", "", "--public")
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline() == ("defectcli: warning: --public: anyone who can reach this machine on the "
                                          "network can read the whole fact base\n")
        line = proc.stderr.readline()
        found = re.fullmatch(r"defectcli: serving the fact base at http://127\.0\.0\.1:(\d+)/ and on every address "
                             r"of this machine \(Ctrl-C stops\)\n", line)
        assert found, line
        with urllib.request.urlopen(f"http://127.0.0.1:{found[1]}/-/metadata.json", timeout=30) as response:
            assert json.load(response)["title"].startswith("Defections")
        _stop(proc, scratch)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------- what a request can make it do


def test_arbitrary_sql_is_off_unless_asked_for(exported: Path) -> None:
    ds = app(exported, sql=False)
    assert query(ds, "select 1").status_code == 403
    assert get(ds, "/facts/quotes.json?_where=1").status_code == 403
    assert "View and edit SQL" not in get(ds, "/facts/quotes").text
    # what the site needs still answers: pages, facets, word search, the search page
    assert get(ds, "/facts/quotes.json?_facet=speaker&_search=regret").status_code == 200
    assert get(ds, "/-/search.json?q=regret").json()["hits"]


@pytest.mark.parametrize(("sql", "error"), [
    ("select zeroblob(100000000)", "string or blob too big"),
    ("with recursive c(x) as (select 1 union all select x + 1 from c limit 2000) select "
     + ", ".join(f"zeroblob(199999) as c{i}" for i in range(30)) + " from c",
     "the result is larger than 20 MB; ask for fewer rows or columns"),
    ("select " + ", ".join(f"{i} as c{i}" for i in range(40)), "too many columns in result set"),
    # what grows with a value's length times a pattern's, inside one call no time limit can stop
    ("select instr(hex(zeroblob(150000)), 'x')", "string or blob too big"),
    ("select 'a' like '" + "%a" * 501 + "'", "LIKE or GLOB pattern too complex"),
    ("select 'a' glob '" + "*a" * 501 + "'", "LIKE or GLOB pattern too complex"),
    ("select fts3_tokenizer('simple')", "not authorized to use function: fts3_tokenizer"),
    ("select load_extension('/nowhere/x')", "not authorized to use function: load_extension"),
])
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # a refused call (calls.py)
def test_sql_when_asked_for_is_bounded(exported: Path, sql: str, error: str) -> None:
    ds = app(exported, sql=True)
    response = query(ds, sql)
    assert (response.status_code, response.json()["error"]) == (400, error)
    # every format says the same: the CSV (once an empty 200) and the blob ("not a valid column") too
    for fmt, extra in FORMATS:
        answer = get(ds, f"/facts{fmt}?" + urllib.parse.urlencode({"sql": sql, **extra}))
        assert (answer.status_code, error_of(answer)) == (400, error), (fmt, extra)


# Each format the site answers a query in: JSON, CSV (a download, all rows), the blob renderer, the HTML page.
FORMATS: list[tuple[str, dict[str, str]]] = [(".json", {}), (".csv", {}), (".csv", {"_dl": "1"}),
                                             (".csv", {"_stream": "1"}), (".blob", {"_blob_column": "h"}), ("", {})]


def error_of(response: Any) -> str:
    """The error a failed request answers with: JSON's, the error page's, or the one the SQL page shows."""
    import html

    if response.headers["content-type"].startswith("application/json"):
        return str(response.json()["error"])
    found = re.search(r'<div style="padding: 1em; margin: 1em 0; border: 3px solid red;">(.*?)</div>'
                      r'|<p class="message-error">(.*?)</p>', response.text, re.S)
    assert found and response.headers.get("content-disposition") is None, response.text[:300]
    return html.unescape(found[1] or found[2])


def test_a_query_past_the_time_limit_is_the_same_short_error_in_every_format(exported: Path) -> None:
    ds = app(exported, sql=True)
    endless = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    for fmt, extra in FORMATS:  # ?_timelimit lowers the limit, to keep the test short
        answer = get(ds, f"/facts{fmt}?" + urllib.parse.urlencode({"sql": endless, "_timelimit": "20", **extra}))
        # once a 500 in CSV ("QueryInterrupted: (OperationalError('interrupted'), ..."), markup elsewhere
        assert (answer.status_code, error_of(answer)) == (400, "SQL query took too long"), (fmt, extra)
    where = "(" + endless + ") > 0"
    for fmt in (".json", ".csv", ""):  # a table's page with a condition of the visitor's own
        answer = get(ds, f"/facts/quotes{fmt}?" + urllib.parse.urlencode({"_where": where, "_timelimit": "20"}))
        assert (answer.status_code, error_of(answer)) == (400, "SQL query took too long"), fmt
        # a value too long to make: once a 500 ("DataError: string or blob too big")
        answer = get(ds, f"/facts/quotes{fmt}?_where=" + urllib.parse.quote("length(hex(zeroblob(150000))) > 0"))
        assert (answer.status_code, error_of(answer)) == (400, "string or blob too big"), fmt


def test_a_csv_is_answered_whole_or_refused_never_cut_short(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ds = app(exported, sql=True)
    # Each row is 180,000 quote marks, which CSV doubles: 55 rows are under 20 MB, 60 over, while the
    # rows themselves (10.8 MB) are not. Datasette's own cap sent the first 20 MB with a 200.
    rows = "with recursive c(x) as (select 1 union all select x + 1 from c limit {}) " \
           "select replace(hex(zeroblob(90000)), '0', '\"') h from c"
    whole = get(ds, "/facts.csv?" + urllib.parse.urlencode({"sql": rows.format(55), "_dl": "1"}))
    assert (whole.status_code, whole.headers["content-disposition"]) == (200, 'attachment; filename="facts.csv"')
    assert whole.text == "h\r\n" + ('"' + '"' * 360_000 + '"\r\n') * 55
    too_big = get(ds, "/facts.csv?" + urllib.parse.urlencode({"sql": rows.format(60), "_dl": "1"}))
    assert (too_big.status_code, error_of(too_big)) == (400, "the result is larger than 20 MB; ask for fewer rows "
                                                             "or columns")
    # All of a table's rows (_stream=1), a page at a time: the same cap on the whole file ...
    from datasette.database import QueryInterrupted
    from datasette.views.table import TableView

    from defectcli.site import answers

    paged = get(ds, "/facts/quotes.csv?_stream=1&_size=1")
    assert paged.status_code == 200 and paged.text == get(ds, "/facts/quotes.csv").text and len(paged.text) == 518
    monkeypatch.setattr(answers, "MAX_CSV", 518)
    assert get(ds, "/facts/quotes.csv?_stream=1&_size=1").text == paged.text
    monkeypatch.setattr(answers, "MAX_CSV", 517)
    assert error_of(get(ds, "/facts/quotes.csv?_stream=1&_size=1")) == "the result is larger than 20 MB; ask for " \
                                                                       "fewer rows or columns"
    monkeypatch.undo()
    # ... and a later page past the time limit is that error, not the first rows and then its text
    first_page = TableView.data

    async def interrupted(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("_next"):
            raise QueryInterrupted(sqlite3.OperationalError("interrupted"), "select ...", {})
        return await first_page(self, request, *args, **kwargs)

    monkeypatch.setattr(TableView, "data", interrupted)
    answer = get(ds, "/facts/quotes.csv?_stream=1&_size=1&_dl=1")
    assert (answer.status_code, error_of(answer)) == (400, "SQL query took too long")


def test_sql_when_asked_for_still_cannot_write_attach_or_run_forever(exported: Path) -> None:
    ds = app(exported, sql=True)
    assert query(ds, "select printf('%.*c', 100000000, 'x')").json()["rows"] == [[None]]  # too long: not made
    assert query(ds, "select count(*) from quotes").json()["rows"] == [[4]]
    for sql in ("delete from quotes", "attach database ':memory:' as other", "pragma writable_schema = 1"):
        assert query(ds, sql).status_code == 400, sql
    response = query(ds, "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c")
    assert response.status_code == 400 and "SQL query took too long" in response.json()["error"]
    assert query(ds, "select count(*) from quotes").json()["rows"] == [[4]]


def test_sql_printf_repeats_no_character_past_the_length_limit(exported: Path) -> None:
    ds = app(exported, sql=True)
    sql = "select printf('%.*c', 2147483647, 'x'), format('%.2147483647c', 'y'), printf('%.*c', '2147483647', 'z')"
    # Longer than any value may be: not made (SQLite's own loop repeats the character for over 10 s
    # before it fails, and no time limit stops it).
    assert query(ds, sql).json()["rows"] == [[None, None, None]]
    assert query(ds, "select printf('%5.2f|%.3c|%-4s|%d%%|%!.*c', 3.14159, 'y', 'z', 7, 4, 'w'), format('%q', 'it''s')"
                 ).json()["rows"] == [[" 3.14|yyy|z   |7%|wwww", "it''s"]]
    assert query(ds, "select length(printf('%.*c', 199999, 'x')), printf('%.*c', 200001, 'x')").json()["rows"] == \
        [[199999, None]]
    # More digits than int() reads (4,300), as SQLite reads them: the last 32 of a precision (into 32 bits), and a
    # text argument stopped at 64 bits (re-run 148: ValueError in the function)
    many = f"select printf('%.{'0' * 5000}5c', 'x'), printf('%.*c', '{'0' * 5000}7', 'y'), printf('%.*c', '{'9' * 5000}', 'z')"
    assert query(ds, many).json()["rows"] == [["xxxxx", "yyyyyyy", "z"]]


def test_sql_instr_answers_as_sqlite_does_without_its_slow_search(exported: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from defectcli.site import printf

    searched: list[int] = []
    linear = printf.instr

    def instr(haystack: Any, needle: Any) -> int | None:
        searched.append(1)
        found: int | None = linear(haystack, needle)
        return found

    monkeypatch.setattr(printf, "instr", instr)
    ds = app(exported, sql=True)
    cases = "('abcabc', 'ca'), ('héllo', 'llo'), ('abc', ''), ('', 'a'), (NULL, 'a'), ('a', NULL), " \
            "(x'00ff10', x'ff'), (12345, 34), (1.5, '.5'), ('xyz', 'q'), (x'41', 'A')"
    sql = f"with v(h, n) as (values {cases}) select instr(h, n) from v"
    expected = sqlite3.connect(":memory:").execute(sql).fetchall()
    assert query(ds, sql).json()["rows"] == [list(r) for r in expected]
    # Many searches of long values in one row: SQLite's own instr takes seconds, between two checks of
    # the time limit (7.5 s for 24 columns before).
    cols = ",".join(["instr(h, n)"] * 24)
    searched.clear()
    rows = query(ds, f"with a(h, n) as (select hex(zeroblob(99999)), hex(zeroblob(49999)) || '1') select {cols} from a")
    assert rows.json()["rows"] == [[0] * 24]
    assert len(searched) == 24  # every call answered by the linear search (str.find), none by SQLite's own


def test_a_page_asked_for_many_facets_or_one_twice_is_refused_before_it_is_built(exported: Path) -> None:
    ds = app(exported, sql=False)
    for query in ["&".join(["_facet=name"] * 300), "_facet=name&_facet=name",
                  "&".join(f"_facet=c{i}" for i in range(11))]:
        response = asyncio.run(ds.client.get(f"/facts/people.json?{query}"))
        assert (response.status_code, response.json()) == (400, refused(400, "at most 10 facets, each once"))
        page = asyncio.run(ds.client.get(f"/facts/people?{query}"))  # a page, not JSON: one line of text
        assert (page.status_code, page.text) == (400, "at most 10 facets, each once\n")
    response = asyncio.run(ds.client.get("/facts/people.json?_facet=name_status&_facet=is_group"))
    assert response.status_code == 200 and {"name_status", "is_group"} <= set(response.json()["facet_results"])


def test_without_public_a_request_for_another_sites_name_is_refused(exported: Path) -> None:
    from defectcli.site import serve as web

    # DNS rebinding: a page of evil.example whose name is made to point at 127.0.0.1 reads it as its own.
    metadata = json.loads((exported.parent / "facts.metadata.json").read_text(encoding="utf-8"))
    ds = web.app(exported, metadata, hosts=frozenset({"127.0.0.1", "localhost", "[::1]"}))
    # (and a name that only starts with this machine's, before a colon: "127.0.0.1:8001.evil.example" was answered)
    for host in ("evil.example:8001", "127.0.0.1.nip.io", "evil.example", "127.0.0.1:8001.evil.example",
                 "localhost:x", "[::1]:8001.evil.example"):
        said = "serve answers requests for this machine's names only (127.0.0.1, localhost); --public answers any"
        response = get(ds, "/facts/people.json", {"Host": host})
        assert (response.status_code, response.json()) == (403, refused(403, said))
        assert (get(ds, "/facts/people", {"Host": host}).text, get(ds, "/", {"Host": host}).text) == (said + "\n",) * 2
    for host in ("127.0.0.1:8001", "localhost:8001", "[::1]:8001", "LOCALHOST"):
        assert get(ds, "/facts/people.json", {"Host": host}).status_code == 200


def test_sql_sent_by_another_web_site_is_not_run(exported: Path) -> None:
    ds = app(exported, sql=True)
    for site in ("cross-site", "same-site"):  # another port of localhost is the same site, another origin
        response = query(ds, "select 1", {"Sec-Fetch-Site": site})
        assert (response.status_code, response.json()) == (403, refused(403, "SQL from another site is not run here"))
        assert response.headers["content-type"] == "application/json; charset=utf-8"
        page = get(ds, "/facts?" + urllib.parse.urlencode({"sql": "select 1"}), {"Sec-Fetch-Site": site})
        assert (page.status_code, page.text) == (403, "SQL from another site is not run here\n")
    assert query(ds, "select 1", {"Sec-Fetch-Site": "same-origin"}).json()["rows"] == [[1]]
    assert query(ds, "select 1").json()["rows"] == [[1]]  # curl and scripts send no such header


# trim/ltrim/rtrim with a character set, replace(), LIKE and GLOB: SQLite's own compare every
# character of one argument with every one of the other, in one call (10 s for trim at the value cap),
# and a row may make many calls between two checks of the time limit.
_LONG = "hex(zeroblob(3000)) || 'ab' || hex(zeroblob(3000))"
_SET = "replace(hex(zeroblob(200)), '0', 'x') || '0é'"
_CALLS = [
    "trim('  ab  ')", "trim('xxabxx', 'x')", "ltrim('xxabxx', 'x')", "rtrim('xxabxx', 'x')", "trim(12300, 0)",
    "trim(NULL, 'x')", "trim('x', NULL)", "trim('ééaé', 'é')", "trim(x'616263', 'a')",
    f"length(trim({_LONG}, {_SET}))", f"ltrim({_LONG}, {_SET})", f"rtrim({_LONG}, {_SET})",
    f"trim('é' || {_LONG} || 'é', {_SET})",
    "replace('abcabc', 'b', 'XY')", "replace('abc', '', 'x')", "replace(12345, 3, 9)", "replace('a', 'a', NULL)",
    "replace(NULL, 'a', 'b')", "replace('aé', 'é', 1.5)", f"length(replace({_LONG}, '0' || {_SET}, 'z'))",
    f"replace({_LONG}, hex(zeroblob(400)), 'é')", f"replace({_LONG}, 'ab', 7)",
    "'abc' like 'A%'", "'a_c' like 'a\\_c' escape '\\'", "'abc' glob 'a*'", "'ABC' glob 'a*'",
    f"{_LONG} like '%ab%'", f"{_LONG} glob '*ab*'",
]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # a refused call (calls.py)
def test_sql_trim_replace_like_answer_as_sqlite_does(exported: Path) -> None:
    import sqlite3

    ds = app(exported, sql=True)
    sql = "select " + ", ".join(_CALLS)
    expected = sqlite3.connect(":memory:").execute(sql).fetchone()
    assert query(ds, sql).json()["rows"] == [list(expected)]
    too_big = f"select replace({_LONG}, '0', hex(zeroblob(100)))"  # 6,000 zeros, each made 200 characters
    assert query(ds, too_big).json()["error"] == "string or blob too big"


@pytest.mark.parametrize("call", ["trim(x, y)", "ltrim(x, y)", "rtrim(x, y)", "replace(x, y, 'z')", "x like y",
                                  "x like y escape '!'", "x glob y", "instr(x, y)", "printf('%s', x)"])
def test_sql_calls_no_time_limit_can_stop_stop_themselves(exported: Path, monkeypatch: pytest.MonkeyPatch,
                                                          call: str) -> None:
    # Each of these is serve's own: it looks at the clock before it works, and ends the query once the
    # query has run past the time limit. Here every look at the clock finds 10 s more gone.
    from defectcli.site import calls

    ticks = iter(range(0, 10**6, 10))
    monkeypatch.setattr(calls, "clock", lambda: float(next(ticks)))
    ds = app(exported, sql=True)
    response = query(ds, f"with a(x, y) as (select 'abc', 'b') select {call} from a")
    assert response.status_code == 400 and "SQL query took too long" in response.json()["error"], call


def test_serve_help_states_the_bounds_sql_has() -> None:
    help_text = " ".join(run("serve", "-h").out.split())
    assert "bounded: 1 s, 1000 rows, 200 KB a value" in help_text
    from defectcli.site.hooks import MAX_VALUE

    assert MAX_VALUE == 200_000
