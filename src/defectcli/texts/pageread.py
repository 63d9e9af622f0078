"""trafilatura's reading of a web page, in a process of its own bounded in time and memory.

pagefix.crowded refuses, in a fraction of a second, the shapes of page known to make the extractor's time
grow with the square of the page (nested blocks, crowded paragraphs, long tags). The extractor has more such
shapes than any list of caps can name, and while it runs, in C, a Ctrl-C waits for it. So it runs in a process
of its own (pagechild.py, run by the same Python): a page it has not read in MAX_SECONDS, or that needs more
than MAX_MEMORY, is refused, and a Ctrl-C ends that process at once. An article page takes well under a second;
the process starts in about 0.2 s. It is a new program, not a fork of this one: a fork would keep the locks
other threads held (an import half done) and their pipes, and could not be started from a Pool's worker.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import pickle
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

MAX_SECONDS = 8.0
MAX_MEMORY = 2 << 30  # bytes the reader may take beyond what it starts with (Linux: its address space)


@functools.cache
def _source() -> str:
    """pagechild.py's text, run with `python -c`: found as the package's other files are, in a zip too."""
    return importlib.resources.files(__package__ or "defectcli.texts").joinpath("pagechild.py").read_text("utf-8")


class Unread(Exception):
    """The page was not read: why, as the end of a sentence about it."""


def extract(data: bytes, mended: bytes) -> tuple[Any | None, bool]:
    """trafilatura's Document for the page (`mended`: the page as pagefix mends it), with pagechild.FIELDS only, or
    None when it gives the page up; and whether the page itself (unmended, no metadata) can be read at all, asked
    only when it gave it up. Unread when it takes too long or too much memory."""
    if not sys.executable:  # (an embedding program may have none, which the Python docs allow)
        raise Unread("the text extractor could not be started (this Python names no program to run it with)")
    try:
        command = [sys.executable, "-c", _source(), str(os.getpid()), repr(MAX_SECONDS), str(MAX_MEMORY)]
        done = subprocess.run(command, input=pickle.dumps((data, mended)), capture_output=True, timeout=MAX_SECONDS,
                              check=False)
    except subprocess.TimeoutExpired:
        raise Unread(f"the text extractor had not read it after {MAX_SECONDS:g} s, which no article page takes") \
            from None
    except (OSError, ValueError) as exc:  # (no process or file left to the user: ulimit -u, -n; no Python to run)
        raise Unread(f"the text extractor could not be started ({getattr(exc, 'strerror', None) or exc})") from None
    if not done.stdout:  # it ended without a word: killed by the system, or a crash in C
        code = done.returncode
        raise Unread(f"the text extractor stopped on it (exit {f'signal {-code}' if code < 0 else code})")
    try:
        answer = pickle.loads(done.stdout)
        if not isinstance(answer, dict) or not ({"failed"} <= answer.keys() or {"doc", "parsable"} <= answer.keys()):
            raise ValueError("not its answer")
    except Exception:  # (another program answered: sys.executable is no Python, or something printed before it)
        raise Unread(f"the text extractor's answer could not be read (exit {done.returncode})") from None
    if "failed" in answer:
        raise Unread(answer["failed"])
    doc = answer["doc"]
    return (SimpleNamespace(**doc) if doc is not None else None), answer["parsable"]
