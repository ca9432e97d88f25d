"""The machine rendering: one JSON object per result.

Money and other decimals are JSON strings holding exact decimals ("2979.39");
months and counts are JSON integers.
"""

import json
from typing import Any

from kompcalc.calc import CostLine, Result, Split
from kompcalc.cases import Aids, PersonalAssistance, RecurringCost
from kompcalc.fmt import plain_decimal
from kompcalc.rates import RateTable


def _split(split: Split) -> dict[str, str]:
    return {
        "gross": plain_decimal(split.gross),
        "refund": plain_decimal(split.refund),
        "net": plain_decimal(split.net),
    }


def _line(line: CostLine) -> dict[str, Any]:
    iv = line.intervention
    data: dict[str, Any] = {"kind": iv.kind}
    if isinstance(iv, PersonalAssistance):
        data["hours_per_week"] = str(iv.hours_per_week)
        data["hourly_rate"] = str(line.hourly_rate)
        data["weeks_per_month"] = str(line.weeks_per_month)
    elif isinstance(iv, Aids):
        data["items"] = [{"name": i.name, "amount": plain_decimal(i.amount)} for i in iv.items]
        data["total"] = plain_decimal(iv.total)
    elif isinstance(iv, RecurringCost):
        data["name"] = iv.name
    data["refund_pct"] = str(line.refund_pct)
    data["one_off"] = _split(line.one_off)
    data["monthly"] = _split(line.monthly)
    return data


def result_dict(result: Result, rates: RateTable) -> dict[str, Any]:
    """The JSON-ready form of ``result``."""
    benefit = rates.benefits[result.benefit_key]
    be = result.break_even_months
    return {
        "id": result.case.id,
        "rates": rates.name,
        "interventions": [_line(line) for line in result.lines],
        "one_off": _split(result.one_off),
        "monthly": _split(result.monthly),
        "benefit": result.benefit_key,
        "benefit_month": result.case.benefit_month,
        "benefit_tiers": [
            {
                "from_month": tier.from_month,
                "to_month": tier.to_month,
                "monthly": plain_decimal(tier.monthly),
            }
            for tier in benefit.tiers
        ],
        "break_even_months": None if be is None else plain_decimal(be),
        "months": len(result.timeline),
        "savings": {str(m): plain_decimal(amount) for m, amount in result.savings},
        "timeline": [
            {
                "month": row.month,
                "cost": plain_decimal(row.cost),
                "avoided_benefit": plain_decimal(row.avoided_benefit),
                "cumulative_saving": plain_decimal(row.cumulative_saving),
            }
            for row in result.timeline
        ],
    }


def to_json(data: Any) -> str:
    """Pretty, UTF-8 friendly JSON text."""
    return json.dumps(data, ensure_ascii=False, indent=2)
