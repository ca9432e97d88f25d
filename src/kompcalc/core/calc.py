"""The calculation: pure functions from a case and a rate table to a result.

No I/O, no printing. Money rounding happens only through :mod:`kompcalc.core.money`.

A case's economy is a one-off cost at month 0 and a net monthly cost that may stop
after a number of months (a mentor for 6 months). The avoided benefit comes from the
rate table by month of the case (:mod:`kompcalc.core.schedule`), possibly cut off by the
case's ``benefit_limit_months``. The cumulative saving after month ``m`` is the
avoided benefit of months 1..m less the costs of months 1..m and the one-off cost.
"""

from decimal import Decimal
from operator import sub

from kompcalc.core import crossing
from kompcalc.core.breakeven import break_even
from kompcalc.core.cases import MAX_HORIZON_MONTHS, Case
from kompcalc.core.costs import NO_COST, CostLine, Costs, Split, cost_line
from kompcalc.core.curve import Curve, make_curve
from kompcalc.core.discount import Profile, discounted_flow, present_values
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.limits import CaseProblem, limit_problems, warnings_for
from kompcalc.core.money import HUNDRED, ZERO, expected
from kompcalc.core.result import MonthRow, Plan, Result
from kompcalc.core.schedule import Start, avoided
from kompcalc.errors import msg

__all__ = [
    "DEFAULT_MONTHS",
    "NO_COST",
    "Calculator",
    "CaseProblem",
    "CostLine",
    "Costs",
    "Curve",
    "MonthRow",
    "Plan",
    "Result",
    "Split",
    "calculate",
    "checkpoints",
    "cost_line",
    "limit_problems",
    "warnings_for",
]

DEFAULT_MONTHS = 36
"""The horizon when none is asked for: the catalogue's three years."""

SAVINGS_STEP_MONTHS = 12
"""Cumulative savings are reported every this many months (and at the horizon)."""


def checkpoints(months: int) -> tuple[int, ...]:
    """The months at which cumulative savings are reported."""
    marks = list(range(SAVINGS_STEP_MONTHS, months + 1, SAVINGS_STEP_MONTHS))
    if not marks or marks[-1] != months:
        marks.append(months)
    return tuple(marks)


class Calculator:
    """Computes cases under one set of rates and one horizon.

    The avoided-benefit curve of each (benefit, start, limit) is computed once and
    shared by every case that has it, which makes a batch of many cases fast.
    """

    def __init__(self, rates: EffectiveRates, months: int, discount: Profile | None = None) -> None:
        """``discount``: also give each result its present value and discounted
        break-even (:mod:`kompcalc.core.discount`)."""
        self.rates = rates
        self.months = months
        self.checkpoints = checkpoints(months)
        self.discount = discount
        self.factors = None if discount is None else discount.factors(MAX_HORIZON_MONTHS)
        self._curves: dict[tuple[Plan, Start, int | None, Decimal], Curve] = {}

    def curve(self, plan: Plan, start: Start, limit: int | None, probability: Decimal) -> Curve:
        """The avoided benefit of the benefits of ``plan`` one after the other, from
        ``start``, for ``limit`` months, times ``probability`` per cent.

        Every step is costed at the case's position in the benefit period: a later
        step continues the count of weeks or months instead of starting again (the
        2016 refund depends on the citizen's whole time on public benefit).
        """
        key = (plan, start, limit, probability)
        found = self._curves.get(key)
        if found is not None:
            return found
        weeks = self.rates.weeks_per_month.value
        flows = [avoided(self.rates.benefits[b], start, weeks) for b, _ in plan]
        ends: list[int | None] = []  # the last case month of each step
        last = 0
        for _, months in plan:
            last = last + months if months is not None else last
            ends.append(last if months is not None else None)
        end = ends[-1] if ends[-1] is not None else limit
        last_start = (ends[-2] or 0) + 1 if len(ends) > 1 else 1
        stable = max(flows[-1].stable_from, last_start) if end is None else end + 1

        def amount(month: int, whole: bool = False) -> Decimal:
            if end is not None and month > end:
                return ZERO
            step = next(i for i, e in enumerate(ends) if e is None or month <= e)
            of = flows[step].gross if whole else flows[step].monthly
            assert of is not None
            value = of(month)
            return value if probability == HUNDRED else expected(value, probability)

        span = range(1, max(self.months, stable) + 1)
        gross = None
        if all(flow.gross is not None for flow in flows):
            gross = make_curve(tuple(amount(m, whole=True) for m in span), stable)
        curve = make_curve(tuple(amount(m) for m in span), stable, gross)
        self._curves[key] = curve
        return curve

    def result(self, case: Case, plan: str | Plan, probability: Decimal = HUNDRED) -> Result:
        """Compute ``case``. ``plan`` is its benefit's key among the rates (or its path
        as (key, months) steps); ``probability`` is the run's, unless the case has its own."""
        if isinstance(plan, str):
            plan = ((plan, None),)
        chance = case.probability if case.probability is not None else probability
        lines = tuple(cost_line(iv, self.rates) for iv in case.interventions)
        if len(lines) == 1:
            one_off, monthly = lines[0].one_off, lines[0].monthly
        else:
            one_off = sum((line.one_off for line in lines), NO_COST)
            monthly = sum((line.monthly for line in lines), NO_COST)
        start = Start(month=case.benefit_month, week=case.benefit_week)
        curve = self.curve(plan, start, case.benefit_limit_months, chance)
        costs = Costs.of(lines)

        def flow(month: int) -> Decimal:
            return curve.at(month) - costs.at(month)

        # each month's saving within the horizon, and the saving after each month, once
        # for the break-even, the turn negative, the savings and the timeline alike
        # (the curve reaches at least the horizon)
        running = costs.by_month(self.months)
        flows = list(map(sub, curve.monthly[: self.months], running))
        base = one_off.net
        line = crossing.saving_line(base, flows)

        stable = max(curve.stable_from, costs.stable_from)
        paid_back, negative = crossing.crossings(base, line, flows, flow, stable)
        warnings = warnings_for(case, self.rates)
        if chance == HUNDRED and not any(ln.one_off.gross or ln.monthly.gross for ln in lines):
            warnings += (msg("warn_certain_counterfactual"),)
        present_value = discounted_break_even = None
        if self.factors is not None:
            present_value = present_values(base, flow, self.factors, self.checkpoints)
            later = discounted_flow(flow, self.factors)
            discounted_break_even = break_even(base, later, len(self.factors) + 1, self.months)
        return Result(
            case=case,
            benefit_key=plan[0][0],
            plan=plan,
            probability=chance,
            months=self.months,
            lines=lines,
            one_off=one_off,
            monthly=monthly,
            curve=curve,
            costs=costs,
            break_even_months=paid_back,
            negative_from_months=negative,
            savings=tuple((m, line[m]) for m in self.checkpoints),
            warnings=warnings,
            running=tuple(running),
            saving_line=tuple(line),
            present_value=present_value,
            discounted_break_even=discounted_break_even,
            discount=self.discount,
        )


def calculate(
    case: Case,
    rates: EffectiveRates,
    benefit_key: str | Plan,
    months: int,
    discount: Profile | None = None,
) -> Result:
    """Compute the result of ``case`` over ``months`` months.

    ``benefit_key`` is the key of the case's benefit among the rates in force (see
    :meth:`RateTable.find_benefit`).
    """
    return Calculator(rates, months, discount).result(case, benefit_key)
