"""The batch's JSON memo: many figures written in one go, and a curve's texts kept,
exactly as plain_decimal writes each figure."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.core.curve import make_curve
from kompcalc.render.json_rates import RatesMemo, plain_decimals

FIGURES = st.one_of(
    st.integers(-(10**9), 10**9).map(lambda n: D(n).scaleb(-2)),  # øre, nearly always
    st.decimals(allow_nan=False, allow_infinity=False, places=None),  # any other
    st.sampled_from([D("0"), D("-0"), D("-0.00"), D("1E+3"), D("12.3E-1"), D("1E-9")]),
)


def test_figures_in_ore_are_written_as_they_are() -> None:
    assert plain_decimals([D("13531.43"), D("-0.05"), D("0.00")]) == ["13531.43", "-0.05", "0.00"]


def test_other_figures_get_two_decimals() -> None:
    figures = [D("10850"), D("0"), D("-0"), D("1.5"), D("10850"), D("2.125"), D("1E+3")]
    expected = ["10850.00", "0.00", "-0.00", "1.50", "10850.00", "2.12", "1000.00"]
    assert plain_decimals(figures) == expected
    assert plain_decimals([]) == []


@settings(deadline=None)  # a loaded machine must not fail it
@given(st.lists(FIGURES, max_size=40))
def test_many_figures_are_each_written_as_format_writes_it(figures: list[D]) -> None:
    assert plain_decimals(figures) == [f"{f:.2f}" for f in figures]


def test_a_curve_is_written_once_and_for_its_own_months() -> None:
    memo = RatesMemo(historical=False)
    curve = make_curve((D(11200), D("11200.50"), D(0)), 3)
    assert memo.curve_texts(curve, 3) == ["11200.00", "11200.50", "0.00"]
    assert memo.curve_texts(curve, 3) is memo.curve_texts(curve, 3)
    assert memo.curve_texts(curve, 2) == ["11200.00", "11200.50"]
    other = make_curve((D(5),), 1)
    assert memo.curve_texts(other, 3) == ["5.00"]
