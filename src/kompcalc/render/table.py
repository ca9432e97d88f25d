"""The batch result as a table: one row per case, then the totals.

The cells are kept typed (text, exact numbers, or None for "never"), so each output
format shows them its own way: the text table in the user's number format, the CSV
with a decimal comma in Danish, the XLSX as real numbers.
"""

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary, Totals
from kompcalc.core.effective import EffectiveRates
from kompcalc.fmt import kroner, number
from kompcalc.render.describe import (
    benefit_name,
    break_even_text,
    interventions_text,
    rates_lines,
)
from kompcalc.texts import one_line, t

Cell = str | Decimal | None

TEXT_WIDTH = 60
"""The widest the interventions column gets in the text table."""


@dataclass(frozen=True)
class Column:
    """A column: its machine key, its heading, and whether it holds kroner."""

    key: str
    heading: str
    money: bool


def columns(marks: tuple[int, ...], lang: str) -> list[Column]:
    """The columns of the batch table, with the savings at each month of ``marks``."""
    fixed = [
        Column("id", t(lang, "col_id"), money=False),
        Column("interventions", t(lang, "col_interventions"), money=False),
        Column("one_off_net", t(lang, "col_one_off_net"), money=True),
        Column("monthly_net", t(lang, "col_monthly_net"), money=True),
        Column("benefit", t(lang, "col_benefit"), money=False),
        Column("avoided_benefit", t(lang, "col_avoided"), money=True),
        Column("monthly_saving", t(lang, "col_monthly_saving"), money=True),
        Column("break_even_months", t(lang, "col_break_even"), money=False),
        Column("negative_from_months", t(lang, "col_negative_from"), money=False),
    ]
    return fixed + [
        Column(f"saving_{m}", t(lang, "col_saving", months=m), money=True) for m in marks
    ]


def case_row(computed: Computed, lang: str) -> list[Cell]:
    """One case's cells, in the order of :func:`columns`."""
    r = computed.result
    benefit = benefit_name(r, computed.rates, lang)
    return [
        r.case.id,
        interventions_text(r.case.interventions, lang),
        r.one_off.net,
        r.monthly.net,
        benefit,
        r.avoided_first,
        r.saving_first,
        r.break_even_months,
        "" if r.negative_from_months is None else r.negative_from_months,
        *(amount for _, amount in r.savings),
    ]


def totals_row(totals: Totals, lang: str) -> list[Cell]:
    """The totals' cells, in the order of :func:`columns`."""
    return [
        t(lang, "total"),
        t(lang, "n_cases", count=totals.cases),
        totals.one_off.net,
        totals.monthly.net,
        "",
        totals.avoided,
        totals.monthly_saving,
        "",
        "",
        *(amount for _, amount in totals.savings),
    ]


def _formatter(column: Column, lang: str) -> Callable[[Cell], str]:
    """How the text table shows the cells of ``column``."""
    if column.key == "break_even_months":
        return lambda cell: cell if isinstance(cell, str) else break_even_text(cell, lang)
    if column.key == "negative_from_months":
        return lambda cell: number(cell, lang, 2) if isinstance(cell, Decimal) else ""
    if column.money:
        return lambda cell: kroner(cell, lang) if isinstance(cell, Decimal) else (cell or "")
    if column.key == "interventions":
        return lambda cell: _cut(cell) if isinstance(cell, str) else ""
    return lambda cell: cell if isinstance(cell, str) else ""


def _cut(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


def text_bytes(lines: Iterable[str]) -> bytes:
    """``lines`` as UTF-8 text, each ending in a newline."""
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


SPOOL_BYTES = 16_000_000
"""Rows of the text table are kept in memory up to this size, then in a temporary file."""

_SEP = "\x1f"
"""Between the cells of a spooled row (a control character, which no cell holds)."""


class RowText:
    """How the text tables show a row: each cell as text on one line, in the user's
    number format."""

    def __init__(self, marks: tuple[int, ...], lang: str) -> None:
        self.lang = lang
        self.columns = columns(marks, lang)
        self._show = [_formatter(col, lang) for col in self.columns]

    def case(self, computed: Computed) -> list[str]:
        """One case's row (a line break in a name becomes a space)."""
        cells = case_row(computed, self.lang)
        return [one_line(show(cell)) for show, cell in zip(self._show, cells, strict=True)]

    def totals(self, totals: Totals) -> list[str]:
        cells = totals_row(totals, self.lang)
        return [show(cell) for show, cell in zip(self._show, cells, strict=True)]


class TextTable:
    """The table as aligned plain text, written to ``out`` at the end with the summary
    and the rates under it: every column and every row, for a file or a pipe (a
    terminal gets :class:`kompcalc.render.page.PageTable`).

    The rows wait in a spooled temporary file (memory up to :data:`SPOOL_BYTES`) while
    the column widths grow with them, and are padded as they are written: memory does
    not grow with the number of cases. The interventions are cut at
    :data:`TEXT_WIDTH` characters (the other formats keep them whole).
    """

    def __init__(
        self, out: IO[bytes], marks: tuple[int, ...], lang: str, rates: EffectiveRates
    ) -> None:
        self.lang = lang
        self._text = RowText(marks, lang)
        self.columns = self._text.columns
        self._out = out
        self._rates = rates
        self._heading = [col.heading for col in self.columns]
        self._widths = [len(cell) for cell in self._heading]
        self._rows = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finish
            max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="\n"
        )

    def encode(self, computed: Computed) -> list[str]:
        """One case's row as text (on one line: a line break in a name becomes a space)."""
        return self._text.case(computed)

    def write(self, cells: list[str]) -> None:
        self._widths = [max(w, len(c)) for w, c in zip(self._widths, cells, strict=True)]
        self._rows.write(_SEP.join(cells) + "\n")

    def finish(self, summary: Summary) -> None:
        with self._rows:
            for line in self.lines(summary.totals):
                self._out.write(f"{line}\n".encode())
        tail = ["", *summary_lines(summary, self.lang), *rates_lines(self._rates, self.lang)]
        self._out.write(text_bytes(tail))

    def lines(self, totals: Totals) -> Iterator[str]:
        """Headings, a rule, the cases, a rule and the totals."""
        total = self._text.totals(totals)
        widths = [max(w, len(c)) for w, c in zip(self._widths, total, strict=True)]
        right = [col.money or col.key.endswith("_months") for col in self.columns]
        pads = [(w, str.rjust if r else str.ljust) for w, r in zip(widths, right, strict=True)]

        def line(row: list[str]) -> str:
            cells = (pad(cell, w) for cell, (w, pad) in zip(row, pads, strict=True))
            return "  ".join(cells).rstrip()

        rule = "  ".join("-" * width for width in widths)
        yield line(self._heading)
        yield rule
        self._rows.seek(0)
        for text in self._rows:
            yield line(text.rstrip("\n").split(_SEP))
        yield rule
        yield line(total)


def summary_lines(summary: Summary, lang: str) -> list[str]:
    """The summary under the table: how many cases, failures and break-evens."""
    totals = summary.totals
    lines = [t(lang, "summary_cases", computed=totals.cases, failed=len(summary.failed))]
    within = ", ".join(
        t(lang, "within_months", months=m, count=n) for m, n in totals.break_even_within
    )
    never, negative = totals.never, totals.negative
    lines.append(t(lang, "summary_break_even", within=within, never=never, negative=negative))
    return lines
