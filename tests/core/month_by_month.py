"""The month-by-month search for the turn negative, as kompcalc did it before the
saving line (:mod:`kompcalc.core.crossing`): the reference the tests hold that
line's answers to."""

from collections.abc import Callable, Sequence
from decimal import Decimal

from kompcalc.core.money import months_up


def negative_from(
    one_off: Decimal,
    flow: Callable[[int], Decimal],
    horizon: int,
    flows: Sequence[Decimal] | None = None,
) -> Decimal | None:
    """The first time t (months, within the ``horizon``) at which a cumulative saving
    that was >= 0 falls below 0; None when that does not happen (e.g. the catalogue's
    fishmonger: saving while the wage subsidy lasts, negative from about month 24.6).
    Rounded up like break-even, so it is never reported earlier than it happens.
    ``flows`` as for :func:`break_even`."""
    saving = -one_off
    if flows is None:
        flows = [flow(month) for month in range(1, horizon + 1)]
    for month, slope in enumerate(flows, 1):
        end = saving + slope
        if saving >= 0 > end:  # falls through 0 within this month
            return months_up(Decimal(month - 1) + saving / -slope)
        saving = end
    return None
