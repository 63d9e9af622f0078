"""A run of defectcli: the app its arguments need, run, and its exit code, whatever happened."""

from __future__ import annotations

import errno
import gc
import sys

from ..errors import ExitStatus
from . import registry
from .emit import err, finish, guard_standard_streams, stdout_failed

WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


def main(argv: list[str] | None = None) -> None:
    """Entry point for the `defectcli` script and `python -m defectcli`."""
    guard_standard_streams()
    code: int | str | None = 0
    try:
        registry.for_args(sys.argv[1:] if argv is None else argv)(args=argv, prog_name="defectcli")
    except KeyboardInterrupt:  # outside a command (a command's own Ctrl-C is handled in invoke)
        err("interrupted")
        code = ExitStatus.INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:
        # Click writing help, the version or a completion script to a stdout that cannot take it: every
        # other write goes through emit.out, and every read reports its own errors.
        if exc.errno not in WRITE_ERRORS:
            raise
        err(stdout_failed(exc))
        code = ExitStatus.CANNOT_WRITE
    if isinstance(code, str):
        err(code)
        code = ExitStatus.USAGE
    code = finish(int(code or 0))
    # The answer is out and every file closed: what is left, the system frees at exit. Python's last
    # collections over it would cost a warm lookup about 15 ms (bench/run.py measures it).
    gc.freeze()
    sys.exit(code)
