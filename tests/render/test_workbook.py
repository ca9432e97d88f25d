"""``kompcalc batch -o x.xlsx``: a workbook to print and hand on, read back with openpyxl.

The title rows, the print setup (landscape, one page wide, the header row on every
page, the footer), the frozen panes and the autofilter, the bold totals, the columns
(the case's own text; the condition only when asked for), widths and wrapping, and the
summary sheet.
"""

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from kompcalc.render import workbook
from tests.helpers import EXAMPLE, RunCli

TITLE = "Kompensering med gevinst – 10 af katalogets regneeksempler"
LAST = "R"
"""The last column of the example's table with the condition (Q without)."""


def _book(cli: RunCli, path: Path, *args: str, source: Path = EXAMPLE) -> Any:
    run = cli("batch", str(source), "-o", str(path), *args)
    assert run.code == 0, run.err
    assert run.out == ""
    return openpyxl.load_workbook(path)


def _header_row(sheet: Worksheet) -> int:
    """The header row's number (from 1), found by its first heading."""
    for row in sheet.iter_rows(max_col=1):
        if row[0].value in ("Sag", "Case"):
            return int(row[0].row)
    raise AssertionError("no header row")


def _widths(sheet: Worksheet) -> dict[int, float]:
    """Each column's width by its number (from 1); openpyxl groups equal neighbours."""
    found = {}
    for dimension in sheet.column_dimensions.values():
        for j in range(dimension.min, dimension.max + 1):
            found[j] = dimension.width
    return found


def _table(sheet: Worksheet) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The headings and the rows under them (the cases, then the totals)."""
    top = _header_row(sheet)
    rows = list(sheet.iter_rows(min_row=top, values_only=True))
    return [str(h) for h in rows[0]], rows[1:]


@pytest.fixture
def book(cli: RunCli, tmp_path: Path) -> Any:
    return _book(cli, tmp_path / "resultat.xlsx")


def test_the_title_rows_name_the_list_the_rates_and_the_count(book: Any) -> None:
    sheet = book["Sager"]
    assert sheet["A1"].value == TITLE
    assert sheet["A1"].font.b and sheet["A1"].font.sz == 14
    rates = sheet["A2"].value
    assert rates.startswith("Satser: Kompensering med gevinst (SJH 2014) [sjh-2014]")
    assert "gældende 01.01.2014" in rates
    assert sheet["A3"].value == "Sager: 10 regnet, 0 fejlet."
    assert _header_row(sheet) == 5  # after one empty row


def test_it_prints_landscape_one_page_wide_with_the_header_on_every_page(book: Any) -> None:
    sheet = book["Sager"]
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert setup.fitToWidth in (None, 1) and setup.fitToHeight == 0  # height: as it takes
    assert sheet.print_title_rows == "$5:$5"
    assert sheet.page_margins.left < 0.7  # narrower than Excel's default
    assert sheet.oddFooter.left.text == TITLE
    assert sheet.oddFooter.right.text == "Side &P af &N"


def test_the_header_and_the_case_column_are_frozen_and_the_table_filtered(book: Any) -> None:
    sheet = book["Sager"]
    assert sheet.freeze_panes == "B6"
    assert sheet.auto_filter.ref == "A5:Q15"  # the header and the cases, not the totals


def test_the_totals_are_bold_over_a_rule_and_the_cases_are_not(book: Any) -> None:
    sheet = book["Sager"]
    totals, last_case = sheet[16], sheet[15]
    assert totals[0].value == "I alt"
    assert all(cell.font.b for cell in totals)
    assert all(cell.border.top.style == "thin" for cell in totals)
    assert not any(cell.font.b for cell in last_case)
    assert all(cell.font.b for cell in sheet[5])  # the header


def test_the_cases_have_their_own_words_beside_the_figures(book: Any) -> None:
    headings, rows = _table(book["Sager"])
    assert headings[:5] == ["Sag", "Person", "Stilling", "Beskrivelse", "Indsats"]
    assert headings.index("Start i ydelsen") == headings.index("Undgået ydelse") + 1
    assert "Helbred" not in headings
    planner = dict(zip(headings, rows[0], strict=True))
    assert planner["Person"] == "Sygemeldt. Kvinde, 43 år"
    assert planner["Stilling"] == "Planlægger og koordinator i et rengøringsselskab"
    assert planner["Beskrivelse"] == "Vender tilbage i job efter indkøb af arbejdsredskaber"


def test_the_condition_is_there_only_with_include_conditions(cli: RunCli, tmp_path: Path) -> None:
    book = _book(cli, tmp_path / "med.xlsx", "--include-conditions")
    sheet = book["Sager"]
    assert sheet["A4"].value == "Indeholder helbredsoplysninger. Behandl fortroligt."
    headings, rows = _table(sheet)
    assert headings[:5] == ["Sag", "Person", "Stilling", "Helbred", "Beskrivelse"]
    assert rows[0][3] == "Har diskusprolaps og er opereret to gange"
    assert sheet.auto_filter.ref == f"A6:{LAST}16"
    assert book["Oversigt"]["A2"].value == "Indeholder helbredsoplysninger. Behandl fortroligt."


def test_numbers_are_numbers_with_two_decimals_and_never_through_a_float(book: Any) -> None:
    sheet = book["Sager"]
    headings, _ = _table(sheet)
    column = headings.index("Udgift pr. md., netto") + 1
    cell = sheet.cell(8, column)  # orthotist-neck
    assert sheet.cell(8, 1).value == "orthotist-neck"
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    assert Decimal(str(cell.value)) == Decimal("2979.39")
    total = sheet.cell(16, headings.index("Besparelse 36 mdr.") + 1)
    assert Decimal(str(total.value)) == Decimal("3884684.44")


def test_columns_fit_their_content_within_a_cap_and_long_text_wraps(book: Any) -> None:
    sheet = book["Sager"]
    headings, _ = _table(sheet)
    widths = _widths(sheet)
    width = {heading: widths[j] for j, heading in enumerate(headings, 1)}
    # ids up to 27 letters, capped; the longest amount, 3,884,684.44, and a margin
    assert width["Sag"] == pytest.approx(workbook.MOST["id"], abs=1)
    assert width["Besparelse 36 mdr."] == pytest.approx(len("3,884,684.44") + 3, abs=1)
    assert width["Start i ydelsen"] < 12  # empty: as wide as its heading's longest word
    assert width["Indsats"] <= workbook.MOST["interventions"] + 1
    planner = sheet[6]
    assert planner[headings.index("Indsats")].alignment.wrap_text
    # its interventions take three lines and more: the row is as high as its text
    assert sheet.row_dimensions[6].height >= 45


def test_the_summary_sheet_has_the_totals_and_the_rates_with_their_sources(book: Any) -> None:
    sheet = book["Oversigt"]
    rows = [row for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == TITLE
    assert ("Sager: 10 regnet, 0 fejlet.", None, None, None) in rows
    totals = {row[0]: row[1] for row in rows}
    assert totals["I alt for 10 sager"] is None
    assert Decimal(str(totals["Engangsudgift, netto"])) == Decimal("60620.00")
    assert ("Sats", "Værdi", "Kilde", "Gælder") in rows
    assert ("Timesats, personlig assistance", "114,68 kr.", "sjh-2014", None) in rows
    sources = rows[[r[0] for r in rows].index("Kilder") + 1 :]
    assert sources[0][0] == "sjh-2014" and "Specialfunktionen Job & Handicap" in sources[0][1]
    setup = sheet.page_setup
    assert setup.orientation == "portrait" and setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True


def test_in_english(cli: RunCli, tmp_path: Path) -> None:
    book = _book(cli, tmp_path / "result.xlsx", "--lang", "en")
    assert book.sheetnames == ["Cases", "Summary"]
    sheet = book["Cases"]
    assert sheet["A2"].value.startswith("Rates: Kompensering med gevinst (SJH 2014)")
    assert "in force on 2014-01-01" in sheet["A2"].value
    headings, _ = _table(sheet)
    assert headings[:5] == ["Case", "Person", "Occupation", "Description", "Intervention"]
    assert "Benefit start" in headings
    assert sheet.oddFooter.right.text == "Page &P of &N"


CASES = """cases:
  - id: a
    benefit: sygedagpenge
    benefit_month: 9
    interventions: [{kind: aids, amount: 8507}]
  - id: b
    benefit: sygedagpenge
    benefit_week: 11
    interventions: [{kind: aids, amount: 100}]
"""


def test_without_a_title_the_file_name_is_the_title(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "marts.yaml"
    source.write_text(CASES, "utf-8")
    book = _book(cli, tmp_path / "out.xlsx", source=source)
    sheet = book["Sager"]
    assert sheet["A1"].value == "marts.yaml"  # the name, never the folder it is in
    headings, rows = _table(sheet)
    start = headings.index("Start i ydelsen")
    assert [rows[0][start], rows[1][start]] == ["måned 9", "uge 11"]


def test_a_spreadsheets_titel_row_is_the_title(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "sager.xlsx"
    sheet = openpyxl.Workbook()
    cells = sheet.active
    assert cells is not None
    cells.title = "Sager"
    for row in (["Titel", "Jobcenter Nord, marts"], ["Sag", "Ydelse", "PA timer pr. uge"]):
        cells.append(row)
    cells.append(["a", "sygedagpenge", 12])
    sheet.save(source)
    book = _book(cli, tmp_path / "out.xlsx", source=source)
    assert book["Sager"]["A1"].value == "Jobcenter Nord, marts"
    assert book["Sager"].oddFooter.left.text == "Jobcenter Nord, marts"


def test_a_title_that_looks_like_a_formula_is_text(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "f.yaml"
    source.write_text('title: "=1+1 & &G"\n' + CASES, "utf-8")
    book = _book(cli, tmp_path / "out.xlsx", source=source)
    for name in ("Sager", "Oversigt"):
        assert book[name]["A1"].value == "'=1+1 & &G"
        assert book[name]["A1"].data_type == "s"
    # "&G" would be read as a picture in the footer: the title is left out of it
    assert book["Sager"].oddFooter.left.text is None
    assert book["Sager"].oddFooter.right.text == "Side &P af &N"


def test_rows_that_overflow_memory_wait_on_disk_and_come_back_alike(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a spool of 1 byte the rows go to a file at once: the same workbook."""
    in_memory = _table(_book(cli, tmp_path / "a.xlsx")["Sager"])
    monkeypatch.setattr(workbook, "SPOOL_BYTES", 1)
    on_disk = _table(_book(cli, tmp_path / "b.xlsx")["Sager"])
    assert on_disk == in_memory
    assert len(in_memory[1]) == 11
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]
