"""One page downloaded over HTTP(S) with urllib3 (which trafilatura, the `pages` extra, depends on).

A page is asked for as a browser without cookies would: a User-Agent naming defectcli, no cookies,
no credentials (a URL carrying a user name or password is refused), http and https only. Redirects
are followed here, one by one, so each is known and reported, and none can lead to another scheme;
a redirect's own body is never read (its connection is closed), so none can hold the fetch.
The body is read in chunks and given up as soon as it passes the cap, so an oversized or endless
body is never held in memory. The timeout bounds each wait for the server; a deadline bounds the
whole page, redirects included: a server that drips bytes, even into its headers, is cut off
when it passes (the connection is shut under the waiting read). Every failure is a `Failed` with
one line a person reads.
"""

from __future__ import annotations

import contextlib
import errno
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..text import shorten, whole_number
from .deadline import Deadline, pools
from .unpack import TooLarge, Unpacker, Unreadable
from .wire import Oversent

if TYPE_CHECKING:
    from urllib3 import BaseHTTPResponse, PoolManager

MAX_BYTES = 10 * 1024 * 1024  # far above any article page; the tests lower it
TIMEOUT = 20.0  # seconds to connect, and between two pieces of the answer
TOTAL = 120.0  # seconds for the whole page, redirects included; the tests lower it
MAX_REDIRECTS = 5
LONGEST_TYPE = 1_000  # characters of a Content-Type header ("text/html; charset=utf-8" is 24)
LONGEST_LOCATION = 8_192  # characters of a redirect's address (servers refuse a request line longer than about this)
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)


class Failed(Exception):
    """The page could not be had; str() is the reason, one line."""


@dataclass(frozen=True)
class Limits:
    timeout: float = TIMEOUT
    max_bytes: int | None = None  # None: MAX_BYTES as it is when the page is fetched
    total: float | None = None  # None: TOTAL as it is when the page is fetched

    @property
    def cap(self) -> int:
        return MAX_BYTES if self.max_bytes is None else self.max_bytes

    @property
    def sent(self) -> int:
        """Bytes one answer may take as sent: the cap, and room for its headers and framing (an eighth
        more, and at least 256 KiB: more than is read ahead of the page, so that a page that is only
        too large is always called that)."""
        return self.cap + max(self.cap // 8, 256 * 1024)

    @property
    def whole(self) -> float:
        """Seconds for the whole page, redirects included."""
        return TOTAL if self.total is None else self.total


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # where the page was found, after redirects
    body: bytes
    content_type: str
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, where to) for each hop
    charset: str | None = None  # as the server's Content-Type gives it, which comes before the page's own

    @property
    def other_host(self) -> bool:
        """Whether a redirect led to another host than the one asked."""
        return _host(self.final_url) != _host(self.url)


def user_agent() -> str:
    from .. import __version__

    return f"defectcli/{__version__} (checks its facts' excerpts against the articles they cite)"


def check_url(url: str, base: str | None = None) -> str:
    """`url` (read against `base`: a redirect's Location), Failed unless it is an http(s) address
    with a host and no credentials. ("http://[::1": urlsplit checks a bracketed host, ValueError.)"""
    try:
        url = urljoin(base, url) if base is not None else url
        parts = urlsplit(url)
        _ = parts.port  # a bad port raises ValueError
    except ValueError:
        raise Failed(f"not a usable address: {_shown(url)}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Failed(f"not an http or https address: {_shown(url)}")
    if not parts.hostname:
        raise Failed(f"no host in the address: {_shown(url)}")
    if parts.username is not None or parts.password is not None:
        raise Failed("the address carries a user name or password, which defectcli never sends")
    return url


def fetch(url: str, limits: Limits | None = None) -> Page:
    """The page at `url`, following redirects; Failed with the reason if it cannot be had."""
    limits = limits or Limits()
    check_url(url)
    deadline = Deadline(limits.whole)
    try:
        page = _follow(url, limits, deadline)
    except Failed:
        if deadline.expired:  # what broke was the connection the deadline shut
            raise Failed(_late(limits)) from None
        raise
    finally:
        deadline.cancel()
    if deadline.expired:  # a body without a length ends where the connection was shut: not the page
        raise Failed(_late(limits))
    return page


def _follow(url: str, limits: Limits, deadline: Deadline) -> Page:
    import urllib3

    timeout = urllib3.Timeout(connect=limits.timeout, read=limits.timeout)
    headers = {"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
               "Accept-Encoding": "gzip, deflate"}
    with urllib3.PoolManager(headers=headers, retries=False, timeout=timeout) as pool:
        pool.pool_classes_by_scheme = pools(deadline, limits.sent)
        redirects: list[tuple[int, str]] = []
        where = url
        while True:
            response = _ask(pool, where, limits)
            try:
                if response.status in REDIRECTS:
                    # Its own body is never read: the connection is closed. (Read to its end to ask again on the same
                    # connection, a 302 with 100 GB of body, its length declared or in chunks, was read for 30 s.)
                    response.close()
                    target = response.headers.get("Location")
                    if not target:
                        raise Failed(f"the server answered HTTP {response.status} (a redirect) without saying where to")
                    if len(target) > LONGEST_LOCATION:  # (urllib3 encodes one again a character at a time: 6 s for 5 MB)
                        raise Failed(f"redirected ({response.status}) to an address {len(target):,} characters long; no "
                                     f"page's address is over {LONGEST_LOCATION:,}")
                    if len(redirects) == MAX_REDIRECTS:
                        raise Failed(f"more than {MAX_REDIRECTS} redirects (last to {_shown(target)})")
                    try:
                        target = check_url(target, where)
                    except Failed as exc:
                        raise Failed(f"redirected ({response.status}) to an address defectcli does not follow: {exc}")\
                            from None
                    redirects.append((response.status, target))
                    where = target
                    continue
                try:
                    _status(response.status, response.reason)
                    header = response.headers.get("Content-Type", "")
                    if len(header) > LONGEST_TYPE:  # (the email module reads one in the square of its length)
                        raise Failed(f"the server's Content-Type header runs to {len(header):,} characters; no web "
                                     f"page's is over {LONGEST_TYPE:,}")
                    kind = _content_type(header)
                    body = _read(response, limits, deadline)
                    if not body:
                        raise Failed(f"the server answered HTTP {response.status} with nothing (an empty page)")
                    if kind not in HTML_TYPES and not _looks_html(body, kind):
                        raise Failed(f"not an HTML page (Content-Type: {kind or 'none given'})")
                except Failed as exc:
                    if redirects:  # the reason is the last address's, not the source's own
                        raise Failed(f"{exc}, at {_shown(where)}, where it was redirected") from None
                    raise
                return Page(url, where, body, kind or "text/html", redirects, _charset(header))
            finally:
                response.release_conn()


def _ask(pool: PoolManager, url: str, limits: Limits) -> BaseHTTPResponse:
    """The answer's status and headers; the body is left to read."""
    import urllib3.exceptions as ux

    host = shorten(_host(url), 100)
    try:
        return pool.request("GET", url, redirect=False, preload_content=False)
    except Oversent:  # "100 Continue" after "100 Continue", or endless headers
        raise Failed(f"the server sent more than {_size(limits.sent)} before the page began ({_room(limits)})") from None
    except ux.NameResolutionError:
        raise Failed(f"cannot find the host {host} (no such host, or no network)") from None
    except ux.NewConnectionError as exc:
        cause = exc.__cause__ or exc.__context__
        code = cause.errno if isinstance(cause, OSError) else None
        if code in (errno.ENETUNREACH, errno.ENETDOWN):
            raise Failed(f"no network (cannot reach {host})") from None
        why = cause.strerror if isinstance(cause, OSError) and cause.strerror else "cannot connect"
        raise Failed(f"no answer from {host} ({why.lower()})") from None
    except (ux.ConnectTimeoutError, ux.ReadTimeoutError):
        raise Failed(f"no answer from {host} within {_seconds(limits.timeout)} (timeout)") from None
    except ux.SSLError as exc:
        raise Failed(f"no secure connection to {host} ({_first_line(exc)})") from None
    except ux.ProtocolError as exc:  # ('Connection aborted.', RemoteDisconnected('...')): the inner reason
        inner = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], BaseException) else exc
        raise Failed(f"the connection to {host} broke off ({_first_line(inner)})") from None
    except (ux.HTTPError, OSError) as exc:
        raise Failed(f"the connection to {host} failed ({_first_line(exc)})") from None


def _status(status: int, reason: str | None) -> None:
    if status == 200:
        return
    said = f"HTTP {status}" + (f" {shorten(reason, 100)}" if reason else "")
    if status in (404, 410):
        raise Failed(f"the page is gone ({said})")
    raise Failed(f"the server answered {said}, not the page")


def _read(response: BaseHTTPResponse, limits: Limits, deadline: Deadline) -> bytes:
    """The body, in pieces, given up past the cap or the deadline: never held whole if too big."""
    import urllib3.exceptions as ux

    cap = limits.cap
    declared = whole_number(response.headers.get("Content-Length", ""))  # "²", 5,000 digits: none (urllib3 agrees)
    if declared is not None and declared > cap:
        raise Failed(f"the page is larger than the cap of {_size(cap)} ({_size(declared)})")
    pieces: list[bytes] = []
    try:
        unpack = Unpacker(response.headers.get("Content-Encoding", ""), cap)
        for raw in response.stream(64 * 1024, decode_content=False):
            pieces.append(unpack.feed(raw))
            if deadline.expired:
                raise Failed(_late(limits))
        unpack.end()
    except TooLarge:
        raise Failed(f"the page is larger than the cap of {_size(cap)}") from None
    except Oversent:  # chunks of a byte each, or a kilobyte of framing to each byte of page
        raise Failed(f"the page as sent is larger than {_size(limits.sent)} ({_room(limits)})") from None
    except Unreadable as exc:
        raise Failed(str(exc)) from None
    except ux.ReadTimeoutError:
        raise Failed(f"the page stopped arriving for {_seconds(limits.timeout)} (timeout)") from None
    except ux.ProtocolError as exc:
        short = next((a for a in exc.args if isinstance(a, ux.IncompleteRead)), None)
        if short is not None:
            raise Failed(f"the connection closed before the end of the page ({_size(short.partial)} of "
                         f"{_size(short.partial + short.expected)})") from None
        raise Failed(f"the page could not be read to its end ({_first_line(exc)})") from None
    except (ux.HTTPError, OSError, ValueError) as exc:  # (ValueError: a chunk size of -10, which urllib3 lets through)
        raise Failed(f"the page could not be read to its end ({_first_line(exc)})") from None
    return b"".join(pieces)


def _room(limits: Limits) -> str:
    return f"the cap of {_size(limits.cap)} and room for headers and framing"


def _late(limits: Limits) -> str:
    return f"the page took longer than {_seconds(limits.whole)} to arrive (timeout)"


def _content_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _charset(header: str) -> str | None:
    """The charset a Content-Type header gives, read as the email module reads one."""
    from email.message import Message

    message = Message()
    message["Content-Type"] = header
    with contextlib.suppress(ValueError):  # a NUL in an RFC 2231 charset (charset*=\0''utf-8) gets through the module
        return message.get_content_charset()
    return None


def _looks_html(body: bytes, kind: str) -> bool:
    """A page sent without a type, or as a generic one, that is HTML all the same."""
    from ..texts.intake import is_html

    return kind in ("", "application/octet-stream") and is_html(body.lstrip(b"\xef\xbb\xbf")[:4096])


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _shown(url: str) -> str:
    return shorten(url, 100)


def _first_line(exc: BaseException) -> str:
    """What an exception says, as words: urllib3 wraps its reasons in tuples, whose repr is no message."""
    while exc.args and isinstance(exc.args[-1], BaseException) and exc.args[-1] is not exc:
        exc = exc.args[-1]  # the innermost reason: ('Connection broken', IncompleteRead(...)) -> IncompleteRead
    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    text = said.strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _seconds(value: float) -> str:
    return f"{value:g} second{'' if value == 1 else 's'}"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MiB"
    if n >= 1024:
        return f"{n / 1024:g} KiB"
    return f"{n} bytes"
