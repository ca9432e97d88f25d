"""Numbers typed the Danish way on the command line."""

from decimal import Decimal

import pytest

from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError
from kompcalc.loading.numparse import parse_number


@pytest.mark.parametrize(
    ("text", "value", "noted"),
    [
        ("8507", "8507", False),
        ("6,5", "6.5", False),
        ("6.5", "6.5", False),
        ("114.68", "114.68", False),
        ("8.507", "8507", True),  # Danish thousands separator, shown back to the user
        ("1.234.567", "1234567", True),
        ("8.507,50", "8507.50", False),
        ("8,507.50", "8507.50", False),
        (" 12 ", "12", False),
        ("-3", "-3", False),  # the sign is read; the range check refuses it later
    ],
)
def test_reads_danish_and_plain_numbers(text: str, value: str, noted: bool) -> None:
    parsed = parse_number(text, option="--amount")
    assert parsed.value == Decimal(value)
    assert (parsed.note is not None) == noted


def test_the_note_says_how_the_number_was_read() -> None:
    note = parse_number("8.507", option="--amount").note
    assert note is not None and "8507" in note.english and "--amount" in note.english


@pytest.mark.parametrize(
    "text", ["abc", "", "nan", "NaN", "inf", "-inf", "Infinity", "1e9", "8.50.7", "1,2,3", "12kr"]
)
def test_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(KompcalcError) as info:
        parse_number(text, option="--hours")
    assert info.value.exit_code == EXIT_BAD_USAGE
    assert info.value.problems[0].field == "--hours"


def test_refuses_three_decimals_with_advice() -> None:
    with pytest.raises(KompcalcError) as info:
        parse_number("8,507", option="--amount", kroner=True)
    message = str(info.value)
    assert "8507" in message and "8.507" in message
