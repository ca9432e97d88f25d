"""The human rendering of the rates in force: every value with its source and dates."""

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.core.effective import EffectiveRates
from kompcalc.core.rates import Period
from kompcalc.loading.shipped import ShippedTable
from kompcalc.render.describe import day_text, rates_lines
from kompcalc.render.ratelist import rate_rows, source_rows, unavailable_lines
from kompcalc.texts import t


def render_rates(rates: EffectiveRates, lang: str) -> RenderableType:
    """A table of every rate in force, its value, source and dates, then the sources."""
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column(t(lang, "key"))
    table.add_column(t(lang, "value"), justify="right")
    table.add_column(t(lang, "source"))
    table.add_column(t(lang, "dates"))
    for row in rate_rows(rates, lang):
        table.add_row(row.label, row.value, row.source, row.dates)
    sources = Table.grid(padding=(0, 2))
    for key, text in source_rows(rates):
        sources.add_row(f"  {key}", text)
    heading, *overrides = rates_lines(rates, lang)
    parts: list[RenderableType] = [Text(heading, style="bold", no_wrap=True, overflow="ignore")]
    parts += [Text(line, no_wrap=True, overflow="ignore") for line in overrides]
    parts += [table]
    parts += [Text(line) for line in unavailable_lines(rates, lang)]
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
