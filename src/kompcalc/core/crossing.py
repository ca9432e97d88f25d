"""The cumulative saving month by month within the horizon, and where it crosses 0.

A case's saving is worked out once as a list (:func:`saving_line`): the saving after
months 0, 1, …, horizon. Its break-even and the month it turns negative are then read
off that list, giving exactly what :func:`kompcalc.core.breakeven.break_even` and a
month-by-month search for the turn negative give (the same sums, in the same order, so
the same decimals; ``tests/core/month_by_month.py`` keeps that search as the tests'
reference), without going over the months once for each. Only a saving still below 0
at the horizon is handed to ``break_even``, which looks beyond it.
"""

from bisect import bisect_left
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import accumulate

from kompcalc.core import breakeven
from kompcalc.core.money import ZERO, months_up


def saving_line(one_off: Decimal, flows: Sequence[Decimal]) -> list[Decimal]:
    """The cumulative saving after months 0..len(``flows``): ``-one_off`` at month 0,
    then each month's saving (``flows[m - 1]`` in month ``m``) added."""
    return list(accumulate(flows, initial=-one_off))


def falls(flows: Sequence[Decimal]) -> bool:
    """Whether some month of ``flows`` loses (its saving is below 0)."""
    return bool(flows) and min(flows) < 0


def crossings(
    one_off: Decimal,
    saving: Sequence[Decimal],
    flows: Sequence[Decimal],
    flow: Callable[[int], Decimal],
    stable_from: int,
) -> tuple[Decimal | None, Decimal | None]:
    """:func:`break_even` and :func:`negative_from` of the line ``saving``, with
    :func:`falls` asked once for both."""
    loses = falls(flows)
    return (
        break_even(one_off, saving, flows, flow, stable_from, loses=loses),
        negative_from(saving, flows, loses=loses),
    )


def break_even(
    one_off: Decimal,
    saving: Sequence[Decimal],
    flows: Sequence[Decimal],
    flow: Callable[[int], Decimal],
    stable_from: int,
    *,
    loses: bool | None = None,
) -> Decimal | None:
    """:func:`kompcalc.core.breakeven.break_even` of the line ``saving`` (from
    :func:`saving_line` of ``one_off`` and ``flows``, whose length is the horizon): the
    time from which it stays >= 0. ``flow`` and ``stable_from`` serve only a saving
    still below 0 at the horizon; ``loses`` is :func:`falls` of ``flows``, if known."""
    horizon = len(saving) - 1
    if not (falls(flows) if loses is None else loses):  # nearly every case: search it
        last = bisect_left(saving, ZERO) - 1  # the last month after which it is below 0
    else:
        last = horizon
        while last >= 0 and saving[last] >= 0:
            last -= 1
    if last == horizon:  # below 0 at the horizon: is it broken even beyond?
        return breakeven.break_even(one_off, flow, stable_from, horizon, flows)
    if last < 0:  # never below 0
        return months_up(ZERO)
    return months_up(Decimal(last) + (-saving[last]) / flows[last])


def negative_from(
    saving: Sequence[Decimal], flows: Sequence[Decimal], *, loses: bool | None = None
) -> Decimal | None:
    """:func:`kompcalc.core.breakeven.negative_from` of the line ``saving``: the first
    time a saving that was >= 0 falls below 0 (None: it does not). ``loses`` is
    :func:`falls` of ``flows``, if known."""
    if not (falls(flows) if loses is None else loses):  # no month loses: it never falls
        return None
    for month in range(1, len(saving)):
        before = saving[month - 1]
        if before >= 0 > saving[month]:
            return months_up(Decimal(month - 1) + before / -flows[month - 1])
    return None
