"""The sensitivity analysis of a batch (``--sensitivity``): the trials for the cases
that were computed, the default ones and those ``--vary`` adds or replaces, over the
cases the run kept (:class:`~kompcalc.batch.summary.Accumulator`), once the file has
been read. The file is not read again: only the calculation repeats.
"""

import dataclasses
from collections.abc import Sequence
from decimal import Decimal

from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.ratekeys import value_at
from kompcalc.core.recompute import Kept, Recompute
from kompcalc.core.sensitivity import Sensitivity, Trial, analyse
from kompcalc.core.trials import default_trials, trial
from kompcalc.loading.ratefile import LoadedTable
from kompcalc.loading.vary import RateChanges, Vary


def discount_today(profile: Profile | None, months: int) -> Decimal | None:
    """The run's discount rate as one per cent a year over the horizon (0 without one;
    None when the horizon reaches a second band)."""
    if profile is None:
        return Decimal(0)
    bands = profile.bands
    if len(bands) == 1 or months <= bands[1].from_year * 12:
        return bands[0].pct
    return None


def trials_for(
    varies: Sequence[Vary],
    rates: EffectiveRates,
    cases: Sequence[Kept],
    months: int,
    probability: Decimal,
    discount: Profile | None,
) -> list[Trial]:
    """The default trials for ``cases`` (the refunds they use), each ``--vary``
    replacing the one of its key (its range widened to the values tried) or added."""
    schemes = {iv.kind for case in cases for iv in case.interventions}
    today = discount_today(discount, months)
    found = {t.key: t for t in default_trials(rates, schemes, months, probability, today)}
    for vary in varies:
        known = found.get(vary.key)
        if known is None:
            today = value_at(rates, vary.key)
            today = vary.today if today is None else today
            found[vary.key] = trial(vary.key, vary.low, vary.high, today, months, vary.least)
            continue
        found[vary.key] = dataclasses.replace(
            known,
            low=vary.low,
            high=vary.high,
            lowest=min(known.lowest, vary.low),
            highest=max(known.highest, vary.high),
        )
    return list(found.values())


def sensitivity(
    cases: Sequence[Kept],
    varies: Sequence[Vary],
    *,
    loaded: LoadedTable,
    rates: EffectiveRates,
    months: int,
    probability: Decimal,
    discount: Profile | None,
) -> Sensitivity:
    """The analysis of ``cases`` computed with ``loaded``'s rates (``rates`` those of
    the run's day) over ``months`` months."""
    trials = trials_for(varies, rates, cases, months, probability, discount)
    recompute = Recompute(months, discount, RateChanges(loaded))
    return analyse(cases, trials, recompute)
