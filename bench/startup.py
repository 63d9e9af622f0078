"""Start-up of a warm query against its baselines, measured in one run. Prints medians and ratios.

Usage: python bench/startup.py [RUNS]   (run from the repository, with defectcli installed in .venv)
Only start-up is measured here; the growth, change and memory bars of issue 6 are not yet.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def median_ms(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    cli = [PY, "-m", "defectcli", "person", "Lin Aung", "--format"]
    subprocess.run([*cli, "json"], stdout=subprocess.DEVNULL, check=True)  # warm the cache
    python = median_ms([PY, "-c", "pass"], runs)
    floor = median_ms([PY, str(HERE / "floor.py"), "x"], runs)
    as_json = median_ms([*cli, "json"], runs)
    as_table = median_ms([*cli, "table"], runs)
    print(f"{'measure':<38}{'ms':>8}{'ratio':>8}  bar")
    print(f"{'python -c pass':<38}{python:>8.1f}")
    print(f"{'bench/floor.py (Typer floor)':<38}{floor:>8.1f}")
    print(f"{'person --format json / floor':<38}{as_json:>8.1f}{as_json / floor:>8.2f}  <= 1.15")
    print(f"{'person --format table / floor':<38}{as_table:>8.1f}{as_table / floor:>8.2f}  <= 1.5")
    print(f"{'person --format json / python':<38}{as_json:>8.1f}{as_json / python:>8.2f}  <= 8")


if __name__ == "__main__":
    main()
