"""Shell completion (`--install-completion`): person names, themes and source ids from the fact base."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from defectcli.cli import app

from .helpers import Mini


def complete(mini: Mini, words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash completion offers after `words` (the last word is the one being completed)."""
    parts = words.split(" ")
    # Bash joins COMP_WORDS with the first character of IFS, which its script sets to a newline.
    result = CliRunner().invoke(app, [], prog_name="defectcli", env={
        "_DEFECTCLI_COMPLETE": "complete_bash", "COMP_WORDS": "\n".join(parts), "COMP_CWORD": str(len(parts) - 1),
        "DEFECTCLI_FACTS": str(mini.facts), **(env or {})})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # nothing reaches the terminal but the answer
    return [line for line in result.stdout.splitlines() if line]


@pytest.mark.parametrize(("words", "offered"), [
    ("defectcli person A", ["Aye\\ Mya"]),  # escaped, so that bash inserts one word
    ("defectcli person Z", ["Zoë\\ Tun"]),
    ("defectcli person Capt", ["Capt\\ Zoë\\ Tun"]),  # the title form a user may type
    ("defectcli person \"Ay", ["Aye Mya"]),  # inside a quote the user opened: as it is
    ("defectcli quotes --speaker Ay", ["Aye\\ Mya"]),
    ("defectcli quotes --theme S", []),  # completions match the prefix as typed, as shells expect
    ("defectcli people --role d", ["defector"]),
    ("defectcli stats --topic dep", ["departures"]),
    ("defectcli help qu", ["quotes"]),
    ("defectcli quotes --theme s", ["safety"]),
    ("defectcli quotes --theme p", ["pay"]),
    ("defectcli people --source h", ["h1"]),
    ("defectcli stats --source x", []),
    ("defectcli show q-", ["q-bridge", "q-wages"]),  # any record's id
    ("defectcli show p", ["pay", "population"]),
])
def test_completion_offers_names_themes_and_sources(mini: Mini, words: str, offered: list[str]) -> None:
    assert complete(mini, words) == offered


def test_completion_of_commands(mini: Mini) -> None:
    assert complete(mini, "defectcli pe") == ["person", "people"]


def test_completion_with_a_broken_fact_base_offers_nothing_and_no_traceback(mini: Mini) -> None:
    (mini.facts / "people.yaml").write_text("people: [\n", encoding="utf-8")
    assert complete(mini, "defectcli person A") == []


def test_bash_escaping_covers_what_bash_reads_as_syntax() -> None:
    from defectcli.cli.complete import bash_escaped

    assert bash_escaped("Lin Aung") == "Lin\\ Aung"
    assert bash_escaped("Maung Sein's unit (s2)") == "Maung\\ Sein\\'s\\ unit\\ \\(s2\\)"
    assert bash_escaped("People’s Embrace") == "People’s\\ Embrace"  # a typographic apostrophe is no syntax


def test_completion_on_a_cold_cache_writes_only_its_answer(mini) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.rmtree(mini.cache, ignore_errors=True)
    assert complete(mini, "defectcli person Ay") == ["Aye\\ Mya"]
