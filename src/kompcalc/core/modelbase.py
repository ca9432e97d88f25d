"""Shared pydantic building blocks: strict frozen models and exact number types."""

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from kompcalc.texts import template


class Frozen(BaseModel):
    """A strict, immutable model that refuses unknown keys."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


def invalid(key: str, /, **context: Any) -> PydanticCustomError:
    """A validation error whose type is a key in :mod:`kompcalc.texts`.

    The English text is the default message; :mod:`kompcalc.loading.validation` shows it in the
    user's language.
    """
    return PydanticCustomError(key, template("en", key), context)


def _exact_number(value: Any) -> Any:
    """Accept whole numbers and Decimals; refuse floats, booleans and text with a hint."""
    if isinstance(value, bool):
        raise invalid("val_bool_not_number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        key = "val_text_decimal_comma" if "," in value else "val_text_not_number"
        raise invalid(key, text=value)
    if not isinstance(value, Decimal):
        raise invalid("val_not_number")
    return value


Number = Annotated[Decimal, BeforeValidator(_exact_number), Field(allow_inf_nan=False)]
"""Any exact, finite number."""

Kroner = Annotated[Number, Field(ge=0, decimal_places=2)]
"""An amount in kroner with at most two decimals (øre)."""

PositiveKroner = Annotated[Number, Field(gt=0, decimal_places=2)]
"""An amount in kroner greater than 0 (not stacked on ``Kroner``, so a negative amount
gets the same "greater than 0" message as zero)."""

Percent = Annotated[Number, Field(ge=0, le=100)]
"""A percentage from 0 to 100."""

MAX_MONTH = 100 * 12
"""No period in kompcalc runs beyond 100 years; larger month numbers are mistakes."""

Month = Annotated[int, Field(ge=1, le=MAX_MONTH)]
"""A month number counted from 1."""

Text = Annotated[str, Field(min_length=1)]
"""A non-empty string."""
