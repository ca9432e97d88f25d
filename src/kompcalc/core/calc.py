"""The calculation: pure functions from a case and a rate table to a result.

No I/O, no printing. Money rounding happens only through :mod:`kompcalc.core.money`.

A case's economy is a one-off cost at month 0 and a net monthly cost that may stop
after a number of months (a mentor for 6 months). The avoided benefit comes from the
rate table by month of the case (:mod:`kompcalc.core.schedule`), possibly cut off by the
case's ``benefit_limit_months``. The cumulative saving after month ``m`` is the
avoided benefit of months 1..m less the costs of months 1..m and the one-off cost.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import repeat
from operator import add, sub
from typing import Any, NamedTuple

from kompcalc.core import crossing
from kompcalc.core.breakeven import break_even
from kompcalc.core.cases import MAX_HORIZON_MONTHS, Case
from kompcalc.core.costs import NO_COST, CostLine, Costs, Split, cost_line
from kompcalc.core.curve import Curve, make_curve
from kompcalc.core.discount import Profile, discounted_flow, present_values
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.limits import CaseProblem, limit_problems, warnings_for
from kompcalc.core.money import HUNDRED, ZERO, expected
from kompcalc.core.schedule import Start, avoided
from kompcalc.errors import Message, msg

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


class MonthRow(NamedTuple):
    """One month of the timeline; the one-off cost falls in month 1. (A tuple: a
    timeline has a row for every month, and a tuple is built several times faster than
    a frozen dataclass.)"""

    month: int
    cost: Decimal
    avoided_benefit: Decimal
    cumulative_saving: Decimal


Plan = tuple[tuple[str, int | None], ...]
"""A case's benefits as the rate table's keys, each for a number of months (the last
may be open): one step for a benefit given by name."""


@dataclass(frozen=True, init=False)
class Result:
    """Everything kompcalc reports for one case over ``months`` months."""

    case: Case
    benefit_key: str
    """The key of the (first) benefit avoided."""
    plan: Plan
    probability: Decimal
    """The chance, in per cent, that the benefit would have been drawn."""
    months: int
    lines: tuple[CostLine, ...]
    one_off: Split
    monthly: Split
    curve: Curve
    costs: Costs
    break_even_months: Decimal | None
    """From when the saving stays >= 0 up to the horizon (None: never)."""
    negative_from_months: Decimal | None
    """When a saving that was >= 0 turns negative within the horizon (None: never)."""
    savings: tuple[tuple[int, Decimal], ...]
    warnings: tuple[Message, ...]
    """Legal but unusual inputs the user should see."""
    running: tuple[Decimal, ...] = field(compare=False, repr=False)
    """The running cost of each month 1..``months`` (:meth:`Costs.by_month`)."""
    saving_line: tuple[Decimal, ...] = field(compare=False, repr=False)
    """The cumulative saving after each month 0..``months``
    (:func:`~kompcalc.core.crossing.saving_line`)."""
    present_value: tuple[tuple[int, Decimal], ...] | None = None
    """The saving at each reported month in today's money (with a discount rate)."""
    discounted_break_even: Decimal | None = None
    """The break-even of the discounted saving (with a discount rate; None: never)."""
    discount: Profile | None = field(default=None, compare=False)
    """The discount rate the present value rests on (None: no discounting)."""
    views: dict[Any, Any] = field(default_factory=dict, init=False, compare=False, repr=False)
    """Each perspective's view of the result once asked for, kept for the next to ask
    (:func:`kompcalc.core.perspectives.view`: the table's row, the totals, the JSON)."""

    def __init__(  # the fields, in order (tests/test_quick_init.py)
        self,
        case: Case,
        benefit_key: str,
        plan: Plan,
        probability: Decimal,
        months: int,
        lines: tuple[CostLine, ...],
        one_off: Split,
        monthly: Split,
        curve: Curve,
        costs: Costs,
        break_even_months: Decimal | None,
        negative_from_months: Decimal | None,
        savings: tuple[tuple[int, Decimal], ...],
        warnings: tuple[Message, ...],
        running: tuple[Decimal, ...],
        saving_line: tuple[Decimal, ...],
        present_value: tuple[tuple[int, Decimal], ...] | None = None,
        discounted_break_even: Decimal | None = None,
        discount: Profile | None = None,
    ) -> None:
        # every field at once: the frozen dataclass's own __init__ sets them one at a
        # time through object.__setattr__, three times as slow, and a batch makes a
        # result for every case
        object.__setattr__(
            self,
            "__dict__",
            {
                "case": case,
                "benefit_key": benefit_key,
                "plan": plan,
                "probability": probability,
                "months": months,
                "lines": lines,
                "one_off": one_off,
                "monthly": monthly,
                "curve": curve,
                "costs": costs,
                "break_even_months": break_even_months,
                "negative_from_months": negative_from_months,
                "savings": savings,
                "warnings": warnings,
                "running": running,
                "saving_line": saving_line,
                "present_value": present_value,
                "discounted_break_even": discounted_break_even,
                "discount": discount,
                "views": {},
            },
        )

    def cost(self, month: int) -> Decimal:
        """The municipality's net running cost in ``month`` (without the one-off)."""
        return self.costs.at(month)

    def saving_after(self, month: int) -> Decimal:
        """The cumulative saving after ``month`` months."""
        return self.curve.total_at(month) - self.costs.total(month) - self.one_off.net

    @property
    def avoided_first(self) -> Decimal:
        """The benefit avoided in the first month."""
        return self.curve.at(1)

    @property
    def saving_first(self) -> Decimal:
        """The saving in the first month, before the one-off cost."""
        return self.curve.at(1) - self.monthly.net

    @property
    def timeline_columns(self) -> tuple[list[Decimal], Sequence[Decimal], Sequence[Decimal]]:
        """The timeline column by column (what a row of :attr:`timeline` holds): each
        month's cost, the one-off in month 1; its avoided benefit; the saving after it."""
        running = self.running
        shown = [running[0] + self.one_off.net, *map(add, running[1:], repeat(ZERO))]
        return shown, self.curve.monthly[: self.months], self.saving_line[1:]

    @cached_property
    def timeline(self) -> tuple[MonthRow, ...]:
        """Every month of the horizon."""
        costs, amounts, saving = self.timeline_columns
        return tuple(map(MonthRow, range(1, self.months + 1), costs, amounts, saving))


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
