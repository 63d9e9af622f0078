"""trafilatura's reading of a web page, in a child process bounded in time and memory.

pagefix.crowded refuses, in a fraction of a second, the shapes of page known to make the extractor's time
grow with the square of the page (nested blocks, crowded paragraphs, long tags). The extractor has more such
shapes than any list of caps can name, and while it runs, in C, a Ctrl-C waits for it. So it runs in a child
process: a page it has not read in MAX_SECONDS, or that needs more than MAX_MEMORY, is refused, and a Ctrl-C
ends the child at once. An article page takes well under a second.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import pickle
import select
import signal
import sys
import time
from types import SimpleNamespace
from typing import Any

MAX_SECONDS = 8.0
MAX_MEMORY = 2 << 30  # bytes the child may take beyond what it starts with (Linux: its address space)
# What add-source reads of trafilatura's Document
FIELDS = ("text", "title", "sitename", "url", "author", "date", "categories")


class Unread(Exception):
    """The page was not read: why, as the end of a sentence about it."""


def extract(data: bytes, mended: bytes) -> tuple[Any | None, bool]:
    """trafilatura's Document for the page (`mended`: the page as pagefix mends it), with FIELDS only, or None
    when it gives the page up; and whether the page itself (unmended, no metadata) can be read at all, asked
    only when it gave it up. Unread when it takes too long or too much memory."""
    # (os.fork, not multiprocessing: a multiprocessing.Pool's worker, a daemon, may start no Process of its own)
    answer = _forked(data, mended) if hasattr(os, "fork") else _answer(data, mended, None)  # (elsewhere: unbounded)
    if "failed" in answer:
        raise Unread(answer["failed"])
    doc = answer["doc"]
    return (SimpleNamespace(**doc) if doc is not None else None), answer["parsable"]


def _forked(data: bytes, mended: bytes) -> dict[str, Any]:
    """_answer, from a child process given MAX_SECONDS."""
    for stream in (sys.stdout, sys.stderr):  # a forked child would write what is still buffered a second time
        if stream is not None:
            stream.flush()
    try:
        parent, (receive, send) = os.getpid(), os.pipe()
        child = os.fork()
    except OSError as exc:  # (no process or file left to the user: ulimit -u, -n)
        raise Unread(f"the text extractor could not be started ({exc.strerror or exc})") from None
    if child == 0:
        try:
            os.close(receive)  # (with no copy of the parent's end here, an answer to a parent gone fails, not waits)
            _tied_to(parent)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the parent hears Ctrl-C, and ends the child)
            answer = pickle.dumps(_answer(data, mended, _bound_memory()))
            with contextlib.suppress(OSError), os.fdopen(send, "wb") as out:
                out.write(answer)
        finally:
            os._exit(0)  # (nothing of the parent's is run or flushed here)
    os.close(send)
    try:
        answer = _read_all(receive)
    except BaseException:  # too slow, or Ctrl-C: the child ends now
        os.kill(child, signal.SIGKILL)
        raise
    finally:
        os.close(receive)
        status = os.waitpid(child, 0)[1]
    if not answer:  # the child ended without a word: killed by the system, or a crash in C
        code = os.waitstatus_to_exitcode(status)
        raise Unread(f"the text extractor stopped on it (exit {f'signal {-code}' if code < 0 else code})")
    found: dict[str, Any] = pickle.loads(answer)
    return found


def _read_all(fd: int) -> bytes:
    """What the child writes until it ends; Unread once MAX_SECONDS have passed."""
    deadline, chunks = time.monotonic() + MAX_SECONDS, list[bytes]()
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise Unread(f"the text extractor had not read it after {MAX_SECONDS:g} s, which no article page takes")
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _tied_to(parent: int) -> None:
    """The child ends with its parent, however the parent ends (Linux), and in any case soon after the parent has
    stopped waiting for it: a parent killed (kill -9, a closed terminal) never leaves it reading."""
    if hasattr(signal, "alarm"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # (the system ends it, even inside C)
        signal.alarm(math.ceil(MAX_SECONDS) + 2)
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # (gone before that was set)
        os._exit(0)


_PR_SET_PDEATHSIG = 1  # (linux/prctl.h)


def _answer(data: bytes, mended: bytes, start: int | None) -> dict[str, Any]:
    failed = {"failed": f"the text extractor needed more than {MAX_MEMORY >> 20:,} MiB of memory for it, which no "
                        "article page needs"}
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            mended, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True})
        parsable = doc is not None or trafilatura.bare_extraction(data, with_metadata=False,
                                                                   favor_precision=True) is not None
    except MemoryError:
        return failed
    except Exception as exc:  # (trafilatura's own: it says what, and the page is not read)
        return {"failed": f"the text extractor failed on it ({type(exc).__name__}: {exc})"}
    if start is not None and _peak() > start + MAX_MEMORY * 3 // 4:
        return failed  # (trafilatura's fallback readers catch a MemoryError and go on with less of the page)
    return {"doc": None if doc is None else {name: getattr(doc, name, None) for name in FIELDS}, "parsable": parsable}


def _peak() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # (Linux: in KiB)


def _bound_memory() -> int | None:
    """Bound the child's memory to MAX_MEMORY beyond what it starts with (Linux); what it starts with, resident."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            size, resident = (int(n) * os.sysconf("SC_PAGE_SIZE") for n in statm.read().split()[:2])
        resource.setrlimit(resource.RLIMIT_AS, (size + MAX_MEMORY, size + MAX_MEMORY))
    except (ImportError, OSError, ValueError):
        return None  # (no /proc, or no such limit: the time bound alone)
    return resident
