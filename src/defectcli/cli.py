"""The command line: parse options, ask a query, hand the rows to render, print once.

Kept light on purpose: Rich is imported only for the progress bar of a first build, PyYAML only when
the cache must be rebuilt, and only the command asked for is built, so a warm query costs little
more than starting Typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, overload

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import EXIT_USAGE, DefectError, FactBaseError, NotFound

EXIT_CODES = """Exit codes: 0 found, 1 nothing matched, 2 usage error or unusable fact base."""


class SuggestingGroup(TyperGroup):
    """Suggest the closest command on a typo, as git and gh do."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib

            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            ctx.fail(f"No such command '{name}'.{hint}")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        # Domain errors become one line on stderr and their exit code, here at the edge, so the real
        # entry point and CliRunner tests behave alike.
        try:
            return super().invoke(ctx)
        except DefectError as exc:
            if isinstance(exc, FactBaseError):
                for p in exc.problems[:5]:
                    _err(str(p))
                if len(exc.problems) > 5:
                    _err(f"... and {len(exc.problems) - 5} more; run `defectcli check` to list them all")
            else:
                _err(str(exc))
            raise typer.Exit(exc.exit_code) from None


APP_SETTINGS: dict[str, Any] = dict(
    name="defectcli",
    cls=SuggestingGroup,
    help="Source-checked facts about defections from Myanmar's military since the 2021 coup.\n\n"
    "Every answer comes from a YAML fact base whose quotes and figures are checked verbatim "
    "against the articles they come from.\n\n" + EXIT_CODES,
    epilog="Examples:  defectcli person \"Lin Aung\"  ·  defectcli quotes --theme safety  ·  "
    "defectcli stats --format csv",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app = typer.Typer(**APP_SETTINGS)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class Stage(str, Enum):
    joining = "joining"
    defecting = "defecting"
    staying = "staying"


# ---------------------------------------------------------------- shared options, declared once


def _complete_people(incomplete: str) -> list[str]:
    return _complete(lambda ix: __import__("defectcli.queries", fromlist=["q"]).completion_names(ix, incomplete))


def _complete_ids(table: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return _complete(lambda ix: [r[0] for r in ix.conn.execute(f"SELECT id FROM {table} ORDER BY id")
                                     if r[0].startswith(incomplete)])
    return complete


def _complete(ask: Callable[[Any], list[str]]) -> list[str]:
    # Completion runs before options are parsed, so only the environment can name another fact base.
    env = os.environ.get("DEFECTCLI_FACTS")
    try:
        return ask(_open(Path(env) if env else None))
    except Exception:  # completion must never print a traceback into the user's shell
        return []


FormatOpt = Annotated[Fmt | None, typer.Option(
    "--format", "-f", help="Output format. Default: table on a terminal, tsv in a pipe.", show_default=False)]
FactsOpt = Annotated[Path | None, typer.Option(
    "--facts", envvar="DEFECTCLI_FACTS", help="Fact base directory (default: the bundled one).",
    show_default=False, file_okay=False)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", "-s", help="Only facts from this source id (see `defectcli sources`).",
    autocompletion=_complete_ids("sources"))]


def bundled_facts() -> Path:
    here = Path(__file__).resolve().parent
    inside = here / "facts"  # in an installed wheel
    return inside if inside.is_dir() else here.parent.parent / "facts"  # in a source checkout


def _open(facts: Path | None) -> Any:
    from .index import open_index

    progress = _progress_bar if sys.stderr.isatty() else None
    ix = open_index(facts or bundled_facts(), use_cache=os.environ.get("DEFECTCLI_NO_CACHE") != "1",
                    progress=progress)
    problems = ix.problems()
    if problems:
        raise FactBaseError(problems)
    return ix


def _progress_bar(total: int) -> Callable[[int, int], None]:
    from rich.progress import Progress

    bar = Progress(transient=True, console=_console(stderr=True))
    task = bar.add_task("Building the fact index", total=total)
    bar.start()

    def tick(done: int, _total: int) -> None:
        bar.update(task, completed=done)
        if done >= total:
            bar.stop()
    return tick


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, markup=False, emoji=False, highlight=False)


@overload
def _arg(value: str) -> str: ...
@overload
def _arg(value: None) -> None: ...
def _arg(value: str | None) -> str | None:
    """An argument as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which SQLite and every output would refuse) become U+FFFD."""
    if value is None or value.isascii():
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _fmt(fmt: Fmt | None) -> str:
    if fmt is not None:
        return fmt.value
    return "table" if sys.stdout.isatty() else "tsv"


def _term() -> dict[str, Any]:
    """Width and styling for tables: bold only on a terminal, and never with NO_COLOR or TERM=dumb."""
    import shutil

    style = sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    return {"total": max(20, shutil.get_terminal_size((100, 24)).columns), "style": style}


def _print(text: str, is_json: bool = False) -> None:
    encoding = sys.stdout.encoding or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        # An ASCII (or other narrow) locale. JSON gets JSON escapes, so it still parses to the same
        # data; other text gets ASCII rules and bars, and Python escapes for the rest.
        if is_json:
            import json

            # Non-ASCII characters only occur inside JSON strings; json's own escapes (\uXXXX, and
            # surrogate pairs beyond the BMP) keep the document valid and equal.
            text = "".join(c if c.isascii() else json.dumps(c)[1:-1] for c in text)
        else:
            text = text.translate(_ASCII).encode(encoding, "backslashreplace").decode(encoding)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `| head -1`: the reader has what it wanted. Stop quietly, as if done.
        _silence(sys.stdout)
        raise typer.Exit(0) from None


_ASCII = str.maketrans({"─": "-", "█": "#", "▏": "", "▎": "", "▍": "", "▌": "", "▋": "", "▊": "", "▉": "",
                        "–": "-", "…": "..."})


def _emit_list(rows: list[dict[str, Any]], fmt: str, columns: Sequence[Any], title: str,
               empty: str, extra: Callable[[], str] | None = None) -> None:
    from . import render

    if fmt == "table":
        if rows:
            _print(render.table(rows, columns, title, **_term()) + (extra() if extra else ""))
    else:
        _print(render.flat(rows, columns, fmt), is_json=fmt in ("json", "jsonl"))
    if not rows:
        raise NotFound(empty)


def _cols(*spec: tuple[str, str] | tuple[str, str, Callable[[dict[str, Any]], Any]]) -> list[Any]:
    from .render import Column

    return [Column(*s) for s in spec]


# ---------------------------------------------------------------- commands


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"defectcli {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", "-V", help="Show the version and exit.",
                                          callback=_version, is_eager=True)] = False,
) -> None:
    """Source-checked facts about defections from Myanmar's military since the 2021 coup."""


@app.command()
def person(
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or title form: \"Capt Zay Thu Aung\".",
                                        autocompletion=_complete_people)],
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """One person's profile: attributes, quotes, motivations and figures, each with its source.

    Names match ignoring case, accents, apostrophe style, extra spaces, titles and ranks.

    Example: defectcli person "Lin Aung"  ·  defectcli person "captain zay thu aung" -f json
    """
    from . import queries

    row = queries.person(_open(facts), _arg(name))
    fmt = _fmt(format)
    if fmt == "table":
        from .views import person_view

        _print(person_view(row, **_term()))
        return
    from . import render

    if fmt in ("json", "jsonl"):
        _print(render.to_json(row) if fmt == "json" else render.to_jsonl([row]), is_json=True)
        return
    # csv/tsv: one row per attribute, the flat part of a profile.
    rows = [{"person": row["id"], "name": row["name"], **a} for a in row["attributes"]]
    _print(render.flat(rows, _cols(("person", "Person"), ("name", "Name"), ("field", "Field"), ("value", "Value"),
                                   ("value_max", "Max"), ("unit", "Unit"), ("source", "Source"),
                                   ("excerpt", "Excerpt")), fmt))


@app.command()
def people(
    source: SourceOpt = None,
    role: Annotated[str | None, typer.Option("--role", "-r", help="defector, interviewee, writer, translator, "
                                                "relative, serving_soldier, mentioned.")] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Everyone the articles name, quote or describe.

    Example: defectcli people --role defector  ·  defectcli people --source s2 -f json
    """
    from . import queries

    rows = queries.people(_open(facts), _arg(source), _arg(role))
    _emit_list(rows, _fmt(format), _cols(
        ("id", "ID"), ("name", "Name"), ("name_status", "Name status"), ("roles", "Roles"), ("sources", "Sources")),
        "People", "no people match")


@app.command()
def stats(
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="defections, conscription, interviews, "
                                                 "motivations, living, migration, support, operations.")] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Every figure: value, unit, what it counts, who states it and where.

    On a terminal, totals with a breakdown are drawn as bars.

    Example: defectcli stats --topic defections  ·  defectcli stats -f csv > figures.csv
    """
    from . import queries, render

    rows = queries.stats(_open(facts), _arg(topic), _arg(source))
    columns = _cols(("id", "ID"), ("value", "Value", render.figure_value), ("unit", "Unit"), ("counts", "Counts"),
                    ("stated_by", "Stated by", lambda f: f["stated_by_name"] or "the article"),
                    ("source", "Source"))
    if _fmt(format) != "table":
        columns = _cols(("id", "ID"), ("value", "Value"), ("value_max", "Max"), ("comparator", "Comparator"),
                        ("unit", "Unit"), ("counts", "Counts"), ("topic", "Topic"), ("stated_by", "Stated by"),
                        ("source", "Source"), ("excerpt", "Excerpt"))

    def bars() -> str:
        from .views import breakdowns

        return breakdowns(rows, **_term())
    _emit_list(rows, _fmt(format), columns, "Figures", "no figures match", bars)


@app.command()
def quotes(
    theme: Annotated[list[str] | None, typer.Option("--theme", "-t", help="Only quotes with this theme; repeat "
                                                       "for all of several.", autocompletion=_complete_ids("themes"))]
    = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotes by this person.",
                                                   autocompletion=_complete_people)] = None,
    search: Annotated[str | None, typer.Option("--search", "-q", help="Only quotes containing this text "
                                                  "(ignores case, accents and apostrophe style).")] = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Direct quotations, verbatim, with speaker, themes and source line.

    Example: defectcli quotes --theme safety  ·  defectcli quotes --speaker "Lin Aung" --search "don't"
    """
    from . import queries

    rows = queries.quotes(_open(facts), [_arg(t) for t in theme] if theme else None, _arg(speaker), _arg(search),
                          _arg(source))
    _emit_list(rows, _fmt(format), _cols(
        ("id", "ID"), ("speaker_name", "Speaker"), ("text", "Quote"), ("themes", "Themes"),
        ("source", "Source", lambda q: f"{q['source']}:{q['line']}")), "Quotes", "no quotes match")


@app.command()
def themes(format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """The theme vocabulary for quotes, with how many quotes carry each.

    Example: defectcli themes  ·  defectcli themes -f json | jq '.[].id'
    """
    from . import queries

    rows = queries.themes(_open(facts))
    _emit_list(rows, _fmt(format), _cols(("id", "Theme"), ("quotes", "Quotes"), ("description", "Description")),
               "Themes", "no themes")


@app.command()
def motivations(
    stage: Annotated[Stage | None, typer.Option("--stage", help="joining, defecting, or staying "
                                                   "(what holds soldiers back).")] = None,
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Reasons for joining, for defecting and for staying, with who gives each.

    Example: defectcli motivations --stage defecting
    """
    from . import queries

    rows = queries.motivations(_open(facts), stage.value if stage else None)
    _emit_list(rows, _fmt(format), _cols(
        ("stage", "Stage"), ("reason", "Reason"), ("people_count", "People"), ("people", "Who"),
        ("groups", "Groups"), ("id", "ID"), ("sources", "Sources")), "Motivations", "no motivations match")


@app.command()
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words or a phrase; case, accents and apostrophes are ignored.")],
    format: FormatOpt = None,
    facts: FactsOpt = None,
) -> None:
    """Everything that mentions TEXT: people, figures, quotes, motivations, events, ..., best first.

    Example: defectcli search "conscription"  ·  defectcli search "don't regret" -f json
    """
    from . import queries

    rows = queries.search(_open(facts), _arg(text))
    _emit_list(rows, _fmt(format), _cols(("kind", "Kind"), ("id", "ID"), ("title", "Title"), ("sources", "Sources"),
                                         ("score", "Score")), f"Search: {text}", f"nothing mentions '{text}'")


@app.command()
def sources(format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """The articles the facts come from, with dates (stated or inferred) and SHA-256.

    Example: defectcli sources -f json | jq '.[].sha256'
    """
    from . import queries

    rows = queries.sources(_open(facts))
    _emit_list(rows, _fmt(format), _cols(
        ("id", "ID"), ("headings", "Headings"), ("author_names", "Authors"), ("contributor_names", "Contributors"),
        ("date", "Date", lambda s: f"{s['date']['value'] or '?'} ({s['date']['basis']})"), ("sha256", "SHA-256")),
        "Sources", "no sources")


@app.command()
def timeline(format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Events in date order, each date marked stated or inferred; undated events last.

    Example: defectcli timeline
    """
    from . import queries

    rows = queries.timeline(_open(facts))
    _emit_list(rows, _fmt(format), _cols(
        ("date", "Date", lambda e: e["date"]["value"] or "undated"),
        ("precision", "Precision", lambda e: e["date"]["precision"]),
        ("basis", "Basis", lambda e: e["date"]["basis"]), ("name", "Event"), ("kind", "Kind"), ("id", "ID"),
        ("sources", "Sources")), "Timeline", "no events")


@app.command()
def conflicts(format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Where the sources disagree, contradict themselves or err, with both sides cited.

    Example: defectcli conflicts  ·  defectcli conflicts -f json | jq '.[] | select(.kind=="error")'
    """
    from . import queries

    rows = queries.conflicts(_open(facts))
    _emit_list(rows, _fmt(format), _cols(
        ("id", "ID"), ("kind", "Kind"), ("topic", "Topic"), ("summary", "Summary"),
        ("claims", "Claims", lambda c: [f"{x['source']} ({x['rating']}): {x['excerpt']}" for x in c["claims"]])),
        "Conflicts", "no conflicts")


@app.command()
def orgs(format: FormatOpt = None, facts: FactsOpt = None) -> None:
    """Organisations the articles name, with aliases and sources.

    Example: defectcli orgs -f csv
    """
    from . import queries

    rows = queries.organisations(_open(facts))
    _emit_list(rows, _fmt(format), _cols(("id", "ID"), ("name", "Name"), ("kind", "Kind"), ("aliases", "Aliases"),
                                         ("sources", "Sources")), "Organisations", "no organisations")


class ExportTo(str, Enum):
    sqlite = "sqlite"
    json = "json"
    csv = "csv"


@app.command()
def export(
    path: Annotated[Path, typer.Argument(metavar="PATH", help="File to write (sqlite, json) or directory (csv).")],
    to: Annotated[ExportTo, typer.Option("--to", help="sqlite: a table per kind, linked, searchable, with its "
                                         "Datasette metadata; json: one document; csv: one file per table in PATH.")],
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
    facts: FactsOpt = None,
) -> None:
    """Write the whole fact base for other tools. Never overwrites without --force.

    sqlite also writes the Datasette metadata beside PATH (facts.db: facts.metadata.json).

    Example: defectcli export --to sqlite facts.db && datasette facts.db -m facts.metadata.json
    """
    from .export import export as run_export

    run_export(_open(facts), to.value, path, force)
    _err(f"wrote {path}")


@app.command()
def serve(
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on (0: any free one).")]
    = 8001,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 is this machine only.")]
    = "127.0.0.1",
    facts: FactsOpt = None,
) -> None:
    """Browse the fact base in a web browser: Datasette on a fresh export, until Ctrl-C.

    Needs the web extra: pip install 'defectcli[web]'.

    Example: defectcli serve  ·  defectcli serve --port 8080
    """
    from . import queries
    from .store import web

    web.require()
    ix = _open(facts)
    web.serve(lambda kind: queries.records(ix, kind), _arg(host), port, _err)


@app.command()
def check(
    sources_dir: Annotated[Path | None, typer.Option(
        "--sources", help="Directory holding the article texts; each is found by its SHA-256.",
        file_okay=False)] = None,
    facts: FactsOpt = None,
) -> None:
    """Validate the fact base; with --sources, prove every quote, excerpt and figure verbatim.

    Prints each problem as file:line: message. Exit 0 when it holds, 2 when it does not.

    Example: defectcli check --sources ../shared/seeds
    """
    from . import loader, validate
    from .render import safe

    directory = facts or bundled_facts()
    fb, problems = loader.load(directory)
    problems += validate.validate(fb)
    if sources_dir is not None:
        if not sources_dir.is_dir():
            raise typer.BadParameter(f"directory '{sources_dir}' does not exist", param_hint="--sources")
        texts, found = validate.find_sources(fb, sources_dir)
        problems += found + validate.check_provenance(fb, texts)
    for p in problems:
        sys.stdout.write(safe(str(p)) + "\n")
    counts = validate.counts(fb)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    checked = " and checked against their sources" if sources_dir is not None else ""
    if problems:
        _err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {directory}")
        raise typer.Exit(EXIT_USAGE)
    _err(f"ok: {summary}{checked}")


# ---------------------------------------------------------------- the edge


def _err(message: str) -> None:
    from .render import safe

    # One line, whatever the message quotes back: a newline in a name must not start a second one.
    line = safe(message).replace("\n", "\\n")
    sys.stderr.write(f"defectcli: {line}\n")


def main(argv: list[str] | None = None) -> None:
    """Entry point for the `defectcli` script and `python -m defectcli`."""
    code: int | str | None = 0
    try:
        app_for(sys.argv[1:] if argv is None else argv)(args=argv, prog_name="defectcli")
    except KeyboardInterrupt:
        code = 130
    except SystemExit as exc:
        code = exc.code
    _flush_quietly()
    if isinstance(code, str):
        _err(code)
        code = EXIT_USAGE
    if argv is None:
        # The answer is written and flushed, and every write to the cache is committed. Tearing down
        # the interpreter (freeing modules one by one) would add ~15 ms, a sixth of a lookup.
        os._exit(code or 0)
    sys.exit(code)


def app_for(args: Sequence[str]) -> typer.Typer:
    """The app with only the command `args` names, or the whole app when they name none.

    Typer turns every registered command into a click command on each run, which costs about 1 ms
    per command; a lookup needs just one. Help, typos and completion still see every command.
    """
    name = args[0] if args else ""
    chosen = [c for c in app.registered_commands
              if c.callback is not None and (c.name or c.callback.__name__.replace("_", "-")) == name]
    if not chosen:
        return app
    one = typer.Typer(**APP_SETTINGS)
    one.registered_callback = app.registered_callback
    one.registered_commands = chosen
    return one


def _flush_quietly() -> None:
    # `defectcli ... | head -1`: the reader left; say nothing and exit as if done.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            _silence(stream)


def _silence(stream: Any) -> None:
    """Point a stream whose reader has gone at /dev/null, so nothing more can fail on it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's buffer): nothing to do
        pass
