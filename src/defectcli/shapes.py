"""The shape data takes between the modules: a record, a hit, an answer, as a plain dict (what
`-f json` prints), so that every wing passes the same thing and pandas or json take it as it is."""

from typing import Any

Row = dict[str, Any]
