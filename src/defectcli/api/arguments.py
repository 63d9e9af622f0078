"""The Python API's arguments, held to each function's annotations before it runs, as the command line
holds its options: a value of another type is a UsageError naming the function and the argument (never
an AttributeError, KeyError or TypeError from deep inside); text holding bytes that are not UTF-8 (as
Python keeps them, lone surrogates) is read as the command line reads an argument, each such byte
U+FFFD; a path may be a str or a Path, never one holding NUL or a lone surrogate no byte stands for. What
a value means (an unknown kind, a limit of 0) is the function's own to refuse, with the message the
command line prints.
"""

from __future__ import annotations

import functools
import os
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..errors import UsageError
from ..text import shorten, valid

F = TypeVar("F", bound=Callable[..., Any])
Check = Callable[[str, Any], Any]  # (where, value) -> the value to call with, or UsageError

# Arguments named here are paths or names of files whatever their annotation (a CSL style is a name or
# a file): their bytes are kept.
PATHS = frozenset({"style", "path"})


def checked(func: F) -> F:
    """`func`, its arguments checked against its annotations (read at the first call: importing the API
    stays cheap for the command line, whose values are of the right types already)."""
    known: list[tuple[list[str], dict[str, Callable[[Any], Any]]]] = []

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        if not known:
            known.append(_checks(func))
        names, checks = known[0]
        if args:
            args = tuple(checks[n](v) if n in checks else v for n, v in zip(names, args, strict=False)) + args[len(names):]
        for name, value in kwargs.items():
            if name in checks:
                kwargs[name] = checks[name](value)
        return func(*args, **kwargs)

    return typing.cast(F, call)


def check_methods(cls: type) -> None:
    """Every public method of `cls`, and its __init__, checked as `checked` checks a function."""
    for name, value in list(vars(cls).items()):
        if callable(value) and (name == "__init__" or not name.startswith("_")):
            setattr(cls, name, checked(value))


def _checks(func: Callable[..., Any]) -> tuple[list[str], dict[str, Callable[[Any], Any]]]:
    """The names of `func`'s positional parameters, and a check of each parameter that has one, named
    in its messages as "FactBase.records: kind"."""
    import inspect

    params = list(inspect.signature(func).parameters.values())
    checks: dict[str, Callable[[Any], Any]] = {}
    for p in params:
        if p.annotation is p.empty:
            continue
        try:  # each on its own: a return type, or a parameter's, may be imported only for type checking
            hint = eval(p.annotation, {**func.__globals__, "Path": Path}) if isinstance(p.annotation, str) \
                else p.annotation
        except (NameError, AttributeError, TypeError):
            continue
        check = _check(hint, p.name in PATHS, p.name)
        if check is not None:
            checks[p.name] = functools.partial(check, f"{func.__qualname__}: {p.name}")
    return [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)], checks


def _check(hint: Any, path_named: bool, hint_name: str = "") -> Check | None:
    """A check of one argument against `hint`; None for what is not checked (a callback's own types)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(options) < len(typing.get_args(hint))
        if Path in options or os.PathLike in options:
            what = "a name or a path (a str or a Path)" if path_named and hint_name == "style" else "a path (a str or a Path)"
            return _nullable(_path(str in options, what), optional)  # a str stays one where the function takes either
        if str in options and len(options) == 2 and typing.get_origin(options[1]) in (Sequence, list, tuple):
            return _nullable(_texts, optional)  # a theme id, or several
        if len(options) != 1:
            return None
        inner = _check(options[0], path_named)
        return _nullable(inner, optional) if inner is not None else None
    if hint is Path:
        return _path(False)
    if hint is str:
        return _path(True, "a name or a path (a str)") if path_named else _text
    if hint is bool:
        return _typed(bool, "True or False")
    if hint is int:
        return _typed(int, "a whole number (an int)")
    if hint is float:
        return _number
    if hint is bytes:
        return _typed(bytes, "bytes")
    if origin in (Sequence, list, tuple) and typing.get_args(hint) in ((str,), (str, ...)):
        return _texts
    if origin is dict or hint is dict:
        return _typed(dict, "a dict")
    if isinstance(hint, type) and origin is None:  # a class of defectcli's own: a FactBase
        return _typed(hint, f"a {hint.__name__}")
    return None


def _nullable(check: Check, optional: bool) -> Check:
    if not optional:
        return check
    return lambda where, value: None if value is None else check(where, value)


def _refused(where: str, what: str, value: Any) -> UsageError:
    return UsageError(f"{where} must be {what}, not {shorten(repr(value), 60)}")


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _refused(where, "text (a str)", value)
    return valid(value)  # a str Enum too, as it is, when valid


def _texts(where: str, value: Any) -> list[str]:
    """Several texts (ids): a list or tuple of str; one str is one of them, not its letters."""
    if isinstance(value, str):
        return [_text(where, value)]
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return [_text(where, v) for v in value]
    raise _refused(where, "text or a list of text", value)


def _path(text_too: bool, what: str = "a path (a str or a Path)") -> Check:
    def check(where: str, value: Any) -> Any:
        shown = os.fspath(value) if isinstance(value, (str, os.PathLike)) else None
        if not isinstance(shown, str):
            raise _refused(where, what, value)
        if "\x00" in shown:
            raise UsageError(f"{where}: {shorten(repr(shown), 60)} holds a NUL character, which no path can")
        try:
            os.fsencode(shown)
        except UnicodeEncodeError:  # "\ud800": a lone surrogate no byte of a file name stands for
            raise UsageError(f"{where}: {shorten(ascii(shown), 60)} holds a character no file name can "
                             "(a lone surrogate)") from None
        return value if isinstance(value, str) and text_too else Path(value)
    return check


def _typed(kind: type, what: str) -> Check:
    def check(where: str, value: Any) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _refused(where, what, value)
        return value
    return check


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):  # nan, inf: the function's to refuse
        raise _refused(where, "a number", value)
    return value
