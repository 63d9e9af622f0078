"""A page's body unpacked as its Content-Encoding says, each stream to its end: gzip and deflate, the codings the
request asks for, by zlib. (urllib3's own unpacking says nothing of a stream that stops short: a page cut inside its
gzip stream was kept as the whole page, and one cut at half called a sign-in page.)"""

from __future__ import annotations

import re
import zlib
from typing import Any

_GZIP = ("gzip", "x-gzip")
# A page compressed in more pieces than this is none (re-run 166 A1: 520,000 empty gzip members took 100 s to read).
MOST_MEMBERS = 1_000
MOST_CODINGS = 5  # codings one inside another ("gzip, gzip"), as urllib3 allows
_SLICE = 16 * 1024
_NOT_NUL = re.compile(rb"[^\0]")
_KNOWN = (*_GZIP, "deflate")


class Unreadable(Exception):
    """Why the body cannot be unpacked, as words."""


class Unpacker:
    """Raw pieces of a body in, its unpacked bytes out; `end` says whether every stream came to its end.

    `cap` bounds the body as sent and what each coding unpacks to, over the whole body: bytes that unpack to nothing
    (padding, a gzip header's name, what follows a stream) and an outer coding's output count as well as the page
    (re-run 167: 2 GiB of padding after a page was read whole; 1 MiB of an inner name from each 1 KB kept a "gzip,
    gzip" body unpacking for 120 s)."""

    def __init__(self, header: str, cap: int) -> None:
        codings = [c for c in (c.strip().lower() for c in header.split(",")) if c and c != "identity"]
        unknown = next((c for c in codings if c not in _KNOWN), None)
        if unknown is not None:
            raise Unreadable(f"the page came in the {unknown!r} encoding, which defectcli does not ask for and cannot "
                             "unpack (it asks for gzip or deflate)")
        if len(codings) > MOST_CODINGS:
            raise Unreadable(f"the page came in {len(codings)} codings one inside another; more than {MOST_CODINGS} is "
                             "no server's")
        self._layers = [_Layer(c) for c in reversed(codings)]  # the coding applied last is undone first
        self._cap, self._sent = cap, 0

    def feed(self, data: bytes) -> bytes:
        """What `data` unpacks to; TooLarge past the cap, whose bytes are never all held (a small body can unpack to
        gigabytes)."""
        self._sent += len(data)
        if self._sent > self._cap:
            raise TooLarge
        for layer in self._layers:
            data = layer.feed(data, self._cap)
        return data

    def end(self) -> None:
        for layer in self._layers:
            if layer.started and not layer.ended:
                raise Unreadable(f"the page could not be read to its end (its {layer.coding} stream stops short: the "
                                 "page was cut off)")


class TooLarge(Unreadable):
    """The body unpacks to more than the room it was given."""


class _Layer:
    """One coding undone. A stream's kind is settled by its first two bytes, whatever the pieces the server sent it in
    (re-run 165 A2: a first piece of one byte settled nothing, and raw deflate was called damaged); after a gzip
    member, NUL padding and bytes that start no other member are passed over, as browsers and Python's gzip do (165
    A3: a newline after the page's stream was called a page cut off)."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.fed = False  # some of a stream unpacked
        self._gzip = coding in _GZIP
        self._unpack: Any = None  # the stream being unpacked (zlib's); None before one starts
        self._wrapped = False  # whether it expects zlib's wrapper (deflate is sent with it or without)
        self._held = b""  # the first bytes of a stream, until its kind is known
        self._over = False  # the last stream ended: what follows is not the page
        self._members = 0
        self.produced = 0  # what it has unpacked, over the whole body

    @property
    def started(self) -> bool:
        return self.fed or bool(self._held)

    @property
    def ended(self) -> bool:
        return self._over or (self.fed and self._unpack is None)

    def feed(self, data: bytes, cap: int) -> bytes:
        """What `data` unpacks to; TooLarge once all this layer has unpacked passes `cap`."""
        room = cap - self.produced
        out: list[bytes] = []
        size, at = 0, 0  # what is unpacked; where in `data` (never copied whole again at each member)
        data, self._held = self._held + data, b""
        while at < len(data) and not self._over:
            if self._unpack is None:
                if self.fed:  # after a gzip member: padding, another member, or bytes that are no part of the page
                    found = _NOT_NUL.search(data, at)
                    at = found.start() if found else len(data)
                if len(data) - at < 2:
                    self._held = data[at:]
                    break
                if self.fed and data[at:at + 2] != b"\x1f\x8b":
                    self._over = True
                    break
                if self._gzip:
                    self._members += 1
                if self._members > MOST_MEMBERS:
                    raise Unreadable(f"the page's gzip stream holds more than {MOST_MEMBERS:,} members, which no web "
                                     "page does")
                self._unpack = self._start(data[at:at + 2])
            piece = data[at:at + _SLICE]  # (what a member's end leaves over is copied: a slice's worth at most)
            try:
                got = self._unpack.decompress(piece, room - size + 1)
            except zlib.error:
                if self.fed or not self._wrapped:
                    raise Unreadable(f"the page's {self.coding} compression is damaged (cannot be unpacked)") from None
                self._unpack, self._wrapped = zlib.decompressobj(-zlib.MAX_WBITS), False  # deflate sent without
                continue  # zlib's wrapper, as some servers do
            self.fed = True
            out.append(got)
            size += len(got)
            if size > room:
                raise TooLarge
            if self._unpack.eof:
                at += len(piece) - len(self._unpack.unused_data)
                self._unpack, self._over = None, not self._gzip  # (what follows a deflate stream is not the page)
            else:
                at += len(piece)
        self.produced += size
        return b"".join(out)

    def _start(self, data: bytes) -> Any:
        if self._gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        cmf, flg = data[0], data[1]  # zlib's header (RFC 1950), else raw deflate
        self._wrapped = cmf & 0x0F == 8 and cmf >> 4 <= 7 and (cmf * 256 + flg) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if self._wrapped else -zlib.MAX_WBITS)

