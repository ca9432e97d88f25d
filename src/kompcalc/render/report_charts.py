"""The report's two charts of the whole list: the cumulative saving of all cases over
time, and every case's break-even, sorted (:mod:`kompcalc.render.bars`)."""

from collections.abc import Sequence
from decimal import Decimal

from markupsafe import Markup

from kompcalc.batch.run import Computed
from kompcalc.fmt import number
from kompcalc.render.bars import break_even_chart
from kompcalc.render.describe import break_even_text
from kompcalc.render.svg import line_chart
from kompcalc.texts import t


def _bar_label(computed: Computed, lang: str) -> str:
    """A case's break-even as its bar says it, and when it turns negative if it does."""
    result = computed.result
    label = break_even_text(result.break_even_months, lang)
    if result.negative_from_months is None:
        return label
    return (
        f"{label}; {t(lang, 'negative_from', months=number(result.negative_from_months, lang, 2))}"
    )


def charts(computed: Sequence[Computed], months: int, lang: str) -> dict[str, Markup]:
    """The savings chart and the break-even chart, as the template names them."""
    curve = [
        sum((c.result.saving_after(m) for c in computed), Decimal(0)) for m in range(months + 1)
    ]
    ordered = sorted(
        computed,
        key=lambda c: (c.result.break_even_months is None, c.result.break_even_months or 0),
    )
    bars = [
        (c.result.case.id or "", c.result.break_even_months, _bar_label(c, lang)) for c in ordered
    ]
    savings_chart = line_chart(
        curve,
        title=t(lang, "rep_chart_savings"),
        x_title=t(lang, "rep_axis_months"),
        y_title=t(lang, "rep_axis_kroner"),
        lang=lang,
    )
    break_even = break_even_chart(
        bars,
        title=t(lang, "rep_chart_break_even"),
        x_title=t(lang, "rep_axis_months"),
        cases_title=t(lang, "rep_axis_cases"),
        lang=lang,
    )
    return {"savings_chart": savings_chart, "break_even_chart": break_even}
