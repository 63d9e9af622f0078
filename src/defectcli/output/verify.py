"""`verify`'s answer: a table of claims and verdicts, flat columns for csv/tsv, and each result's
schema.org ClaimReview for json, so that fact-check tooling that reads ClaimReview can take it in.

Rows in, text and dicts out (store/queries/verify.py makes the rows).
"""

from __future__ import annotations

from collections import Counter

from ..shapes import Row
from .formats import Column, safe

C = Column

# Each verdict (in the vocabulary's order) and its colour on a colour terminal: stated is green,
# contradicted red, contested yellow.
COLOURS = {"matches": "green", "differs": "red", "disputed": "yellow", "misquoted": "red", "misattributed": "red",
           "not_found": "dim"}


# (an input of `--each-line` that finds nothing has neither: its row is its error)
def _source(row: Row) -> str:
    return str(row.get("source") or "")


def _evidence(row: Row) -> str:
    return "; ".join(f"{e['kind']}:{e['id']}" for e in row.get("evidence") or ())


FLAT = [C("sentence", "Sentence"), C("line", "Line"), C("kind", "Kind"), C("claim", "Claim"),
        C("verdict", "Verdict"), C("reason", "Reason"), C("says", "Says"), C("source", "Source", _source),
        C("evidence", "Evidence", _evidence), C("diff", "Diff"), C("text", "Sentence text")]


MORE = ("read", "claimant", "review")  # the other fields of a row, which --fields may name


def summary(rows: list[Row]) -> str:
    """"3 claims: 1 matches, 2 differs", the verdicts in the vocabulary's order."""
    counts = Counter(r["verdict"] for r in rows)
    parts = [f"{counts[v]} {v}" for v in COLOURS if counts[v]]
    return f"{len(rows)} claim{'s' if len(rows) != 1 else ''}: {', '.join(parts)}"


def not_matching(rows: list[Row]) -> str | None:
    """"2 of 3 claims do not match (1 differs, 1 not_found)", or None when every claim matches."""
    wrong = [r for r in rows if r["verdict"] != "matches"]
    if not wrong:
        return None
    verb = "does" if len(wrong) == 1 else "do"
    return f"{len(wrong)} of {len(rows)} claim{'s' if len(rows) != 1 else ''} {verb} not match " \
        f"({summary(wrong).split(': ', 1)[1]})"


def table(rows: list[Row], total: int = 80, style: bool = False, headers: bool = True) -> str:
    """The claims as a table: sentence, claim, verdict (in colour when `style`), what the sources say, where."""
    from . import tables
    from .fit import Col

    cols = [Col("#", "num"), Col("Claim", "text"), Col("Verdict", "code", colours=COLOURS),
            Col("What the sources say", "text"), Col("Source", "code", drop=1)]
    cells = [[str(r["sentence"]), safe(r["claim"]), r["verdict"], safe(r["reason"]), safe(_source(r))] for r in rows]
    return tables.render(cols, cells, title=f"Claims ({len(rows)})", total=total, style=style, headers=headers)


def with_reviews(rows: list[Row]) -> list[Row]:
    """The rows with each one's ClaimReview (json and jsonl)."""
    return [{**r, "review": claim_review(r)} for r in rows]


def claim_review(row: Row) -> Row:
    """A result as a schema.org ClaimReview: the sentence reviewed, the claim in it (with whom the
    sentence names as its author), the verdict as the rating's alternateName and the reason as its
    ratingExplanation, the records that decided it as citations."""
    item: Row = {"@type": "Claim", "name": row["claim"], "text": row["text"]}
    claimant = row.get("claimant")
    if claimant:
        kind = {"person": "Person", "organisation": "Organization"}.get(claimant.get("kind") or "", "Person")
        item["author"] = {"@type": kind, "name": claimant.get("name") or claimant["as_written"]}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["text"],
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": row["verdict"], "ratingExplanation": row["reason"]},
        "citation": [_citation(e) for e in row["evidence"]],
    }


def _citation(e: Row) -> Row:
    work: Row = {"@type": "Quotation" if e["kind"] == "quote" else "CreativeWork",
                 "identifier": f"{e['kind']}:{e['id']}", "text": e["excerpt"], "description": e["says"]}
    if e.get("source"):
        article: Row = {"@type": "Article", "identifier": e["source"]}
        if e.get("article"):
            article.update({k: v for k, v in (("headline", e["article"].get("title")),
                                              ("url", e["article"].get("url"))) if v})
        work["isPartOf"] = article
    return work
