"""The Typer app and its edge: domain errors become one line on stderr and an exit code here."""

from __future__ import annotations

import inspect
import os
import re
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from ..errors import DefectError, ExitStatus, FactBaseError
from ..interrupts import finishing
from ..text import quoted, shorten, suggest
from .emit import err
from .typer028 import ClickUsageError, NoArgsIsHelpError, NoSuchOption

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CODES = ("Exit codes: 0 found, 1 nothing matched, 2 usage error or unusable fact base, 69 a page could not "
              "be fetched (sources fetch), 74 output could not be written, 130 interrupted.")


class SuggestingGroup(TyperGroup):
    """Suggest the closest command on a typo, as git and gh do; every usage error is one line."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            hint = suggest(name, self.list_commands(ctx), " Did you mean '{}'?")
            ctx.fail(f"No such command {quoted(name)}.{hint}")
        return super().resolve_command(ctx, args)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        # The group's own options are parsed here (`defectcli --bogus`), before invoke.
        try:
            return super().make_context(info_name, args, parent, **extra)
        except ClickUsageError as exc:
            raise _usage_line(exc) from None

    def invoke(self, ctx: Any) -> Any:
        # Here, at the edge, so the real entry point and CliRunner tests behave alike.
        try:
            with finishing():  # a command that has put its result in place ends as done, Ctrl-C or not
                return super().invoke(ctx)
        except ClickUsageError as exc:  # a command's arguments, parsed inside the group's invoke
            raise _usage_line(exc) from None
        except KeyboardInterrupt:
            err("interrupted")
            raise typer.Exit(ExitStatus.INTERRUPTED) from None
        except DefectError as exc:
            if isinstance(exc, FactBaseError):
                for p in exc.problems[:5]:
                    err(str(p))
                if len(exc.problems) > 5:
                    err(f"... and {len(exc.problems) - 5} more; run `defectcli check` to list them all")
            else:
                err(str(exc))
            raise typer.Exit(exc.exit_code) from None


    def _main_shell_completion(self, ctx_args: Any, prog_name: str, complete_var: str | None = None) -> None:
        # Typer registers its own shell classes while it builds the app; ours replace them here, just before use.
        if os.environ.get(complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()):
            from .complete import use_quoting_shells

            use_quoting_shells()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    # The order help lists the commands in (registry.py sets it); Typer lists groups, `sources`, last.
    order: tuple[str, ...] = ()

    def list_commands(self, ctx: Any) -> list[str]:
        listed = super().list_commands(ctx)
        return sorted(listed, key=lambda name: self.order.index(name) if name in self.order else len(self.order))

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """Each command's summary whole (Click cuts them at the first 45 characters or so)."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, " ".join(inspect.cleandoc(cmd.help or "").split("\n\n")[0].split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _usage_line(exc: Any) -> typer.Exit:
    """Click's usage error as one line (Click prints usage, a hint and the error on four), with the
    closest valid value for an unknown choice, and where to look."""
    if isinstance(exc, NoArgsIsHelpError):  # `defectcli` alone: the help, then exit 2, as Click does
        exc.show()
        return typer.Exit(exc.exit_code)
    message = exc.format_message().rstrip(".")
    if isinstance(exc, NoSuchOption):  # Click's "(Possible options: ...)", as every did-you-mean here reads
        close = exc.possibilities or []
        message = f"No such option: {exc.option_name}" + ("; did you mean " + " or ".join(close[:3]) + "?"
                                                         if close else _after_the_command(exc))
    choices: Any = getattr(getattr(getattr(exc, "param", None), "type", None), "choices", None)
    given = re.match(r"'(.*)' is not one of ", getattr(exc, "message", ""), re.DOTALL)
    if given and choices:
        message = message.replace(f"'{given.group(1)}'", quoted(given.group(1)), 1)
        message += suggest(given.group(1), [str(c) for c in choices], "; did you mean '{}'?")
    extra = re.match(r"(Got unexpected extra argument\(s\) )\((.*)\)$", message, re.DOTALL)
    if extra:  # the words as typed, shortened as any value quoted back
        message = f"{extra.group(1)}({shorten(extra.group(2), 80)})"
    # A value Click quotes back ("'999…' is not a valid int range"), shortened as every message here quotes one
    message = re.sub(r"'([^']{81,})'", lambda m: quoted(m.group(1)), message)
    path = exc.ctx.command_path if exc.ctx is not None else "defectcli"
    err(f"{message} (see `{path} -h`)")
    return typer.Exit(exc.exit_code)


def _after_the_command(exc: Any) -> str:
    """Where an option some command takes goes, when it was given before the command's name."""
    ctx = exc.ctx
    commands = getattr(ctx.command, "commands", {}) if ctx is not None and ctx.parent is None else {}
    if any(exc.option_name in (*p.opts, *p.secondary_opts) for c in commands.values() for p in c.params):
        return f" before a command; give it after the command's name: `defectcli COMMAND {exc.option_name} ...`"
    return ""


class Command(TyperCommand):
    """Help that reads well: `NAME`, not `{NAME}`, in the usage line, and the values an option takes
    (source and theme ids, roles, topics) listed from the fact base in use."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.make_metavar(ctx)
                pieces.append(name if param.required else f"[{name}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta["defectcli.args"] = list(args)  # for help, which is shown before --facts is read
        return list(super().parse_args(ctx, args))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from .options import HELP_VALUES

        # The values of the fact base the command line names (`stats --facts DIR -h`), as completion
        # reads them from DEFECTCLI_FACTS.
        args = ctx.meta.get("defectcli.args", [])
        given = []
        for i, arg in enumerate(args):
            name, eq, value = arg.partition("=")
            if name == "--facts" and (eq or i + 1 < len(args)):
                given.append(value if eq else args[i + 1])
        before = os.environ.get("DEFECTCLI_FACTS")
        if given and given[-1]:
            os.environ["DEFECTCLI_FACTS"] = given[-1]
        try:
            for param in self.params:
                values = HELP_VALUES.get(param.name or "")
                if values is not None and isinstance(param, typer.core.TyperOption) and param.help \
                        and "One of:" not in param.help:
                    found = values()
                    if found:
                        shown = ", ".join(found[:20]) + (f", … ({len(found)} in all)" if len(found) > 20 else "")
                        param.help += f" One of: {shown}."
        finally:
            if before is None:
                os.environ.pop("DEFECTCLI_FACTS", None)
            else:
                os.environ["DEFECTCLI_FACTS"] = before
        super().format_help(ctx, formatter)


APP_SETTINGS: dict[str, Any] = dict(
    name="defectcli",
    cls=SuggestingGroup,
    help="Source-checked facts about defections from Myanmar's military since the 2021 coup.\n\n"
    "Every answer comes from a YAML fact base whose quotes and figures are checked verbatim "
    "against the articles they come from.\n\n" + EXIT_CODES,
    epilog="\b\nExamples:\n  defectcli person \"Lin Aung\"\n  defectcli quotes --theme safety\n"
    "  defectcli stats --format csv\n  defectcli help quotes",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def new_app(group: type[SuggestingGroup] = SuggestingGroup) -> typer.Typer:
    """The app with no command yet (registry.py adds them)."""
    app = typer.Typer(**{**APP_SETTINGS, "cls": group})
    app.callback()(main_callback)
    return app


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        sys.stdout.write(f"defectcli {__version__}\n")
        raise typer.Exit()


def main_callback(
    version: bool = typer.Option(False, "--version", "-V", help="Show the version and exit.", callback=_version,
                                 is_eager=True),
) -> None:
    """Source-checked facts about defections from Myanmar's military since the 2021 coup."""
