"""The human rendering: a case laid out like a card in the catalogue."""

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.calc import CostLine, Result
from kompcalc.cases import (
    Aids,
    EducationAssistance,
    Icebreaker,
    Mentor,
    PersonalAssistance,
    RecurringCost,
)
from kompcalc.describe import interventions_text, kind_name
from kompcalc.effective import EffectiveRates, StaircaseSchedule
from kompcalc.fmt import kroner, number, percent
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


def runs(values: Sequence[Decimal]) -> Iterator[tuple[int, int, Decimal]]:
    """Runs of equal values as (first month, last month, value), months from 1."""
    first = 1
    for month in range(2, len(values) + 2):
        if month > len(values) or values[month - 1] != values[first - 1]:
            yield first, month - 1, values[first - 1]
            first = month


def staircase_text(schedule: StaircaseSchedule, lang: str) -> str:
    """``4.695,00 kr. pr. uge; Refusionstrappen: uge 1–4 80 %, ...``."""
    per = t(lang, "per_week" if schedule.per_week else "per_month")
    steps = ", ".join(
        f"{week_range(b.from_week, b.to_week, lang)} {percent(b.pct, lang)}" for b in schedule.steps
    )
    kind = t(lang, "stairs_refund" if schedule.kind == "refund" else "stairs_cofinance")
    return t(
        lang,
        "stairs_text",
        gross=kroner(schedule.gross.value, lang),
        per=per,
        label=schedule.label.get(lang),
        kind=kind,
        steps=steps,
    )


def week_range(start: int, end: int | None, lang: str) -> str:
    if end is None:
        return t(lang, "week_open", start=start)
    return t(lang, "week_range", start=start, end=end)


def _economy_rows(line: CostLine, lang: str) -> Iterator[tuple[str, str]]:
    iv = line.intervention
    per_month = t(lang, "per_month")
    name = kind_name(iv.kind, lang)
    lasting = "" if line.months is None else f" {t(lang, 'for_months', months=line.months)}"
    if isinstance(iv, (PersonalAssistance, EducationAssistance, Mentor)):
        assert line.hourly_rate is not None and line.weeks_per_month is not None
        formula = t(
            lang,
            "pa_formula",
            hours=number(iv.hours_per_week, lang),
            rate=kroner(line.hourly_rate, lang),
            weeks=number(line.weeks_per_month, lang),
            gross=kroner(line.monthly.gross, lang),
        )
        yield name, f"{formula} {per_month}{lasting}"
        split, unit = line.monthly, per_month
    elif isinstance(iv, Aids):
        parts = [
            " ".join(p for p in (item.name, kroner(item.amount, lang)) if p) for item in iv.parts
        ]
        total = kroner(line.one_off.gross, lang)
        listing = " + ".join(parts) + (f" = {total}" if len(parts) > 1 else "")
        yield name, f"{listing} ({t(lang, 'one_off')})"
        split, unit = line.one_off, t(lang, "one_off")
    elif isinstance(iv, Icebreaker):
        yield name, f"{kroner(iv.monthly, lang)} {per_month}{lasting}"
        split, unit = line.monthly, per_month
    elif isinstance(iv, RecurringCost):
        no_refund = t(lang, "no_refund")
        yield iv.name, f"{kroner(iv.monthly, lang)} {per_month}{lasting} ({no_refund})"
        return
    else:
        yield name, t(lang, "no_cost")
        return
    yield (
        t(lang, "refund", pct=percent(line.refund_pct, lang)),
        f"{kroner(split.refund, lang)} {unit}",
    )
    yield t(lang, "net"), f"{kroner(split.net, lang)} {unit}"


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
    economy = [row for line in result.lines for row in _economy_rows(line, lang)]
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


def day_text(day: date, lang: str) -> str:
    """``23.11.2026`` in Danish, ``2026-11-23`` in English."""
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def rates_lines(rates: EffectiveRates, lang: str) -> list[str]:
    """Which rates a result rests on: tables, day, hash and every overridden value."""
    table = rates.table
    caption = t(
        lang,
        "rates_caption",
        title=table.title,
        layers=" + ".join(rates.layers),
        day=day_text(rates.day, lang),
        hash=rates.hash,
    )
    lines = [f"{t(lang, 'rates_used')}: {caption}"]
    for override in rates.overrides:
        value = "" if override.value is None else f" = {number(override.value, lang)}"
        was = "" if override.was is None else t(lang, "was", value=number(override.was, lang))
        lines.append(t(lang, "overridden", key=override.key, value=value, by=override.by, was=was))
    return lines
