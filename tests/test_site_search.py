"""The site searches as the CLI does, and shows what it shows as a reader needs it: one search box,
hits linked to their records, lists as lists, coded values explained, no machinery.

Uses a fact base of its own (tests/data/site-search): words with apostrophes, stems, a theme
vocabulary, titles, a name shared by a person and an organisation's quote.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import shutil
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from .helpers import run

SEARCH_BASE = Path(__file__).parent / "data" / "site-search" / "facts"
# Words as typed, stems, apostrophes typed and not, phrases, the vocabulary, names with and without
# titles, words no record has (all, or some), kinds of every sort.
QUERIES = ["pay", "regrets", "dont regret", "Peoples Embrace", "People's Embrace", "Capt Kyaw Zin", "Kyaw Zin",
           "salary", "700 baht", "soldiers", "afraid", "twelve years", '"never enough"', "regret zzzz",
           "army civilians", "zzzz", "Zin", "Capt Kyaw"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    from defectcli.site import serve as web  # imports Datasette: missing, the test fails, never skips

    tmp = tmp_path_factory.mktemp("site-search")
    facts = tmp / "facts"
    shutil.copytree(SEARCH_BASE, facts)
    db = tmp / "facts.db"
    r = run("export", "--to", "sqlite", str(db), "--facts", str(facts))
    assert r.code == 0, r.err
    meta = json.loads((tmp / "facts.metadata.json").read_text(encoding="utf-8"))
    return facts, web.app(db, meta)


def get(ds: Any, path: str, status: int = 200) -> Any:
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == status, (path, response.status_code, response.text[:300])
    return response


def cli_hits(facts: Path, query: str) -> list[dict[str, Any]]:
    r = run("search", query, "--format", "json", "--facts", str(facts))
    assert r.code in (0, 1), r.err
    hits: list[dict[str, Any]] = json.loads(r.out) if r.code == 0 else []
    return hits


def site_hits(ds: Any, query: str) -> list[dict[str, Any]]:
    body = get(ds, "/-/search.json?" + urllib.parse.urlencode({"q": query})).json()
    assert body["error"] is None
    hits: list[dict[str, Any]] = body["hits"]
    return hits


# ---------------------------------------------------------------- the same search


@pytest.mark.parametrize("query", QUERIES)
def test_the_site_finds_what_defectcli_search_finds_in_the_same_order(site: tuple[Path, Any], query: str) -> None:
    facts, ds = site
    expected = cli_hits(facts, query)
    found = site_hits(ds, query)
    assert [(h["kind"], h["id"]) for h in found] == [(h["kind"], h["id"]) for h in expected]
    # the whole hit: title, snippet, the words matched, the vocabulary used, what is missing, sources, score
    assert [{k: v for k, v in h.items() if k != "url"} for h in found] == expected


def test_the_queries_find_what_they_are_meant_to(site: tuple[Path, Any]) -> None:
    """The comparison above is not vacuous: each kind of match finds its record on the site."""
    _, ds = site
    first = {q: [(h["kind"], h["id"]) for h in site_hits(ds, q)] for q in QUERIES}
    assert first["dont regret"][0] == ("quote", "q-no-regret")  # "dont" finds "don't"
    assert ("quote", "q-no-regret") in first["regrets"]  # a stem
    assert ("quote", "q-ashamed") in first["regrets"]  # through the vocabulary (conscience)
    assert ("figure", "monthly-support") in first["pay"]  # payment, baht: the vocabulary
    assert first["Peoples Embrace"][0] == first["People's Embrace"][0] == ("organisation", "peoples-embrace")
    assert first["Capt Kyaw Zin"][0] == first["Kyaw Zin"][0] == ("person", "kyaw-zin")  # a person named comes first
    assert first["Zin"][0] == first["Capt Kyaw"][0] == ("person", "kyaw-zin")  # and by a part of the name
    assert first["zzzz"] == [] and first["regret zzzz"] != []  # none has every word: those with some
    assert sum(1 for hits in first.values() if hits) >= 14
    hits = site_hits(ds, "regret zzzz")
    assert all(h["missing"] == ["zzzz"] for h in hits)


def test_each_hit_links_to_its_record_and_marks_the_words(site: tuple[Path, Any]) -> None:
    _, ds = site
    page = get(ds, "/-/search?q=dont+regret").text
    assert '<a class="hit-title" href="/facts/quotes/q-no-regret">I don&#39;t regret leaving the army.</a>' in page
    assert '<div class="hit-snippet">I <mark>don\'t</mark> <mark>regret</mark> leaving the army.</div>' in page
    for hit in site_hits(ds, "Kyaw Zin") + site_hits(ds, "pay"):
        assert hit["url"] == f"/facts/{ {'person': 'people'}.get(hit['kind'], hit['kind'] + 's')}/{hit['id']}"
        get(ds, hit["url"])  # the record's page is there
    # a hit found only through the vocabulary says so
    assert "Found through the themes' search words: pay → theme livelihood" in get(ds, "/-/search?q=pay").text


def test_one_search_box_on_the_home_page_and_no_machinery(site: tuple[Path, Any]) -> None:
    _, ds = site
    home = get(ds, "/").text
    forms = re.findall(r"<form[^>]*>", home)
    assert forms == ['<form class="core defectcli-search" action="/-/search" method="get" role="search">']
    assert 'name="q"' in home
    site_hits(ds, "regrets")  # leaves the search's scratch table in a connection's temp schema
    for path in ("/", "/facts"):
        page = get(ds, path).text
        assert "hidden table" not in page and "attached to this connection" not in page
    # the table page's word search is the same search, best first
    response = get(ds, "/facts/search?_search=pay", status=302)
    assert response.headers["location"] == "/-/search?q=pay"


def test_a_search_with_no_words_or_too_many_says_so(site: tuple[Path, Any]) -> None:
    _, ds = site
    body = get(ds, "/-/search.json?q=%22%22", status=400).json()
    assert body["error"] == "search text has no words to search for"
    many = " ".join(f"w{i}" for i in range(40))
    assert "give at most 32" in get(ds, "/-/search?" + urllib.parse.urlencode({"q": many}), status=400).text
    only = get(ds, "/-/search.json?q=regrets&kind=theme").json()["hits"]
    assert [(h["kind"], h["id"]) for h in only] == [("theme", "conscience")]
    # no words at all: the data says so, as `defectcli search ""` does; the page without q is the search box
    for path in ("/-/search.json", "/-/search.json?q=", "/-/search.json?q=+&kind=quote"):
        assert get(ds, path, status=400).json()["error"] == "search text has no words to search for"
    assert "message-error" not in get(ds, "/-/search").text


KINDS = "valid: source, theme, person, organisation, place, event, figure, quote, motivation, conflict"


@pytest.mark.parametrize("kind", ["quote", "QUOTE", "Quote", "quotes", "QUOTES"])
def test_a_kind_in_any_case_singular_or_plural_keeps_that_kind_as_search_kind_does(site: tuple[Path, Any],
                                                                                  kind: str) -> None:
    facts, ds = site
    expected = json.loads(run("search", "regrets", "--kind", kind, "-f", "json", "--facts", str(facts)).out)
    assert {h["kind"] for h in expected} == {"quote"}
    body = get(ds, "/-/search.json?" + urllib.parse.urlencode({"q": "regrets", "kind": kind})).json()
    assert body["kind"] == "quote" and body["error"] is None
    assert [{k: v for k, v in h.items() if k != "url"} for h in body["hits"]] == expected
    page = get(ds, "/-/search?" + urllib.parse.urlencode({"q": "regrets", "kind": kind})).text
    assert re.findall(r'class="hit-kind">(\w+)', page) == ["quote"] * len(expected)
    assert '<option value="quote" selected>' in page  # the box shows the kind searched
    # the page's link to its data keeps the kind
    assert f'href="/-/search.json?q=regrets&amp;kind={kind}"' in page


@pytest.mark.parametrize(("query", "error"), [
    ("kind=nosuch", f"kind: unknown value 'nosuch'; {KINDS}"),
    ("kind=quot", f"kind: unknown value 'quot'; did you mean 'quote'? {KINDS}"),
    ("kind=%20quote", f"kind: unknown value ' quote'; did you mean 'quote'? {KINDS}"),
    ("kind=peple", f"kind: unknown value 'peple'; did you mean 'people'? {KINDS}"),
    ("kind=quote&kind=theme", "kind: given 2 times ('quote', 'theme'); give it once"),
    ("q=pay", "q: given 2 times ('regrets', 'pay'); give it once"),
    ("limit=5&limit=5", "limit: given 2 times ('5', '5'); give it once"),
    ("Kind=quote", "unknown parameter 'Kind'; did you mean 'kind'? the search page takes q, kind, limit"),
    ("KIND=quote", "unknown parameter 'KIND'; did you mean 'kind'? the search page takes q, kind, limit"),
    ("kinds=quote", "unknown parameter 'kinds'; did you mean 'kind'? the search page takes q, kind, limit"),
    ("type=quote", "unknown parameter 'type'; the search page takes q, kind, limit"),
    ("limit=x", "limit: give a number of hits from 1 to 100 (not 'x')"),
    ("limit=0", "limit: give a number of hits from 1 to 100 (not '0')"),
    ("limit=-1", "limit: give a number of hits from 1 to 100 (not '-1')"),
    ("limit=101", "limit: give a number of hits from 1 to 100 (not '101')"),
    ("limit=%D9%A3", "limit: give a number of hits from 1 to 100 (not '\u0663')"),  # an Arabic-Indic 3
    # re-run 148 A3: more digits than int() reads was a 500 (ValueError)
    ("limit=" + "9" * 5000, f"limit: give a number of hits from 1 to 100 (not '{'9' * 39}…')"),
    ("limit=" + "0" * 5000 + "5", f"limit: give a number of hits from 1 to 100 (not '{'0' * 39}…')"),
])
def test_a_parameter_the_page_cannot_use_is_a_400_naming_it_on_the_page_and_in_the_data(
        site: tuple[Path, Any], query: str, error: str) -> None:
    _, ds = site
    body = get(ds, f"/-/search.json?q=regrets&{query}", status=400).json()
    assert (body["error"], body["hits"], body["kind"]) == (error, [], None)
    page = get(ds, f"/-/search?q=regrets&{query}", status=400).text
    assert [html.unescape(m) for m in re.findall(r'class="message-error">([^<]*)</p>', page)] == [error]
    assert 'class="hit-kind"' not in page


def test_an_empty_kind_or_limit_is_the_default_as_the_search_box_sends_it(site: tuple[Path, Any]) -> None:
    _, ds = site
    every = site_hits(ds, "regrets")
    assert len({h["kind"] for h in every}) > 1
    body = get(ds, "/-/search.json?q=regrets&kind=&limit=").json()
    assert (body["kind"], body["hits"]) == (None, every)
    assert get(ds, "/-/search.json?q=regrets&limit=1").json()["hits"] == every[:1]


def test_plain_datasette_search_stems_too(site: tuple[Path, Any]) -> None:
    _, ds = site
    rows = get(ds, "/facts/quotes.json?_search=regrets&_shape=objects").json()["rows"]
    assert [r["id"] for r in rows] == ["q-no-regret"]
    rows = get(ds, "/facts/search.json?_search=regrets&_shape=objects").json()["rows"]  # json: not redirected
    assert ("quote", "q-no-regret") in [(r["kind"], r["record_id"]) for r in rows]


# ---------------------------------------------------------------- shown as a reader needs it


def test_the_search_table_links_each_record_and_its_text_is_never_empty(site: tuple[Path, Any]) -> None:
    _, ds = site
    page = get(ds, "/facts/search?kind=quote").text
    for quote in ("q-no-regret", "q-ashamed", "q-salary", "q-embrace"):
        assert f'<a href="/facts/quotes/{quote}">{quote}</a>' in page
    page = get(ds, "/facts/search?kind=person").text
    assert '<a href="/facts/people/kyaw-zin">kyaw-zin</a>' in page
    rows = get(ds, "/facts/search.json?_shape=objects&_size=max").json()["rows"]
    assert rows and all(r["text"] for r in rows)
    salary = next(r for r in rows if r["record_id"] == "q-salary")  # a quote without a note
    assert salary["text"] == "Our salary was never enough."


def test_lists_are_lists_linked_to_the_records_they_name(site: tuple[Path, Any]) -> None:
    _, ds = site
    person = get(ds, "/facts/people/kyaw-zin").text
    assert ('<ul class="list"><li><span class="code" title="left the military or police">defector</span></li>'
            '<li><span class="code" title="interviewed for the article">interviewee</span></li></ul>') in person
    assert ('<ul class="list"><li><a href="/facts/sources/r1">r1 — Aye Aye, “Leaving the barracks”, March 2023</a>'
            '</li></ul>') in person
    quotes = get(ds, "/facts/quotes").text
    assert '<ul class="list"><li><a href="/facts/themes/conscience">conscience</a></li></ul>' in quotes
    assert '["conscience"]' not in quotes and "[&#34;" not in quotes


def test_every_coded_value_is_explained_where_it_is_shown(site: tuple[Path, Any]) -> None:
    from defectcli.site import codes

    _, ds = site
    described = get(ds, "/-/metadata.json").json()["databases"]["facts"]["tables"]
    for (table, column), meanings in codes.COLUMNS.items():
        doc = described[table]["columns"][column]
        for value, meaning in meanings.items():
            assert f"{value} ({meaning})" in doc, (table, column, value)
    quote = get(ds, "/facts/quotes/q-ashamed").text
    implied = codes.ATTRIBUTION["implied"]
    assert f'<span class="code" title="{implied}">implied</span>' in quote.replace("&#39;", "'")
    # the record's page shows each field beside what it means
    assert re.search(r"<th scope=\"row\">attribution</th>\s*<td[^>]*>.*?</td>\s*<td class=\"field-doc\">How sure",
                     quote, re.S)
    table = get(ds, "/facts/quotes").text
    assert f'title="{codes.ATTRIBUTION["ambiguous"]}">ambiguous</span>' in table.replace("&#39;", "'")


def test_the_export_holds_the_clis_index(site: tuple[Path, Any], tmp_path: Path) -> None:
    """The text the site's search reads is the text the cache's search reads, record by record."""
    facts, ds = site
    from defectcli.store.cache.index import open_index

    db = Path(ds.databases["facts"].path)
    site_rows = sqlite3.connect(db).execute(
        "SELECT kind, record_id, title, body, refs FROM search_fts ORDER BY kind, record_id").fetchall()
    ix = open_index(facts, use_cache=False)
    cache_rows = ix.conn.execute("SELECT kind, record_id, title, body, refs FROM search ORDER BY kind, record_id").fetchall()
    assert site_rows == cache_rows and len(site_rows) == 18


def test_a_control_or_bidi_character_in_the_facts_is_shown_as_its_escape_on_every_page(tmp_path: Path) -> None:
    from defectcli.site import serve as web

    facts = tmp_path / "facts"
    shutil.copytree(SEARCH_BASE, facts)
    people = facts / "people.yaml"
    # an ESC that would colour a terminal, and a right-to-left override that reverses the rest of a cell
    people.write_text(people.read_text(encoding="utf-8").replace(
        "    roles: [defector, interviewee]\n",
        '    roles: [defector, interviewee]\n    note: "Rank \\e[31mred\\e[0m and \\u202Ereversed '
        '\\u200Bhid\\U000E0041den"\n', 1),
        encoding="utf-8")  # (re-run 182 A4: and what draws nothing, a zero-width space and a tag character)
    db = tmp_path / "facts.db"
    r = run("export", "--to", "sqlite", str(db), "--facts", str(facts))
    assert r.code == 0, r.err
    ds = web.app(db, json.loads((tmp_path / "facts.metadata.json").read_text(encoding="utf-8")))
    for path in ("/facts/people/kyaw-zin", "/facts/people?_search=reversed", "/-/search?q=reversed",
                 "/facts/people?_facet=note",  # a facet's values, which Datasette lists itself
                 # Datasette's own CSV, shown, downloaded and of one row (text/plain: a terminal reads it)
                 "/facts/people.csv", "/facts/people.csv?_dl=1", "/facts/people/kyaw-zin.csv"):
        page = get(ds, path).text
        assert not any(c in page for c in "\x1b\u202e\u200b\U000e0041"), path  # each was on the page raw
        assert "\\x1b[31mred\\x1b[0m" in page and "\\u202e" in page.lower(), path
        assert "\\u200bhid\\u000e0041den" in page.lower(), path
    table = get(ds, "/facts/people.csv").content
    assert table.count(b"\r\n") == len(table.splitlines()) and b"\\x0d" not in table  # its line ends stay
