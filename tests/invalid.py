"""Every invalid fact base the tests make, in one place.

The tests of the loader, the validation rules, the whole-base rules and the second reading take
their broken inputs from here, and test_one_path runs every one of them through `check` and
through a query, on a fresh build and through a warm cache: one validation path, whatever asks.
(Problems that need the article texts, `check --sources`, are check's alone and are not here.)
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Setup = Callable[[Path], None]  # applied to a copy of a base's facts directory


@dataclass(frozen=True)
class Invalid:
    name: str
    base: str  # a fact base of tests/data: "mini" or "mill"
    setup: Setup


def add_file(name: str, text: str | bytes) -> Setup:
    def setup(facts: Path) -> None:
        (facts / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return setup


def edit_file(name: str, old: str, new: str) -> Setup:
    def setup(facts: Path) -> None:
        path = facts / name
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return setup


def both(*setups: Setup) -> Setup:
    def setup(facts: Path) -> None:
        for one in setups:
            one(facts)
    return setup


# ---------------------------------------------------------------- one file on its own (the loader)

PERSON = """people:
  - id: p1
    name: {name}
    name_status: pseudonym
    roles: [defector]
    evidence:
      - {{source: h1, excerpt: "x"}}
"""

BROKEN_FILES: list[tuple[str | bytes, str]] = [
    ("people:\n  - id: a\n    id: b\n", "f.yaml:3: duplicate key 'id' (YAML would keep only the last)"),
    ("x: &a 1\npeople: *a\n", "f.yaml:1: YAML anchors (&a) are not allowed in fact files"),
    ("people: !!python/object/apply:os.system [ls]\n",
     "f.yaml:1: YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed in fact files"),
    ("people:\n\t- id: a\n", "f.yaml:2: invalid YAML: found character that cannot start any token"),
    ("people: [\n", "f.yaml:2: invalid YAML: did not find expected node content"),
    ('people:\n  - id: a\n    name: "a\x07b"\n', "f.yaml:3: invalid YAML: the character U+0007 is not allowed in a YAML "
                                                  "file; inside double quotes, write it as \\u0007"),
    ("people:\n  - id: a\n    \x1bname: b\n", "f.yaml:3: invalid YAML: the character U+001B is not allowed in a YAML "
                                           "file; inside double quotes, write it as \\u001b"),
    ("# \ufffe\npeople: []\n", "f.yaml:1: invalid YAML: the character U+FFFE is not allowed in a YAML file; inside "
                             "double quotes, write it as \\ufffe"),
    ("", "f.yaml:1: file is empty; a fact file holds lists such as 'people:'"),
    ("# just a comment\n", "f.yaml:1: file is empty; a fact file holds lists such as 'people:'"),
    ("people: []\n---\npeople: []\n", "f.yaml:2: more than one YAML document; a fact file holds one"),
    ("- a\n- b\n", "f.yaml:1: expected lists under keys such as 'people:' at the top of the file"),
    ("peple: []\n", "f.yaml:1: unknown section 'peple' (did you mean 'people'?)"),
    ("people: {a: 1}\n", "f.yaml:1: 'people' must be a list of records, not a mapping"),
    ("people:\n  - just text\n", "f.yaml:2: expected a person record (key: value lines), got 'just text'"),
    ("events:\n  - just text\n", "f.yaml:2: expected an event record (key: value lines), got 'just text'"),
    ("organisations:\n  - 7\n", "f.yaml:2: expected an organisation record (key: value lines), got '7'"),
    (PERSON.format(name="A") + "    nmae: x\n", "f.yaml:8: unknown field 'nmae' in person (did you mean 'name'?)"),
    ("people:\n  - id: p1\n    name: A\n", "f.yaml:2: person is missing required field 'evidence'"),
    # re-run 93 A4: a null item in a list of ids crashed every command (AttributeError, exit 1)
    (PERSON.format(name="A") + "    aliases: [null]\n",
     "f.yaml:8: 'aliases' has an empty item (null) in its list; remove it or write a value"),
    (PERSON.format(name="A") + "    titles:\n      - Capt\n      -\n",
     "f.yaml:10: 'titles' has an empty item (null) in its list; remove it or write a value"),
    (PERSON.format(name="A") + "    group: no\n",
     "f.yaml:8: 'group': 'no' means different things in YAML 1.1 and 1.2; write true or false"),
    ("[" * 200 + "]" * 200 + "\n", "f.yaml:1: nesting deeper than 32 levels"),
    ("people: [" + "[" * 40 + "]" * 40 + "]\n", "f.yaml:1: nesting deeper than 32 levels"),
    (b"people: []\n# caf\xe9\n", "f.yaml:2: is not valid UTF-8 text (save it as UTF-8)"),
    ("people: []\n\x00\n", "f.yaml:2: contains a NUL character; not a text file"),
]

FIGURE = """figures:
  - id: f1
    topic: t
    counts: c
    value: {value}
    comparator: exact
    unit: people
    wording: "7"
    source: h1
    excerpt: "7"
"""

NUMBERS = [
    ("0755", "'0755' has a leading zero, which YAML 1.1 reads as octal; write the number without it"),
    ("1e3", "'1e3' is exponent notation, text in YAML 1.1 and a number in YAML 1.2; write it out in full"),
    ("12:30", "'12:30' is a base-60 number in YAML 1.1; write a plain number"),
    (".nan", "'.nan' is not a finite number"),
    ('"7"', 'must be a number, not quoted text "7"'),
    ("1,204", "'1,204': write the number without separators"),
    # Past what SQLite stores (2**63), what Python reads (4300 digits), what a float holds exactly (2**53).
    *[(big, f"'{shown}' is too large a number for a fact base (at most ±9,007,199,254,740,992)") for big, shown in [
        ("99999999999999999999", "99999999999999999999"), ("-9007199254740993", "-9007199254740993"),
        ("1" + "0" * 4400, "1" + "0" * 38 + "…"), ("1" + "0" * 400 + ".5", "1" + "0" * 38 + "…")]],
]


def _odd(make: Callable[[Path], None]) -> Setup:
    def setup(facts: Path) -> None:
        make(facts / "odd.yaml")
    return setup


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


ODD_FILES: dict[str, Setup] = {
    "a directory named *.yaml": _odd(lambda p: p.mkdir()),
    "a link to a directory": _odd(lambda p: p.symlink_to(p.parent.parent)),
    "a dangling link": _odd(lambda p: p.symlink_to(p.parent / "nowhere")),
    "a socket": _odd(_socket),
    "a FIFO": _odd(lambda p: os.mkfifo(p)),
    "a link to a device": _odd(lambda p: p.symlink_to("/dev/zero")),
}

# ---------------------------------------------------------------- the mini base, edited (validation)

SHARED_ID = """organisations:
  - id: aye-mya
    name: Aye Mya Group
    kind: generic
    evidence:
      - {source: h1, excerpt: "said Aye Mya, a former clerk."}
"""

TWO_PREFERRED = """figures:
  - id: departures-again
    topic: departures
    counts: people who left the town
    value: 1204
    comparator: exact
    unit: people
    wording: "1,204"
    rank: preferred
    rank_reason: Counted.
    source: h1
    excerpt: "counted 1,204 departures"
conflicts:
  - id: departures-count
    kind: disagreement
    topic: Departures
    summary: Two counts.
    claims:
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures, rating: reported}
      - {source: h1, excerpt: "counted 1,204 departures", figure: departures-again, rating: reported}
"""
FIRST_PREFERRED = edit_file("facts.yaml", "    stated_by: harbour-board\n",
                            "    stated_by: harbour-board\n    rank: preferred\n    rank_reason: Official.\n")


def _duplicate_people(facts: Path) -> None:
    (facts / "more.yaml").write_text((facts / "people.yaml").read_text().split("  - id: zoe-tun")[0])


MINI_EDITS: dict[str, Setup] = {
    "a dangling reference": edit_file("facts.yaml", "speaker: aye-mya", "speaker: aye-mia"),
    "duplicate ids across files": _duplicate_people,
    "parts that do not add up": edit_file("facts.yaml", "value: 1204", "value: 1205"),
    "a value that is not its wording": edit_file("facts.yaml", "value: 300", "value: 30"),
    "an unknown theme and vocabulary value": both(edit_file("facts.yaml", "themes: [pay]", "themes: [pai]"),
                                                  edit_file("facts.yaml", "comparator: about", "comparator: roughly")),
    "a person and an organisation sharing an id": add_file("more.yaml", SHARED_ID),
    "two preferred figures for one quantity": both(FIRST_PREFERRED, add_file("more.yaml", TWO_PREFERRED)),
    "a YAML error and what it holds back": edit_file("people.yaml", "    name: Aye Mya\n", "    name: [Aye Mya\n"),
    "a failed record and what it holds back": both(
        edit_file("people.yaml", "    name: Aye Mya\n", "    name: Aye Mya\n    nmae: typo\n"),
        edit_file("facts.yaml", "    stated_by: harbour-board\n", "    stated_by: harbour-bored\n")),
    "an unknown section and what it holds back": edit_file("people.yaml", "people:\n", "peple:\n"),
}

# ---------------------------------------------------------------- the mill base, edited (second reading)

COUNTS_AND_MEMBERS = [
    ("{who: workers, count: 4,", "{who: workers, count: 0,", "count must be 1 or more"),
    ("{who: zaw, source", "{who: zaw, count: 2, source", "count is for a group giver; 'zaw' is not a group"),
    ("    group: true\n", "", "person 'workers' has members but is not a group"),
    ("members: [kyaw-min,", "members: [kyaw-mon,", "member 'kyaw-mon' is not a known person id"),
]
DISPUTED_DATES = [
    ('          - {value: "2021", note: "One year after the 2020 storm, as the text writes it."}\n', "",
     "a disputed date needs every reading (at least two)"),
    ('          - {value: "2020", note: "One year after the storm of 2019."}',
     '          - {value: "2022", note: "Two years after."}', "the date's value '2020' must be one of its readings"),
    ("        conflict: storm-year", "        conflict: storm-yaer", "conflict 'storm-yaer' is not a known conflict id"),
]
EVENT_ORDER = [("after: [workers-leave]", "after: [workers-leaves]",
                "after 'workers-leaves' is not a known event id (did you mean 'workers-leave'?)")]

ALL: list[Invalid] = [
    *(Invalid(f"file: {expected}", "mini", add_file("f.yaml", text)) for text, expected in BROKEN_FILES),
    *(Invalid(f"number: {value}", "mini", add_file("f.yaml", FIGURE.format(value=value))) for value, _ in NUMBERS),
    *(Invalid(name, "mini", setup) for name, setup in ODD_FILES.items()),
    *(Invalid(name, "mini", setup) for name, setup in MINI_EDITS.items()),
    *(Invalid(f"mill: {message}", "mill", edit_file("mill.yaml", old, new))
      for old, new, message in [*COUNTS_AND_MEMBERS, *DISPUTED_DATES, *EVENT_ORDER]),
]
