"""The batch result as a text table for a file or a pipe: every column and every row,
then the summary and the rates (a terminal gets :mod:`kompcalc.render.page`; the
columns and cells are :mod:`kompcalc.render.rows`'s)."""

import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.spool import copy_rest
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.perspectives import NotComputed, Perspective
from kompcalc.fmt import kroner, number
from kompcalc.render.business import discount_text, not_computed_text, who_row
from kompcalc.render.describe import rates_lines
from kompcalc.render.rows import MUNICIPAL, RowText, Viewpoint
from kompcalc.texts import t


def text_bytes(lines: Iterable[str]) -> bytes:
    """``lines`` as UTF-8 text, each ending in a newline."""
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


SPOOL_BYTES = 16_000_000
"""Rows of the text table are kept in memory up to this size, then in a temporary file."""

SPOOL_BLOCK = 1 << 20
"""How much of the spooled rows is read at a time for the widths."""

_SEP = "\x1f"
"""Between the cells of a spooled row (a control character, which no cell holds)."""


def row_bytes(cells: list[str]) -> bytes:
    """A row's cells as :class:`TextTable` spools them: apart, on a line, in UTF-8."""
    return (_SEP.join(cells) + "\n").encode("utf-8")


class TextTable:
    """The table as aligned plain text, written to ``out`` at the end with the summary
    and the rates under it: every column and every row, for a file or a pipe (a
    terminal gets :class:`kompcalc.render.page.PageTable`).

    The rows wait in a spooled temporary file (memory up to :data:`SPOOL_BYTES`), their
    cells apart, each row encoded where its case is computed (so a large batch's halves
    come whole: :meth:`write_rows`); the columns' widths are taken from them at the
    end, and the rows padded as they are written: memory does not grow with the number
    of cases. The interventions are cut at :data:`~kompcalc.render.rows.TEXT_WIDTH`
    characters (the other formats keep them whole).
    """

    def __init__(
        self,
        out: IO[bytes],
        marks: tuple[int, ...],
        lang: str,
        rates: EffectiveRates,
        point: Viewpoint = MUNICIPAL,
    ) -> None:
        self.lang = lang
        self._point = point
        self._text = RowText(marks, lang, point)
        self.columns = self._text.columns
        self._out = out
        self._rates = rates
        self._heading = [col.heading for col in self.columns]
        self._rows = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        # (closed in finish)

    def encode(self, computed: Computed) -> bytes:
        """One case's row as its cells on one line (a line break in a name becomes a
        space), apart, in UTF-8."""
        return row_bytes(self._text.case(computed))

    def write(self, row: bytes) -> None:
        self._rows.write(row)

    def write_rows(self, rows: IO[bytes]) -> None:
        """Write the encoded rows in ``rows``, from where it stands to its end."""
        copy_rest(rows, self._rows)

    def finish(self, summary: Summary) -> None:
        with self._rows:
            for line in self.lines(summary):
                self._out.write(f"{line}\n".encode())
        lang, rates = self.lang, self._rates
        tail = ["", *summary_lines(summary, lang, self._point, rates), *rates_lines(rates, lang)]
        if summary.sensitivity is not None:
            from kompcalc.render.sensitivity_text import sensitivity_lines

            tail += ["", *sensitivity_lines(summary.sensitivity, lang, None)]
        self._out.write(text_bytes(tail))

    def _widths(self) -> list[int]:
        """Each column's width: its widest cell, heading included."""
        widths = [len(cell) for cell in self._heading]
        self._rows.seek(0)
        while block := self._rows.readlines(SPOOL_BLOCK):
            text = b"".join(block).decode("utf-8")
            rows = [line.split(_SEP) for line in text.split("\n")[:-1]]  # each ends in one
            for i, cells in enumerate(zip(*rows, strict=True)):
                widths[i] = max(widths[i], *map(len, cells))
        return widths

    def lines(self, summary: Summary) -> Iterator[str]:
        """Headings, a rule, the cases, a rule and the totals."""
        total = self._text.totals(summary)
        widths = [max(w, len(c)) for w, c in zip(self._widths(), total, strict=True)]
        # one %-format for the whole line: %12s pads as str.rjust, %-12s as str.ljust
        pattern = "  ".join(
            f"%{'' if col.figure else '-'}{w}s" for col, w in zip(self.columns, widths, strict=True)
        )

        def line(row: list[str]) -> str:
            return (pattern % tuple(row)).rstrip()

        rule = "  ".join("-" * width for width in widths)
        yield line(self._heading)
        yield rule
        self._rows.seek(0)
        for text in self._rows:
            yield line(text.decode("utf-8").rstrip("\n").split(_SEP))
        yield rule
        yield line(total)


def summary_lines(
    summary: Summary, lang: str, point: Viewpoint = MUNICIPAL, rates: EffectiveRates | None = None
) -> list[str]:
    """The summary under the table: how many cases and failures, then, from the
    table's perspective, how many pay back when, the saving per krone spent, the
    present value (with the rate it rests on, from ``rates``' table) and the cases the
    perspective cannot be computed for."""
    views = {v.perspective: v for v in summary.views}
    totals = views.get(point.perspective)
    lines = [t(lang, "summary_cases", computed=summary.totals.cases, failed=len(summary.failed))]
    counts = totals if totals is not None else summary.totals
    within = ", ".join(
        t(lang, "within_months", months=m, count=n) for m, n in counts.break_even_within
    )
    never, negative = counts.never, counts.negative
    paid_back = t(lang, "summary_break_even", within=within, never=never, negative=negative)
    if totals is None:
        return [*lines, paid_back]
    name = who_row(point.perspective, lang)
    if point.perspective is not Perspective.kommune:  # the catalogue's line stays as it was
        paid_back = t(lang, "summary_whose", who=name, text=paid_back)
    if totals.cases:  # nothing to count when the perspective is computed for no case
        lines.append(paid_back)
    horizon = summary.marks[-1]
    per_krone = totals.return_per_krone
    if per_krone is not None:
        shown = number(per_krone, lang, 2)
        lines.append(t(lang, "summary_per_krone", who=name, months=horizon, amount=shown))
    if totals.present_value and point.discount is not None and rates is not None:
        rate = discount_text(point.discount, rates.table, lang, full=False)
        value = kroner(totals.present_value[-1][1], lang)
        lines.append(t(lang, "summary_present_value", months=horizon, value=value, rate=rate))
    if totals.not_computed:
        count = totals.not_computed
        cases = number(Decimal(totals.not_computed + totals.cases), lang, 0)  # 10.000
        reason = not_computed_text(NotComputed(point.perspective), lang)
        lines.append(
            t(lang, "summary_not_computed", who=name, count=count, cases=cases, reason=reason)
        )
    return lines
