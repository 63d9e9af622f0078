"""A deadline on a whole page: every connection it watches is shut when it passes, so that a read
waiting on a server that drips bytes (even into its headers) ends there; a timeout only bounds each
wait, not their sum."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket


class Deadline:
    """Shuts every connection it watches once `seconds` have passed, so that a read waiting on a
    server that drips bytes ends there (a timeout only bounds each wait, not their sum)."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        """Watch a connection's socket (its own: http.client lets go of it when the answer is to
        be read until the server closes, while the answer reads on)."""
        if sock is None:
            return
        with self._lock:
            self._watched.append(sock)
            if self.expired:
                shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._watched:
                shut(sock)


def shut(sock: socket.socket) -> None:
    import socket

    with contextlib.suppress(OSError):  # socket's own shutdown: an SSL socket's would drop its state under the reader
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def pools(deadline: Deadline, budget: int) -> dict[str, type]:
    """Connection pools whose every connection the deadline watches once connected, and whose every
    answer is given up past `budget` bytes as sent (wire.py)."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    from .wire import counted

    answer = counted(budget)

    class Watched(HTTPConnection):
        response_class = answer

        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class WatchedTLS(HTTPSConnection):
        response_class = answer

        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class Pool(HTTPConnectionPool):
        ConnectionCls = Watched

    class PoolTLS(HTTPSConnectionPool):
        ConnectionCls = WatchedTLS

    return {"http": Pool, "https": PoolTLS}
