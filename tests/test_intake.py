"""What add-source writes always loads: each value it is given or finds on a page either passes the
rule check applies to it, or is refused (an option) or left out with a note (a page's value), before
anything is written; names and values reach the YAML only through the YAML library."""

from __future__ import annotations

import datetime
import json
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


# The years a publication record may give: 1800 to next year's (a page may carry it as the year turns).
NO_YEAR = f"is no year an article was published in (write one from 1800 to {datetime.date.today().year + 1})"
# A date where the article may already be out is allowed; the day after it is not.
TOMORROW = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
AFTER_TOMORROW = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()


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
    record, said = added(base, str(path))
    assert "url" not in record
    assert "defectcli:   url 'https://exa mple.com/x' from the page is not an http(s) address: not recorded\n" in said


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
    record, said = added(base, str(page(tmp_path, swap={"2021-05-14T08:00:00+00:00": date})))
    assert record.get("published") == recorded
    if note is None:
        assert f"defectcli:   published: {recorded} (from the page)\n" in said and "not recorded" not in said
    else:
        assert f"defectcli:   {note}" in said


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


GATES = [  # (title, the page's text: a few dozen words, past the floor of words), the kind of page
    ("Sign in", "Sign in to your account. Email address. Password. Keep me signed in. Forgot password? Don't have an "
     "account yet? Register now to read unlimited stories from our newsroom, comment on articles and receive our "
     "newsletter every morning.", "a sign-in page"),
    ("River News", "We value your privacy. We and our partners use cookies and similar technologies to store and "
     "access information on your device, to measure audiences and to show you personalised content. Click accept all "
     "to consent, or manage preferences.", "a cookie notice"),
    ("Ferry pilots walk away", "Subscribe to continue reading. Our journalism depends on readers like you. Already a "
     "subscriber? Get unlimited access to every story, our archive and the morning briefing for one low price a "
     "month, cancel any time you like.", "a paywall"),
    ("Just a moment...", "Checking your browser before accessing the site. This process is automatic. Your browser "
     "will redirect to your requested content shortly. Please allow up to five seconds while we make sure the "
     "connection is safe for everyone.", "a browser check"),
    ("River News", "This content is not available in your region. Because of the rights we hold for this story, "
     "readers in your country cannot open it here, and we are sorry for the trouble this causes. Please enable "
     "JavaScript and try another page of ours instead.", "a region block"),
    ("Oops! That page can’t be found. – River News", "It looks like nothing was found at this location. Maybe try one "
     "of the links below or a search of the whole site, or go back to the front page and start again from there "
     "today.", "an error page"),
    ("Page introuvable", "La page que vous recherchez a peut-être été supprimée, a changé de nom ou est "
     "temporairement indisponible. Revenez à la page d'accueil du site pour trouver les articles les plus récents de "
     "la rédaction.", "an error page"),
    ("Are you a robot?", "Please complete the security check below to access the website. Why do I have to complete "
     "a CAPTCHA? Completing the CAPTCHA proves you are a human and gives you temporary access to the web property.",
     "a browser check"),
    ("We'll be back soon", "Sorry for the inconvenience: we are performing some scheduled work on the "
     "site and will be back online shortly, with every story where it was before, and more to come.",
     "a maintenance page"),
    ("This article has been removed", "It was taken down at the request of its author and is no longer part of our "
     "archive. Browse the latest stories from our newsroom on the front page, or use the search box above.",
     "an error page"),
    ("Please confirm your age", "Before you continue: Some of the stories on this site are meant for "
     "adult readers only, and the law where we publish asks us to check this once for every visitor.",
     "an age gate"),
    ("Ad blocker detected", "It looks like you are using one. Our reporting is paid for by advertising, so please "
     "allow ads on our site or take out a membership to keep reading every story we publish.",
     "an ad-blocker wall"),
    ("Continue reading in the app", "This story is best read in the River News app, with offline "
     "reading, alerts for breaking news and the full archive of our reporting, free for all readers.",
     "an app wall"),
]
# A region wall that says so in its heading only (the title and the text say less).
REGION_HEADING = ("<html><head><title>Unavailable</title></head><body><h1>This content is not available in your "
                  "region</h1><p>Due to licensing restrictions, the video and article you are trying to reach cannot "
                  "be opened from where you are. We apologise for the inconvenience and hope to serve you again soon."
                  "</p></body></html>")


@pytest.mark.parametrize(("title", "text", "kind"), GATES)
def test_a_page_that_stands_in_front_of_an_article_is_refused_and_named(base: Path, tmp_path: Path, title: str,
                                                                       text: str, kind: str) -> None:
    path = tmp_path / "gate.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p>"
                    "</body></html>", encoding="utf-8")
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page is {kind}, not an article (its text: '")
    assert line.endswith("'). Save the article's own page, or its text as a .txt file")
    assert snapshot(base) == before


def test_a_gate_page_whose_title_is_a_status_code_and_its_phrase_is_refused(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "gate.html"
    path.write_text("<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many "
                    "Requests</h1><p>You have sent too many requests in a given amount of time. Please wait a few "
                    "minutes before you try again, and reload the page then.</p></body></html>", encoding="utf-8")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page is")


@pytest.mark.parametrize(("text", "kind"), [
    ("This content is not available in your region. We are sorry for the trouble, and hope to serve you again "
     "soon with the stories of our newsroom, which readers elsewhere can open as usual.", "a region block"),
    ("Please enable JavaScript in your browser settings and reload the page to read the stories of our newsroom, "
     "which need it to show their pictures, maps and charts as they were made.", "a JavaScript notice"),
    ("Checking if the site connection is secure. The site needs to review the security of your connection before "
     "proceeding, which takes a few seconds and happens once for every visitor.", "a browser check"),
    ("Subscribe to continue reading. Our journalism depends on readers like you, and every story of our newsroom "
     "is open to those who help us pay for it, for less than a coffee a week.", "a paywall"),
    ("Page introuvable. La page que vous recherchez a peut-être été supprimée, a changé de nom ou est "
     "temporairement indisponible pour les lecteurs de notre rédaction.", "an error page"),
])
def test_a_gate_page_under_the_site_s_own_name_is_refused_by_one_firm_phrase(base: Path, tmp_path: Path, text: str,
                                                                             kind: str) -> None:
    path = tmp_path / "gate.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>River News</title></head><body><h1>River News</h1>"
                    f"<p>{text}</p></body></html>", encoding="utf-8")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page is {kind}, not an article (its text: '")


def test_a_region_wall_that_says_so_in_its_heading_only_is_refused(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "geo.html"
    path.write_text(REGION_HEADING, encoding="utf-8")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page is a region block, not an article (its text: '")


@pytest.mark.parametrize(("title", "text"), [
    ("Pilots walk away", "The harbour board changed the password of its radio network on Monday, after two ferry "
     "pilots walked away from their boats in protest at unpaid wages, a spokesman for the board said in a statement."),
    ("Oops: the board's wrong number", "The harbour board printed the wrong number of pilots who walked away: it "
     "said 12, where its own list names 21, a spokesman admitted on Monday, and promised a corrected statement."),
    ("Leak at the harbour board", "Login details and passwords of the harbour board's staff accounts were posted "
     "online on Monday, days after two ferry pilots walked away from their boats in protest at unpaid wages."),
    ("Pilots' union asks for help", "The pilots' union asked readers to subscribe to its newsletter for news of the "
     "strike, after two ferry pilots walked away from their boats in protest at unpaid wages on Monday."),
    # One set phrase of a gate page, as a brief reports it.
    ("Conscription age lowered", "You must be 18 to be called up under the new rule, the board said on Monday, "
     "after two ferry pilots walked away from their boats in protest at unpaid wages."),
    ("Board's statement withdrawn", "The board's statement on the two pilots was taken off its site on Monday; the "
     "story was removed after a spokesman said the figures in it were wrong."),
    ("Pilots' wages", "Something went wrong with the wages of the harbour pilots in March, a spokesman for the board "
     "admitted on Monday, after two of them walked away from their boats in protest."),
    # One phrase in two forms, two kinds' phrases, a headline that holds a phrase.
    ("Free articles for pilots", "The board offers free articles on pilot safety; one free article a week goes to "
     "each harbour, a spokesman said on Monday, after two ferry pilots walked away from their boats."),
    ("Recruits", "You must be 18 to be called up, the board said; the old list is no longer available, a spokesman "
     "added on Monday, after two ferry pilots walked away from their boats in protest."),
    ("Unusual traffic at border crossing as soldiers flee", "Hundreds of soldiers crossed at the river on Monday, "
     "a border official said, after their units were told to move north."),
    # A gate page's words as a brief quotes or reports them.
    ("Outlet under attack", "The exile outlet's site showed only “We'll be back soon” on Monday; its editor said "
     "the attack came days after it reported two ferry pilots walking away from their boats."),
    ("Readers blocked", "Readers inside the country saw “This content is not available in your country” on Monday, "
     "an editor said, after the outlet reported two ferry pilots walking away from their boats."),
    ("Outlet hit", "The outlet bought DDoS protection after its site went down on Monday, its editor said, days "
     "after it reported two ferry pilots walking away from their boats in protest at unpaid wages."),
    ("Barracks rules", "Soldiers must sign in at the gate and log in to the duty roster each morning, a former "
     "private said on Monday, after two ferry pilots walked away from their boats in protest."),
])
def test_a_brief_article_that_uses_a_gate_page_s_words_is_an_article(base: Path, tmp_path: Path, title: str,
                                                                      text: str) -> None:
    path = tmp_path / "brief.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p>"
                    "</body></html>", encoding="utf-8")
    r = run("add-source", str(path), "--facts", str(base))
    assert r.code == 0, r.err


@pytest.mark.parametrize("bad", UNSAFE)
def test_a_page_title_with_a_control_character_never_reaches_the_record_raw(base: Path, tmp_path: Path,
                                                                            bad: str) -> None:
    title = "Ferry pilots walk away from the harbour board"
    path = page(tmp_path, swap={f'"og:title" content="{title}"': f'"og:title" content="Ferry{bad}pilots"',
                                "<title>Ferry pilots walk away": f"<title>Ferry{bad}pilots"})
    record, _ = added(base, str(path))  # which also asserts no raw control in the file or on the terminal
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
    record, _ = added(base, str(path))
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
    record, said = added(base, str(page(tmp_path, swap=swap)))
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


ERROR_BODY = ("<h1>Page not found</h1><p>Sorry, the page you are looking for does not exist. It may have been moved "
              "or deleted, or it never was here. Return to the homepage and search again.</p>")


@pytest.mark.parametrize("title", ["404 Not Found", "Page not found – River News", "500 Internal Server Error",
                                   "Access denied"])
def test_an_error_page_with_words_enough_is_refused_by_its_title(base: Path, tmp_path: Path, title: str) -> None:
    path = tmp_path / "gone.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{ERROR_BODY}</body></html>")
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == (f"{path}: the page is an error page (its title: '{title}'), not an article. Save the article's own "
                    "page, or its text as a .txt file")
    assert snapshot(base) == before


def test_an_article_whose_title_only_begins_like_an_error_is_kept(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    words = " ".join(["The soldiers who left spoke of the war and of the families they had to leave behind."] * 3)
    path.write_text(f"<!DOCTYPE html><html><head><title>500 soldiers defect in a week</title></head><body><article>"
                    f"<h1>500 soldiers defect in a week</h1><p>{words}</p></article></body></html>")
    record, _ = added(base, str(path))
    assert record["title"] == "500 soldiers defect in a week"
