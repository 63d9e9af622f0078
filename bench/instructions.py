"""Instruction counts of a first build's two halves, under valgrind: steady where wall time is not.

Usage: python bench/instructions.py FACTS_DIR
Prints millions of instructions to compile every fact file of FACTS_DIR to rows (the work of the
worker processes) and to store those rows in a new cache (the main process's work), each less the
cost of starting Python and importing. On a shared machine wall time drifts by a fifth within
minutes; these counts move by well under 1%, so a change worth a few percent shows. Needs
valgrind; run it with the interpreter defectcli is installed in. A base of 50 replicas takes
about half a minute:

    python bench/make_factbase.py --scale 50 /tmp/fb50 && python bench/instructions.py /tmp/fb50

bench/run.py is the proof of the bars; this is for deciding which change to keep.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PRELUDE = """
import gc, pickle, sys
from pathlib import Path
gc.disable()  # as in a build
from defectcli.store.cache import build, index
paths = sorted(Path(sys.argv[1]).glob("*.yaml"))
"""
COMPILE = PRELUDE + "for p in paths: build.compile_file(p)\n"
LOAD = PRELUDE + "rows = pickle.load(open(sys.argv[2], 'rb'))\n"
STORE = LOAD + """
build.compile_files = lambda paths, total: iter(rows)
index.refresh(index._connect(Path(sys.argv[3])), Path(sys.argv[1]), index.stat_files(Path(sys.argv[1])))
"""


def count(code: str, *args: str) -> int:
    """Instructions one `python -c code args` executes."""
    proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or not found:
        sys.exit(f"instructions: valgrind failed: {proc.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("facts", type=Path, help="a fact base directory (bench/make_factbase.py writes large ones)")
    args = ap.parse_args()
    facts = str(args.facts.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        rows = os.path.join(tmp, "rows.pickle")
        subprocess.run([sys.executable, "-c", PRELUDE + "pickle.dump([build.compile_file(p) for p in paths], "
                        "open(sys.argv[2], 'wb'))", facts, rows], check=True)
        compiled = count(COMPILE, facts) - count(PRELUDE, facts)
        stored = count(STORE, facts, rows, os.path.join(tmp, "cache.sqlite")) - count(LOAD, facts, rows)
    print(f"compile the files: {compiled / 1e6:,.0f} M instructions")
    print(f"store their rows:  {stored / 1e6:,.0f} M instructions")


if __name__ == "__main__":
    main()
