"""A fact base of one's own: init, add-source (plain text and a saved page), and what they refuse."""

from __future__ import annotations

import hashlib
import json
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from defectcli.paths import bundled_facts

from .helpers import read_date, run

ARTICLES = Path(__file__).parent / "data" / "grow"
PAGE_TEXT = ("Ferry pilots walk away from the harbour board\n"
             "The harbour board has counted 1,310 departures since the flood, more than it first reported.\n"
             "Aye Mya, who left the board last year, now runs a tea shop.\n"
             "An interview\n"
             "River News: Why did you leave the ferries?\n"
             "Ko Ko: We were never paid for the night crossings.\n")


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def base(tmp_path: Path) -> Path:
    directory = tmp_path / "mine"
    r = run("init", str(directory), "--empty")
    assert r.code == 0, r.err
    return directory


def test_init_copies_the_bundled_base_with_its_readme(tmp_path: Path) -> None:
    r = run("init", str(tmp_path / "copy"))
    assert r.code == 0
    bundled = bundled_facts()
    assert sorted(p.name for p in (tmp_path / "copy").iterdir()) == sorted(
        [p.name for p in bundled.glob("*.yaml")] + ["README.md", "sources"])
    # The copy answers as the bundled base does, by --facts or DEFECTCLI_FACTS.
    ours = run("people", "-f", "json", "--facts", str(tmp_path / "copy")).out
    assert ours == run("people", "-f", "json").out
    assert run("people", "-f", "json", env={"DEFECTCLI_FACTS": str(tmp_path / "copy")}).out == ours


def test_the_commands_a_hint_gives_to_paste_run_as_pasted(tmp_path: Path) -> None:
    mine = tmp_path / "my facts"  # was `--facts /…/my facts`, two arguments when pasted
    r = run("init", str(mine))
    said = [line.removeprefix("defectcli: ") for line in r.err.splitlines()]
    assert said[1:] == [f"the bundled articles' texts are not included: `defectcli sources fetch --facts "
                                f"'{mine}'` fetches them from their publishers into its sources/ (or put copies there "
                                "yourself)", f"next: defectcli add-source ARTICLE --facts '{mine}'"]
    r = run("add-source", str(ARTICLES / "notes.txt"), "--facts", str(mine), "--id", "n1")
    assert r.code == 0, r.err
    hint = r.err.splitlines()[-1].removeprefix("defectcli: next: ")
    first, second = (shlex.split(command) for command in hint.split("  ·  "))
    assert first == ["defectcli", "check", "--facts", str(mine), "--sources", str(mine / "sources"), "--coverage",
                     "--source", "n1"]
    assert second == ["defectcli", "draft", "n1", "--facts", str(mine), "--out", str(mine / "n1-facts.yaml")]
    assert run(*first[1:]).code in (0, 2)  # it runs: coverage of a new article is still to do


def test_init_empty_keeps_only_the_theme_vocabulary(base: Path) -> None:
    assert sorted(p.name for p in base.iterdir()) == ["README.md", "sources", "themes.yaml"]
    assert run("check", "--facts", str(base)).code == 0
    assert run("themes", "--facts", str(base), "-f", "json").code == 0


def test_init_never_writes_into_a_directory_with_files(base: Path) -> None:
    before = snapshot(base)
    r = run("init", str(base))
    assert (r.code, r.err) == (2, f"defectcli: DIR: '{base}' exists and is not an empty directory; init writes only "
                                  "into a new directory\n")
    assert snapshot(base) == before


def test_add_source_keeps_plain_text_under_its_sha256_and_writes_a_new_file(base: Path, tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_bytes((ARTICLES / "notes.txt").read_bytes().replace(b"\n", b"\r\n").rstrip())  # CRLF, no final LF
    r = run("add-source", str(article), "--facts", str(base), "--outlet", "Harbour Weekly", "--published", "2020-03",
            "--author", "Tun, Zoe", "--url", "https://example.org/notes")
    assert r.code == 0, r.err
    kept = (ARTICLES / "notes.txt").read_bytes()  # the rules: LF line ends, one final LF
    sha = hashlib.sha256(kept).hexdigest()
    assert snapshot(base / "sources") == {f"{sha[:16]}.txt": kept}
    assert (base / "s1.yaml").read_text() == r.out
    assert f"sha256: {sha}\n" in r.out and f"file_hint: {sha[:16]}.txt\n" in r.out
    assert "read " in r.err and "as plain text: 4 lines of text kept" in r.err
    # The text's own date is left for a person to read, which add-source says at once (re-run 76: every query then
    # refused the fact base with no word before it), and check refuses the placeholder, at the same line.
    assert f"defectcli: {base / 's1.yaml'}:9: the date the text itself states is still to be read and written there; " \
        "until then every query refuses this fact base (`defectcli check` says what to write)" in r.err.splitlines()
    checked = run("check", "--facts", str(base), "--sources", str(base / "sources"))
    assert (checked.code, checked.out.splitlines()[0]) == (2, f"{base / 's1.yaml'}:9: source 's1': date not yet read "
                                                              "(add-source's placeholder): write what the text states or "
                                                              "implies of its date, and in the note what that rests on")
    read_date(base / "s1.yaml")
    (row,) = json.loads(run("sources", "--facts", str(base), "-f", "json").out)
    assert row["record"] == {"outlet": "Harbour Weekly", "title": None, "url": "https://example.org/notes",
                             "byline": ["Tun, Zoe"], "published": "2020-03", "section": None, "retrieved": None,
                             "given_by": "outlet, url, byline, published from the options of add-source", "note": None}
    assert row["date"]["precision"] == "unknown"  # what the text says of its date is not the record's
    checked = run("check", "--facts", str(base), "--sources", str(base / "sources"))
    assert checked.code == 0
    assert checked.out == f"{base / 's1.yaml'}:4: warning: source 's1' is cited by no fact yet " \
                          "(`defectcli draft s1` starts on it)\n"


def test_add_source_numbers_a_new_source_past_ids_of_more_digits_than_a_number_has(base: Path, tmp_path: Path) -> None:
    # re-run 148 (its class): an id "s" and 5,000 digits was read with int(), which refuses more than 4,300: a traceback
    article, other = tmp_path / "notes.txt", tmp_path / "other.txt"
    article.write_bytes((ARTICLES / "notes.txt").read_bytes())
    other.write_text("Zoe Tun, a ferry pilot, said she left the service in 2019 after eleven years on the river.\n")
    assert run("add-source", str(article), "--facts", str(base), "--id", "s7").code == 0
    huge = "s" + "9" * 5000
    (base / "big.yaml").write_text((base / "s7.yaml").read_text().replace("id: s7\n", f"id: {huge}\n"))
    (base / "s7.yaml").unlink()
    r = run("add-source", str(other), "--facts", str(base))
    assert (r.code, sorted(p.name for p in base.glob("*.yaml"))) == (0, ["big.yaml", "s1.yaml", "themes.yaml"])


def test_add_source_numbers_a_new_source_past_every_id_it_has(base: Path, tmp_path: Path) -> None:
    # re-run 149 (borderline): after s999999999999999999 and s1000000000000000000, the next was offered again
    texts = [tmp_path / f"t{k}.txt" for k in range(3)]
    for k, text in enumerate(texts):
        text.write_text(f"Zoe Tun, a ferry pilot, said she left the service in {2010 + k} after {k + 3} years.\n")
    assert run("add-source", str(texts[0]), "--facts", str(base), "--id", "s999999999999999999").code == 0
    assert run("add-source", str(texts[1]), "--facts", str(base)).code == 0
    (base / "s1000000000000000001.yaml").write_text("")  # a file of the user's with the next name: passed over
    (base / "s1000000000000000002.yaml").symlink_to(tmp_path / "nowhere")  # and a link to nothing (re-run 150)
    r = run("add-source", str(texts[2]), "--facts", str(base))
    assert (r.code, sorted(p.name for p in base.glob("s*.yaml"))) == (0, [
        "s1000000000000000000.yaml", "s1000000000000000001.yaml", "s1000000000000000002.yaml",
        "s1000000000000000003.yaml", "s999999999999999999.yaml"])
    assert (base / "s1000000000000000001.yaml").read_text() == "" and not (tmp_path / "nowhere").exists()


def test_add_source_reads_a_saved_page_and_options_override_it(base: Path) -> None:
    r = run("add-source", str(ARTICLES / "page.html"), "--facts", str(base), "--id", "ferry", "--title", "Pilots quit",
            "--is-article")  # a brief, on the user's word
    assert r.code == 0, r.err
    (kept,) = (base / "sources").iterdir()
    assert kept.read_text() == PAGE_TEXT
    read_date(base / "ferry.yaml")
    (row,) = json.loads(run("sources", "--facts", str(base), "-f", "json").out)
    assert row["id"] == "ferry"
    assert row["record"] == {
        "outlet": "River News", "title": "Pilots quit", "url": "https://example.org/news/ferry-pilots-walk-away",
        "byline": ["Mya Thida"], "published": "2021-05-14", "section": "Features", "retrieved": None,
        "given_by": "outlet, url, byline, published, section from the saved page page.html (trafilatura); "
                    "title from the options of add-source", "note": None}
    assert "  title: Pilots quit (from --title)\n" in r.err and "  published: 2021-05-14 (from the page)\n" in r.err


@pytest.mark.parametrize(("make", "args", "message"), [
    (lambda d: d / "notes.txt", ["--published", "5 July 2024"],
     "--published: '5 July 2024' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    (lambda d: d / "notes.txt", ["--published", "2024-02-30"],
     "--published: '2024-02-30' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    (lambda d: d / "notes.txt", ["--url", "example.org"], "--url: 'example.org' is not an http(s) address"),
    # re-run 134 (borderline): the password was kept in the publication record, then exported and served
    (lambda d: d / "notes.txt", ["--url", "https://user:pw@example.org/a"], "--url: 'https://user:pw@example.org/a' "
                                                                            "holds a user name or password (…@): give the "
                                                                            "article's public address"),
    (lambda d: d / "photo.jpg", [], "{file}: is neither text nor an HTML page (a binary file)"),
    (lambda d: d / "latin1.txt", [], "{file}: is neither UTF-8 text nor an HTML page (save the article as UTF-8 text)"),
    (lambda d: d / "blank.txt", [], "{file}: has no text"),
    (lambda d: d / "huge.html", [], "{file}: is a web page larger than 10 MiB, which no article page is; "
                                    "save the article's text as a .txt file"),
    (lambda d: d / "crowded.html", [], "{file}: a tag of the page has 300,001 attributes, which no article page has; "
                                       "save the article's text as a .txt file"),  # 3.5 MB: it ran for minutes
    (lambda d: d / "crowded-quoted.html", [], "{file}: a tag of the page has 300,001 attributes, which no article page "
                                              "has; save the article's text as a .txt file"),  # values of "<"
    (lambda d: d / "crowded-slashes.html", [], "{file}: a tag of the page has 300,001 attributes, which no article "
                                               "page has; save the article's text as a .txt file"),  # <p a0/a1/…>
    (lambda d: d / "crowded-close.html", [], "{file}: a tag of the page has 300,000 attributes, which no article page "
                                             "has; save the article's text as a .txt file"),  # no space between them
    (lambda d: d / "tags.html", [], "{file}: the page has over 30,000 tags, which no article page has; save the "
                                    "article's text as a .txt file"),  # 3.45 million under the 10 MiB cap: 2 minutes
    # (re-run 134 A3: 199,000 paragraphs, under the cap of 200,000 then, took 14 s; re-run 135 A2: 79,500 under the cap
    # of 80,000, 12.6 s)
    (lambda d: d / "paragraphs.html", [], "{file}: the page has over 30,000 tags, which no article page has; save the "
                                          "article's text as a .txt file"),
    # re-run 135 A1: the extractor's time grows with the square of one paragraph's tags (20,000 <b>: 20 s)
    (lambda d: d / "bold.html", [], "{file}: a paragraph of the page has over 500 tags, which no article paragraph has; "
                                    "save the article's text as a .txt file"),
    # ... and a bad --id is said before the file is read (it came after the extractor's minutes): not what reading the
    # file would say
    (lambda d: d / "photo.jpg", ["--id", "S 3"], "--id: 'S 3' must be lower-case letters, digits and hyphens, beginning "
                                                 "with a letter or digit"),
    # ... and so is a --sources that is no directory (re-run 136, borderline: after the page, 28-36 s)
    (lambda d: d / "photo.jpg", ["--sources", "/dev/null"], "--sources: '/dev/null' is not a directory"),
    (lambda d: d / "notes-again.txt", [], "{file}: already registered as source 's1' (same sha256)"),
    (lambda d: d / "notes.txt", ["--id", "s1"], "--id: source 's1' exists already"),
    (lambda d: d / "notes.txt", ["--id", "S 3"], "--id: 'S 3' must be lower-case letters, digits and hyphens, "
                                                 "beginning with a letter or digit"),
    (lambda d: d / "notes.txt", ["--id=-a"], "--id: '-a' must be lower-case letters, digits and hyphens, beginning "
                                             "with a letter or digit"),
])
def test_add_source_refuses_in_one_line_and_changes_nothing(base: Path, tmp_path: Path, make: Callable[[Path], Path],
                                                            args: list[str], message: str) -> None:
    assert run("add-source", str(ARTICLES / "notes.txt"), "--facts", str(base)).code == 0
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "notes.txt").write_text("Another article, not yet registered.\n")
    (inputs / "notes-again.txt").write_bytes((ARTICLES / "notes.txt").read_bytes())
    (inputs / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (inputs / "latin1.txt").write_bytes("Caf\xe9 owner\n".encode("latin-1"))
    (inputs / "blank.txt").write_text("\n\n  \n")
    paragraphs = "".join(f"<p>Paragraph {i} of a page too large to be an article.</p>\n" for i in range(200_000))
    (inputs / "huge.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>\n")  # 11.7 MiB
    attributes = " ".join(f'a{i}="x"' for i in range(300_000))  # libxml2's time grows with the square of these
    (inputs / "crowded.html").write_text(f"<html><head><title>T</title></head><body><p {attributes}>x</p></body></html>")
    quoted = attributes.replace('"x"', '"<"')  # a "<" in a value ended the tag for the first guard, not for libxml2
    (inputs / "crowded-quoted.html").write_text(f"<html><body><p {quoted}>x</p></body></html>")
    slashes = "/".join(f"a{i}" for i in range(300_000))  # libxml2 takes a stray "/" between attributes too
    (inputs / "crowded-slashes.html").write_text(f"<html><body><p {slashes}>x</p></body></html>")
    close = "".join(f'a{i}="<"' for i in range(300_000))
    (inputs / "crowded-close.html").write_text(f"<html><body><p {close}>x</p></body></html>")
    (inputs / "tags.html").write_bytes(b"<html><body><p>" + b"word " * 400 + b"</p>" + b"<p>" * 300_000 + b"</body></html>")
    (inputs / "paragraphs.html").write_text("<html><head><title>T</title></head><body>" + "<p>Maung Sein is 21 and left.</p>"
                                            * 30_001 + "</body></html>")
    (inputs / "bold.html").write_text("<html><head><title>T</title></head><body><p>" + "Maung <b>Sein</b> is 21. " * 501
                                      + "</p></body></html>")
    before = snapshot(base)
    file = make(inputs)
    r = run("add-source", str(file), "--facts", str(base), *args)
    assert (r.code, r.out, r.err) == (2, "", f"defectcli: {message.format(file=file)}\n")
    assert snapshot(base) == before


def test_add_source_never_writes_into_the_bundled_base() -> None:
    before = snapshot(bundled_facts())
    r = run("add-source", str(ARTICLES / "notes.txt"))
    assert r.code == 2
    assert r.err == ("defectcli: the bundled fact base is read-only: make your own with `defectcli init DIR`, then "
                     "give --facts DIR (or set DEFECTCLI_FACTS=DIR)\n")
    assert snapshot(bundled_facts()) == before


def test_a_copy_of_the_bundled_base_checks_the_one_text_it_has(tmp_path: Path) -> None:
    facts = tmp_path / "copy"
    assert run("init", str(facts)).code == 0
    assert run("add-source", str(ARTICLES / "notes.txt"), "--facts", str(facts)).code == 0
    texts = ["--facts", str(facts), "--sources", str(facts / "sources")]
    whole = run("check", *texts)
    assert whole.code == 2 and "source 's1': no file in " in whole.out  # the bundled texts are not shipped
    only = run("check", *texts, "--coverage", "--source", "s3")
    assert only.code == 2
    assert [line.split(":")[0] for line in only.out.splitlines() if not line.startswith(str(facts))] == ["s3"] * 5
    assert "s3: 5 sentences, 0 cited, 0 waived, 5 uncovered" in only.err
