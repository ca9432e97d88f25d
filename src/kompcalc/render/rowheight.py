"""How many lines each row of the batch workbook's case sheet takes: its text cells
wrap in their columns, and the row is as high as its most wrapped cell.

A column's width is known only once every row has been measured, so a case's row
(worked out where the case is computed, possibly in a forked child) says how many
lines each of its texts takes for both widths its column can end up with
(:class:`RowWraps`): at its widest, or narrower, and then as wide as its widest text,
so that a text takes only as many lines as its own line breaks make. The writing
process picks one by the final widths (:func:`lines`).
"""

import functools
from collections.abc import Callable, Sequence

from kompcalc.render.rows import Cell
from kompcalc.render.sheetstyle import room, wrapped_lines

WRAP_CACHE = 4096
"""How many texts' wrapped lines are remembered (a case list repeats many of its
texts: benefits, interventions, descriptions)."""

Wraps = tuple[tuple[int, int, int], ...]
"""Where a row's text takes more than a line: each such column, and the lines its text
takes there if the column ends up at its widest and if narrower."""


class RowWraps:
    """The :data:`Wraps` of a row, from its cells alone."""

    def __init__(self, texts: Sequence[tuple[int, int]]) -> None:
        """``texts``: each text column and the widest it gets."""
        self._texts = [(j, most, room(most)) for j, most in texts]
        self._lines_of = functools.lru_cache(maxsize=WRAP_CACHE)(wrapped_lines)

    def wraps(self, cells: Sequence[Cell]) -> Wraps:
        found = []
        for j, most, letters in self._texts:
            cell = cells[j]
            if isinstance(cell, str) and (len(cell) > letters or "\n" in cell):
                at_most = self._lines_of(cell, most)
                if at_most > 1:
                    # narrower, the column is as wide as its widest line, and more
                    own = (len(cell.splitlines()) or 1) if "\n" in cell else 1
                    found.append((j, at_most, own))
        return tuple(found)


def lines_at(wraps: Wraps, widest: Sequence[bool]) -> int:
    """How many lines a row of ``wraps`` takes, ``widest`` saying which columns ended
    up at their widest."""
    most = 1
    for j, at_most, own in wraps:
        most = max(most, at_most if widest[j] else own)
    return most


def row_lines(
    cells: Sequence[Cell],
    texts: Sequence[tuple[int, int, int]],
    lines_of: Callable[[str, int], int] = wrapped_lines,
) -> int:
    """How many lines the row of ``cells`` takes in columns of known widths (``texts``:
    each text column, its width and the letters a line of it holds)."""
    most = 1
    for j, width, letters in texts:
        cell = cells[j]
        if isinstance(cell, str) and (len(cell) > letters or "\n" in cell):
            most = max(most, lines_of(cell, width))
    return most
