"""Datasette 0.65's database, table and row views, answering every format whole or with a short error
and a 4xx status, never a success with an empty or cut body. Left as they are:

- the CSV of a failed `?sql=` query is an empty 200 (the query's error dropped; datasette issue 2129),
  and its `.blob` says "not a valid column": here a failed query is that error in every format but the
  HTML page, which shows it beside the SQL to edit, with a 400, as Datasette does;
- a CSV is sent as it is written: a later page that fails (`_stream=1`), or the file reaching
  Datasette's cap (`max_csv_mb`), ends it with the error's text, after a 200. Here a CSV is written
  whole before it is answered, and one of more than MAX_CSV characters is the same error as a query
  whose rows are too large (hooks.TOO_BIG); Datasette's own cap is off (serve.py).

A plugin registered in-process (serve.py), whose routes come ahead of Datasette's own, on the same URL
patterns. Datasette is imported only inside `register_routes`, so importing this module costs nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .hooks import MAX_RESULT, TOO_BIG

MAX_CSV = MAX_RESULT


class _TooBig(Exception):
    pass


class _Whole:
    """A CSV as Datasette writes it, held until it is complete; past `cap` characters, nothing more is kept."""

    def __init__(self, cap: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.cap = cap
        self.over = False

    async def write(self, text: str) -> None:
        if self.over:
            return  # the error Datasette writes after the one write() raised
        self.size += len(text)
        if self.size > self.cap:
            self.over = True
            self.parts.clear()
            raise _TooBig(TOO_BIG)  # Datasette's writer stops at it
        self.parts.append(text)


def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    """Datasette's database, table and row routes (its patterns) for CSV and each renderer but JSON, served by
    the views below; JSON answers a failed query with its error and a 400 already, and the HTML page shows it."""
    from datasette.utils.asgi import AsgiStream, Response
    from datasette.views.base import DatasetteError
    from datasette.views.database import DatabaseView
    from datasette.views.row import RowView
    from datasette.views.table import TableView

    class Whole:
        failed: Exception | None = None

        async def data(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                found = await super().data(request, *args, **kwargs)  # type: ignore[misc]
            except Exception as exc:
                self.failed = exc  # a later page of a CSV: Datasette writes it into the file and goes on
                raise
            if isinstance(found, tuple) and len(found) == 4 and found[3] >= 400:  # a query failed (QueryView)
                raise DatasetteError(str(found[0].get("error") or "the query failed"), status=found[3])
            return found

        async def as_csv(self, request: Any, database: str) -> Any:
            answer = await super().as_csv(request, database)  # type: ignore[misc]
            if not isinstance(answer, AsgiStream):
                return answer
            whole = _Whole(MAX_CSV)
            await answer.stream_fn(whole)
            if whole.over:
                raise DatasetteError(TOO_BIG, status=400)
            if self.failed is not None:
                raise self.failed
            return Response("".join(whole.parts), status=answer.status, headers=answer.headers,
                            content_type=answer.content_type)

    class WholeDatabase(Whole, DatabaseView):  # type: ignore[misc]  # Datasette has no types
        pass

    class WholeTable(Whole, TableView):  # type: ignore[misc]  # Datasette has no types
        pass

    class WholeRow(Whole, RowView):  # type: ignore[misc]  # Datasette has no types
        pass

    formats = "|".join(re.escape(f) for f in ["csv", *datasette.renderers] if f != "json")
    database = r"^/(?!-/)(?P<database>[^\/\.]+)"  # not /-/..., Datasette's own pages
    return [(database + rf"\.(?P<format>{formats})$", WholeDatabase.as_view(datasette)),
            (database + rf"/(?P<table>[^\/\.]+)\.(?P<format>{formats})$", WholeTable.as_view(datasette)),
            (database + rf"/(?P<table>[^/]+?)/(?P<pks>[^/]+?)\.(?P<format>{formats})$", WholeRow.as_view(datasette))]
