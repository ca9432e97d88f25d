"""The human rendering: a case laid out like a card in the catalogue."""

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.core.calc import Result
from kompcalc.core.effective import EffectiveRates, StaircaseSchedule
from kompcalc.fmt import kroner, number
from kompcalc.render.describe import (
    economy_rows,
    interventions_text,
    rates_lines,
    runs,
    staircase_text,
    tier_range,
)
from kompcalc.texts import t


def _grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def render_result(result: Result, rates: EffectiveRates, lang: str) -> RenderableType:
    """The full human rendering of one result."""
    benefit = rates.benefits[result.benefit_key]
    per_month = t(lang, "per_month")
    parts: list[RenderableType] = []

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        parts.append(Text(title, style="bold"))
        grid = _grid()
        for label, value in rows:
            grid.add_row(f"  {label}", value)
        parts.append(grid)

    parts.append(Text(t(lang, "h_intervention"), style="bold"))
    parts.append(Text(f"  {interventions_text(result.case.interventions, lang)}"))
    economy = [row for line in result.lines for row in economy_rows(line, lang)]
    section(t(lang, "h_economy"), economy)

    avoided = [row.avoided_benefit for row in result.timeline]
    spans = list(runs(avoided))
    benefit_rows = [
        (tier_range(s, e, lang), f"{kroner(amount, lang)} {per_month}") for s, e, amount in spans
    ]
    schedule = benefit.schedule
    if isinstance(schedule, StaircaseSchedule):
        benefit_rows.insert(0, (t(lang, "stairs_rule"), staircase_text(schedule, lang)))
    case = result.case
    if case.benefit_month is not None and case.benefit_month > 1:
        benefit_rows.append(("", t(lang, "benefit_start", month=case.benefit_month)))
    if case.benefit_week is not None and case.benefit_week > 1:
        benefit_rows.append(("", t(lang, "benefit_start_week", week=case.benefit_week)))
    section(f"{t(lang, 'h_benefit')}: {benefit.label.get(lang)}", benefit_rows)

    monthly_savings = [row.avoided_benefit - result.cost(row.month) for row in result.timeline]
    saving_rows = [
        (f"{t(lang, 'monthly_saving')}, {tier_range(s, e, lang)}", kroner(amount, lang))
        for s, e, amount in runs(monthly_savings)
    ]
    be = result.break_even_months
    if be is None:
        be_text = t(lang, "break_even_never")
    elif be == 0:
        be_text = t(lang, "break_even_now")
    else:
        be_text = t(lang, "break_even_months", months=number(be, lang, 2))
    saving_rows.append((t(lang, "break_even"), be_text))
    saving_rows += [
        (t(lang, "saving_after", months=m), kroner(amount, lang)) for m, amount in result.savings
    ]
    section(t(lang, "h_result"), saving_rows)
    parts += [Text(line, no_wrap=True, overflow="ignore") for line in rates_lines(rates, lang)]
    return Group(*parts)
