"""The tornado chart of the report's sensitivity analysis, as plain inline SVG (see
:mod:`kompcalc.render.svg`): one row per assumption, largest swing at the top, a bar
from today's total to the total at the assumption's low value and one to the total at
its high value, on one axis of kroner with today's total marked."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

from kompcalc.fmt import kroner, number
from kompcalc.render.svg import Frame, px, svg_open, ticks_for

ROW = 36
"""The height of one assumption's row."""


@dataclass(frozen=True)
class TornadoRow:
    """One assumption: its name, the values tried as text, and the totals at them."""

    label: str
    low: str
    high: str
    total_low: Decimal
    total_high: Decimal


def tornado_chart(
    rows: Sequence[TornadoRow],
    today: Decimal,
    *,
    title: str,
    x_title: str,
    today_text: str,
    legend: tuple[str, str],
    lang: str,
    width: int = 720,
) -> Markup:
    """The chart of ``rows`` (in their order, top down) around ``today``'s total."""
    amounts = [today, *(r.total_low for r in rows), *(r.total_high for r in rows)]
    ticks = ticks_for(min(amounts), max(amounts), 6)
    low, high = ticks[0], ticks[-1]
    frame = Frame(width, 40 + ROW * len(rows) + 56, left=220, right=52, top=40, bottom=56)
    parts = svg_open("tornado", frame, title, series=len(rows))
    bottom = frame.height - frame.bottom
    parts.append(
        f'<g class="axis x"><line x1="{frame.left}" x2="{width - frame.right}" '
        f'y1="{bottom}" y2="{bottom}"/>'
    )
    for tick in ticks:
        x = px(frame.x(tick, low, high))
        grid = "zero" if tick == 0 else "grid"
        parts.append(
            f'<line class="{grid}" x1="{x}" x2="{x}" y1="{frame.top}" y2="{bottom}"/>'
            f'<text x="{x}" y="{bottom + 18}" text-anchor="middle">'
            f"{escape(number(tick, lang, 0))}</text>"
        )
    middle = frame.left + int(frame.plot_width) // 2
    parts.append(
        f'<text class="axis-title" x="{middle}" y="{frame.height - 8}" '
        f'text-anchor="middle">{escape(x_title)}</text></g>'
    )
    base = frame.x(today, low, high)
    parts.append('<g class="series">')
    for i, row in enumerate(rows):
        y = frame.top + i * ROW + 6
        ends = (("low", row.total_low, row.low), ("high", row.total_high, row.high))
        for css, amount, value in ends:
            end = frame.x(amount, low, high)
            left, size = min(base, end), abs(end - base)
            tip = f"{row.label}, {value}: {kroner(amount, lang)}"
            parts.append(
                f'<rect class="bar {css}" x="{px(left)}" y="{y}" width="{px(size)}" '
                f'height="{ROW - 12}"><title>{escape(tip)}</title></rect>'
            )
        parts.append(
            f'<text class="label" x="{frame.left - 8}" y="{y + 9}" text-anchor="end">'
            f"{escape(row.label)}</text>"
            f'<text class="value" x="{frame.left - 8}" y="{y + 23}" text-anchor="end">'
            f"{escape(row.low)} / {escape(row.high)}</text>"
        )
    parts.append("</g>")
    parts.append(
        f'<line class="today" x1="{px(base)}" x2="{px(base)}" y1="{frame.top - 6}" '
        f'y2="{bottom}"/><text class="today" x="{px(base)}" y="{frame.top - 12}" '
        f'text-anchor="middle">{escape(today_text)}</text>'
    )
    parts.append(_legend(frame, legend))
    parts.append("</svg>")
    return Markup("".join(parts))


def _legend(frame: Frame, legend: tuple[str, str]) -> str:
    """The two colours' meaning, at the top left."""
    low, high = legend
    return (
        f'<g class="legend"><rect class="bar low" x="8" y="8" width="12" height="12"/>'
        f'<text x="26" y="18">{escape(low)}</text>'
        f'<rect class="bar high" x="8" y="24" width="12" height="12"/>'
        f'<text x="26" y="34">{escape(high)}</text></g>'
    )
