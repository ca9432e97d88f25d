"""A number written the Danish way where YAML wants a point: the hint gives the number
to write, for any text (hypothesis), and never guesses one it cannot read."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kompcalc.core.modelbase import _text_not_number

KEYS = {"val_text_decimal_comma", "val_text_comma", "val_text_not_number"}


def _grouped(whole: int) -> str:
    return f"{whole:,}".replace(",", ".")


@given(
    whole=st.integers(min_value=0, max_value=10**12),
    decimals=st.text("0123456789", min_size=1, max_size=4),
    grouped=st.booleans(),
    sign=st.sampled_from(["", "-", "+"]),
)
def test_a_danish_number_gets_the_same_number_with_a_point(
    whole: int, decimals: str, grouped: bool, sign: str
) -> None:
    written = f"{sign}{_grouped(whole) if grouped else whole},{decimals}"
    error = _text_not_number(written)
    assert error.type == "val_text_decimal_comma"
    assert error.context is not None
    assert Decimal(error.context["point"]) == Decimal(f"{sign}{whole}.{decimals}")


@given(st.text(max_size=40))
def test_any_text_gets_one_of_the_three_answers_and_a_readable_number(text: str) -> None:
    error = _text_not_number(text)
    assert error.type in KEYS
    if error.type == "val_text_decimal_comma":
        assert error.context is not None
        assert Decimal(error.context["point"]).is_finite()
    else:
        assert error.type == ("val_text_comma" if "," in text else "val_text_not_number")
