"""A web server for the tests of `sources fetch`: http.server in a thread on 127.0.0.1, on a port the
system chose (read from the bound socket, held until the test ends), serving pages written for
the tests. Never a publisher's page."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


class Site:
    """Routes (path → what to answer) that a test sets, and the requests the server was sent."""

    def __init__(self, keep_alive: bool = False) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()  # a route that never answers waits on it until the test ends
        site = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.1 keeps each connection open for the next request, as most servers do; 1.0 closes it
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def do_GET(self) -> None:
                site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
                    site.routes.get(self.path, status(404, "Not Found"))(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def hang(self) -> Route:
        """A server that takes the request and never answers."""
        def answer(h: BaseHTTPRequestHandler) -> None:
            self.release.wait()
        return answer

    def endless(self) -> Route:
        """An HTML page with no length that never ends (until the client hangs up)."""
        def answer(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            h.wfile.write(b"<html><body>")
            while not self.release.is_set():
                h.wfile.write(b"<p>more and more</p>" * 500)
        return answer


    def trickle(self, headers_too: bool = False) -> Route:
        """A server that drips its answer, a byte every hundredth of a second (each well within any
        timeout), for three seconds: the page's body, declared far longer, or with `headers_too`
        its very headers. Then it hangs up."""
        def answer(h: BaseHTTPRequestHandler) -> None:
            h.wfile.write(b"HTTP/1.0 200 OK\r\n")
            h.wfile.write(b"X-Drip: " if headers_too else
                          b"Content-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body>")
            h.wfile.flush()
            for _ in range(300):
                if self.release.is_set():
                    break
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(0.01)
            h.close_connection = True
        return answer


def page(body: bytes, kind: str = "text/html; charset=utf-8", code: int = 200,
         headers: Iterable[tuple[str, str]] = ()) -> Route:
    def answer(h: BaseHTTPRequestHandler) -> None:
        h.send_response(code)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(body)
    return answer


def status(code: int, reason: str) -> Route:
    def answer(h: BaseHTTPRequestHandler) -> None:
        h.send_response(code, reason)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return answer


def redirect(to: str | None, code: int = 301, headers: Iterable[tuple[str, str]] = ()) -> Route:
    def answer(h: BaseHTTPRequestHandler) -> None:
        h.send_response(code)
        if to is not None:
            h.send_header("Location", to)
        for name, value in headers:
            h.send_header(name, value)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return answer
