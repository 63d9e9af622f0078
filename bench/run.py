"""Measure every bar of issues 6, 15, 24, 25 and 26 in one run and print a table: figure, baseline, ratio, bar.

Usage: python bench/run.py [--runs N] [--scale N] [--build-runs N] [--one-file-scale N] [--results FILE]
Run it with the interpreter defectcli is installed in (`.venv/bin/python bench/run.py`). It writes
fact bases and caches under bench/out/ (ignored by git), and with --results writes the table and
the machine it ran on to that file (bench/RESULTS.md).

Peak memory of a build is the resident memory of defectcli and any process it starts, sampled every
10 ms, per MB of YAML: for the large base (many files) and for one large file (compiled at once).

bench/many.py adds the bars of many lookups at once: 1,000 names on stdin, 1,000 lookups through the
Python API against the same as SQL, and what each start-up trick saves.

`verify` checks a draft of about 1,000 words written from the bundled fact base's own records
(draft_text: its figures' excerpts, its quotes with their speakers, people's attributes and events'
evidence), warm; its bar is 1 s on the machine where a warm `search` takes 57 ms (bench/RESULTS.md),
so the measure is a ratio against a warm search, and at the large scale within 2x of the bundled one.

Every time is a median of paired runs: the runs of a figure and of its baseline alternate, so a
busy moment of the machine falls on both. Peak RSS comes from wait4() for each process alone.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import many

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
SCRIPT = Path(PY).parent / "defectcli"  # the console script users run, on the same interpreter
CLI = [str(SCRIPT)] if SCRIPT.exists() else [PY, "-m", "defectcli"]
CSAFE = """
import sys, yaml
from pathlib import Path
for p in sorted(Path(sys.argv[1]).iterdir()):
    if p.suffix == ".yaml":
        yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def run(cmd: list[str], env: dict[str, str] | None = None, expect: int | tuple[int, ...] = 0) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one process; fails loudly if it exits unexpectedly."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (expect if isinstance(expect, tuple) else (expect,)):
        sys.exit(f"bench: {' '.join(cmd)} exited {proc.returncode}: {err.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss


def _tree_rss(pid: int) -> int:
    """KiB resident in `pid` and every process below it, now (Linux /proc; 0 elsewhere)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return total


def run_peak(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak memory (KiB) of one process and any it starts: their resident sets summed,
    sampled every 10 ms (wait4's peak is one process's); at least wait4's peak."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {proc.returncode}")
    return elapsed, max(peak, usage.ru_maxrss)


def paired(named: dict[str, Callable[[], tuple[float, int]]], runs: int) -> dict[str, tuple[float, int]]:
    """Median wall ms and median peak RSS per name, the names' runs interleaved."""
    times: dict[str, list[float]] = {n: [] for n in named}
    rss: dict[str, list[int]] = {n: [] for n in named}
    for _ in range(runs):
        for name, fn in named.items():
            t, m = fn()
            times[name].append(t * 1000)
            rss[name].append(m)
    return {n: (statistics.median(times[n]), int(statistics.median(rss[n]))) for n in named}


def query(facts: Path, cache: Path, *args: str, expect: int | tuple[int, ...] = 0) -> Callable[[], tuple[float, int]]:
    return lambda: run([*CLI, *args, "--facts", str(facts)], {"XDG_CACHE_HOME": str(cache)}, expect)


def draft_text(facts: Path, words: int = 1000) -> str:
    """A draft of about `words` words from the fact base's own records: a sentence per figure
    excerpt, quote (with its speaker), attribute and event evidence, in turn, as a writer drawing
    on the articles would put them."""
    import yaml

    data: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(facts.glob("*.yaml")):
        for kind, items in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            data.setdefault(kind, []).extend(items)
    people = {str(p["id"]): p for p in data["people"]}
    names = {str(r["id"]): str(r["name"]) for kind in ("people", "organisations") for r in data[kind]}
    lines = [f"{str(f['excerpt']).rstrip('.')}." for f in data["figures"]]
    for q in data["quotes"]:
        text, who = " ".join(q["parts"]), str(q["speaker"])
        unnamed = people.get(who, {}).get("name_status") == "unnamed"
        lines.append(f"“{text}” said the {names[who].lower()}." if unnamed else f"{names[who]} said: “{text}”")
    for p in data["people"]:
        lines += [f"{str(a['excerpt']).rstrip('.')}." for a in p.get("attributes", [])]
    for e in data["events"]:
        lines += [f"{str(x['excerpt']).rstrip('.')}." for x in e.get("evidence", [])]
    out: list[str] = []
    while sum(len(line.split()) for line in out) < words:
        out.append(lines[len(out) % len(lines)])
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21, help="paired runs per time (default 21)")
    ap.add_argument("--scale", type=int, default=1000, help="size of the large fact base (default 1000)")
    ap.add_argument("--build-runs", type=int, default=3, help="first builds of the large base to time (default 3)")
    ap.add_argument("--one-file-scale", type=int, default=None,
                    help="replicas in the one large fact file whose build memory is measured (default: as many as "
                         "stay under 30 MB, below the 32 MiB a fact file may hold)")
    ap.add_argument("--results", type=Path, help="also write the table to this Markdown file")
    args = ap.parse_args()

    # Installed wheels carry compiled bytecode; a checkout under PYTHONDONTWRITEBYTECODE would not.
    import defectcli

    compileall.compile_dir(str(Path(defectcli.__file__).parent), quiet=1)
    OUT.mkdir(exist_ok=True)
    if args.one_file_scale is None:
        from defectcli.paths import bundled_facts

        bundled = sum(p.stat().st_size for p in bundled_facts().glob("*.yaml"))
        args.one_file_scale = max(1, 30_000_000 // bundled)
    small, large, one = OUT / "x1", OUT / f"x{args.scale}", OUT / f"x{args.one_file_scale}-one-file"
    cache = OUT / "cache"
    for n, d, extra in ((1, small, []), (args.scale, large, []), (args.one_file_scale, one, ["--one-file"])):
        if not (d / ".complete").exists():
            subprocess.run([PY, str(HERE / "make_factbase.py"), "--scale", str(n), *extra, str(d)], check=True)
            (d / ".complete").touch()
    os.sync()
    size = sum(p.stat().st_size for p in large.glob("*.yaml"))
    files = len(list(large.glob("*.yaml")))
    print(f"fact bases: 1x {sum(p.stat().st_size for p in small.glob('*.yaml')):,} bytes; "
          f"{args.scale}x {size:,} bytes in {files:,} files", file=sys.stderr)

    rows: list[tuple[str, float, str, float, float, str]] = []  # measure, value, baseline name, baseline, ratio, bar

    # ---- first build of the large base vs one CSafeLoader parse of the same files
    build, parse, build_mem, parse_mem = [], [], [], []
    for _ in range(args.build_runs):
        t, m = run_peak([PY, "-c", CSAFE, str(large)])
        parse.append(t)
        parse_mem.append(m)
        shutil.rmtree(cache, ignore_errors=True)
        t, m = run_peak([*CLI, "person", "Lin Aung", "-f", "json", "--facts", str(large)], {"XDG_CACHE_HOME": str(cache)})
        build.append(t)
        build_mem.append(m)
    b, p = statistics.median(build), statistics.median(parse)
    os.sync()  # let the big cache reach the disk now, not while later figures are being timed
    rows.append((f"first build, {args.scale}x (s)", b, "CSafeLoader parse (s)", p, b / p, "<= 2.0"))
    mb = size / 1e6
    bm, pm = statistics.median(build_mem) / 1024 / mb, statistics.median(parse_mem) / 1024 / mb
    rows.append((f"first build, {args.scale}x: peak memory per MB of YAML (MiB)", bm, "CSafeLoader parse (MiB/MB)", pm,
                 bm / pm, "reported"))
    # ---- memory of one large file: the whole file is compiled at once
    one_size = sum(p.stat().st_size for p in one.glob("*.yaml")) / 1e6
    one_cache = OUT / "cache-one"
    shutil.rmtree(one_cache, ignore_errors=True)
    _, m = run_peak([*CLI, "person", "Lin Aung", "-f", "json", "--facts", str(one)], {"XDG_CACHE_HOME": str(one_cache)})
    _, pm1 = run_peak([PY, "-c", CSAFE, str(one)])
    shutil.rmtree(one_cache, ignore_errors=True)
    rows.append((f"first build, one {one_size:.0f} MB file: peak memory per MB (MiB)", m / 1024 / one_size,
                 "CSafeLoader parse (MiB/MB)", pm1 / 1024 / one_size, m / pm1, "reported"))

    # ---- the site export of the large base (from its fresh cache) vs building that cache from scratch
    exports = []
    site = OUT / "site"
    for _ in range(args.build_runs):
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir()
        exports.append(run([*CLI, "export", "--to", "sqlite", str(site / "facts.db"), "--facts", str(large)],
                           {"XDG_CACHE_HOME": str(cache)})[0])
    shutil.rmtree(site, ignore_errors=True)
    e = statistics.median(exports)
    rows.append((f"export --to sqlite, {args.scale}x (s)", e, "first build (s)", b, e / b, "<= 1.0"))

    # ---- warm start-up at 1x against Typer and the interpreter
    query(small, cache, "person", "Lin Aung", "-f", "json")()  # build the small cache
    s = paired({
        "python": lambda: run([PY, "-c", "pass"]),
        "floor": lambda: run([PY, str(HERE / "floor.py"), "x"]),
        "json": query(small, cache, "person", "Lin Aung", "-f", "json"),
        "table": query(small, cache, "person", "Lin Aung", "-f", "table"),
    }, args.runs)
    rows.append(("person --format json (ms)", s["json"][0], "Typer floor (ms)", s["floor"][0],
                 s["json"][0] / s["floor"][0], "<= 1.15"))
    rows.append(("person --format table (ms)", s["table"][0], "Typer floor (ms)", s["floor"][0],
                 s["table"][0] / s["floor"][0], "<= 1.6"))
    rows.append(("person --format json (ms)", s["json"][0], "python -c pass (ms)", s["python"][0],
                 s["json"][0] / s["python"][0], "<= 8"))

    # ---- growth: the same questions at 1x and at the large scale, warm
    g = paired({
        "person1": query(small, cache, "person", "Lin Aung", "-f", "json"),
        "personN": query(large, cache, "person", "Lin Aung", "-f", "json"),
        "quotes1": query(small, cache, "quotes", "--theme", "safety", "-f", "json"),
        "quotesN": query(large, cache, "quotes", "--theme", "safety", "-f", "json"),
        # Two words matched separately; one word matched through the theme vocabulary.
        "search1": query(small, cache, "search", "police defected", "-f", "json"),
        "searchN": query(large, cache, "search", "police defected", "-f", "json"),
        "vocab1": query(small, cache, "search", "money", "-f", "json"),
        "vocabN": query(large, cache, "search", "money", "-f", "json"),
    }, args.runs)
    rows.append((f"person, {args.scale}x (ms)", g["personN"][0], "person, 1x (ms)", g["person1"][0],
                 g["personN"][0] / g["person1"][0], "<= 1.3"))
    rows.append((f"quotes --theme safety, {args.scale}x (ms)", g["quotesN"][0], "quotes, 1x (ms)", g["quotes1"][0],
                 g["quotesN"][0] / g["quotes1"][0], "<= 1.3"))
    rows.append((f"search \"police defected\", {args.scale}x (ms)", g["searchN"][0], "search, 1x (ms)",
                 g["search1"][0], g["searchN"][0] / g["search1"][0], "<= 1.3"))
    rows.append((f"search money (vocabulary), {args.scale}x (ms)", g["vocabN"][0], "search, 1x (ms)",
                 g["vocab1"][0], g["vocabN"][0] / g["vocab1"][0], "<= 1.3"))
    # ---- verify: a 1,000-word draft, warm, against a warm search; and at the large scale
    draft = OUT / "draft.txt"
    draft.write_text(draft_text(ROOT / "facts"), encoding="utf-8")
    # Exit 0 when every claim matches, 1 when some does not: either is an answer.
    query(large, cache, "verify", "--file", str(draft), "-f", "json", expect=(0, 1))()  # warm the large cache's pages
    v = paired({
        "search1": query(small, cache, "search", "police defected", "-f", "json"),
        "verify1": query(small, cache, "verify", "--file", str(draft), "-f", "json", expect=(0, 1)),
        "verifyN": query(large, cache, "verify", "--file", str(draft), "-f", "json", expect=(0, 1)),
    }, args.runs)
    # 1 s where a warm search takes 57 ms (bench/RESULTS.md's machine): 17.5 searches.
    rows.append(("verify, 1,000-word draft, 1x (ms)", v["verify1"][0], "search, 1x (ms)", v["search1"][0],
                 v["verify1"][0] / v["search1"][0], "<= 17.5"))
    rows.append((f"verify, 1,000-word draft, {args.scale}x (ms)", v["verifyN"][0], "verify, 1x (ms)", v["verify1"][0],
                 v["verifyN"][0] / v["verify1"][0], "<= 2"))
    rows.append((f"person, {args.scale}x: peak RSS (MiB)", g["personN"][1] / 1024, "1x (MiB)", g["person1"][1] / 1024,
                 g["personN"][1] / g["person1"][1], "<= 1.5"))
    rows.append((f"quotes, {args.scale}x: peak RSS (MiB)", g["quotesN"][1] / 1024, "1x (MiB)", g["quotes1"][1] / 1024,
                 g["quotesN"][1] / g["quotes1"][1], "<= 1.5"))

    # ---- many lookups at once: a batch on stdin, the Python API, and the start-up tricks
    rows += many.measure(CLI, PY, small, large, cache, OUT, args.runs, run, paired)

    # ---- change: edit one file of the large base; the next query must see the edit
    replicas = sorted(large.glob("replica-*.yaml"))
    victim = replicas[len(replicas) // 2]
    original = victim.read_text(encoding="utf-8")
    import re

    found = re.search(r'^( *name: )"?(Lin Aung R\d+)"?$', original, re.MULTILINE)
    assert found, f"no Lin Aung in {victim}"
    line, name = found.group(0), found.group(2)
    edits = iter(range(10**6))

    def edit_then_query() -> tuple[float, int]:
        new = f"{name} v{next(edits)}"
        victim.write_text(original.replace(line, f'{found.group(1)}"{new}"'), encoding="utf-8")
        return query(large, cache, "person", new, "-f", "json")()  # exit 0 only if the edit was seen

    try:
        c = paired({"warm": query(large, cache, "person", "Lin Aung", "-f", "json"), "edited": edit_then_query},
                   max(5, args.runs // 2))
    finally:
        victim.write_text(original, encoding="utf-8")
    rows.append((f"query after editing one file, {args.scale}x (ms)", c["edited"][0], "warm query (ms)", c["warm"][0],
                 c["edited"][0] / c["warm"][0], "<= 3"))

    table = render(rows)
    print(table)
    if args.results:
        args.results.write_text(results_page(table, args), encoding="utf-8")
        print(f"wrote {args.results}", file=sys.stderr)
    if any(not ok(r) for r in rows):
        sys.exit(1)


def ok(row: tuple[str, float, str, float, float, str]) -> bool:
    if row[5] == "reported":
        return True
    sign, bound = row[5].split()
    return row[4] >= float(bound) if sign == ">=" else row[4] <= float(bound)


def render(rows: list[tuple[str, float, str, float, float, str]]) -> str:
    lines = ["| measure | value | baseline | value | ratio | bar | met |", "|---|---:|---|---:|---:|---|---|"]
    for measure, value, base_name, base, ratio, bar in rows:
        met = "—" if bar == "reported" else "yes" if ok((measure, value, base_name, base, ratio, bar)) else "**no**"
        lines.append(f"| {measure} | {value:,.1f} | {base_name} | {base:,.1f} | {ratio:.2f} | {bar} | {met} |")
    return "\n".join(lines)


def results_page(table: str, args: argparse.Namespace) -> str:
    import typer

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else "?"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return (f"# Benchmark results\n\n`python bench/run.py --runs {args.runs} --scale {args.scale} "
            f"--build-runs {args.build_runs} --results bench/RESULTS.md`, {time.strftime('%Y-%m-%d')}.\n\n"
            f"Machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, typer {typer.__version__}.\n\n{table}\n")


if __name__ == "__main__":
    main()
