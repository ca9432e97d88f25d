"""The report's section on sensitivity and switching values: the tornado chart, a
table of the assumptions (the values tried, the totals at them, the list's switching
value, how many cases are fragile) and a table of the cases' switching values, the
fragile ones marked.

Up to :data:`~kompcalc.render.cardchoice.CARDS_UP_TO` cases the table lists every
case. Above it, a table of every case would add about 100 printed pages for 10,000
cases, so it lists only the fragile ones, at most :data:`SWITCHING_ROWS` of them (those
fragile on the most assumptions first, then those that lose most at the horizon, as
the cards are chosen), in file order, with a sentence saying which and where all the
cases' switching values are (the JSON and XLSX outputs).
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from kompcalc.core.sensitivity import CaseSwitches, Sensitivity
from kompcalc.fmt import kroner, number
from kompcalc.render import cardchoice
from kompcalc.render.sensitivity import label, measured, switch_text, value_text
from kompcalc.render.tornado import TornadoRow, tornado_chart
from kompcalc.texts import t

NOT_AFFECTED = "–"
"""In the cases' table, an assumption the case's saving does not depend on (the note
under the table says so)."""

SWITCHING_ROWS = 200
"""Above the cards' threshold, the switching-values table lists at most this many
fragile cases (about five landscape A4 pages in print, measured with
``benchmarks/report_scale.py 10000 --sensitivity``)."""


@dataclass(frozen=True)
class Cell:
    """A switching value in the cases' table, and whether the case is fragile on it."""

    text: str
    fragile: bool


def listed(found: Sensitivity, lang: str) -> tuple[list[CaseSwitches], str | None]:
    """The cases the switching-values table lists, in file order, and the sentence that
    says which (None: every case, as in a report of at most ``CARDS_UP_TO`` cases)."""
    cases = found.cases
    if len(cases) <= cardchoice.CARDS_UP_TO:
        return list(cases), None
    fragile = [i for i, case in enumerate(cases) if case.fragile]
    first = sorted(fragile, key=lambda i: (-_fragile_on(cases[i]), cases[i].saving, i))
    chosen = sorted(first[:SWITCHING_ROWS])
    counts = {
        name: number(Decimal(value), lang, 0)
        for name, value in (("shown", len(chosen)), ("count", len(fragile)), ("total", len(cases)))
    }
    if not fragile:
        key = "rep_switching_none"
    elif len(chosen) < len(fragile):
        key = "rep_switching_worst"
    else:
        key = "rep_switching_fragile"
    return [cases[i] for i in chosen], t(lang, key, **counts)


def _fragile_on(case: CaseSwitches) -> int:
    """How many assumptions the case is fragile on."""
    return sum(s.fragile for s in case.switches)


def sensitivity_context(found: Sensitivity | None, lang: str) -> dict[str, Any]:
    """What the report's template needs of the analysis (None: the section is left out)."""
    if found is None:
        return {"sensitivity": None}
    total, m = kroner(found.total, lang), found.months
    heading = "sens_heading_pv" if found.discounted else "sens_heading"
    rows = [
        TornadoRow(
            label(tr.trial.key, lang),
            value_text(tr.trial.low, tr.trial, lang),
            value_text(tr.trial.high, tr.trial, lang),
            tr.total_low,
            tr.total_high,
        )
        for tr in found.trials
    ]
    chart: Markup = tornado_chart(
        rows,
        found.total,
        title=t(lang, measured(found, "rep_chart_tornado", "rep_chart_tornado_pv"), months=m),
        x_title=t(lang, measured(found, "rep_axis_total", "rep_axis_total_pv"), months=m),
        today_text=t(lang, "rep_tornado_today", total=total),
        legend=(t(lang, "rep_tornado_low"), t(lang, "rep_tornado_high")),
        lang=lang,
    )
    trials = [tr.trial for tr in found.trials]
    cases, shown = listed(found, lang)
    fragile = sum(case.fragile for case in found.cases)
    every = number(Decimal(len(found.cases)), lang, 0)
    return {
        "sensitivity": {
            "heading": t(lang, heading, months=m, total=total),
            "months": m,
            "chart_title": t(
                lang, measured(found, "rep_chart_tornado", "rep_chart_tornado_pv"), months=m
            ),
            "at_low": t(lang, measured(found, "sens_col_at_low", "sens_col_at_low_pv")),
            "at_high": t(lang, measured(found, "sens_col_at_high", "sens_col_at_high_pv")),
            "about": t(
                lang, measured(found, "rep_switching_about", "rep_switching_about_pv"), months=m
            ),
            "saving": t(lang, measured(found, "sens_col_saving", "sens_col_saving_pv"), months=m),
            "tornado": chart,
            "assumptions": [
                (
                    label(tr.trial.key, lang),
                    value_text(tr.trial.today, tr.trial, lang),
                    f"{value_text(tr.trial.low, tr.trial, lang)} / "
                    f"{value_text(tr.trial.high, tr.trial, lang)}",
                    kroner(tr.total_low, lang),
                    kroner(tr.total_high, lang),
                    switch_text(tr.switch, tr.trial, lang),
                    tr.fragile_cases,
                )
                for tr in found.trials
            ],
            "labels": [label(trial.key, lang) for trial in trials],
            "cases": [
                (
                    case.id,
                    kroner(case.saving, lang),
                    [
                        Cell(switch_text(s, trial, lang) if s.affected else NOT_AFFECTED, s.fragile)
                        for trial, s in zip(trials, case.switches, strict=True)
                    ],
                )
                for case in cases
            ],
            "shown": shown,
            "fragile": fragile,
            "fragile_note": t(lang, "rep_fragile_note", count=fragile, cases=every),
        }
    }
