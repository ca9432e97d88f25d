"""Every scheme of a case file, computed by hand with the catalogue's rates (sjh-2014:
114.68 kr./hour, 4.33 weeks/month, 50 % refund on PA, education PA and aids, 0 % on
mentor and icebreaker; sygedagpenge 11,200 then 16,000 from month 13; ledighedsydelse
10,850 then 15,500 from month 19)."""

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from kompcalc.core.calc import Calculator, calculate, limit_problems, warnings_for
from kompcalc.core.cases import Case
from kompcalc.core.effective import EffectiveRates

D = Decimal


def case(*interventions: dict[str, Any], **fields: Any) -> Case:
    data = {"benefit": "sygedagpenge", "interventions": list(interventions), **fields}
    return Case.model_validate(data)


def test_mentor_hours_times_agreed_rate_for_its_months(rates: EffectiveRates) -> None:
    mentor = {"kind": "mentor", "hours_per_week": 3, "hourly_rate": 300, "months": 6}
    result = calculate(case(mentor), rates, "sygedagpenge", 36)
    # 3 h x 300 kr. x 4.33 weeks = 3,897.00 kr. a month, no refund in the 2014 table
    assert (result.monthly.gross, result.monthly.refund, result.monthly.net) == (
        D("3897.00"),
        D("0.00"),
        D("3897.00"),
    )
    assert result.cost(6) == D("3897.00") and result.cost(7) == 0
    # 12 x 11,200 - 6 x 3,897 = 111,018
    assert dict(result.savings)[12] == D("111018.00")
    assert result.break_even_months == 0


def test_icebreaker_that_costs_more_than_the_benefit_at_first(rates: EffectiveRates) -> None:
    ice = {"kind": "icebreaker", "monthly": 14000, "months": 9}
    result = calculate(case(ice, benefit="ledighedsydelse"), rates, "ledighedsydelse", 24)
    # months 1-9: 10,850 - 14,000 = -3,150 each, -28,350 in all; then +10,850 a month:
    # -17,500 after 10, -6,650 after 11, and 0 at 11 + 6,650 / 10,850 = 11.6129 months
    assert result.saving_after(9) == D("-28350.00")
    assert result.break_even_months == D("11.62")
    # after 12: 4,200; after 24: 4,200 + 6 x 10,850 + 6 x 15,500 = 162,300
    assert dict(result.savings) == {12: D("4200.00"), 24: D("162300.00")}


def test_education_assistance_is_refunded_like_pa(rates: EffectiveRates) -> None:
    study = {"kind": "education_assistance", "hours_per_week": 15, "months": 10}
    result = calculate(case(study), rates, "sygedagpenge", 12)
    # 15 x 114.68 x 4.33 = 7,448.466 -> 7,448.47; the municipality's half 3,724.235
    # rounds half-up to 3,724.24 and the refund is the rest
    assert (result.monthly.gross, result.monthly.refund, result.monthly.net) == (
        D("7448.47"),
        D("3724.23"),
        D("3724.24"),
    )
    assert result.cost(11) == 0


def test_education_hours_have_their_own_limits(rates: EffectiveRates) -> None:
    over_normal = case({"kind": "education_assistance", "hours_per_week": 25})
    assert [w.key for w in warnings_for(over_normal, rates)] == [
        "warn_education_hours_above_normal"
    ]
    assert limit_problems(over_normal, rates) == ()
    over_max = case(
        {"kind": "aids", "amount": 100},
        {"kind": "education_assistance", "hours_per_week": 38},
    )
    (problem,) = limit_problems(over_max, rates)
    assert problem.path == ("interventions", 1, "hours_per_week")
    assert dict(problem.text.values) == {"hours": Decimal(38), "limit": Decimal(37)}


def test_a_recurring_cost_for_some_months(rates: EffectiveRates) -> None:
    flex = {"kind": "recurring_cost", "name": "Fleksjob", "monthly": 3850, "months": 12}
    result = calculate(case(flex, benefit="ledighedsydelse"), rates, "ledighedsydelse", 24)
    # 18 x 10,850 + 6 x 15,500 - 12 x 3,850 = 242,100; no refund on a net cost
    assert result.monthly.refund == 0
    assert dict(result.savings)[24] == D("242100.00")


def test_priority_access_costs_nothing_and_counts(rates: EffectiveRates) -> None:
    result = calculate(case({"kind": "priority_access"}), rates, "sygedagpenge", 12)
    assert result.one_off.net == result.monthly.net == 0
    assert result.break_even_months == 0
    assert dict(result.savings)[12] == D("134400.00")  # 12 x 11,200


def test_a_benefit_that_would_have_ended(rates: EffectiveRates) -> None:
    aids = {"kind": "aids", "amount": 100000}
    result = calculate(case(aids, benefit_limit_months=3), rates, "sygedagpenge", 12)
    # 3 x 11,200 = 33,600 avoided against 50,000 net: it never pays back
    assert result.avoided_first == D("11200") and result.curve.at(4) == 0
    assert result.break_even_months is None
    assert dict(result.savings)[12] == D("-16400.00")


def test_a_benefit_limit_beyond_the_tiers_keeps_the_higher_tier(
    rates: EffectiveRates,
) -> None:
    aids = {"kind": "aids", "amount": 100000}
    result = calculate(case(aids, benefit_limit_months=14), rates, "sygedagpenge", 24)
    # 12 x 11,200 + 2 x 16,000 = 166,400 avoided, less 50,000
    assert dict(result.savings)[24] == D("116400.00")


def test_one_case_can_combine_schemes(rates: EffectiveRates) -> None:
    both = case(
        {"kind": "aids", "items": [{"name": "Bord", "amount": 4000}, {"amount": 1000}]},
        {"kind": "personal_assistance", "hours_per_week": 2},
    )
    result = calculate(both, rates, "sygedagpenge", 12)
    # aids 5,000 -> 2,500 net; PA 2 x 114.68 x 4.33 = 993.1288 -> 993.13, net 496.565
    # -> 496.57
    assert result.one_off.net == D("2500.00") and result.monthly.net == D("496.57")


def test_a_shared_calculator_gives_the_same_results(rates: EffectiveRates) -> None:
    calc = Calculator(rates, 36)
    cases = [
        case({"kind": "personal_assistance", "hours_per_week": h}, benefit_month=m)
        for h in (2, 12, 20)
        for m in (None, 5, 13)
    ]
    for c in cases:
        shared = calc.result(c, "sygedagpenge")
        alone = calculate(c, rates, "sygedagpenge", 36)
        assert (shared.savings, shared.break_even_months) == (
            alone.savings,
            alone.break_even_months,
        )


@pytest.mark.parametrize(
    ("intervention", "field"),
    [
        ({"kind": "mentor", "hours_per_week": 2, "hourly_rate": 300}, "months"),
        ({"kind": "icebreaker", "monthly": 12000}, "months"),
        ({"kind": "aids"}, "kind"),
        ({"kind": "aids", "amount": 10, "items": [{"amount": 5}]}, "kind"),
        ({"kind": "recurring_cost", "monthly": 100}, "name"),
        ({"kind": "priority_access", "cost": 5}, "cost"),
        ({"kind": "coaching"}, "kind"),
    ],
)
def test_a_scheme_missing_what_it_needs_is_refused(
    intervention: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        case(intervention)
    assert any(
        field in ".".join(map(str, e["loc"])) or field == "kind" for e in caught.value.errors()
    )


def test_free_text_never_changes_the_figures(rates: EffectiveRates) -> None:
    pa = {"kind": "personal_assistance", "hours_per_week": 12, "description": "løft"}
    plain = calculate(case(pa), rates, "sygedagpenge", 36)
    told = calculate(
        case(pa, person="Mand, 40 år", condition="Sclerose", occupation="Landmand"),
        rates,
        "sygedagpenge",
        36,
    )
    assert (plain.savings, plain.monthly) == (told.savings, told.monthly)
