"""A single case built without pydantic is the model validation makes, or none at all."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kompcalc.core.cases import Aids, BenefitStep, Case, PersonalAssistance
from kompcalc.core.optioncase import quick_assistance, quick_case

hours = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=-1, max_value=200, places=3),
    st.sampled_from([Decimal("168"), Decimal("168.00"), Decimal("0"), Decimal("-0"),
                     Decimal("1.500"), Decimal("1E+2"), Decimal("2E+2"), Decimal("0.001")]),
    st.integers(-5, 200),
)  # fmt: skip
whole = st.one_of(
    st.none(), st.integers(-2, 7000), st.booleans(), st.sampled_from([0, 1, 1200, 1201, 6000, 6001])
)
texts = st.one_of(st.text(max_size=8), st.sampled_from(["sygedagpenge", "", "a\x1b", "\x85x"]))
probabilities = st.one_of(
    st.none(), st.decimals(allow_nan=True), st.decimals(-1, 101, places=2), st.integers(0, 100)
)
days = st.one_of(st.none(), st.dates(), st.datetimes(), st.text(max_size=10))
assistance = PersonalAssistance(hours_per_week=Decimal(12))
aids = Aids(amount=Decimal("25000"))
interventions = st.one_of(
    st.sampled_from([(assistance,), (aids,), (assistance, aids), ()]),
    st.just([assistance]),
)


def _validated(model: type[Case] | type[PersonalAssistance], **values: object) -> object:
    try:
        return model.model_validate(values)
    except ValidationError:
        return None


def _same(built: object, validated: object) -> None:
    assert validated is not None, "built without validation, but validation refuses it"
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set  # type: ignore[attr-defined]
    assert repr(built) == repr(validated)


@settings(max_examples=400)
@given(hours)
def test_quick_assistance_is_what_validation_makes(value: Decimal) -> None:
    built = quick_assistance(value)
    if built is not None:
        _same(built, _validated(PersonalAssistance, hours_per_week=value))


@settings(max_examples=400)
@given(interventions, texts, whole, whole, probabilities, days)
def test_quick_case_is_what_validation_makes(
    ivs: tuple[PersonalAssistance | Aids, ...],
    benefit: str,
    month: int | None,
    week: int | None,
    probability: Decimal | None,
    day: date | None,
) -> None:
    built = quick_case(ivs, benefit, month, week, probability, day)
    if built is not None:
        values: dict[str, Any] = {"interventions": ivs, "benefit": benefit, "benefit_month": month}
        values |= {"benefit_week": week, "probability": probability, "date": day}
        _same(built, _validated(Case, **values))
        assert built.steps == Case.model_validate(values).steps


def test_plain_options_are_built_without_validation() -> None:
    """What ``kompcalc pa --hours 12`` gives takes the quick way (else it saves nothing)."""
    built = quick_assistance(Decimal("12.5"))
    assert built is not None
    case = quick_case((built,), "sygedagpenge", 9, None, Decimal(100), date(2014, 1, 1))
    assert case is not None
    assert case.interventions == (built,)
    assert case.benefit_month == 9
    assert quick_case((built,), "sygedagpenge", None, 40, None, None) is not None


def test_what_is_not_plainly_valid_is_left_to_validation() -> None:
    pa = PersonalAssistance(hours_per_week=Decimal(1))
    assert quick_assistance(Decimal("12.345")) is None
    assert quick_assistance(Decimal(169)) is None
    assert quick_case((pa,), "sygedagpenge", 0, None, None, None) is None
    assert quick_case((pa,), "sygedagpenge", 3, 4, None, None) is None
    assert quick_case((pa,), "syge\x1bdagpenge", None, None, None, None) is None
    assert quick_case((pa,), "sygedagpenge", None, None, None, datetime(2026, 1, 1)) is None


EDGES: dict[str, list[Any]] = {
    "benefit_month": [None, 0, 1, 1200, 1201, -1, True],
    "benefit_week": [None, 0, 1, 6000, 6001, False],
    "probability": [None, Decimal(0), Decimal(100), Decimal("100.01"), Decimal("-0.01"), 50],
    "benefit": ["sygedagpenge", "", " ", "a\tb", "a\x7fb", "a\x9fb", "a\xa0b"],
    "date": [None, date(2014, 1, 1), datetime(2014, 1, 1), "2014-01-01"],
}
CONVERTED = (50, True, False, "2014-01-01")
"""Values validation turns into others (a number, a day): left to it."""
PLAIN = {"benefit": "sygedagpenge", "benefit_month": None, "benefit_week": None,
         "probability": None, "date": None}  # fmt: skip


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, vs in EDGES.items() for v in vs])
def test_each_limit_is_validation_s_limit(field: str, value: object) -> None:
    """At each field's limits, everything else plain: built only where validation
    accepts the value, and then the same."""
    values: dict[str, Any] = {"interventions": (assistance,), **PLAIN, field: value}
    validated = _validated(Case, **values)
    order = ("interventions", "benefit", "benefit_month", "benefit_week", "probability", "date")
    built = quick_case(*(values[name] for name in order))
    if built is None:
        assert validated is None or value in CONVERTED, "a plain value left out"
    else:
        _same(built, validated)


def test_a_benefit_by_name_is_one_open_step_as_validated() -> None:
    case = Case.model_validate({"interventions": [assistance], "benefit": "sygedagpenge"})
    (step,) = case.steps
    validated = BenefitStep.model_validate({"benefit": "sygedagpenge"})
    assert step == validated
    assert step.model_fields_set == validated.model_fields_set
