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

import codecs
import csv
from collections.abc import Callable, Iterable
from decimal import Decimal
from itertools import repeat
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.spool import copy_rest
from kompcalc.batch.summary import Summary
from kompcalc.fmt import plain_decimal
from kompcalc.render.describe import break_even_text
from kompcalc.render.rows import MUNICIPAL, Cell, ShownApart, Viewpoint
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


def _plain_each(values: Iterable[Cell]) -> list[str]:
    """Each amount as :func:`_csv_cell` writes it in English: :func:`plain_decimal`
    is ``f"{value:.2f}"`` (``tests/test_fmt.py``), here each in C. Raises TypeError
    or ValueError for a cell that is not a number."""
    return list(map(format, values, repeat(".2f")))


def _comma_each(values: Iterable[Cell]) -> list[str]:
    """Each amount as :func:`_csv_cell` writes it in Danish: :func:`_plain_each`, the
    decimal points made commas in one pass."""
    formatted = _plain_each(values)
    return "\x1f".join(formatted).replace(".", ",").split("\x1f") if formatted else []


class _LastLine:
    """Where :class:`CsvTable`'s csv writer writes: it keeps the line last written."""

    text = ""

    def write(self, text: str) -> None:
        self.text = text


def _text_cell(lang: str, delimiter: str) -> Callable[[Cell], str]:
    """How a text column's cell is written: :func:`_csv_cell`, then quoted as
    :mod:`csv`'s writer quotes a field (``QUOTE_MINIMAL``, ``"`` as the quote): when it
    holds the delimiter, a quote or a line break, in quotes, each quote doubled."""
    never = break_even_text(None, lang)

    def text(cell: Cell) -> str:
        if not isinstance(cell, str):
            cell = never if cell is None else _csv_cell(cell, lang)
        else:
            cell = neutralise(cell)
        if delimiter in cell or '"' in cell or "\n" in cell or "\r" in cell:
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return text


def _figure_cell(lang: str, text: Callable[[Cell], str]) -> Callable[[Cell], str]:
    """How a figure column's cell is written: a decimal as :func:`_csv_cell` writes it
    (digits, ``-`` and the decimal mark: never quoted), anything else as ``text``."""
    danish = lang == "da"

    def figure(cell: Cell) -> str:
        if isinstance(cell, Decimal):
            plain = str(cell)  # plain_decimal, without the call
            if plain[-3:-2] != ".":
                plain = plain_decimal(cell)
            return plain.replace(".", ",") if danish else plain
        return text(cell)

    return figure


class CsvTable:
    """The table as CSV, written one case at a time (see the module docstring).

    A case's row is encoded to its line's bytes where it is computed, so a large
    batch's halves are written whole (:meth:`write_rows`)."""

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
        self._out = out
        self._line = _LastLine()
        delimiter = ";" if lang == "da" else ","
        self._writer = csv.writer(self._line, delimiter=delimiter, lineterminator="\r\n")
        self._delimiter = delimiter
        text = _text_cell(lang, delimiter)
        figure = _figure_cell(lang, text)
        cells = [figure if col.figure else text for col in self._sheet.columns]
        self._shown = ShownApart(
            self._sheet.columns, cells, _plain_each if lang == "en" else _comma_each
        )
        bom = codecs.BOM_UTF8 if lang == "da" else b""
        out.write(bom + self._bytes([col.heading for col in self._sheet.columns]))

    def _bytes(self, cells: list[str]) -> bytes:
        self._writer.writerow(cells)
        return self._line.text.encode("utf-8")

    def line(self, cells: list[Cell]) -> str:
        """A row's cells as the csv writer writes them (:func:`_csv_cell`, then quoted
        as needed, a line break at the end), each cell written by its column's own
        function (:func:`_text_cell`, :func:`_figure_cell`), the amounts together
        (:class:`~kompcalc.render.rows.ShownApart`). Measured on a thousand generated
        cases' rows, 6.3 µs a row against 9.6 µs for :func:`_csv_cell` on each cell
        and the writer, and byte for byte the same (which
        ``tests/render/test_export.py`` holds it to)."""
        return self._delimiter.join(self._shown(cells)) + "\r\n"

    def encode(self, computed: Computed) -> bytes:
        """One case's row as its CSV line."""
        return self.line(self._sheet.row(computed)).encode("utf-8")

    def write(self, line: bytes) -> None:
        self._out.write(line)

    def write_rows(self, rows: IO[bytes]) -> None:
        """Write the rows in ``rows`` (encoded, one after another), from where it
        stands to its end."""
        copy_rest(rows, self._out)

    def finish(self, summary: Summary) -> None:
        row = self._sheet.totals(summary)
        self._out.write(self._bytes([_csv_cell(c, self.lang) for c in row]))
        self._out.flush()
