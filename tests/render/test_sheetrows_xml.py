"""The case rows kompcalc writes as XML itself (:mod:`kompcalc.render.sheetrows_xml`)
are byte for byte what XlsxWriter writes for the same rows: the same rows written both
ways, every part of the two workbooks compared, over hostile text and numbers."""

import io
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kompcalc.render.export import neutralise
from kompcalc.render.rows import Cell
from kompcalc.render.sheetrows_xml import (
    RowTemplates,
    filled,
    splice,
    style_numbers,
    styles_in,
)
from kompcalc.render.sheetstyle import height
from tests.helpers import RunCli

FIELDS = ["t", "t", "m", "d", "m", "t"]
"""Each column's style field: text, money, decimals."""

NEVER = "aldrig"

Row = tuple[list[Cell], int]
"""A row's cells and how many lines it takes."""


def _workbook(folder: Path, rows: list[Row], *, ours: bool) -> dict[str, bytes]:
    """Every part of a workbook of ``rows`` between a header and the totals, the rows
    written by XlsxWriter or by ``sheetrows_xml``; a second sheet uses one of their
    styles, so the order XlsxWriter numbers styles in shows."""
    out = io.BytesIO()
    base = io.BytesIO() if ours else out
    book = xlsxwriter.Workbook(base, {"constant_memory": True, "tmpdir": str(folder)})
    book.set_properties({"created": datetime(2026, 1, 1)})  # the same in both
    bold = book.add_format({"bold": True})
    formats = {
        "t": book.add_format({"text_wrap": True, "valign": "top"}),
        "m": book.add_format({"num_format": "#,##0.00", "align": "right", "indent": 1}),
        "d": book.add_format({"num_format": "0.00", "align": "right"}),
    }
    sheet = book.add_worksheet("Sager")
    sheet.set_row(0, 30)
    sheet.write_string(0, 0, "Titel", bold)
    for j in range(len(FIELDS)):
        sheet.write_string(1, j, f"Kolonne {j}", bold)
    if not ours:
        for i, (cells, lines) in enumerate(rows, 2):
            if lines > 1:
                sheet.set_row(i, height(lines))
            for j, cell in enumerate(cells):  # as the batch wrote each case's row
                if isinstance(cell, Decimal):
                    sheet.write_number(i, j, cell, formats[FIELDS[j]])
                elif cell is None:
                    sheet.write_string(i, j, NEVER, formats[FIELDS[j]])
                elif cell:
                    sheet.write_string(i, j, neutralise(cell), formats[FIELDS[j]])
    templates = RowTemplates(FIELDS, NEVER)
    rendered = [templates.render(cells, lines) for cells, lines in rows]
    order: list[str] = []
    for template in rendered:
        order += styles_in(template, [f for f in "tmd" if f not in order])
    totals = 2 + len(rows)
    sheet.write_string(totals, 0, "I alt", bold)
    sheet.write_number(totals, 2, Decimal("1234.5"), bold)
    numbers = style_numbers(formats, order) if ours else {}
    book.add_worksheet("Oversigt").write_string(0, 0, "x", formats["d"])
    book.close()
    if ours:
        base.seek(0)
        splice(base, out, totals + 1, filled(rendered, 3, numbers), large=False)
    with zipfile.ZipFile(out) as done:
        return {name: done.read(name) for name in done.namelist()}


def _own_digits() -> bool:
    """Whether the XlsxWriter installed writes a Decimal with its own digits (as
    kompcalc does), not through a float (3.1 writes 0.00 as 0)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.add_worksheet().write_number(0, 0, Decimal("0.10"))
    book.close()
    with zipfile.ZipFile(out) as done:
        return b"<v>0.10</v>" in done.read("xl/worksheets/sheet1.xml")


OWN_DIGITS = _own_digits()


def _comparable(rows: list[Row]) -> bool:
    """Whether the installed XlsxWriter writes each number of ``rows`` as kompcalc
    does: always if it writes a Decimal's own digits; through a float, where the float
    has the same digits."""
    return OWN_DIGITS or all(
        f"{cell:.16G}" == f"{float(cell):.16G}"
        for cells, _ in rows
        for cell in cells
        if isinstance(cell, Decimal)
    )


def _same(folder: Path, rows: list[Row]) -> None:
    theirs = _workbook(folder, rows, ours=False)
    ours = _workbook(folder, rows, ours=True)
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name


HOSTILE = [
    "&", "<", ">", '"', "'", "%", "%d", "%(n)d", "%%", "_x0041_", "_X0041_", "_x00e6_",
    "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\t", "\n", "\r", " ", "  ", "\u00a0", "\u2028",
    "\u3000", "\ufffe", "\uffff", "😀", "æøå", "=SUM(A1)", "+45", "-", "@", "<r>", "</r>",
    "<t>", "]]>",
]  # fmt: skip
"""Pieces of text that have to be escaped, or that look as if they do."""

texts = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE), st.text(st.characters(blacklist_categories=["Cs"]), max_size=8)
    ),
    max_size=6,
).map("".join)
numbers = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False
) | st.sampled_from([Decimal("0"), Decimal("-0"), Decimal("0.00"), Decimal("1E-30")])
cells = st.one_of(texts, numbers, st.none(), st.just(""))
rows = st.lists(
    st.tuples(st.lists(cells, min_size=len(FIELDS), max_size=len(FIELDS)), st.integers(1, 4)),
    max_size=6,
)


def _rich(cell: Cell) -> bool:
    """A text XlsxWriter takes for ready-made rich-text XML (see the module)."""
    return isinstance(cell, str) and neutralise(cell).startswith("<r>") and cell.endswith("</r>")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=rows)
def test_rows_are_what_xlsxwriter_writes(tmp_path: Path, rows: list[Row]) -> None:
    assume(not any(_rich(cell) for cells, _ in rows for cell in cells))
    assume(_comparable(rows))
    _same(tmp_path, rows)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 40_000,  # cut to 32,767
        "a" * 32_767,
        " %(n)d & <b> " * 3000,
        "😀" * 20_000,  # cut by UTF-16 units: 16,383 of them
    ],
    ids=["long", "longest", "long-hostile", "long-emoji"],
)
def test_long_text_is_cut_as_xlsxwriter_cuts_it(tmp_path: Path, text: str) -> None:
    if text[0] == "😀" and not hasattr(xlsxwriter.utility, "_utf16_truncate"):
        pytest.skip("this XlsxWriter (3.1) cuts by characters, not by UTF-16 units")
    _same(tmp_path, [([text, "x", Decimal(1), None, "", text], 3)])


def test_many_rows_are_numbered_in_order_across_chunks(tmp_path: Path) -> None:
    many: list[Row] = [
        ([f"sag-{i}", "", Decimal(i), None, Decimal("-0.5"), "x"], 1 + i % 3) for i in range(1200)
    ]
    _same(tmp_path, many)


def test_a_row_that_starts_without_money_numbers_the_styles_as_xlsxwriter(tmp_path: Path) -> None:
    """XlsxWriter numbers a style when a row first uses it: a first case without
    figures uses the months' style before the kroner's."""
    first: list[Cell] = ["sag-1", "", "", "ikke opgjort", "", ""]
    second: list[Cell] = ["sag-2", "x", Decimal("10.5"), Decimal("2.25"), Decimal(1), "y"]
    _same(tmp_path, [(first, 1), (second, 2)])


def test_a_text_that_looks_like_rich_text_is_text(tmp_path: Path) -> None:
    """XlsxWriter writes ``<r>…</r>`` unescaped (a broken workbook); here it is text."""
    out = tmp_path / "rich.xlsx"
    parts = _workbook(tmp_path, [(["<r>a & b</r>", "", "", None, "", ""], 1)], ours=True)
    with zipfile.ZipFile(out, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    assert openpyxl.load_workbook(out)["Sager"]["A3"].value == "<r>a & b</r>"


CASE = """
  - id: "{id}"
    description: "{description}"
    benefit: ledighedsydelse
    interventions:
      - kind: personal_assistance
        hours_per_week: 5
"""


def test_a_batchs_hostile_text_comes_back_as_written(cli: RunCli, tmp_path: Path) -> None:
    descriptions = [
        "a & b < c > d",
        "100 % sikker, %(n)d og %s",
        "  mellemrum før og efter  ",
        "<r>a & b</r>",
        "emoji 😀 og æøå",
        "=1+1",
    ]
    cases = "".join(
        CASE.format(id=f"s{i}", description=d.replace('"', '\\"'))
        for i, d in enumerate(descriptions)
    )
    source = tmp_path / "sager.yaml"
    source.write_text("cases:" + cases, encoding="utf-8")
    out = tmp_path / "sager.xlsx"
    run = cli("batch", str(source), "-o", str(out))
    assert run.code == 0, run.err
    sheet: Any = openpyxl.load_workbook(out)["Sager"]
    heading = [c.value for c in next(r for r in sheet.iter_rows() if r[0].value == "Sag")]
    column = heading.index("Beskrivelse")
    found = {
        row[0]: row[column]
        for row in sheet.iter_rows(values_only=True)
        if isinstance(row[0], str) and row[0][1:].isdigit()
    }
    assert found == {f"s{i}": neutralise(d) for i, d in enumerate(descriptions)}
