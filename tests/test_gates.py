"""Saved or fetched pages that may not be the article: every page of under 300 words of text (a news
brief, or a sign-in form, a cookie notice, a paywall, a bot check, an error page in the article's
place, which no rule of words tells apart) and a longer one titled as an error with its status code.
add-source keeps such a page only on the user's word (--is-article), and says what a page in front of
an article would say; sources fetch keeps it when it holds the source's excerpts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .helpers import one_line, run
from .test_intake import added
from .test_writing import snapshot

SHORT = ("the page has only {n} words of text, short for an article: a brief, or a page in front of the article (a "
         "sign-in form, a paywall, a cookie notice, an error page)?")
ON_YOUR_WORD = ". Save the article's own page; if it is the article, add --is-article"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    directory = tmp_path / "mine"
    assert run("init", str(directory), "--empty").code == 0
    return directory


def html(tmp_path: Path, title: str, text: str, heading: str | None = None) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{heading or title}</h1>"
                    f"<p>{text}</p></body></html>", encoding="utf-8")
    return path


def refused(base: Path, path: Path) -> str:
    """add-source's one line for a short page, which leaves the fact base as it was; and the page
    kept on the user's word."""
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert snapshot(base) == before
    words = re.match(rf"{re.escape(str(path))}: the page has only (\d+) words", line)
    assert words, line
    assert line.startswith(f"{path}: {SHORT.format(n=words[1])}") and line.endswith(ON_YOUR_WORD), line
    return line


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

REGION_HEADING = ("<html><head><title>Unavailable</title></head><body><h1>This content is not available in your "
                  "region</h1><p>Due to licensing restrictions, the video and article you are trying to reach cannot "
                  "be opened from where you are. We apologise for the inconvenience and hope to serve you again soon."
                  "</p></body></html>")

# The same kinds under the site's own name: (text, kind).
FIRM_SITE: list[tuple[str, str | None]] = [
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
]


# Gate pages under the site's own name, in words of their own; the kind of page whose phrase each says.
SPEAKING: list[tuple[str, str | None]] = [
    ("Something went wrong. We could not load this page right now. Please refresh the page or try again in a few "
     "minutes.", "an error page"),
    ("You must be 18 or older to view this content. Please leave now if you are under the legal age in your country. "
     "Enter. Leave.", "an age gate"),
    ("Please complete the captcha below to continue to River News. This helps us keep automated programs away from "
     "our site.", "a browser check"),
    ("Our site is down for maintenance. We are making improvements and expect to be online again in a few hours. "
     "Thank you for your patience.", "a maintenance page"),
    ("This article has been removed. It may have been taken down at the request of its author or for legal reasons. "
     "Browse our latest stories instead.", "an error page"),
    ("It looks like you are using an ad blocker. River News depends on advertising to pay its reporters. Please "
     "support independent journalism.", "an ad-blocker wall"),
    ("Open this story in the app to read it in full, with photographs and video. The River News app is free on "
     "Android and iPhone.", "an app wall"),
    ("Verify you're human by completing the action below. River News needs to review the security of your connection "
     "before proceeding.", "a browser check"),
    # Words no list holds, and a list of the site's headlines that report: a short page all the same.
    ("Hold on, we need to make sure you are not a machine. Tick the box and press the button to go on to the story "
     "you asked for. Most read: Junta says 200 soldiers returned to duty. Defector tells of hunger.", None),
    ("Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und "
     "die Nutzung unserer Website zu analysieren. Zustimmen. Ablehnen. Einstellungen.", "a cookie notice"),
    ("Hai dimenticato la password? Accedi per continuare a leggere le storie della nostra redazione, o crea un account "
     "gratuito oggi stesso.", None),
]


# Briefs that use, report or quote a gate page's words: (title, text).
BRIEFS = [
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
]


REPORTING = [
    ("Commander leaves village", "Residents of a village in Sagaing said the column's commander told them 'we'll be "
     "back soon' as his troops withdrew on Tuesday. Two soldiers from the column later defected."),
    ("Defectors cut off from unit chats", "Soldiers who left their posts said they found a message on their phones, "
     "‘you have been blocked’, when they tried to reach former comrades through the unit's group."),
    ("Facebook blocked for soldiers' families", "Families in military housing say the video of the defectors' press "
     "conference shows only the line 'This content is not available in your country' on their phones."),
    ("Recruiters turn away boys", "At a recruiting office in Mandalay a clerk told one boy to confirm your age with a "
     "birth certificate, his father said. Many families have no papers after years of fighting."),
    ("Exile paper launches paywall", "An exile newspaper will put its English stories behind a paywall next month, its "
     "publisher said; readers will see a message asking them to subscribe to continue reading after three stories."),
    ("Outlet hit by hackers", "An exile outlet said it had bought DDoS protection after days offline, and that readers "
     "now pass a captcha before they reach its interviews with soldiers who left the army."),
    ("Light pages for old phones", "A rights group republishes news as plain pages that do not require readers to "
     "enable JavaScript, the group said, as many people in conflict areas use second-hand phones."),
    ("‘Not available in your country’: users cut off", "Myanmar users of two streaming apps found their accounts cut "
     "off on Monday, a digital rights group said, as the junta widened its block on foreign services."),
]


@pytest.mark.parametrize(("title", "text", "kind"),
                         GATES + [("River News", text, kind) for text, kind in FIRM_SITE + SPEAKING])
def test_a_gate_page_is_refused_and_the_message_says_what_such_a_page_says(base: Path, tmp_path: Path, title: str,
                                                                         text: str, kind: str | None) -> None:
    line = refused(base, html(tmp_path, title, text))
    hint = re.search(r"\? (It says|Its title says) '(.*?)', as (.*?) does\. Its text: '", line)
    if kind is None:
        assert "? Its text: '" in line
    else:
        assert hint, line
        assert hint[3] == kind or (kind == "an error page" and hint[3] == "an error page's"), line


def test_a_region_wall_that_says_so_in_its_heading_only_says_that(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "geo.html"
    path.write_text(REGION_HEADING, encoding="utf-8")
    assert "? Its title says 'not available in your region', as a region block does. Its text: '" in refused(base, path)


def test_a_short_page_s_status_coded_title_is_named_as_an_error_page_s(base: Path, tmp_path: Path) -> None:
    line = refused(base, html(tmp_path, "429 Too Many Requests", "You have sent too many requests in a given amount of "
                              "time. Please wait a few minutes before you try again, and reload the page then."))
    assert "? Its title says '429 Too Many Requests', as an error page's does. Its text: 'You have sent too many" in line


@pytest.mark.parametrize(("title", "text"), BRIEFS + REPORTING)
def test_a_short_brief_is_kept_on_the_user_s_word_and_then_loads(base: Path, tmp_path: Path, title: str,
                                                                 text: str) -> None:
    path = html(tmp_path, title, text)
    refused(base, path)
    record, _ = added(base, str(path), "--is-article")
    assert record["title"] == title


@pytest.mark.parametrize(("title", "text"), [REPORTING[0], REPORTING[1], REPORTING[2], BRIEFS[10], BRIEFS[11],
                                             REPORTING[-1]])
def test_what_a_brief_quotes_is_not_taken_for_what_it_says(base: Path, tmp_path: Path, title: str, text: str) -> None:
    assert "? Its text: '" in refused(base, html(tmp_path, title, text))


def long(*sentences: str) -> str:
    """A text of over 300 words: the sentences, then a report of the same kind."""
    filler = ("Soldiers who left their units described weeks of hunger and fear, a rights group said on Monday, and "
              "families in the towns near the front told reporters that the fighting had moved closer to their homes. ")
    return " ".join(sentences) + " " + filler * 10


def test_a_longer_article_that_reports_what_gate_pages_say_is_kept(base: Path, tmp_path: Path) -> None:
    path = html(tmp_path, "Error – junta admits miscounting defections", long(
        "Soldiers must now log in to continue receiving their pay through an app, which asks those who forgot your "
        "password to report to their unit, a defector said.", "Readers of the exile paper are asked to subscribe to "
        "continue reading."))
    record, _ = added(base, str(path))
    assert record["title"] == "Error – junta admits miscounting defections"


@pytest.mark.parametrize("title", ["404 Not Found", "500 Internal Server Error – River News", "HTTP 410 Gone"])
def test_a_longer_page_titled_as_an_error_with_its_status_code_is_refused(base: Path, tmp_path: Path,
                                                                          title: str) -> None:
    path = html(tmp_path, title, long("Sorry, the page you are looking for does not exist."), heading="River News")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == f"{path}: the page looks like an error page (its title: '{title}'), not an article{ON_YOUR_WORD}"
    added(base, str(path), "--is-article")


def test_an_article_whose_title_only_begins_like_an_error_is_kept(base: Path, tmp_path: Path) -> None:
    path = html(tmp_path, "500 soldiers defect in a week", long("The soldiers who left spoke of the war."))
    record, _ = added(base, str(path))
    assert record["title"] == "500 soldiers defect in a week"


def test_a_page_with_no_article_text_is_refused_even_on_the_user_s_word(base: Path, tmp_path: Path) -> None:
    path = html(tmp_path, "Log in", "Forgot your password? Log in.")
    line = one_line(run("add-source", str(path), "--facts", str(base), "--is-article"), 2)
    assert line.startswith(f"{path}: the page has no article text (trafilatura found only ")


def test_a_plain_text_file_is_never_in_doubt(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(BRIEFS[0][1] + "\n", encoding="utf-8")
    assert run("add-source", str(path), "--facts", str(base)).code == 0


def test_a_brief_whose_headline_begins_like_an_error_is_told_only_what_its_title_says(base: Path,
                                                                                      tmp_path: Path) -> None:
    line = refused(base, html(tmp_path, "Error – junta admits miscounting defections", BRIEFS[0][1]))
    assert "? Its title says 'Error', as an error page's does. Its text: 'The harbour board changed" in line


JA = ("ミャンマー国軍は水曜日、過去一か月で二百人以上の兵士が部隊に戻ったと発表した。"
      "しかし抵抗勢力や住民はこれに疑問を示している。")
TH = "ทหารพม่าหลายร้อยนายได้ทิ้งหน่วยของตนและข้ามพรมแดนมายังประเทศไทยในช่วงเดือนที่ผ่านมา "


@pytest.mark.parametrize(("text", "size"), [(JA * 12, "long"), (TH * 60, "long"), (JA * 2, "short")],
                         ids=["japanese", "thai", "japanese-brief"])
def test_words_are_counted_in_scripts_written_without_spaces(base: Path, tmp_path: Path, text: str, size: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>記事</title></head><body><p>{text}</p></body></html>", encoding="utf-8")
    if size == "long":
        added(base, str(path))
    else:
        assert "the page has only 59 words of text" in refused(base, path)  # 122 characters, about two a word


@pytest.mark.parametrize("quote", ["« Forgot your password »", "„Forgot your password“", "»Forgot your password«",
                                   "‹ Forgot your password ›", "「Forgot your password」", "”Forgot your password”",
                                   "»Forgot your password»", "｢Forgot your password｣", "〝Forgot your password〟",
                                   "《Forgot your password》", "〈Forgot your password〉", "⟨Forgot your password⟩",
                                   "❝Forgot your password❞", "«Forgot your password«", "⹂Forgot your password“",
                                   "﹁Forgot your password﹂", "‟Forgot your password”", "〞Forgot your password〞",
                                   "＇Forgot your password＇", "“Forgot your password„", "⸌Forgot your password⸍"])
def test_a_phrase_quoted_in_any_language_s_marks_is_not_taken_for_what_the_page_says(
        base: Path, tmp_path: Path, quote: str) -> None:
    line = refused(base, html(tmp_path, "Pay portal down", "Soldiers at the base in Magway told families this week that "
                              f"the pay portal showed visitors a notice {quote} for three days, and that wages were paid "
                              "late as a result."))
    assert "? Its text: '" in line


@pytest.mark.parametrize("title", ["River News | 404", "example.com | 522: Connection timed out",
                                   "Page Not Found (404) - River News", "Oops! 404", "404&nbsp;Not&nbsp;Found",
                                   "River News &#124; 404", "404 &#8211; River News"])
def test_a_longer_page_with_a_status_code_anywhere_in_its_title_is_refused(base: Path, tmp_path: Path,
                                                                           title: str) -> None:
    path = html(tmp_path, title, long("Sorry, the page you asked for is missing."), heading="River News")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    shown = title.replace("&nbsp;", " ").replace("&#124;", "|").replace("&#8211;", "–")  # its references read
    assert line == f"{path}: the page looks like an error page (its title: '{shown}'), not an article{ON_YOUR_WORD}"


@pytest.mark.parametrize("title", ["404 – the soldiers who never came back", "500: soldiers who defected",
                                   "502 | Why the army is losing", "Error 500 – the junta's count", "500 Soldiers Defect",
                                   "Magway: 450 Soldiers Defect", "Troops: 500", "404: Soldiers Who Vanished",
                                   "Gone: 500 Soldiers Who Left", "Forbidden: 450 Troops Take a Stand"])
def test_a_longer_article_whose_headline_holds_a_code_like_number_is_kept(base: Path, tmp_path: Path,
                                                                          title: str) -> None:
    path = tmp_path / "page.html"  # no heading: what the page reads as its title is its own <title>, cut at a dash
    path.write_text(f"<html><head><title>{title}</title></head><body><p>{long('Families are still waiting.')}</p>"
                    "</body></html>", encoding="utf-8")
    added(base, str(path))


@pytest.mark.parametrize("title", ["Fehler 404 – Seite nicht gefunden", "Erreur 404 - Page introuvable",
                                   "404 Страница не найдена", "404 错误 - 页面未找到", "We can't find that page (404)"])
def test_a_longer_page_with_a_status_code_and_a_problem_in_another_language_is_refused(base: Path, tmp_path: Path,
                                                                                       title: str) -> None:
    path = html(tmp_path, title, long("Sorry, the page you asked for is missing."), heading="River News")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == f"{path}: the page looks like an error page (its title: '{title}'), not an article{ON_YOUR_WORD}"


@pytest.mark.parametrize(("title", "charset"), [("404 Страница не найдена", "windows-1251"),
                                                ("404 Страница не найдена", "koi8-r"),
                                                ("404 错误 - 页面未找到", "gbk"), ("404 – River News", "windows-1252")])
def test_a_longer_page_s_title_is_read_in_the_encoding_the_page_declares(base: Path, tmp_path: Path, title: str,
                                                                         charset: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><h1>River News</h1>'
                     f'<p>{long("Sorry, the page you asked for is missing.")}</p></body></html>'.encode(charset))
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == f"{path}: the page looks like an error page (its title: '{title}'), not an article{ON_YOUR_WORD}"


@pytest.mark.parametrize(("label", "title", "encoding"), [
    ("iso-8859-1", "404 Not Found – River News", "windows-1252"),  # its dash, 0x96, a control character in Latin-1
    ("latin1", "404 Not Found – River News", "windows-1252"), ("us-ascii", "404 Not Found – River News", "windows-1252"),
    ("gb2312", "404 错误 - 页面未找到 - 镕", "gbk"),  # 镕 is in GBK only
    ("gbk", "404 错误 - 页面未找到 - 䶮", "gb18030"), ("x-gbk", "404 错误 - 页面未找到", "gbk"),  # 䶮 in GB18030 only
    ("windows-874", "404 – River News", "cp874"),  # its dash 0x96, a control character read as UTF-8
])
def test_a_page_is_read_by_the_wider_encoding_its_label_names_as_browsers_read_it(base: Path, tmp_path: Path,
                                                                                 label: str, title: str,
                                                                                 encoding: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta charset="{label}"><title>{title}</title></head><body>'
                     f'<h1>River News</h1><p>{long("Sorry, the page you asked for is missing.")}</p></body></html>'
                     .encode(encoding))
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == f"{path}: the page looks like an error page (its title: '{title}'), not an article{ON_YOUR_WORD}"


def test_a_page_that_begins_with_a_byte_order_mark_is_read_as_utf_8_whatever_it_declares(base: Path,
                                                                                       tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"\xef\xbb\xbf" + f'<html><head><meta charset="iso-8859-1"><title>404 – River News</title></head>'
                     f'<body><h1>River News</h1><p>{long("Sorry, the page you asked for is missing.")}</p></body>'
                     '</html>'.encode())
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == f"{path}: the page looks like an error page (its title: '404 – River News'), not an article{ON_YOUR_WORD}"


@pytest.mark.parametrize("label", ["undefined", "rot13", "utf-7", "x-no-such-charset"])
def test_a_page_that_declares_a_charset_no_browser_reads_is_read_as_utf_8(base: Path, tmp_path: Path,
                                                                         label: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><meta charset="{label}"><title>Soldiers leave</title></head><body>'
                    f'<p>{long("The soldiers who left spoke of the war.")}</p></body></html>', encoding="utf-8")
    record, _ = added(base, str(path))
    assert record["title"] == "Soldiers leave"
