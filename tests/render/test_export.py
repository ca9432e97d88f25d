"""A CSV row is written without the csv module's writer, byte for byte as the writer
writes it: every cell as :func:`_csv_cell` gives it, quoted only where the writer
quotes (a delimiter, a quote or a line break in it), a quote doubled."""

import csv
import io
from decimal import Decimal as D

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kompcalc.render.export import CsvTable, _csv_cell
from kompcalc.render.rows import Cell

MARKS = (12, 24, 36)

texts = st.text(alphabet=st.sampled_from("ab ;,\"'=+-@\t\r\n\x00æ.")) | st.text()
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None)
amounts = st.decimals(-(10**12), 10**12, places=2)  # in øre, as nearly every figure is
figures = decimals | amounts
cells = st.none() | texts | figures


def _by_writer(row: list[Cell], lang: str) -> str:
    """The row as the csv module's writer writes it (as CsvTable did before)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "da" else ",", lineterminator="\r\n")
    writer.writerow([_csv_cell(cell, lang) for cell in row])
    return out.getvalue()


@pytest.mark.parametrize("lang", ["da", "en"])
@settings(deadline=None)  # a loaded machine must not fail it
@given(data=st.data())
@example(data=None)  # every kind of cell in every column at least once
def test_a_row_is_written_as_the_csv_writer_writes_it(lang: str, data: st.DataObject) -> None:
    table = CsvTable(io.BytesIO(), MARKS, lang)
    width = len(table._sheet.columns)
    if data is None:
        rows: list[list[Cell]] = [
            [cell] * width
            for cell in (None, "", 'a "b"; c, d', "=1+2", "-5", "x\ny", D("-1234.5"), D("0"))
        ]
    else:  # the amounts all numbers (as in a computed case: written together), or any
        numbers = data.draw(st.booleans())
        columns = table._sheet.columns
        rows = [[data.draw(figures if numbers and c.money else cells) for c in columns]]
    for row in rows:
        assert table.line(row) == _by_writer(row, lang)


def test_a_figure_with_a_decimal_comma_is_not_quoted_in_danish_but_a_text_is() -> None:
    table = CsvTable(io.BytesIO(), MARKS, "da")
    keys = [column.key for column in table._sheet.columns]
    row: list[Cell] = ["" for _ in keys]
    row[keys.index("one_off_net")] = D("-1234.50")
    row[keys.index("person")] = "Kvinde; 31 år"
    row[keys.index("occupation")] = 'Sagt "ja"'
    # id, person, occupation, description, interventions, one-off, then 11 more
    expected = ';"Kvinde; 31 år";"Sagt ""ja""";;;-1234,50' + ";" * 11 + "\r\n"
    assert table.line(row) == expected
