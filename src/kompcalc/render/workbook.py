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
order, each one for good. So the rows wait in a spooled temporary file (in memory up
to :data:`SPOOL_BYTES`, then in the scratch folder), while the column widths grow with
them; :meth:`XlsxTable.finish` then has XlsxWriter write the workbook without them
and puts them in as it copies it. Memory does not grow with the number of cases.

Speed: writing the rows is the one part of a split batch that a single process does
after both halves are computed, and through XlsxWriter a row costs about 85 µs there.
So each case's row is made in :meth:`XlsxTable.encode`, where the case is computed (in
either process), as the sheet's XML (:mod:`kompcalc.render.sheetrows_xml`, which says
why and what guards it), as high as its text takes (:mod:`kompcalc.render.rowheight`),
and its cells measured for the column widths. The writing process only adds up the
widths, numbers the rows and zips them.
"""

import functools
import io
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.render.caselist_xlsx import workbook
from kompcalc.render.describe import break_even_text, rates_lines
from kompcalc.render.export import neutralise
from kompcalc.render.rowheight import WRAP_CACHE, row_lines
from kompcalc.render.rows import MUNICIPAL, Cell, Column, Viewpoint
from kompcalc.render.sheetrows_xml import (
    RowTemplates,
    filled,
    splice,
    style_numbers,
    styles_in,
)
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

LARGE_SHEET = 1 << 30
"""Rows that take more than this (in the spool) may come to more than ZIP's 2 GB
without ZIP64 once numbered: their sheet is then written as ZIP64."""

Encoded = tuple[tuple[int, ...], bytes]
"""A case's row as :meth:`XlsxTable.encode` gives it: the width of each of its cells
(:meth:`~kompcalc.render.sheetstyle.ColumnWidths.measure`) and its XML
(:class:`~kompcalc.render.sheetrows_xml.RowTemplates`)."""

STYLE_FIELDS = {"text": "t", "money": "m", "decimals": "d"}
"""The field of each style a case's cells use, in the rows' XML."""


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
        never = break_even_text(None, lang)
        self._widths = ColumnWidths(
            [column.figure for column in self.columns],
            [column.money for column in self.columns],
            never,
        )
        self._templates = RowTemplates([STYLE_FIELDS[_kind(c)] for c in self.columns], never)
        self._texts = [
            (j, most, room(most))
            for j, c in enumerate(self.columns)
            if (most := _most(c)) is not None
        ]
        self._lines_of = functools.lru_cache(maxsize=WRAP_CACHE)(wrapped_lines)
        self._rows = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finish
            max_size=SPOOL_BYTES, dir=str(scratch)
        )
        self._bytes = 0
        self._count = 0
        self._unseen = list(STYLE_FIELDS.values())
        self._first_seen: list[str] = []

    def encode(self, computed: Computed) -> Encoded:
        """One case's row: its cells' widths and its XML (see the module docstring)."""
        cells = self._sheet.row(computed)
        lines = row_lines(cells, self._texts, self._lines_of)
        return self._widths.measure(cells), self._templates.render(cells, lines)

    def write(self, encoded: Encoded) -> None:
        widths, row = encoded
        self._widths.merge(widths)
        self._rows.write(len(row).to_bytes(4, "little"))
        self._rows.write(row)
        self._bytes += len(row)
        self._count += 1
        if self._unseen:  # the order the rows first use their styles in
            for style in styles_in(row, self._unseen):
                self._unseen.remove(style)
                self._first_seen.append(style)

    def finish(self, summary: Summary) -> None:
        totals = self._sheet.totals(summary)
        self._widths.add(totals)
        title = summary.title or Path(summary.file).name
        base = io.BytesIO()
        book = workbook(base, self._scratch)
        styles = Styles.of(book)
        with self._rows:
            self._rows.seek(0)
            sheet = book.add_worksheet(t(self.lang, "sheet_cases"))
            header = self._write_cases(sheet, styles, self._above(summary, title), title, totals)
            plain = {field: styles.cells(kind, total=False) for kind, field in STYLE_FIELDS.items()}
            numbers = style_numbers(plain, self._first_seen)
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
            base.seek(0)
            first = header + 2  # Excel's number of the first case's row
            rows = filled(self._spooled(), first, numbers)
            splice(base, self._out, first + self._count, rows, large=self._bytes > LARGE_SHEET)

    def _spooled(self) -> Iterator[bytes]:
        """Each case's row, back from the spool."""
        read = self._rows.read
        for _ in range(self._count):
            yield read(int.from_bytes(read(4), "little"))

    def widths(self) -> list[int]:
        """Each column's width, from every cell written and its heading."""
        return [
            fit(
                found + column.figure,  # a number is indented by one
                max(LEAST, heading_width(column.heading) + column.figure),
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
        self,
        sheet: Any,
        styles: Styles,
        above: list[tuple[str, str]],
        title: str,
        totals: list[Cell],
    ) -> int:
        """The case sheet without the cases' rows, which are put in between the header
        and the totals later; returns the header's row (from 0)."""
        widths = self.widths()
        row = 0
        for style, text in above:
            size = TITLE_SIZE if style == "title" else 11
            paragraph(sheet, row, text, getattr(styles, style), widths, size, bold=style != "line")
            row += 1
        header = row + 1  # after an empty row
        n = max(
            wrapped_lines(c.heading, w, bold=True)
            for c, w in zip(self.columns, widths, strict=True)
        )
        sheet.set_row(header, height(n))
        for j, column in enumerate(self.columns):
            style = styles.header_number if column.figure else styles.header
            sheet.write_string(header, j, column.heading, style)
        bold = [styles.cells(_kind(column), total=True) for column in self.columns]
        texts = [
            (j, widths[j], room(widths[j])) for j, c in enumerate(self.columns) if not c.figure
        ]
        row = header + self._count + 1
        if (n := row_lines(totals, texts)) > 1:
            sheet.set_row(row, height(n))
        _write_totals(sheet, row, totals, bold, break_even_text(None, self.lang))
        for j, width in enumerate(widths):
            sheet.set_column(j, j, width)
        sheet.freeze_panes(header + 1, 1)
        sheet.autofilter(header, 0, max(row - 1, header), len(self.columns) - 1)
        sheet.repeat_rows(header)
        print_setup(sheet, landscape=True, footer_text=footer(title, self.lang))
        return header


def _most(column: Column) -> int | None:
    return None if column.figure else MOST.get(column.key, MOST_TEXT)


def _kind(column: Column) -> str:
    """The kind of ``column``'s cells (:data:`STYLE_FIELDS`): numbers (kroner, months,
    kroner per krone) are right-aligned and indented, text wraps."""
    if column.money:
        return "money"
    return "decimals" if column.figure else "text"


def _write_totals(sheet: Any, row: int, cells: list[Cell], styles: list[Any], never: str) -> None:
    """The totals' row: an empty cell written empty in its style (the totals' rule runs
    across the table), ``never`` for None, a number with its own digits (XlsxWriter
    writes it with ``format(cell, ".16G")``, never through a float)."""
    for j, cell in enumerate(cells):
        if cell.__class__ is Decimal:
            sheet.write_number(row, j, cell, styles[j])
        elif cell == "":
            sheet.write_blank(row, j, None, styles[j])
        else:
            sheet.write_string(row, j, never if cell is None else neutralise(str(cell)), styles[j])
