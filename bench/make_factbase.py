"""Write a valid fact base N times the bundled one, as a growing archive would hold it.

Usage: python bench/make_factbase.py --scale N OUT_DIR [--facts DIR] [--one-file]

Replica k (1..N-1) of every record goes into its own file, `replica-0001.yaml`, ..., with every id
and every reference suffixed `-rK`, and every name and alias suffixed ` RK`, so each replica is a
self-contained copy that refers only to itself. Replica 0 is the bundled files as they are, so the
original questions ("Lin Aung", `--theme safety`) have the same answers at every scale. Text is
kept exactly, in the bundled files' style: plain scalars stay plain, quoted and block scalars are
written double-quoted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from defectcli.factbase import yamltree
from defectcli.factbase.files import fact_files
from defectcli.factbase.yamltree import Map, Node, Scalar, Seq

ROOT = Path(__file__).resolve().parent.parent
# Every key whose value is an id or a list of ids (see validate.references), and the record id.
REF_KEYS = {"id", "source", "authors", "contributors", "person", "part_of", "places", "organisations", "people",
            "stated_by", "about", "derived_from", "speaker", "themes", "who", "figures", "headline", "figure", "event",
            "after", "members", "conflict"}
NAME_KEYS = {"name", "aliases"}


def replica(node: Node, k: int, key: str = "") -> Node:
    """A copy of `node` with the ids, references and names of replica k."""
    def scalar(s: Scalar) -> Scalar:
        if key in REF_KEYS:
            return Scalar(s.line, f"{s.value}-r{k}", plain=s.plain)
        if key in NAME_KEYS:
            return Scalar(s.line, f"{s.value} R{k}", plain=s.plain)
        return s

    if isinstance(node, Scalar):
        return scalar(node)
    if isinstance(node, Seq):
        return Seq(node.line, [scalar(i) if isinstance(i, Scalar) else replica(i, k) for i in node.items])
    return Map(node.line, [(name, line, replica(child, k, name)) for name, line, child in node.items])


def _scalar(s: Scalar) -> str:
    # Written as the bundled files write it: what was plain stays plain (a plain scalar folded over
    # lines is joined into one, which YAML reads the same), everything else double-quoted.
    return s.value if s.plain else json.dumps(s.value, ensure_ascii=False)


def emit(node: Node, indent: int = 0) -> list[str]:
    """Block-style YAML lines for `node`, which the loader reads back to the same tree."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(node, Map):
        for key, _, child in node.items:
            if isinstance(child, Scalar):
                lines.append(f"{pad}{key}: {_scalar(child)}")
            elif not child.items:
                lines.append(f"{pad}{key}: {'[]' if isinstance(child, Seq) else '{}'}")
            else:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(child, indent + 2))
    elif isinstance(node, Seq):
        for item in node.items:
            if isinstance(item, Scalar):
                lines.append(f"{pad}- {_scalar(item)}")
            else:
                inner = emit(item, indent + 2)
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines.extend(inner[1:])
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, required=True, help="how many times the bundled fact base")
    ap.add_argument("--facts", type=Path, default=ROOT / "facts")
    ap.add_argument("--one-file", action="store_true",
                    help="write the replicas into one file, replicas.yaml (a large single fact file)")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    if args.scale < 1:
        ap.error("--scale must be at least 1")
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    trees = []
    for path in fact_files(args.facts):
        shutil.copyfile(path, args.out / path.name)
        tree = yamltree.parse(path.read_text(encoding="utf-8"))
        if isinstance(tree, Map):
            trees.append(tree)
    sections: dict[str, Seq] = {}
    for tree in trees:
        for key, line, node in tree.items:
            if isinstance(node, Seq):
                sections.setdefault(key, Seq(line)).items.extend(node.items)
    merged = Map(0, [(key, seq.line, seq) for key, seq in sections.items()])
    width = len(str(args.scale))
    if args.one_file:
        together = Map(0, [(key, seq.line, Seq(seq.line)) for key, seq in sections.items()])
        for k in range(1, args.scale):
            for (_, _, into), (_, _, items) in zip(together.items, replica(merged, k).items, strict=True):
                into.items.extend(items.items)
        (args.out / "replicas.yaml").write_text("\n".join(emit(together)) + "\n", encoding="utf-8")
    for k in range(1, 1 if args.one_file else args.scale):
        text = "\n".join(emit(replica(merged, k))) + "\n"
        (args.out / f"replica-{k:0{width}d}.yaml").write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {args.out}: the bundled facts and {args.scale - 1} replicas\n")


if __name__ == "__main__":
    main()
