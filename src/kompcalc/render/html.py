"""The report: one self-contained HTML file for a case list, to hand to a committee.

A summary, two charts and one card per case, laid out like the catalogue's cards.
The page is rendered with Jinja2 with autoescaping on, so every text from the case
file is escaped; the charts are inline SVG (:mod:`kompcalc.render.svg`); the CSS is inline
and includes a print stylesheet for A4. Nothing is fetched: no script, no font, no
image. The condition text (health data) is left out unless it is asked for.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import IO, Any

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from kompcalc import __version__
from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.calc import Result
from kompcalc.core.effective import EffectiveRates
from kompcalc.fmt import kroner, number
from kompcalc.render.describe import (
    benefit_name,
    benefit_rows,
    break_even_text,
    day_text,
    economy_rows,
    interventions_text,
    rates_lines,
    result_rows,
)
from kompcalc.render.svg import break_even_chart, line_chart, sparkline
from kompcalc.texts import problem_line, t


@dataclass(frozen=True)
class Card:
    """What one case's card shows."""

    id: str
    person: str | None
    occupation: str | None
    condition: str | None
    description: str | None
    interventions: str
    economy: list[tuple[str, str]]
    benefit: str
    benefit_rows: list[tuple[str, str]]
    result_rows: list[tuple[str, str]]
    curve: Markup


def _savings(result: Result) -> list[Decimal]:
    """The cumulative saving at the end of months 0..horizon."""
    return [result.saving_after(month) for month in range(result.months + 1)]


def _card(computed: Computed, lang: str, include_conditions: bool) -> Card:
    result, case = computed.result, computed.result.case
    return Card(
        id=case.id or "",
        person=case.person,
        occupation=case.occupation,
        condition=case.condition if include_conditions else None,
        description=case.description,
        interventions=interventions_text(case.interventions, lang),
        economy=[row for line in result.lines for row in economy_rows(line, lang)],
        benefit=benefit_name(result, computed.rates, lang),
        benefit_rows=benefit_rows(result, computed.rates, lang),
        result_rows=result_rows(result, lang),
        curve=sparkline(_savings(result), title=t(lang, "rep_card_curve", id=case.id or "")),
    )


def _bar_label(computed: Computed, lang: str) -> str:
    """A case's break-even as its bar says it, and when it turns negative if it does."""
    result = computed.result
    label = break_even_text(result.break_even_months, lang)
    if result.negative_from_months is None:
        return label
    return (
        f"{label}; {t(lang, 'negative_from', months=number(result.negative_from_months, lang, 2))}"
    )


def _template() -> Any:
    text = resources.files("kompcalc.render").joinpath("report.html.j2").read_text(encoding="utf-8")
    env = Environment(
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    return env.from_string(text)


def report_html(
    summary: Summary,
    computed: list[Computed],
    rates: EffectiveRates,
    *,
    lang: str,
    include_conditions: bool,
    today: date,
) -> str:
    """The whole report as one HTML document: ``computed`` are the cases in file order."""
    totals = summary.totals
    months = summary.months
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
    problems = [problem_line(p, lang) for f in summary.failed for p in f.problems]
    table = rates.table
    sources = [
        ", ".join(str(p) for p in (s.title, s.publisher, s.year) if p)
        for key, s in table.sources.items()
    ]
    context = {
        "lang": lang,
        "t": lambda text_key, /, **values: t(lang, text_key, **values),
        "kr": lambda amount: kroner(amount, lang),
        "title": summary.title or t(lang, "rep_default_title"),
        "description": summary.description,
        "file": summary.file,
        "version": __version__,
        "today": day_text(today, lang),
        "totals": totals,
        "failed": len(summary.failed),
        "problems": problems,
        "include_conditions": include_conditions,
        "rates_title": table.title,
        "rates_layers": " + ".join(rates.layers),
        "rates_day": day_text(rates.day, lang),
        "rates_hash": rates.hash,
        "overrides": rates_lines(rates, lang)[1:],  # each value changed, in number format
        "sources": sources,
        "savings_chart": savings_chart,
        "break_even_chart": break_even,
        "cards": [_card(c, lang, include_conditions) for c in computed],
        "months": months,
    }
    html: str = _template().render(**context)
    return html


class HtmlReport:
    """The report as a batch output: it keeps every computed case and writes the whole
    document to ``out`` at the end."""

    def __init__(
        self,
        out: IO[bytes],
        rates: EffectiveRates,
        *,
        lang: str,
        include_conditions: bool,
        today: date,
    ) -> None:
        self._out = out
        self._rates = rates
        self._lang = lang
        self._include_conditions = include_conditions
        self._today = today
        self._computed: list[Computed] = []

    def encode(self, computed: Computed) -> Computed:
        """The case itself: the cards and charts need all of it."""
        return computed

    def write(self, computed: Computed) -> None:
        self._computed.append(computed)

    def finish(self, summary: Summary) -> None:
        html = report_html(
            summary,
            self._computed,
            self._rates,
            lang=self._lang,
            include_conditions=self._include_conditions,
            today=self._today,
        )
        self._out.write(html.encode("utf-8"))
