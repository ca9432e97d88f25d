"""A case list as an XLSX workbook (XlsxWriter), and the sheet layout the fill-in
template (:mod:`kompcalc.render.template`) shares with it.

The sheet is the one the reader reads: the :data:`~kompcalc.core.columns.META` rows,
the header row, one row per case. Numbers are numeric cells, dates date cells (shown
``d.m.yyyy`` in Danish, ``yyyy-mm-dd`` in English), every text goes through
:func:`~kompcalc.render.export.neutralise`. The header is bold and frozen with the
case column, has an autofilter, and the columns are as wide as their contents. Ydelse
gets a drop-down of the rate table's benefits (a warning only, so a benefit path can
still be typed) and Fortrinsadgang one of yes and no.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from kompcalc.core.cases import Case
from kompcalc.core.columns import Column, Kind
from kompcalc.render.caselist import Cell, Key, ListMeta, Sheet, Written, number_text, sheet_of
from kompcalc.render.export import neutralise
from kompcalc.texts import t

LAST_ROW = 1_048_575
"""The last row of a sheet (from 0): drop-downs reach it, so added rows have them too."""

INLINE_LIST = 255
"""The longest list Excel takes written into a drop-down itself; a longer one is put
on a hidden sheet and referred to."""

MIN_WIDTH, MAX_WIDTH = 8, 50
"""Column widths, in characters: at least, at most (longer text is cut on the screen,
not in the cell)."""


def workbook(out: IO[bytes], scratch: Path | None) -> Any:
    """An XlsxWriter workbook writing to ``out``: row by row through files in
    ``scratch`` (a folder the caller removes), or in memory when it is None."""
    import xlsxwriter  # only when asked for: it takes a moment to import

    if scratch is None:
        return xlsxwriter.Workbook(out, {"in_memory": True})
    return xlsxwriter.Workbook(out, {"constant_memory": True, "tmpdir": str(scratch)})


def date_format(lang: str) -> str:
    return "yyyy-mm-dd" if lang == "en" else "d.m.yyyy"


@dataclass(frozen=True)
class Formats:
    """The cell formats of a case-list sheet."""

    header: Any
    label: Any
    date: Any
    example: Any
    example_date: Any
    shaded: Any

    @classmethod
    def of(cls, book: Any, lang: str) -> "Formats":
        grey = {"italic": True, "font_color": "#7F7F7F"}
        return cls(
            header=book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1}),
            label=book.add_format({"bold": True}),
            date=book.add_format({"num_format": date_format(lang)}),
            example=book.add_format(grey),
            example_date=book.add_format({**grey, "num_format": date_format(lang)}),
            shaded=book.add_format({"bg_color": "#F2F2F2", "border": 1, "border_color": "#BFBFBF"}),
        )


def shown(value: Cell, lang: str) -> str:
    """A cell as a reader sees it (for its column's width)."""
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return number_text(value, lang)


def widths(columns: Sequence[Key], rows: Iterable[dict[Key, Cell]], lang: str) -> list[int]:
    """Each column's width: its header or its longest cell (its longest line), with a
    little room, within :data:`MIN_WIDTH` and :data:`MAX_WIDTH`."""
    found = [len(column.header(lang)) for column in columns]
    for cells in rows:
        for j, column in enumerate(columns):
            value = cells.get(column)
            if value is not None:
                longest = max(len(line) for line in shown(value, lang).splitlines() or [""])
                found[j] = max(found[j], longest)
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in found]


def write_cell(sheet: Any, row: int, col: int, value: Cell, fmt: Any, date_fmt: Any) -> None:
    if isinstance(value, str):
        sheet.write_string(row, col, neutralise(value), fmt)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, date_fmt)
    else:  # XlsxWriter writes an int or a Decimal with its own digits, never via a float
        sheet.write_number(row, col, value, fmt)


def write_row(
    sheet: Any,
    row: int,
    columns: Sequence[Key],
    cells: dict[Key, Cell],
    fmt: Any = None,
    date_fmt: Any = None,
) -> None:
    for j, column in enumerate(columns):
        value = cells.get(column)
        if value is not None:
            write_cell(sheet, row, j, value, fmt, date_fmt)


def write_meta(
    sheet: Any, rows: Sequence[tuple[str, str]], formats: Formats, *, shaded: bool
) -> None:
    """The rows above the header: a label in column A, its value in column B."""
    for i, (label, value) in enumerate(rows):
        sheet.write_string(i, 0, label, formats.label)
        if value:
            sheet.write_string(i, 1, neutralise(value), formats.shaded if shaded else None)
        elif shaded:  # an empty cell to fill in
            sheet.write_blank(i, 1, None, formats.shaded)


def dropdowns(
    book: Any,
    sheet: Any,
    columns: Sequence[Key],
    first_row: int,
    benefits: Sequence[str],
    lang: str,
) -> None:
    """The drop-downs of Ydelse (``benefits``, if any) and of the yes-or-no columns,
    from ``first_row`` down to the last row."""
    for j, column in enumerate(columns):
        if not isinstance(column, Column):
            continue
        if column.kind is Kind.BENEFIT and benefits:
            options = {
                "validate": "list",
                "source": _list_source(book, benefits, lang),
                "error_type": "warning",
                "error_title": t(lang, "dv_benefit_title"),
                "error_message": t(lang, "dv_benefit_message"),
            }
            sheet.data_validation(first_row, j, LAST_ROW, j, options)
        elif column.kind is Kind.FLAG:
            options = {
                "validate": "list",
                "source": [t(lang, "flag_yes"), t(lang, "flag_no")],
                "error_type": "warning",
                "error_title": t(lang, "dv_flag_title"),
                "error_message": t(lang, "dv_flag_message"),
            }
            sheet.data_validation(first_row, j, LAST_ROW, j, options)


def _fits_inline(names: Sequence[str]) -> bool:
    text = ",".join(names)
    utf16 = len(text.encode("utf-16-le")) // 2
    return utf16 <= INLINE_LIST and not any("," in n or '"' in n for n in names)


def _list_source(book: Any, names: Sequence[str], lang: str) -> list[str] | str:
    """The names themselves, or a reference to them on a hidden sheet when Excel could
    not take them inline (too long, or a name with a comma)."""
    if _fits_inline(names):
        return list(names)
    name = t(lang, "sheet_lists")
    lists = book.add_worksheet(name)
    for i, benefit in enumerate(names):
        lists.write_string(i, 0, benefit)
    lists.hide()
    return f"='{name}'!$A$1:$A${len(names)}"


def lay_out(
    sheet: Any, columns: Sequence[Key], header_row: int, last_row: int, sizes: Sequence[int]
) -> None:
    """Widths, the frozen header and case column, and the autofilter; printed across
    the page with the header and the case column on every page."""
    for j, width in enumerate(sizes):
        sheet.set_column(j, j, width)
    sheet.freeze_panes(header_row + 1, 1)
    sheet.autofilter(header_row, 0, max(last_row, header_row), len(columns) - 1)
    sheet.set_landscape()
    sheet.repeat_rows(header_row)
    sheet.repeat_columns(0)


def write_header(sheet: Any, row: int, columns: Sequence[Key], lang: str, fmt: Any) -> None:
    for j, column in enumerate(columns):
        sheet.write_string(row, j, column.header(lang), fmt)


def write_xlsx(
    out: IO[bytes],
    meta: ListMeta,
    cases: Iterable[Case],
    *,
    lang: str,
    benefits: Sequence[str] = (),
    scratch: Path | None = None,
) -> Written:
    """Write ``cases`` as a case list to ``out``; returns how many.

    ``benefits`` are the names for Ydelse's drop-down (none: no drop-down).
    ``scratch`` is a folder for XlsxWriter's temporary files, which the caller removes
    however the run ends; without it the workbook is made in memory. Raises
    :class:`~kompcalc.errors.KompcalcError` naming every case the format cannot hold,
    before anything is written.
    """
    sheet_data = sheet_of(cases, lang)
    _write(out, meta, sheet_data, lang, benefits, scratch)
    return Written(len(sheet_data.rows))


def _write(
    out: IO[bytes],
    meta: ListMeta,
    data: Sheet,
    lang: str,
    benefits: Sequence[str],
    scratch: Path | None,
) -> None:
    book = workbook(out, scratch)
    formats = Formats.of(book, lang)
    sheet = book.add_worksheet(t(lang, "sheet_cases"))
    meta_rows = meta.rows(lang)
    write_meta(sheet, meta_rows, formats, shaded=False)
    top = len(meta_rows)
    write_header(sheet, top, data.columns, lang, formats.header)
    for i, row in enumerate(data.rows, top + 1):
        write_row(sheet, i, data.columns, row.cells, None, formats.date)
    sizes = widths(data.columns, (row.cells for row in data.rows), lang)
    if meta_rows:  # the labels stand in column A too
        sizes[0] = max(sizes[0], min(max(len(label) for label, _ in meta_rows) + 2, MAX_WIDTH))
    lay_out(sheet, data.columns, top, top + len(data.rows), sizes)
    dropdowns(book, sheet, data.columns, top + 1, benefits, lang)
    book.close()
