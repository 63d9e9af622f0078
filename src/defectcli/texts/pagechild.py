"""The process that reads a web page for pageread.py: run as a script of its own, by the same Python, so that it
shares nothing with the command (no lock another thread held, no file it had open). It imports trafilatura and the
standard library only.

argv: the parent's pid, the parent's bound in seconds, and the memory it may take in bytes. stdin: the page's bytes
and the page as pagefix mends it, pickled. stdout: what pageread.extract returns, pickled.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import pickle
import signal
import sys
from typing import Any

# What add-source reads of trafilatura's Document
FIELDS = ("text", "title", "sitename", "url", "author", "date", "categories")
_PR_SET_PDEATHSIG = 1  # (linux/prctl.h)


def main() -> None:
    parent, seconds, memory = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    _tied_to(parent, seconds)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the parent hears Ctrl-C, and ends the child)
    start, room = _bound(memory)
    data, mended = pickle.load(sys.stdin.buffer)
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # (whatever a library prints is no part of the answer)
    with contextlib.suppress(OSError), answer:  # (the parent gone)
        answer.write(pickle.dumps(_read(data, mended, start, room)))


def _tied_to(parent: int, seconds: float) -> None:
    """The child ends with its parent, however the parent ends (Linux), and in any case soon after the parent has
    stopped waiting for it: a parent killed (kill -9, a closed terminal) never leaves it reading."""
    if hasattr(signal, "alarm"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # (the system ends it, even inside C)
        signal.alarm(math.ceil(seconds) + 2)
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # (gone before that was set)
        sys.exit(0)


def _bound(memory: int) -> tuple[int | None, int]:
    """Bound the child's memory to `memory` bytes beyond what it starts with, or to the user's own bound if lower
    (Linux); what it starts with, resident, and the room it has beyond its start."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            size, resident = (int(n) * os.sysconf("SC_PAGE_SIZE") for n in statm.read().split()[:2])
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        limit = size + memory if hard == resource.RLIM_INFINITY else min(size + memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        return None, memory  # (no /proc, or no such limit: the time bound alone)
    return resident, limit - size


def _read(data: bytes, mended: bytes, start: int | None, memory: int) -> dict[str, Any]:
    failed = {"failed": f"the text extractor needed more than {memory >> 20:,} MiB of memory for it, which no "
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
    if start is not None and _peak() > start + memory * 3 // 4:
        return failed  # (trafilatura's fallback readers catch a MemoryError and go on with less of the page)
    return {"doc": None if doc is None else {name: getattr(doc, name, None) for name in FIELDS}, "parsable": parsable}


def _peak() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # (Linux: in KiB)


if __name__ == "__main__":
    main()
