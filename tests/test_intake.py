"""What add-source writes always loads: each value it is given or finds on a page either passes the
rule check applies to it, or is refused (an option) or left out with a note (a page's value), before
anything is written; names and values reach the YAML only through the YAML library."""

from __future__ import annotations

import datetime
import gzip
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import one_line, read_date, run
from .test_record import check, with_record
from .test_writing import snapshot

PAGE = (Path(__file__).parent / "data" / "grow" / "page.html").read_text()
TEXT = "The harbour board counted 1,310 departures since the flood.\nAye Mya now runs a tea shop.\n"
UNSAFE = ["\x1b[31m", "\x07", "\x7f", "\x9b", "\u202e", "\u2028", "\x85"]


@pytest.fixture
def base(tmp_path: Path) -> Path:
    directory = tmp_path / "mine"
    assert run("init", str(directory), "--empty").code == 0
    return directory


def page(tmp_path: Path, name: str = "page.html", swap: dict[str, str] | None = None) -> Path:
    """The test page, with some of its text swapped for other."""
    text = PAGE
    for old, new in (swap or {}).items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text)
    return path


def text_file(tmp_path: Path, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(TEXT)
    return path


def added(base: Path, *args: str) -> tuple[dict[str, Any], str]:
    """add-source's run, which must pass, and check must pass on what it wrote: the record written,
    and what add-source said on stderr."""
    r = run("add-source", *args, "--facts", str(base))
    assert r.code == 0, r.err
    for raw in UNSAFE:  # nothing steers the terminal, and the file holds none of it raw
        assert raw not in r.out + r.err and raw.encode() not in (base / "s1.yaml").read_bytes()
    # What add-source wrote passes check but for the one thing left to the curator: the text's own date.
    checked = run("check", "--facts", str(base), "--sources", str(base / "sources"))
    assert (checked.code, checked.out.splitlines()[0]) == (2, f"{base / 's1.yaml'}:9: source 's1': date not yet read "
                                                              "(add-source's placeholder): write what the text states "
                                                              "or implies of its date, and in the note what that rests "
                                                              "on"), checked.out + checked.err
    assert f"defectcli: 1 problem in {base}\n" in checked.err
    read_date(base / "s1.yaml")
    checked = run("check", "--facts", str(base), "--sources", str(base / "sources"))
    assert checked.code == 0, checked.out + checked.err
    (row,) = json.loads(run("sources", "--facts", str(base), "-f", "json").out)
    return {k: v for k, v in (row["record"] or {}).items() if v is not None}, r.err


# The day the tables below are written with, when the tests are collected; the commands they run see the same day
# (a run that crossed midnight failed them: the day after tomorrow had become tomorrow).
TODAY = datetime.date.today()
# The years a publication record may give: 1800 to next year's (a page may carry it as the year turns).
LAST_YEAR = (TODAY + datetime.timedelta(days=1)).year  # tomorrow's: the hint names no year it refuses
NO_YEAR = f"is no year an article was published in (write one from 1800 to {LAST_YEAR})"
# A date where the article may already be out is allowed; the day after it is not.
TOMORROW = (TODAY + datetime.timedelta(days=1)).isoformat()
AFTER_TOMORROW = (TODAY + datetime.timedelta(days=2)).isoformat()


class _Collected(datetime.date):
    @classmethod
    def today(cls) -> _Collected:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@pytest.fixture(autouse=True)
def _the_day_the_tables_were_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datetime, "date", _Collected)


def refused(base: Path, args: list[str], message: str) -> None:
    before = snapshot(base)
    r = run("add-source", *args, "--facts", str(base))
    assert one_line(r, 2) == message and r.out == ""
    assert snapshot(base) == before


# ---------------------------------------------------------------- options, by check's rules


@pytest.mark.parametrize(("args", "message"), [
    (["--title", ""], "--title: '' is empty (leave it out)"),
    (["--outlet", "   "], "--outlet: '   ' is empty (leave it out)"),
    (["--title", "\u200b"], "--title: '\\u200b' has no visible character (leave it out)"),
    (["--outlet", "\ufeff \u2060"], "--outlet: '\\ufeff \\u2060' has no visible character (leave it out)"),
    (["--author", "Tun, Zoe", "--author", "\u0301"], "--author: '\u0301' has no visible character (leave it out)"),
    (["--author", "Tun, Zoe", "--author", " "], "--author: '' is empty (leave it out)"),
    (["--published", "0000"], "--published: '0000' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    (["--published", "2024-02-30"], "--published: '2024-02-30' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    (["--published", "0001"], f"--published: '0001' {NO_YEAR}"),
    (["--published", "1799-12-31"], f"--published: '1799-12-31' {NO_YEAR}"),
    (["--published", "3000-01"], f"--published: '3000-01' {NO_YEAR}"),
    (["--published", str(LAST_YEAR + 1)], f"--published: '{LAST_YEAR + 1}' {NO_YEAR}"),
    (["--url", "https://exa mple.com/x"], "--url: 'https://exa mple.com/x' is not an http(s) address"),
    # Addresses no browser could open: a port out of range or 0, a broken IPv6 host, an empty label, a % in a host.
    *[(["--url", u], f"--url: '{u}' is not an http(s) address") for u in (
        "https://example.com:99999/", "https://example.com:0/", "https://[::1", "https://a..b/",
        "https://ex%00ample.com/")],
    (["--published", AFTER_TOMORROW], f"--published: '{AFTER_TOMORROW}' is later than tomorrow ({TOMORROW}): no "
                                      "article is published in the future"),
    (["--title", "Red\x1b[31m alert"], "--title: 'Red\\x1b[31m alert' holds the control character U+001B; write it "
                                       "as one line of text"),
    (["--outlet", "News\u202eweN"], "--outlet: 'News\\u202eweN' holds the control character U+202E; write it as "
                                    "one line of text"),
    (["--title", "Two\nlines"], "--title: 'Two\\nlines' holds the control character U+000A; write it as one line of "
                                "text"),
    # Bytes that are not UTF-8 (a Latin-1 terminal's é): an argument keeps them as surrogates.
    *[([option, "Caf\udce9 news"], f"{option}: 'Caf\\udce9 news' holds the byte 0xE9, which is not UTF-8: give it in "
                                    "UTF-8 (is the terminal set to another encoding?)")
      for option in ("--title", "--outlet", "--author", "--url")],
])
def test_an_option_check_would_refuse_is_refused_before_anything_is_written(
        base: Path, tmp_path: Path, args: list[str], message: str) -> None:
    refused(base, [str(text_file(tmp_path)), *args], message)


@pytest.mark.parametrize(("typed", "recorded"), [
    ("٢٠٢٤-٠٧-٠٥", "2024-07-05"),  # Arabic-Indic
    ("２０２４-０７", "2024-07"),  # full-width
    ("၂၀၂၄", "2024"),  # Myanmar
    (" 2024-07-05 ", "2024-07-05"),
])
def test_a_date_in_another_scripts_digits_is_recorded_in_ascii_digits(base: Path, tmp_path: Path, typed: str,
                                                                      recorded: str) -> None:
    assert added(base, str(text_file(tmp_path)), "--published", typed)[0]["published"] == recorded


@pytest.mark.parametrize("value", ["0000", "٢٠٢٤", "２０２４-０７", "2024-02-30"])
def test_check_refuses_a_date_add_source_would_never_write(base: Path, tmp_path: Path, value: str) -> None:
    added(base, str(text_file(tmp_path)), "--title", "A title")
    path = base / "s1.yaml"
    path.write_text(path.read_text().replace("    title: A title\n", f"    title: A title\n    published: '{value}'\n"))
    r = run("check", "--facts", str(base))
    assert r.code == 2
    assert f"record published '{value}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)" in r.out


@pytest.mark.parametrize(("record", "message"), [
    ('{given_by: me, title: ""}', "record title '' is empty (leave it out)"),
    ('{given_by: me, outlet: "River\\e[31m News"}', "record outlet 'River\\x1b[31m News' holds the control character "
                                                   "U+001B; write it as one line of text"),
    ('{given_by: me, outlet: News, byline: ["  "]}', "record byline '  ' is empty (leave it out)"),
    ('{given_by: me, title: "\u200b\u200d"}', "record title '\\u200b\\u200d' has no visible character (leave it out)"),
    ('{given_by: me, published: "0000"}', "record published '0000' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ('{given_by: me, published: "0001"}', f"record published '0001' {NO_YEAR}"),
    ('{given_by: me, retrieved: "9999-01-01", title: T}', f"record retrieved '9999-01-01' {NO_YEAR}"),
])
def test_check_holds_a_record_to_the_rules_add_source_applies(mini: Any, record: str, message: str) -> None:
    with_record(mini, record)
    code, lines = check(mini)
    assert code == 2 and f"base.yaml:7: {message}" in lines


# ---------------------------------------------------------------- what a page gives


def test_a_page_url_that_is_not_an_address_is_left_out_with_a_note(base: Path, tmp_path: Path) -> None:
    path = page(tmp_path, swap={"https://example.org/news/ferry-pilots-walk-away": "https://exa mple.com/x"})
    record, said = added(base, str(path), "--is-article")  # the test page is a brief
    assert "url" not in record
    assert "defectcli:   url 'https://exa mple.com/x' from the page is not an http(s) address: not recorded\n" in said


def test_no_outlet_is_read_from_a_page_address_that_is_none(base: Path, tmp_path: Path) -> None:
    # With no site name, trafilatura names the site by its address's host: not when the address is refused.
    path = page(tmp_path, swap={'<meta property="og:site_name" content="River News">': "",
                                "https://example.org/news/ferry-pilots-walk-away": "http://example.org:99999/x"})
    record, said = added(base, str(path), "--is-article")
    assert "url" not in record and "outlet" not in record
    assert "defectcli:   url 'http://example.org:99999/x' from the page is not an http(s) address: not recorded\n" in said


@pytest.mark.parametrize(("date", "recorded", "note"), [
    ("2024-02-30T08:00:00+00:00", None, "published: the page gives no date that exists (trafilatura read "
                                        "2024-02-01, which the page does not write): not recorded (give --published)"),
    ("2024-02", "2024-02", "published: the page gives the month only, so 2024-02 is recorded (not 2024-02-"),
    ("May 14, 2021", "2021-05-14", None),
    ("2021/05/14", "2021-05-14", None),
    ("2021-05-14T23:30:00-08:00", "2021-05-14", None),
    ("٢٠٢١-٠٥-١٤", "2021-05-14", None),  # the page's own digits, as --published reads them
    ("２０２１-０５", "2021-05", "published: the page gives the month only, so 2021-05 is recorded (not 2021-05-"),
    # Dates trafilatura passes over in silence: years ahead, or before the web.
    ("2031-01-01T08:00:00+00:00", None, "published: the page gives no date defectcli can read: not recorded (give "
                                        "--published)"),
    ("0001-01-01T08:00:00+00:00", None, "published: the page gives no date defectcli can read: not recorded (give "
                                        "--published)"),
])
def test_a_page_date_is_recorded_only_as_far_as_the_page_gives_it(base: Path, tmp_path: Path, date: str,
                                                                  recorded: str | None, note: str | None) -> None:
    record, said = added(base, str(page(tmp_path, swap={"2021-05-14T08:00:00+00:00": date})), "--is-article")
    assert record.get("published") == recorded
    if note is None:
        assert f"defectcli:   published: {recorded} (from the page)\n" in said and "not recorded" not in said
    else:
        assert f"defectcli:   {note}" in said


@pytest.mark.parametrize(("swap", "given", "field"), [
    ({"2021-05-14T08:00:00+00:00": "2031-01-01T08:00:00+00:00"}, ["--published", "2021-05-14"], "published"),
    ({"https://example.org/news/ferry-pilots-walk-away": "https://exa mple.com/x"}, ["--url", "https://example.org/x"],
     "url"),
])
def test_what_the_page_gives_for_a_value_the_user_gave_goes_unsaid(base: Path, tmp_path: Path, swap: dict[str, str],
                                                                   given: list[str], field: str) -> None:
    record, said = added(base, str(page(tmp_path, swap=swap)), "--is-article", *given)
    assert record[field] == given[1] and f"{field}: {given[1]} (from {given[0]})" in said
    assert "not recorded" not in said  # "the page gives no date": a note beside --published would be untrue


@pytest.mark.parametrize("body", [
    '<form action="/login"><label>Email</label><input name=e><button>Log in</button></form>'
    '<p><a href="/reset">Forgot password? </a></p>',
    "<div><h1>Sign in</h1><p>Forgot password? </p></div>",
    "<p>Page not found. The page you are looking for has moved.</p>",
])
def test_a_page_with_no_article_text_is_refused_and_says_so(base: Path, tmp_path: Path, body: str) -> None:
    path = tmp_path / "login.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Log in</title></head><body>{body}</body></html>")
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page has no article text (trafilatura found only ")
    assert line.endswith("a login, cookie or error page? Save the article's own page, or its text as a .txt file")
    assert snapshot(base) == before


@pytest.mark.parametrize("bad", UNSAFE)
def test_a_page_title_with_a_control_character_never_reaches_the_record_raw(base: Path, tmp_path: Path,
                                                                            bad: str) -> None:
    title = "Ferry pilots walk away from the harbour board"
    path = page(tmp_path, swap={f'"og:title" content="{title}"': f'"og:title" content="Ferry{bad}pilots"',
                                "<title>Ferry pilots walk away": f"<title>Ferry{bad}pilots"})
    record, _ = added(base, str(path), "--is-article")  # which also asserts no raw control in the file or on the terminal
    assert not any(c in record.get("title", "") for c in UNSAFE)


def test_a_page_value_check_would_refuse_is_left_out_with_a_note() -> None:
    from defectcli.texts.intake import Article, publication_record

    article = Article("text\n", "an HTML page", {"title": "Red\x1b[31m", "outlet": "River News", "section": " ",
                                                  "byline": ["Mya Thida", "A\u202eB"], "published": "0000"})
    record, how = publication_record(article, {"url": "https://example.org/x"}, "page.html")
    assert record == {"given_by": "outlet from the saved page page.html (trafilatura); url from the options of "
                                  "add-source", "outlet": "River News", "url": "https://example.org/x"}
    assert how == {"outlet": "from the page", "url": "from --url"}
    assert article.notes == [
        "title 'Red\x1b[31m' from the page holds the control character U+001B; write it as one line of text: not "
        "recorded",
        "section ' ' from the page is empty (leave it out): not recorded",
        "byline 'A\u202eB' from the page holds the control character U+202E; write it as one line of "
        "text: not recorded",
        "published '0000' from the page is not a date (write YYYY-MM-DD, YYYY-MM or YYYY): not recorded"]


# ---------------------------------------------------------------- file names


NAMES: list[tuple[str, Callable[[Path], Path]]] = [
    ("inj\norganisations:\n- id: injected-org\n  name: Injected\nx.html", lambda p: page(p.parent, p.name)),
    ("esc\x1b]0;owned\x07\x1b[31m.html", lambda p: page(p.parent, p.name)),
    ("bidi\u202etxt.html", lambda p: page(p.parent, p.name)),
    ("line\u2028sep\x85.txt", lambda p: text_file(p.parent, p.name)),
]


@pytest.mark.parametrize(("name", "make"), NAMES)
def test_a_file_name_reaches_the_yaml_only_as_an_escaped_string(base: Path, tmp_path: Path, name: str,
                                                                make: Callable[[Path], Path]) -> None:
    path = make(tmp_path / name)
    record, _ = added(base, str(path), "--is-article")
    assert run("orgs", "--facts", str(base)).code == 1  # nothing was injected
    text = (base / "s1.yaml").read_text()
    assert text.startswith("# Source s1, added by `defectcli add-source`.\n# The text is kept")
    if path.suffix == ".html":
        shown = name.replace("\n", "\\n").replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace("\u202e", "\\u202e")
        assert f"from the saved page {shown} (trafilatura)" in record["given_by"]


def test_a_page_date_in_no_year_of_publication_is_left_out_with_a_note() -> None:
    # htmldate itself reads no date before 1995 or after today; what it gives is held to check's rule all the same
    from defectcli.texts.intake import Article, publication_record

    article = Article("The captain left the army.\n", "an HTML page")
    article.found.update(title="A title", published="0001-05-14")
    record, _ = publication_record(article, {}, "page.html")
    assert "published" not in record and record["title"] == "A title"
    assert article.notes == [f"published '0001-05-14' from the page {NO_YEAR}: not recorded"]


@pytest.mark.parametrize(("swap", "text"), [
    ({"2021-05-14T08:00:00+00:00": "2021-05-14T08:00:00+24:00"}, None),
    ({"2021-05-14T08:00:00+00:00": "2021-05-14T08:00:00+99:00"}, None),
    ({"runs a tea shop": "runs a &#x1b;tea shop"}, "runs a \ufffdtea shop"),
    ({"runs a tea shop": "runs a &#0;tea shop"}, "runs a \ufffdtea shop"),
])
def test_a_page_trafilatura_would_give_up_over_is_mended_and_read(
        base: Path, tmp_path: Path, swap: dict[str, str], text: str | None) -> None:
    record, said = added(base, str(page(tmp_path, swap=swap)), "--is-article")
    assert record["published"] == "2021-05-14" and "no article text" not in said
    kept = next((base / "sources").iterdir()).read_text(encoding="utf-8")
    assert (text or "runs a tea shop") in kept and "\x1b" not in kept


def test_a_page_whose_details_cannot_be_read_says_so_not_that_it_is_a_login_page(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.texts import pagefix

    monkeypatch.setattr(pagefix, "mended", lambda data: data)  # as if a page had a flaw no mending knows
    path = page(tmp_path, swap={"2021-05-14T08:00:00+00:00": "2021-05-14T08:00:00+24:00"})
    refused(base, [str(path)], f"{path}: the page could not be parsed (trafilatura gave it up while reading its title, "
                               "date or other details); save its text as a .txt file and give those as options")


RUN = b"Maung <b>Sein</b> is 21. "
LINE = b"<p>Maung Sein spoke of the soldiers who defected that year.</p>"
LONG = b"Maung Sein said the soldiers defected in the north. " * 22_000  # 1.1 MB
LINKS = b"".join(b'Maung Sein said <a href="/x%d">soldiers defected</a> there, ' % i for i in range(140))
REREAD = "the page nests its blocks so deep that the text extractor would read over {}, which no article page makes it do"
NESTED = "a <div> of the page with text of its own holds over 2,000 tags, with the <div>s inside it, which no article has"


@pytest.mark.parametrize(("page", "why"), [
    # re-run 135 A1: the extractor's time grows with the square of one paragraph's tags
    (b"<html><body><p>" + b"Maung <b>Sein</b> is 21. " * 501 + b"</p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    (b"<html><body><p>" + b"<a href=x>Sein</a> " * 300 + b"<span>x</span>" * 201 + b"</p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    # re-run 136 A1: a stray <html> inside the paragraph, which the parser drops, ended the count
    (b"<html><body><p>" + b"Maung <b>Sein</b> is 21. <html>" + b"Maung <b>Sein</b> is 21. " * 500 + b"</p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    # re-run 136 A2, 137 A1-A3: the page as the extractor decodes it (UTF-16, EBCDIC, gzip, a false charset), whose
    # tags the scans of its bytes did not see
    (("<html><body><p>" + "Maung <b>Sein</b> is 21. " * 501 + "</p></body></html>").encode("utf-16"),
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    (("<html><body><p " + " ".join(f"a{i}=x" for i in range(3000)) + ">x</p></body></html>").encode("utf-16"),
     "a tag of the page has 3,001 attributes, which no article page has"),
    (("<html><body><p>" + "Maung <b>Sein</b> is 21. " * 501 + "</p></body></html>").encode("cp037"),
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    (gzip.compress(b"<html><body><p>" + b"Maung <b>Sein</b> is 21. " * 501 + b"</p></body></html>"),
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    (b"<html><head><meta charset='utf-16'></head><body><p>" + b"Maung <b>Sein</b> is 21. " * 501 + b"</p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    # ... and any tag counts, not only those of a list (re-run 137: 29,900 <nobr> in one paragraph, a minute)
    (b"<html><body><p>" + b"Maung <nobr>Sein</nobr> is 21. " * 501 + b"</p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    # re-run 138 A2: a <template>'s tags, which the extractor reads too
    (b"<html><body><p>x <template>" + RUN * 501 + b"</template></p></body></html>",
     "a paragraph of the page has over 500 tags, which no article paragraph has"),
    # re-run 138 A1: a <div> with text of its own is read whole, the <div>s inside it too, at any depth, through any
    # block between (60 nested <div>s of 450 tags took 27 s; 20 sibling ones of 450 inside one with a line, 3 s)
    (b"<html><body><div>" + (RUN * 450 + b"<div>") * 5 + b"</div>" * 6 + b"</body></html>", NESTED),
    (b"<html><body><div>Maung Sein said. " + (b"<div>" + RUN * 150 + b"</div>") * 14 + b"</div></body></html>", NESTED),
    (b"<html><body><div><b>Maung</b><section>" + (b"<div>" + RUN * 150 + b"</div>") * 14 + b"</section></div></body></html>",
     NESTED),
    (b"<html><body><details>Maung Sein said. " + (b"<div>" + RUN * 150 + b"</div>") * 14 + b"</details></body></html>",
     NESTED.replace("<div> of", "<details> of")),
    (b"<html><body><figure>Maung <table><tr><td>x</td></tr></table>" + (b"<div>" + RUN * 150 + b"</div>") * 14
     + b"</figure></body></html>", NESTED.replace("<div> of", "<figure> of")),
    # re-run 139 A1, A2: blocks nested around paragraphs, each read again at every level around it (200 levels took
    # 37 s around 9.5 MB of text, 22 s with 140 links a level), and <div>s with a line of text each around a long one
    (b"<html><body>" + (b"<div>" + LINE) * 100 + b"<p>" + LONG + b"</p>" + b"</div>" * 100 + b"</body></html>",
     REREAD.format("100,000,000 characters")),
    (b"<html><body>" + (b"<section>" + LINE) * 100 + b"<p>" + LONG + b"</p>" + b"</section>" * 100 + b"</body></html>",
     REREAD.format("100,000,000 characters")),
    (b"<html><body>" + (b"<div>Maung Sein spoke. ") * 100 + b"<p>" + LONG + b"</p>" + b"</div>" * 100 + b"</body></html>",
     REREAD.format("100,000,000 characters")),
    (b"<html><body>" + (b"<div><p>" + LINKS + b"</p>") * 80 + b"</div>" * 80 + b"</body></html>",
     REREAD.format("250,000 tags")),
    (b"<html><body>" + (b"<blockquote><p>" + RUN * 140 + b"</p>") * 80 + b"</blockquote>" * 80 + b"</body></html>",
     REREAD.format("250,000 tags")),
    # guards: a long text or many links in few levels, and blocks nested deep around no paragraph
    (b"<html><body><div><div><p>" + LONG + b"</p></div></div></body></html>", None),
    (b"<html><body>" + (b"<div><p>" + LINKS + b"</p>") * 30 + b"</div>" * 30 + b"</body></html>", None),
    (b"<html><body>" + b"<div>" * 200 + LONG + b"</div>" * 200 + b"</body></html>", None),
    # guards: a <div> with no text of its own, or <p>s inside one, or no more than 2,000 tags in all
    (b"<html><body><div>" + (b"<div>" + RUN * 400 + b"</div>") * 20 + b"</div></body></html>", None),
    (b"<html><body><div>Maung Sein said. " + (b"<p>" + RUN * 400 + b"</p>") * 20 + b"</div></body></html>", None),
    (b"<html><body><div>Maung Sein said. " + (b"<div>" + RUN * 400 + b"</div>") * 5 + b"</div></body></html>", None),
    # guards: each paragraph counts its own; a head's tags and an icon's shapes are no paragraph's text
    (b"<html><body>" + (b"<p>" + b"Maung <b>Sein</b> is 21. " * 400 + b"</p>") * 3 + b"</body></html>", None),
    (b"<html><head>" + b"<meta name=x content=y>" * 800 + b"</head><body><p>x</p></body></html>", None),
    (b"<html><body><p>x <svg>" + b"<path d='M0'/>" * 800 + b"</svg></p></body></html>", None),
])
def test_a_paragraph_of_too_many_tags_of_text_is_not_read(page: bytes, why: str | None) -> None:
    from defectcli.texts.pagefix import crowded

    assert crowded(page) == why


# ---------------------------------------------------------------- the extractor, bounded in time and memory

# Stand-ins for trafilatura's extraction, each a module the reading process imports in its place (it is a program of
# its own, started by the same Python: PYTHONPATH reaches it)
EXTRACTORS = {
    "slow": "import time\ndef bare_extraction(*a, **k):\n    time.sleep(120)\n",
    "killed": "import os, signal\ndef bare_extraction(*a, **k):\n    os.kill(os.getpid(), signal.SIGKILL)\n",
    "failing": "def bare_extraction(*a, **k):\n    raise ValueError('no tree\\x1b[31m')\n",
    "greedy": "def bare_extraction(*a, **k):\n    bytearray(64 << 30)\n",
    # (as trafilatura's fallback readers do: a MemoryError caught, and the reading goes on with less of the page)
    "greedy quietly": "def bare_extraction(*a, **k):\n    held = []\n    try:\n        while True:\n"
                      "            held.append(bytearray(16 << 20))\n    except MemoryError:\n        held.clear()\n",
    "printing": "import sys\ndef bare_extraction(*a, **k):\n    print('noise'); sys.stdout.flush()\n",
}


def _reading_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, extractor: str) -> None:
    fake = tmp_path / "extractor" / "trafilatura"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(EXTRACTORS[extractor])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(fake.parent), *filter(None, [os.environ.get("PYTHONPATH")])]))


@pytest.mark.parametrize(("extractor", "why"), [
    # re-runs 138-140: shapes of page no cap named kept add-source and sources fetch reading for 12-40 s and 4 GB
    ("slow", "the text extractor had not read it after 1.5 s, which no article page takes"),
    ("killed", "the text extractor stopped on it (exit signal 9)"),
    ("failing", "the text extractor failed on it (ValueError: no tree\\x1b[31m)"),
])
def test_a_page_the_extractor_cannot_read_in_time_is_refused_and_nothing_written(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: str, why: str) -> None:
    from defectcli.texts import pageread

    monkeypatch.setattr(pageread, "MAX_SECONDS", 1.5)
    _reading_with(monkeypatch, tmp_path, extractor)
    path = page(tmp_path)
    started = time.monotonic()
    refused(base, [str(path)], f"{path}: {why}; save the article's text as a .txt file")
    assert time.monotonic() - started < 60  # (not the two minutes the extractor would take)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="the memory bound is set on Linux only")
@pytest.mark.parametrize("extractor", ["greedy", "greedy quietly"])
def test_a_page_the_extractor_needs_too_much_memory_for_is_refused(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: str) -> None:
    from defectcli.texts import pageread

    monkeypatch.setattr(pageread, "MAX_MEMORY", 256 << 20)
    _reading_with(monkeypatch, tmp_path, extractor)
    path = page(tmp_path)
    refused(base, [str(path)], f"{path}: the text extractor needed more than 256 MiB of memory for it, which no article "
                               "page needs; save the article's text as a .txt file")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="the memory bound is set on Linux only")
def test_a_users_own_lower_memory_bound_is_the_readers_and_it_is_refused_by_it(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # re-run 141, borderline: under `ulimit -v` the reader's bound was not set, and a MemoryError trafilatura caught
    # left a page read with less of its text
    import re
    import subprocess

    _reading_with(monkeypatch, tmp_path, "greedy quietly")
    probe = ("import os, resource, sys\nsize = int(open('/proc/self/statm').read().split()[0]) * os.sysconf('SC_PAGE_SIZE')\n"
             "resource.setrlimit(resource.RLIMIT_AS, (size + (768 << 20),) * 2)\nfrom defectcli.cli import main\n"
             "main(sys.argv[1:])\n")
    done = subprocess.run([sys.executable, "-c", probe, "add-source", str(page(tmp_path)), "--facts", str(base)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    found = re.fullmatch(r"defectcli: .*: the text extractor needed more than ([\d,]+) MiB of memory for it, which no "
                         r"article page needs; save the article's text as a \.txt file\n", done.stderr)
    assert found and int(found[1].replace(",", "")) < 2048, done.stderr


def test_what_the_extractor_prints_is_no_part_of_its_answer(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _reading_with(monkeypatch, tmp_path, "printing")  # (it returns None: the page has no text)
    path = page(tmp_path)
    refused(base, [str(path)], f"{path}: the page has no article text (trafilatura found none): a login, cookie or "
                               "error page? Save the article's own page, or its text as a .txt file")


def test_ctrl_c_while_a_page_is_read_ends_add_source_at_once(base: Path, tmp_path: Path) -> None:
    # a guard: Ctrl-C ends the child reading the page too, and nothing is written
    import subprocess

    from .helpers import CLI

    path = _slow_page(tmp_path)
    before = snapshot(base)
    proc = subprocess.Popen([*CLI, "add-source", str(path), "--facts", str(base), "--id", "s9", "--url",
                             "https://example.org/s9", "--outlet", "O", "--published", "2024-01-01"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2)  # (reading: the page is refused only after MAX_SECONDS)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=5)
    assert (proc.returncode, out, err) == (130, b"", b"defectcli: interrupted\n")
    assert snapshot(base) == before


def test_a_page_date_is_looked_for_around_the_first_thousand_places_its_year_is_written() -> None:
    # re-run 140 A3: a class name of 9 MB had every pattern of a date tried at each of its characters (4 s after the
    # extractor), and 9 MB of Arabic-Indic digits took 6 s to read as 0-9
    from defectcli.texts.pagedate import MAX_YEARS, as_given

    assert MAX_YEARS == 1000
    long = '<p class="' + "x" * 9_000_000 + '">'
    assert as_given(long + "Published May 14, 2024", "2024-05-14") == ("2024-05-14", None)
    assert as_given("٢٠٢٤-٠٥-١٤ " + "١" * 1_000_000, "2024-05-14") == ("2024-05-14", None)
    apart = "2024" + " " * 50
    assert as_given(apart * 999 + "2024-05-14", "2024-05-14") == ("2024-05-14", None)
    # past the first thousand places the year is written, a date is not looked for: no page writes its year so often
    assert as_given(apart * 1000 + "2024-05-14", "2024-05-14") == (
        None, "published: the page writes 2024 over 1,000 times, and 2024-05-14 (as trafilatura read it) is not near the "
              "first of them: not recorded (give --published)")


def _slow_page(tmp_path: Path) -> Path:
    """A page the extractor reads for tens of seconds, past every cap (re-run 140 A1: its text inside a drawing)."""
    big = b"Maung Sein said the soldiers defected in the north. " * 180_000
    path = tmp_path / "slow.html"
    path.write_bytes(b"<html><head><title>Maung Sein story</title></head><body><article>"
                     + b"<div><p>Maung Sein spoke.</p>" * 200 + b"<svg><text>" + big + b"</text></svg>"
                     + b"</div>" * 200 + b"</article></body></html>")
    return path


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # (a zombie has ended: its parent gone)
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="a process's children are listed in /proc on Linux")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_the_process_reading_a_page_ends_when_add_source_is_killed(base: Path, tmp_path: Path, sig: int) -> None:
    # re-run 141 A1: killed any way but Ctrl-C, add-source left the reader running on (for ever once it had read)
    import subprocess

    from .helpers import CLI

    proc = subprocess.Popen([*CLI, "add-source", str(_slow_page(tmp_path)), "--facts", str(base), "--id", "s9",
                             "--url", "https://example.org/s9", "--outlet", "O", "--published", "2024-01-01"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while not children and time.monotonic() < deadline:  # (the reader starts once the caps have passed the page)
        time.sleep(0.1)
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children", encoding="ascii") as listed:
            children = [int(p) for p in listed.read().split()]
    assert children
    proc.send_signal(sig)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 3  # (the reader's own bound is 10 s)
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, children))


def _added_in_a_worker(base: str, page: str) -> str:
    from defectcli import api
    from defectcli.api import FactBase

    added = api.add_source(FactBase(base), Path(page), "s9", given={"outlet": "O", "url": "https://example.org/s9",
                                                                    "published": "2024-01-01"}, is_article=True)
    return added.id


def test_a_page_whose_reader_cannot_be_started_is_refused_in_one_line(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))  # (as ulimit -u or -n would, it cannot start)
    path = page(tmp_path)
    refused(base, [str(path)], f"{path}: the text extractor could not be started (No such file or directory); "
                               "save the article's text as a .txt file")
    from defectcli.texts import pageread

    def lost() -> str:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(pageread, "_source", lost)  # re-run 145, borderline: an install that lost pagechild.py
    refused(base, [str(path)], f"{path}: the text extractor could not be started (No such file or directory); "
                               "save the article's text as a .txt file")
    monkeypatch.setattr(sys, "executable", None)  # re-run 144 A2: an embedding program's (was a bare TypeError)
    refused(base, [str(path)], f"{path}: the text extractor could not be started (this Python names no program to run "
                               "it with); save the article's text as a .txt file")


def test_a_page_read_by_a_program_that_is_no_python_is_refused_in_one_line(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "host"  # (an embedding program's sys.executable: it answers something else)
    other.write_text("#!/bin/sh\necho usage: host [options]\n")
    other.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(other))
    path = page(tmp_path)
    refused(base, [str(path)], f"{path}: the text extractor's answer could not be read (exit 0); save the article's "
                               "text as a .txt file")


def test_a_page_is_added_by_a_program_that_ignores_its_childrens_ends(base: Path, tmp_path: Path) -> None:
    # re-run 143 A1: with SIGCHLD ignored (as a daemon may pass it on), add-source crashed with ChildProcessError
    import subprocess

    probe = ("import signal, sys\nsignal.signal(signal.SIGCHLD, signal.SIG_IGN)\nfrom defectcli.cli import main\n"
             "main(sys.argv[1:])\n")
    done = subprocess.run([sys.executable, "-c", probe, "add-source", str(page(tmp_path)), "--facts", str(base), "--id",
                           "s9", "--url", "https://example.org/s9", "--outlet", "O", "--published", "2024-01-01",
                           "--is-article"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (base / "s9.yaml").is_file()


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_a_page_is_added_from_a_multiprocessing_pools_worker(base: Path, tmp_path: Path, start: str) -> None:
    # re-run 142 A1: a Pool's worker, a daemon, may start no multiprocessing.Process: every page raised AssertionError
    import multiprocessing

    with multiprocessing.get_context(start).Pool(1) as pool:
        assert pool.apply(_added_in_a_worker, (str(base), str(page(tmp_path)))) == "s9"
    assert (base / "s9.yaml").is_file()


def test_a_stdout_that_cannot_be_written_after_the_source_is_added_says_it_was_added(base: Path, tmp_path: Path) -> None:
    # re-run 144 A5: exit 74 said only "cannot write to standard output"; the source was added, and a retry refused
    import subprocess

    from .helpers import CLI

    text = text_file(tmp_path)
    with open("/dev/full", "wb") as full:
        done = subprocess.run([*CLI, "add-source", str(text), "--facts", str(base), "--id", "s9"], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 74
    kept = next(base.glob("sources/*.txt"))
    assert done.stderr.splitlines()[-1] == (
        f"defectcli: cannot write to standard output (No space left on device); source s9 was added all the same: "
        f"text kept as {kept}, record in {base / 's9.yaml'}")


def test_a_defectcli_whose_own_fact_base_is_not_found_says_so_and_init_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # re-run 144 A3: run from a zip archive, init said it had made a fact base and wrote only sources/, and every
    # query without --facts read an empty fact base beside the archive
    from defectcli import paths

    zipped = tmp_path / "defectcli.pyz" / "defectcli"
    monkeypatch.setattr(paths, "PACKAGE", zipped)
    (tmp_path / "facts").mkdir()  # re-run 145 A1: a folder of the user's beside the archive was taken for it
    (tmp_path / "facts" / "mine.yaml").write_text("people: []\n")
    why = (f"defectcli's own fact base is not found (in {zipped / 'facts'}): it runs from an installed package or a "
           "checkout, not from a zip archive")
    for args in (["init", str(tmp_path / "new")], ["init", str(tmp_path / "new"), "--empty"], ["person", "Lin Aung"]):
        r = run(*args)
        yours = "; give --facts DIR for a fact base of your own" if args[0] == "person" else ""
        assert (r.code, r.err.splitlines()[-1]) == (2, f"defectcli: {why}{yours}"), args
    assert not (tmp_path / "new").exists()
    # re-run 146 A1: an archive named src, in a folder with a pyproject.toml, is no checkout either
    (tmp_path / "src").write_bytes(b"PK")
    (tmp_path / "pyproject.toml").write_text("")
    monkeypatch.setattr(paths, "PACKAGE", tmp_path / "src" / "defectcli")
    r = run("init", str(tmp_path / "new"), "--empty")
    assert (r.code, r.err.splitlines()[-1]) == (2, f"defectcli: {why.replace(str(zipped), str(tmp_path / 'src' / 'defectcli'))}")
    assert not (tmp_path / "new").exists()


def test_a_fetched_page_whose_charset_holds_a_nul_is_read_as_utf_8() -> None:
    # re-run 146 A2: `Content-Type: text/html; charset=` with a NUL in the name crashed sources fetch (ValueError)
    from defectcli.texts.pagetitle import page_title

    assert page_title(b"<title>Ferry pilots walk away</title>", "utf\x00-8") == "Ferry pilots walk away"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_page_or_a_text_saved_in_utf_16_is_read_as_its_page_is(base: Path, tmp_path: Path, encoding: str) -> None:
    # re-run 177: a saved page in UTF-16 (with its byte-order mark) was refused as "a binary file", though
    # `sources fetch` reads the same page; a text saved so too
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""  # ("utf-16" writes its own mark, "utf-16-be" none)
    (saved := tmp_path / "page.html").write_bytes(bom + PAGE.encode(encoding))
    record, _ = added(base, str(saved), "--is-article")
    assert record["published"] == "2021-05-14"
    assert "runs a tea shop" in next((base / "sources").iterdir()).read_text(encoding="utf-8")
    other = tmp_path / "other"
    assert run("init", str(other), "--empty").code == 0
    (text := tmp_path / "article.txt").write_bytes(bom + TEXT.encode(encoding))
    assert run("add-source", str(text), "--facts", str(other)).code == 0
    assert next((other / "sources").iterdir()).read_text(encoding="utf-8") == TEXT
