"""Numbers for machines: an amount in øre is written as it is, any other decimal with
exactly two decimals (the fast path of plain_decimal must never change a figure)."""

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.fmt import kroner, kroner_each, plain_decimal

amounts = st.decimals(-(10**12), 10**12, places=2)
"""In øre, as nearly every amount is."""


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("5958.77"), "5958.77"),
        (D("0.05"), "0.05"),
        (D("-0.05"), "-0.05"),
        (D("-1234567.80"), "-1234567.80"),
        (D("0.00"), "0.00"),
        (D("-0.00"), "-0.00"),
        (D("0"), "0.00"),
        (D("12"), "12.00"),
        (D("1.5"), "1.50"),
        (D("2.125"), "2.12"),  # half-even, as format() rounds
        (D("1E+3"), "1000.00"),
        (D("1.2E+3"), "1200.00"),
        (D("12.3E-1"), "1.23"),  # exponent -2 written another way
        (D("1E-7"), "0.00"),
    ],
)
def test_plain_decimal_writes_two_decimals(value: D, text: str) -> None:
    assert plain_decimal(value) == text


def test_plain_decimal_keeps_other_places() -> None:
    assert plain_decimal(D("0.375"), 3) == "0.375"
    assert plain_decimal(D("12.34"), 0) == "12"


@settings(deadline=None)  # a loaded machine must not fail it
@given(st.decimals(allow_nan=False, allow_infinity=False, places=None))
def test_plain_decimal_is_format_with_two_places(value: D) -> None:
    assert plain_decimal(value) == f"{value:.2f}"


@settings(deadline=None)  # a loaded machine must not fail it
@given(
    st.lists(st.decimals(allow_nan=False, allow_infinity=False, places=None) | amounts),
    st.sampled_from(["da", "en"]),
)
def test_amounts_shown_together_are_shown_as_each_alone(values: list[D], lang: str) -> None:
    assert kroner_each(values, lang) == [kroner(value, lang) for value in values]


def test_amounts_shown_together_are_grouped_in_the_language() -> None:
    values = [D("1234567.891"), D("-5958.77"), D("0")]
    assert kroner_each(values, "da") == ["1.234.567,89 kr.", "-5.958,77 kr.", "0,00 kr."]
    assert kroner_each(values, "en") == ["1,234,567.89 kr.", "-5,958.77 kr.", "0.00 kr."]


@pytest.mark.parametrize("cell", ["", None])
def test_amounts_shown_together_are_numbers(cell: str | None) -> None:
    with pytest.raises((TypeError, ValueError)):
        kroner_each([D(1), cell], "da")  # type: ignore[list-item]
