"""The rates in force as rows of plain text: each value with its source and dates,
the sources themselves, and what has no value on the day.

``kompcalc rates`` shows them as a table on the terminal (:mod:`kompcalc.render.rates`),
the XLSX on its summary sheet (:mod:`kompcalc.render.summary_sheet`).
"""

from dataclasses import dataclass
from datetime import date

from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates, Rate, StaircaseSchedule
from kompcalc.core.rates import Source
from kompcalc.fmt import kroner, number, percent
from kompcalc.render.business import bands_text
from kompcalc.render.describe import day_text, staircase_text, tier_range
from kompcalc.texts import t


@dataclass(frozen=True)
class RateRow:
    """One rate in force: what it is, its value, its source id and when it holds."""

    label: str
    value: str
    source: str
    dates: str


def source_text(source: Source) -> str:
    """``Title, publisher, 2024 <url>``."""
    parts = [source.title, source.publisher, None if source.year is None else str(source.year)]
    text = ", ".join(p for p in parts if p)
    return text + (f" <{source.url}>" if source.url else "")


def _dates(rate: Rate, lang: str) -> str:
    def shown(day: date | None) -> str:
        return "" if day is None else day_text(day, lang)

    span = (
        "" if rate.start is None and rate.end is None else f"{shown(rate.start)}–{shown(rate.end)}"
    )
    checked = "" if rate.checked is None else t(lang, "checked_on", day=shown(rate.checked))
    return " ".join(p for p in (span, checked) if p)


def rate_rows(rates: EffectiveRates, lang: str) -> list[RateRow]:
    """Every rate in force: the scalars, the refunds, each benefit's tiers or
    staircase, then the discount rates with their bands."""
    scalars = [
        ("r_pa_hourly_rate", rates.pa_hourly_rate, kroner(rates.pa_hourly_rate.value, lang)),
        ("r_weeks_per_month", rates.weeks_per_month, number(rates.weeks_per_month.value, lang)),
        (
            "r_pa_normal_max",
            rates.pa_normal_max_hours_per_week,
            number(rates.pa_normal_max_hours_per_week.value, lang),
        ),
        (
            "r_education_normal_max",
            rates.education_normal_max_hours_per_week,
            number(rates.education_normal_max_hours_per_week.value, lang),
        ),
        (
            "r_education_max",
            rates.education_max_hours_per_week,
            number(rates.education_max_hours_per_week.value, lang),
        ),
    ]
    rows = [RateRow(t(lang, key), shown, r.source, _dates(r, lang)) for key, r, shown in scalars]
    for scheme, rate in rates.refunds.items():
        label = t(lang, "r_refund", scheme=t(lang, f"kind_{scheme}").lower())
        rows.append(RateRow(label, percent(rate.value, lang), rate.source, _dates(rate, lang)))
    per_month = t(lang, "per_month")
    for benefit in rates.benefits.values():
        schedule = benefit.schedule
        if isinstance(schedule, StaircaseSchedule):
            rows.append(
                RateRow(
                    benefit.label.get(lang),
                    staircase_text(schedule, lang),
                    f"{schedule.gross.source}, {schedule.bands.source}",
                    _dates(schedule.gross, lang),
                )
            )
            continue
        for tier in schedule.tiers:
            label = t(
                lang,
                "r_tier",
                benefit=benefit.label.get(lang),
                range=tier_range(tier.from_month, tier.to_month, lang),
            )
            value = f"{kroner(tier.monthly, lang)} {per_month}"
            rows.append(RateRow(label, value, schedule.source, ""))
    for name, discount in rates.table.discount_rates.items():
        checked = discount.checked
        when = "" if checked is None else t(lang, "checked_on", day=day_text(checked, lang))
        shown = bands_text(Profile.of(discount, name), lang)
        rows.append(RateRow(t(lang, "r_discount", name=name), shown, discount.source, when))
    return rows


def source_rows(rates: EffectiveRates) -> list[tuple[str, str]]:
    """The table's sources: (id, what it is)."""
    return [(key, source_text(source)) for key, source in rates.table.sources.items()]


def unavailable_lines(rates: EffectiveRates, lang: str) -> list[str]:
    """What has no value on the day: benefits, then refunds (nothing when all have)."""
    lines = []
    if rates.unavailable:
        lines.append(t(lang, "unavailable", names=", ".join(sorted(rates.unavailable))))
    if rates.unavailable_refunds:
        names = ", ".join(
            t(lang, f"kind_{scheme}").lower() for scheme in sorted(rates.unavailable_refunds)
        )
        lines.append(t(lang, "unavailable_refunds", names=names))
    return lines
