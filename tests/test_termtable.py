"""Plain-text tables: widths in terminal cells, wrapping at words, fitting to the terminal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from defectcli.output import tables as termtable


def test_width_counts_wide_characters_twice_and_combining_marks_not_at_all() -> None:
    assert termtable.width("abc") == 3
    assert termtable.width("ミャンマー") == 10
    assert termtable.width("e\u0301") == 1  # e + combining acute
    assert termtable.width("မြန်မာ") == 5  # Burmese: spacing signs take a cell, as in wcwidth; the asat does not


def test_wrap_breaks_between_words_and_folds_a_word_longer_than_the_line() -> None:
    assert termtable.wrap("no misgivings about his decision", 12) == ["no", "misgivings", "about his", "decision"]
    assert termtable.wrap("defections-total-peoples-embrace", 10) == ["defections", "-total-peo", "ples-embra", "ce"]
    assert termtable.wrap("line one\nline two", 40) == ["line one", "line two"]


def test_fit_shrinks_the_widest_column_first_and_never_below_its_minimum() -> None:
    assert termtable.fit([10, 50, 8], [6, 6, 6], 48) == [10, 30, 8]
    assert termtable.fit([10, 50], [10, 20], 5) == [10, 20]  # too narrow: keep the minimum, let the terminal wrap


def test_a_table_has_a_title_header_rule_and_right_aligned_columns() -> None:
    out = termtable.render(["Name", "Count"], [["Aye Mya", "7"], ["Zoë Tun", "1,204"]], title="People",
                           right=[False, True])
    assert out == ("People\n"
                   "Name     Count\n"
                   "───────  ─────\n"
                   "Aye Mya      7\n"
                   "Zoë Tun  1,204\n")


def test_bold_only_when_styled() -> None:
    plain = termtable.render(["A"], [["x"]], title="T")
    styled = termtable.render(["A"], [["x"]], title="T", style=True)
    assert "\x1b" not in plain
    assert styled.startswith("\x1b[1mT\x1b[0m\n")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200), st.integers(1, 60))
def test_wrapping_keeps_every_word_and_fits_the_width(text: str, limit: int) -> None:
    lines = termtable.wrap(text, limit)
    assert "".join("".join(lines).split()) == "".join(text.split())
    # A line may overflow only when it is a single character wider than the whole line.
    assert all(termtable.width(line) <= limit or len(line) == 1 for line in lines)


@given(st.lists(st.lists(st.text(max_size=40), min_size=3, max_size=3), max_size=8), st.integers(1, 200))
def test_any_rows_at_any_width_render_without_error(rows: list[list[str]], total: int) -> None:
    out = termtable.render(["a", "b", "c"], rows, total=total)
    assert out.endswith("\n")
