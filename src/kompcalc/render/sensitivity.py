"""The sensitivity analysis in words and numbers the reader knows: each assumption's
name, its values in their unit (kroner, per cent, months), a switching value or why
there is none, and the tornado's bars as positions on a scale. The text, the XLSX and
the report all show it through these.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kompcalc.core.ratekeys import REFUND_PREFIX, SCALAR_KEYS
from kompcalc.core.recompute import DISCOUNT, DURATION, HORIZON, PROBABILITY
from kompcalc.core.sensitivity import Sensitivity, Switch, Trial, Tried
from kompcalc.core.trials import is_pct
from kompcalc.fmt import kroner, number, percent
from kompcalc.texts import t

SCALAR_LABELS = dict(
    zip(
        SCALAR_KEYS,
        ("r_pa_hourly_rate", "r_weeks_per_month", "r_pa_normal_max", "r_education_normal_max",
         "r_education_max"),
        strict=True,
    )
)  # fmt: skip
"""The label of each rate that is one number (as ``kompcalc rates`` names it)."""

CASE_LABELS = {
    PROBABILITY: "sens_probability",
    DURATION: "sens_benefit_limit_months",
    HORIZON: "sens_months",
    DISCOUNT: "sens_discount",
}
"""The label of each assumption that is not a rate."""

KRONER_ENDS = ("monthly", "gross_weekly", "gross_monthly")
"""A benefit's values in kroner end in one of these."""


def label(key: str, lang: str) -> str:
    """An assumption's name: ``Timesats, personlig assistance``; a key kompcalc has no
    name for is shown as it is (``benefits.sygedagpenge.tiers.1.monthly``)."""
    if key in CASE_LABELS:
        return t(lang, CASE_LABELS[key])
    if key in SCALAR_LABELS:
        return t(lang, SCALAR_LABELS[key])
    scheme = key.removeprefix(REFUND_PREFIX)
    if key.startswith(REFUND_PREFIX) and scheme.isidentifier():
        return t(lang, "r_refund", scheme=t(lang, f"kind_{scheme}").lower())
    return key


def measured(found: Sensitivity, key: str, pv_key: str) -> str:
    """``key``, or ``pv_key`` when the analysis is of the present value (a text about
    the saving, or the same about the present value)."""
    return pv_key if found.discounted else key


def unit(trial: Trial) -> str:
    """``months``, ``pct``, ``kroner`` or ``number``."""
    key = trial.key
    if trial.whole:
        return "months"
    if is_pct(key):
        return "pct"
    if key == "pa_hourly_rate" or (key.startswith("benefits.") and key.endswith(KRONER_ENDS)):
        return "kroner"
    return "number"


def value_text(value: Decimal | None, trial: Trial, lang: str) -> str:
    """A value of the assumption in its unit: ``103,21 kr.``, ``50 %``, ``12 mdr.``;
    no value is each case's own (the duration of its benefit), else not one number."""
    if value is None:
        return t(lang, "sens_own") if trial.key == DURATION else "–"
    kind = unit(trial)
    if kind == "months":
        return t(lang, "sens_months_value", months=int(value))
    if kind == "pct":
        return percent(value.normalize() if value == value.to_integral() else value, lang)
    if kind == "kroner":
        return kroner(value, lang)
    return number(value, lang)


def switch_text(found: Switch, trial: Trial, lang: str) -> str:
    """The switching value, ``ingen`` when it stays on one side over the whole range
    looked in, ``påvirker ikke`` when the saving does not depend on the assumption."""
    if not found.affected:
        return t(lang, "sens_not_affected")
    if found.value is None:
        return t(lang, "sens_none")
    return value_text(found.value, trial, lang)


def range_text(trial: Trial, lang: str) -> str:
    """Where a switching value is looked for: ``0 %–100 %``."""
    low, high = value_text(trial.lowest, trial, lang), value_text(trial.highest, trial, lang)
    return t(lang, "sens_range", low=low, high=high)


@dataclass(frozen=True)
class Bar:
    """One assumption's bar on a scale of ``width`` positions (0 is the lowest total):
    where today's total, the total at the low value and at the high value fall."""

    today: int
    low: int
    high: int


def bars(found: Sensitivity, width: int) -> list[Bar]:
    """Each trial's bar, in the order of ``found.trials``, on one scale for all."""
    totals = [found.total]
    for tried in found.trials:
        totals += [tried.total_low, tried.total_high]
    least, most = min(totals), max(totals)
    span = most - least

    def at(amount: Decimal) -> int:
        if not span:
            return width // 2
        return int(((amount - least) * (width - 1) / span).quantize(1, ROUND_HALF_UP))

    return [Bar(at(found.total), at(t.total_low), at(t.total_high)) for t in found.trials]


def fragile_rows(found: Sensitivity) -> list[tuple[str, Tried, Switch]]:
    """Each fragile case's fragile assumptions: (case id, trial, its switching value),
    in the file's order and the trials' order."""
    return [
        (case.id, tried, switch)
        for case in found.cases
        for tried, switch in zip(found.trials, case.switches, strict=True)
        if switch.fragile
    ]
