"""Options every command shares, declared once (as sqlite-utils' `output_options` are): the output
options (`--format`, and for rows `--limit`, `--no-headers`, `--fields`) and the fact base options
(`--facts`, and for commands that read article texts `--sources`). A decorator adds them to a
command and hands it one value instead: `output` (an Output) or `fb` (a FactBase)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ..errors import UsageError
from ..output.environment import Environment
from ..shapes import MOST_ROWS
from ..text import quoted
from . import complete
from .session import environment

F = TypeVar("F", bound=Callable[..., Any])


class Fmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


FORMAT = typer.Option("--format", "-f", metavar="FORMAT", help="table, json, jsonl, csv or tsv. Default: table on a "
                      "terminal, tsv in a pipe.", show_default=False, case_sensitive=False)
LIMIT = typer.Option("--limit", "-n", metavar="N", help="Show at most N rows.", show_default=False)
NO_HEADERS = typer.Option("--no-headers", help="Leave out the header row (csv, tsv) or the title and header (table).")
FIELDS = typer.Option("--fields", metavar="A,B", help="Only these columns, in this order, in every format (e.g. id,text; "
                      "a wrong name lists the valid ones).", show_default=False)
def path(value: str) -> Path:
    """A path as typed (a parser for Path arguments): "" is refused, where Path("") would quietly be
    the current directory."""
    if not value:
        raise typer.BadParameter("an empty path; name a file or directory")
    return Path(value)


def path_text(value: str) -> str:
    """path(), for an argument kept as text, as typed (`-` means standard input or output; a trailing
    / says a directory)."""
    path(value)
    return value


FACTS = typer.Option("--facts", envvar="DEFECTCLI_FACTS", metavar="DIR", show_default=False, parser=path,
                     help="Fact base directory (default: the bundled one).")
SOURCES = typer.Option("--sources", envvar="DEFECTCLI_SOURCES", metavar="DIR", show_default=False, parser=path,
                       help="Directory of the article texts, each found by its SHA-256 (default: sources/ in the "
                       "fact base, if it has one).")
SourceOpt = Annotated[str | None, typer.Option(
    "--source", "-s", metavar="ID", help="Only facts from this source (`defectcli sources` describes them).",
    autocompletion=complete.ids("sources"))]


@dataclass(frozen=True)
class Output:
    """How to print: the format chosen, the terminal, and for rows --limit, --no-headers and --fields."""

    format: str
    env: Environment
    chosen: bool = False  # whether --format was given (a batch run defaults to jsonl in a pipe)
    limit: int | None = None
    headers: bool = True
    fields: tuple[str, ...] = ()

    def unlimited(self) -> Output:
        """The same without --limit (for an answer the command has already cut)."""
        return replace(self, limit=None)


def output_options(rows: bool = True) -> Callable[[F], F]:
    """Add --format (with `rows`, also --limit, --no-headers and --fields) and pass `output`."""
    extra = [_opt("format", Fmt | None, FORMAT)]
    if rows:
        extra += [_opt("limit", int | None, LIMIT), _opt("no_headers", bool, NO_HEADERS, False),
                  _opt("fields", str | None, FIELDS)]

    def build(ctx: typer.Context, given: dict[str, Any]) -> Output:
        env = environment(ctx)
        fmt: Fmt | None = given["format"]
        chosen = fmt.value if fmt is not None else "table" if env.stdout_tty else "tsv"
        if not rows:
            return Output(chosen, env, fmt is not None)
        limit, fields = given["limit"], given["fields"]
        if limit is not None and limit < 1:
            raise UsageError(f"--limit: give a number of rows, 1 or more (not {limit})")
        if limit is not None and limit > MOST_ROWS:
            raise UsageError(f"--limit: give a number of rows up to {MOST_ROWS} (not {limit})")
        names = tuple(f.strip() for f in (fields or "").split(",") if f.strip())
        if fields is not None and not names:
            raise UsageError("--fields: give column names separated by commas, e.g. id,name")
        if twice := next((n for k, n in enumerate(names) if n in names[:k]), None):
            raise UsageError(f"--fields: {quoted(twice)} is given twice; give each column once")  # csv would repeat it
        return Output(chosen, env, fmt is not None, limit, not given["no_headers"], names)
    return _adding("output", extra, build)


def fact_base(sources: bool = False) -> Callable[[F], F]:
    """Add --facts (and with `sources`, --sources) and pass `fb`, the FactBase they name."""
    extra = [_opt("facts", Path | None, FACTS)] + ([_opt("sources", Path | None, SOURCES)] if sources else [])

    def build(ctx: typer.Context, given: dict[str, Any]) -> Any:
        from .session import open_facts

        return open_facts(ctx, given["facts"], given.get("sources"))
    return _adding("fb", extra, build)


def _resolved(param: inspect.Parameter, func: Callable[..., Any]) -> inspect.Parameter:
    """The parameter with its annotation as an object, for Typer; one naming a type imported only for
    type checking (another decorator's injected value, `fb: FactBase`) is left as written."""
    if not isinstance(param.annotation, str):
        return param
    try:
        return param.replace(annotation=eval(param.annotation, func.__globals__))
    except NameError:
        return param


def _opt(name: str, kind: Any, info: Any, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, info])


def _adding(injected: str, extra: list[inspect.Parameter],
            build: Callable[[typer.Context, dict[str, Any]], Any]) -> Callable[[F], F]:
    """A decorator: the command gets `extra` parameters in its signature (for Typer) and, in their
    place, `injected` = build(ctx, their values)."""
    def decorate(func: F) -> F:
        sig = inspect.signature(func)
        params = [_resolved(p, func) for p in sig.parameters.values() if p.name != injected]
        ctx_name = next((p.name for p in params if p.annotation is typer.Context), None)
        wanted = ctx_name is not None
        if ctx_name is None:
            ctx_name = "ctx"
            params.append(inspect.Parameter(ctx_name, inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context))
        params += extra

        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            given = {p.name: kwargs.pop(p.name) for p in extra}
            ctx = kwargs[ctx_name] if wanted else kwargs.pop(ctx_name)
            kwargs[injected] = build(ctx, given)
            return func(**kwargs)

        wrapper.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper  # type: ignore[return-value]
    return decorate


# What `-h` lists as the values of an option, read from the fact base in use when help is shown.
HELP_VALUES: dict[str, Callable[[], list[str]]] = {
    "source": lambda: complete.ids("sources")(""), "theme": lambda: complete.ids("themes")(""),
    "role": lambda: complete.vocabulary("roles")(""), "topic": lambda: complete.vocabulary("topics")("")}
