"""How many lines a row of the batch workbook's case sheet takes: its text cells wrap
in their columns, and the row is as high as its most wrapped cell.

A column's width is known only once every row has been measured, but a row's height
does not need it, so it is worked out where the row is computed (possibly in a forked
child). A text column ends up either at its widest, or narrower, and then as wide as
its widest text and a margin (:func:`~kompcalc.render.sheetstyle.fit`), so that every
line of every text in it fits on one line; such a line fits at the widest too. So a
text takes as many lines at its column's widest as in the width the column ends up
with (``tests/render/test_rowheight.py`` checks this).
"""

from collections.abc import Callable, Sequence

from kompcalc.render.rows import Cell
from kompcalc.render.sheetstyle import wrapped_lines

WRAP_CACHE = 4096
"""How many texts' wrapped lines are remembered (a case list repeats many of its
texts: benefits, interventions, descriptions)."""


def row_lines(
    cells: Sequence[Cell],
    texts: Sequence[tuple[int, int, int]],
    lines_of: Callable[[str, int], int] = wrapped_lines,
) -> int:
    """How many lines the row of ``cells`` takes (``texts``: each text column, its
    width and the letters a line of it holds; ``lines_of`` is
    :func:`~kompcalc.render.sheetstyle.wrapped_lines`, perhaps remembered)."""
    most = 1
    for j, width, letters in texts:
        cell = cells[j]
        if isinstance(cell, str) and (len(cell) > letters or "\n" in cell):
            most = max(most, lines_of(cell, width))
    return most
