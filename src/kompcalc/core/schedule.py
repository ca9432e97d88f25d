"""The benefit a case avoids, month by month, from where the citizen is in it.

Months of the case count from 1 (the month the scheme starts). A citizen can already
be into the benefit period, given as a benefit month or a benefit week (both count
from 1). A month is ``weeks_per_month`` weeks long (4.33 in the catalogue), so a
week-based staircase is applied exactly: the case's month ``m`` covers the benefit
weeks from ``w0 + (m - 1) x k`` to ``w0 + m x k`` (``w0`` = weeks already drawn,
``k`` = weeks per month), and each part of it is costed at its own step.
"""

from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import NamedTuple

from kompcalc.core.effective import EffectiveBenefit, StaircaseSchedule, TierSchedule
from kompcalc.core.money import HUNDRED, ZERO, to_ore


class Start(NamedTuple):
    """Where the citizen is in the benefit period when the scheme starts."""

    month: int | None = None
    week: int | None = None


class Avoided(NamedTuple):
    """The avoided benefit by case month, and the month from which it no longer changes.

    ``monthly`` is the municipality's net amount; ``gross`` the whole benefit, known
    only for a benefit given as a gross amount and a staircase (None for net tiers).
    """

    monthly: Callable[[int], Decimal]
    stable_from: int
    gross: Callable[[int], Decimal] | None = None


def _whole(value: Decimal, rounding: str) -> int:
    return int(value.to_integral_value(rounding=rounding))


def avoided(benefit: EffectiveBenefit, start: Start, weeks_per_month: Decimal) -> Avoided:
    """The benefit avoided in each month of the case."""
    schedule = benefit.schedule
    if isinstance(schedule, TierSchedule):
        return _tiers(schedule, start, weeks_per_month)
    return _staircase(schedule, start, weeks_per_month)


def _tiers(schedule: TierSchedule, start: Start, k: Decimal) -> Avoided:
    first = 1
    if start.month is not None:
        first = start.month
    elif start.week is not None:  # the benefit month that week falls in
        first = _whole(Decimal(start.week - 1) / k, ROUND_FLOOR) + 1

    def monthly(month: int) -> Decimal:
        benefit_month = first + month - 1
        for tier in schedule.tiers:
            if tier.covers(benefit_month):
                return tier.monthly
        return ZERO

    return Avoided(monthly, max(schedule.last_change - first + 1, 1))


def municipal_pct(schedule: StaircaseSchedule, refund_or_share: Decimal) -> Decimal:
    """The municipality's share in per cent for one step of the staircase."""
    return refund_or_share if schedule.kind == "cofinance" else HUNDRED - refund_or_share


def _staircase(schedule: StaircaseSchedule, start: Start, k: Decimal) -> Avoided:
    drawn = ZERO  # weeks of benefit already drawn when the scheme starts
    if start.week is not None:
        drawn = Decimal(start.week - 1)
    elif start.month is not None:
        drawn = Decimal(start.month - 1) * k
    steps = [
        (Decimal(b.from_week - 1), None if b.to_week is None else Decimal(b.to_week), b.pct)
        for b in schedule.steps
    ]
    gross: Decimal = schedule.gross.value

    def weighted(month: int, share: Callable[[Decimal], Decimal]) -> Decimal:
        """The month's amount, each week at ``share`` (per cent) of the gross."""
        begin, end = drawn + (month - 1) * k, drawn + month * k
        weeks = ZERO  # sum of weeks x the per cent
        for low, high, pct in steps:
            overlap = min(end, high if high is not None else end) - max(begin, low)
            if overlap > 0:
                weeks += overlap * share(pct)
        if schedule.per_week:
            return to_ore(gross * weeks / HUNDRED)
        return to_ore(gross * weeks / (HUNDRED * k))

    def monthly(month: int) -> Decimal:
        return weighted(month, lambda pct: municipal_pct(schedule, pct))

    def whole(month: int) -> Decimal:
        return weighted(month, lambda pct: HUNDRED)

    low, high, _ = steps[-1]  # the last change: where the last step starts (or ends)
    stable = _whole(((high if high is not None else low) - drawn) / k, ROUND_CEILING) + 1
    return Avoided(monthly, max(stable, 1), whole)
