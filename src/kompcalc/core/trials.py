"""The assumptions a sensitivity analysis tries (issue 15), and the range each one's
switching value is looked for in.

By default:

* the PA hourly rate, ±10 % to the øre (its switching value between 0 and ten times
  today's);
* each refund the cases use, ±10 points within 0–100 % (looked for in 0–100 %);
* the probability that the benefit would have been drawn, 50 % and 100 % (0–100 %);
* the benefit's duration, 6 and 12 months against each case's own (0 months up to the
  horizon; whole months);
* the horizon, 12 and 60 months (1 month to 50 years; whole months);
* the discount rate, 0 % and 5 % a year (0–100 %).

``--vary KEY=LOW:HIGH`` tries another assumption, or the same at other values: any
rate ``--set`` takes, or one of the four above that are not rates. A per cent is looked
for in 0–100; any other rate from 0 (or the least the table allows) to ten times the
larger of today's value and ``HIGH``.
"""

from collections.abc import Collection
from decimal import Decimal

from kompcalc.core.cases import MAX_HORIZON_MONTHS
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import HUNDRED, ORE, ZERO, to_ore
from kompcalc.core.ratekeys import REFUND_PREFIX
from kompcalc.core.recompute import DISCOUNT, DURATION, HORIZON, PROBABILITY
from kompcalc.core.sensitivity import Trial

TEN = Decimal(10)
ONE = Decimal(1)

PCT_KEYS = (PROBABILITY, DISCOUNT)
"""The assumptions given in per cent, besides the refunds."""

MONTH_KEYS = (DURATION, HORIZON)
"""The assumptions given in whole months."""


def is_pct(key: str) -> bool:
    """Whether ``key`` is a per cent (0–100)."""
    return key in PCT_KEYS or key.startswith(REFUND_PREFIX) or key.endswith(".pct")


def trial(
    key: str, low: Decimal, high: Decimal, today: Decimal | None, months: int, least: Decimal
) -> Trial:
    """``key`` tried at ``low`` and ``high``; ``today`` is the run's value (None when
    each case has its own or it is not known), ``least`` the least value the rate
    table allows (0, or a step above it)."""
    if key == DURATION:
        return Trial(key, low, high, ZERO, Decimal(months), ONE, today, whole=True)
    if key == HORIZON:
        return Trial(key, low, high, ONE, Decimal(MAX_HORIZON_MONTHS), ONE, today, whole=True)
    if is_pct(key):
        return Trial(key, low, high, ZERO, HUNDRED, ORE, today)
    top = max(high, today if today is not None else high) * TEN
    return Trial(key, low, high, least, top, ORE, today)


def default_trials(
    rates: EffectiveRates, schemes: Collection[str], months: int, probability: Decimal,
    discount: Decimal | None,
) -> list[Trial]:  # fmt: skip
    """The default trials for cases under ``rates`` that use the refunds of
    ``schemes``; ``probability`` and ``discount`` are the run's (None: no discounting)."""
    hourly = Decimal(rates.pa_hourly_rate.value)
    low, high = to_ore(hourly * Decimal("0.9")), to_ore(hourly * Decimal("1.1"))  # kroner
    found = [trial("pa_hourly_rate", low, high, hourly, months, ZERO)]
    for scheme in rates.refunds:
        if scheme in schemes:
            pct = Decimal(rates.refunds[scheme].value)
            low, high = max(ZERO, pct - TEN), min(HUNDRED, pct + TEN)
            found.append(trial(f"{REFUND_PREFIX}{scheme}", low, high, pct, months, ZERO))
    found.append(trial(PROBABILITY, Decimal(50), HUNDRED, probability, months, ZERO))
    found.append(trial(DURATION, Decimal(6), Decimal(12), None, months, ZERO))
    found.append(trial(HORIZON, Decimal(12), Decimal(60), Decimal(months), months, ZERO))
    today = ZERO if discount is None else discount
    found.append(trial(DISCOUNT, ZERO, Decimal(5), today, months, ZERO))
    return found
