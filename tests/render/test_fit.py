"""Rows laid out to a width: required columns always, numbers never cut, ids kept
whole over lines, text cut with an ellipsis, and no line wider than the width."""

from collections.abc import Sequence

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from kompcalc.fmt import kroner
from kompcalc.render.fit import (
    ELLIPSIS,
    Kind,
    Layout,
    Spec,
    cards,
    chop,
    cut,
    natural,
    plan,
    words,
    wrap,
)

SPECS = [
    Spec("Sag", Kind.WRAP, required=True, least=10),
    Spec("Indsats", Kind.CUT, least=16),
    Spec("Engangsudgift, netto", Kind.NUMBER, required=True),
    Spec("Udgift pr. md., netto", Kind.NUMBER, required=True),
    Spec("Undgået ydelse", Kind.CUT, least=12),
    Spec("Ydelse pr. md.", Kind.NUMBER),
    Spec("Besparelse pr. md.", Kind.NUMBER),
    Spec("Break-even, mdr.", Kind.NUMBER, required=True),
    Spec("Negativ fra, mdr.", Kind.NUMBER),
    Spec("Besparelse 12 mdr.", Kind.NUMBER),
    Spec("Besparelse 36 mdr.", Kind.NUMBER, required=True),
]
REQUIRED = [i for i, spec in enumerate(SPECS) if spec.required]
NUMBERS = [i for i, spec in enumerate(SPECS) if spec.kind is Kind.NUMBER]

# text as case files hold it: letters of any script (wide ones among them), digits,
# blanks and punctuation; one_line has already made line breaks blanks
TEXT = st.text(
    st.characters(categories=["L", "N", "P", "Zs", "S"], exclude_characters="\n\r\t"),
    min_size=1,
    max_size=50,
).filter(lambda s: s.strip() != "")
MONEY = st.decimals(min_value=-(10**9), max_value=10**9, places=2).map(lambda d: kroner(d, "da"))
BREAK_EVEN = st.sampled_from(["straks", "nås ikke", "0,38", "24,59", "123,45"])


@st.composite
def rows(draw: st.DrawFn) -> list[list[str]]:
    """A few rows of the batch table's shape, the last being the totals."""
    count = draw(st.integers(min_value=1, max_value=6))
    found = []
    for _ in range(count):
        row = []
        for spec in SPECS:
            if spec.kind is not Kind.NUMBER:
                row.append(draw(TEXT))
            elif "Break-even" in spec.heading or "Negativ" in spec.heading:
                row.append(draw(BREAK_EVEN))
            else:
                row.append(draw(MONEY))
        found.append(row)
    return found


def rendered(layout: Layout, table: Sequence[Sequence[str]]) -> list[list[str]]:
    """The heading, then each row's lines."""
    return [layout.heading(), *(layout.row(row) for row in table)]


def test_a_wide_screen_shows_every_column_whole() -> None:
    table = [["a-1", "Hjælpemidler", *["1,00 kr."] * 2, "Sygedagpenge", *["2,00 kr."] * 6]]
    layout = plan(SPECS, table, 400)
    assert layout is not None and layout.left_out == []
    assert layout.row(table[0]) == natural(SPECS, table).row(table[0])


def test_a_narrow_screen_keeps_the_required_columns_in_the_tables_order() -> None:
    table = [["a-1", "Hjælpemidler", *["1.000,00 kr."] * 2, "Sygedagpenge", *["2,00 kr."] * 6]]
    layout = plan(SPECS, table, 80)
    assert layout is not None
    assert set(REQUIRED) <= set(layout.shown) and list(layout.shown) == sorted(layout.shown)
    assert layout.left_out == [i for i in range(len(SPECS)) if i not in layout.shown]


def test_too_narrow_for_the_required_columns_side_by_side_is_no_table() -> None:
    table = [["a-1", "x", *["1.000.000,00 kr."] * 9]]
    assert plan(SPECS, table, 60) is None


def test_the_required_text_gets_room_before_an_optional_column() -> None:
    table = [["planner-herniated-disc", "Hjælpemidler", "1,00 kr.", "1,00 kr.", "Sygedagpenge"]]
    table[0] += ["1,00 kr.", "1,00 kr.", "0,38", "", "1,00 kr.", "1,00 kr."]
    layout = plan(SPECS, table, 100)
    assert layout is not None
    assert layout.row(table[0])[0].startswith("planner-herniated-disc ")


def test_a_number_heading_wraps_at_its_words_aligned_at_the_bottom() -> None:
    table = [["a", "b", "4.253,50 kr.", "0,00 kr.", "c", *["1,00 kr."] * 2, "0,38", "", "1,00 kr."]]
    table[0].append("514.146,50 kr.")
    layout = plan(SPECS, table, 70)
    assert layout is not None
    heading = layout.heading()
    assert len(heading) > 1 and heading[-1].startswith("Sag ") and "Sag" not in heading[0]
    above = next(k for k, line in enumerate(heading) if "Engangsudgift," in line)
    assert "netto" in heading[above + 1] and "netto" not in heading[above]
    assert max(cell_len(line) for line in heading) <= 70


@settings(max_examples=300, deadline=None)
@given(table=rows(), width=st.integers(min_value=40, max_value=250))
@example(  # found by hypothesis in CI: an id ending in a blank, at a line's end
    table=[
        [
            "0000000⺀⺀ ",
            "0",
            "0,00 kr.",
            "0,00 kr.",
            "0",
            "0,00 kr.",
            "0,00 kr.",
            "straks",
            "straks",
            "0,00 kr.",
            "0,00 kr.",
        ]
    ]
    * 3,
    width=61,
)
def test_no_line_is_wider_than_the_width_and_the_required_columns_are_there(
    table: list[list[str]], width: int
) -> None:
    layout = plan(SPECS, table, width)
    if layout is None:
        found, left_out = cards(SPECS, table, width)
        lines = [line for card in found for line in card]
        assert left_out == [i for i in range(len(SPECS)) if i not in REQUIRED]
        blocks = found
    else:
        lines = [line for block in rendered(layout, table) for line in block]
        assert set(REQUIRED) <= set(layout.shown)
        blocks = rendered(layout, table)[1:]
    assert max(cell_len(line) for line in lines) <= width
    for row, block in zip(table, blocks, strict=True):
        text = "\n".join(block)
        shown = REQUIRED if layout is None else layout.shown
        for i in set(NUMBERS) & set(shown):
            assert row[i] in text  # a number is never cut
        pieces = chop(row[0], width if layout is None else layout.widths[0])
        for line, piece in zip(block, pieces, strict=False):
            # the id is whole, over as many lines as it takes (a line ends in no blank,
            # so an id's own trailing blank is not there)
            assert line.startswith(piece.rstrip())


@given(text=TEXT, width=st.integers(min_value=2, max_value=60))
def test_a_chopped_text_loses_only_blanks_and_fits(text: str, width: int) -> None:
    lines = chop(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_an_id_breaks_after_a_hyphen_where_it_can() -> None:
    assert chop("planner-herniated-disc", 20) == ["planner-herniated-", "disc"]
    assert chop("abcdefghij", 4) == ["abcd", "efgh", "ij"]


@given(text=TEXT, width=st.integers(min_value=1, max_value=60))
def test_a_cut_text_fits_and_says_it_was_cut(text: str, width: int) -> None:
    shown = cut(text, width)
    assert cell_len(shown) <= width
    assert shown == text or (shown.endswith(ELLIPSIS) and cell_len(text) > width)


def test_a_wide_character_is_never_split() -> None:
    assert cut("日本語の名前", 6) == "日本…"
    assert chop("日本語の名前", 5) == ["日本", "語の", "名前"]


@given(text=st.lists(TEXT, min_size=1, max_size=8).map(" ".join), width=st.integers(40, 120))
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: int) -> None:
    lines = wrap([text], width)
    assert all(cell_len(line) <= width for line in lines)
    assert all(line.startswith("  ") for line in lines[1:])
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_heading_wraps_only_at_blanks_when_its_words_fit() -> None:
    assert words("Udgift pr. md., netto", 14) == ["Udgift pr.", "md., netto"]
    assert words("i alt 8\xa0507 kr.", 8) == ["i alt", "8\xa0507", "kr."]  # not at a no-break space


@pytest.mark.parametrize("width", [40, 50, 60])
def test_a_card_puts_each_required_value_beside_its_heading(width: int) -> None:
    table = [["planner-herniated-disc", "x", "4.253,50 kr.", "0,00 kr.", "y"]]
    table[0] += ["1,00 kr.", "1,00 kr.", "0,38", "", "1,00 kr.", "3.884.684,44 kr."]
    (card,), _ = cards(SPECS, table, width)
    assert card[0] == "planner-herniated-disc"
    assert any(line.startswith("  Engangsudgift, netto") for line in card)
    assert card[-1].startswith("  Besparelse 36 mdr.") and card[-1].endswith("3.884.684,44 kr.")
    assert max(cell_len(line) for line in card) <= width
