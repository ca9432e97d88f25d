"""The summary sheet of the batch XLSX (*Oversigt*), to print on its own: what the
table adds up to, and the rates it rests on with their sources.

From the top: the title; how many cases were computed and failed and how soon they
break even; the totals (kroner as numbers); the rates (table, day, hash and every
value overridden), then each rate with its value, source and dates, as ``kompcalc
rates`` lists them; the sources. Four columns, portrait (a list read downwards), one
page wide.
"""

from decimal import Decimal
from typing import Any

from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.render.describe import rates_lines
from kompcalc.render.export import neutralise
from kompcalc.render.ratelist import RateRow, rate_rows, source_rows, unavailable_lines
from kompcalc.render.rows import MUNICIPAL, Viewpoint, columns, totals_row
from kompcalc.render.sheetstyle import (
    TITLE_SIZE,
    Styles,
    fit,
    footer,
    height,
    number_width,
    paragraph,
    print_setup,
    text_width,
    wrapped_lines,
)
from kompcalc.render.table import summary_lines
from kompcalc.texts import t

MOST = (50, 40, 24, 26)
"""The widest each of the four columns gets (longer text wraps)."""


def _longest(texts: list[str]) -> int:
    return max((text_width(text) for text in texts), default=0)


class _Rows:
    """Rows written one below the other (a constant_memory sheet takes them in order)."""

    def __init__(self, sheet: Any, widths: list[int]) -> None:
        self.sheet = sheet
        self.widths = widths
        self.row = 0

    def skip(self) -> None:
        self.row += 1

    def paragraph(self, text: str, style: Any, size: int = 11, *, bold: bool = False) -> None:
        paragraph(self.sheet, self.row, text, style, self.widths, size, bold=bold)
        self.row += 1

    def cells(
        self, texts: list[str], style: Any, *, bold: bool = False, span: bool = False
    ) -> None:
        """Texts side by side (with ``span``, the last across the columns left), the row
        as high as the one that wraps the most."""
        widths = self.widths[: len(texts)]
        if span:
            widths[-1] = sum(self.widths[len(texts) - 1 :])
        lines = max(wrapped_lines(x, w, bold=bold) for x, w in zip(texts, widths, strict=True))
        if lines > 1:
            self.sheet.set_row(self.row, height(lines))
        last = len(self.widths) - 1
        for j, text in enumerate(texts):
            if span and j == len(texts) - 1 and j < last:
                self.sheet.merge_range(self.row, j, self.row, last, neutralise(text), style)
            elif text:
                self.sheet.write_string(self.row, j, neutralise(text), style)
        self.row += 1


def _widths(
    totals: list[tuple[str, Decimal]],
    listed: list[RateRow],
    sources: list[tuple[str, str]],
    lang: str,
) -> list[int]:
    """The four columns' widths: labels, values (and amounts), sources, dates; the
    sources' own text spans the last three."""
    labels = [label for label, _ in totals] + [r.label for r in listed] + [k for k, _ in sources]
    amounts = [number_width(amount, money=True) + 1 for _, amount in totals]  # indented
    found = (
        _longest([t(lang, "key"), *labels]),
        max(_longest([t(lang, "value"), *(r.value for r in listed)]), *amounts, 0),
        _longest([t(lang, "source"), *(r.source for r in listed)]),
        _longest([t(lang, "dates"), *(r.dates for r in listed)]),
    )
    return [fit(width, 10, most) for width, most in zip(found, MOST, strict=True)]


def write_summary(
    book: Any,
    styles: Styles,
    summary: Summary,
    rates: EffectiveRates,
    lang: str,
    *,
    title: str,
    confidential: bool,
    point: Viewpoint = MUNICIPAL,
) -> None:
    """Add the summary sheet to ``book`` (see the module docstring): the totals from
    ``point``'s perspective."""
    sheet = book.add_worksheet(t(lang, "sheet_summary"))
    shown = columns(summary.marks, lang, perspective=point.perspective, discounted=point.discounted)
    row = totals_row(summary.view(point.perspective), lang, discounted=point.discounted)
    table = zip(shown, row, strict=True)
    totals = [(c.heading, cell) for c, cell in table if c.money and isinstance(cell, Decimal)]
    listed = rate_rows(rates, lang)
    sources = source_rows(rates)
    widths = _widths(totals, listed, sources, lang)
    for j, width in enumerate(widths):
        sheet.set_column(j, j, width)
    rows = _Rows(sheet, widths)
    rows.paragraph(title, styles.title, TITLE_SIZE, bold=True)
    if confidential:
        rows.paragraph(t(lang, "wb_confidential"), styles.note, bold=True)
    rows.skip()
    for line in summary_lines(summary, lang, point, rates):
        rows.paragraph(line, styles.line)
    rows.skip()
    counted = summary.view(point.perspective).cases
    rows.cells([t(lang, "wb_totals", count=counted)], styles.heading, bold=True)
    for label, amount in totals:
        sheet.write_string(rows.row, 0, label, styles.text)
        sheet.write_number(rows.row, 1, amount, styles.money)  # a Decimal, never a float
        rows.skip()
    rows.skip()
    caption, *overrides = rates_lines(rates, lang)
    rows.paragraph(caption, styles.strong, bold=True)
    for line in overrides:
        rows.paragraph(line.strip(), styles.line)
    header = [t(lang, "key"), t(lang, "value"), t(lang, "source"), t(lang, "dates")]
    rows.cells(header, styles.header, bold=True)
    for rate in listed:
        rows.cells([rate.label, rate.value, rate.source, rate.dates], styles.text)
    for line in unavailable_lines(rates, lang):
        rows.paragraph(line, styles.line)
    rows.skip()
    rows.cells([t(lang, "sources")], styles.heading, bold=True)
    for key, text in sources:
        rows.cells([key, text], styles.text, span=True)
    print_setup(sheet, landscape=False, footer_text=footer(title, lang))
