"""The command line: parse arguments, ask the core (defectcli.api) one question, hand the answer to
output. Each command is a module of commands/, registered in registry.py; `app` is the whole app
(for tests and tools), built on first use; `main` builds only what a run needs."""

from __future__ import annotations

# Not `typing.TYPE_CHECKING`: importing typing here (10 ms, with re) would come before main's handling
# of Ctrl-C, where a Ctrl-C is a traceback; mypy reads any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    import typer

    app: typer.Typer

_built: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if "app" not in _built:
        from .registry import build

        _built["app"] = build()
    return _built["app"]


def main(argv: list[str] | None = None) -> None:
    """Entry point for the `defectcli` script and `python -m defectcli`."""
    import gc

    # Start-up builds a few hundred thousand objects (Typer, Click, the command) and none of them is
    # garbage: the cyclic collector, left on, would walk them again and again. It stays off until
    # they are built (run.settle), and is on for the command itself.
    gc.disable()
    try:
        from .run import main as run  # Typer and Click: a Ctrl-C often lands here, before run's own handling

        run(argv)
    except KeyboardInterrupt:
        _interrupted()


def _interrupted() -> None:
    """Ctrl-C outside the command's own handling: one line and exit 130, as inside it, never a traceback."""
    import sys

    from ..errors import ExitStatus

    if sys.stderr is not None:
        try:
            sys.stderr.write("defectcli: interrupted\n")
            sys.stderr.flush()
        except OSError:
            pass
    sys.exit(ExitStatus.INTERRUPTED)


__all__ = ["app", "main"]
