"""Shared pydantic building blocks: strict frozen models and exact number types."""

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError, PydanticKnownError

from kompcalc.texts import CONTROL, template


class Frozen(BaseModel):
    """A strict, immutable model that refuses unknown keys."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid", defer_build=True)


def invalid(key: str, /, **context: Any) -> PydanticCustomError:
    """A validation error whose type is a key in :mod:`kompcalc.texts`.

    The English text is the default message; :mod:`kompcalc.loading.validation` shows it in the
    user's language.
    """
    return PydanticCustomError(key, template("en", key), context)


class AmbiguousNumber(str):
    """A number written so that YAML 1.1 reads it as octal, hexadecimal or base 60
    (``0250`` as 168, ``1:30`` as 90). The reader keeps the text as written: a text
    field (a case id ``0042``) keeps it, a number field refuses it."""


_LEADING_ZEROS = r"[-+]?0+[0-9]+"  # compiled by re when first used, not at every start


def _without_zeros(text: str) -> str:
    """``-0250`` as ``-250`` (by its text: ``int()`` refuses thousands of digits)."""
    digits = text.lstrip("+-").lstrip("0") or "0"
    return f"-{digits}" if text.startswith("-") and digits != "0" else digits


def _refuse_ambiguous(value: AmbiguousNumber) -> PydanticCustomError:
    if re.fullmatch(_LEADING_ZEROS, value):
        return invalid("val_ambiguous_zero", text=str(value), plain=_without_zeros(value))
    return invalid("val_ambiguous_number", text=str(value))


def _whole_number(value: Any) -> Any:
    """A whole number; one written ambiguously (``012``) is refused with a hint."""
    if isinstance(value, AmbiguousNumber):
        raise _refuse_ambiguous(value)
    return value


Whole = Annotated[int, BeforeValidator(_whole_number)]
"""A whole number (never one YAML would read as octal or base 60)."""


_DECIMAL_COMMA = r"\s*([-+]?[0-9]{1,3}(?:\.[0-9]{3})*|[-+]?[0-9]+),([0-9]+)\s*"
"""A number written the Danish way: ``8,50``, ``1.234,50`` (compiled when first used)."""


def _text_not_number(value: str) -> PydanticCustomError:
    """Text where a number belongs; a Danish decimal comma gets the number to write."""
    danish = re.fullmatch(_DECIMAL_COMMA, value)
    if danish is not None:
        point = f"{danish[1].replace('.', '')}.{danish[2]}"
        return invalid("val_text_decimal_comma", text=value, point=point)
    if "," in value:
        return invalid("val_text_comma", text=value)
    return invalid("val_text_not_number", text=value)


def exact_number(value: Any) -> Any:
    """Accept whole numbers and Decimals; refuse floats, booleans and text with a hint."""
    if isinstance(value, AmbiguousNumber):
        raise _refuse_ambiguous(value)
    if isinstance(value, bool):
        raise invalid("val_bool_not_number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        raise _text_not_number(value)
    if not isinstance(value, Decimal):
        raise invalid("val_not_number")
    return value


MAX_NUMBER = Decimal(10) ** 12
"""No number in kompcalc comes near a trillion; the bound keeps every product of
rates, hours and weeks well inside Decimal's 28 digits, so arithmetic never overflows."""

_CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    """At most two decimals (øre), counted as pydantic's ``decimal_places=2`` counts
    them (``1.500`` has two), and checked after the number's limits, so that a
    negative ``-1.234`` hears about its sign first (pydantic-core would check the
    decimals first). The number is finite and at most a trillion, well inside
    Decimal's 28 digits for ``quantize``."""
    if value != value.quantize(_CENT):
        raise PydanticKnownError("decimal_max_places", {"decimal_places": 2})
    return value


ORE = (AfterValidator(cents), Field(json_schema_extra={"decimal_places": 2}))
"""What makes a number an amount in øre: :func:`cents`, and the schema's word for it
(pydantic's own key, as ``decimal_places=2`` wrote it), to put after its limits."""

# Each number type gives all its limits in one Field before its validator, so that
# pydantic-core checks them itself, as it reads the Decimal: limits given on top of a
# type with a validator are checked by Python functions, several for each number.

Number = Annotated[
    Decimal,
    Field(allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER),
    BeforeValidator(exact_number),
]
"""Any exact, finite number (of at most a trillion either way)."""

Kroner = Annotated[
    Decimal,
    Field(allow_inf_nan=False, ge=0, le=MAX_NUMBER),
    BeforeValidator(exact_number),
    *ORE,
]
"""An amount in kroner with at most two decimals (øre)."""

PositiveKroner = Annotated[
    Decimal,
    Field(allow_inf_nan=False, gt=0, le=MAX_NUMBER),
    BeforeValidator(exact_number),
    *ORE,
]
"""An amount in kroner greater than 0 (not stacked on ``Kroner``, so a negative amount
gets the same "greater than 0" message as zero)."""

Percent = Annotated[
    Decimal, Field(allow_inf_nan=False, ge=0, le=100), BeforeValidator(exact_number)
]
"""A percentage from 0 to 100."""

MAX_MONTH = 100 * 12
"""No period in kompcalc runs beyond 100 years; larger month numbers are mistakes."""

Month = Annotated[Whole, Field(ge=1, le=MAX_MONTH)]
"""A month number counted from 1."""


def _printable(value: str) -> str:
    found = CONTROL.search(value)
    if found is not None:
        shown = value if len(value) <= 60 else value[:59] + "…"
        raise invalid("val_control_character", text=shown, char=f"\\x{ord(found.group()):02x}")
    return value


def _printable_private(value: str) -> str:
    """As :func:`_printable`, but the message never quotes the text (health data)."""
    found = CONTROL.search(value)
    if found is not None:
        raise invalid("val_control_character_private", char=f"\\x{ord(found.group()):02x}")
    return value


_BREAKS = ("\n", "\r", "\t", "\u2028", "\u2029")
"""What puts text on more than one line (or, a tab, out of its column); NEL is a
control character, refused as one."""


_PLAIN_LINE_BREAKER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Any character that may keep a text from being one plain line: a break or a control
character (one search, so that nearly every text is passed at once)."""


def _one_line(value: str) -> str:
    if _PLAIN_LINE_BREAKER.search(value) is None:
        return value
    if any(mark in value for mark in _BREAKS):
        raise invalid("val_not_one_line", text=value.replace("\n", " ")[:60])
    return _printable(value)


# Each text type gives its lengths (a Field before its validator) in one place, so that
# pydantic-core checks them itself: a length given on top of a type with a validator
# is checked by a Python function, and a batch checks some ten texts a case.

PlainText = Annotated[str, AfterValidator(_printable)]
"""A string with no control characters (line breaks and tabs are allowed)."""

Text = Annotated[str, Field(min_length=1), AfterValidator(_printable)]
"""A non-empty string with no control characters."""

MAX_TEXT = 2000
"""Free text longer than this (about a page) is a pasting mistake."""

Note = Annotated[str, Field(min_length=1, max_length=MAX_TEXT), AfterValidator(_printable)]
"""Free text (:data:`Text` of at most :data:`MAX_TEXT` characters): shown in output,
never used in the calculation."""

PrivateText = Annotated[str, Field(min_length=1), AfterValidator(_printable_private)]
"""Health data: as :data:`Text`, and a message about it never quotes it."""

PrivateNote = Annotated[
    str, Field(min_length=1, max_length=MAX_TEXT), AfterValidator(_printable_private)
]
"""Health data as free text: :data:`PrivateText` of at most :data:`MAX_TEXT` characters."""

Line = Annotated[str, Field(min_length=1), AfterValidator(_one_line)]
"""A non-empty string on one line (an id, a name in a table)."""

MAX_ID = 200
"""A case id longer than this is no id."""

ShortLine = Annotated[str, Field(min_length=1, max_length=MAX_ID), AfterValidator(_one_line)]
"""A :data:`Line` of at most :data:`MAX_ID` characters (a case's id)."""
