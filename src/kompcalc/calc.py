"""The calculation: pure functions from a case and a rate table to a result.

No I/O, no printing. Money rounding happens only through :mod:`kompcalc.money`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from kompcalc.cases import Aids, Case, Intervention, PersonalAssistance, RecurringCost
from kompcalc.effective import EffectiveRates
from kompcalc.money import ZERO, months_up, municipal_share, to_ore
from kompcalc.schedule import Start, avoided

SAVINGS_STEP_MONTHS = 12
"""Cumulative savings are reported every this many months (and at the horizon)."""


@dataclass(frozen=True)
class Split:
    """A cost as gross, state refund and the municipality's net (gross = refund + net)."""

    gross: Decimal
    refund: Decimal
    net: Decimal

    def __add__(self, other: "Split") -> "Split":
        return Split(self.gross + other.gross, self.refund + other.refund, self.net + other.net)


NO_COST = Split(ZERO, ZERO, ZERO)


@dataclass(frozen=True)
class CostLine:
    """One intervention's economy: its costs and the rates they rest on."""

    intervention: Intervention
    one_off: Split
    monthly: Split
    refund_pct: Decimal
    hourly_rate: Decimal | None = None
    weeks_per_month: Decimal | None = None


@dataclass(frozen=True)
class Warning:
    """Something legal but unusual that the user should see (text key and values)."""

    key: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MonthRow:
    """One month of the timeline; the one-off cost falls in month 1."""

    month: int
    cost: Decimal
    avoided_benefit: Decimal
    cumulative_saving: Decimal


@dataclass(frozen=True)
class Result:
    """Everything kompcalc reports for one case."""

    case: Case
    benefit_key: str
    lines: tuple[CostLine, ...]
    one_off: Split
    monthly: Split
    timeline: tuple[MonthRow, ...]
    break_even_months: Decimal | None
    savings: tuple[tuple[int, Decimal], ...]
    warnings: tuple[Warning, ...]


def cost_line(intervention: Intervention, rates: EffectiveRates) -> CostLine:
    """The gross, refund and net cost of one intervention under ``rates``."""
    if isinstance(intervention, PersonalAssistance):
        rate: Decimal = rates.pa_hourly_rate.value
        weeks: Decimal = rates.weeks_per_month.value
        pct: Decimal = rates.refund_pa.value
        gross = to_ore(intervention.hours_per_week * rate * weeks)
        refund, net = municipal_share(gross, pct)
        return CostLine(intervention, NO_COST, Split(gross, refund, net), pct, rate, weeks)
    if isinstance(intervention, Aids):
        pct = rates.refund_aids.value
        gross = intervention.total
        refund, net = municipal_share(gross, pct)
        return CostLine(intervention, Split(gross, refund, net), NO_COST, pct)
    if isinstance(intervention, RecurringCost):
        monthly = Split(intervention.monthly, ZERO, intervention.monthly)
        return CostLine(intervention, NO_COST, monthly, ZERO)
    raise TypeError(f"unknown intervention {intervention!r}")  # pragma: no cover


def warnings_for(case: Case, rates: EffectiveRates) -> tuple[Warning, ...]:
    """Legal but unusual inputs, e.g. PA hours above the normal weekly limit."""
    limit = rates.pa_normal_max_hours_per_week.value
    found = []
    for iv in case.interventions:
        if isinstance(iv, PersonalAssistance) and iv.hours_per_week > limit:
            values = (("hours", str(iv.hours_per_week)), ("limit", str(limit)))
            found.append(Warning("warn_pa_hours_above_normal", values))
    return tuple(found)


def break_even(
    one_off: Decimal, flow: Callable[[int], Decimal], stable_from: int
) -> Decimal | None:
    """The first time t >= 0 (months) at which the cumulative saving reaches 0.

    The one-off cost falls at t = 0; within month m the saving ``flow(m)`` accrues
    linearly. From month ``stable_from`` on the flow no longer changes, so the answer
    is exact even beyond any horizon. The saving must not be falling at the moment it
    reaches 0 (a saving that only touches 0 on its way down has not broken even).
    Returns None when it never comes.
    """
    saving = -one_off
    month = 1
    while True:
        slope = flow(month)
        if saving >= 0 and slope >= 0:
            return Decimal(month - 1)
        if saving < 0 < slope and (month >= stable_from or saving + slope >= 0):
            return months_up(Decimal(month - 1) + (-saving) / slope)
        if month >= stable_from:
            return None
        saving += slope
        month += 1


def checkpoints(months: int) -> tuple[int, ...]:
    """The months at which cumulative savings are reported."""
    marks = list(range(SAVINGS_STEP_MONTHS, months + 1, SAVINGS_STEP_MONTHS))
    if not marks or marks[-1] != months:
        marks.append(months)
    return tuple(marks)


def calculate(case: Case, rates: EffectiveRates, benefit_key: str, months: int) -> Result:
    """Compute the result of ``case`` over ``months`` months.

    ``benefit_key`` is the key of the case's benefit among the rates in force (see
    :meth:`RateTable.find_benefit`).
    """
    benefit = rates.benefits[benefit_key]
    lines = tuple(cost_line(iv, rates) for iv in case.interventions)
    one_off = sum((line.one_off for line in lines), NO_COST)
    monthly = sum((line.monthly for line in lines), NO_COST)
    start = Start(month=case.benefit_month, week=case.benefit_week)
    benefit_flow = avoided(benefit, start, rates.weeks_per_month.value)

    def flow(month: int) -> Decimal:
        return benefit_flow.monthly(month) - monthly.net

    rows = []
    saving = -one_off.net
    for month in range(1, months + 1):
        saving += flow(month)
        cost = monthly.net + (one_off.net if month == 1 else ZERO)
        rows.append(MonthRow(month, cost, benefit_flow.monthly(month), saving))
    savings = tuple((m, rows[m - 1].cumulative_saving) for m in checkpoints(months))
    return Result(
        case=case,
        benefit_key=benefit_key,
        lines=lines,
        one_off=one_off,
        monthly=monthly,
        timeline=tuple(rows),
        break_even_months=break_even(one_off.net, flow, benefit_flow.stable_from),
        savings=savings,
        warnings=warnings_for(case, rates),
    )
