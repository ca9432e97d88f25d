"""The sensitivity analysis in JSON (``sensitivity`` in ``kompcalc batch --json``).

Money (with øre), per cents and rates (as exact as they are: ``4.33``) are JSON
strings holding exact decimals, months JSON integers, as everywhere in kompcalc's JSON.
The assumptions come sorted by their swing, largest first; each case's switching
values are keyed by assumption.
"""

from decimal import Decimal
from typing import Any

from kompcalc.core.sensitivity import Sensitivity, Switch, Trial, Tried
from kompcalc.fmt import plain_decimal

FRAGILE_RULE = "switching value between today's value and the farthest value tried"


def _value(value: Decimal | None, trial: Trial) -> str | int | None:
    """A value of an assumption: months a whole number, any other as exact as it is."""
    if value is None:
        return None
    return int(value) if trial.whole else format(value.normalize(), "f")


def _switch(found: Switch, trial: Trial) -> dict[str, Any]:
    return {
        "value": _value(found.value, trial),
        "today": _value(found.today, trial),
        "affected": found.affected,
        "fragile": found.fragile,
    }


def _tried(tried: Tried) -> dict[str, Any]:
    trial = tried.trial
    return {
        "key": trial.key,
        "today": _value(trial.today, trial),
        "low": _value(trial.low, trial),
        "high": _value(trial.high, trial),
        "total_low": plain_decimal(tried.total_low),
        "total_high": plain_decimal(tried.total_high),
        "swing": plain_decimal(tried.swing),
        "range": {"from": _value(trial.lowest, trial), "to": _value(trial.highest, trial)},
        "switching_value": _switch(tried.switch, trial),
        "fragile_cases": tried.fragile_cases,
    }


def sensitivity_dict(found: Sensitivity) -> dict[str, Any]:
    """The analysis as JSON-ready data."""
    trials = [tried.trial for tried in found.trials]
    return {
        "perspective": "kommune",
        "months": found.months,
        "measure": "present_value" if found.discounted else "saving",
        "total": plain_decimal(found.total),
        "fragile_rule": FRAGILE_RULE,
        "assumptions": [_tried(tried) for tried in found.trials],
        "cases": [
            {
                "id": case.id,
                "saving": plain_decimal(case.saving),
                "fragile": case.fragile,
                "switching_values": {
                    trial.key: _switch(switch, trial)
                    for trial, switch in zip(trials, case.switches, strict=True)
                },
            }
            for case in found.cases
        ],
    }
