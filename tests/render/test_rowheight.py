"""A case row's height, worked out where the row is computed with its text columns at
their widest, is its height in the widths the columns end up with."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.render.rowheight import row_lines
from kompcalc.render.rows import Cell
from kompcalc.render.sheetstyle import fit, room, text_width

words = st.sampled_from(["a", "kort", "jobcentret", "Fastholdes", "x" * 30, " ", "\n", "  "])
texts = st.lists(words, max_size=12).map(" ".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    column=st.lists(texts, min_size=1, max_size=6),
    least=st.integers(1, 30),
    most=st.integers(6, 30),
)
def test_a_text_takes_as_many_lines_at_its_columns_widest_as_in_its_final_width(
    column: list[str], least: int, most: int
) -> None:
    """One text column (the second; the first holds a number): its final width is its
    widest text within ``least`` and ``most``, as the workbook's widths are."""
    width = fit(max(text_width(t) if "\n" in t else len(t) for t in column), least, most)
    for text in column:
        cells: list[Cell] = [None, text]
        final = row_lines(cells, [(1, width, room(width))])
        assert row_lines(cells, [(1, most, room(most))]) == final
