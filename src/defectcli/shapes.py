"""The shape data takes between the modules: a record, a hit, an answer, as a plain dict (what
`-f json` prints), so that every wing passes the same thing and pandas or json take it as it is."""

from typing import Any

Row = dict[str, Any]

# The most rows or hits one may ask for (--limit, the search tool's limit): more than any fact base
# has, and within SQLite's integers, which a larger number overflows.
MOST_ROWS = 1_000_000_000

# The largest number a record holds: whole numbers up to it are exact as floats (and in JSON readers).
# A number past it in a claim is in no record, and could only overflow the arithmetic done on it.
LARGEST = 2**53
