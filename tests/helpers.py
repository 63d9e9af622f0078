"""What the tests share: the mini fact base's paths, and running the CLI as a user would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from defectcli.cli import app

DATA = Path(__file__).parent / "data" / "mini"


@dataclass
class Mini:
    facts: Path
    sources: Path
    cache: Path


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


class Cli(Protocol):
    """The `cli` fixture: defectcli run against the mini fact base."""

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result: ...


CLI = [sys.executable, "-m", "defectcli"]


def env_for(mini: Mini, **extra: str) -> dict[str, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache), **extra}
    env.pop("DEFECTCLI_NO_CACHE", None)
    return env


def one_line(r: Result, code: int) -> str:
    """The one error line of a run that must fail with `code`, without the `defectcli: ` prefix."""
    assert "Traceback" not in r.err + r.out, r.err
    assert r.code == code, (r.code, r.err)
    assert r.err.count("\n") == 1 and r.err.startswith("defectcli: "), r.err
    return r.err[len("defectcli: "):-1]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def read_date(path: Path, date: str = '{precision: unknown, basis: stated, note: "The text states no date."}') -> None:
    """A new source's date written, as a person who has read the text does: add-source leaves a
    placeholder that check refuses."""
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^(\s*)date:\n(?:\1  .*\n)+", lambda m: f"{m.group(1)}date: {date}\n", text, count=1)
    assert new != text, text
    path.write_text(new, encoding="utf-8")


def tree(path: Path) -> dict[str, bytes | None]:
    """Everything under `path` (a link is not followed), to show that nothing was touched."""
    out: dict[str, bytes | None] = {}
    for p in sorted([path, *path.rglob("*")]) if path.is_dir() and not path.is_symlink() else [path]:
        out[str(p)] = p.read_bytes() if p.is_file() and not p.is_symlink() else None
    return out


FORMATS = ("table", "json", "jsonl", "csv", "tsv")


# What no output shows raw (README, "Output for scripts"): C0 but tab and newline, DEL, C1, the line and paragraph
# separators, every format character (Unicode's category Cf: bidi controls, zero-width characters, tag characters...),
# the combining grapheme joiner and the fillers that draw a blank
UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    "\u2028", "\u2029", "\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u3164", "\uffa0",
    *(chr(c) for c in range(0xA0, 0x110000) if unicodedata.category(chr(c)) == "Cf")]


def shown_as(c: str) -> str:
    """A character no output shows raw, as it is shown: \\x1b, \\u202e, \\U000e0041."""
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"


ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60)


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def no_traceback(r: Result) -> bool:
    return "Traceback" not in r.err and "Traceback" not in r.out


def spawn(args: list[str], mini: Mini, **kw: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(mini.cache)}
    env.pop("DEFECTCLI_NO_CACHE", None)
    return subprocess.Popen([*CLI, *args, "--facts", str(mini.facts)], env=env, **kw)


def killed_at_write(args: list[str], n: int = 1, **kw: Any) -> subprocess.CompletedProcess[str]:
    """defectcli ARGS in a process of its own, SIGKILLed halfway through its n-th write of a file (the
    n-th os.write of more than 16 bytes to a file writes half, then the process is killed; a pipe's, as to
    the child process that reads a web page, is no file's)."""
    hook = ("import os, signal, stat, sys\n"
            "real, count = os.write, [0]\n"
            "def write(fd, data):\n"
            "    if len(data) > 16 and stat.S_ISREG(os.fstat(fd).st_mode):\n"
            "        count[0] += 1\n"
            f"        if count[0] == {n}:\n"
            "            real(fd, bytes(data)[: len(data) // 2])\n"
            "            os.kill(os.getpid(), signal.SIGKILL)\n"
            "    return real(fd, data)\n"
            "os.write = write\n"
            "from defectcli.cli import main\n"
            "main(sys.argv[1:])\n")
    return subprocess.run([sys.executable, "-c", hook, *args], capture_output=True, text=True, timeout=120, **kw)
