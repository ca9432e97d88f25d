"""``--check``: a case's computed figures against those printed in its ``expected`` block."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from kompcalc.core.calc import Result
from kompcalc.core.cases import Expected
from kompcalc.errors import Cell


@dataclass(frozen=True)
class Mismatch:
    """A figure of a case's ``expected`` block that the computed figure does not match.

    ``computed`` is None for a break-even that never comes.
    """

    case_id: str
    file: str
    line: int | None
    figure: str
    computed: Decimal | None
    expected: Decimal
    tolerance: Decimal
    cell: Cell | None = None
    """The figure's cell, in a spreadsheet."""


_FIGURES: dict[str, Callable[[Result], Decimal | None]] = {
    "one_off_gross": lambda r: r.one_off.gross,
    "one_off_refund": lambda r: r.one_off.refund,
    "one_off_net": lambda r: r.one_off.net,
    "monthly_gross": lambda r: r.monthly.gross,
    "monthly_refund": lambda r: r.monthly.refund,
    "monthly_net": lambda r: r.monthly.net,
    "avoided_benefit": lambda r: r.avoided_first,
    "monthly_saving": lambda r: r.saving_first,
    "break_even_months": lambda r: r.break_even_months,
}
"""How each figure of an :class:`Expected` block is read off a result."""


def compare(
    result: Result, expected: Expected
) -> Iterator[tuple[tuple[str, ...], Decimal | None, Decimal]]:
    """Each figure of ``expected`` that ``result`` misses by more than the tolerance, as
    (path in the expected block, computed, expected)."""
    wanted: list[tuple[tuple[str, ...], Decimal | None, Decimal]] = [
        ((name,), read(result), getattr(expected, name))
        for name, read in _FIGURES.items()
        if getattr(expected, name) is not None
    ]
    wanted += [
        (("savings", str(month)), result.saving_after(month), amount)
        for month, amount in expected.savings.items()
    ]
    for path, computed, printed in wanted:
        if computed is None or abs(computed - printed) > expected.tolerance:
            yield path, computed, printed
