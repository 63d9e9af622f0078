"""The Python API: a fact base opened once, answering with plain data what the command line answers.

    from defectcli.api import FactBase
    fb = FactBase()                            # the bundled fact base; FactBase("my-facts") for your own
    fb.person("Lin Aung")["attributes"]        # the same fields as `defectcli person "Lin Aung" -f json`
    pandas.DataFrame(fb.stats())               # every answer is plain dicts and lists

Errors are the exceptions of `defectcli.errors`: NotFound (nothing matched), UsageError (an argument
it cannot use), FactBaseError (the fact base has problems), all DefectError.
"""

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import CannotWrite, DefectError, FactBaseError, NotFound, Problem, UsageError
from .answers import Answer, Hits
from .arguments import checked
from .facts import FactBase

if TYPE_CHECKING:
    from ..texts.claims.given import MAX_BYTES as MAX_DRAFT  # the largest draft verify reads
    from .grow import Added, Draft, add_source, draft, init
    from .proof import Report

# Imported when first used: a question (FactBase) needs none of them, and every command starts here.
_LATER = {"Added": ".grow", "Draft": ".grow", "add_source": ".grow", "draft": ".grow", "init": ".grow",
          "Report": ".proof"}


def __getattr__(name: str) -> Any:
    from importlib import import_module

    if name == "MAX_DRAFT":
        from ..texts.claims.given import MAX_BYTES

        return MAX_BYTES
    if name in _LATER:
        return getattr(import_module(_LATER[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@checked
def read_text(path: str | None = None, data: bytes | None = None, name: str = "-") -> str:
    """A draft to verify, read from the file `path` or from `data` (standard input's bytes, at most
    one more than the largest draft): UTF-8 text, or a UsageError naming where it came from."""
    from pathlib import Path

    from ..texts.claims import given

    return given.from_file(Path(path)) if path is not None else given.from_bytes(data or b"", name)


@contextlib.contextmanager
def text_lines(path: str) -> Iterator[Callable[[int], bytes]]:
    """The file `path` open to be read a line at a time (`verify --each-line --file`, whose lines are
    stdin's): a readline(size) whose failure, as opening's, is one UsageError naming the file."""
    from pathlib import Path

    from ..texts.claims import given

    shown = Path(path)
    with given.opened(shown) as fh:
        yield lambda size: given.read(fh, size, shown, line=True)


__all__ = [
    "MAX_DRAFT",
    "Added",
    "Answer",
    "CannotWrite",
    "DefectError",
    "Draft",
    "FactBase",
    "FactBaseError",
    "Hits",
    "NotFound",
    "Problem",
    "Report",
    "UsageError",
    "add_source",
    "draft",
    "init",
    "read_text",
    "text_lines",
]
