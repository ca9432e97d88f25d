"""Sensitivity analysis and switching values (the UK Green Book's terms) of a list of
computed cases: how the total saving at the horizon moves when one assumption is
tried at a low and a high value, and the value of each assumption at which a case's
saving, and the whole list's, becomes 0.

Each assumption is a :class:`Trial`: the values it is tried at (``low``, ``high``, the
tornado chart's bars) and the range its switching value is looked for in (``lowest``
to ``highest``, wider: a case that pays back at any hourly rate below 300 kr. is found
to, not just "within ±10 %"). A switching value is given to the trial's ``step``, on
the side where the saving is still >= 0: the last hourly rate at which the case still
pays, the fewest months of benefit with which it pays.

A case is *fragile* on an assumption when its switching value lies between today's
value and the farthest value tried (within the span of today's value, ``low`` and
``high``): a value the analysis itself treats as plausible turns its saving.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from kompcalc.core.money import ZERO
from kompcalc.core.ratekeys import value_at
from kompcalc.core.recompute import DURATION, PROBABILITY, Kept, Recompute
from kompcalc.core.switching import switching_value


@dataclass(frozen=True)
class Trial:
    """One assumption: the values it is tried at and where its switching value is
    looked for. ``today`` is the run's value (None where each case has its own, or
    where it is not one number)."""

    key: str
    low: Decimal
    high: Decimal
    lowest: Decimal
    highest: Decimal
    step: Decimal
    today: Decimal | None = None
    whole: bool = False


@dataclass(frozen=True)
class Switch:
    """A switching value (None: none in range), whether the saving depends on the
    assumption at all, the value it is measured against, and whether it is fragile."""

    value: Decimal | None
    affected: bool
    today: Decimal | None
    fragile: bool


@dataclass(frozen=True)
class Tried:
    """One trial over the whole list: the total at the low and the high value, the
    list's switching value and how many cases are fragile on it."""

    trial: Trial
    total_low: Decimal
    total_high: Decimal
    switch: Switch
    fragile_cases: int

    @property
    def swing(self) -> Decimal:
        return abs(self.total_high - self.total_low)


@dataclass(frozen=True)
class CaseSwitches:
    """One case's saving at the horizon and its switching value on each trial (in
    the order of :attr:`Sensitivity.trials`)."""

    id: str
    saving: Decimal
    switches: tuple[Switch, ...]

    @property
    def fragile(self) -> bool:
        return any(s.fragile for s in self.switches)


@dataclass(frozen=True)
class Sensitivity:
    """The analysis: the total at the horizon as computed, each trial sorted by its
    swing (largest first), and each case's switching values in that order."""

    months: int
    discounted: bool
    total: Decimal
    trials: tuple[Tried, ...]
    cases: tuple[CaseSwitches, ...]


def case_today(trial: Trial, case: Kept, months: int) -> Decimal | None:
    """Today's value of ``trial``'s assumption for ``case``: its own where it has one
    (its probability, the end of its benefit, the rates of its day)."""
    key = trial.key
    if key == PROBABILITY:
        return case.probability
    if key == DURATION:
        end = case.own_end
        return Decimal(months if end is None else min(end, months))
    found = value_at(case.rates, key)
    return trial.today if found is None else found


def _fragile(value: Decimal | None, today: Decimal | None, trial: Trial) -> bool:
    if value is None or today is None:
        return False
    return min(today, trial.low, trial.high) <= value <= max(today, trial.low, trial.high)


def _shown(value: Decimal | None, trial: Trial, pays_low: bool) -> Decimal | None:
    """``value`` to the trial's step, on the side where the saving is >= 0."""
    if value is None or trial.whole:
        return value
    rounding = ROUND_FLOOR if pays_low else ROUND_CEILING
    return (value / trial.step).to_integral_value(rounding=rounding) * trial.step


def switch(
    saving: Callable[[Decimal], Decimal],
    trial: Trial,
    today: Decimal | None,
    base: Decimal,
    known: dict[Decimal, Decimal],
) -> Switch:
    """The switching value of ``saving`` (``base`` as computed) on ``trial``;
    ``known`` holds its value at ``lowest``, ``highest``, ``low`` and ``high``."""

    def at(value: Decimal) -> Decimal:
        found = known.get(value)
        return saving(value) if found is None else found

    if all(known[value] == base for value in _tried_values(trial)):
        return Switch(None, False, today, False)  # the saving does not depend on it
    found = switching_value(at, trial.lowest, trial.highest, trial.step, whole=trial.whole)
    value = _shown(found, trial, pays_low=known[trial.lowest] > 0)
    return Switch(value, True, today, _fragile(value, today, trial))


def _tried_values(trial: Trial) -> tuple[Decimal, ...]:
    return (trial.lowest, trial.highest, trial.low, trial.high)


def _try(
    trial: Trial, cases: Sequence[Kept], bases: Sequence[Decimal], recompute: Recompute
) -> tuple[Tried, list[Switch]]:
    """One trial over ``cases`` (``bases``: their savings as computed)."""
    key, months, values = trial.key, recompute.months, _tried_values(trial)
    sums = dict.fromkeys(values, ZERO)
    switches = []
    for case, base in zip(cases, bases, strict=True):

        def saving(value: Decimal, case: Kept = case) -> Decimal:
            return recompute.saving(case, key, value, probe=True)

        known = {value: recompute.saving(case, key, value) for value in values}
        for value, amount in known.items():
            sums[value] += amount
        switches.append(switch(saving, trial, case_today(trial, case, months), base, known))

    def total(value: Decimal) -> Decimal:
        return sum((recompute.saving(c, key, value) for c in cases), ZERO)

    whole_list = switch(total, trial, trial.today, sum(bases, ZERO), sums)
    fragile = sum(found.fragile for found in switches)
    return Tried(trial, sums[trial.low], sums[trial.high], whole_list, fragile), switches


def analyse(cases: Sequence[Kept], trials: Sequence[Trial], recompute: Recompute) -> Sensitivity:
    """Every trial over ``cases``: totals, the list's and each case's switching values."""
    bases = [recompute.saving(case) for case in cases]
    tried = [_try(trial, cases, bases, recompute) for trial in trials]
    order = sorted(range(len(tried)), key=lambda i: -tried[i][0].swing)
    return Sensitivity(
        months=recompute.months,
        discounted=recompute.discount is not None,
        total=sum(bases, ZERO),
        trials=tuple(tried[i][0] for i in order),
        cases=tuple(
            CaseSwitches(case.id, bases[c], tuple(tried[i][1][c] for i in order))
            for c, case in enumerate(cases)
        ),
    )
