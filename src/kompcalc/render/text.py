"""The human rendering: a case laid out like a card in the catalogue, then who pays and
who saves."""

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kompcalc.core.calc import Result
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.perspectives import NotComputed, Perspective, view
from kompcalc.render.business import (
    PART,
    case_grid,
    discount_text,
    not_computed_text,
    who,
)
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


def render_result(
    result: Result,
    rates: EffectiveRates,
    lang: str,
    perspective: Perspective = Perspective.kommune,
) -> RenderableType:
    """The full human rendering of one result; the benefit avoided and the result are
    ``perspective``'s (the economy shows every party's share of the cost already)."""
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

    seen = view(result, perspective)
    name = benefit_name(result, rates, lang)
    heading = t(lang, "h_result")
    if perspective is not Perspective.kommune:
        part = t(lang, PART[perspective])
        name = t(lang, "h_benefit_part", name=name, part=part)
        heading = t(lang, "h_result_for", who=who(perspective, lang))
    if isinstance(seen, NotComputed):
        section(f"{t(lang, 'h_benefit')}: {name}", [("", not_computed_text(seen, lang))])
        section(heading, [("", not_computed_text(seen, lang))])
    else:
        amounts = None if perspective is Perspective.kommune else seen.benefit
        section(f"{t(lang, 'h_benefit')}: {name}", benefit_rows(result, rates, lang, amounts))
        rows = result_rows(seen, lang)
        if result.discount is not None:
            rows.append(
                (t(lang, "discount_rate"), discount_text(result.discount, rates.table, lang))
            )
        section(heading, rows)
    parts.append(Text(t(lang, "h_perspectives", months=result.months), style="bold"))
    parts += _perspectives(result, lang)
    parts += [Text(line, overflow="fold") for line in rates_lines(rates, lang)]
    return Group(*parts)


def _perspectives(result: Result, lang: str) -> list[RenderableType]:
    """Who pays and who saves at the horizon: a column per perspective that can be
    computed (so three fit in 80 columns), then a line for each that cannot and why."""
    grid = case_grid(result, lang)
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 0, 0, 3))
    table.add_column("", no_wrap=True)
    for head in grid.heads:
        table.add_column(head, justify="right", no_wrap=True)
    for label, cells in grid.rows:
        table.add_row(f"  {label}", *cells)
    notes = _grid()
    for who_, why in grid.notes:
        notes.add_row(f"  {who_}", why)
    return [table, notes]
