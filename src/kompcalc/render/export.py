"""The batch table as CSV, and what both spreadsheet outputs (CSV and XLSX) share.

* Both have the same columns (:class:`~kompcalc.render.spreadsheet.SheetColumns`): the
  text table's, from the run's perspective, and the case's own words beside them; the
  health information only when asked for.
* Text from the case file can never run as a formula: a text cell that starts with
  ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) gets a leading apostrophe,
  as OWASP advises against CSV injection. Numbers are written by kompcalc itself and
  are left as they are.
* The Danish CSV is what Danish Excel opens directly: ``;`` between fields, a decimal
  comma, UTF-8 with a byte-order mark. The English CSV uses ``,`` and a decimal point.
* The XLSX is :mod:`kompcalc.render.workbook`.
"""

import csv
import io
from decimal import Decimal
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.fmt import plain_decimal
from kompcalc.render.describe import break_even_text
from kompcalc.render.rows import MUNICIPAL, Cell, Viewpoint
from kompcalc.render.spreadsheet import SheetColumns

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
        self,
        out: IO[bytes],
        marks: tuple[int, ...],
        lang: str,
        point: Viewpoint = MUNICIPAL,
        *,
        include_conditions: bool = False,
    ) -> None:
        self.lang = lang
        self._sheet = SheetColumns(marks, lang, point, include_conditions=include_conditions)
        encoding = "utf-8-sig" if lang == "da" else "utf-8"
        self._text = io.TextIOWrapper(out, encoding=encoding, newline="")
        delimiter = ";" if lang == "da" else ","
        self._writer = csv.writer(self._text, delimiter=delimiter, lineterminator="\r\n")
        self._writer.writerow([col.heading for col in self._sheet.columns])

    def encode(self, computed: Computed) -> list[str]:
        """One case's row as CSV fields."""
        return [_csv_cell(c, self.lang) for c in self._sheet.row(computed)]

    def write(self, cells: list[str]) -> None:
        self._writer.writerow(cells)

    def finish(self, summary: Summary) -> None:
        row = self._sheet.totals(summary)
        self._writer.writerow([_csv_cell(c, self.lang) for c in row])
        self._text.flush()
        self._text.detach()
