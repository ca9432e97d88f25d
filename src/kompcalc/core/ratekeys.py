"""The rates in force by their ``--set`` keys: the value at a key read, or replaced
for a sensitivity analysis, as ``--set`` would replace it (for any day, from the source
``--set``), without loading the rate table again."""

from decimal import Decimal
from typing import Any

from kompcalc.core.effective import (
    SET_SOURCE,
    EffectiveRates,
    Rate,
    StaircaseSchedule,
    TierSchedule,
)

SCALAR_KEYS = (
    "pa_hourly_rate",
    "weeks_per_month",
    "pa_normal_max_hours_per_week",
    "education_normal_max_hours_per_week",
    "education_max_hours_per_week",
)
"""The rates that are one number each (their ``--set`` keys and field names)."""

REFUND_PREFIX = "refund_pct."


def with_set(rates: EffectiveRates, key: str, value: Decimal) -> EffectiveRates | None:
    """``rates`` with the scalar or refund at ``--set`` key ``key`` replaced by
    ``value`` as ``--set`` replaces it: for any day, from the source ``--set`` (a
    refund the table leaves out may be given). None for any other key: a benefit's or a
    staircase's values are built by the table's own rules, so the table is loaded with
    the ``--set`` instead. The value is not checked here."""
    if key in SCALAR_KEYS:
        old: Rate = getattr(rates, key)
        changed: dict[str, Any] = {key: Rate(old.path, value, SET_SOURCE)}
        return rates.replace(**changed)
    scheme = key.removeprefix(REFUND_PREFIX)
    if key.startswith(REFUND_PREFIX) and (
        scheme in rates.refunds or scheme in rates.unavailable_refunds
    ):
        rate = Rate(("refund_pct", scheme), value, SET_SOURCE)
        left_out = {k: m for k, m in rates.unavailable_refunds.items() if k != scheme}
        return rates.replace(refunds={**rates.refunds, scheme: rate}, unavailable_refunds=left_out)
    return None


def value_at(rates: EffectiveRates, key: str) -> Decimal | None:
    """The value in force at ``--set`` key ``key``, where it is one number in the rates:
    a scalar, a refund, a benefit's gross amount (``benefits.K.gross_weekly``) or a
    tier's amount (``benefits.K.tiers.N.monthly``); None for any other key."""
    if key in SCALAR_KEYS:
        rate: Rate = getattr(rates, key)
        return Decimal(rate.value)
    parts = key.split(".")
    if key.startswith(REFUND_PREFIX) and len(parts) == 2 and parts[1] in rates.refunds:
        return Decimal(rates.refunds[parts[1]].value)
    benefit = rates.benefits.get(parts[1]) if parts[0] == "benefits" and len(parts) > 2 else None
    if benefit is None:
        return None
    schedule = benefit.schedule
    if isinstance(schedule, StaircaseSchedule) and parts[2:] in (
        ["gross_weekly"],
        ["gross_monthly"],
    ):
        return Decimal(schedule.gross.value)
    if isinstance(schedule, TierSchedule) and len(parts) == 5 and parts[2] == "tiers":
        position, field_name = parts[3], parts[4]
        if (
            position.isdigit()
            and 1 <= int(position) <= len(schedule.tiers)
            and field_name == "monthly"
        ):
            return schedule.tiers[int(position) - 1].monthly
    return None
