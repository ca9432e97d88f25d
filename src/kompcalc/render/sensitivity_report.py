"""The report's section on sensitivity and switching values: the tornado chart, a
table of the assumptions (the values tried, the totals at them, the list's switching
value, how many cases are fragile) and a table of every case's switching values, the
fragile ones marked."""

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from kompcalc.core.sensitivity import Sensitivity
from kompcalc.fmt import kroner
from kompcalc.render.sensitivity import label, measured, switch_text, value_text
from kompcalc.render.tornado import TornadoRow, tornado_chart
from kompcalc.texts import t

NOT_AFFECTED = "–"
"""In the cases' table, an assumption the case's saving does not depend on (the note
under the table says so)."""


@dataclass(frozen=True)
class Cell:
    """A switching value in the cases' table, and whether the case is fragile on it."""

    text: str
    fragile: bool


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
                for case in found.cases
            ],
            "fragile": sum(case.fragile for case in found.cases),
        }
    }
