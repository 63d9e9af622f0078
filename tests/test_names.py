"""Names as Myanmar names are written: the table of honorifics and ranks, and `person NAME` with it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from defectcli.factbase import names

from .helpers import run

DATA = Path(__file__).parent / "data" / "search"


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "search")
    return tmp_path / "search" / "facts"


def test_the_table_holds_every_honorific_and_rank_with_its_variants() -> None:
    for form in ("u", "daw", "ko", "ma", "maung", "mg", "saw", "naw", "sai", "nang", "khun", "bo"):
        assert form in names.CANONICAL, form
    assert names.CANONICAL["mg"] == names.CANONICAL["maung"] == "maung"
    for forms in (("capt", "captain"), ("maj", "major"), ("lt", "lieutenant"), ("col", "colonel"),
                  ("gen", "general"), ("sgt", "sergeant"), ("cpl", "corporal"), ("pvt", "pte", "private")):
        assert len({names.CANONICAL[f] for f in forms}) == 1, forms
    # A form belongs to one row only.
    every = [f for table in (names.HONORIFICS, names.RANKS) for fs in table.values() for f in fs]
    assert len(every) == len(set(every))


@pytest.mark.parametrize(("written", "key"), [
    ("Ko Lin Aung", "lin aung"), ("Lin Aung", "lin aung"), ("U  Maung Sein", "maung sein"),
    ("Mg Sein", "maung sein"), ("Maung Sein", "maung sein"), ("Pyae Mg", "pyae maung"), ("Pyae Maung.", "pyae maung"),
    ("Capt. Zay Thu Aung", "zay thu aung"), ("Captain Zay Thu Aung", "zay thu aung"), ("Pte Kyaw Kyaw", "kyaw kyaw"),
    ("Daw Ma Ma", "ma ma"),
    # Never dropped to leave one word: Bo is part of the name Bo Pyay, and "Capt Smith" stays whole.
    ("Bo Pyay", "bo pyay"), ("Ko Bo Pyay", "bo pyay"), ("Capt Smith", "capt smith"), ("Ko", "ko"),
])
def test_name_keys_drop_honorifics_and_ranks_but_never_down_to_one_word(written: str, key: str) -> None:
    assert names.name_key(written) == key


def test_a_persons_own_titles_are_dropped_too() -> None:
    assert names.name_key("Sayadaw Kyaw Lin", frozenset({"Sayadaw"})) == "kyaw lin"


def person(facts: Path, name: str) -> tuple[int, str, str]:
    r = run("person", name, "-f", "json", "--facts", str(facts))
    return r.code, json.loads(r.out)["id"] if r.code == 0 else "", r.err


@pytest.mark.parametrize(("name", "pid"), [
    ("Ko Lin Aung", "lin-aung"), ("Mg Sein", "maung-sein"), ("U Maung Sein", "maung-sein"), ("Pyae Maung", "pyae-mg"),
    ("Pyae Mg", "pyae-mg"), ("Sein", "maung-sein"), ("Pyay", "bo-pyay"), ("Ko Bo Pyay", "bo-pyay"),
    ("Thawda", "thawda-win"),  # a part of a real name before a part of a label ("Wife of Thawda Win")
    ("Thawda Win", "thawda-win"), ("wife of thawda", "thawda-win-wife"),
])
def test_person_finds_names_as_they_are_written(facts: Path, name: str, pid: str) -> None:
    code, found, err = person(facts, name)
    assert (code, found) == (0, pid), err


def test_an_honorific_is_never_dropped_to_make_a_one_word_match(facts: Path) -> None:
    # "Ko Pyay" would be "Pyay" without Ko: Bo Pyay is not found that way.
    code, _, err = person(facts, "Ko Pyay")
    assert code == 1 and err.startswith("defectcli: no person named 'Ko Pyay'")


def test_more_than_one_person_names_a_few_then_says_how_many_more(facts: Path) -> None:
    crowd = "people:\n" + "".join(
        f"  - id: aung-{i}\n    name: Aung Kyaw {i:02d}\n    name_status: pseudonym\n    roles: [defector]\n"
        f"    evidence:\n      - {{source: b1, excerpt: \"Lin Aung said.\"}}\n" for i in range(30))
    (facts / "crowd.yaml").write_text(crowd, encoding="utf-8")
    code, _, err = person(facts, "Aung Kyaw")
    assert code == 1
    assert err == ('defectcli: \'Aung Kyaw\' matches more than one person: "Aung Kyaw 00", "Aung Kyaw 01", '
                   '"Aung Kyaw 02", "Aung Kyaw 03", "Aung Kyaw 04" and 25 more; give more of the name '
                   "(`defectcli people` lists everyone)\n")


# A pseudonym marked with an asterisk, as some outlets print one; a captain by title and an army
# captain the text does not name, described by his rank.
RANKED = """\
people:
  - id: maung-star
    name: Maung*
    name_status: pseudonym
    roles: [defector]
    evidence:
      - {source: b1, excerpt: "Maung Sein, 20, said"}
  - id: zay-thu-aung
    name: Zay Thu Aung
    titles: [Capt]
    name_status: as_published
    roles: [defector]
    evidence:
      - {source: b1, excerpt: "Maung Sein, 20, said"}
  - id: army-captain
    name: Army captain who defected
    name_status: unnamed
    roles: [defector]
    described_as: "an army captain who defected"
    evidence:
      - {source: b1, excerpt: "Maung Sein, 20, said"}
  - id: tortured-defector
    name: Defector who testified
    name_status: unnamed
    roles: [defector]
    described_as: "a defector saying he was tortured"
    evidence:
      - {source: b1, excerpt: "Maung Sein, 20, said"}
"""


def test_an_honorific_alone_lists_every_name_it_is_in_an_asterisked_pseudonym_too(facts: Path) -> None:
    (facts / "ranked.yaml").write_text(RANKED, encoding="utf-8")
    code, _, err = person(facts, "Maung")
    assert code == 1
    assert err == ('defectcli: \'Maung\' matches more than one person: "Maung Sein", "Maung*", "Pyae Mg"; give more of '
                   "the name (`defectcli people` lists everyone)\n")
    assert person(facts, "Maung*")[:2] == (0, "maung-star")  # typed as written, it is a whole name


def test_titles_and_descriptions_match_as_names_do(facts: Path) -> None:
    (facts / "ranked.yaml").write_text(RANKED, encoding="utf-8")
    code, _, err = person(facts, "captain")
    assert code == 1
    assert err.startswith("defectcli: 'captain' matches more than one person: \"Army captain who defected\", "
                          "\"Zay Thu Aung\";")
    assert person(facts, "tortured")[:2] == (0, "tortured-defector")  # a word of its description
    assert person(facts, "Capt Zay")[:2] == (0, "zay-thu-aung")
    # A part of a real name still wins over a part of a label or a description.
    assert person(facts, "Thawda")[:2] == (0, "thawda-win")
