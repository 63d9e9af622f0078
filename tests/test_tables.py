"""Tables drawn with Rich: fitted to the width, ids and numbers never split, records when too narrow."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from defectcli.output.fit import Col, widths
from defectcli.output.formats import Column, table
from defectcli.output.tables import render
from defectcli.text import safe

ROWS = [{"id": "q-grandmother-blinded", "who": "Aye Mya", "text": "My grandmother was blinded by the bombs. "
         "That is when I decided to leave the army.", "n": 7, "src": "s1:42"},
        {"id": "q-bridge", "who": "Zoë Tun", "text": "The bridge was unsafe.", "n": 1204, "src": "s1:2"}]
COLS = [Column("id", "ID", kind="id"), Column("who", "Speaker", kind="short"), Column("text", "Quote"),
        Column("n", "Count"), Column("src", "Source", kind="code", drop=1)]


def test_a_table_has_a_title_a_header_rule_right_aligned_numbers_and_the_long_text_wraps() -> None:
    out = table(ROWS, COLS, "Quotes", total=70).splitlines()
    assert out[0] == "Quotes"
    assert out[1].split() == ["ID", "Speaker", "Quote", "Count", "Source"]
    assert set(out[2]) == {"─"} and len(out[2]) <= 70
    assert out[3].startswith("q-grandmother-blinded  Aye Mya  My grandmother")
    assert out[3].endswith("    7  s1:42")
    assert any(line.endswith(" 1204  s1:2") for line in out)  # numbers right-aligned, as stored
    assert len(out) == 3 + 4 + 1 and all(len(line) <= 70 for line in out)


def test_exact_layout_of_a_small_table() -> None:
    assert table(ROWS[1:], COLS, "Quotes", total=80) == (
        "Quotes\n"
        "ID        Speaker  Quote                   Count  Source\n"
        "────────────────────────────────────────────────────────\n"
        "q-bridge  Zoë Tun  The bridge was unsafe.   1204  s1:2\n")


def test_a_column_that_cannot_fit_is_left_out_and_named_below() -> None:
    out = table(ROWS, COLS, "Quotes", total=60)
    assert out.splitlines()[1].split() == ["ID", "Speaker", "Quote", "Count"]
    assert "Not shown at 60 columns: Source (see --fields, -f json)" in out.splitlines()
    assert all(len(line) <= 60 for line in out.splitlines())


def test_too_narrow_for_the_columns_that_matter_gives_records() -> None:
    assert table(ROWS[1:], COLS, "Quotes", total=30) == (
        "Quotes\n"
        "\n"
        "ID:      q-bridge\n"
        "Speaker: Zoë Tun\n"
        "Quote:   The bridge was\n"
        "         unsafe.\n"
        "Count:   1204\n"
        "Source:  s1:2\n")


def test_a_record_whose_label_and_id_cannot_share_a_line_stacks_them() -> None:
    out = render([Col("Identifier", "id"), Col("Text")], [["an-identifier-of-26-chars", "some words here"]],
                 total=30, records=True)
    assert out == "Identifier:\n  an-identifier-of-26-chars\nText:\n  some words here\n"


def test_bold_headers_only_when_styled_and_markup_in_data_is_printed_as_written() -> None:
    rows = [{"id": "x", "who": "[bold]Aye[/] :smile:", "text": "[red]t", "n": 1, "src": "s1"}]
    plain = table(rows, COLS, "T [b]", total=80)
    assert "\x1b" not in plain
    assert "[bold]Aye[/] :smile:" in plain and "[red]t" in plain and "T [b]" in plain
    styled = table(rows, COLS, "T", total=80, style=True)
    assert "\x1b[1m" in styled and "[bold]Aye[/] :smile:" in styled


def test_widths_keep_ids_whole_and_give_the_rest_to_the_long_text() -> None:
    cols = [Col("ID", "id"), Col("Name", "short"), Col("Text", "text")]
    cells = [["an-id-of-some-length", "Aye Mya", "word " * 40]]
    w = widths(cols, cells, 80)
    assert w is not None
    assert w[0] == len("an-id-of-some-length") and w[1] == len("Aye Mya")
    assert sum(w) + 2 * 2 == 80


def test_wide_characters_are_measured_in_cells() -> None:
    out = table([{"id": "m", "who": "ミャンマー", "text": "ミャンマー " * 12, "n": 1, "src": "s1"}], COLS, "T", total=40)
    assert all(cell_len(line) <= 40 for line in out.splitlines())


ids = st.from_regex(r"[a-z][a-z0-9-]{0,30}", fullmatch=True)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=120)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(ids, words, words, st.integers(0, 10**7)), min_size=1, max_size=5), st.integers(20, 160))
# A value as wide as the terminal after blanks: drawn from the edge, the blanks dropped.
@example(rows=[("a", "", " 0000000000000000⺀⺀", 0)], total=20)
@example(rows=[("a", "", "\xa00000000000000000⺀⺀", 0)], total=20)
@example(rows=[("a", " 000000000⺀", "", 0)], total=20)  # blanks before a word that fits beside its label
@example(rows=[("a", "", "000000000000000\xad⼀", 0)], total=20)  # a soft hyphen, drawn as its escape
def test_any_rows_at_any_width_fit_and_keep_every_id_whole_or_a_prefix_that_names_it(
        rows: list[tuple[str, str, str, int]], total: int) -> None:
    data = [{"id": i, "who": a, "text": b, "n": n, "src": "s1:1"} for i, a, b, n in rows]
    out = table(data, COLS, "T", total=total)
    lines = out.splitlines()
    # Only an id, or a word of the text, wider than the whole terminal may pass its edge, whole, on a line
    # of its own.
    unsplit = [i for i, *_ in rows] + [w for r in rows for w in safe(r[1] + " " + r[2]).split()]  # (as shown: a
    # character that draws nothing, a soft hyphen among them, is drawn as its escape)
    assert all(cell_len(line) <= total or line in unsplit for line in lines), out
    every = {i for i, *_ in rows}
    said = "An id ending in … is shortened (see --fields, -f json)" in " ".join(" ".join(lines).split())
    for i in every:
        whole = any(i in line.split() or f"ID: {i}" in " ".join(line.split()) for line in lines)
        prefix = said and any(w.endswith("…") and i.startswith(w[:-1]) and [x for x in every if x.startswith(w[:-1])]
                              == [i] and len(w) >= 12 for line in lines for w in line.split())
        assert whole or prefix, (i, out)


def test_a_column_empty_in_every_row_is_not_drawn_unless_asked_for() -> None:
    cols = [Column("id", "ID", kind="id"), Column("note", "Note"), Column("text", "Text")]
    rows: list[dict[str, object]] = [{"id": "a", "note": None, "text": "x"}, {"id": "b", "note": "", "text": "y"}]
    assert table(rows, cols, total=40).splitlines()[0].split() == ["ID", "Text"]
    assert table(rows, cols, total=40, hide_empty=False).splitlines()[0].split() == ["ID", "Note", "Text"]


def test_a_line_separator_in_the_data_is_shown_and_starts_no_line_of_the_table() -> None:
    rows = [{"id": "a", "who": "x", "text": "one\u2028two", "n": 1, "src": "s1"}]
    out = table(rows, COLS, "T", total=80)
    assert out.count("\n") == 4 and "\u2028" not in out and "one\\u2028two" in out
