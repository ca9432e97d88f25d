"""The business case in JSON: the discount rate, the present values and every
perspective's figures, for one case and for the totals of a batch.

Money and the return per krone are JSON strings holding exact decimals, as everywhere
in kompcalc's JSON; months are reported with their savings, keyed ``"12"``, ``"24"``….
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kompcalc.core.calc import Result
from kompcalc.core.discount import Profile
from kompcalc.core.perspectives import NotComputed, Perspective, View, perspectives
from kompcalc.core.rates import RateTable
from kompcalc.fmt import plain_decimal
from kompcalc.render.business import not_computed_text

if TYPE_CHECKING:  # a single case's rendering never loads the batch loop
    from kompcalc.batch.summary import Summary
    from kompcalc.batch.viewtotals import ViewTotals


def by_month(pairs: tuple[tuple[int, Decimal], ...] | None) -> dict[str, str] | None:
    """``((12, amount), …)`` as ``{"12": "amount", …}``; None stays None."""
    return None if pairs is None else {str(m): plain_decimal(a) for m, a in pairs}


def _optional(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def discount_dict(profile: Profile | None, table: RateTable) -> dict[str, Any] | None:
    """The discount rate a present value rests on (None: no discounting): its name and
    source in the rate table (None for a flat ``--discount PCT``) and its bands."""
    if profile is None:
        return None
    rate = None if profile.name is None else table.discount_rates.get(profile.name)
    return {
        "name": profile.name,
        "source": None if rate is None else rate.source,
        "bands": [{"from_year": b.from_year, "pct": str(b.pct)} for b in profile.bands],
    }


def view_dict(view: View) -> dict[str, Any]:
    """One perspective's figures: what it spent, avoided and saved at each reported
    month, its saving per krone spent at the horizon and its payback time (break-even;
    with a discount rate also the present values and the discounted payback)."""
    return {
        "one_off": plain_decimal(view.one_off),
        "spent": by_month(view.spent),
        "avoided_benefit": by_month(view.avoided),
        "savings": by_month(view.savings),
        "return_per_krone": _optional(view.return_per_krone),
        "payback_months": _optional(view.break_even_months),
        "negative_from_months": _optional(view.negative_from_months),
        "present_value": by_month(view.present_value),
        "discounted_payback_months": _optional(view.discounted_break_even),
    }


def business_dict(result: Result, table: RateTable, lang: str) -> dict[str, Any]:
    """A result's business-case keys: ``discount``, ``present_value``,
    ``discounted_break_even_months``, ``perspectives`` (each one that can be computed)
    and ``perspectives_not_computed`` (each one that cannot, with its reason)."""
    found = perspectives(result)
    return {
        "discount": discount_dict(result.discount, table),
        "present_value": by_month(result.present_value),
        "discounted_break_even_months": _optional(result.discounted_break_even),
        "perspectives": {p.value: view_dict(v) for p, v in found.items() if isinstance(v, View)},
        "perspectives_not_computed": not_computed_dict(found, lang),
    }


def not_computed_dict(found: Mapping[Perspective, object], lang: str) -> dict[str, dict[str, str]]:
    """Each perspective that cannot be computed: ``{"reason": …, "message": …}``."""
    return {
        p.value: {"reason": v.reason, "message": not_computed_text(v, lang)}
        for p, v in found.items()
        if isinstance(v, NotComputed)
    }


def view_totals_dict(totals: ViewTotals) -> dict[str, Any]:
    """One perspective's totals over the cases it can be computed for."""
    return {
        "cases": totals.cases,
        "not_computed": totals.not_computed,
        "one_off": plain_decimal(totals.one_off),
        "spent": by_month(totals.spent),
        "avoided_benefit": by_month(totals.avoided_total),
        "savings": by_month(totals.savings),
        "return_per_krone": _optional(totals.return_per_krone),
        "present_value": by_month(totals.present_value),
        "payback_within": {str(m): n for m, n in totals.break_even_within},
        "payback_never": totals.never,
        "negative_within_horizon": totals.negative,
    }


def totals_business_dict(summary: Summary) -> dict[str, Any]:
    """The totals' business-case keys: the municipality's ``present_value`` (None
    without a discount rate) and each perspective's totals under ``perspectives``."""
    views = {v.perspective: v for v in summary.views}
    kommune = views.get(Perspective.kommune)
    return {
        "present_value": None if kommune is None else by_month(kommune.present_value),
        "perspectives": {p.value: view_totals_dict(v) for p, v in views.items()},
    }
