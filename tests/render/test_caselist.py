"""A case as a row of a case list: the cells of every kind of intervention, the
order of the columns, and every case the format cannot hold."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kompcalc.core.cases import (
    AidItem,
    Aids,
    BenefitStep,
    Case,
    EducationAssistance,
    Expected,
    Icebreaker,
    Mentor,
    PersonalAssistance,
    PriorityAccess,
    RecurringCost,
)
from kompcalc.core.columns import column_for
from kompcalc.errors import KompcalcError
from kompcalc.render.caselist import (
    Cell,
    Key,
    Unrepresentable,
    case_cells,
    number_text,
    ordered,
    sheet_of,
)
from kompcalc.texts import say


def case(*interventions: Any, **keys: Any) -> Case:
    keys.setdefault("id", "17")
    keys.setdefault("benefit", "sygedagpenge")
    return Case(interventions=interventions or (PriorityAccess(),), **keys)


def by_header(cells: dict[Key, Cell] | Unrepresentable, lang: str = "da") -> dict[str, Cell]:
    assert not isinstance(cells, Unrepresentable), cells
    return {key.header(lang): value for key, value in cells.items()}


def without_case_columns(cells: dict[str, Cell]) -> dict[str, Cell]:
    return {k: v for k, v in cells.items() if k not in ("Sag", "Ydelse", "Case", "Benefit")}


def refusal(cells: dict[Key, Cell] | Unrepresentable) -> tuple[str, str]:
    assert isinstance(cells, Unrepresentable), cells
    return cells.field, say(cells.message, "en")


def test_the_case_s_own_keys_fill_their_columns() -> None:
    full = case(
        person="Kvinde, 43 år",
        occupation="Planlægger",
        condition="Diskusprolaps",
        description="Vender tilbage",
        benefit_month=9,
        benefit_limit_months=14,
        probability=Decimal("62.5"),
        date=date(2026, 3, 1),
    )
    assert by_header(case_cells(full, "da")) == {
        "Sag": "17",
        "Person": "Kvinde, 43 år",
        "Stilling": "Planlægger",
        "Helbred": "Diskusprolaps",
        "Beskrivelse": "Vender tilbage",
        "Ydelse": "sygedagpenge",
        "Ydelsesmåned": 9,
        "Ydelse højst mdr.": 14,
        "Sandsynlighed %": Decimal("62.5"),
        "Dato": date(2026, 3, 1),
        "Fortrinsadgang": "ja",
    }


def test_a_benefit_week_has_its_own_column() -> None:
    cells = by_header(case_cells(case(benefit_week=11), "en"), "en")
    assert cells["Benefit week"] == 11 and "Benefit month" not in cells


INTERVENTIONS = [
    (
        PersonalAssistance(hours_per_week=Decimal("6.5"), months=24, description="Løft"),
        {"PA timer pr. uge": Decimal("6.5"), "PA mdr.": 24, "PA beskrivelse": "Løft"},
    ),
    (
        EducationAssistance(hours_per_week=Decimal(8), months=10, description="Noter"),
        {
            "Uddannelses-PA timer pr. uge": Decimal(8),
            "Uddannelses-PA mdr.": 10,
            "Uddannelses-PA beskrivelse": "Noter",
        },
    ),
    (
        Aids(amount=Decimal(8507), description="Swopper"),
        {"Hjælpemidler kr.": Decimal(8507), "Hjælpemidler beskrivelse": "Swopper"},
    ),
    (
        Aids(
            items=(
                AidItem(name="Cobra CCTV", amount=Decimal(25000)),
                AidItem(name="Lupper", amount=Decimal("3150.50")),
                AidItem(amount=Decimal(99)),
            )
        ),
        {"Hjælpemidler": "Cobra CCTV=25000; Lupper=3150,50; 99"},
    ),
    (
        Mentor(hours_per_week=Decimal(3), hourly_rate=Decimal(350), months=6),
        {"Mentor timer pr. uge": Decimal(3), "Mentor timesats": Decimal(350), "Mentor mdr.": 6},
    ),
    (
        Icebreaker(monthly=Decimal(15000), months=6, description="Første job"),
        {
            "Isbryder kr. pr. md.": Decimal(15000),
            "Isbryder mdr.": 6,
            "Isbryder beskrivelse": "Første job",
        },
    ),
    (
        RecurringCost(name="Fleksjob", monthly=Decimal(3850), months=12),
        {
            "Anden udgift": "Fleksjob",
            "Anden udgift kr. pr. md.": Decimal(3850),
            "Anden udgift mdr.": 12,
        },
    ),
    (
        PriorityAccess(description="Stilling i kommunen"),
        {"Fortrinsadgang": "ja", "Fortrinsadgang beskrivelse": "Stilling i kommunen"},
    ),
]


@pytest.mark.parametrize(("intervention", "expected"), INTERVENTIONS)
def test_each_kind_of_intervention_fills_its_own_columns(
    intervention: Any, expected: dict[str, Cell]
) -> None:
    cells = by_header(case_cells(case(intervention), "da"))
    assert without_case_columns(cells) == expected


def test_an_english_row_writes_yes_and_a_decimal_point() -> None:
    aids = Aids(items=(AidItem(name="Magnifiers", amount=Decimal("3150.50")),))
    cells = by_header(case_cells(case(aids, PriorityAccess()), "en"), "en")
    assert cells["Aids"] == "Magnifiers=3150.50"
    assert cells["Priority access"] == "yes"


def test_several_interventions_of_different_kinds_share_the_row() -> None:
    both = case(PersonalAssistance(hours_per_week=Decimal(2)), Aids(amount=Decimal(8507)))
    cells = without_case_columns(by_header(case_cells(both, "da")))
    assert cells == {"PA timer pr. uge": Decimal(2), "Hjælpemidler kr.": Decimal(8507)}


def test_a_benefit_path_is_written_name_equals_months() -> None:
    steps = (BenefitStep(benefit="sygedagpenge", months=5), BenefitStep(benefit="ledighedsydelse"))
    cells = by_header(case_cells(case(benefit=steps), "da"))
    assert cells["Ydelse"] == "sygedagpenge=5; ledighedsydelse"


def test_expected_figures_and_one_savings_column_per_month() -> None:
    expected = Expected(
        tolerance=Decimal(1),
        one_off_net=Decimal("4253.50"),
        break_even_months=Decimal("0.38"),
        note="fra kataloget",
        savings={24: Decimal(-100), 12: Decimal("98647.32")},
    )
    cells = without_case_columns(by_header(case_cells(case(expected=expected), "da")))
    assert cells == {
        "Fortrinsadgang": "ja",
        "Forventet tolerance": Decimal(1),
        "Forventet engangsudgift netto": Decimal("4253.50"),
        "Forventet break-even mdr.": Decimal("0.38"),
        "Forventet note": "fra kataloget",
        "Forventet besparelse 12 mdr.": Decimal("98647.32"),
        "Forventet besparelse 24 mdr.": Decimal(-100),
    }


def test_a_tolerance_of_0_is_the_default_and_not_written() -> None:
    cells = by_header(case_cells(case(expected=Expected(monthly_net=Decimal(5))), "da"))
    assert "Forventet tolerance" not in cells and cells["Forventet udgift pr. md. netto"] == 5


REFUSED = [
    (
        case(
            PersonalAssistance(hours_per_week=Decimal(2)),
            Aids(amount=Decimal(5)),
            PersonalAssistance(hours_per_week=Decimal(3)),
        ),
        "interventions.3",
        "the case has Personal assistance more than once",
    ),
    (
        case(
            Aids(
                items=(
                    AidItem(name="Lup", amount=Decimal(5)),
                    AidItem(name="Lup; stor", amount=Decimal(6)),
                )
            )
        ),
        "interventions.1.items.2.name",
        'the aid\'s name "Lup; stor" holds ; or =',
    ),
    (
        case(Aids(items=(AidItem(name="A=B", amount=Decimal(5)),))),
        "interventions.1.items.1.name",
        'the aid\'s name "A=B" holds ; or =',
    ),
    (
        case(benefit="syge=dagpenge"),
        "benefit",
        'the benefit\'s name "syge=dagpenge" holds ; or =',
    ),
    (
        case(benefit=(BenefitStep(benefit="a", months=2), BenefitStep(benefit="b;c"))),
        "benefit.2.benefit",
        'the benefit\'s name "b;c" holds ; or =',
    ),
    (case(id="#17"), "id", "an id that starts with # cannot go in the column Case"),
    (case(id=None), "id", "the case has no id"),
    (
        # 17 items of "x…x=1" (2002 characters) and 16 "; " between them: 34066
        case(Aids(items=tuple(AidItem(name="x" * 2000, amount=Decimal(1)) for _ in range(17)))),
        "interventions.1.items",
        "the text is 34066 characters long; a spreadsheet cell holds at most 32767",
    ),
]


@pytest.mark.parametrize(("refused", "field", "text"), REFUSED)
def test_a_case_the_format_cannot_hold_is_refused_naming_the_field(
    refused: Case, field: str, text: str
) -> None:
    found_field, message = refusal(case_cells(refused, "da"))
    assert found_field == field
    assert message.startswith(text)


def test_a_list_names_every_case_it_cannot_hold_and_writes_none() -> None:
    twice = case(
        Mentor(hours_per_week=Decimal(1), hourly_rate=Decimal(300), months=2),
        Mentor(hours_per_week=Decimal(2), hourly_rate=Decimal(300), months=2),
        id="m-1",
    )
    good = case(id="ok")
    with pytest.raises(KompcalcError) as info:
        sheet_of([good, twice, case(id=None)], "en")
    lines = [str(p) for p in info.value.problems]
    assert lines == [
        "m-1: interventions.2: the case has Mentor more than once; a case list has one row "
        "per case, with room for each scheme once",
        "case no. 3: id: the case has no id; a case list needs one in the column Case",
    ]


def test_the_columns_follow_the_format_s_order_with_case_and_benefit_always() -> None:
    keys = [
        column_for("Forventet besparelse 24 mdr."),
        column_for("Dato"),
        column_for("Forventet besparelse 12 mdr."),
        column_for("PA mdr."),
        column_for("Person"),
    ]
    headers = [k.header("da") for k in ordered(k for k in keys if k is not None)]
    assert headers == [
        "Sag",
        "Person",
        "Ydelse",
        "Dato",
        "PA mdr.",
        "Forventet besparelse 12 mdr.",
        "Forventet besparelse 24 mdr.",
    ]


def test_a_sheet_has_only_the_columns_its_cases_use() -> None:
    cases = [
        case(PersonalAssistance(hours_per_week=Decimal(12)), id="a"),
        case(id="b", person="Mand, 36 år"),
    ]
    sheet = sheet_of(cases, "da")
    assert [c.header("da") for c in sheet.columns] == [
        "Sag",
        "Person",
        "Ydelse",
        "PA timer pr. uge",
        "Fortrinsadgang",
    ]
    assert [row.case for row in sheet.rows] == ["a", "b"]


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (Decimal("4253.50"), "da", "4253,50"),
        (Decimal("4253.50"), "en", "4253.50"),
        (Decimal("1234567.5"), "da", "1234567,5"),  # no grouping
        (Decimal("1E+3"), "da", "1000"),  # never an exponent
        (Decimal(-32589), "da", "-32589"),
        (12, "en", "12"),
    ],
)
def test_numbers_as_text_keep_every_digit_without_grouping(
    value: Decimal | int, lang: str, text: str
) -> None:
    assert number_text(value, lang) == text
