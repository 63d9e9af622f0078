"""cite with a style file of one's own: what citeproc-py cannot use is one line naming the file
(exit 2), hostile XML stays refused; and BibTeX and CSL-JSON are data, never terminal control."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from bibtexparser.entrypoint import parse_string

from defectcli.output.cite import bibtex, csl_json

from .helpers import Mini, one_line, run
from .test_cite import recorded  # noqa: F401 - the fixture: the mini base with a publication record

STYLE = """<?xml version="1.0" encoding="utf-8"?>
{doctype}<style xmlns="http://purl.org/net/xbiblio/csl" {more}class="in-text" version="1.0">
  <info><title>{title}</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="title"><text variable="title"/></macro>
  {macros}
  <citation><layout><text variable="title"/></layout></citation>
  {bibliography}
</style>
"""
BIBLIOGRAPHY = '<bibliography><layout>{layout}<text variable="container-title" prefix=". "/></layout></bibliography>'


def style(tmp_path: Path, layout: str = '<text macro="title"/>', macros: str = "", doctype: str = "", more: str = "",
          title: str = "Test", bibliography: str | None = None) -> Path:
    path = tmp_path / "mine.csl"
    path.write_text(STYLE.format(doctype=doctype, more=more, title=title, macros=macros,
                                 bibliography=BIBLIOGRAPHY.format(layout=layout) if bibliography is None else bibliography))
    return path


def cite_with(mini: Mini, path: Path) -> tuple[int, str, str]:
    r = run("cite", "q-bridge", "--style", str(path), "--facts", str(mini.facts))
    return r.code, r.out, r.err


def test_a_style_file_of_ones_own_cites_the_source(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    code, out, _ = cite_with(recorded, style(tmp_path))
    assert code == 0 and out.splitlines()[-1] == "h1: Flood: 100% gone. River & Sea News"


@pytest.mark.parametrize(("kwargs", "why"), [
    ({"bibliography": ""}, "it has no <bibliography>, so it cannot cite a source in a list of references"),
    ({"layout": '<text macro="nowhere"/>'}, "it calls the macro 'nowhere', which it does not define"),
    ({"layout": '<text macro="loop"/>', "macros": '<macro name="loop"><text macro="loop"/></macro>'},
     "the macro 'loop' calls itself (loop → loop), so it never ends"),
    ({"layout": '<text macro="a"/>', "macros": '<macro name="a"><group><text macro="b"/></group></macro>'
                                               '<macro name="b"><text macro="a"/></macro>'},
     "the macro 'a' calls itself (a → b → a), so it never ends"),
    ({"layout": '<xi:include href="/etc/hostname" parse="text"/>', "more": 'xmlns:xi="http://www.w3.org/2001/XInclude" '},
     "it holds <xi:include>, which is not CSL (citeproc-py follows no includes)"),
    ({"layout": '<date variable="issued" form="bogus"/>'},
     "citeproc-py cannot render it (AttributeError: 'NoneType' object has no attribute 'render')"),
    ({"layout": '<text macro="m0"/>', "macros": "".join(f'<macro name="m{i}"><text macro="m{i + 1}"/></macro>'
                                                        for i in range(2000)) + '<macro name="m2000"><text value="x"/></macro>'},
     "its macros call one another more than 100 deep"),
    ({"layout": '<text macro="f0"/>',
      "macros": "".join(f'<macro name="f{i}"><text macro="f{i + 1}"/><text macro="f{i + 1}"/></macro>' for i in range(40))
      + '<macro name="f40"><text value="x"/></macro>'},
     "its macros expand into more than 1,000,000 renderings of one entry"),
])
def test_a_style_file_citeproc_cannot_use_is_one_line_naming_it(recorded: Mini, tmp_path: Path,  # noqa: F811
                                                                kwargs: dict[str, str], why: str) -> None:
    path = style(tmp_path, **kwargs)
    r = run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts))
    assert one_line(r, 2) == f"--style: the style file '{path}' cannot be used: {why}"
    assert r.out == ""


@pytest.mark.parametrize("bibliography", [
    '<bibliography><layout><text variable="archive"/></layout></bibliography>',  # a variable the source lacks
    "<bibliography><layout/></bibliography>",
    '<bibliography><layout><text value=""/></layout></bibliography>',
    '<bibliography><layout><choose><if type="book"><text variable="title"/></if></choose></layout></bibliography>',
])
def test_a_style_that_renders_nothing_for_the_source_says_so(recorded: Mini, tmp_path: Path,  # noqa: F811
                                                              bibliography: str) -> None:
    path = style(tmp_path, bibliography=bibliography)
    r = run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts))
    assert one_line(r, 2) == (f"--style: the style file '{path}' cannot be used: it renders nothing for the source "
                              "'h1' (CSL type 'article-newspaper'), so it cannot cite it")
    assert r.out == ""


def test_hostile_xml_in_a_style_file_is_refused_and_reads_nothing(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    secret = tmp_path / "secret.txt"
    secret.write_text("LEAKED")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY secret "LEAKED">')
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol" * 10}">' for i in range(10))
    cases = {
        "billion laughs": style(tmp_path, doctype=f"<!DOCTYPE style [{laughs}]>", title="&l9;"),
        "an external entity": style(tmp_path, doctype=f'<!DOCTYPE style [<!ENTITY x SYSTEM "{secret.as_uri()}">]>',
                                    title="&x;"),
        "an external DTD": style(tmp_path, doctype=f'<!DOCTYPE style SYSTEM "{dtd.as_uri()}">', title="&secret;"),
    }
    for what, path in cases.items():
        code, out, err = cite_with(recorded, path)
        assert code == 2 and "LEAKED" not in out + err, what
        assert err.startswith(f"defectcli: --style: the style file '{path}' cannot be used: it is not a CSL style ("), what
    big = tmp_path / "big.csl"
    with big.open("wb") as fh:
        fh.truncate(50 << 20)  # 50 MB, refused by its size before it is read
    assert one_line(run("cite", "q-bridge", "--style", str(big), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{big}' cannot be used: it is larger than 2 MiB, which no CSL style is"


CONTROLS = "Bell\x07 esc\x1b[31m del\x7f csi\x9b rlo\u202e ls\u2028 end"
SOURCE = {"id": "s1", "record": {"given_by": "me", "title": CONTROLS, "outlet": "News\x1b]0;owned\x07",
                                 "byline": ["Tun\x9b, Zoe", "Ko\u202eKo"], "url": "https://example.org/\x1b[2J{x}",
                                 "published": "2024-07-05", "section": "Wire\x7f"}}


def test_bibtex_shows_control_characters_as_escapes_and_still_parses() -> None:
    text = bibtex([SOURCE])
    assert not any(c in text for c in "\x07\x1b\x7f\x9b\u202e\u2028")
    library = parse_string(text)
    assert not library.failed_blocks
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert fields["title"] == r"Bell\textbackslash{}x07 esc\textbackslash{}x1b[31m del\textbackslash{}x7f " \
                              r"csi\textbackslash{}x9b rlo\textbackslash{}u202e ls\textbackslash{}u2028 end"
    assert fields["author"] == r"Tun\textbackslash{}x9b, Zoe and {Ko\textbackslash{}u202eKo}"
    assert fields["url"] == "https://example.org/%1B[2J%7Bx%7D"


@pytest.mark.parametrize(("field", "value", "written"), [
    ("title", "Defectors {part one", r"Defectors \textbraceleft{}part one"),
    ("title", "Defectors} part two", r"Defectors\textbraceright{} part two"),
    ("title", "Soldiers :-} leave {the army", r"Soldiers :-\textbraceright{} leave \textbraceleft{}the army"),
    ("title", "Set {a, {b}}", r"Set \{a, \{b\}\}"),  # paired: kept as braces
    ("outlet", 'Out"let @{', r'Out"let @\textbraceleft{}'),
    ("byline", ["A, B} and {C"], r"A, B\textbraceright{} {and} \textbraceleft{}C"),  # (one author: "and" braced)
    # re-run 163 A1: BibTeX refuses a name of more than two commas; the given part's are braced, as the styles read it
    ("byline", ["Aung, Ko, Min, Thu"], "Aung, Ko{,} Min{,} Thu"),
    ("byline", ["Smith, Jr., John"], "Smith, Jr.{,} John"),
])
def test_bibtex_writes_a_brace_with_no_partner_so_that_every_field_and_entry_after_it_parses(
        field: str, value: Any, written: str) -> None:
    # re-run 162 A4: "\{" is still a brace to BibTeX, which counts them all: one left open or closed early ended the
    # field, and the entries after it were lost (pybtex: "'}' expected")
    second = {"id": "s2", "record": {"given_by": "me", "title": "After", "outlet": "Wire"}}
    text = bibtex([{"id": "s1", "record": {"given_by": "me", "title": "T", "outlet": "O", field: value}}, second])
    depth = 0
    for c in text:  # as BibTeX reads braces, backslash or not
        depth += {"{": 1, "}": -1}.get(c, 0)
        assert depth >= 0
    assert depth == 0
    library = parse_string(text)
    assert not library.failed_blocks and [e.key for e in library.entries] == ["s1", "s2"]
    key = {"byline": "author", "outlet": "journal"}.get(field, field)
    value = {f.key: f.value for f in library.entries[0].fields}[key]
    assert value == written
    if key == "author":  # one name, of at most two commas outside braces, as BibTeX reads names
        depth, commas, ands = 0, 0, 0
        for i, c in enumerate(value):
            depth += {"{": 1, "}": -1}.get(c, 0)
            commas += c == "," and depth == 0
            ands += depth == 0 and value[i:i + 5].lower() == " and "
        assert commas <= 2 and ands == 0


def test_csl_json_escapes_control_characters_and_parses_back_to_the_same_data() -> None:
    text = csl_json([SOURCE])
    assert not any(c in text for c in "\x07\x1b\x7f\x9b\u202e\u2028")
    (item,) = json.loads(text)
    assert item["title"] == CONTROLS and item["author"][0] == {"family": "Tun\x9b", "given": "Zoe"}


def test_a_record_with_a_control_character_is_a_problem_check_names(recorded: Mini) -> None:  # noqa: F811
    from .helpers import edit

    edit(recorded.facts / "base.yaml", 'title: "Flood: 100% gone"', 'title: "Flood:\\e[2J 100% gone"')
    r = run("cite", "q-bridge", "--style", "bibtex", "--facts", str(recorded.facts))
    assert r.code == 2 and r.out == ""
    assert "record title 'Flood:\\x1b[2J 100% gone' holds the control character U+001B" in r.err


def test_a_style_file_in_the_encoding_it_declares_is_read_in_that_encoding(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    path = style(tmp_path, layout='<text macro="title" prefix="« " suffix=" »"/>')
    text = path.read_text().replace('encoding="utf-8"', 'encoding="latin-1"')
    path.write_bytes(text.encode("latin-1"))
    code, out, err = cite_with(recorded, path)
    assert (code, err) == (0, "") and out.splitlines()[-1] == "h1: « Flood: 100% gone ». River & Sea News"
    path.write_bytes(text.replace('encoding="latin-1"', 'encoding="utf-16"').encode("utf-16"))
    code, out, err = cite_with(recorded, path)
    assert (code, err) == (0, "") and out.splitlines()[-1] == "h1: « Flood: 100% gone ». River & Sea News"
    path.write_bytes(text.replace('encoding="latin-1"', 'encoding="klingon"').encode("latin-1"))
    assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{path}' cannot be used: it declares the encoding 'klingon', which is not supported"


def test_a_style_file_that_cannot_be_read_says_why(recorded: Mini, tmp_path: Path,  # noqa: F811
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = style(tmp_path)
    real = Path.open

    def refused(self: Path, *args: Any, **kwargs: Any) -> Any:  # the fault a mode-600 file of another user gives
        if self == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
        f"--style: cannot read '{path}': permission denied"


def test_a_style_file_that_is_not_there_says_so(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    missing, folder = tmp_path / "nosuch.csl", tmp_path / "d.csl"
    folder.mkdir()
    assert one_line(run("cite", "q-bridge", "--style", str(missing), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{missing}' does not exist"
    assert one_line(run("cite", "q-bridge", "--style", str(folder), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{folder}' is a directory"


@pytest.mark.parametrize("codec", ["rot13", "base64", "zip", "hex"])
def test_a_style_file_declaring_a_codec_that_is_no_text_encoding_is_one_line(
        recorded: Mini, tmp_path: Path, codec: str) -> None:  # noqa: F811
    path = style(tmp_path)
    path.write_text(path.read_text().replace('encoding="utf-8"', f'encoding="{codec}"'))
    assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{path}' cannot be used: it declares the encoding '{codec}', which is not a text " \
        "encoding"


@pytest.mark.parametrize("declared", ["utf\x008", "\x00"])
def test_a_style_file_declaring_an_encoding_that_holds_a_nul_is_one_line(
        recorded: Mini, tmp_path: Path, declared: str) -> None:  # noqa: F811
    # re-run 147 A2: codecs.lookup raises ValueError for a NUL in the name: a traceback, exit 1
    path = style(tmp_path)
    path.write_text(path.read_text().replace('encoding="utf-8"', f'encoding="{declared}"'))
    shown = declared.replace("\x00", "\\x00")
    assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{path}' cannot be used: it declares the encoding '{shown}', which is not supported"


def test_a_style_file_that_is_a_fifo_or_a_device_says_so(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    fifo, device = tmp_path / "fifo.csl", tmp_path / "zero.csl"
    os.mkfifo(fifo)
    device.symlink_to("/dev/zero")
    for path in (fifo, device):
        assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
            f"--style: the style file '{path}' is not a regular file (a FIFO, a device or a socket)"


def test_a_style_whose_macros_take_too_long_to_render_is_given_up(recorded: Mini, tmp_path: Path,  # noqa: F811
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from defectcli.output import csl

    monkeypatch.setattr(csl, "RENDER_SECONDS", 0.2)  # each macro calls the next twice: 2^14 renderings, seconds
    macros = "".join(f'<macro name="f{i}"><text macro="f{i + 1}"/><text macro="f{i + 1}"/></macro>' for i in range(14))
    path = style(tmp_path, layout='<text macro="f0"/>', macros=macros + '<macro name="f14"><text value="x"/></macro>')
    r = run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts))
    assert one_line(r, 2) == (f"--style: the style file '{path}' cannot be used: it takes longer than 0.2 s to render "
                              "(its macros call one another too many times)")


def test_a_style_citeproc_cannot_read_is_refused_without_its_insides(recorded: Mini, tmp_path: Path) -> None:  # noqa: F811
    """A <style> in another namespace: citeproc-py fails inside itself; the message names no attribute of its code."""
    path = style(tmp_path)
    path.write_text(path.read_text().replace("http://purl.org/net/xbiblio/csl", "http://purl.org/net/citationstyles/1.0"))
    assert one_line(run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts)), 2) == \
        f"--style: the style file '{path}' cannot be used: it is not a CSL style (citeproc-py cannot read it)"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_characters_that_draw_nothing_in_a_style_file_are_shown_as_escapes(recorded: Mini, tmp_path: Path,  # noqa: F811
                                                                           fmt: str) -> None:
    # re-run 181 A2: a zero-width space, a word joiner, a byte-order mark and a zero-width joiner from the style reached
    # stdout raw (a bidi mark beside them was escaped): text no one sees, in what a user copies into an article
    path = style(tmp_path, layout='<text value="Z&#x200b;W&#x2060;J&#xfeff;K&#x200d;L&#x61c;"/><text macro="title"/>')
    r = run("cite", "q-bridge", "--style", str(path), "--facts", str(recorded.facts), "-f", fmt)
    assert r.code == 0 and not any(c in r.out for c in "\u200b\u2060\ufeff\u200d\u061c")
    assert "Z\\u200bW\\u2060J\\ufeffK\\u200dL\\u061c" in r.out  # (in JSON, escapes that parse back to the same text)
