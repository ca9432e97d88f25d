"""The report's break-even chart: the cases sorted by break-even, a bar each.

Up to :data:`LABELLED_BARS` cases the bars lie down with the case's label; up to
:data:`COLUMNS` cases each stands as a thin column with its label as a tooltip; more
cases are drawn as :data:`COLUMNS` columns, each as high as the highest case it holds,
so the chart stays a few kilobytes at any number of cases.
"""

from collections.abc import Sequence
from decimal import Decimal

from markupsafe import Markup, escape

from kompcalc.render.svg import PIXEL, Frame, px, svg_open, ticks_for, value_axis, x_axis

LABELLED_BARS = 40
"""Up to this many cases get a labelled bar each; more get a column each, unlabelled."""


def break_even_chart(
    bars: Sequence[tuple[str, Decimal | None, str]],
    *,
    title: str,
    x_title: str,
    lang: str,
    cases_title: str = "",
    width: int = 720,
) -> Markup:
    """One bar per case, in the given order: (label, months or None for never, the value
    as text). A case that never breaks even gets a full, pale bar. Up to
    :data:`LABELLED_BARS` cases the bars lie down with the case's label; more cases stand
    as thin columns (case on the x axis, months up), each with its label as a tooltip."""
    reached = [months for _, months, _ in bars if months is not None]
    high = ticks_for(Decimal(0), max(reached, default=Decimal(1)))[-1]
    if len(bars) > LABELLED_BARS:
        return _columns(bars, high, title, x_title, cases_title, lang, width)
    row = 22
    frame = Frame(width, 16 + row * len(bars) + 44, left=190, right=64, top=16, bottom=44)
    parts = svg_open("break-even", frame, title, series=1)
    parts.append(x_axis(frame, ticks_for(Decimal(0), high), high, x_title, lang, grid=True))
    parts.append('<g class="series">')
    for i, (label, months, shown) in enumerate(bars):
        y = frame.top + i * row + 2
        if months is None:
            length = frame.plot_width
        else:
            length = frame.x(months, Decimal(0), high) - frame.left
        css = "bar never" if months is None else "bar"
        # after the bar; inside a full "never" bar, where a longer reason still fits
        value_x = (
            Decimal(frame.left + 6)
            if months is None
            else frame.left + min(length, frame.plot_width) + 6
        )
        middle = y + (row - 4) // 2
        parts.append(
            f'<rect class="{css}" x="{frame.left}" y="{y}" '
            f'width="{px(max(length, Decimal(1)))}" height="{row - 4}">'
            f"<title>{escape(label)}: {escape(shown)}</title></rect>"
            f'<text class="label" x="{frame.left - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(label)}</text>'
            f'<text class="value" x="{px(value_x)}" '
            f'y="{middle}" dominant-baseline="middle">{escape(shown)}</text>'
        )
    parts.append("</g></svg>")
    return Markup("".join(parts))


def _columns(
    bars: Sequence[tuple[str, Decimal | None, str]],
    high: Decimal,
    title: str,
    y_title: str,
    x_title: str,
    lang: str,
    width: int,
) -> Markup:
    frame = Frame(width, 320, left=96, right=16, top=16, bottom=52)
    parts = svg_open("break-even", frame, title, series=1)
    ticks = ticks_for(Decimal(0), high)
    parts.append(value_axis(frame, ticks, Decimal(0), high, y_title, lang, places=None))
    bottom = frame.height - frame.bottom
    count = Decimal(len(bars))
    step = frame.plot_width / count
    parts.append(
        f'<g class="axis x"><line x1="{frame.left}" x2="{width - frame.right}" '
        f'y1="{bottom}" y2="{bottom}"/>'
        f'<text x="{frame.left}" y="{bottom + 18}">1</text>'
        f'<text x="{width - frame.right}" y="{bottom + 18}" text-anchor="end">{len(bars)}</text>'
        f'<text class="axis-title" x="{frame.left + int(frame.plot_width) // 2}" '
        f'y="{frame.height - 8}" text-anchor="middle">{escape(x_title)}</text></g>'
    )
    parts.append('<g class="series">')
    if len(bars) > COLUMNS:
        parts += _binned(bars, frame, high)
        parts.append("</g></svg>")
        return Markup("".join(parts))
    for i, (label, months, shown) in enumerate(bars):
        top = Decimal(frame.top) if months is None else frame.y(months, Decimal(0), high)
        css = "bar never" if months is None else "bar"
        parts.append(
            f'<rect class="{css}" x="{px(frame.left + i * step)}" y="{px(top)}" '
            f'width="{px(max(step, PIXEL))}" height="{px(max(bottom - top, PIXEL))}">'
            f"<title>{escape(label)}: {escape(shown)}</title></rect>"
        )
    parts.append("</g></svg>")
    return Markup("".join(parts))


COLUMNS = 600
"""Up to this many cases get a column each (about a pixel each at the chart's width);
more are drawn as this many columns, each as high as the highest case it holds."""


def _binned(
    bars: Sequence[tuple[str, Decimal | None, str]], frame: Frame, high: Decimal
) -> list[str]:
    """The columns of many sorted cases, :data:`COLUMNS` of them side by side: a case
    that never breaks even makes its column a full, pale one. No tooltip per case: the
    report's table has every case's figures."""
    bottom = frame.height - frame.bottom
    step = frame.plot_width / COLUMNS
    parts = []
    for column in range(COLUMNS):
        held = bars[column * len(bars) // COLUMNS : (column + 1) * len(bars) // COLUMNS]
        never = any(months is None for _, months, _ in held)
        tallest = max((months for _, months, _ in held if months is not None), default=None)
        top = Decimal(frame.top) if never or tallest is None else frame.y(tallest, Decimal(0), high)
        css = "bar never" if never else "bar"
        parts.append(
            f'<rect class="{css}" x="{px(frame.left + column * step)}" y="{px(top)}" '
            f'width="{px(step)}" height="{px(max(bottom - top, PIXEL))}"/>'
        )
    return parts
