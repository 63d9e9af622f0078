"""Completion in the real shells: `defectcli person Ay<Tab>` then Enter, in bash, zsh and fish.

Each shell runs in a pseudo-terminal with defectcli's own completion script, first on a cold cache,
then a warm one. The name must be inserted as one word and the command must then find the person;
nothing but the answer may reach the terminal while completing (no progress bar).
"""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import Mini

BIN = Path(sys.executable).parent
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|[=>78MDEHc])|[\x00-\x08\x0e-\x1f]")


class Terminal:
    """A shell in a pseudo-terminal: type into it, wait until its screen shows something."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.fd, child = pty.openpty()
        os.set_blocking(self.fd, False)
        self.proc = subprocess.Popen(argv, stdin=child, stdout=child, stderr=child, env=env, start_new_session=True,
                                     preexec_fn=_controlling_terminal)
        os.close(child)
        self.seen = ""

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def wait_for(self, pattern: str, timeout: float = 30) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if re.search(pattern, ANSI.sub("", self.seen)):
                return ANSI.sub("", self.seen)
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536).decode("utf-8", "replace")
                except OSError:
                    break
        raise AssertionError(f"never saw {pattern!r}; the screen had:\n{ANSI.sub('', self.seen)}")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        os.close(self.fd)


def _controlling_terminal() -> None:
    """In the child, after setsid(): make the pseudo-terminal on stdin its controlling terminal,
    as a terminal emulator does (job-control shells refuse to run without one)."""
    import fcntl
    import termios

    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def script(shell: str) -> str:
    return subprocess.run([str(BIN / "defectcli")], env={**os.environ, "_DEFECTCLI_COMPLETE": f"source_{shell}"},
                          capture_output=True, text=True, check=True).stdout


def shell_argv(shell: str, home: Path) -> list[str]:
    completion = home / f"defectcli.{shell}"
    completion.write_text(script(shell), encoding="utf-8")
    if shell == "bash":
        (home / "bashrc").write_text(f"PS1='$ '\nsource {completion}\n", encoding="utf-8")
        return ["bash", "--noprofile", "--rcfile", str(home / "bashrc"), "-i"]
    if shell == "zsh":
        (home / ".zshrc").write_text(f"PS1='%% '\nautoload -U compinit; compinit -u\nsource {completion}\n",
                                     encoding="utf-8")
        return ["zsh", "-i"]
    return ["fish", "--no-config", "-i", "-C", f"function fish_prompt; echo '> '; end; source {completion}"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_name_with_a_space_completes_as_one_word_on_a_cold_and_a_warm_cache(mini: Mini, tmp_path: Path,
                                                                               shell: str) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(home), "ZDOTDIR": str(home), "TERM": "xterm",
           "XDG_CACHE_HOME": str(mini.cache), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home),
           "DEFECTCLI_FACTS": str(mini.facts), "LANG": "C.UTF-8"}
    argv = shell_argv(shell, home)
    for cache in ("cold", "warm"):
        if cache == "cold":
            shutil.rmtree(mini.cache, ignore_errors=True)
        term = Terminal(argv, env)
        try:
            term.wait_for(r"[$%>] ?")
            time.sleep(0.5)  # let the shell finish drawing its prompt
            term.type("defectcli person Ay\t")
            screen = term.wait_for(r"Aye\\ Mya")
            assert "Building" not in screen, (cache, screen)
            term.type("\n")
            screen = term.wait_for(r"\(pseudonym; defector; id aye-mya\)")
            assert "unexpected extra argument" not in screen
        finally:
            term.close()
