"""A run of defectcli: the app its arguments need, run, and its exit code, whatever happened."""

from __future__ import annotations

import contextlib
import errno
import gc
import signal
import sys

from ..errors import DefectError, ExitStatus
from . import registry
from .emit import err, finish, guard_standard_streams, stdout_failed

WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


def settle() -> None:
    """What start-up built is left out of every collection from here on, the one at exit included,
    and the collector runs for what the command allocates (a server or a batch may run long)."""
    gc.freeze()
    gc.enable()


def main(argv: list[str] | None = None) -> None:
    """A run: see defectcli.cli.main, which turns the collector off for start-up first."""
    guard_standard_streams()
    code: int | str | None = 0
    args = sys.argv[1:] if argv is None else argv
    try:
        if args[:1] == ["--install-completion"]:
            from . import install

            install.install(args)
        else:
            if args[:1] == ["--show-completion"]:
                from . import install

                install.check(args)
            app = registry.for_args(args)
            settle()
            app(args=argv, prog_name="defectcli")
    except KeyboardInterrupt:  # outside a command (a command's own Ctrl-C is handled in invoke)
        err("interrupted")
        code = ExitStatus.INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    except DefectError as exc:  # --install-completion's (a command's own are turned into codes in invoke)
        err(str(exc))
        code = exc.exit_code
    except OSError as exc:
        # Click writing help, the version or a completion script to a stdout that cannot take it: every
        # other write goes through emit.out or writing.py, and every read reports its own errors.
        if exc.errno not in WRITE_ERRORS:
            raise
        err(stdout_failed(exc))
        code = ExitStatus.CANNOT_WRITE
    if isinstance(code, str):
        err(code)
        code = ExitStatus.USAGE
    with contextlib.suppress(ValueError):  # not the main thread
        # The run is over, its result in place or its error said: a Ctrl-C now would only kill the exit itself
        # (signal 2, after "wrote …"), and there is nothing left to stop.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    code = finish(int(code or 0))
    # The answer is out and every file closed: what is left, the system frees at exit. Python's last
    # collection over what the command built (Rich, for a table) is skipped too.
    gc.freeze()
    sys.exit(code)
