"""Charts as plain inline SVG for the report: no script, nothing fetched, labels in the
reader's number format.

Plain SVG written here rather than a chart library: the three charts kompcalc draws
(a savings curve, sorted break-even bars, a small curve per card) take a few dozen
lines, add no dependency and nothing to start-up, and need no JavaScript, so the
report opens offline and prints as drawn. Coordinates are computed with Decimals, like
everything else in kompcalc; every text that comes from a case file is escaped.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from markupsafe import Markup, escape

from kompcalc.fmt import number

PIXEL = Decimal("0.1")
STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
"""A "nice" axis step is one of these times a power of ten."""


def px(value: Decimal) -> str:
    return str(value.quantize(PIXEL))


def nice_step(span: Decimal, ticks: int = 5) -> Decimal:
    """A round step that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return Decimal(1)
    raw = span / ticks
    power = Decimal(10) ** raw.adjusted()
    return next(power * f for f in STEPS if power * f >= raw)


def ticks_for(low: Decimal, high: Decimal, count: int = 5) -> list[Decimal]:
    """Round tick values that cover ``low``..``high`` (and 0)."""
    low, high = min(low, Decimal(0)), max(high, Decimal(0))
    step = nice_step(high - low, count)
    first = (low / step).to_integral_value(ROUND_FLOOR) * step
    last = (high / step).to_integral_value(ROUND_CEILING) * step
    if first == last:
        last = first + step
    values = []
    tick = first
    while tick <= last:
        values.append(tick)
        tick += step
    return values


@dataclass(frozen=True)
class Frame:
    """The plot area inside an SVG of ``width`` x ``height``."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int

    @property
    def plot_width(self) -> Decimal:
        return Decimal(self.width - self.left - self.right)

    @property
    def plot_height(self) -> Decimal:
        return Decimal(self.height - self.top - self.bottom)

    def x(self, value: Decimal, low: Decimal, high: Decimal) -> Decimal:
        return self.left + (value - low) / (high - low) * self.plot_width

    def y(self, value: Decimal, low: Decimal, high: Decimal) -> Decimal:
        return self.top + (high - value) / (high - low) * self.plot_height


def svg_open(kind: str, frame: Frame, title: str, series: int) -> list[str]:
    return [
        f'<svg class="chart" data-chart="{kind}" data-series="{series}" role="img" '
        f'viewBox="0 0 {frame.width} {frame.height}">',
        f"<title>{escape(title)}</title>",
    ]


def line_chart(
    values: Sequence[Decimal],
    *,
    title: str,
    x_title: str,
    y_title: str,
    lang: str,
    width: int = 720,
    height: int = 320,
) -> Markup:
    """A line of ``values`` by month (``values[0]`` is month 0), with labelled axes."""
    frame = Frame(width, height, left=96, right=16, top=16, bottom=52)
    months = Decimal(len(values) - 1)
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    margin = (high - low) / 20 or Decimal(1)
    low, high = low - (margin if low < 0 else 0), high + margin
    y_ticks = [tick for tick in ticks_for(low, high, 6) if low <= tick <= high]
    parts = svg_open("savings", frame, title, series=1)
    parts.append(value_axis(frame, y_ticks, low, high, y_title, lang, places=0))
    parts.append(x_axis(frame, _month_ticks(months), months, x_title, lang, grid=False))
    points = " ".join(
        f"{px(frame.x(Decimal(m), Decimal(0), months))},{px(frame.y(v, low, high))}"
        for m, v in enumerate(values)
    )
    parts.append(f'<polyline class="series" points="{points}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def value_axis(
    frame: Frame,
    ticks: Sequence[Decimal],
    low: Decimal,
    high: Decimal,
    title: str,
    lang: str,
    places: int | None,
) -> str:
    """The vertical axis: a grid line and a label at each tick (the zero line dashed)."""
    parts = ['<g class="axis y">']
    for tick in ticks:
        y = px(frame.y(tick, low, high))
        grid = "zero" if tick == 0 and low < 0 else "grid"
        parts.append(
            f'<line class="{grid}" x1="{frame.left}" x2="{frame.width - frame.right}" '
            f'y1="{y}" y2="{y}"/>'
            f'<text x="{frame.left - 8}" y="{y}" text-anchor="end" dominant-baseline="middle">'
            f"{escape(number(tick, lang, places))}</text>"
        )
    middle = frame.top + int(frame.plot_height) // 2
    parts.append(
        f'<text class="axis-title" transform="rotate(-90)" x="{-middle}" '
        f'y="16" text-anchor="middle">{escape(title)}</text></g>'
    )
    return "".join(parts)


def x_axis(
    frame: Frame, ticks: Sequence[Decimal], high: Decimal, title: str, lang: str, *, grid: bool
) -> str:
    """The horizontal axis from 0 to ``high``: a label at each tick, with a grid line up
    the plot (``grid``) or a short tick mark, and the axis title."""
    bottom = frame.height - frame.bottom
    parts = [
        f'<g class="axis x"><line x1="{frame.left}" x2="{frame.width - frame.right}" '
        f'y1="{bottom}" y2="{bottom}"/>'
    ]
    for tick in ticks:
        x = px(frame.x(tick, Decimal(0), high))
        mark = (
            f'<line class="grid" x1="{x}" x2="{x}" y1="{frame.top}" y2="{bottom}"/>'
            if grid
            else f'<line x1="{x}" x2="{x}" y1="{bottom}" y2="{bottom + 5}"/>'
        )
        parts.append(
            f'{mark}<text x="{x}" y="{bottom + 18}" text-anchor="middle">'
            f"{escape(number(tick, lang))}</text>"
        )
    middle = frame.left + int(frame.plot_width) // 2
    parts.append(
        f'<text class="axis-title" x="{middle}" y="{frame.height - 8}" '
        f'text-anchor="middle">{escape(title)}</text></g>'
    )
    return "".join(parts)


def _month_ticks(months: Decimal) -> list[Decimal]:
    step = 6 if months <= 36 else 12 if months <= 120 else 60
    return [Decimal(m) for m in range(0, int(months) + 1, step)]


def sparkline(
    values: Sequence[Decimal], *, title: str, width: int = 240, height: int = 64
) -> Markup:
    """A small curve of ``values`` (month 0 first) with its zero line, for a card."""
    frame = Frame(width, height, left=2, right=2, top=4, bottom=4)
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    if low == high:
        high = low + 1
    months = Decimal(len(values) - 1)
    zero = px(frame.y(Decimal(0), low, high))
    points = " ".join(
        f"{px(frame.x(Decimal(m), Decimal(0), months))},{px(frame.y(v, low, high))}"
        for m, v in enumerate(values)
    )
    return Markup(
        f'<svg class="sparkline" role="img" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>"
        f'<line class="zero" x1="0" x2="{width}" y1="{zero}" y2="{zero}"/>'
        f'<polyline class="series" points="{points}"/></svg>'
    )
