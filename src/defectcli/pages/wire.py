"""What a server sends for one answer, counted as it comes off the connection: the status line, the
headers (and any "100 Continue" answers before them), the chunked framing and the body as sent.
urllib3 takes the framing off before defectcli sees a byte of the body, so a cap on what it hands
over alone leaves endless chunk extensions, zero-padded chunk sizes or trailer lines unbounded."""

from __future__ import annotations

import http.client
import io
from typing import Any


class Oversent(Exception):
    """More than the budget came for one answer. (Not an OSError: urllib3 would call it a broken connection.)"""


class _Counted(io.RawIOBase):
    def __init__(self, raw: io.RawIOBase, budget: int) -> None:
        super().__init__()
        self._raw, self._left = raw, budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        # Never more than a byte past the budget off the connection, and given up only when more is
        # asked for: headers that end within it are read whole, whatever the server sent after them.
        if self._left < 0:
            raise Oversent
        n = self._raw.readinto(memoryview(buffer)[: self._left + 1])
        if n:
            self._left -= n
        return n

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def counted(budget: int) -> type[http.client.HTTPResponse]:
    """An answer class (http.client's `response_class`, which urllib3's connections keep) that
    raises Oversent once more than `budget` bytes have come for it."""

    class Counted(http.client.HTTPResponse):
        def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
            super().__init__(sock, *args, **kwargs)
            self.fp = io.BufferedReader(_Counted(self.fp.detach(), budget))

    return Counted
