"""What the two sheets of the batch XLSX share: cell formats, the lines of text
above a table, column widths and the printed page.

Widths are in Excel's unit, the width of a ``0`` in the default font (Calibri 11);
most letters are narrower, so a text of n characters fits in about n units.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kompcalc.render.export import neutralise
from kompcalc.texts import one_line, t

MONEY = "#,##0.00"
"""Kroner: two decimals, thousands grouped (in the reader's own separators)."""

DECIMALS = "0.00"
"""Months (break-even): two decimals."""

LINE_POINTS = 15.0
"""The height of a line of 11-point text, Excel's default row."""

LETTER = 0.92
"""The width of an average letter of text, in widths of a ``0``."""

BOLD = 1.1
"""The width of an average bold letter (headings), in widths of a ``0``."""

TITLE_SIZE = 14
"""The title's font size (the rest is Excel's default, 11)."""

FOOTER_LIMIT = 255
"""The longest page footer Excel takes, in UTF-16 units (XlsxWriter drops a longer one)."""

FOOTER_TITLE = 90
"""At most this much of the title goes into the footer."""


@dataclass(frozen=True)
class Styles:
    """The cell formats of the batch workbook (made once per workbook)."""

    title: Any
    line: Any
    note: Any
    strong: Any
    heading: Any
    header: Any
    header_number: Any
    text: Any
    money: Any
    decimals: Any
    total_text: Any
    total_money: Any
    total_decimals: Any

    @classmethod
    def of(cls, book: Any) -> "Styles":
        top = {"valign": "top"}
        wrap = {**top, "text_wrap": True}
        bold = {**wrap, "bold": True}
        header = {**bold, "bg_color": "#DDEBF7", "bottom": 1}
        total = {**wrap, "bold": True, "top": 1}
        number = {"align": "right", "indent": 1}  # clear of the text in the next column
        money = {**number, "num_format": MONEY}
        decimals = {**number, "num_format": DECIMALS}
        return cls(
            title=book.add_format({**bold, "font_size": TITLE_SIZE}),
            line=book.add_format(wrap),
            note=book.add_format({**bold, "font_color": "#C00000"}),
            strong=book.add_format(bold),
            heading=book.add_format({**top, "bold": True}),
            header=book.add_format(header),
            header_number=book.add_format({**header, **number}),
            text=book.add_format(wrap),
            money=book.add_format({**top, **money}),
            decimals=book.add_format({**top, **decimals}),
            total_text=book.add_format(total),
            total_money=book.add_format({**total, **money}),
            total_decimals=book.add_format({**total, **decimals}),
        )

    def cells(self, kind: str, *, total: bool) -> Any:
        """The format of a table's cells of ``kind`` (``text``, ``money`` or
        ``decimals``), or of its totals."""
        return getattr(self, f"total_{kind}" if total else kind)


def text_width(text: str) -> int:
    """The length of the longest line of ``text``."""
    return max((len(line) for line in text.splitlines()), default=0)


def number_width(value: Decimal, money: bool) -> int:
    """The length of ``value`` as its cell shows it (``-12,345.67``; ``2.45``)."""
    return len(f"{value:,.2f}") if money else len(f"{value:.2f}")


def heading_width(heading: str) -> int:
    """The narrowest a column can be for its bold heading, which wraps between words."""
    return math.ceil(max((len(word) for word in heading.split()), default=0) * BOLD)


class ColumnWidths:
    """The widest cell of each column so far, measured row by row: a text by its
    longest line, a number as its cell shows it.

    :meth:`measure` depends on nothing but a row's cells, so it may run where the row
    is made (a forked child of a split batch); :meth:`merge` then takes the row's
    measures in the process that writes the workbook, at the cost of one ``max`` per
    column. :meth:`add` does both.
    """

    def __init__(self, numbers: Sequence[bool], money: Sequence[bool], never: str) -> None:
        """``numbers``: which columns hold numbers, ``money`` which of them kroner;
        ``never`` is what a number column shows for None (a break-even never reached)."""
        self._texts = [j for j, number in enumerate(numbers) if not number]
        self._numbers = [(j, money[j]) for j, number in enumerate(numbers) if number]
        self._never = len(never)
        zero = Decimal(0)  # a number column is never narrower than 0.00
        self._found = [number_width(zero, money[j]) if n else 0 for j, n in enumerate(numbers)]
        self._width = len(numbers)

    def measure(self, cells: Sequence[Decimal | str | None]) -> tuple[int, ...]:
        """Each cell's width in letters: a text's longest line; in a number column a
        number as shown, None as ``never``, a text by its length."""
        widths = [0] * self._width
        for j in self._texts:
            cell = cells[j]
            if isinstance(cell, str):
                widths[j] = text_width(cell) if "\n" in cell else len(cell)
        for j, money in self._numbers:
            cell = cells[j]
            if isinstance(cell, Decimal):
                widths[j] = number_width(cell, money)
            elif cell is None:
                widths[j] = self._never
            else:
                widths[j] = len(cell)
        return tuple(widths)

    def merge(self, widths: Sequence[int]) -> None:
        """Take one row's :meth:`measure`."""
        self._found = list(map(max, self._found, widths))

    def add(self, cells: Sequence[Decimal | str | None]) -> None:
        self.merge(self.measure(cells))

    def found(self) -> list[int]:
        """Each column's widest cell, in letters."""
        return list(self._found)


def fit(found: int, least: int, most: int | None) -> int:
    """A column's width: what it holds, plus a margin, within ``least`` and ``most``."""
    width = max(found + 2, least + 1)
    return width if most is None else min(width, most)


def _lines_of_one(line: str, room: int) -> int:
    lines, used = 1, 0
    for word in line.split():
        if used and used + 1 + len(word) <= room:
            used += 1 + len(word)
            continue
        if used:
            lines += 1
        over = (len(word) - 1) // room  # a word longer than a line runs over more
        lines += over
        used = len(word) - over * room
    return lines


def room(width: float, size: int = 11, *, bold: bool = False) -> int:
    """How many letters a line holds in a column ``width`` wide, in a font of ``size``
    points (see :func:`wrapped_lines`)."""
    return max(int((width - 1) * 11 / size / (BOLD if bold else LETTER)), 1)


def wrapped_lines(text: str, width: float, size: int = 11, *, bold: bool = False) -> int:
    """How many lines ``text`` takes, wrapped between words in a column ``width``
    wide, in a font of ``size`` points. On the generous side, as neither Excel nor
    LibreOffice sizes a row to its text when it opens a file: a letter counts as
    :data:`LETTER` of a ``0`` (about right for Danish text in Calibri, and in DejaVu
    Sans, which LibreOffice uses where Calibri is missing), a bold one as :data:`BOLD`."""
    letters = room(width, size, bold=bold)
    if len(text) <= letters and "\n" not in text:
        return 1
    return sum(_lines_of_one(line, letters) for line in text.splitlines() or [""])


def height(lines: int, size: int = 11) -> float:
    """The height in points of a row of ``lines`` lines of ``size``-point text."""
    return lines * LINE_POINTS * size / 11


def paragraph(
    sheet: Any,
    row: int,
    text: str,
    fmt: Any,
    widths: Sequence[float],
    size: int = 11,
    *,
    bold: bool = False,
) -> None:
    """``text`` across every column of ``widths`` in row ``row``, wrapped, and the row
    as high as its lines."""
    shown = neutralise(text)
    sheet.set_row(row, height(wrapped_lines(shown, sum(widths), size, bold=bold), size))
    if len(widths) > 1:
        sheet.merge_range(row, 0, row, len(widths) - 1, shown, fmt)
    else:
        sheet.write_string(row, 0, shown, fmt)


def footer(title: str, lang: str) -> str:
    """The page footer: the title at the left (cut short, its ``&`` doubled so Excel
    shows it as it is), "Side 1 af 3" at the right; the title is left out where
    XlsxWriter would misread it as a picture (``&G``) or the footer would be too long."""
    pages = f"&R{t(lang, 'wb_page')}"
    text = one_line(title)
    if len(text) > FOOTER_TITLE:
        text = text[: FOOTER_TITLE - 1] + "…"
    left = "&L" + text.replace("&", "&&")
    whole = left + pages
    if (
        "&G" in whole.replace("&[Picture]", "&G")
        or len(whole.encode("utf-16-le")) // 2 > FOOTER_LIMIT
    ):
        return pages
    return whole


def print_setup(sheet: Any, *, landscape: bool, footer_text: str) -> None:
    """A4, one page wide and as many high as it takes, narrow margins, the footer."""
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.set_footer(footer_text, margin=0.25)
