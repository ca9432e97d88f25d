"""The batch table for spreadsheets: CSV and XLSX.

* Text from the case file can never run as a formula: a text cell that starts with
  ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) gets a leading apostrophe,
  as OWASP advises against CSV injection. Numbers are written by kompcalc itself and
  are left as they are.
* The Danish CSV is what Danish Excel opens directly: ``;`` between fields, a decimal
  comma, UTF-8 with a byte-order mark. The English CSV uses ``,`` and a decimal point.
* The XLSX (written with XlsxWriter) holds numbers as numbers, formatted with two
  decimals and thousands grouping, and a second sheet with the summary.
"""

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.fmt import plain_decimal
from kompcalc.render.describe import break_even_text, rates_lines
from kompcalc.render.rows import MUNICIPAL, Cell, Viewpoint, case_row, columns, totals_row
from kompcalc.render.table import summary_lines
from kompcalc.texts import t

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet may read a cell that starts with one of these as a formula."""


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell (see the module docstring)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(cell: Cell, lang: str) -> str:
    if cell is None:  # a break-even that never comes
        return break_even_text(None, lang)
    if isinstance(cell, Decimal):
        text = plain_decimal(cell)
        return text.replace(".", ",") if lang == "da" else text
    return neutralise(cell)


class CsvTable:
    """The table as CSV, written one case at a time (see the module docstring)."""

    def __init__(
        self, out: IO[bytes], marks: tuple[int, ...], lang: str, point: Viewpoint = MUNICIPAL
    ) -> None:
        self.lang = lang
        self._point = point
        encoding = "utf-8-sig" if lang == "da" else "utf-8"
        self._text = io.TextIOWrapper(out, encoding=encoding, newline="")
        delimiter = ";" if lang == "da" else ","
        self._writer = csv.writer(self._text, delimiter=delimiter, lineterminator="\r\n")
        shown = columns(marks, lang, perspective=point.perspective, discounted=point.discounted)
        self._writer.writerow([col.heading for col in shown])

    def encode(self, computed: Computed) -> list[str]:
        """One case's row as CSV fields."""
        point = self._point
        cells = case_row(
            computed, self.lang, perspective=point.perspective, discounted=point.discounted
        )
        return [_csv_cell(c, self.lang) for c in cells]

    def write(self, cells: list[str]) -> None:
        self._writer.writerow(cells)

    def finish(self, summary: Summary) -> None:
        totals = summary.view(self._point.perspective)
        row = totals_row(totals, self.lang, discounted=self._point.discounted)
        self._writer.writerow([_csv_cell(c, self.lang) for c in row])
        self._text.flush()
        self._text.detach()


class XlsxTable:
    """The table as an XLSX workbook, written one case at a time, and a summary sheet
    (with the rates it rests on)."""

    def __init__(
        self,
        out: IO[bytes],
        marks: tuple[int, ...],
        lang: str,
        rates: EffectiveRates,
        *,
        scratch: Path,
        point: Viewpoint = MUNICIPAL,
    ) -> None:
        """``scratch`` is a folder for XlsxWriter's own temporary files, which the
        caller removes however the run ends (XlsxWriter leaves them when a run stops
        before the workbook is closed)."""
        import xlsxwriter  # only when asked for: it takes a moment to import

        self.lang = lang
        self._rates = rates
        self._point = point
        options = {"constant_memory": True, "tmpdir": str(scratch)}
        self._book = xlsxwriter.Workbook(out, options)
        self._money = self._book.add_format({"num_format": "#,##0.00"})
        self._months = self._book.add_format({"num_format": "0.00"})
        bold = self._book.add_format({"bold": True})
        self._sheet = self._book.add_worksheet(t(lang, "sheet_cases"))
        self.columns = columns(
            marks, lang, perspective=point.perspective, discounted=point.discounted
        )
        for j, col in enumerate(self.columns):
            self._sheet.write_string(0, j, col.heading, bold)
            width = 14 if col.money else (40 if col.key == "interventions" else 16)
            self._sheet.set_column(j, j, width)
        self._sheet.freeze_panes(1, 1)
        self._row = 0

    def _write(self, cells: list[Cell]) -> None:
        self._row += 1
        for j, (cell, col) in enumerate(zip(cells, self.columns, strict=True)):
            if isinstance(cell, Decimal):
                # XlsxWriter writes the number with format(cell, ".16G"): the Decimal's
                # own digits, never through a float
                fmt = self._money if col.money else self._months
                self._sheet.write_number(self._row, j, cell, fmt)
            elif cell is None:
                self._sheet.write_string(self._row, j, break_even_text(None, self.lang))
            elif cell:
                self._sheet.write_string(self._row, j, neutralise(cell))

    def encode(self, computed: Computed) -> list[Cell]:
        """One case's row as typed cells."""
        point = self._point
        return case_row(
            computed, self.lang, perspective=point.perspective, discounted=point.discounted
        )

    def write(self, cells: list[Cell]) -> None:
        self._write(cells)

    def finish(self, summary: Summary) -> None:
        totals = summary.view(self._point.perspective)
        self._write(totals_row(totals, self.lang, discounted=self._point.discounted))
        sheet = self._book.add_worksheet(t(self.lang, "sheet_summary"))
        sheet.set_column(0, 0, 80)
        lines = summary_lines(summary, self.lang, self._point, self._rates)
        lines += rates_lines(self._rates, self.lang)
        for i, line in enumerate(lines):
            sheet.write_string(i, 0, neutralise(line.strip()))
        self._book.close()
