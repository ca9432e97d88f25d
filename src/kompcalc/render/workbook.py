"""The batch result as an XLSX workbook to print and hand on (XlsxWriter).

The first sheet (*Sager*) holds, above the table, the case list's title (its
``title``, a spreadsheet's ``Titel`` row, else the file's name), the rates it was
computed with and how many cases were computed and failed; then the header row, one
row per case and the totals in bold. Numbers are numbers (kroner with two decimals and
thousands grouped); text wraps in columns as wide as their widest cell within a cap;
the header row and the case column are frozen and the table has an autofilter. It
prints landscape on A4, one page wide and as many high as it takes, with the header
row on every page and "Side 1 af 3" in the footer. The second sheet (*Oversigt*) is
:mod:`kompcalc.render.summary_sheet`.

Streaming: the title is known only once the whole file has been read (a YAML file
may give it after its cases), and a ``constant_memory`` workbook writes its rows in
order, each one for good. So the rows wait, pickled, in a spooled temporary file
(in memory up to :data:`SPOOL_BYTES`, then in the scratch folder), while the column
widths grow with them; :meth:`XlsxTable.finish` then writes the title, the header and
the rows one at a time. Memory does not grow with the number of cases.

Speed: writing the rows is the one part of a split batch that a single process does
after both halves are computed, so everything a row needs that does not depend on the
others is done in :meth:`XlsxTable.encode`, where the row is computed (in either
process): the row is pickled there, and its cells measured for the column widths. The
writing process only adds the measures up and keeps the pickled bytes as they are;
what is left for it is XlsxWriter's own work, about four fifths of the whole.
"""

import functools
import pickle
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.render.caselist_xlsx import workbook
from kompcalc.render.describe import break_even_text, rates_lines
from kompcalc.render.export import neutralise
from kompcalc.render.rows import MUNICIPAL, Cell, Column, Viewpoint
from kompcalc.render.sheetstyle import (
    TITLE_SIZE,
    ColumnWidths,
    Styles,
    fit,
    footer,
    heading_width,
    height,
    paragraph,
    print_setup,
    room,
    wrapped_lines,
)
from kompcalc.render.spreadsheet import SheetColumns
from kompcalc.render.summary_sheet import write_summary
from kompcalc.render.table import summary_lines
from kompcalc.texts import t

SPOOL_BYTES = 16_000_000
"""Rows wait in memory up to this size, then in a temporary file."""

MOST = {
    "id": 22,
    "person": 18,
    "occupation": 18,
    "condition": 18,
    "description": 26,
    "interventions": 28,
    "benefit": 18,
}
"""The widest a text column gets (longer text wraps); numbers are never cut."""

MOST_TEXT = 20
"""The widest of any other text column."""

LEAST = 6
"""The narrowest column."""

WRAP_CACHE = 4096
"""How many texts' wrapped lines are remembered while the rows are written (a case
list repeats many of its texts: benefits, interventions, descriptions)."""

Encoded = tuple[tuple[int, ...], bytes]
"""A case's row as :meth:`XlsxTable.encode` gives it: the width of each of its cells
(:meth:`~kompcalc.render.sheetstyle.ColumnWidths.measure`) and its cells pickled."""


class XlsxTable:
    """The table as an XLSX workbook, and a summary sheet with the totals and the rates
    (see the module docstring)."""

    def __init__(
        self,
        out: IO[bytes],
        marks: tuple[int, ...],
        lang: str,
        rates: EffectiveRates,
        *,
        scratch: Path,
        point: Viewpoint = MUNICIPAL,
        include_conditions: bool = False,
    ) -> None:
        """``scratch`` is a folder for the waiting rows and XlsxWriter's own temporary
        files, which the caller removes however the run ends."""
        self.lang = lang
        self._out = out
        self._rates = rates
        self._scratch = scratch
        self._conditions = include_conditions
        self._point = point
        self._sheet = SheetColumns(marks, lang, point, include_conditions=include_conditions)
        self.columns = self._sheet.columns
        self._widths = ColumnWidths(
            [_number(column) for column in self.columns],
            [column.money for column in self.columns],
            break_even_text(None, lang),
        )
        self._rows = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finish
            max_size=SPOOL_BYTES, dir=str(scratch)
        )
        self._count = 0

    def encode(self, computed: Computed) -> Encoded:
        """One case's row: its cells' widths, and the cells pickled (see the module
        docstring)."""
        return self._encoded(self._sheet.row(computed))

    def _encoded(self, cells: list[Cell]) -> Encoded:
        return self._widths.measure(cells), pickle.dumps(cells, pickle.HIGHEST_PROTOCOL)

    def write(self, encoded: Encoded) -> None:
        widths, cells = encoded
        self._widths.merge(widths)
        self._rows.write(cells)
        self._count += 1

    def finish(self, summary: Summary) -> None:
        totals = self._sheet.totals(summary)
        self.write(self._encoded(totals))  # measured with the rows, written after them
        title = summary.title or Path(summary.file).name
        book = workbook(self._out, self._scratch)
        styles = Styles.of(book)
        with self._rows:
            self._rows.seek(0)
            sheet = book.add_worksheet(t(self.lang, "sheet_cases"))
            self._write_cases(sheet, styles, self._above(summary, title), title)
        write_summary(
            book,
            styles,
            summary,
            self._rates,
            self.lang,
            title=title,
            confidential=self._conditions,
            point=self._point,
        )
        if summary.sensitivity is not None:
            from kompcalc.render.sensitivity_sheet import write_sensitivity

            write_sensitivity(book, styles, summary.sensitivity, self.lang, title=title)
        book.close()

    def widths(self) -> list[int]:
        """Each column's width, from every cell written and its heading."""
        return [
            fit(
                found + _number(column),  # a number is indented by one
                max(LEAST, heading_width(column.heading) + _number(column)),
                _most(column),
            )
            for found, column in zip(self._widths.found(), self.columns, strict=True)
        ]

    def _above(self, summary: Summary, title: str) -> list[tuple[str, str]]:
        """The lines above the table, each with its style's name: the title, the rates
        (and every value overridden), how many cases were computed and failed."""
        lines = [("title", title)]
        lines += [("line", line.strip()) for line in rates_lines(self._rates, self.lang)]
        lines.append(("line", summary_lines(summary, self.lang)[0]))
        if self._conditions:
            lines.append(("note", t(self.lang, "wb_confidential")))
        return lines

    def _write_cases(
        self, sheet: Any, styles: Styles, above: list[tuple[str, str]], title: str
    ) -> None:
        widths = self.widths()
        row = 0
        for style, text in above:
            size = TITLE_SIZE if style == "title" else 11
            paragraph(sheet, row, text, getattr(styles, style), widths, size, bold=style != "line")
            row += 1
        header = row + 1  # after an empty row
        lines = max(
            wrapped_lines(c.heading, w, bold=True)
            for c, w in zip(self.columns, widths, strict=True)
        )
        sheet.set_row(header, height(lines))
        for j, column in enumerate(self.columns):
            style = styles.header_number if _number(column) else styles.header
            sheet.write_string(header, j, column.heading, style)
        plain = [_style(column, styles, total=False) for column in self.columns]
        bold = [_style(column, styles, total=True) for column in self.columns]
        wraps = [
            (j, widths[j], room(widths[j])) for j, c in enumerate(self.columns) if not _number(c)
        ]
        lines_of = functools.lru_cache(maxsize=WRAP_CACHE)(wrapped_lines)
        never = break_even_text(None, self.lang)
        row = header
        for _ in range(self._count - 1):
            cells: list[Cell] = pickle.load(self._rows)
            row += 1
            lines = _lines(cells, wraps, lines_of)
            if lines > 1:
                sheet.set_row(row, height(lines))
            _write_row(sheet, row, cells, plain, never)
        row += 1
        totals: list[Cell] = pickle.load(self._rows)
        lines = _lines(totals, wraps, wrapped_lines)
        if lines > 1:
            sheet.set_row(row, height(lines))
        _write_totals(sheet, row, totals, bold, never)
        for j, width in enumerate(widths):
            sheet.set_column(j, j, width)
        sheet.freeze_panes(header + 1, 1)
        sheet.autofilter(header, 0, max(row - 1, header), len(self.columns) - 1)
        sheet.repeat_rows(header)
        print_setup(sheet, landscape=True, footer_text=footer(title, self.lang))


def _lines(
    cells: list[Cell], wraps: list[tuple[int, int, int]], lines_of: Callable[[str, int], int]
) -> int:
    """How many lines the row of ``cells`` takes: its text cells wrap (``wraps``: each
    text column, its width and the letters a line of it holds; ``lines_of`` is
    :func:`~kompcalc.render.sheetstyle.wrapped_lines`, perhaps remembered)."""
    lines = 1
    for j, width, letters in wraps:
        cell = cells[j]
        if isinstance(cell, str) and (len(cell) > letters or "\n" in cell):
            lines = max(lines, lines_of(cell, width))
    return lines


def _number(column: Column) -> bool:
    """Whether ``column`` holds numbers (kroner, months, kroner per krone),
    right-aligned and indented."""
    return column.figure


def _most(column: Column) -> int | None:
    return None if _number(column) else MOST.get(column.key, MOST_TEXT)


def _style(column: Column, styles: Styles, *, total: bool) -> Any:
    if column.money:
        return styles.total_money if total else styles.money
    if _number(column):
        return styles.total_decimals if total else styles.decimals
    return styles.total_text if total else styles.text


def _write_row(sheet: Any, row: int, cells: list[Cell], styles: list[Any], never: str) -> None:
    """One case's row; an empty cell is left out. The innermost loop of the workbook:
    the cell's class picks XlsxWriter's writer, and ``never`` stands for None."""
    number, string = sheet.write_number, sheet.write_string
    for j, cell in enumerate(cells):
        if cell.__class__ is Decimal:
            # XlsxWriter writes the number with format(cell, ".16G"): the Decimal's
            # own digits, never through a float
            number(row, j, cell, styles[j])
        elif isinstance(cell, str):
            if cell:
                string(row, j, neutralise(cell), styles[j])
        else:  # None: a break-even never reached
            string(row, j, never, styles[j])


def _write_totals(sheet: Any, row: int, cells: list[Cell], styles: list[Any], never: str) -> None:
    """The totals' row: as a case's, but an empty cell is written empty in its style
    (the totals' rule runs across the table)."""
    _write_row(sheet, row, cells, styles, never)
    for j, cell in enumerate(cells):
        if cell == "":
            sheet.write_blank(row, j, None, styles[j])
