"""The human rendering: a case laid out like a card in the catalogue."""

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.core.calc import Result
from kompcalc.core.effective import EffectiveRates
from kompcalc.render.describe import (
    benefit_name,
    benefit_rows,
    economy_rows,
    interventions_text,
    rates_lines,
    result_rows,
)
from kompcalc.texts import t


def _grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def render_result(result: Result, rates: EffectiveRates, lang: str) -> RenderableType:
    """The full human rendering of one result."""
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

    section(
        f"{t(lang, 'h_benefit')}: {benefit_name(result, rates, lang)}",
        benefit_rows(result, rates, lang),
    )
    section(t(lang, "h_result"), result_rows(result, lang))
    parts += [Text(line, overflow="fold") for line in rates_lines(rates, lang)]
    return Group(*parts)
