"""The batch result as a text table for a file or a pipe: every column and every row,
then the summary and the rates (a terminal gets :mod:`kompcalc.render.page`; the
columns and cells are :mod:`kompcalc.render.rows`'s)."""

import tempfile
from collections.abc import Iterable
from decimal import Decimal
from typing import IO, TYPE_CHECKING

from kompcalc.batch.run import Computed
from kompcalc.batch.spool import copy_rest
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.perspectives import NotComputed, Perspective
from kompcalc.fmt import kroner, number
from kompcalc.render.business import discount_text, not_computed_text, who_row
from kompcalc.render.describe import rates_lines
from kompcalc.render.rows import MUNICIPAL, Column, RowText, Viewpoint
from kompcalc.texts import t

if TYPE_CHECKING:
    from kompcalc.batch.spool import Spooled


def text_bytes(lines: Iterable[str]) -> bytes:
    """``lines`` as UTF-8 text, each ending in a newline."""
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


SPOOL_BYTES = 16_000_000
"""Rows of the text table are kept in memory up to this size, then in a temporary file."""

SPOOL_BLOCK = 1 << 20
"""How much of the spooled rows is read at a time to be padded."""

LENGTHS_KEPT = 4096
"""How many different rows of cell lengths :class:`TextTable` keeps before it takes
each column's widest of them (a row's lengths are noted as they are: a set's add costs
less than comparing each cell's)."""

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
    cells apart, each row encoded where its case is computed, its cells' widths noted
    as it is (:meth:`widths`); at the end each column is as wide as its widest cell
    (heading and totals included), and the rows are padded as they are written: memory
    does not grow with the number of cases. A large batch's fast halves are each padded
    by their own process (:meth:`write_halves`); other halves come row by row
    (:meth:`write`). :meth:`write_rows` takes rows spooled whole, as every
    :class:`~kompcalc.batch.drive.ByteRows` output does, though a run that pads its
    halves never gives them so. The
    interventions are cut at :data:`~kompcalc.render.rows.TEXT_WIDTH` characters (the
    other formats keep them whole).
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
        self._widths = [len(cell) for cell in self._heading]
        self._lengths: set[tuple[int, ...]] = set()  # of rows not yet in _widths
        self._halves: Spooled[bytes] | None = None
        self._rows = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        # (closed in finish)

    def encode(self, computed: Computed) -> bytes:
        """One case's row as its cells on one line (a line break in a name becomes a
        space), apart, in UTF-8; its cells' widths noted."""
        return self.row(self._text.case(computed))

    def row(self, cells: list[str]) -> bytes:
        """A row of ``cells`` as :meth:`write` takes it (:func:`row_bytes`), its cells'
        widths noted (the table is as wide as the rows made here, and :meth:`widen`)."""
        lengths = self._lengths
        lengths.add(tuple(map(len, cells)))
        if len(lengths) > LENGTHS_KEPT:
            self._widths = self.widths()
            lengths.clear()
        return row_bytes(cells)

    def widths(self) -> list[int]:
        """Each column's widest cell so far: the heading's, or of a row made here."""
        return [max(column) for column in zip(self._widths, *self._lengths, strict=True)]

    def widen(self, widths: list[int]) -> None:
        """Make each column at least as wide as ``widths`` (the other process's)."""
        self._widths = list(map(max, self.widths(), widths))
        self._lengths.clear()

    def forget_widths(self) -> None:
        """Back to the headings' widths: the rows made so far will be made again."""
        self._widths = [len(cell) for cell in self._heading]
        self._lengths.clear()

    def write(self, row: bytes) -> None:
        """A row made by :meth:`row` (or :meth:`encode`; in another process, with its
        widths then given to :meth:`widen`)."""
        self._rows.write(row)

    def write_rows(self, rows: IO[bytes]) -> None:
        """Write the encoded rows in ``rows``, from where it stands to its end."""
        copy_rest(rows, self._rows)

    def write_halves(self, halves: "Spooled[bytes]") -> None:
        """Both halves of a batch on two cores, padded into the output by both processes
        at :meth:`finish` (the parent's half here, the child's there)."""
        self._halves = halves

    def finish(self, summary: Summary) -> None:
        total = self._text.totals(summary)
        widths = list(map(max, self.widths(), map(len, total)))
        pattern = _pattern(self.columns, widths)
        rule = "  ".join("-" * width for width in widths)
        self._out.write(text_bytes([_line(pattern, self._heading), rule]))
        with self._rows:
            if self._halves is not None:
                self._halves.write_padded(widths, self._out)
            else:
                self._rows.seek(0)
                self.pad(widths, self._rows, self._out)
        lang, rates = self.lang, self._rates
        tail = [rule, _line(pattern, total), ""]
        tail += [*summary_lines(summary, lang, self._point, rates), *rates_lines(rates, lang)]
        if summary.sensitivity is not None:
            from kompcalc.render.sensitivity_text import sensitivity_lines

            tail += ["", *sensitivity_lines(summary.sensitivity, lang, None)]
        self._out.write(text_bytes(tail))

    def pad(self, widths: list[int], rows: IO[bytes], out: IO[bytes]) -> None:
        """The rows in ``rows`` (from where it stands) padded to ``widths``, each column
        as :func:`_pattern` aligns it, written to ``out``."""
        pattern = _pattern(self.columns, widths)
        while block := rows.readlines(SPOOL_BLOCK):
            text = b"".join(block).decode("utf-8")
            lines = [_line(pattern, line.split(_SEP)) for line in text.split("\n")[:-1]]
            lines.append("")  # each row ends in a line break
            out.write("\n".join(lines).encode("utf-8"))


def _pattern(columns: list[Column], widths: list[int]) -> str:
    """One %-format for a whole line: %12s pads as str.rjust (a figure), %-12s as
    str.ljust (a text)."""
    return "  ".join(
        f"%{'' if col.figure else '-'}{w}s" for col, w in zip(columns, widths, strict=True)
    )


def _line(pattern: str, cells: list[str]) -> str:
    return (pattern % tuple(cells)).rstrip()


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
