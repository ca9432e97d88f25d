"""When a case pays back: the exact time on the broken line of the cumulative saving
(a one-off cost at t = 0, then each month's saving accruing linearly), rounded up so
that it is never reported earlier than it happens. :mod:`kompcalc.core.crossing`
reads both it and the turn negative off a case's saving line, and hands this
function only a saving still below 0 at the horizon, which may break even beyond it.
"""

from collections.abc import Callable, Sequence
from decimal import Decimal

from kompcalc.core.money import ZERO, months_up


def break_even(
    one_off: Decimal,
    flow: Callable[[int], Decimal],
    stable_from: int,
    horizon: int,
    flows: Sequence[Decimal] | None = None,
) -> Decimal | None:
    """The first time t >= 0 (months) from which the cumulative saving stays >= 0 up
    to the ``horizon``; None when there is none.

    The one-off cost falls at t = 0; within month m the saving ``flow(m)`` accrues
    linearly, so the saving is a broken line and every crossing of 0 is exact. A
    saving still below 0 at the horizon breaks even beyond it if it rises for good
    from there (every later month's flow >= 0, and > 0 once it stops changing at
    month ``stable_from``); the answer is then exact beyond the horizon. A case that
    saves at first and loses later has no break-even within a horizon that sees the
    loss (see :func:`kompcalc.core.crossing.negative_from`).

    ``flows``, when given, is ``flow`` of months 1..``horizon`` worked out beforehand.
    """
    saving = -one_off
    since: Decimal | None = ZERO if saving >= 0 else None  # when it last became >= 0
    if flows is None:
        flows = [flow(month) for month in range(1, horizon + 1)]
    for month, slope in enumerate(flows, 1):
        end = saving + slope
        if end < 0:  # below 0 somewhere in this month: not broken even yet
            since = None
        elif saving < 0:  # rises through 0 within this month
            since = Decimal(month - 1) + (-saving) / slope
        saving = end
    if since is not None:
        return months_up(since)
    month = horizon + 1
    while True:  # still below 0 at the horizon: does it rise for good?
        slope = flow(month)
        if slope < 0 or (month >= stable_from and slope == 0):
            return None
        if saving + slope >= 0:
            return months_up(Decimal(month - 1) + (-saving) / slope)
        saving += slope
        month += 1
