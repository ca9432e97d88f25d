"""The number types check their limits in pydantic-core and their decimals after them
(:func:`kompcalc.core.modelbase.cents`): the same numbers pass as with pydantic's own
``decimal_places=2``, and a number that breaks both hears about its limit first."""

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import AfterValidator, Field, TypeAdapter, ValidationError

from kompcalc.core.cases import Aids, PersonalAssistance
from kompcalc.core.modelbase import MAX_NUMBER, Kroner, cents

PYDANTIC_CENTS = TypeAdapter(Annotated[Decimal, Field(decimal_places=2)])
OUR_CENTS = TypeAdapter(Annotated[Decimal, AfterValidator(cents)])
KRONER = TypeAdapter(Kroner)


def _passes(check: Callable[[Decimal], Any], value: Decimal) -> bool:
    try:
        check(value)
    except ValidationError:
        return False
    return True


CONTEXT_DIGITS = 28
"""Decimal's default precision. An older pydantic (2.10, the lowest supported) counts
a number's decimals after rounding it to these digits, so it lets through a longer
number whose øre the rounding hides (below); :func:`cents` counts them as written."""


@given(
    (
        st.decimals(
            min_value=-MAX_NUMBER, max_value=MAX_NUMBER, allow_nan=False, allow_infinity=False
        )
        | st.builds(
            lambda d, e: d.scaleb(e), st.decimals(-1000, 1000, places=0), st.integers(-9, 3)
        )
    ).filter(lambda d: len(d.as_tuple().digits) <= CONTEXT_DIGITS)
)
def test_cents_passes_what_pydantic_decimal_places_2_passes(value: Decimal) -> None:
    assert _passes(OUR_CENTS.validate_python, value) == _passes(
        PYDANTIC_CENTS.validate_python, value
    )


def test_cents_counts_the_decimals_of_a_number_longer_than_the_context() -> None:
    long = Decimal("122070311.50000000000000000004999")  # 32 digits, 23 decimals
    assert not _passes(KRONER.validate_python, long)
    assert _passes(KRONER.validate_python, Decimal("122070311.50000000000000000000000"))


@pytest.mark.parametrize(
    ("value", "passes"),
    [("1.23", True), ("1.500", True), ("0.000", True), ("1.234", False), ("1E-30", False)],
)
def test_cents_counts_decimals_as_written_less_trailing_zeros(value: str, passes: bool) -> None:
    assert _passes(KRONER.validate_python, Decimal(value)) is passes


def test_a_number_below_its_limit_with_too_many_decimals_hears_of_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        PersonalAssistance(hours_per_week=Decimal("-1.234"))
    assert [e["type"] for e in caught.value.errors()] == ["greater_than"]
    with pytest.raises(ValidationError) as caught:
        Aids(amount=Decimal("8507.123"))
    assert [e["type"] for e in caught.value.errors()] == ["decimal_max_places"]
