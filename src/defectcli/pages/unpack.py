"""A page's body unpacked as its Content-Encoding says, each stream to its end: gzip and deflate, the codings the
request asks for, by zlib. (urllib3's own unpacking says nothing of a stream that stops short: a page cut inside its
gzip stream was kept as the whole page, and one cut at half called a sign-in page.)"""

from __future__ import annotations

import zlib
from typing import Any

_GZIP = ("gzip", "x-gzip")
_KNOWN = (*_GZIP, "deflate")


class Unreadable(Exception):
    """Why the body cannot be unpacked, as words."""


class Unpacker:
    """Raw pieces of a body in, its unpacked bytes out; `end` says whether every stream came to its end."""

    def __init__(self, header: str) -> None:
        codings = [c for c in (c.strip().lower() for c in header.split(",")) if c and c != "identity"]
        unknown = next((c for c in codings if c not in _KNOWN), None)
        if unknown is not None:
            raise Unreadable(f"the page came in the {unknown!r} encoding, which defectcli does not ask for and cannot "
                             "unpack (it asks for gzip or deflate)")
        self._layers = [_Layer(c) for c in reversed(codings)]  # the coding applied last is undone first

    def feed(self, data: bytes, room: int) -> bytes:
        """What `data` unpacks to; Unreadable past `room` bytes, which are never all held (a small body can unpack
        to gigabytes)."""
        for layer in self._layers:
            data = layer.feed(data, room)
        return data

    def end(self) -> None:
        for layer in self._layers:
            if layer.fed and not layer.ended:
                raise Unreadable(f"the page could not be read to its end (its {layer.coding} stream stops short: the "
                                 "page was cut off)")


class TooLarge(Unreadable):
    """The body unpacks to more than the room it was given."""


class _Layer:
    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.fed = False
        self._gzip = coding in _GZIP
        self._raw_tried = self._gzip  # deflate: zlib's wrapper first, else raw deflate (as servers send either)
        self._unpack = self._new()

    def _new(self, raw: bool = False) -> Any:
        return zlib.decompressobj(-zlib.MAX_WBITS if raw else (16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS))

    @property
    def ended(self) -> bool:
        return bool(self._unpack.eof)

    def feed(self, data: bytes, room: int) -> bytes:
        out = b""
        while data:
            if self._unpack.eof:
                if not self._gzip:
                    return out  # (what follows a deflate stream's end is not the page)
                self._unpack = self._new()  # another gzip member, which RFC 1952 allows
            try:
                got = self._unpack.decompress(data, room - len(out) + 1)
            except zlib.error:
                if self.fed or self._raw_tried:
                    raise Unreadable(f"the page's {self.coding} compression is damaged (cannot be unpacked)") from None
                self._raw_tried, self._unpack = True, self._new(raw=True)
                continue
            self.fed = True
            out += got
            if len(out) > room:
                raise TooLarge("")
            data = self._unpack.unused_data if self._unpack.eof else b""
        return out
