"""The command line: parse arguments, ask the core one question, hand the answer to output.

Importing the command modules registers their commands on the app, in the order help lists them:
looking up, checking a text, listing, looking after a fact base, growing it, citing, help.
"""

from . import lookup  # noqa: F401  (person and search come first in help)

# isort: split
from . import verify  # noqa: F401

# isort: split
from . import show  # noqa: F401

# isort: split
from . import lists  # noqa: F401

# isort: split
from . import manage  # noqa: F401

# isort: split
from . import grow  # noqa: F401

# isort: split
from . import cite  # noqa: F401

# isort: split
from . import helpcmd  # noqa: F401  (help comes last)
from .app import app, main

__all__ = ["app", "main"]
