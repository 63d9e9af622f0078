"""Shell completion: names, ids and values from the fact base in use; one word in bash, zsh and fish; never a traceback."""

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
from typer.testing import CliRunner

from defectcli.cli import app

from .helpers import Mini, edit

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


def complete(mini: Mini, words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash completion offers after `words` (the last word is the one being completed)."""
    parts = words.split(" ")
    # Bash joins COMP_WORDS with the first character of IFS, which its script sets to a newline.
    result = CliRunner().invoke(app, [], prog_name="defectcli", env={
        "_DEFECTCLI_COMPLETE": "complete_bash", "COMP_WORDS": "\n".join(parts), "COMP_CWORD": str(len(parts) - 1),
        "DEFECTCLI_FACTS": str(mini.facts), **(env or {})})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # nothing reaches the terminal but the answer
    return [line for line in result.stdout.splitlines() if line]


def test_completion_never_offers_a_name_that_would_steer_the_terminal(mini: Mini) -> None:
    from typer.testing import CliRunner

    from defectcli.cli import app

    edit(mini.facts / "people.yaml", "    name: Unpaid guard\n", '    name: "Aye\\e]0;owned\\aMya"\n')
    result = CliRunner().invoke(app, [], prog_name="defectcli", env={
        "_DEFECTCLI_COMPLETE": "complete_bash", "COMP_WORDS": "defectcli person Aye", "COMP_CWORD": "2",
        "DEFECTCLI_FACTS": str(mini.facts)})
    assert result.exit_code == 0 and "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert [line for line in result.stdout.splitlines() if line] == ["Aye\\ Mya"]  # escaped for bash (issue 18)


@pytest.mark.shells  # real shells: `pytest -m shells`, which .ci/run runs once it has installed zsh and fish
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_name_with_a_space_completes_as_one_word_on_a_cold_and_a_warm_cache(mini: Mini, tmp_path: Path,
                                                                               shell: str) -> None:
    if shutil.which(shell) is None:
        pytest.fail(f"{shell} is not installed: the shell tests need bash, zsh and fish (apt-get install zsh fish)")
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


@pytest.mark.parametrize(("words", "offered"), [
    ("defectcli person A", ["Aye\\ Mya"]),  # escaped, so that bash inserts one word
    ("defectcli person Z", ["Zoë\\ Tun"]),
    ("defectcli person Capt", ["Capt\\ Zoë\\ Tun"]),  # the title form a user may type
    ("defectcli person \"Ay", ["Aye Mya"]),  # inside a quote the user opened: as it is
    ("defectcli quotes --speaker Ay", ["Aye\\ Mya"]),
    ("defectcli quotes --theme S", []),  # completions match the prefix as typed, as shells expect
    ("defectcli people --role d", ["defector"]),
    ("defectcli stats --topic dep", ["departures"]),
    ("defectcli help qu", ["quotes"]),
    ("defectcli quotes --theme s", ["safety"]),
    ("defectcli quotes --theme p", ["pay"]),
    ("defectcli people --source h", ["h1"]),
    ("defectcli stats --source x", []),
    ("defectcli show q-", ["q-bridge", "q-wages"]),  # any record's id
    ("defectcli show p", ["pay", "population"]),
])
def test_completion_offers_names_themes_and_sources(mini: Mini, words: str, offered: list[str]) -> None:
    assert complete(mini, words) == offered


def test_completion_of_commands(mini: Mini) -> None:
    assert complete(mini, "defectcli pe") == ["person", "people"]


def test_completion_with_a_broken_fact_base_offers_nothing_and_no_traceback(mini: Mini) -> None:
    (mini.facts / "people.yaml").write_text("people: [\n", encoding="utf-8")
    assert complete(mini, "defectcli person A") == []


def test_bash_escaping_covers_what_bash_reads_as_syntax() -> None:
    from defectcli.cli.complete import bash_escaped

    assert bash_escaped("Lin Aung") == "Lin\\ Aung"
    assert bash_escaped("Maung Sein's unit (s2)") == "Maung\\ Sein\\'s\\ unit\\ \\(s2\\)"
    assert bash_escaped("People’s Embrace") == "People’s\\ Embrace"  # a typographic apostrophe is no syntax


def test_completion_on_a_cold_cache_writes_only_its_answer(mini) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.rmtree(mini.cache, ignore_errors=True)
    assert complete(mini, "defectcli person Ay") == ["Aye\\ Mya"]


def _install(home: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    import resource

    def file_size_limit() -> None:  # a full disk, as deterministically: writes past `limit` bytes fail (EFBIG)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    env = {**os.environ, "HOME": str(home), "SHELL": "/bin/bash"}
    return subprocess.run([sys.executable, "-m", "defectcli", "--install-completion", *args], capture_output=True,
                          text=True, env=env, timeout=60, preexec_fn=file_size_limit)


def test_installing_completion_where_the_shells_files_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "a-file"
    home.write_text("")  # HOME is no directory: the completion script cannot be put under it
    r = _install(home)
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"defectcli: --install-completion: '{home}' is not a "
                                                         "directory\n")


def test_a_shell_named_after_install_completion_is_refused_not_passed_over(tmp_path: Path) -> None:
    r = _install(tmp_path, "fish")  # Click's eager option would install for bash, the shell it detects
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("defectcli: --install-completion takes no shell name ('fish'): it works for the shell it is "
                        "run from; run it from that shell (see `defectcli -h`)\n")
    assert list(tmp_path.iterdir()) == []


def test_installing_completion_onto_a_full_disk_says_so_not_that_stdout_failed(tmp_path: Path) -> None:
    r = _install(tmp_path, limit=10)
    assert (r.returncode, r.stdout) == (74, "")
    assert r.stderr == (f"defectcli: --install-completion: cannot write '{tmp_path}/.bash_completions/defectcli.sh' "
                        "(File too large)\n")
    assert [p.name for p in tmp_path.rglob("*")] == []  # no half-written script, no directory made for it


def test_installing_completion_onto_a_full_disk_leaves_the_users_bashrc_as_it_was(tmp_path: Path) -> None:
    # Typer rewrote .bashrc in place: a full disk cut the user's 7,000 bytes to 4,096.
    mine = b"# my settings\n" * 500
    (tmp_path / ".bashrc").write_bytes(mine)
    r = _install(tmp_path, limit=4096)  # the script (under 1 KiB) fits; the new .bashrc does not
    assert (r.returncode, r.stderr) == (74, f"defectcli: --install-completion: cannot write '{tmp_path}/.bashrc' "
                                            "(File too large)\n")
    assert (tmp_path / ".bashrc").read_bytes() == mine
    # no temporary left, and no script the .bashrc does not source: it was new, so it is taken back
    assert sorted(p.name for p in tmp_path.iterdir()) == [".bashrc"]


def test_a_bashrc_that_cannot_be_written_leaves_no_new_script_behind(tmp_path: Path) -> None:
    (tmp_path / ".bashrc").symlink_to("/proc/self/status")  # a regular file to stat, that no write reaches
    r = _install(tmp_path)
    assert (r.returncode, r.stdout) == (2, "") and r.stderr.startswith("defectcli: --install-completion: cannot write ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".bashrc"]  # the script was written, and stayed


def test_installing_completion_adds_one_line_to_bashrc_byte_for_byte_and_once(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    mine = b"export NAME='Caf\xe9'  # latin-1, not UTF-8"  # Typer read it as UTF-8: a traceback
    (dotfiles / "bashrc").write_bytes(mine)
    (dotfiles / "bashrc").chmod(0o600)
    (tmp_path / ".bashrc").symlink_to(dotfiles / "bashrc")  # as a dotfiles manager links it
    for _ in range(2):
        r = _install(tmp_path)
        script = tmp_path / ".bash_completions" / "defectcli.sh"
        assert (r.returncode, r.stdout, r.stderr) == (0, "", f"defectcli: bash completion installed in {script}; it "
                                                             "takes effect in a new shell\n")
    assert (tmp_path / ".bashrc").is_symlink()
    assert (dotfiles / "bashrc").read_bytes() == mine + f"\n\nsource '{script}'\n".encode()
    assert (dotfiles / "bashrc").stat().st_mode & 0o777 == 0o600
    shown = subprocess.run(["bash", "-c", '"$0" -m defectcli --show-completion', sys.executable], capture_output=True,
                           text=True, timeout=60).stdout
    assert "complete -o default -F _defectcli_completion defectcli" in shown
    assert script.read_text() == shown.rstrip("\n")  # what --show-completion prints, as Typer installed it


def test_installing_completion_for_zsh_keeps_the_users_own_zstyle(tmp_path: Path) -> None:
    (tmp_path / ".zshrc").write_text("zstyle ':completion:*' menu no\n")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "zsh").symlink_to("/bin/sh")  # run from a shell by the name zsh: what the files are is tested
    r = subprocess.run([str(tmp_path / "bin" / "zsh"), "-c", '"$0" -m defectcli --install-completion', sys.executable],
                       capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": str(tmp_path)})
    assert (r.returncode, r.stderr) == (0, f"defectcli: zsh completion installed in {tmp_path}/.zfunc/_defectcli; it "
                                           "takes effect in a new shell\n")
    assert (tmp_path / ".zshrc").read_text() == ("zstyle ':completion:*' menu no\n\n"
                                                 "fpath+=~/.zfunc; autoload -Uz compinit; compinit\n")


def test_completion_is_never_installed_inside_the_package(tmp_path: Path) -> None:
    from defectcli.paths import PACKAGE

    (tmp_path / ".bash_completions").symlink_to(PACKAGE)  # where bash's script goes leads into the package
    before = sorted(p.name for p in PACKAGE.iterdir())
    r = _install(tmp_path)
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{tmp_path}/.bash_completions/"
                                           "defectcli.sh' is inside the installed defectcli package; choose a place "
                                           "outside it\n")
    assert sorted(p.name for p in PACKAGE.iterdir()) == before


@pytest.mark.parametrize("name", ["o'brien", "bell\x07", "tab\there"])
def test_a_home_the_rc_file_could_not_quote_is_refused_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    home = tmp_path / name
    home.mkdir()
    r = _install(home)
    shown = str(home).replace("\x07", "\\x07")  # a tab stays a tab in a message, as everywhere
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"defectcli: --install-completion: HOME ('{shown}') holds a single quote mark or a control character, "
                        "which the shell's rc file would not read; add the script of `defectcli --show-completion` to "
                        "it by hand\n")
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("option", ["--install-completion", "--show-completion"])
def test_completion_from_a_shell_it_does_not_know_is_a_usage_error_saying_so(tmp_path: Path, option: str) -> None:
    # Run from sh, as a script's `sh -c` would: Typer printed "Shell sh is not supported." with exit 1.
    r = subprocess.run(["sh", "-c", '"$0" -m defectcli "$1"', sys.executable, option], capture_output=True, text=True,
                       timeout=60, env={**os.environ, "HOME": str(tmp_path)})
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"defectcli: {option}: the shell it is run from (sh) is not one it knows: bash, zsh, fish or "
                        "PowerShell; run it from one of those\n")
    assert list(tmp_path.iterdir()) == []


def _install_from_powershell(tmp: Path, answer: str | None) -> subprocess.CompletedProcess[str]:
    """--install-completion run from a shell named pwsh (sh under that name), with a `pwsh` on PATH that
    prints `answer` as its profile's path when asked (as Typer asks) and does nothing else (an empty
    answer: exits 3), or none on PATH."""
    shell, bin_dir, home = tmp / "shell" / "pwsh", tmp / "bin", tmp / "home"
    for d in (shell.parent, bin_dir, home):
        d.mkdir()
    shell.symlink_to("/bin/sh")
    if answer is not None:
        script = f"[ \"$1\" != -NoProfile ] || echo '{answer}'" if answer else "exit 3"
        (bin_dir / "pwsh").write_text(f"#!/bin/sh\n{script}\n")
        (bin_dir / "pwsh").chmod(0o755)
    env = {**os.environ, "HOME": str(home), "PATH": f"{bin_dir}:/usr/bin:/bin"}
    return subprocess.run([str(shell), "-c", '"$0" -m defectcli --install-completion', sys.executable],
                          capture_output=True, text=True, env=env, timeout=60)


def test_installing_completion_for_powershell_appends_the_script_to_the_profile_it_names(tmp_path: Path) -> None:
    profile = tmp_path / "home" / "Documents" / "PowerShell" / "profile.ps1"
    r = _install_from_powershell(tmp_path, str(profile))
    assert (r.returncode, r.stdout) == (0, "")
    assert r.stderr == (f"defectcli: pwsh completion installed in {profile}; it takes effect in a new shell (if "
                        "PowerShell's execution policy lets your profile run: `Get-Help about_Execution_Policies`)\n")
    assert "Register-ArgumentCompleter -Native -CommandName defectcli" in profile.read_text()


def test_installing_completion_for_powershell_not_on_path_is_one_line(tmp_path: Path) -> None:
    # It said "cannot write 'pwsh' (No such file or directory)": no file of the user's was in question.
    r = _install_from_powershell(tmp_path, None)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("defectcli: --install-completion: PowerShell ('pwsh'), which it asks where your profile is, "
                        "is not on PATH; add the script of `defectcli --show-completion` to your profile by hand\n")


def test_installing_completion_for_a_powershell_that_cannot_name_its_profile_is_one_line(tmp_path: Path) -> None:
    r = _install_from_powershell(tmp_path, "")  # it was Typer's traceback (CalledProcessError)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"defectcli: --install-completion: PowerShell ('{tmp_path}/bin/pwsh') did not say where your "
                        "profile is (exit 3); add the script of `defectcli --show-completion` to your profile by hand\n")
    assert list((tmp_path / "home").iterdir()) == []


def test_a_powershell_profile_inside_the_package_is_refused(tmp_path: Path) -> None:
    from defectcli.paths import PACKAGE

    before = sorted(p.name for p in PACKAGE.iterdir())
    r = _install_from_powershell(tmp_path, str(PACKAGE / "profile.ps1"))
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{PACKAGE}/profile.ps1' is inside the "
                                           "installed defectcli package; choose a place outside it\n")
    assert sorted(p.name for p in PACKAGE.iterdir()) == before


def test_installing_completion_with_a_relative_home_is_refused(tmp_path: Path) -> None:
    # Typer wrote under ./rel, wherever it was run, and told bash to source a relative path.
    r = subprocess.run([sys.executable, "-m", "defectcli", "--install-completion"], capture_output=True, text=True,
                       timeout=60, cwd=tmp_path, env={**os.environ, "HOME": "rel", "SHELL": "/bin/bash"})
    assert (r.returncode, r.stdout, r.stderr) == (2, "", "defectcli: --install-completion: HOME is not an absolute "
                                                         "path ('rel'); set it to your home directory\n")
    assert list(tmp_path.iterdir()) == []


def test_installing_completion_under_a_home_not_in_utf8_names_it_byte_for_byte(tmp_path: Path) -> None:
    home = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))  # a latin-1 name: it was a UnicodeEncodeError
    home.mkdir()
    r = _install(home)
    assert r.returncode == 0, r.stderr
    assert (home / ".bashrc").read_bytes() == b"\nsource '" + bytes(home) + b"/.bash_completions/defectcli.sh'\n"


@pytest.mark.parametrize("kind", ["directory", "loop", "dangling"])
def test_a_bashrc_that_cannot_be_read_is_one_line_and_nothing_is_written(tmp_path: Path, kind: str) -> None:
    if kind == "directory":
        (tmp_path / ".bashrc").mkdir()  # it was a traceback (IsADirectoryError)
        why = "is not a regular file; add the script of `defectcli --show-completion` to your start-up file by hand"
    elif kind == "dangling":
        (tmp_path / ".bashrc").symlink_to(tmp_path / "gone" / "bashrc")  # its directories were made, wherever it led
        why = "in a directory that does not exist; add the script of `defectcli --show-completion` to your start-up " \
              "file by hand"
    else:
        (tmp_path / ".bashrc").symlink_to(tmp_path / "loop")
        (tmp_path / "loop").symlink_to(tmp_path / ".bashrc")
        why = "(Too many levels of symbolic links)"
    before = sorted(p.name for p in tmp_path.iterdir())
    r = _install(tmp_path)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr.startswith("defectcli: --install-completion: ") and r.stderr.endswith(f"{why}\n"), r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # the script is not written either


def test_a_bashrc_of_another_user_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    # Run as root for a user's HOME (sudo -E), the rewritten .bashrc became root's, mode 600: unreadable to them.
    bashrc = tmp_path / ".bashrc"
    if os.geteuid() == 0:
        bashrc.write_bytes(b"x\n")
        os.chown(bashrc, 12345, 12345)
        owner = 12345
    else:  # not root: a file of root's, through a link (refused before anything is written)
        bashrc.symlink_to("/etc/hostname")
        owner = 0
    target = Path(os.path.realpath(bashrc))
    before = target.read_bytes()
    r = _install(tmp_path)
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{target}' belongs to another user "
                                           f"(uid {owner}); run this as that user, or add the script of `defectcli "
                                           "--show-completion` to it by hand\n")
    assert target.read_bytes() == before and target.stat().st_uid == owner
    assert sorted(p.name for p in tmp_path.iterdir()) == [".bashrc"]


def test_a_bashrc_with_other_names_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    bashrc = tmp_path / ".bashrc"
    bashrc.write_bytes(b"x\n")
    os.link(bashrc, tmp_path / "dotfiles-bashrc")  # a rewrite would leave the other name as it was
    r = _install(tmp_path)
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{bashrc}' has other names (hard links); "
                                           "add the script of `defectcli --show-completion` to it by hand\n")
    assert bashrc.read_bytes() == b"x\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".bashrc", "dotfiles-bashrc"]


def test_installing_completion_with_no_home_says_so(tmp_path: Path) -> None:
    # No HOME, for a user the system has no home for (a container's): nowhere to install, said in one line.
    env = {k: v for k, v in os.environ.items() if k != "HOME"}
    code = ("import pwd, sys\ndef none(uid): raise KeyError(uid)\npwd.getpwuid = none\n"
            "from defectcli.cli import main\nsys.argv = ['defectcli', '--install-completion']\nmain()")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                       env={**env, "SHELL": "/bin/bash"})
    assert (r.returncode, r.stderr) == (2, "defectcli: --install-completion: HOME is not set; set it to your home "
                                           "directory\n")
    assert list(tmp_path.iterdir()) == []


def test_installing_completion_into_a_home_that_does_not_exist_says_so(tmp_path: Path) -> None:
    r = _install(tmp_path / "missing")  # a mistyped HOME: it was made, with a new .bashrc in it
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: HOME ('{tmp_path / 'missing'}') does not "
                                           "exist; set it to your home directory\n")
    assert list(tmp_path.iterdir()) == []


def test_a_home_or_a_completions_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    # Run as root in a user's HOME with no .bashrc yet, it made a .bashrc and a folder of root's there.
    if os.geteuid() == 0:
        home, owner = tmp_path / "user", 12345
        home.mkdir()
        os.chown(home, owner, owner)
    else:  # not root: a HOME of root's (refused before anything is written)
        home, owner = Path("/"), 0
    r = _install(home)
    assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{home}' belongs to another user "
                                           f"(uid {owner}); run this as that user\n")
    if os.geteuid() == 0:
        assert list(home.iterdir()) == []
        folder = tmp_path / "mine" / ".bash_completions"
        folder.mkdir(parents=True)
        os.chown(folder, owner, owner)
        r = _install(tmp_path / "mine")
        assert (r.returncode, r.stderr) == (2, f"defectcli: --install-completion: '{folder}' belongs to another user "
                                               f"(uid {owner}); run this as that user\n")
        assert list(folder.iterdir()) == [] and not (tmp_path / "mine" / ".bashrc").exists()
