"""A run of defectcli: the app its arguments need, run, and its exit code, whatever happened."""

from __future__ import annotations

import errno
import gc
import sys

from ..errors import ExitStatus
from . import registry
from .emit import err, finish, guard_standard_streams, stdout_failed

WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


def settle() -> None:
    """What start-up built is left out of every collection from here on, the one at exit included,
    and the collector runs for what the command allocates (a server or a batch may run long)."""
    gc.freeze()
    gc.enable()


def _no_shell_named(args: list[str]) -> None:
    """Refuse a shell named after --install-completion or --show-completion: they take none (the shell
    they run from is used), and Click, exiting in their eager callback, would pass over the word."""
    for option in ("--install-completion", "--show-completion"):
        if option in args[:1] and args[1:2] and not args[1].startswith("-"):
            raise SystemExit(f"{option} takes no shell name ('{args[1]}'): it works for the shell it is run from; "
                             "run it from that shell (see `defectcli -h`)")


def main(argv: list[str] | None = None) -> None:
    """A run: see defectcli.cli.main, which turns the collector off for start-up first."""
    guard_standard_streams()
    code: int | str | None = 0
    try:
        _no_shell_named(sys.argv[1:] if argv is None else argv)
        app = registry.for_args(sys.argv[1:] if argv is None else argv)
        settle()
        app(args=argv, prog_name="defectcli")
    except KeyboardInterrupt:  # outside a command (a command's own Ctrl-C is handled in invoke)
        err("interrupted")
        code = ExitStatus.INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:
        # Click writing help, the version or a completion script to a stdout that cannot take it, or
        # --install-completion writing the shell's files (named): every other write goes through
        # emit.out or writing.py, and every read reports its own errors.
        if exc.filename is None and exc.errno not in WRITE_ERRORS:
            raise
        err(stdout_failed(exc) if exc.filename is None else f"cannot write '{exc.filename}' ({exc.strerror})")
        code = ExitStatus.CANNOT_WRITE if exc.errno in WRITE_ERRORS else ExitStatus.USAGE
    if isinstance(code, str):
        err(code)
        code = ExitStatus.USAGE
    code = finish(int(code or 0))
    # The answer is out and every file closed: what is left, the system frees at exit. Python's last
    # collection over what the command built (Rich, for a table) is skipped too.
    gc.freeze()
    sys.exit(code)
