"""Pages that are no article, saved or fetched in an article's place (a sign-in form, a cookie
notice, a paywall, a bot check, an error page...): refused by add-source with what tells them, and
kept on the user's word (--is-article); and short news briefs that report such pages' words, kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import one_line, run
from .test_intake import added
from .test_writing import snapshot


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
    assert line.startswith(f"{path}: the page looks like {kind}, not an article: it")
    assert line.endswith("'). Save the article's own page; if it is the article, add --is-article")
    assert snapshot(base) == before


def test_a_gate_page_whose_title_is_a_status_code_and_its_phrase_is_refused(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "gate.html"
    path.write_text("<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body><h1>429 Too Many "
                    "Requests</h1><p>You have sent too many requests in a given amount of time. Please wait a few "
                    "minutes before you try again, and reload the page then.</p></body></html>", encoding="utf-8")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page looks like a browser check, not an article: its title says 'Too Many "
                           "Requests'")


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
    assert line.startswith(f"{path}: the page looks like {kind}, not an article: it says")


def test_a_region_wall_that_says_so_in_its_heading_only_is_refused(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "geo.html"
    path.write_text(REGION_HEADING, encoding="utf-8")
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page looks like a region block, not an article: its title says 'not available in "
                           "your region'")


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


ERROR_BODY = ("<h1>Page not found</h1><p>Sorry, the page you are looking for does not exist. It may have been moved "
              "or deleted, or it never was here. Return to the homepage and search again.</p>")


@pytest.mark.parametrize("title", ["404 Not Found", "Page not found – River News", "500 Internal Server Error",
                                   "Access denied"])
def test_an_error_page_with_words_enough_is_refused_by_its_title(base: Path, tmp_path: Path, title: str) -> None:
    path = tmp_path / "gone.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{ERROR_BODY}</body></html>")
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line == (f"{path}: the page looks like an error page (its title: '{title}'), not an article. Save the "
                    "article's own page; if it is the article, add --is-article")
    assert snapshot(base) == before


def test_an_article_whose_title_only_begins_like_an_error_is_kept(base: Path, tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    words = " ".join(["The soldiers who left spoke of the war and of the families they had to leave behind."] * 3)
    path.write_text(f"<!DOCTYPE html><html><head><title>500 soldiers defect in a week</title></head><body><article>"
                    f"<h1>500 soldiers defect in a week</h1><p>{words}</p></article></body></html>")
    record, _ = added(base, str(path))
    assert record["title"] == "500 soldiers defect in a week"


# A gate page under the site's own name whose one phrase is one a brief may report: it speaks to its reader.
SPEAKING = [
    ("Something went wrong. We could not load this page right now. Please refresh the page or try again in a few "
     "minutes.", "an error page", "it says 'Something went wrong', speaks to its reader ('We') and reports nothing"),
    ("You must be 18 or older to view this content. Please leave now if you are under the legal age in your country. "
     "Enter. Leave.", "an age gate", "it says 'You must be 18', speaks to its reader ('Please') and reports nothing"),
    ("Please complete the captcha below to continue to River News. This helps us keep automated programs away from "
     "our site.", "a browser check", "it says 'captcha', speaks to its reader ('Please') and reports nothing"),
    ("Our site is down for maintenance. We are making improvements and expect to be online again in a few hours. "
     "Thank you for your patience.", "a maintenance page",
     "it says 'down for maintenance', speaks to its reader ('Our') and reports nothing"),
    ("This article has been removed. It may have been taken down at the request of its author or for legal reasons. "
     "Browse our latest stories instead.", "an error page",
     "it says 'This article has been removed', speaks to its reader ('our') and reports nothing"),
    ("It looks like you are using an ad blocker. River News depends on advertising to pay its reporters. Please "
     "support independent journalism.", "an ad-blocker wall",
     "it says 'ad blocker', speaks to its reader ('you') and reports nothing"),
    ("Open this story in the app to read it in full, with photographs and video. The River News app is free on "
     "Android and iPhone.", "an app wall", "it says 'Open this story in the app'"),
    ("The page you requested could not be found. It may have moved. Use the menu above to find our latest reporting "
     "from the region.", "an error page", "it says 'page you requested could not be found'"),
    ("Verify you're human by completing the action below. River News needs to review the security of your connection "
     "before proceeding.", "a browser check", "it says 'Verify you're human'"),
    # Words no list holds: the page speaks to its reader and reports nothing.
    ("Hold on, we need to make sure you are not a machine. Tick the box and press the button to go on to the story "
     "you asked for.", "a notice to its reader", "it speaks to its reader ('we', 'you') and reports nothing"),
    # Other languages.
    ("Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und "
     "die Nutzung unserer Website zu analysieren. Zustimmen. Ablehnen. Einstellungen.", "a cookie notice",
     "it says 'Wir und unsere Partner nutzen Cookies'"),
    ("Este contenido no está disponible en tu país. Por motivos legales no podemos mostrar esta página desde tu "
     "ubicación actual.", "a region block", "it says 'no está disponible en tu país'"),
]


@pytest.mark.parametrize(("text", "kind", "why"), SPEAKING)
def test_a_gate_page_under_the_site_s_name_is_refused_and_says_what_tells_it(base: Path, tmp_path: Path, text: str,
                                                                             kind: str, why: str) -> None:
    path = html(tmp_path, "River News", text)
    before = snapshot(base)
    line = one_line(run("add-source", str(path), "--facts", str(base)), 2)
    assert line.startswith(f"{path}: the page looks like {kind}, not an article: {why} (its text: '")
    assert snapshot(base) == before


# Briefs that report or quote a gate page's words: they report ("said"), and what they quote is not theirs.
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


# A statement that speaks to its readers and reports nothing, longer than a notice: an appeal to soldiers.
APPEAL = ("To the soldiers and police of the regime: we know that many of you joined to serve the country, not to "
          "fire on its people. Since the coup, thousands of your fellow soldiers have left their posts and found "
          "safety with us. We will protect you and your families, give you food, shelter and medical care, and help "
          "those who want to rebuild their lives away from the fighting. Those who bring weapons will be rewarded, but "
          "no one will be turned away for coming empty-handed. Leave your unit at night, in small groups, and travel "
          "only on roads you know. Do not tell anyone in your unit of your plans, not even your closest friends. "
          "Please reach our contacts in the townships of Sagaing, Magway and Mandalay through the numbers that "
          "are shared on our channels. Our doors stay open to every soldier and every police officer who chooses "
          "the side of the people, whatever their rank, their unit or what they were ordered to do before.")
REPORTING.append(("An appeal to the soldiers of the regime", APPEAL))


@pytest.mark.parametrize(("title", "text"), REPORTING)
def test_a_brief_that_reports_or_quotes_a_gate_page_s_words_is_kept(base: Path, tmp_path: Path, title: str,
                                                                   text: str) -> None:
    r = run("add-source", str(html(tmp_path, title, text)), "--facts", str(base))
    assert r.code == 0, r.err


@pytest.mark.parametrize(("title", "text"), [
    ("River News", SPEAKING[0][0]),
    ("404 Not Found", "Sorry, the page you are looking for does not exist. It may have been moved, or removed "
     "altogether. Try the search box above."),
])
def test_a_page_that_looks_like_no_article_is_kept_as_the_article_on_the_user_s_word(
        base: Path, tmp_path: Path, title: str, text: str) -> None:
    path = html(tmp_path, title, text)
    assert run("add-source", str(path), "--facts", str(base)).code == 2
    record, said = added(base, str(path), "--is-article")
    assert record["title"] == title
    assert f"read {path} as an HTML page: 1 line of text kept" in said


def test_a_page_with_no_article_text_is_refused_even_on_the_user_s_word(base: Path, tmp_path: Path) -> None:
    path = html(tmp_path, "Log in", "Forgot your password? Log in.")
    line = one_line(run("add-source", str(path), "--facts", str(base), "--is-article"), 2)
    assert line.startswith(f"{path}: the page has no article text (trafilatura found only ")
