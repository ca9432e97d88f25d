"""A case's saving at the horizon recomputed with one assumption changed: the same
figure as the whole calculation under that assumption, to the øre."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from kompcalc.batch.run import BatchRun, Computed
from kompcalc.core.calc import Calculator
from kompcalc.core.cases import Case, Mentor, MonthlyIntervention, PersonalAssistance
from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.ratekeys import with_set
from kompcalc.core.recompute import DISCOUNT, DURATION, HORIZON, PROBABILITY, Kept, Recompute
from kompcalc.loading.ratefile import load_table_and_rates, rates_on, with_sets
from tests.helpers import CURRENT, EXAMPLE


def _computed(path: Path, rates: Path | None = None, day: date | None = None) -> list[Computed]:
    loaded, found = load_table_and_rates(rates, day=day)
    run = BatchRun(path, loaded=loaded, day=found.day, months=36)
    return [c for c in run.outcomes() if isinstance(c, Computed)]


def _changed(rates: EffectiveRates, key: str, value: D) -> EffectiveRates:
    found = with_set(rates, key, value)
    assert found is not None
    return found


def _whole(case: Case, rates: EffectiveRates, months: int, **change: object) -> D:
    """The calculator's saving at the horizon (its present value with a rate)."""
    discount = change.get("discount")
    assert discount is None or isinstance(discount, Profile)
    calculator = Calculator(rates, months, discount)
    probability = change.get("probability", case.probability or D(100))
    assert isinstance(probability, D)
    result = calculator.result(case, str(change.get("plan", case.benefit)), probability)
    if result.present_value is not None:
        return result.present_value[-1][1]
    return result.savings[-1][1]


CHANGES = [
    (None, None),
    (HORIZON, D(12)),
    (HORIZON, D(60)),
    (PROBABILITY, D("62.5")),
    (DURATION, D(6)),
    (DISCOUNT, D(5)),
    ("pa_hourly_rate", D("126.148")),
    ("refund_pct.aids", D(40)),
    ("refund_pct.personal_assistance", D(60)),
]


@pytest.mark.parametrize(("key", "value"), CHANGES)
@pytest.mark.parametrize("discount", [None, Profile.flat(D("3.5"))])
def test_the_examples_recomputed_match_the_calculation(
    key: str | None, value: D | None, discount: Profile | None
) -> None:
    recompute = Recompute(36, discount, _changed)
    for computed in _computed(EXAMPLE):
        case, rates = computed.result.case, computed.rates
        kept = Kept.of(computed.result, rates)
        months, change = 36, dict[str, object](discount=discount)
        if key == HORIZON:
            months = int(str(value))
        elif key == DISCOUNT:
            change["discount"] = Profile.flat(D(5))
        elif key == PROBABILITY:
            change["probability"] = value
        elif key == DURATION:
            case = case.model_copy(update={"benefit_limit_months": 6})
        elif key is not None:
            assert value is not None
            rates = _changed(rates, key, value)
        expected = _whole(case, rates, months, **change)
        assert recompute.saving(kept, key, value) == expected, (case.id, key)


def test_a_benefit_on_the_staircase_recomputed_with_other_weeks_per_month() -> None:
    # weeks per month move both the hourly cost and where the months fall on the
    # staircase: the benefit is built again
    rates = load_table_and_rates(CURRENT, day=date(2024, 6, 1))[1]
    pa = PersonalAssistance(hours_per_week=D(15))
    ivs: tuple[MonthlyIntervention, ...] = (pa,)
    case = Case(id="a", interventions=ivs, benefit="sygedagpenge", benefit_week=3)
    result = Calculator(rates, 36).result(case, "sygedagpenge")
    recompute = Recompute(36, None, _changed)
    changed = _changed(rates, "weeks_per_month", D("4.2"))
    expected = Calculator(changed, 36).result(case, "sygedagpenge").savings[-1][1]
    assert recompute.saving(Kept.of(result, rates), "weeks_per_month", D("4.2")) == expected
    assert expected != result.savings[-1][1]


def test_a_change_of_a_benefits_amount_goes_through_the_table() -> None:
    loaded, rates = load_table_and_rates(None)
    key = "benefits.sygedagpenge.tiers.1.monthly"

    def through_table(rates: EffectiveRates, key: str, value: D) -> EffectiveRates:
        return rates_on(with_sets(loaded, [(key, value)]), rates.day)

    case = Case(id="a", interventions=(PersonalAssistance(hours_per_week=D(12)),), benefit="x")
    result = Calculator(rates, 36).result(case, "sygedagpenge")
    changed = through_table(rates, key, D(9000))
    expected = Calculator(changed, 36).result(case, "sygedagpenge").savings[-1][1]
    recompute = Recompute(36, None, through_table)
    assert recompute.saving(Kept.of(result, rates), key, D(9000)) == expected
    assert expected != result.savings[-1][1]


def test_with_set_is_what_the_table_with_the_set_gives() -> None:
    loaded, rates = load_table_and_rates(None)
    for key, value in [("pa_hourly_rate", D(130)), ("refund_pct.mentor", D(25))]:
        direct = _changed(rates, key, value)
        table = rates_on(with_sets(loaded, [(key, value)]), rates.day)
        assert direct.scalars() == table.replace(overrides=()).scalars()
        assert direct.hash == table.hash


@pytest.mark.parametrize("months", [3, 6, 36])
def test_a_cost_that_stops_is_counted_for_its_months_only(months: int) -> None:
    rates = load_table_and_rates(None)[1]
    mentor = Mentor(hours_per_week=D(5), hourly_rate=D("285.50"), months=6)
    ivs: tuple[MonthlyIntervention, ...] = (mentor, PersonalAssistance(hours_per_week=D(4)))
    case = Case(id="a", interventions=ivs, benefit="sygedagpenge", benefit_limit_months=20)
    result = Calculator(rates, 36).result(case, "sygedagpenge")
    expected = Calculator(rates, months).result(case, "sygedagpenge").savings[-1][1]
    recompute = Recompute(36, Profile.flat(D(0)) if months == 3 else None, _changed)
    assert recompute.saving(Kept.of(result, rates), HORIZON, D(months)) == expected
