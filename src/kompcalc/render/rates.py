"""The human rendering of the rates in force: every value with its source and dates."""

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates, Rate, StaircaseSchedule
from kompcalc.core.rates import Period, Source
from kompcalc.fmt import kroner, number, percent
from kompcalc.loading.ratefile import ShippedTable
from kompcalc.render.business import bands_text
from kompcalc.render.describe import day_text, rates_lines, staircase_text, tier_range
from kompcalc.texts import t


def _source_text(source: Source) -> str:
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


def render_rates(rates: EffectiveRates, lang: str) -> RenderableType:
    """A table of every rate in force, its value, source and dates, then the sources."""
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column(t(lang, "key"))
    table.add_column(t(lang, "value"), justify="right")
    table.add_column(t(lang, "source"))
    table.add_column(t(lang, "dates"))
    scalar_rows = [
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
    for key, rate, shown in scalar_rows:
        table.add_row(t(lang, key), shown, rate.source, _dates(rate, lang))
    for scheme, rate in rates.refunds.items():
        label = t(lang, "r_refund", scheme=t(lang, f"kind_{scheme}").lower())
        table.add_row(label, percent(rate.value, lang), rate.source, _dates(rate, lang))
    per_month = t(lang, "per_month")
    for benefit in rates.benefits.values():
        schedule = benefit.schedule
        if isinstance(schedule, StaircaseSchedule):
            table.add_row(
                benefit.label.get(lang),
                staircase_text(schedule, lang),
                f"{schedule.gross.source}, {schedule.bands.source}",
                _dates(schedule.gross, lang),
            )
            continue
        for tier in schedule.tiers:
            label = t(
                lang,
                "r_tier",
                benefit=benefit.label.get(lang),
                range=tier_range(tier.from_month, tier.to_month, lang),
            )
            table.add_row(label, f"{kroner(tier.monthly, lang)} {per_month}", schedule.source, "")
    for name, discount in rates.table.discount_rates.items():
        checked = discount.checked
        when = "" if checked is None else t(lang, "checked_on", day=day_text(checked, lang))
        shown = bands_text(Profile.of(discount, name), lang)
        table.add_row(t(lang, "r_discount", name=name), shown, discount.source, when)
    sources = Table.grid(padding=(0, 2))
    for key, source in rates.table.sources.items():
        sources.add_row(f"  {key}", _source_text(source))
    heading, *overrides = rates_lines(rates, lang)
    parts: list[RenderableType] = [Text(heading, style="bold", no_wrap=True, overflow="ignore")]
    parts += [Text(line, no_wrap=True, overflow="ignore") for line in overrides]
    parts += [table]
    if rates.unavailable:
        names = ", ".join(sorted(rates.unavailable))
        parts.append(Text(t(lang, "unavailable", names=names)))
    if rates.unavailable_refunds:
        names = ", ".join(
            t(lang, f"kind_{scheme}").lower() for scheme in sorted(rates.unavailable_refunds)
        )
        parts.append(Text(t(lang, "unavailable_refunds", names=names)))
    parts += [Text(t(lang, "sources"), style="bold"), sources]
    return Group(*parts)


def render_table_list(tables: Sequence[ShippedTable], lang: str) -> RenderableType:
    """One line per shipped table: its name, title and period (and which is the default)."""
    grid = Table.grid(padding=(0, 2))
    for table in tables:
        title = table.title or "-"
        if table.default:
            title += " " + t(lang, "list_default")
        grid.add_row(table.name, title, period_text(table.period, lang))
    return grid


def period_text(period: Period | None, lang: str) -> str:
    """``01.01.2014–31.12.2014``, ``2022-10-01–open`` in English; ``-`` if unknown."""
    if period is None:
        return "-"
    end = t(lang, "list_open") if period.end is None else day_text(period.end, lang)
    return f"{day_text(period.start, lang)}–{end}"
