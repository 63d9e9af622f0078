"""Where the record a journalist is after ranks in `defectcli search`, over the bundled fact base.

Usage: python bench/search_ranks.py [--facts DIR]
Run it with the interpreter defectcli is installed in (`.venv/bin/python bench/search_ranks.py`).
Prints one line per query: the rank of the expected record (1 = first; "-" when not in the first
20; the best of them when either of two answers) and the first three hits; then how many queries
have their record first and in the first three. bench/RESULTS.md has the numbers before and after
issue 29's ranking (a person's or organisation's name first; a figure that counts the word ahead of
what the vocabulary finds).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from defectcli.api import FactBase

# (what a journalist types, the record that answers it: one id, or "a|b" when either does)
QUERIES = [
    ("how many police defected", "defections-total-peoples-embrace|defections-total-nug"),
    ("police", "myanmar-police"),
    ("pay", "nug-payment"),
    ("salary", "nug-payment"),
    ("how much are defectors paid", "nug-payment"),
    ("Peoples Embrace", "peoples-embrace"),
    ("NUG", "nug"),
    ("the junta", "myanmar-military"),
    ("CDM", "cdm"),
    ("Washington Post", "washington-post"),
    ("Lin Aung", "lin-aung"),
    ("Mg Sein", "maung-sein"),
    ("Captain Zay Thu Aung", "zay-thu-aung"),
    ("Min Aung Hlaing", "min-aung-hlaing"),
    ("how many defectors", "defections-total-peoples-embrace"),
    ("conscription age", "conscription-age-men|conscription-age-women"),
    ("refugees in Thailand", "migrants-in-thailand"),
    ("safe house", "safe-house-stay|safe-house-storeys"),
    ("dont regret", "q-lin-aung-no-regret"),
    ("military dogs", "defect-public-contempt|q-maung-sein-military-dogs"),
    ("torture", "s1-tortured-defector"),
    ("coup", "coup"),
    ("how many interviewed", "s1-interviewee-count"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=None, help="a fact base (default: the bundled one)")
    args = parser.parse_args()
    fb = FactBase(args.facts, cache=False)
    first = top3 = 0
    print(f"{'rank':>4}  {'query':<30} {'expected':<34} first three")
    for text, expected in QUERIES:
        ids = [h["id"] for h in fb.search(text, limit=20)]
        ranks = [ids.index(e) + 1 for e in expected.split("|") if e in ids]
        rank = min(ranks) if ranks else None
        first += rank == 1
        top3 += rank is not None and rank <= 3
        print(f"{rank or '-':>4}  {text:<30} {expected[:34]:<34} {', '.join(ids[:3])}")
    print(f"{first} of {len(QUERIES)} first, {top3} of {len(QUERIES)} in the first three")


if __name__ == "__main__":
    main()
