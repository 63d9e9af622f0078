"""Bars of many lookups at once (issue 26) and of the start-up tricks (issue 24), for bench/run.py.

- 1,000 names through `person - -f jsonl` (one process, warm) against 1,000 `person NAME -f json`
  processes, and the same batch at 1x and at the large scale;
- 1,000 profiles through the Python API in one process against the same lookups as SQL on the
  site export, through sqlite3 in a process of its own (each the best of LOOPS loops, as timeit times);
- a warm `person -f json` as it runs and without each start-up trick (the app built with the one
  command it names, cli/registry.py, against every command built, as help builds them; the garbage
  collector off start-up's objects, defectcli.cli.main, against on): each stays only while it saves
  15 ms or more.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

Row = tuple[str, float, str, float, float, str]
LOOKUPS = 1000

# Each side timed as timeit times code: the best of LOOPS loops of the same 1,000 lookups in one
# process, after one lookup that opens what it needs (a notebook after its first question). The best
# loop is the one the machine's other work disturbed least; both sides are measured the same way.
LOOPS = 5
API = """
import json, sys, time
from defectcli.api import FactBase
names = json.loads(sys.argv[2])
fb = FactBase(sys.argv[1])
fb.person(names[0])  # opened and fresh: what a notebook has after its first question
best = float("inf")
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    for name in names:
        fb.person(name)
    best = min(best, time.perf_counter() - start)
print(best)
"""
# The same lookups as SQL on the export: the person by name, and what their profile holds.
SQL = """
import json, sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1])
conn.row_factory = sqlite3.Row
names = json.loads(sys.argv[2])
ask = lambda sql, *a: [dict(r) for r in conn.execute(sql, a)]


def lookup(name):
    (person,) = ask("SELECT * FROM people WHERE name = ?", name)
    pid = person["id"]
    person["attributes"] = ask("SELECT * FROM attributes WHERE person = ?", pid)
    person["quotes"] = ask("SELECT * FROM quotes WHERE speaker = ?", pid)
    person["motivations"] = ask("SELECT m.*, g.excerpt FROM motivation_givers g JOIN motivations m ON m.id = g.motivation "
                                "WHERE g.who = ?", pid)
    person["figures"] = ask("SELECT * FROM figures WHERE stated_by = ?", pid)
    person["events"] = ask("SELECT e.* FROM event_people p JOIN events e ON e.id = p.event WHERE p.person = ?", pid)
    return person


lookup(names[0])  # as the API side opens its fact base with one lookup
best = float("inf")
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    for name in names:
        lookup(name)
    best = min(best, time.perf_counter() - start)
print(best)
"""
# The two start-up tricks, each undone in a script of its own.
WITHOUT = {
    "one command registered": """
import gc
gc.disable()  # as defectcli.cli.main does before start-up
from defectcli.cli import main, registry
registry.for_args = lambda args: registry.build()  # every command, whatever the run names
main()
""",
    "collector off start-up's objects": """
import gc
gc.disable = gc.freeze = lambda: None  # the collector walks start-up's objects, at exit too, as in any program
from defectcli.cli import main
main()
""",
}


def measure(cli: list[str], py: str, small: Path, large: Path, cache: Path, out: Path, runs: int,
            run: Callable[..., tuple[float, int]], paired: Callable[..., dict[str, tuple[float, int]]]) -> list[Row]:
    rows: list[Row] = []
    env = {"XDG_CACHE_HOME": str(cache)}
    names = [p["name"] for p in json.loads(subprocess.run([*cli, "people", "-f", "json", "--facts", str(small)],
                                                          capture_output=True, check=True, env=_env(env)).stdout)]
    lines = [names[i % len(names)] for i in range(LOOKUPS)]
    stdin = out / "names.txt"
    stdin.write_text("".join(n + "\n" for n in lines), encoding="utf-8")

    def batch(facts: Path) -> Callable[[], tuple[float, int]]:
        return lambda: run(["sh", "-c", f'exec "$@" < "{stdin}"', "sh", *cli, "person", "-", "-f", "jsonl", "--facts",
                            str(facts)], env)

    batch(large)()  # both caches warm
    b = paired({"batch1": batch(small), "batchN": batch(large)}, max(3, runs // 4))
    one = [run([*cli, "person", lines[i], "-f", "json", "--facts", str(small)], env)[0] for i in range(LOOKUPS)]
    processes = sum(one)
    rows.append((f"{LOOKUPS:,} names through person - (s)", b["batch1"][0] / 1000, f"{LOOKUPS:,} person processes (s)",
                 processes, b["batch1"][0] / 1000 / processes, "<= 0.025"))
    rows.append((f"{LOOKUPS:,} names through person -, 1x (s)", b["batch1"][0] / 1000, "bar (s)", 2.0,
                 b["batch1"][0] / 1000 / 2.0, "<= 1.0"))
    rows.append((f"{LOOKUPS:,} names through person -, large (s)", b["batchN"][0] / 1000, "1x (s)",
                 b["batch1"][0] / 1000, b["batchN"][0] / b["batch1"][0], "<= 1.3"))

    # The Python API against the same lookups as SQL on the export, each in processes of its own, timed inside.
    site = out / "api-site"
    site.mkdir(exist_ok=True)
    db = site / "facts.db"
    if not db.exists():
        run([*cli, "export", "--to", "sqlite", str(db), "--facts", str(small)], env)
    api_t, sql_t = [], []
    for _ in range(max(3, runs // 4)):
        api_t.append(float(subprocess.run([py, "-c", API, str(small), json.dumps(lines), str(LOOPS)],
                                          capture_output=True, check=True, env=_env(env)).stdout))
        sql_t.append(float(subprocess.run([py, "-c", SQL, str(db), json.dumps(lines), str(LOOPS)],
                                          capture_output=True, check=True).stdout))
    a, s = statistics.median(api_t), statistics.median(sql_t)
    rows.append((f"{LOOKUPS:,} person lookups, Python API (ms)", a * 1000, "the same as SQL, sqlite3 (ms)", s * 1000,
                 a / s, "<= 2"))

    # Each start-up trick is kept only while it saves 15 ms or more of a warm person -f json.
    q = ["person", "Lin Aung", "-f", "json", "--facts", str(small)]
    for i, (trick, script) in enumerate(WITHOUT.items()):
        plain = out / f"without_{i}.py"
        plain.write_text(script, encoding="utf-8")
        t = paired({"with": lambda: run([*cli, *q], env),
                    "without": lambda p=plain: run([py, str(p), *q], env)}, runs)
        saved = t["without"][0] - t["with"][0]
        rows.append((f"start-up trick saves (ms): {trick}", saved, "bar (ms)", 15.0, saved / 15.0, ">= 1"))
    return rows


def _env(extra: dict[str, str]) -> dict[str, str]:
    import os

    return {**os.environ, **extra}


if __name__ == "__main__":
    sys.exit("run bench/run.py")
    time.sleep(0)
