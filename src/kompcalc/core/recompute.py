"""A computed case's saving at the horizon again, with one assumption changed: the
calculation a sensitivity analysis repeats many times, so it is cut to what the saving
at the horizon needs.

The saving at horizon ``H`` is the avoided benefit of months 1..H less the running
costs of months 1..H and the one-off cost (:mod:`kompcalc.core.calc`); with a discount
rate each month's amount is weighed by its discount factor and the sum is rounded to
øre once (:mod:`kompcalc.core.discount`). The avoided benefit is kept as *runs*: the
months over which the benefit at 100 % probability stays the same, so a month's
amount at another probability is that run's amount times the probability, rounded as
the calculator rounds it, and a sum over months is a sum over runs. A changed rate
gives each intervention's cost again (:func:`~kompcalc.core.calc.cost_line`), and,
when it is one the benefit rests on (weeks per month, a benefit's amount, a
staircase), the benefit again; the other changes reuse the case's own curve.

Without a discount rate the result is the calculator's to the øre. With one, the same
figure summed run by run instead of month by month: equal to 20 digits or more, so the
two round to the same øre but for a sum within 10^-20 of half an øre.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kompcalc.core.calc import Calculator, CostLine, Curve, Plan, Result, cost_line
from kompcalc.core.cases import MAX_HORIZON_MONTHS, Intervention
from kompcalc.core.discount import MONTHS_PER_YEAR, Profile
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import HUNDRED, ZERO, expected, to_ore
from kompcalc.core.ratekeys import REFUND_PREFIX, SCALAR_KEYS
from kompcalc.core.schedule import Start

PROBABILITY = "probability"
"""The chance that the benefit would have been drawn, in per cent (every case's)."""
DURATION = "benefit_limit_months"
"""How many months of the case the benefit would have lasted at most."""
HORIZON = "months"
"""The horizon: the month the saving is taken at."""
DISCOUNT = "discount"
"""The discount rate, per cent a year (flat)."""
CASE_KEYS = (PROBABILITY, DURATION, HORIZON, DISCOUNT)
"""The assumptions that are not rates of the rate table."""

BENEFIT_KEYS = ("weeks_per_month", "benefits.", "staircases.")
"""Rate keys (or their beginnings) the avoided benefit rests on."""

HOURLY_KINDS = frozenset({"personal_assistance", "education_assistance"})
"""The interventions costed at the rate table's hourly rate."""

ChangeRates = Callable[[EffectiveRates, str, Decimal], EffectiveRates]
"""``rates`` with the rate at a ``--set`` key given a value (for any day)."""

Run = tuple[int, int | None, Decimal]
"""Months ``first``..``last`` (None: on and on) in which the benefit at 100 % is ``amount``."""


@dataclass(frozen=True)
class Kept:
    """What a sensitivity analysis keeps of a computed case: what its saving rests
    on, not its texts."""

    id: str
    interventions: tuple[Intervention, ...]
    lines: tuple[CostLine, ...]
    plan: Plan
    start: Start
    limit: int | None
    probability: Decimal
    rates: EffectiveRates
    path_end: int | None
    """The end of a benefit path whose last step has months (None: the last is open)."""
    own_end: int | None
    """The last month of benefit: the case's limit or its path's end (None: open)."""

    @classmethod
    def of(cls, result: Result, rates: EffectiveRates) -> "Kept":
        case = result.case
        steps = [months for _, months in result.plan]
        path_end = None if None in steps else sum(m for m in steps if m is not None)
        return cls(
            id=case.id or "",
            interventions=case.interventions,
            lines=result.lines,
            plan=result.plan,
            start=Start(month=case.benefit_month, week=case.benefit_week),
            limit=case.benefit_limit_months,
            probability=result.probability,
            rates=rates,
            path_end=path_end,
            own_end=case.benefit_limit_months if path_end is None else path_end,
        )


def runs_of(curve: Curve) -> tuple[Run, ...]:
    """The months over which ``curve`` stays the same; the last run goes on."""
    runs: list[Run] = []
    first = 1
    amounts = curve.monthly
    for month in range(2, len(amounts) + 1):
        if amounts[month - 1] != amounts[first - 1]:
            runs.append((first, month - 1, amounts[first - 1]))
            first = month
    runs.append((first, None, amounts[first - 1]))
    return tuple(runs)


class Weights:
    """What the amounts of months ``first``..``last`` sum to per krone: the number of
    months, or with discount factors (``factors[m - 1]`` for month ``m``) their sum."""

    def __init__(self, factors: Sequence[Decimal] | None = None) -> None:
        self.discounted = factors is not None
        self._prefix: list[Decimal] = [ZERO]
        for factor in factors or ():
            self._prefix.append(self._prefix[-1] + factor)

    @classmethod
    def flat_estimate(cls, pct: Decimal, months: int) -> "Weights":
        """A flat rate's factors as powers of one month's, v, v², …: equal to the
        calculator's to 26 digits or so and far quicker, for a switching value's tries
        (a total shown is computed with the calculator's own factors)."""
        month = (1 + pct / HUNDRED) ** (Decimal(-1) / MONTHS_PER_YEAR)
        factors = [month]
        for _ in range(months - 1):
            factors.append(factors[-1] * month)
        return cls(factors)

    def span(self, first: int, last: int) -> Decimal:
        if last < first:
            return ZERO
        if not self.discounted:
            return Decimal(last - first + 1)
        return self._prefix[last] - self._prefix[first - 1]


class Recompute:
    """The saving at the horizon of kept cases, with at most one assumption changed.

    ``change_rates`` gives the rates with a rate key changed (see :data:`ChangeRates`).
    The curves of the benefit are the calculator's, one calculator per set of rates in
    force (a day of the cases, or a change of a rate the benefit rests on).
    """

    def __init__(self, months: int, discount: Profile | None, change_rates: ChangeRates) -> None:
        self.months = months
        self.discount = discount
        self._change_rates = change_rates
        self._calculators: dict[int, tuple[EffectiveRates, Calculator]] = {}
        self._runs: dict[int, tuple[Curve, tuple[Run, ...]]] = {}
        self._base = Weights(None if discount is None else discount.factors(MAX_HORIZON_MONTHS))
        self._rated: dict[Decimal, Weights] = {}
        """The weights of each discount rate tried at a value many cases share."""
        self._changed: dict[tuple[int, str, Decimal], tuple[EffectiveRates, EffectiveRates]] = {}
        self._benefits: dict[tuple[object, ...], tuple[EffectiveRates, Weights, Decimal]] = {}
        self._kinds: dict[str, frozenset[str] | None] = {}

    def _calculator(self, rates: EffectiveRates) -> Calculator:
        found = self._calculators.get(id(rates))
        if found is None:
            if len(self._calculators) > 64:  # changed rates come and go: keep a few
                self._calculators = dict(list(self._calculators.items())[-32:])
            found = (rates, Calculator(rates, self.months))  # the rates kept alive
            self._calculators[id(rates)] = found
        return found[1]

    def _runs_of(self, curve: Curve) -> tuple[Run, ...]:
        found = self._runs.get(id(curve))
        if found is None:
            if len(self._runs) > 4096:
                self._runs.clear()
            found = (curve, runs_of(curve))  # the curve kept alive with its runs
            self._runs[id(curve)] = found
        return found[1]

    def _discounted(self, pct: Decimal, probe: bool) -> Weights:
        """The weights of a flat rate of ``pct``: the calculator's own factors for a
        value many cases share, an estimate for one case's try."""
        if probe:
            return Weights.flat_estimate(pct, self.months)
        found = self._rated.get(pct)
        if found is None:
            if len(self._rated) > 64:
                self._rated.clear()
            found = Weights(Profile.flat(pct).factors(self.months))
            self._rated[pct] = found
        return found

    def _rates(self, rates: EffectiveRates, key: str, value: Decimal) -> EffectiveRates:
        """``rates`` with ``key`` at ``value``, made once for a value many cases share."""
        memo = (id(rates), key, value)
        found = self._changed.get(memo)
        if found is None:
            if len(self._changed) > 256:  # a switching value's tries are each case's own
                self._changed.clear()
            found = (rates, self._change_rates(rates, key, value))
            self._changed[memo] = found
        return found[1]

    def _benefit(
        self, case: Kept, rates: EffectiveRates, chance: Decimal, end: int | None, months: int,
        weights: Weights,
    ) -> Decimal:  # fmt: skip
        """The avoided benefit of months 1..``months`` (weighed), up to ``end``."""
        memo = (id(rates), case.plan, case.start, chance, end, months, id(weights))
        kept = self._benefits.get(memo)
        if kept is not None:
            return kept[2]
        curve = self._calculator(rates).curve(case.plan, case.start, None, HUNDRED)
        found = ZERO
        last_month = months if end is None else min(months, end)
        for first, last, amount in self._runs_of(curve):
            if first > last_month:
                break
            if amount:
                upto = last_month if last is None else min(last, last_month)
                shown = amount if chance == HUNDRED else expected(amount, chance)
                found += shown * weights.span(first, upto)
        if len(self._benefits) > 65536:
            self._benefits.clear()
        self._benefits[memo] = (rates, weights, found)  # kept alive: their ids stay theirs
        return found

    def saving(
        self, case: Kept, key: str | None = None, value: Decimal | None = None, *,
        probe: bool = False,
    ) -> Decimal:  # fmt: skip
        """``case``'s saving at the horizon (its present value with a discount rate),
        with the assumption ``key`` at ``value`` (None: as computed). A ``probe`` is
        one case's try in a search for its switching value: a discount rate is then
        estimated (see :meth:`Weights.flat_estimate`)."""
        months, weights = self.months, self._base
        rates, lines = case.rates, case.lines
        chance, end = case.probability, case.own_end
        benefit_rates = rates
        if key is None or value is None:
            pass
        elif key == HORIZON:
            months = int(value)
        elif key == DISCOUNT:
            weights = self._discounted(value, probe)
        elif key == PROBABILITY:
            chance = value
        elif key == DURATION:
            path_end = case.path_end  # a path whose steps all have months ends there
            end = int(value) if path_end is None else min(int(value), path_end)
        else:
            rates = self._rates(rates, key, value)
            if key not in self._kinds:
                self._kinds[key] = costs_changed(key)
            kinds = self._kinds[key]
            lines = tuple(
                cost_line(iv, rates) if kinds is None or iv.kind in kinds else line
                for iv, line in zip(case.interventions, case.lines, strict=True)
            )
            if key.startswith(BENEFIT_KEYS):
                benefit_rates = rates
        found = self._benefit(case, benefit_rates, chance, end, months, weights)
        for line in lines:
            found -= line.one_off.net
            if line.monthly.net:
                upto = months if line.months is None else min(line.months, months)
                found -= line.monthly.net * weights.span(1, upto)
        return to_ore(found) if weights.discounted else found


def costs_changed(key: str) -> frozenset[str] | None:
    """The kinds of intervention whose cost a change of rate ``key`` changes (None:
    any kind, for a key kompcalc does not know the use of)."""
    if key == "pa_hourly_rate":
        return HOURLY_KINDS
    if key == "weeks_per_month":
        return HOURLY_KINDS | {"mentor"}
    if key.startswith(REFUND_PREFIX):
        return frozenset({key.removeprefix(REFUND_PREFIX)})
    if key in SCALAR_KEYS or key.startswith(("benefits.", "staircases.")):
        return frozenset()  # the limits on hours; the benefits
    return None
