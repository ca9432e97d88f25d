"""The human rendering: a case laid out like a card in the catalogue."""

from collections.abc import Iterator
from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.calc import CostLine, Result
from kompcalc.cases import Aids, PersonalAssistance, RecurringCost
from kompcalc.fmt import kroner, number, percent
from kompcalc.money import ZERO
from kompcalc.rates import Benefit, RateTable, Tier
from kompcalc.texts import t


def _grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def tier_range(start: int, end: int | None, lang: str) -> str:
    """``måned 1–12`` / ``fra måned 13``."""
    if end is None:
        return t(lang, "tier_open", start=start)
    if end == start:
        return t(lang, "tier_single", start=start)
    return t(lang, "tier_range", start=start, end=end)


def shifted_tiers(benefit: Benefit, first: int) -> Iterator[tuple[int, int | None, Decimal]]:
    """The benefit's tiers in the case's own months, when it starts in benefit month
    ``first``; a closed last tier is followed by an open range of 0 kr."""
    tiers: list[Tier] = list(benefit.tiers)
    for tier in tiers:
        end = tier.to_month
        if end is not None and end < first:
            continue
        start = max(tier.from_month, first) - first + 1
        yield start, None if end is None else end - first + 1, tier.monthly
    last = tiers[-1].to_month
    if last is not None:
        yield max(last - first + 2, 1), None, ZERO


def _economy_rows(line: CostLine, lang: str) -> Iterator[tuple[str, str]]:
    iv = line.intervention
    per_month = t(lang, "per_month")
    if isinstance(iv, PersonalAssistance):
        assert line.hourly_rate is not None and line.weeks_per_month is not None
        formula = t(
            lang,
            "pa_formula",
            hours=number(iv.hours_per_week, lang),
            rate=kroner(line.hourly_rate, lang),
            weeks=number(line.weeks_per_month, lang),
            gross=kroner(line.monthly.gross, lang),
        )
        yield t(lang, "pa"), f"{formula} {per_month}"
        split, unit = line.monthly, per_month
    elif isinstance(iv, Aids):
        parts = [
            " ".join(p for p in (item.name, kroner(item.amount, lang)) if p) for item in iv.items
        ]
        total = kroner(line.one_off.gross, lang)
        listing = " + ".join(parts) + (f" = {total}" if len(parts) > 1 else "")
        yield t(lang, "aids"), f"{listing} ({t(lang, 'one_off')})"
        split, unit = line.one_off, t(lang, "one_off")
    elif isinstance(iv, RecurringCost):
        yield iv.name, f"{kroner(iv.monthly, lang)} {per_month} ({t(lang, 'no_refund')})"
        return
    yield (
        t(lang, "refund", pct=percent(line.refund_pct, lang)),
        f"{kroner(split.refund, lang)} {unit}",
    )
    yield t(lang, "net"), f"{kroner(split.net, lang)} {unit}"


def _intervention_text(result: Result, lang: str) -> str:
    parts = []
    for iv in result.case.interventions:
        if isinstance(iv, PersonalAssistance):
            hours = t(lang, "pa_what", hours=number(iv.hours_per_week, lang))
            parts.append(f"{t(lang, 'pa')}, {hours}")
        elif isinstance(iv, Aids):
            names = ", ".join(i.name for i in iv.items if i.name)
            parts.append(f"{t(lang, 'aids')}: {names}" if names else t(lang, "aids"))
        elif isinstance(iv, RecurringCost):
            parts.append(iv.name)
    return "; ".join(parts)


def render_result(result: Result, rates: RateTable, lang: str) -> RenderableType:
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
    parts.append(Text(f"  {_intervention_text(result, lang)}"))
    economy = [row for line in result.lines for row in _economy_rows(line, lang)]
    section(t(lang, "h_economy"), economy)

    tiers = list(shifted_tiers(benefit, result.case.benefit_month))
    benefit_rows = [
        (tier_range(s, e, lang), f"{kroner(amount, lang)} {per_month}") for s, e, amount in tiers
    ]
    if result.case.benefit_month > 1:
        benefit_rows.append(("", t(lang, "benefit_start", month=result.case.benefit_month)))
    section(f"{t(lang, 'h_benefit')}: {benefit.label.get(lang)}", benefit_rows)

    saving_rows = [
        (
            f"{t(lang, 'monthly_saving')}, {tier_range(s, e, lang)}",
            f"{kroner(amount - result.monthly.net, lang)}",
        )
        for s, e, amount in tiers
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
    caption = f"{t(lang, 'rates_used')}: {rates_caption(rates, lang)}"
    parts.append(Text(caption, no_wrap=True, overflow="ignore"))
    return Group(*parts)


def rates_caption(rates: RateTable, lang: str) -> str:
    """``Kompensering med gevinst (SJH 2014) [sjh-2014], periode 2014-01-01–2015-12-31``."""
    end = "" if rates.period.end is None else rates.period.end.isoformat()
    period = t(lang, "period", start=rates.period.start.isoformat(), end=end)
    return f"{rates.title} [{rates.name}], {period}"
