#!/usr/bin/env python3
"""The README's samples of output, made by the commands they show, so that they cannot drift.

Each sample in README.md is a fenced block right after a marker that says how it is made:

    <!-- sample at 80 columns on a terminal: defectcli person "Lin Aung" | head -16 -->
    <!-- sample in a pipe: defectcli sources --fields id,author_names,date -->

The command runs on the bundled fact base (DEFECTCLI_FACTS and DEFECTCLI_SOURCES are ignored),
drawn for a terminal of that width without colour, or as it prints into a pipe; `| head -N`,
`| tail -N` and `| cut -fA-B` after it are applied as those tools would.

    python3 tools/readme_samples.py            # exit 1 and list the samples that differ
    python3 tools/readme_samples.py --update   # rewrite them in place

tests/test_readme.py runs the check.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
MARKER = re.compile(r"<!-- sample (?:at (\d+) columns on a terminal|in a pipe): (defectcli .*?) -->\n```\n(.*?)```\n",
                    re.DOTALL)


@dataclass(frozen=True)
class Sample:
    command: str  # as the marker writes it, pipeline and all
    width: int | None  # a terminal this wide, or None: a pipe
    shown: str  # the block as the README has it
    start: int  # where the block's text starts and ends in the README
    end: int


def samples(text: str) -> list[Sample]:
    return [Sample(m.group(2), int(m.group(1)) if m.group(1) else None, m.group(3), m.start(3), m.end(3))
            for m in MARKER.finditer(text)]


def output(sample: Sample) -> str:
    """What the sample's command prints, on the bundled fact base."""
    from typer.testing import CliRunner

    from defectcli.cli import app
    from defectcli.output.environment import Environment

    first, *filters = [part.strip() for part in sample.command.split(" | ")]
    args = shlex.split(first)[1:]
    env = Environment(stdout_tty=sample.width is not None, width=sample.width or 80)
    r = CliRunner().invoke(app, args, obj=env, env={"DEFECTCLI_FACTS": None, "DEFECTCLI_SOURCES": None,
                                                    "NO_COLOR": "1"})
    if r.exit_code != 0:
        raise SystemExit(f"readme_samples: `{first}` exited {r.exit_code}: {r.stderr.strip()}")
    lines = r.stdout.splitlines()
    for f in filters:
        lines = _filter(f, lines)
    return "".join(line + "\n" for line in lines)


def _filter(command: str, lines: list[str]) -> list[str]:
    head = re.fullmatch(r"head -(?:n ?)?(\d+)", command)
    if head:
        return lines[:int(head.group(1))]
    tail = re.fullmatch(r"tail -(?:n ?)?(\d+)", command)
    if tail:
        return lines[-int(tail.group(1)):]
    cut = re.fullmatch(r"cut -f(\d+)-(\d+)", command)
    if cut:
        a, b = int(cut.group(1)), int(cut.group(2))
        return ["\t".join(line.split("\t")[a - 1:b]) for line in lines]
    raise SystemExit(f"readme_samples: cannot apply `{command}` (head -N, tail -N and cut -fA-B can be)")


def stale(text: str) -> list[tuple[Sample, str]]:
    """Each sample whose block differs from what its command prints now, with what it prints."""
    return [(s, made) for s in samples(text) if (made := output(s)) != s.shown]


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    differ = stale(text)
    if "--update" in argv:
        for sample, made in sorted(differ, key=lambda d: -d[0].start):
            text = text[:sample.start] + made + text[sample.end:]
        README.write_text(text, encoding="utf-8")
        print(f"readme_samples: {len(differ)} of {len(samples(text))} samples rewritten")
        return 0
    for sample, _ in differ:
        print(f"README.md: stale sample: {sample.command}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
