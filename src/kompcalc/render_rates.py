"""The human rendering of a rate table: every value with its source."""

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.fmt import kroner, number, percent
from kompcalc.rates import RateTable, Source
from kompcalc.render_text import rates_caption, tier_range
from kompcalc.texts import t


def _source_text(source: Source) -> str:
    parts = [source.title, source.publisher, None if source.year is None else str(source.year)]
    text = ", ".join(p for p in parts if p)
    return text + (f" <{source.url}>" if source.url else "")


def render_rates(rates: RateTable, lang: str) -> RenderableType:
    """A table of every rate, its value and its source id, then the sources."""
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column(t(lang, "key"))
    table.add_column(t(lang, "value"), justify="right")
    table.add_column(t(lang, "source"))
    refund = rates.refund_pct
    table.add_row(
        t(lang, "r_pa_hourly_rate"),
        kroner(rates.pa_hourly_rate.value, lang),
        rates.pa_hourly_rate.source,
    )
    table.add_row(
        t(lang, "r_weeks_per_month"),
        number(rates.weeks_per_month.value, lang),
        rates.weeks_per_month.source,
    )
    table.add_row(
        t(lang, "r_pa_normal_max"),
        number(rates.pa_normal_max_hours_per_week.value, lang),
        rates.pa_normal_max_hours_per_week.source,
    )
    for scheme, value in (("pa", refund.personal_assistance), ("aids", refund.aids)):
        table.add_row(
            t(lang, "r_refund", scheme=t(lang, scheme).lower()),
            percent(value.value, lang),
            value.source,
        )
    per_month = t(lang, "per_month")
    for benefit in rates.benefits.values():
        for tier in benefit.tiers:
            label = t(
                lang,
                "r_tier",
                benefit=benefit.label.get(lang),
                range=tier_range(tier.from_month, tier.to_month, lang),
            )
            table.add_row(label, f"{kroner(tier.monthly, lang)} {per_month}", benefit.source)
    sources = Table.grid(padding=(0, 2))
    for key, source in rates.sources.items():
        sources.add_row(f"  {key}", _source_text(source))
    return Group(
        Text(rates_caption(rates, lang), style="bold", no_wrap=True, overflow="ignore"),
        table,
        Text(t(lang, "sources"), style="bold"),
        sources,
    )
