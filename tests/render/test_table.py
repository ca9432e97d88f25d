"""The text table for a file or a pipe: each column as wide as its widest cell,
whichever row holds it and however the spooled rows are read back."""

import io

import pytest

from kompcalc.render import table as text_table
from kompcalc.render.rows import RowText
from kompcalc.render.table import TextTable
from tests.render.test_page import EXAMPLES, MARKS


@pytest.mark.parametrize(("block", "kept"), [(1, 1), (300, 2), (1 << 20, 4096)])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_column_is_as_wide_as_its_widest_cell(
    monkeypatch: pytest.MonkeyPatch, block: int, kept: int, lang: str
) -> None:
    monkeypatch.setattr(text_table, "SPOOL_BLOCK", block)  # rows read back at a time
    monkeypatch.setattr(text_table, "LENGTHS_KEPT", kept)  # rows' lengths kept apart
    batch = EXAMPLES[lang]
    out = io.BytesIO()
    table = TextTable(out, MARKS, lang, batch.rates)
    text = RowText(MARKS, lang)
    for row in batch.rows:
        table.write(table.row(row))  # as encode makes a row: its widths noted
    table.finish(batch.summary)
    cells = [
        [col.heading for col in text.columns],
        *batch.rows,
        text.totals(batch.summary),
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = out.getvalue().decode("utf-8").split("\n")
    assert lines[1] == "  ".join("-" * width for width in widths)
    figures = [col.figure for col in text.columns]

    def padded(row: list[str]) -> str:
        cells = zip(row, widths, figures, strict=True)
        return "  ".join(c.rjust(w) if f else c.ljust(w) for c, w, f in cells).rstrip()

    assert lines[2 : 2 + len(batch.rows)] == [padded(row) for row in batch.rows]
    assert any(not row[1].isascii() for row in batch.rows)  # widths in letters, not bytes
    cases = range(1, len(cells) - 1)
    # some column's widest cell is a case's, not the heading's or the totals'
    assert any(max(len(cells[r][i]) for r in cases) == widths[i] for i in range(len(widths)))
    assert any(max(len(cells[r][i]) for r in cases) > len(cells[0][i]) for i in range(len(widths)))
