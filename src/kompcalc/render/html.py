"""The report: one self-contained HTML file for a case list, to hand to a committee.

A title block, a conclusion in plain sentences, a summary, two charts, the assumptions,
with ``--sensitivity`` a tornado chart and the switching values
(:mod:`kompcalc.render.sensitivity_report`), one card per case (laid out like the
catalogue's cards) and a footer on how it was computed. Nothing on the page is a
command-line option: advice for the person who made the report goes to stderr.
The page is rendered with Jinja2 with autoescaping on, so every text from the case
file is escaped; the charts are inline SVG (:mod:`kompcalc.render.svg`); the CSS is inline
and includes a print stylesheet for A4. Nothing is fetched: no script, no font, no
image. The condition text (health data) is left out unless it is asked for.
"""

from collections.abc import Callable
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
from kompcalc.core.discount import Profile
from kompcalc.core.effective import SET_SOURCE, EffectiveRates
from kompcalc.core.freshness import Freshness, OldValue
from kompcalc.core.perspectives import municipal
from kompcalc.fmt import kroner, number
from kompcalc.render.assumptions import counterfactuals
from kompcalc.render.business import Grid, business_context, case_grid
from kompcalc.render.cardchoice import DEFAULT as DEFAULT_CARDS
from kompcalc.render.cardchoice import CardsOption, choose
from kompcalc.render.casetable import table_context
from kompcalc.render.conclusion import conclusion, months_text
from kompcalc.render.describe import (
    benefit_name,
    benefit_rows,
    day_text,
    economy_rows,
    interventions_text,
    result_rows,
)
from kompcalc.render.ratenote import rates_notice, table_years
from kompcalc.render.report_charts import charts
from kompcalc.render.sensitivity_report import sensitivity_context
from kompcalc.render.svg import sparkline
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
    perspectives: Grid
    position: int
    """The case's place among the computed cases: its anchor, and its row's."""


def _savings(result: Result) -> list[Decimal]:
    """The cumulative saving at the end of months 0..horizon."""
    return [result.saving_after(month) for month in range(result.months + 1)]


def _card(computed: Computed, position: int, lang: str, include_conditions: bool) -> Card:
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
        result_rows=result_rows(municipal(result), lang),
        curve=sparkline(_savings(result), title=t(lang, "rep_card_curve", id=case.id or "")),
        perspectives=case_grid(result, lang),
        position=position,
    )


def _template() -> Any:
    text = resources.files("kompcalc.render").joinpath("report.html.j2").read_text(encoding="utf-8")
    env = Environment(
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    return env.from_string(text)


@dataclass(frozen=True)
class Byline:
    """Who the report is from and by, given on the command line (None: the case file's)."""

    organisation: str | None = None
    author: str | None = None


def _old_name(rates: EffectiveRates, lang: str) -> Callable[[OldValue], str]:
    def name(value: OldValue) -> str:
        if value.benefit is not None and value.benefit in rates.benefits:
            return rates.benefits[value.benefit].label.get(lang)
        return t(lang, "r_pa_hourly_rate") if value.key == "pa_hourly_rate" else value.key

    return name


def _overrides(rates: EffectiveRates, lang: str) -> list[str]:
    """Each value changed from the table, with no command-line option in it."""
    lines = []
    for o in rates.overrides:
        value = "" if o.value is None else f" = {number(o.value, lang)}"
        was = "" if o.was is None else t(lang, "was", value=number(o.was, lang))
        by = t(lang, "rep_set_here") if o.by == SET_SOURCE else o.by
        lines.append(t(lang, "overridden", key=o.key, value=value, by=by, was=was).strip())
    return lines


def _rates_context(rates: EffectiveRates, found: Freshness, lang: str) -> dict[str, Any]:
    table = rates.table
    sources = [
        ", ".join(str(p) for p in (s.title, s.publisher, s.year) if p)
        for s in table.sources.values()
    ]
    return {
        "rates_text": t(
            lang,
            "rep_asm_rates",
            title=table.title,
            layers=" + ".join(rates.layers),
            years=table_years(found, lang),
            day=day_text(rates.day, lang),
        ),
        "rates_hash": rates.hash,
        "overrides": _overrides(rates, lang),
        "sources": sources,
        "rates_notice": rates_notice(found, lang, _old_name(rates, lang)),
    }


def report_html(
    summary: Summary,
    computed: list[Computed],
    rates: EffectiveRates,
    *,
    lang: str,
    include_conditions: bool,
    today: date,
    freshness: Freshness,
    byline: Byline | None = None,
    discount: Profile | None = None,
    cards: CardsOption = DEFAULT_CARDS,
) -> str:
    """The whole report as one HTML document: ``computed`` are the cases in file order;
    ``freshness`` says whether the rates are today's; ``byline``'s values win over the
    case file's; ``discount`` is the rate the present values rest on; ``cards`` says
    which cases get a card (:mod:`kompcalc.render.cardchoice`)."""
    byline = byline or Byline()
    found = summary.sensitivity
    failed_ids = [f.case_id for f in summary.failed]
    choice = choose(cards, computed, failed_ids=failed_ids, sensitivity=found)
    totals = summary.totals
    months = summary.months
    problems = [problem_line(p, lang) for f in summary.failed for p in f.problems]
    context = {
        "lang": lang,
        "t": lambda text_key, /, **values: t(lang, text_key, **values),
        "kr": lambda amount: kroner(amount, lang),
        "count": lambda whole: number(Decimal(whole), lang, 0),
        "title": summary.title or t(lang, "rep_default_title"),
        "description": summary.description,
        "organisation": byline.organisation or summary.organisation,
        "author": byline.author or summary.author,
        "conclusion": conclusion(totals, months, len(summary.failed), lang),
        "counterfactuals": [
            (c.benefit, ", ".join(c.details), c.cases_text(lang, ids=not choice.table))
            for c in counterfactuals(computed, lang)
        ],
        "horizon": months_text(months, lang),
        "file": summary.file,
        "version": __version__,
        "today": day_text(today, lang),
        "totals": totals,
        "failed": len(summary.failed),
        "problems": problems,
        "include_conditions": include_conditions,
        **_rates_context(rates, freshness, lang),
        **business_context(summary, discount, rates.table, lang),
        **charts(computed, months, lang),
        **sensitivity_context(summary.sensitivity, lang),
        **table_context(computed, choice, months, lang, sensitivity=found is not None),
        "cards": [
            _card(c, i, lang, include_conditions)
            for i, c in enumerate(computed)
            if i in choice.carded
        ],
        "months": months,
    }
    html: str = _template().render(**context)
    return html


class HtmlReport:
    """The report as a batch output: it keeps every computed case and writes the whole
    document to ``out`` at the end. :attr:`conditions_left_out` counts the cases whose
    condition the report leaves out."""

    def __init__(
        self,
        out: IO[bytes],
        rates: EffectiveRates,
        *,
        lang: str,
        include_conditions: bool,
        today: date,
        freshness: Freshness,
        byline: Byline | None = None,
        discount: Profile | None = None,
        cards: CardsOption = DEFAULT_CARDS,
    ) -> None:
        self._out = out
        self._cards = cards
        self._discount = discount
        self._rates = rates
        self._lang = lang
        self._include_conditions = include_conditions
        self._today = today
        self._freshness = freshness
        self._byline = byline
        self._computed: list[Computed] = []
        self.conditions_left_out = 0

    def encode(self, computed: Computed) -> Computed:
        """The case itself: the cards and charts need all of it."""
        return computed

    def write(self, computed: Computed) -> None:
        self._computed.append(computed)
        if computed.result.case.condition and not self._include_conditions:
            self.conditions_left_out += 1

    def finish(self, summary: Summary) -> None:
        html = report_html(
            summary,
            self._computed,
            self._rates,
            lang=self._lang,
            include_conditions=self._include_conditions,
            today=self._today,
            freshness=self._freshness,
            byline=self._byline,
            discount=self._discount,
            cards=self._cards,
        )
        self._out.write(html.encode("utf-8"))
