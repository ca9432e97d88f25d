"""The sensitivity analysis as text under the batch table: the totals at each
assumption's low and high value, a tornado of them, the list's switching values and
the fragile cases, each table laid out to fit a width (:mod:`kompcalc.render.fit`;
every column at its full width for a file or a pipe).
"""

from collections.abc import Sequence

from kompcalc.core.sensitivity import Sensitivity
from kompcalc.fmt import kroner
from kompcalc.render import fit
from kompcalc.render.sensitivity import (
    bars,
    fragile_rows,
    label,
    measured,
    range_text,
    switch_text,
    value_text,
)
from kompcalc.texts import t

FRAGILE_SHOWN = 20
"""At most this many fragile cases are listed in the text (the JSON and XLSX have all)."""

LABEL_WIDTH = 24
"""The widest a tornado bar's label gets (longer is cut)."""

PIPED_BARS = 40
"""The width of the tornado's bars in a file or a pipe."""

LOW, HIGH, TODAY = "░", "█", "│"


def _table(specs: Sequence[fit.Spec], rows: list[list[str]], width: int | None) -> list[str]:
    layout = fit.natural(specs, rows) if width is None else fit.plan(specs, rows, width)
    if layout is None:  # too narrow for the columns side by side: a card per row
        cards, _ = fit.cards(specs, rows, width or 0)
        return [line for card in cards for line in card]
    lines = [*layout.heading(), layout.rule()]
    for row in rows:
        lines += layout.row(row)
    return lines


def _spec(key: str, lang: str, kind: fit.Kind, *, required: bool = True) -> fit.Spec:
    return fit.Spec(t(lang, key), kind, required, least=10)


def _tornado(found: Sensitivity, lang: str, width: int | None) -> list[str]:
    labels = [fit.cut(label(tr.trial.key, lang), LABEL_WIDTH) for tr in found.trials]
    room = max(len(text) for text in labels)
    size = PIPED_BARS if width is None else max(10, width - room - fit.GAP)
    lines = []
    for text, bar in zip(labels, bars(found, size), strict=True):
        cells = [" "] * size
        for end, mark in sorted(((bar.low, LOW), (bar.high, HIGH)),
                                key=lambda e: -abs(e[0] - bar.today)):  # fmt: skip
            first, last = sorted((end, bar.today))
            for i in range(first, last + 1):
                cells[i] = mark
        cells[bar.today] = TODAY
        lines.append(f"{fit.pad(text, room, right=False)}{' ' * fit.GAP}{''.join(cells)}".rstrip())
    return [*lines, t(lang, "sens_legend")]


def sensitivity_lines(found: Sensitivity, lang: str, width: int | None) -> list[str]:
    """The analysis as lines of at most ``width`` cells (None: as wide as they are)."""
    total = kroner(found.total, lang)
    heading = "sens_heading_pv" if found.discounted else "sens_heading"
    wrap = (lambda lines: lines) if width is None else (lambda lines: fit.wrap(lines, width))
    lines = wrap([t(lang, heading, months=found.months, total=total), t(lang, "sens_about")])
    number, text = fit.Kind.NUMBER, fit.Kind.WRAP
    specs = [
        _spec("sens_col_assumption", lang, text),
        _spec("sens_col_today", lang, number, required=False),
        _spec("sens_col_low", lang, number),
        _spec("sens_col_high", lang, number),
        _spec(measured(found, "sens_col_at_low", "sens_col_at_low_pv"), lang, number),
        _spec(measured(found, "sens_col_at_high", "sens_col_at_high_pv"), lang, number),
    ]
    rows = [
        [
            label(tr.trial.key, lang),
            value_text(tr.trial.today, tr.trial, lang),
            value_text(tr.trial.low, tr.trial, lang),
            value_text(tr.trial.high, tr.trial, lang),
            kroner(tr.total_low, lang),
            kroner(tr.total_high, lang),
        ]
        for tr in found.trials
    ]
    lines += ["", *_table(specs, rows, width), "", *_tornado(found, lang, width), ""]
    switching = measured(found, "sens_switch_heading", "sens_switch_heading_pv")
    lines += wrap([t(lang, switching, months=found.months)])
    lines += wrap([t(lang, "sens_switch_about")])
    specs = [
        _spec("sens_col_assumption", lang, text),
        _spec("sens_col_today", lang, number),
        _spec("sens_col_switch", lang, number),
        _spec("sens_col_range", lang, number, required=False),
        _spec("sens_col_fragile", lang, number, required=False),
    ]
    rows = [
        [
            label(tr.trial.key, lang),
            value_text(tr.switch.today, tr.trial, lang),
            switch_text(tr.switch, tr.trial, lang),
            range_text(tr.trial, lang),
            str(tr.fragile_cases),
        ]
        for tr in found.trials
    ]
    lines += ["", *_table(specs, rows, width), ""]
    return lines + _fragile(found, lang, width)


def _fragile(found: Sensitivity, lang: str, width: int | None) -> list[str]:
    fragile = [case for case in found.cases if case.fragile]
    wrap = (lambda lines: lines) if width is None else (lambda lines: fit.wrap(lines, width))
    if not fragile:
        return wrap([t(lang, "sens_fragile_none")])
    heading = t(lang, "sens_fragile_heading", count=len(fragile), cases=len(found.cases))
    rows = [
        [case_id, label(tr.trial.key, lang), value_text(s.today, tr.trial, lang),
         switch_text(s, tr.trial, lang)]
        for case_id, tr, s in fragile_rows(found)
    ]  # fmt: skip
    specs = [
        _spec("sens_col_case", lang, fit.Kind.WRAP),
        _spec("sens_col_assumption", lang, fit.Kind.WRAP),
        _spec("sens_col_today", lang, fit.Kind.NUMBER),
        _spec("sens_col_switch", lang, fit.Kind.NUMBER),
    ]
    lines = [*wrap([heading]), "", *_table(specs, rows[:FRAGILE_SHOWN], width)]
    if len(rows) > FRAGILE_SHOWN:
        lines += wrap([t(lang, "sens_fragile_more", count=len(rows) - FRAGILE_SHOWN)])
    return lines
