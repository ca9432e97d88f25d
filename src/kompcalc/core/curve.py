"""A case's avoided benefit by month, and its running sum (:class:`Curve`)."""

from decimal import Decimal
from itertools import accumulate
from typing import NamedTuple

from kompcalc.core.money import ZERO


class Curve(NamedTuple):
    """The avoided benefit by month of a case, and its running sum.

    ``monthly[m - 1]`` is the amount in month ``m``; ``total[m]`` the sum of months
    1..m. From month ``stable_from`` on the amount no longer changes; both lists reach
    at least that month.
    """

    monthly: tuple[Decimal, ...]
    total: tuple[Decimal, ...]
    stable_from: int
    gross: "Curve | None" = None
    """The whole benefit (the state's share included), when it is known."""

    def at(self, month: int) -> Decimal:
        """The amount in ``month`` (any month from 1)."""
        return self.monthly[min(month, len(self.monthly)) - 1]

    def total_at(self, month: int) -> Decimal:
        """The sum of months 1..``month`` (any month from 0)."""
        last = len(self.total) - 1
        if month <= last:
            return self.total[month]
        return self.total[last] + (month - last) * self.monthly[-1]


def make_curve(monthly: tuple[Decimal, ...], stable: int, gross: Curve | None = None) -> Curve:
    """The curve of the amounts ``monthly`` (from month 1), stable from ``stable``."""
    return Curve(monthly, tuple(accumulate(monthly, initial=ZERO)), stable, gross)
