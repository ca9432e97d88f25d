"""The saving line worked out once per case, and its break-even and turn negative read
off it: the same decimals as asking month by month (kompcalc.core.breakeven)."""

from collections.abc import Callable
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.core import breakeven, crossing
from tests.core import month_by_month

# amounts in øre, whole kroner or odd exponents: the line must keep each one's exponent
AMOUNTS = st.one_of(
    st.integers(-500_000, 500_000).map(lambda n: D(n).scaleb(-2)),
    st.integers(-5_000, 5_000).map(D),
    st.sampled_from([D("0"), D("0.00"), D("1E+2"), D("-0.5"), D("2.125")]),
)


def _flow(flows: list[D], later: D) -> Callable[[int], D]:
    def flow(month: int) -> D:
        return flows[month - 1] if month <= len(flows) else later

    return flow


@settings(deadline=None)  # a loaded machine must not fail it
@given(
    one_off=AMOUNTS,
    flows=st.lists(AMOUNTS, min_size=1, max_size=40),
    later=AMOUNTS,
    stable=st.integers(1, 60),
)
def test_the_line_gives_what_month_by_month_gives(
    one_off: D, flows: list[D], later: D, stable: int
) -> None:
    flow = _flow(flows, later)
    horizon = len(flows)
    line = crossing.saving_line(one_off, flows)
    assert len(line) == horizon + 1
    be = crossing.break_even(one_off, line, flows, flow, stable)
    expected_be = breakeven.break_even(one_off, flow, stable, horizon)
    neg = crossing.negative_from(line, flows)
    expected_neg = month_by_month.negative_from(one_off, flow, horizon)
    assert (be, neg) == (expected_be, expected_neg)
    assert repr((be, neg)) == repr((expected_be, expected_neg))  # exponents too


def test_the_line_starts_with_the_one_off_and_adds_each_month() -> None:
    line = crossing.saving_line(D("100.00"), [D("30"), D("-5.50"), D("80")])
    assert line == [D("-100.00"), D("-70.00"), D("-75.50"), D("4.50")]


def test_break_even_on_the_line() -> None:
    never = _flow([], D(0))
    # -100, -70, -75.50, 4.50: below 0 last after month 2, crossing in month 3 at
    # 2 + 75.50 / 80 = 2.94375 -> 2.95 (up)
    flows = [D("30"), D("-5.50"), D("80")]
    line = crossing.saving_line(D("100.00"), flows)
    assert crossing.break_even(D("100.00"), line, flows, never, 1) == D("2.95")
    # a saving that only rises: -100, -70, 10 crosses in month 2 at 1 + 70 / 80 -> 1.88
    flows = [D(30), D(80)]
    line = crossing.saving_line(D("100.00"), flows)
    assert crossing.break_even(D("100.00"), line, flows, never, 1) == D("1.88")
    assert crossing.negative_from(line, flows) is None
    # never below 0: at once
    flows = [D(5), D(5)]
    assert crossing.break_even(D(0), crossing.saving_line(D(0), flows), flows, never, 1) == 0
    # still below 0 at the horizon, 10 a month beyond it: -20 + 10 + 10 -> 1 + 2 months
    flows = [D(-10)]
    line = crossing.saving_line(D(10), flows)
    assert crossing.break_even(D(10), line, flows, _flow(flows, D(10)), 1) == D("3.00")


def test_turn_negative_on_the_line() -> None:
    # 0, 10, 20, -10: falls through 0 in month 3 at 2 + 20 / 30 = 2.67 (up)
    flows = [D(10), D(10), D(-30)]
    assert crossing.negative_from(crossing.saving_line(D(0), flows), flows) == D("2.67")
    flows = [D(-10), D(20)]  # below 0 from the start (-5, -15, 5): it never turns negative
    assert crossing.negative_from(crossing.saving_line(D(5), flows), flows) is None
