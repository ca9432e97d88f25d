"""Plain-text descriptions for every output: interventions, their economy, tiers and
staircases, days and the rates a result rests on (no rich, no HTML)."""

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal

from kompcalc.core.calc import CostLine, Plan, Result
from kompcalc.core.cases import (
    Aids,
    EducationAssistance,
    Icebreaker,
    Intervention,
    Mentor,
    PersonalAssistance,
    RecurringCost,
)
from kompcalc.core.effective import EffectiveRates, StaircaseSchedule
from kompcalc.core.money import HUNDRED
from kompcalc.core.perspectives import Amounts, View
from kompcalc.fmt import day, kroner, number, percent
from kompcalc.render.words import word
from kompcalc.texts import t


def kind_name(kind: str, lang: str) -> str:
    """The scheme's name: ``Personlig assistance``, ``Mentor``, ..."""
    return word(lang, "kind_" + kind)


_SAID: dict[tuple[str, str, Decimal, int | None], str] = {}
"""The text of each hourly scheme said so far, by (language, kind, hours, months): a
batch's cases share a few. Equal hours are said alike (:func:`number` normalises)."""

_SAID_MAX = 4096
"""At most this many texts are kept (then they are said afresh)."""


def intervention_text(iv: Intervention, lang: str) -> str:
    """One intervention in a few words: ``Personlig assistance, 12 timer om ugen``."""
    # by kind, not isinstance (slow on a model that is not the class): a batch asks it
    # of every case
    if iv.kind == "personal_assistance" or iv.kind == "education_assistance" or iv.kind == "mentor":
        key = (lang, iv.kind, iv.hours_per_week, iv.months)
        found = _SAID.get(key)
        if found is None:
            if len(_SAID) >= _SAID_MAX:
                _SAID.clear()
            found = _SAID[key] = _said(iv, lang)
        return found
    return _said(iv, lang)


def _said(iv: Intervention, lang: str) -> str:
    name = kind_name(iv.kind, lang)
    detail = ""
    if iv.kind == "aids":
        named = iv.items if iv.amount is None else ()  # an amount alone has no name
        detail = ", ".join([i.name for i in named if i.name]) or (iv.description or "")
        return f"{name}, {detail}" if detail else name  # (aids have no months)
    if iv.kind == "personal_assistance" or iv.kind == "education_assistance" or iv.kind == "mentor":
        detail = t(lang, "pa_what", hours=number(iv.hours_per_week, lang))
    elif iv.kind == "icebreaker":
        detail = t(lang, "monthly_amount", amount=kroner(iv.monthly, lang))
    elif iv.kind == "recurring_cost":
        name = iv.name
    # by kind: asked of a model without it, pydantic's __getattr__ takes microseconds
    months = None if iv.kind == "priority_access" else iv.months
    if months is not None:
        detail = f"{detail} {t(lang, 'for_months', months=months)}".strip()
    return f"{name}, {detail}" if detail else name


def interventions_text(interventions: tuple[Intervention, ...], lang: str) -> str:
    """Every intervention of a case, separated by semicolons."""
    if len(interventions) == 1:  # most cases: no list to join
        return intervention_text(interventions[0], lang)
    return "; ".join([intervention_text(iv, lang) for iv in interventions])


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


def economy_rows(line: CostLine, lang: str) -> Iterator[tuple[str, str]]:
    """The economy of one intervention as (label, value) rows, the formula spelled out."""
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


def day_text(value: date, lang: str) -> str:
    """``23.11.2026`` in Danish, ``2026-11-23`` in English."""
    return day(value, lang)


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


def break_even_text(value: Decimal | None, lang: str, *, unit: bool = False) -> str:
    """``2,45`` months (with ``unit``: ``2,45 måneder``), ``straks`` (at once) or
    ``nås ikke`` (never)."""
    if value is None:
        return word(lang, "break_even_never")
    if value == 0:
        return word(lang, "break_even_now")
    shown = number(value, lang, 2)
    return t(lang, "break_even_months", months=shown) if unit else shown


_BENEFIT_NAMES: dict[tuple[int, str, Plan], tuple[EffectiveRates, str]] = {}
"""Each plan's name said so far (at most 256), by (the rates' identity, language,
plan), beside the rates (kept, so their identity is no other's while the name is):
a batch's cases share a few plans and mostly one set of rates."""


def benefit_name(result: Result, rates: EffectiveRates, lang: str) -> str:
    """The benefit avoided: ``Sygedagpenge``, or a path step by step:
    ``Sygedagpenge i 5 mdr., derefter Ressourceforløbsydelse``."""
    key = (id(rates), lang, result.plan)
    found = _BENEFIT_NAMES.get(key)
    if found is not None and found[0] is rates:
        return found[1]
    names = []
    for benefit, months in result.plan:
        label = rates.benefits[benefit].label.get(lang)
        names.append(label if months is None else t(lang, "path_step", name=label, months=months))
    if len(_BENEFIT_NAMES) >= 256:
        _BENEFIT_NAMES.clear()
    name = t(lang, "path_then").join(names)
    _BENEFIT_NAMES[key] = (rates, name)
    return name


def benefit_rows(
    result: Result, rates: EffectiveRates, lang: str, amounts: Amounts | None = None
) -> list[tuple[str, str]]:
    """The benefit avoided as (label, value) rows: its runs of equal months (the
    municipality's, or ``amounts``: another perspective's part), how each benefit on a
    staircase is computed, where in the benefit period the citizen starts, and the
    probability it rests on when that is not 100 %."""
    per_month = t(lang, "per_month")
    of = result.curve if amounts is None else amounts
    avoided = [of.at(m) for m in range(1, result.months + 1)]
    rows = [
        (tier_range(start, end, lang), f"{kroner(amount, lang)} {per_month}")
        for start, end, amount in runs(avoided)
    ]
    shown: set[str] = set()
    for key, _ in reversed(result.plan):
        schedule = rates.benefits[key].schedule
        if isinstance(schedule, StaircaseSchedule) and key not in shown:
            rows.insert(0, (t(lang, "stairs_rule"), staircase_text(schedule, lang)))
            shown.add(key)
    case = result.case
    if case.benefit_month is not None and case.benefit_month > 1:
        rows.append(("", t(lang, "benefit_start", month=case.benefit_month)))
    if case.benefit_week is not None and case.benefit_week > 1:
        rows.append(("", t(lang, "benefit_start_week", week=case.benefit_week)))
    if result.probability != HUNDRED:
        rows.append(
            (
                t(lang, "probability"),
                t(lang, "probability_value", pct=percent(result.probability, lang)),
            )
        )
    return rows


def result_rows(view: View, lang: str) -> list[tuple[str, str]]:
    """A perspective's result as (label, value) rows: the monthly saving in runs of
    equal months, break-even (the payback time) with the saving per krone spent beside
    it, the cumulative savings and, with a discount rate, their present values and the
    discounted break-even."""
    months = view.marks[-1]
    monthly = [view.benefit.at(m) - view.costs.at(m) for m in range(1, months + 1)]
    rows = [
        (f"{t(lang, 'monthly_saving')}, {tier_range(start, end, lang)}", kroner(amount, lang))
        for start, end, amount in runs(monthly)
    ]
    rows.append((t(lang, "break_even"), break_even_text(view.break_even_months, lang, unit=True)))
    turns = view.negative_from_months
    if turns is not None:
        rows.append(("", t(lang, "negative_from", months=number(turns, lang, 2))))
    per_krone = per_krone_text(view.return_per_krone, lang)
    rows.append((t(lang, "return_per_krone", months=months), per_krone))
    rows += [(t(lang, "saving_after", months=m), kroner(a, lang)) for m, a in view.savings]
    if view.present_value is not None:
        rows += [
            (t(lang, "present_value_after", months=m), kroner(a, lang))
            for m, a in view.present_value
        ]
        payback = break_even_text(view.discounted_break_even, lang, unit=True)
        rows.append((t(lang, "payback_discounted"), payback))
    return rows


def per_krone_text(value: Decimal | None, lang: str) -> str:
    """``21,40 kr.`` saved per krone spent, or ``intet brugt`` (None: nothing spent)."""
    if value is None:
        return t(lang, "nothing_spent")
    return t(lang, "per_krone_value", amount=number(value, lang, 2))
