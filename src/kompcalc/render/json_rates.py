"""The JSON forms of rates: the rates in force (``rates_dict``), a benefit, the shipped
tables (``table_list_dict``), and a batch's memo of them and of the avoided-benefit
curves its cases share (:class:`RatesMemo`)."""

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from kompcalc.core.curve import Curve
from kompcalc.core.effective import EffectiveBenefit, EffectiveRates, Rate, TierSchedule
from kompcalc.fmt import plain_decimal
from kompcalc.loading.shipped import ShippedTable

_IN_ORE = re.compile(r"(?:-?[0-9]+\.[0-9][0-9]\n)*-?[0-9]+\.[0-9][0-9]")
"""Texts that are each ``str`` of an amount in øre (two decimals, no exponent)."""


def plain_decimals(values: Sequence[Decimal]) -> list[str]:
    """:func:`~kompcalc.fmt.plain_decimal` of each of ``values``: when every ``str``
    already has two decimals (amounts in øre, nearly always), those, checked in one
    go; else each value's text is formatted once."""
    texts = list(map(str, values))
    if not texts or _IN_ORE.fullmatch("\n".join(texts)):
        return texts
    done: dict[str, str] = {}  # by str: -0 and 0, equal decimals, differ here
    return [
        done[text] if text in done else done.setdefault(text, plain_decimal(value))
        for text, value in zip(texts, values, strict=True)
    ]


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _rate(rate: Rate) -> dict[str, Any]:
    return {
        "value": str(rate.value),
        "source": rate.source,
        "from": _day(rate.start),
        "to": _day(rate.end),
        "checked": _day(rate.checked),
    }


def _optional(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def benefit_dict(benefit: EffectiveBenefit) -> dict[str, Any]:
    """A benefit in force: its tiers, or its gross amount and staircase."""
    schedule = benefit.schedule
    if isinstance(schedule, TierSchedule):
        tiers = [
            {
                "from_month": t.from_month,
                "to_month": t.to_month,
                "monthly": plain_decimal(t.monthly),
            }
            for t in schedule.tiers
        ]
        return {"tiers": tiers, "source": schedule.source}
    return {
        "gross": plain_decimal(schedule.gross.value),
        "per": "week" if schedule.per_week else "month",
        "gross_source": schedule.gross.source,
        "staircase": schedule.staircase,
        "kind": schedule.kind,
        "bands": [
            {"from_week": b.from_week, "to_week": b.to_week, "pct": str(b.pct)}
            for b in schedule.steps
        ],
        "bands_source": schedule.bands.source,
    }


def rates_dict(rates: EffectiveRates, *, historical: bool, full: bool = False) -> dict[str, Any]:
    """Which rates a result rests on, and whether the table is ``historical`` (its
    period ended before today); with ``full``, every rate and source as well."""
    data: dict[str, Any] = {
        "tables": list(rates.layers),
        "date": rates.day.isoformat(),
        "historical": historical,
        "hash": rates.hash,
        "overrides": [
            {"key": o.key, "by": o.by, "value": _optional(o.value), "was": _optional(o.was)}
            for o in rates.overrides
        ],
    }
    if full:
        table = rates.table
        data["title"] = table.title
        data["period"] = {"from": _day(table.period.start), "to": _day(table.period.end)}
        data["values"] = {rate.key: _rate(rate) for rate in rates.scalars()}
        data["benefits"] = {k: benefit_dict(b) for k, b in rates.benefits.items()}
        data["unavailable_benefits"] = sorted(rates.unavailable)
        data["unavailable_refunds"] = sorted(rates.unavailable_refunds)
        data["discount_rates"] = {
            name: {
                "label": rate.label.model_dump(),
                "source": rate.source,
                "checked": _day(rate.checked),
                "bands": [{"from_year": b.from_year, "pct": str(b.pct)} for b in rate.bands],
            }
            for name, rate in table.discount_rates.items()
        }
        data["sources"] = {
            key: source.model_dump(mode="json", exclude_none=True)
            for key, source in table.sources.items()
        }
    return data


def table_list_dict(tables: Sequence[ShippedTable]) -> dict[str, Any]:
    """The shipped tables, for ``kompcalc rates list --json``."""
    return {
        "tables": [
            {
                "name": table.name,
                "title": table.title,
                "period": None
                if table.period is None
                else {"from": _day(table.period.start), "to": _day(table.period.end)},
                "default": table.default,
            }
            for table in tables
        ]
    }


class RatesMemo:
    """The JSON forms of the rates and benefits a batch's cases use, each made once."""

    def __init__(self, historical: bool) -> None:
        self.historical = historical
        self._rates: dict[int, tuple[EffectiveRates, dict[str, Any]]] = {}
        self._benefits: dict[tuple[int, str], dict[str, Any]] = {}
        self._curves: dict[tuple[int, int], tuple[Curve, list[str]]] = {}

    def forms(self, rates: EffectiveRates, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The JSON form of ``rates`` and of its benefit ``key``."""
        found = self._rates.get(id(rates))
        if found is None or found[0] is not rates:
            found = (rates, rates_dict(rates, historical=self.historical))
            self._rates[id(rates)] = found
            self._benefits = {k: v for k, v in self._benefits.items() if k[0] != id(rates)}
        benefit = self._benefits.get((id(rates), key))
        if benefit is None:
            benefit = self._benefits[id(rates), key] = benefit_dict(rates.benefits[key])
        return found[1], benefit

    def curve_texts(self, curve: Curve, months: int) -> list[str]:
        """The avoided benefit of months 1..``months`` of ``curve`` as JSON texts.

        Kept as long as the memo (a batch's calculator keeps its curves as long)."""
        found = self._curves.get((id(curve), months))
        if found is None or found[0] is not curve:
            found = (curve, plain_decimals(curve.monthly[:months]))
            self._curves[id(curve), months] = found
        return found[1]
