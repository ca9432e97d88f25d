"""The checks of the rate table on a case, shared by the single-case commands and the batch."""

from datetime import date
from decimal import Decimal

import pytest

from kompcalc.batch.prepare import CaseRules, Refusal
from kompcalc.core.cases import Aids, Case, EducationAssistance
from kompcalc.core.effective import EffectiveRates
from kompcalc.loading.ratefile import LoadedTable, load_table_and_rates
from tests.helpers import TEST_RATES


@pytest.fixture(scope="module")
def shipped() -> tuple[LoadedTable, EffectiveRates]:
    return load_table_and_rates(None)


def education(hours: str) -> Case:
    return Case(
        interventions=(
            Aids(amount=Decimal(100)),
            EducationAssistance(hours_per_week=Decimal(hours)),
        ),
        benefit="sygedagpenge",
    )


def test_education_assistance_above_the_legal_maximum_is_refused(
    shipped: tuple[LoadedTable, EffectiveRates],
) -> None:
    loaded, rates = shipped
    (refusal,) = CaseRules(loaded).limits(education("37.5"), rates)
    assert refusal.path == ("interventions", 1, "hours_per_week")
    assert refusal.field == "interventions.2.hours_per_week"
    assert refusal.message.english.startswith("37.5 hours a week is above the limit of 37 hours")


def test_education_assistance_at_the_legal_maximum_may_be_computed(
    shipped: tuple[LoadedTable, EffectiveRates],
) -> None:
    loaded, rates = shipped
    assert CaseRules(loaded).limits(education("37"), rates) == ()


def test_a_benefit_is_found_by_its_name_in_any_case(
    shipped: tuple[LoadedTable, EffectiveRates],
) -> None:
    loaded, rates = shipped
    rules = CaseRules(loaded)
    assert rules.benefit(" Sygedagpenge") == "sygedagpenge"
    assert rules.available("sygedagpenge", rates) is None


def test_an_unknown_benefit_is_refused_with_the_known_ones(
    shipped: tuple[LoadedTable, EffectiveRates],
) -> None:
    loaded, _ = shipped
    refusal = CaseRules(loaded).benefit("kontanthjælp")
    assert isinstance(refusal, Refusal) and refusal.field == "benefit"
    assert refusal.message.english == (
        'Unknown benefit "kontanthjælp". The rate table knows: sygedagpenge, ledighedsydelse, '
        "løntilskud."
    )


def test_a_benefit_with_no_rate_on_the_day_names_the_rate_file() -> None:
    loaded, rates = load_table_and_rates(TEST_RATES, day=date(2025, 6, 1))
    problem = CaseRules(loaded).available("sygedagpenge", rates)
    assert problem is not None and problem.file == str(TEST_RATES)
    assert problem.field == "benefits.sygedagpenge.gross_weekly"
