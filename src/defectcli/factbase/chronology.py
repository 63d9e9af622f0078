"""Events in the order their dates mean, and dates as shown. Pure: event rows in, rows out.

Order (documented in facts/README.md, "Order of events"):
- A date is a span: a day is itself, a month or a year runs from its first day to its last, a
  period from its start to its end (an open end is unbounded). A disputed date goes by its value.
- An event the text says came `after` others starts no earlier than they do, and is listed after
  them. An undated event that follows a dated one is placed as soon after it as it can be.
- Events are listed by start, then by end (the shorter span first), then in fact-file order.
  Undated events with no dated event before them come last, in fact-file order.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from ..shapes import Row

_OPEN_START, _OPEN_END, _UNKNOWN_END = "0000-00-00", "9999-99-99", "~"


def _first(part: str) -> str:
    return part + "-01-01"[len(part) - 4:] if part != ".." else _OPEN_START


def _last(part: str) -> str:
    # A month's last day is written -31 whatever the month: only the order matters.
    return part + "-12-31"[len(part) - 4:] if part != ".." else _OPEN_END


def span(date: Row) -> tuple[str, str] | None:
    """(first day, last day) as sortable text, or None for an undated event."""
    value = date.get("value")
    if not value:
        return None
    start, _, end = value.partition("/")
    return _first(start), _last(end or start)


def order(events: Sequence[Row]) -> list[Row]:
    """`events` (in fact-file order) in time order; see the module docstring.

    For the same order in a subset (one person's events), pass the subset together with every
    event it follows, directly or not, and filter afterwards.
    """
    by_id = {e["id"]: i for i, e in enumerate(events)}
    spans = [span(e["date"]) for e in events]
    before = [[by_id[a] for a in e.get("after") or () if a in by_id and by_id[a] != i] for i, e in enumerate(events)]
    starts: list[str | None] = [None] * len(events)
    state = [0] * len(events)  # 0 not seen, 1 in progress (a cycle), 2 done

    def start(i: int) -> str | None:
        if state[i] == 2:
            return starts[i]
        state[i] = 1
        found = [s for j in before[i] if state[j] != 1 and (s := start(j)) is not None]
        own_span = spans[i]
        own = own_span[0] if own_span else None
        starts[i] = max([*found, *([own] if own else [])], default=None)
        state[i] = 2
        return starts[i]

    def key(i: int) -> tuple[bool, str, str, int]:
        s = start(i)
        own = spans[i]
        # An undated event that follows a dated one stands at its start, as a single day would.
        end = own[1] if own else (s if s is not None else _UNKNOWN_END)
        return (s is None, s or "", end, i)

    waiting = [len(set(b)) for b in before]
    followers: list[list[int]] = [[] for _ in events]
    for i, b in enumerate(before):
        for j in set(b):
            followers[j].append(i)
    ready = [key(i) for i in range(len(events)) if waiting[i] == 0]
    heapq.heapify(ready)
    placed = [False] * len(events)
    out: list[Row] = []
    while len(out) < len(events):
        if not ready:  # a cycle of `after`: break it at its earliest event
            heapq.heappush(ready, min(key(i) for i in range(len(events)) if not placed[i]))
        i = heapq.heappop(ready)[-1]
        if placed[i]:
            continue
        placed[i] = True
        out.append(events[i])
        for f in followers[i]:
            waiting[f] -= 1
            if waiting[f] == 0 and not placed[f]:
                heapq.heappush(ready, key(f))
    return out
