"""The fill-in template of ``kompcalc template``: an empty case list, as XLSX or CSV.

It has the rows Titel and Organisation to fill in above the header, a column for every
key of a case and every intervention (not the expected figures), and one example row
whose Sag starts with ``#``, so the reader skips it if it is left. The XLSX adds help
on each header (a comment), drop-downs for Ydelse and Fortrinsadgang, and a second
sheet, the guide, that explains every column (:mod:`kompcalc.render.guide`).
"""

import textwrap
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, Any

from kompcalc.core.cases import Case, PersonalAssistance
from kompcalc.core.columns import COLUMNS, META, TEMPLATE_GROUPS, Column, id_column
from kompcalc.render.caselist import Cell, Key, Unrepresentable, case_cells
from kompcalc.render.caselist_text import CsvRows
from kompcalc.render.caselist_xlsx import (
    Formats,
    dropdowns,
    lay_out,
    widths,
    workbook,
    write_header,
    write_meta,
    write_row,
)
from kompcalc.render.guide import GuideRow, comment, guide_table, introduction
from kompcalc.texts import t

META_KEYS = ("title", "organisation")
"""The rows above the header the template offers to fill in."""

EXAMPLE_BENEFIT = "sygedagpenge"
"""The example's benefit, when the rate table has it (else its first benefit)."""

COMMENT_WIDTH = 320
"""The width of a header's help box, in pixels."""


def template_columns() -> tuple[Column, ...]:
    """The template's columns: every one of :data:`TEMPLATE_GROUPS`, in order."""
    return tuple(c for c in COLUMNS if c.group in TEMPLATE_GROUPS)


def meta_rows(lang: str) -> list[tuple[str, str]]:
    """The labels of the rows to fill in above the header, with empty values."""
    return [(en if lang == "en" else da, "") for key, da, en in META if key in META_KEYS]


def example_cells(lang: str, benefits: Sequence[str]) -> dict[Key, Cell]:
    """The example row: personal assistance 12 hours a week instead of sygedagpenge,
    marked as a comment row (its Sag starts with ``#``)."""
    benefit = EXAMPLE_BENEFIT if EXAMPLE_BENEFIT in benefits or not benefits else benefits[0]
    assistance = PersonalAssistance(
        hours_per_week=Decimal(12), description=t(lang, "tpl_example_pa")
    )
    case = Case(
        id="example",
        person=t(lang, "tpl_example_person"),
        occupation=t(lang, "tpl_example_occupation"),
        description=t(lang, "tpl_example_description"),
        benefit=benefit,
        interventions=(assistance,),
    )
    cells = case_cells(case, lang)
    assert not isinstance(cells, Unrepresentable)  # the example is ours
    cells[id_column()] = t(lang, "tpl_example_id")
    return cells


def write_template_csv(out: IO[bytes], *, lang: str, benefits: Sequence[str]) -> None:
    """The template as CSV (``;`` and a byte-order mark in Danish, ``,`` in English)."""
    columns = template_columns()
    rows = CsvRows(out, lang)
    rows.meta(meta_rows(lang))
    rows.header(columns)
    rows.row(columns, example_cells(lang, benefits))
    rows.close()


def write_template_xlsx(out: IO[bytes], *, lang: str, benefits: Sequence[str]) -> None:
    """The template as an XLSX workbook: the case sheet, then the guide.

    ``benefits`` are the rate table's benefits, for Ydelse's drop-down.
    """
    book = workbook(out, None)
    formats = Formats.of(book, lang)
    sheet = book.add_worksheet(t(lang, "sheet_cases"))
    columns = template_columns()
    labels = meta_rows(lang)
    write_meta(sheet, labels, formats, shaded=True)
    top = len(labels)
    write_header(sheet, top, columns, lang, formats.header)
    for j, column in enumerate(columns):
        _help(sheet, top, j, comment(column, lang))
    example = example_cells(lang, benefits)
    write_row(sheet, top + 1, columns, example, formats.example, formats.example_date)
    sizes = widths(columns, [example], lang)
    sizes[0] = max(sizes[0], max(len(label) for label, _ in labels) + 2)
    sizes[1] = max(sizes[1], 30)  # room to write a title beside its label
    lay_out(sheet, columns, top, top + 1, sizes)
    _guide(book, lang)
    dropdowns(book, sheet, columns, top + 1, benefits, lang)
    book.close()


def _help(sheet: Any, row: int, col: int, text: str) -> None:
    lines = sum(1 + len(line) // 45 for line in text.splitlines())
    options = {"author": "kompcalc", "width": COMMENT_WIDTH, "height": 16 * lines + 12}
    sheet.write_comment(row, col, text, options)


GUIDE_WIDTHS = (30, 30, 60, 32, 20)
"""The guide's columns: Danish header, English header, what it holds, example,
required."""


LINE_HEIGHT = 15
"""The height of a line of text in a row, in points."""

CHARS_PER_WIDTH = 1.15
"""About how many letters of running text fit in one unit of column width (the width
of a digit)."""


def _height(cells: Iterable[tuple[str, int]]) -> int:
    """The height of a row whose texts wrap in columns of these widths: spreadsheets
    keep a row one line high unless told (LibreOffice does not fit it on opening)."""
    lines = max(
        len(textwrap.wrap(text, int(width * CHARS_PER_WIDTH))) or 1 for text, width in cells
    )
    return LINE_HEIGHT * lines + 3


def _guide(book: Any, lang: str) -> None:
    """The guide sheet: the paragraphs, then a row per column."""
    sheet = book.add_worksheet(t(lang, "sheet_guide"))
    title = book.add_format({"bold": True, "font_size": 14})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "valign": "top"})
    group = book.add_format({"bold": True, "bg_color": "#F2F2F2", "valign": "top"})
    for j, width in enumerate(GUIDE_WIDTHS):
        sheet.set_column(j, j, width, wrap)
    sheet.write_string(0, 0, t(lang, "guide_title"), title)
    row = 2
    for paragraph in introduction(lang):
        sheet.merge_range(row, 0, row, len(GUIDE_WIDTHS) - 1, paragraph, wrap)
        sheet.set_row(row, _height([(paragraph, sum(GUIDE_WIDTHS))]))
        row += 1
    row += 1
    headers = ("guide_h_da", "guide_h_en", "guide_h_holds", "guide_h_example", "guide_h_required")
    for j, key in enumerate(headers):
        sheet.write_string(row, j, t(lang, key), head)
    sheet.repeat_rows(row)
    for entry in guide_table(lang):
        row += 1
        if isinstance(entry, GuideRow):
            cells = (entry.da, entry.en, entry.holds, entry.example, entry.required)
            for j, text in enumerate(cells):
                if text:
                    sheet.write_string(row, j, text, wrap)
            sheet.set_row(row, _height(zip(cells, GUIDE_WIDTHS, strict=True)))
        else:
            sheet.merge_range(row, 0, row, len(GUIDE_WIDTHS) - 1, entry, group)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
