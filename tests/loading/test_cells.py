"""One spreadsheet cell read by its column's kind."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from kompcalc.core.columns import Kind, column_for, normal
from kompcalc.loading.cells import (
    CellError,
    ExcelError,
    PercentCell,
    Uncached,
    is_empty,
    read_cell,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("6,5", Decimal("6.5")),
        ("8.507", Decimal(8507)),
        ("1.234,50", Decimal("1234.50")),
        (" 12 ", Decimal(12)),
        (12, Decimal(12)),
        (114.68, Decimal("114.68")),
        (0.1 + 0.2, Decimal("0.3")),  # what Excel shows, not the double's tail
    ],
)
def test_a_number_is_read_as_a_dane_writes_it_or_as_excel_shows_it(
    raw: object, value: Decimal
) -> None:
    assert read_cell(Kind.NUMBER, raw) == value


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("abc", "err_not_a_number"),
        (True, "val_bool_not_number"),
        (datetime(2026, 3, 1), "cell_date_not_number"),
        (ExcelError("#DIV/0!"), "cell_excel_error"),
        (Uncached("=A1*2"), "cell_uncached_formula"),
    ],
)
def test_a_cell_that_is_not_a_number_says_why(raw: object, key: str) -> None:
    with pytest.raises(CellError) as caught:
        read_cell(Kind.NUMBER, raw)
    assert caught.value.message.key == key


def test_a_whole_number_is_an_int_and_a_fraction_is_left_for_the_case_to_refuse() -> None:
    assert read_cell(Kind.WHOLE, 6.0) == 6
    assert type(read_cell(Kind.WHOLE, "6")) is int
    assert read_cell(Kind.WHOLE, "6,5") == Decimal("6.5")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (PercentCell(0.6), Decimal(60)),
        (PercentCell(1.0), Decimal(100)),
        ("60 %", Decimal(60)),
        ("60%", Decimal(60)),
        (60, Decimal(60)),
        ("0,5 %", Decimal("0.5")),
        (0, Decimal(0)),
    ],
)
def test_a_probability_is_per_cent_whether_typed_or_formatted(raw: object, value: Decimal) -> None:
    assert read_cell(Kind.PERCENT, raw) == value


def test_a_fraction_without_a_per_cent_sign_is_refused_as_ambiguous() -> None:
    with pytest.raises(CellError) as caught:
        read_cell(Kind.PERCENT, 0.6)
    assert caught.value.message.english == "0.6 is ambiguous: write 60 for 60 %, or 0.6 % for 0.6 %"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (datetime(2026, 3, 1), date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 3, 1)),
        ("1.3.2026", date(2026, 3, 1)),
        ("2026-03-01", date(2026, 3, 1)),
    ],
)
def test_a_date_is_a_date_cell_or_text(raw: object, value: date) -> None:
    assert read_cell(Kind.DATE, raw) == value


def test_a_date_typed_as_a_bare_number_is_refused() -> None:
    with pytest.raises(CellError) as caught:
        read_cell(Kind.DATE, 46082)
    assert caught.value.message.key == "cell_date_serial"


@pytest.mark.parametrize(
    ("raw", "value"),
    [("ja", True), ("Ja", True), ("x", True), ("YES", True), (True, True), ("nej", False)],
)
def test_a_flag_is_ja_nej_yes_no_or_x(raw: object, value: bool) -> None:
    assert read_cell(Kind.FLAG, raw) is value


def test_a_flag_that_is_neither_is_refused() -> None:
    with pytest.raises(CellError) as caught:
        read_cell(Kind.FLAG, "måske")
    assert caught.value.message.english == '"måske" must be yes or no (or x for yes)'


def test_aids_as_items_are_named_amounts() -> None:
    assert read_cell(Kind.ITEMS, "Cobra CCTV=25000; Lupper=3.150;") == [
        {"amount": Decimal(25000), "name": "Cobra CCTV"},
        {"amount": Decimal(3150), "name": "Lupper"},
    ]
    assert read_cell(Kind.ITEMS, 8507) == [{"amount": Decimal(8507)}]
    assert read_cell(Kind.ITEMS, "8507") == [{"amount": Decimal(8507)}]


def test_an_aid_with_a_bad_amount_says_so() -> None:
    with pytest.raises(CellError) as caught:
        read_cell(Kind.ITEMS, "Lupper=mange")
    assert caught.value.message.key == "err_not_a_number"
    with pytest.raises(CellError) as caught:
        read_cell(Kind.ITEMS, "Lupper=")
    assert caught.value.message.key == "cell_item_no_amount"


def test_a_benefit_is_a_name_or_a_path_of_steps() -> None:
    assert read_cell(Kind.BENEFIT, " sygedagpenge ") == "sygedagpenge"
    assert read_cell(Kind.BENEFIT, "sygedagpenge=5; ressourceforløbsydelse") == [
        {"benefit": "sygedagpenge", "months": 5},
        {"benefit": "ressourceforløbsydelse"},
    ]


def test_an_id_written_as_a_number_is_text_without_a_decimal_tail() -> None:
    assert read_cell(Kind.ID, 17) == "17"
    assert read_cell(Kind.ID, 17.0) == "17"
    assert read_cell(Kind.ID, " A-17 ") == "A-17"


def test_empty_means_nothing_or_only_spaces_but_an_uncached_formula_is_not_empty() -> None:
    assert is_empty(None) and is_empty("  ") and is_empty("")
    assert not is_empty(Uncached("=A1")) and not is_empty(0)


@pytest.mark.parametrize(
    "header",
    [
        "PA timer pr. uge",
        "pa timer pr. uge",
        "  PA  timer pr. uge ",
        "PA hours per week",
        "PA HOURS PER WEEK",
    ],
)
def test_headers_match_either_language_in_any_case_and_spacing(header: str) -> None:
    found = column_for(header)
    assert found is not None and normal(getattr(found, "da", "")) == "pa timer pr. uge"


def test_the_apostrophe_that_guards_a_formula_character_is_taken_off() -> None:
    assert read_cell(Kind.ID, "'-17") == "-17"
    assert read_cell(Kind.TEXT, "'=SUM(A1)") == "=SUM(A1)"
    assert read_cell(Kind.TEXT, "'ikke en formel") == "'ikke en formel"
