"""The report's conclusion: what the cases cost and save, in one or two plain sentences.

Written from the batch totals: what the cases cost the municipality once and a month,
what they have saved (or cost) by the end of the horizon, and how many have paid for
themselves within :data:`PAID_BACK_WITHIN` months. Amounts are rounded to whole kroner
(:func:`~kompcalc.core.money.to_krone`) for reading; the exact figures are in the
summary below the conclusion.
"""

from decimal import Decimal

from kompcalc.batch.summary import Totals
from kompcalc.core.money import ZERO, to_krone
from kompcalc.fmt import number
from kompcalc.texts import t

PAID_BACK_WITHIN = 3
"""The conclusion counts the cases that have paid for themselves within this many
months (one of the summary's marks, 1, 3 and 12): a quarter of a year."""


def whole_kroner(amount: Decimal, lang: str) -> str:
    """``60.620 kr.``: an amount in whole kroner, rounded half-up."""
    return f"{number(to_krone(amount), lang, 0)} kr."


def months_text(months: int, lang: str) -> str:
    """``1 måned``, ``36 måneder``."""
    return t(lang, "con_month" if months == 1 else "con_months", months=months)


def _cost(totals: Totals, lang: str) -> str:
    one_off, monthly = to_krone(totals.one_off.net), to_krone(totals.monthly.net)
    if one_off and monthly:
        key = "con_cost_both"
    elif one_off:
        key = "con_cost_one_off"
    elif monthly:
        key = "con_cost_monthly"
    else:
        key = "con_cost_nothing"
    amounts = {"one_off": whole_kroner(one_off, lang), "monthly": whole_kroner(monthly, lang)}
    return t(lang, key, **amounts)


def _saving(totals: Totals, months: int, one: bool, lang: str) -> str:
    saved = to_krone(totals.savings[-1][1]) if totals.savings else ZERO
    if saved > 0:
        key = "con_saved_one" if one else "con_saved_many"
    elif saved < 0:
        key = "con_lost_one" if one else "con_lost_many"
    else:
        key = "con_even_one" if one else "con_even_many"
    return t(lang, key, period=months_text(months, lang), amount=whole_kroner(abs(saved), lang))


def _paid_back(totals: Totals, lang: str) -> str:
    within = dict(totals.break_even_within)[PAID_BACK_WITHIN]
    period = months_text(PAID_BACK_WITHIN, lang)
    if totals.cases == 1:
        return t(lang, "con_paid_back_one" if within else "con_not_paid_back_one", period=period)
    total = number(Decimal(totals.cases), lang, 0)  # 10.000 in Danish, as the count is
    if within == totals.cases:
        return t(lang, "con_paid_back_all", period=period, total=total)
    if within == 0:
        return t(lang, "con_paid_back_none", period=period)
    return t(lang, "con_paid_back_some", period=period, count=within, total=total)


def conclusion(totals: Totals, months: int, failed: int, lang: str) -> list[str]:
    """The conclusion's sentences, for ``months`` of horizon and ``failed`` cases that
    could not be computed."""
    sentences = []
    if totals.cases == 0:
        sentences.append(t(lang, "con_no_cases"))
    else:
        one = totals.cases == 1
        cost = _cost(totals, lang)
        if one:
            sentences.append(t(lang, "con_costs_one", cost=cost))
        else:
            sentences.append(t(lang, "con_costs_many", count=totals.cases, cost=cost))
        saving = _saving(totals, months, one, lang)
        sentences.append(t(lang, "con_after", saving=saving, paid_back=_paid_back(totals, lang)))
        if totals.negative:  # saves at first, then costs more than it saved
            key = "con_negative_one" if totals.negative == 1 else "con_negative_many"
            period = months_text(months, lang)
            sentences.append(t(lang, key, count=totals.negative, period=period))
    if failed:
        key = "con_failed_one" if failed == 1 else "con_failed_many"
        sentences.append(t(lang, key, count=failed))
    return sentences
