"""--install-completion, and the checks --show-completion (Typer's) is held to before Typer runs it.

Installing writes what Typer 0.28's --install-completion writes (the script, and the line in the
shell's start-up file that loads it), but through writing.py: each file is written whole under a
temporary name and renamed into place, so a full disk or Ctrl-C leaves the user's rc file as it was
(Typer rewrites it in place, and truncated it on a full disk), and an rc file in any encoding is
added to, byte for byte.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path

from ..errors import UsageError

LABEL = "--install-completion"
_POWERSHELLS = ("powershell", "pwsh")
_RC_LIMIT = 16 * 1024 * 1024  # a start-up file is a few KiB; more is not one to rewrite


def check(args: list[str]) -> str:
    """Refuse a shell named after --install-completion or --show-completion: they take none (the shell
    they run from is used), and Click, exiting in their eager callback, would pass over the word; and
    a shell it has no script for. Returns the shell."""
    option = args[0]
    if args[1:2] and not args[1].startswith("-"):
        raise SystemExit(f"{option} takes no shell name ('{args[1]}'): it works for the shell it is run from; "
                         "run it from that shell (see `defectcli -h`)")
    shell = _shell()
    if shell not in ("bash", "zsh", "fish", *_POWERSHELLS):
        raise SystemExit(f"{option}: the shell it is run from ({shell}) is not one it knows: bash, zsh, "
                         "fish or PowerShell; run it from one of those")
    return shell


def install(args: list[str]) -> None:
    """Install completion for the shell it is run from; every file held to writing.guard first."""
    from ..text import CONTROLS
    from . import emit
    from .typer028 import completion_script

    shell = check(args)
    try:
        home = str(Path.home())
    except RuntimeError:  # no HOME, and a user the system has no home for
        home = ""
    if "HOME" not in os.environ and not home:
        raise SystemExit(f"{LABEL}: HOME is not set; set it to your home directory")
    if not os.path.isabs(home):
        raise SystemExit(f"{LABEL}: HOME is not an absolute path ('{home}'); set it to your home directory")
    if not os.path.isdir(home) and not os.path.lexists(home):  # a mistyped HOME: not one to make
        raise SystemExit(f"{LABEL}: HOME ('{home}') does not exist; set it to your home directory")
    if "'" in home or "\t" in home or "\n" in home or CONTROLS.search(home):
        # The rc file's line holds HOME inside quotes, as Typer writes it.
        raise SystemExit(f"{LABEL}: HOME ('{home}') holds a single quote mark or a control character, which the shell's "
                         f"rc file would not read; {_by_hand('it')}")
    script = completion_script(shell).encode()
    files: list[tuple[Path, bytes | list[bytes]]]  # a file written whole, or lines added to a start-up file
    if shell == "bash":
        path = Path(home, ".bash_completions", "defectcli.sh")
        files = [(path, script), (Path(home, ".bashrc"), [b"source '" + os.fsencode(path) + b"'"])]
    elif shell == "zsh":
        path = Path(home, ".zfunc", "_defectcli")
        files = [(path, script), (Path(home, ".zshrc"), [b"fpath+=~/.zfunc; autoload -Uz compinit; compinit",
                                                         b"zstyle ':completion:*' menu select"])]
    elif shell == "fish":
        path = Path(home, ".config", "fish", "completions", "defectcli.fish")
        files = [(path, script + b"\n")]
    else:
        path = _profile(shell)
        files = [(path, [script])]
    for file, content in files:
        _guard(file)
        # Run as root for a user's HOME (sudo -E), new files would be root's (a start-up file's owner: _read).
        for mine in (file.parent, file) if isinstance(content, bytes) else (file.parent,):
            _own(mine)
    # Every start-up file read (and refused, if it cannot be) before anything is written.
    updates = [_added(file, content, shell == "zsh") if isinstance(content, list) else (file, content, None)
               for file, content in files]
    written: list[tuple[Path, list[Path]]] = []  # each new file written, and the directories made for it
    try:
        for file, data, mode in updates:
            if data is not None:
                new = not os.path.lexists(file)
                made = _write(file, data, mode)
                if new:
                    written.append((file, made))
    except BaseException:  # a start-up file that cannot be written (a link to /proc/self/status): no script left
        _take_back(written)
        raise
    emit.err(f"{shell} completion installed in {path}; it takes effect in a new shell"
             + (" (if PowerShell's execution policy lets your profile run: `Get-Help about_Execution_Policies`)"
                if shell in _POWERSHELLS else ""))


def _own(path: Path) -> None:
    """Refuse `path` (when it exists) if another user owns it: what is written there would be ours."""
    try:
        owner = os.stat(path).st_uid
    except OSError:
        return  # none yet (its parent is checked), or said when written
    if hasattr(os, "geteuid") and owner != os.geteuid():
        raise SystemExit(f"{LABEL}: '{path}' belongs to another user (uid {owner}); run this as that user")


def _guard(file: Path) -> None:
    from ..writing import guard

    try:
        guard(file, LABEL)
        guard(Path(os.path.realpath(file)), LABEL)  # a start-up file that is a link is written where it leads
    except UsageError as exc:
        raise SystemExit(str(exc)) from None


def _write(file: Path, content: bytes, mode: int | None) -> list[Path]:
    """`content` written whole into `file` (its missing directories made, and taken away again if the
    write fails), with permissions `mode` (the umask's when None); the directories it made."""
    from ..writing import make_dirs, remove_dirs, write_file

    made = make_dirs(file.parent, LABEL)
    try:
        write_file(file, content, LABEL, replace=True, mode=mode)
    except BaseException:
        remove_dirs(made)
        raise
    return made


def _take_back(written: list[tuple[Path, list[Path]]]) -> None:
    """Remove the new files this run wrote, and the directories it made for them."""
    from ..writing import remove_dirs

    for file, made in reversed(written):
        with contextlib.suppress(OSError):
            file.unlink()
        remove_dirs(made)


def _added(file: Path, lines: list[bytes], zsh: bool) -> tuple[Path, bytes | None, int | None]:
    """The start-up file `file` with each of `lines` it does not hold added at its end (zsh's menu style
    only where it sets no zstyle of its own, as Typer does): where to write it (a link's target: a link
    stays a link), what (None: nothing to add) and with which permissions (the file's own)."""
    target = Path(os.path.realpath(file))
    if file.is_symlink() and not target.parent.is_dir():  # its missing directories would be made anywhere it leads
        raise UsageError(f"{LABEL}: '{file}' is a link to '{target}', in a directory that does not exist; "
                         f"{_by_hand('your start-up file')}")
    old, mode = _read(target)
    missing = [line for line in lines
               if line not in old and not (zsh and line.startswith(b"zstyle") and b"zstyle" in old)]
    if not missing:
        return target, None, mode
    return target, old + (b"\n" if old and not old.endswith(b"\n") else b"") + b"".join(
        b"\n" + line + b"\n" for line in missing), mode


def _read(file: Path) -> tuple[bytes, int | None]:
    """What the start-up file holds, and its permissions; (b"", None) if there is none (a HOME that is
    no directory is said when writing)."""
    from ..writing import read_regular

    found = read_regular(file, _RC_LIMIT, f"{LABEL}: '{file}'",
                         lambda mode: f"{LABEL}: '{file}' is not a regular file; {_by_hand('your start-up file')}")
    if found is None:
        return b"", None
    data, info = found
    if len(data) > _RC_LIMIT:
        raise UsageError(f"{LABEL}: '{file}' is over 16 MiB, too large a start-up file to rewrite; "
                         f"{_by_hand('it')}")
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():  # a new file would be ours, not its owner's
        raise UsageError(f"{LABEL}: '{file}' belongs to another user (uid {info.st_uid}); run this as that user, "
                         f"or {_by_hand('it')}")
    if info.st_nlink > 1:  # a new file under this name would leave its other names as they are
        raise UsageError(f"{LABEL}: '{file}' has other names (hard links); {_by_hand('it')}")
    return data, stat.S_IMODE(info.st_mode)


def _shell() -> str:
    import shellingham  # type: ignore[import-untyped]  # as Typer finds the shell, among the parents

    try:
        return str(shellingham.detect_shell()[0])
    except shellingham.ShellDetectionFailure:
        return "none found"


def _profile(shell: str) -> Path:
    """PowerShell's profile, as Typer finds it: asked of PowerShell. One that is not there, or cannot
    say, is one line."""
    import shutil

    program = shutil.which(shell)
    if program is None:
        raise SystemExit(f"{LABEL}: PowerShell ('{shell}'), which it asks where your profile is, is "
                         f"not on PATH; {_by_hand('your profile')}")
    try:
        result = subprocess.run([program, "-NoProfile", "-Command", "echo", "$profile"], capture_output=True,
                                timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        failed = ("did not answer in 60 s" if isinstance(exc, subprocess.TimeoutExpired)
                  else f"could not be run ({exc.strerror})")
        raise SystemExit(f"{LABEL}: PowerShell ('{program}') {failed}; {_by_hand('your profile')}") from None
    path = result.stdout.decode("utf-8", "replace").strip()
    if result.returncode != 0 or not path or "\n" in path:
        raise SystemExit(f"{LABEL}: PowerShell ('{program}') did not say where your profile is "
                         f"(exit {result.returncode}); {_by_hand('your profile')}")
    return Path(path)


def _by_hand(where: str) -> str:
    return f"add the script of `defectcli --show-completion` to {where} by hand"
