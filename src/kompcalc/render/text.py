"""The human rendering: a case laid out like a card in the catalogue, then who pays and
who saves.

:func:`render_result` describes the card as blocks (:class:`Card`): headings, lines,
grids of a label and its value, and the table of perspectives. :meth:`Card.lines` lays
them out as plain text, cell for cell as rich lays them out, whenever every grid and
table fits the width (a case's card nearly always does); :meth:`Card.rich` gives the
same blocks to rich, which lays out what does not fit, and styles a terminal's headings.
"""

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, chop_cells

from kompcalc.core.calc import Result
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.perspectives import NotComputed, Perspective, view
from kompcalc.render.business import (
    PART,
    case_grid,
    discount_text,
    not_computed_text,
    who,
)
from kompcalc.render.describe import (
    benefit_name,
    benefit_rows,
    economy_rows,
    interventions_text,
    rates_lines,
    result_rows,
)
from kompcalc.texts import t

if TYPE_CHECKING:  # rich's renderables are built only when rich lays the card out
    from rich.console import RenderableType

GRID_GAP = 2
"""Blanks between a grid's label and its value."""

COLUMN_PAD = 3
"""Blanks before each column of figures in the table of perspectives."""


class Heading(NamedTuple):
    """A line in bold (wrapped at its words when it is too long)."""

    text: str


class Line(NamedTuple):
    """A line of text (wrapped at its words when it is too long)."""

    text: str


class Grid(NamedTuple):
    """Labels and their values; a value too wide wraps at its words beside its label."""

    rows: list[tuple[str, str]]


class Figures(NamedTuple):
    """The table of perspectives: a heading over each column of figures, right-aligned."""

    heads: list[str]
    rows: list[tuple[str, list[str]]]


Block = Heading | Line | Grid | Figures


class Card(NamedTuple):
    """A case's human rendering, as blocks to lay out."""

    blocks: list[Block]

    def lines(self, width: int) -> list[str] | None:
        """The card as plain lines (no trailing blanks) in ``width`` cells, as rich lays
        it out without styles; None when a grid or the table does not fit (rich then
        lays it out, :meth:`rich`) or a text holds what only rich handles."""
        lines: list[str] = []
        for block in self.blocks:
            laid = _lay_out(block, width)
            if laid is None:
                return None
            lines += laid
        return [line.rstrip() for line in lines]

    def rich(self) -> "RenderableType":
        """The card as rich renderables."""
        from rich.console import Group

        return Group(*(_renderable(block) for block in self.blocks))


def _lay_out(block: Block, width: int) -> list[str] | None:
    if isinstance(block, Heading | Line):
        return wrapped(block.text, width)
    if isinstance(block, Grid):
        return _grid_lines(block, width)
    return _figure_lines(block, width)


def _plain(text: str) -> bool:
    """Whether ``text`` is laid out here: one line without tabs or control characters."""
    return text.isprintable()


def wrapped(text: str, width: int) -> list[str] | None:
    """``text`` broken at its words into lines of at most ``width`` cells, where rich's
    word wrap breaks it (a word longer than a line is folded); None for a text that is
    not one plain line."""
    if not _plain(text) or width < 1:
        return None
    lines = []
    start = 0
    for at in _breaks(text, width):
        lines.append(text[start:at])
        start = at
    lines.append(text[start:])
    return lines


def _breaks(text: str, width: int) -> list[int]:
    """Where rich's ``divide_line`` breaks ``text`` (fold): a word that does not fit
    the rest of a line starts the next, keeping the blanks after it; a word longer
    than a line is chopped."""
    breaks: list[int] = []
    used = 0
    for found in _WORD.finditer(text):
        start, word = found.start(), found.group()
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
        elif length > width:
            pieces = chop_cells(word, width)
            for i, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if i == len(pieces) - 1:
                    used = cell_len(piece)
                else:
                    start += len(piece)
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    return breaks


_WORD = re.compile(r"\s*\S+\s*")
"""A word with the blanks after it (and, for the first, before it), as rich finds it."""


def _grid_lines(grid: Grid, width: int) -> list[str] | None:
    """A grid's rows: a value too wide for the width wraps at its words; None when a
    word of a value does not fit beside the labels (rich then folds or cuts)."""
    if not grid.rows:
        return []
    if not all(_plain(label) and _plain(value) for label, value in grid.rows):
        return None
    label_width = max(cell_len(label) for label, _ in grid.rows)
    natural = max(cell_len(value) for _, value in grid.rows)
    room = min(natural, width - label_width - GRID_GAP)
    longest = max((cell_len(w) for _, value in grid.rows for w in value.split()), default=0)
    if room < max(longest, 1):
        return None
    lines = []
    for label, value in grid.rows:
        parts = wrapped(value, room) or [""]
        lines.append(_pad(label, label_width) + " " * GRID_GAP + parts[0])
        lines += [" " * (label_width + GRID_GAP) + part for part in parts[1:]]
    return lines


def _figure_lines(figures: Figures, width: int) -> list[str] | None:
    """The table of perspectives, or None when it is wider than ``width``."""
    cells = [["", *figures.heads], *([label, *row] for label, row in figures.rows)]
    if not all(_plain(cell) for row in cells for cell in row):
        return None
    widths = [max(cell_len(row[i]) for row in cells) for i in range(len(cells[0]))]
    if sum(widths) + COLUMN_PAD * (len(widths) - 1) > width:
        return None
    lines = []
    for row in cells:
        line = _pad(row[0], widths[0])
        for cell, cell_width in zip(row[1:], widths[1:], strict=True):
            line += " " * (COLUMN_PAD + cell_width - cell_len(cell)) + cell
        lines.append(line)
    return lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def _renderable(block: Block) -> "RenderableType":
    from rich.table import Table
    from rich.text import Text

    if isinstance(block, Heading):
        return Text(block.text, style="bold")
    if isinstance(block, Line):
        return Text(block.text, overflow="fold")
    if isinstance(block, Grid):
        grid = Table.grid(padding=(0, GRID_GAP))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in block.rows:
            grid.add_row(label, value)
        return grid
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 0, 0, COLUMN_PAD))
    table.add_column("", no_wrap=True)
    for head in block.heads:
        table.add_column(head, justify="right", no_wrap=True)
    for label, cells in block.rows:
        table.add_row(label, *cells)
    return table


def render_result(
    result: Result,
    rates: EffectiveRates,
    lang: str,
    perspective: Perspective = Perspective.kommune,
) -> Card:
    """The full human rendering of one result; the benefit avoided and the result are
    ``perspective``'s (the economy shows every party's share of the cost already)."""
    blocks: list[Block] = []

    def section(title: str, rows: Sequence[tuple[str, str]]) -> None:
        blocks.append(Heading(title))
        blocks.append(Grid([(f"  {label}", value) for label, value in rows]))

    blocks.append(Heading(t(lang, "h_intervention")))
    blocks.append(Line(f"  {interventions_text(result.case.interventions, lang)}"))
    economy = [row for line in result.lines for row in economy_rows(line, lang)]
    section(t(lang, "h_economy"), economy)

    seen = view(result, perspective)
    name = benefit_name(result, rates, lang)
    heading = t(lang, "h_result")
    if perspective is not Perspective.kommune:
        part = t(lang, PART[perspective])
        name = t(lang, "h_benefit_part", name=name, part=part)
        heading = t(lang, "h_result_for", who=who(perspective, lang))
    if isinstance(seen, NotComputed):
        section(f"{t(lang, 'h_benefit')}: {name}", [("", not_computed_text(seen, lang))])
        section(heading, [("", not_computed_text(seen, lang))])
    else:
        amounts = None if perspective is Perspective.kommune else seen.benefit
        section(f"{t(lang, 'h_benefit')}: {name}", benefit_rows(result, rates, lang, amounts))
        rows = result_rows(seen, lang)
        if result.discount is not None:
            rows.append(
                (t(lang, "discount_rate"), discount_text(result.discount, rates.table, lang))
            )
        section(heading, rows)
    blocks.append(Heading(t(lang, "h_perspectives", months=result.months)))
    grid = case_grid(result, lang)
    blocks.append(Figures(grid.heads, [(f"  {label}", cells) for label, cells in grid.rows]))
    blocks.append(Grid([(f"  {who_}", why) for who_, why in grid.notes]))
    blocks += [Line(line) for line in rates_lines(rates, lang)]
    return Card(blocks)
