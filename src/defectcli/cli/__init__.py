"""The command line: parse arguments, ask the core (defectcli.api) one question, hand the answer to
output. Each command is a module of commands/, registered in registry.py; `app` is the whole app
(for tests and tools), built on first use; `main` builds only what a run needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .run import main

if TYPE_CHECKING:
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


__all__ = ["app", "main"]
