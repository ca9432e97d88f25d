"""The batch table on a terminal: a page of cases, fitted to the terminal's width.

A file or a pipe gets every column and every row (:class:`~kompcalc.render.table.TextTable`,
the fast path). A terminal gets :class:`PageTable`: the first page of cases, the totals,
and the columns that fit (:mod:`kompcalc.render.fit`), with a line for what was left out
and how to see it, and the summary and the rates wrapped at the width.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from rich.cells import cell_len

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.fmt import number
from kompcalc.render import fit
from kompcalc.render.describe import rates_lines
from kompcalc.render.rows import MUNICIPAL, Column, RowText, Viewpoint
from kompcalc.render.table import summary_lines, text_bytes
from kompcalc.texts import t

REQUIRED = ("id", "one_off_net", "monthly_net", "break_even_months", "present_value")
"""The columns always shown (the present value when there is one), with the saving
at the horizon (the last column of savings)."""

TEXT_LEAST = {"id": 10, "interventions": 16, "benefit": 12}
"""The narrowest each text column gets before it is left out instead."""

WRAPPED = ("id",)
"""Text columns that wrap rather than being cut: a cut id could name two cases."""


@dataclass(frozen=True)
class Screen:
    """What the table must fit: the terminal's width in cells, and how many cases a
    page shows. ``wide``: every column at its full width all the same."""

    width: int
    rows: int
    wide: bool = False


def specs(cols: Sequence[Column]) -> list[fit.Spec]:
    """The batch table's columns as the layout sees them."""
    horizon = [col.key for col in cols if col.key.startswith("saving_")][-1]
    required = {*REQUIRED, horizon}
    found = []
    for col in cols:
        if col.figure:
            kind = fit.Kind.NUMBER
        else:
            kind = fit.Kind.WRAP if col.key in WRAPPED else fit.Kind.CUT
        least = TEXT_LEAST.get(col.key, 1)
        found.append(fit.Spec(col.heading, kind, col.key in required, least))
    return found


class PageTable:
    """The batch table for a terminal (see the module docstring).

    Only the rows of the first page are kept; the others are counted. The output is
    the same :class:`~kompcalc.batch.drive.Output` as every other.
    """

    def __init__(
        self,
        out: IO[bytes],
        marks: tuple[int, ...],
        lang: str,
        rates: EffectiveRates,
        screen: Screen,
        point: Viewpoint = MUNICIPAL,
    ) -> None:
        self.lang = lang
        self._point = point
        self._text = RowText(marks, lang, point)
        self.columns = self._text.columns
        self._out = out
        self._rates = rates
        self._screen = screen
        self._rows: list[list[str]] = []
        self._more = 0

    def encode(self, computed: Computed) -> list[str]:
        return self._text.case(computed)

    def write(self, cells: list[str]) -> None:
        if len(self._rows) < self._screen.rows:
            self._rows.append(cells)
        else:
            self._more += 1

    def finish(self, summary: Summary) -> None:
        self._out.write(text_bytes(self.lines(summary)))

    def lines(self, summary: Summary) -> list[str]:
        """The table, then the summary and the rates, each line within the width."""
        lang, width = self.lang, self._screen.width
        table, left_out = self._table(self._text.totals(summary))
        if left_out:  # one line: the columns by name where they fit, else their number
            names = "; ".join(self.columns[i].heading for i in left_out)
            line = t(lang, "table_left_out", columns=names)
            if cell_len(line) > width:
                line = t(lang, "table_left_out_count", count=len(left_out))
            table += fit.wrap([line], width)
        summary_text = summary_lines(summary, lang, self._point, self._rates)
        tail = fit.wrap([*summary_text, *rates_lines(self._rates, lang)], width)
        if summary.sensitivity is not None:
            from kompcalc.render.sensitivity_text import sensitivity_lines

            tail += ["", *sensitivity_lines(summary.sensitivity, lang, width)]
        return [*table, "", *tail]

    def _table(self, totals: list[str]) -> tuple[list[str], list[int]]:
        """The table's lines and the columns left out of it."""
        width, rows, more = self._screen.width, self._rows, self._more
        found = specs(self.columns)
        if self._screen.wide:
            layout: fit.Layout | None = fit.natural(found, [*rows, totals])
        else:
            layout = fit.plan(found, [*rows, totals], width)
        if layout is None:  # too narrow for columns: a card per case
            per_card = sum(spec.required for spec in found)  # the id, then a line each
            keep = max(1, self._screen.rows // per_card)
            more += len(rows[keep:])
            cards, left_out = fit.cards(found, [*rows[:keep], totals], width)
            lines = [line for card in cards[:-1] for line in card]
            lines += self._more_line(more)
            lines += ["-" * width, *cards[-1]]
            return lines, left_out
        lines = [*layout.heading(), layout.rule()]
        for row in rows:
            lines += layout.row(row)
        lines += self._more_line(more)
        lines += [layout.rule(), *layout.row(totals)]
        return lines, layout.left_out

    def _more_line(self, more: int) -> list[str]:
        """``… og 9.990 sager mere``, with how to see them, when cases were left out."""
        if not more:
            return []
        count = number(Decimal(more), self.lang, 0)
        return fit.wrap([t(self.lang, "table_more_rows", count=count)], self._screen.width)
