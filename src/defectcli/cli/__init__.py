"""The command line: parse arguments, ask the core one question, hand the answer to output.

Importing the command modules registers their commands on the app, in the order help lists them.
"""

from . import lookup  # noqa: F401  (person and search come first in help)

# isort: split
from . import cite, grow, lists, manage, show  # noqa: F401

# isort: split
from . import helpcmd  # noqa: F401  (help comes last)
from .app import app, main

__all__ = ["app", "main"]
