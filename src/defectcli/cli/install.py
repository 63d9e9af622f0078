"""What --install-completion and --show-completion (Typer's) are held to before Typer runs them."""

from __future__ import annotations

import subprocess
from pathlib import Path

# What --install-completion writes, under HOME, for bash, zsh and fish.
_SHELL_FILES = (".bashrc", ".bash_completions/defectcli.sh", ".zshrc", ".zfunc/_defectcli",
                ".config/fish/completions/defectcli.fish")
_POWERSHELLS = ("powershell", "pwsh")


def check(args: list[str]) -> None:
    """Refuse a shell named after --install-completion or --show-completion: they take none (the shell
    they run from is used), and Click, exiting in their eager callback, would pass over the word. And
    hold --install-completion's files to the guard every write is held to (writing.guard)."""
    for option in ("--install-completion", "--show-completion"):
        if option in args[:1] and args[1:2] and not args[1].startswith("-"):
            raise SystemExit(f"{option} takes no shell name ('{args[1]}'): it works for the shell it is run from; "
                             "run it from that shell (see `defectcli -h`)")
        if option in args[:1]:
            shell = _shell()
            if shell not in ("bash", "zsh", "fish", *_POWERSHELLS):
                raise SystemExit(f"{option}: the shell it is run from ({shell}) is not one it knows: bash, zsh, "
                                 "fish or PowerShell; run it from one of those")
    if args[:1] == ["--install-completion"]:
        from ..errors import UsageError
        from ..text import CONTROLS
        from ..writing import guard

        home = str(Path.home())
        if "'" in home or "\t" in home or "\n" in home or CONTROLS.search(home):
            # Typer writes HOME unescaped inside the rc file's quotes and echoes it raw.
            raise SystemExit(f"--install-completion: HOME ('{home}') holds a quote mark or a control character, which "
                             f"the shell's rc file would not read; {_by_hand('it')}")
        shell = _shell()
        files = [Path(home) / name for name in _SHELL_FILES] if shell not in _POWERSHELLS else [_profile(shell)]
        try:
            for file in files:
                guard(file, "--install-completion")
        except UsageError as exc:
            raise SystemExit(str(exc)) from None


def _shell() -> str:
    import shellingham  # type: ignore[import-untyped]  # as Typer finds the shell, among the parents

    try:
        return str(shellingham.detect_shell()[0])
    except shellingham.ShellDetectionFailure:
        return "none found"


def _profile(shell: str) -> Path:
    """PowerShell's profile, which Typer appends the script to: asked of PowerShell as Typer asks it, so
    that a PowerShell that is not there, or cannot say, is one line, and the file is guarded."""
    import shutil

    program = shutil.which(shell)
    if program is None:
        raise SystemExit(f"--install-completion: PowerShell ('{shell}'), which it asks where your profile is, is "
                         f"not on PATH; {_by_hand('your profile')}")
    try:
        result = subprocess.run([program, "-NoProfile", "-Command", "echo", "$profile"], capture_output=True,
                                timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        failed = ("did not answer in 60 s" if isinstance(exc, subprocess.TimeoutExpired)
                  else f"could not be run ({exc.strerror})")
        raise SystemExit(f"--install-completion: PowerShell ('{program}') {failed}; "
                         f"{_by_hand('your profile')}") from None
    path = result.stdout.decode("utf-8", "replace").strip()
    if result.returncode != 0 or not path or "\n" in path:
        raise SystemExit(f"--install-completion: PowerShell ('{program}') did not say where your profile is "
                         f"(exit {result.returncode}); {_by_hand('your profile')}")
    return Path(path)


def _by_hand(where: str) -> str:
    return f"add the script of `defectcli --show-completion` to {where} by hand"
