"""The sensitivity analysis as a sheet of the batch XLSX (*Følsomhed*): the title and
what is measured; a row per assumption (its key, today's value, the values tried, the
totals at them, the swing, the list's switching value, the range it was looked for in,
how many cases are fragile); then a row per case with its switching value on each
assumption and the assumptions it is fragile on. Numbers are numbers: kroner with two
decimals, per cents and rates as exact as they are, months whole. Landscape, one page
wide, as the cases' sheet.
"""

from decimal import Decimal
from typing import Any

from kompcalc.core.sensitivity import Sensitivity, Switch, Trial
from kompcalc.fmt import kroner
from kompcalc.render.export import neutralise
from kompcalc.render.sensitivity import label, measured, unit
from kompcalc.render.sheetstyle import (
    TITLE_SIZE,
    Styles,
    footer,
    height,
    paragraph,
    print_setup,
    wrapped_lines,
)
from kompcalc.texts import t

FIRST = 36
"""The width of the first column (an assumption's name, a case's id)."""

NUMBERS = 15
"""The width of every other column."""


def _formats(book: Any, styles: Styles) -> dict[str, Any]:
    """A value's format by its unit (see :func:`kompcalc.render.sensitivity.unit`)."""
    number = {"align": "right", "indent": 1, "valign": "top"}
    return {
        "kroner": styles.money,
        "pct": book.add_format({**number, "num_format": "General"}),
        "number": book.add_format({**number, "num_format": "General"}),
        "months": book.add_format({**number, "num_format": "0"}),
    }


class _Sheet:
    """Rows written one below the other (a constant_memory sheet takes them in order)."""

    def __init__(self, sheet: Any, styles: Styles, formats: dict[str, Any], columns: int):
        self.sheet, self.styles, self.formats = sheet, styles, formats
        self.widths = [FIRST] + [NUMBERS] * (columns - 1)
        self.row = 0

    def paragraph(self, text: str, style: Any, size: int = 11, *, bold: bool = False) -> None:
        paragraph(self.sheet, self.row, text, style, self.widths, size, bold=bold)
        self.row += 1

    def header(self, headings: list[str]) -> None:
        lines = max(
            wrapped_lines(h, w, bold=True) for h, w in zip(headings, self.widths, strict=False)
        )
        self.sheet.set_row(self.row, height(lines))
        for j, heading in enumerate(headings):
            style = self.styles.header if j == 0 else self.styles.header_number
            self.sheet.write_string(self.row, j, heading, style)
        self.row += 1

    def value(self, column: int, value: Decimal | None, trial: Trial) -> None:
        if value is not None:
            self.sheet.write_number(self.row, column, value, self.formats[unit(trial)])

    def money(self, column: int, amount: Decimal) -> None:
        self.sheet.write_number(self.row, column, amount, self.styles.money)  # never a float

    def text(self, column: int, text: str) -> None:
        self.sheet.write_string(self.row, column, neutralise(text), self.styles.text)

    def count(self, column: int, count: int) -> None:
        self.sheet.write_number(self.row, column, count, self.formats["months"])

    def switch(self, column: int, found: Switch, trial: Trial, lang: str) -> None:
        if not found.affected:
            self.text(column, t(lang, "sens_not_affected"))
        elif found.value is None:
            self.text(column, t(lang, "sens_none"))
        else:
            self.value(column, found.value, trial)


def write_sensitivity(
    book: Any, styles: Styles, found: Sensitivity, lang: str, *, title: str
) -> None:
    """Add the sensitivity sheet to ``book`` (see the module docstring)."""
    trials = [tried.trial for tried in found.trials]
    width = max(12, len(trials) + 3)
    sheet = _Sheet(book.add_worksheet(t(lang, "sheet_sensitivity")), styles,
                   _formats(book, styles), width)  # fmt: skip
    for j, column_width in enumerate(sheet.widths):
        sheet.sheet.set_column(j, j, column_width)
    heading = "sens_heading_pv" if found.discounted else "sens_heading"
    total = kroner(found.total, lang)
    sheet.paragraph(title, styles.title, TITLE_SIZE, bold=True)
    sheet.paragraph(t(lang, heading, months=found.months, total=total), styles.strong, bold=True)
    sheet.paragraph(t(lang, "sens_about"), styles.line)
    sheet.row += 1
    keys = ("sens_col_assumption", "sens_col_key", "sens_col_today", "sens_col_low",
            "sens_col_high", measured(found, "sens_col_at_low", "sens_col_at_low_pv"),
            measured(found, "sens_col_at_high", "sens_col_at_high_pv"), "sens_col_swing",
            "sens_col_switch_all", "sens_col_from", "sens_col_to", "sens_col_fragile")  # fmt: skip
    sheet.header([t(lang, key) for key in keys])
    for tried in found.trials:
        trial = tried.trial
        sheet.text(0, label(trial.key, lang))
        sheet.text(1, trial.key)
        if trial.today is None:
            sheet.text(2, t(lang, "sens_own"))
        for column, value in ((2, trial.today), (3, trial.low), (4, trial.high)):
            sheet.value(column, value, trial)
        for column, amount in ((5, tried.total_low), (6, tried.total_high), (7, tried.swing)):
            sheet.money(column, amount)
        sheet.switch(8, tried.switch, trial, lang)
        sheet.value(9, trial.lowest, trial)
        sheet.value(10, trial.highest, trial)
        sheet.count(11, tried.fragile_cases)
        sheet.row += 1
    sheet.row += 1
    cases = measured(found, "sens_cases_heading", "sens_cases_heading_pv")
    sheet.paragraph(t(lang, cases, months=found.months), styles.strong, bold=True)
    sheet.paragraph(t(lang, "sens_switch_about"), styles.line)
    saving = measured(found, "sens_col_saving", "sens_col_saving_pv")
    headings = [t(lang, "sens_col_case"), t(lang, saving, months=found.months)]
    headings += [label(trial.key, lang) for trial in trials] + [t(lang, "sens_col_fragile_on")]
    sheet.header(headings)
    header = sheet.row - 1
    for case in found.cases:
        sheet.text(0, case.id)
        sheet.money(1, case.saving)
        for j, (trial, switch) in enumerate(zip(trials, case.switches, strict=True)):
            sheet.switch(2 + j, switch, trial, lang)
        fragile = [label(tr.key, lang) for tr, s in zip(trials, case.switches, strict=True)
                   if s.fragile]  # fmt: skip
        if fragile:
            sheet.text(2 + len(trials), "; ".join(fragile))
        sheet.row += 1
    sheet.sheet.freeze_panes(header + 1, 1)
    sheet.sheet.repeat_rows(header)
    print_setup(sheet.sheet, landscape=True, footer_text=footer(title, lang))
