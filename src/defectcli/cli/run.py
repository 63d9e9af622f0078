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


# What --install-completion (Typer's) writes, under HOME, for bash, zsh and fish.
_SHELL_FILES = (".bashrc", ".bash_completions/defectcli.sh", ".zshrc", ".zfunc/_defectcli",
                ".config/fish/completions/defectcli.fish")


def _completion_checks(args: list[str]) -> None:
    """Refuse a shell named after --install-completion or --show-completion: they take none (the shell
    they run from is used), and Click, exiting in their eager callback, would pass over the word. And
    hold --install-completion's files to the guard every write is held to (writing.guard)."""
    for option in ("--install-completion", "--show-completion"):
        if option in args[:1] and args[1:2] and not args[1].startswith("-"):
            raise SystemExit(f"{option} takes no shell name ('{args[1]}'): it works for the shell it is run from; "
                             "run it from that shell (see `defectcli -h`)")
        if option in args[:1]:
            import shellingham  # type: ignore[import-untyped]  # as Typer finds the shell, among the parents

            try:
                shell = shellingham.detect_shell()[0]
            except shellingham.ShellDetectionFailure:
                shell = "none found"
            if shell not in ("bash", "zsh", "fish", "powershell", "pwsh"):
                raise SystemExit(f"{option}: the shell it is run from ({shell}) is not one it knows: bash, zsh, "
                                 "fish or PowerShell; run it from one of those")
    if args[:1] == ["--install-completion"]:
        from pathlib import Path

        from ..errors import UsageError
        from ..text import CONTROLS
        from ..writing import guard

        home = str(Path.home())
        if "'" in home or "\t" in home or "\n" in home or CONTROLS.search(home):
            # Typer writes HOME unescaped inside the rc file's quotes and echoes it raw.
            raise SystemExit(f"--install-completion: HOME ('{home}') holds a quote mark or a control character, which "
                             "the shell's rc file would not read; add the script of `defectcli --show-completion` "
                             "to it by hand")
        try:
            for name in _SHELL_FILES:
                guard(Path(home) / name, "--install-completion")
        except UsageError as exc:
            raise SystemExit(str(exc)) from None


def main(argv: list[str] | None = None) -> None:
    """A run: see defectcli.cli.main, which turns the collector off for start-up first."""
    guard_standard_streams()
    code: int | str | None = 0
    args = sys.argv[1:] if argv is None else argv
    try:
        _completion_checks(args)
        app = registry.for_args(args)
        settle()
        app(args=argv, prog_name="defectcli")
    except KeyboardInterrupt:  # outside a command (a command's own Ctrl-C is handled in invoke)
        err("interrupted")
        code = ExitStatus.INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:
        # Click writing help, the version or a completion script to a stdout that cannot take it, or
        # --install-completion writing the shell's files: every other write goes through
        # emit.out or writing.py, and every read reports its own errors.
        installing = args[:1] == ["--install-completion"]
        if not installing and exc.errno not in WRITE_ERRORS:
            raise
        if not installing:
            err(stdout_failed(exc))
        else:  # Typer's write_text names no file on a full disk
            err(f"cannot write '{exc.filename}' ({exc.strerror})" if exc.filename is not None else
                f"--install-completion: cannot write the shell's files under HOME ({exc.strerror})")
        code = ExitStatus.CANNOT_WRITE if exc.errno in WRITE_ERRORS else ExitStatus.USAGE
    if isinstance(code, str):
        err(code)
        code = ExitStatus.USAGE
    code = finish(int(code or 0))
    # The answer is out and every file closed: what is left, the system frees at exit. Python's last
    # collection over what the command built (Rich, for a table) is skipped too.
    gc.freeze()
    sys.exit(code)
