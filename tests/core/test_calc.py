"""The pure calculation: costs, timeline, break-even and savings, checked by hand."""

from decimal import Decimal as D

import pytest

from kompcalc.core.breakeven import break_even
from kompcalc.core.calc import calculate, checkpoints
from kompcalc.core.cases import AidItem, Aids, Case, PersonalAssistance, RecurringCost
from kompcalc.core.effective import EffectiveRates
from tests.core.month_by_month import negative_from


def pa(hours: str) -> PersonalAssistance:
    return PersonalAssistance(hours_per_week=D(hours))


def aids(*amounts: str) -> Aids:
    return Aids(items=tuple(AidItem(amount=D(a)) for a in amounts))


def case(*interventions: object, benefit: str = "sygedagpenge", month: int = 1) -> Case:
    return Case.model_validate(
        {"interventions": interventions, "benefit": benefit, "benefit_month": month}
    )


def test_pa_12_hours_matches_the_catalogue_formula(rates: EffectiveRates) -> None:
    result = calculate(case(pa("12")), rates, "sygedagpenge", 36)
    # 12 h x 114.68 kr x 4.33 weeks = 5958.7728 -> 5958.77; net = 2979.385 -> 2979.39
    assert result.monthly.gross == D("5958.77")
    assert result.monthly.net == D("2979.39")
    assert result.monthly.refund == D("2979.38")
    assert result.one_off.net == 0
    assert result.break_even_months == 0


def test_pa_savings_follow_the_benefit_tiers(rates: EffectiveRates) -> None:
    result = calculate(case(pa("12")), rates, "sygedagpenge", 36)
    first_year = 12 * (D(11200) - D("2979.39"))
    later_year = 12 * (D(16000) - D("2979.39"))
    assert dict(result.savings) == {
        12: first_year,
        24: first_year + later_year,
        36: first_year + 2 * later_year,
    }


def test_aids_break_even_within_the_first_month(rates: EffectiveRates) -> None:
    result = calculate(case(aids("8507")), rates, "sygedagpenge", 36)
    assert result.one_off.net == D("4253.50")
    # 4253.50 / 11200 = 0.3798 months, rounded up to 0.38
    assert result.break_even_months == D("0.38")
    assert dict(result.savings)[12] == 12 * D(11200) - D("4253.50")


def test_timeline_puts_the_one_off_in_month_one(rates: EffectiveRates) -> None:
    result = calculate(case(aids("8507"), pa("2")), rates, "sygedagpenge", 13)
    # 2 h x 114.68 x 4.33 = 993.1288 -> 993.13 gross; net 496.565 -> 496.57 (half-up)
    pa_net = D("496.57")
    assert result.monthly.net == pa_net
    first, second, thirteenth = result.timeline[0], result.timeline[1], result.timeline[12]
    assert first.cost == D("4253.50") + pa_net
    assert second.cost == pa_net
    assert first.avoided_benefit == D(11200) and thirteenth.avoided_benefit == D(16000)
    assert first.cumulative_saving == D(11200) - D("4253.50") - pa_net
    assert [row.month for row in result.timeline] == list(range(1, 14))


def test_break_even_beyond_the_horizon_is_still_exact(rates: EffectiveRates) -> None:
    result = calculate(case(aids("1000000")), rates, "sygedagpenge", 12)
    # net 500,000: 12 x 11,200 = 134,400 in year one, then 365,600 / 16,000 = 22.85
    assert result.break_even_months == D("34.85")
    assert len(result.timeline) == 12


def test_break_even_never_comes_when_the_benefit_ends_first(rates: EffectiveRates) -> None:
    # løntilskud: 11,700 a month for 6 months = 70,200 < 100,000 net one-off
    result = calculate(case(aids("200000"), benefit="løntilskud"), rates, "løntilskud", 36)
    assert result.break_even_months is None


def test_break_even_never_comes_when_the_cost_exceeds_the_benefit(rates: EffectiveRates) -> None:
    flexjob = RecurringCost(name="Fleksjob", monthly=D(17000))
    result = calculate(case(flexjob), rates, "sygedagpenge", 36)
    assert result.break_even_months is None


def test_a_saving_that_dips_first_breaks_even_when_it_recovers(rates: EffectiveRates) -> None:
    # 12,000 a month against 11,200 for 12 months (-9,600), then +4,000 a month
    cost = RecurringCost(name="Andet", monthly=D(12000))
    result = calculate(case(cost), rates, "sygedagpenge", 36)
    assert result.break_even_months == D("14.40")


def test_citizen_already_into_the_benefit_reaches_the_higher_tier_sooner(
    rates: EffectiveRates,
) -> None:
    result = calculate(case(pa("12"), month=9), rates, "sygedagpenge", 12)
    net = D("2979.39")
    assert dict(result.savings)[12] == 4 * (D(11200) - net) + 8 * (D(16000) - net)


def test_løntilskud_saving_turns_negative_after_the_subsidy_ends(rates: EffectiveRates) -> None:
    result = calculate(case(pa("11.5"), benefit="løntilskud"), rates, "løntilskud", 36)
    net = D("2855.25")  # 11.5 x 114.68 x 4.33 = 5710.4906 -> 5710.49, net 2855.245 -> .25
    assert result.monthly.net == net
    assert dict(result.savings)[36] == 6 * D(11700) - 36 * net
    assert dict(result.savings)[36] < 0
    # it saves at once, but not for good: no break-even within 36 months (issue 12),
    # and the saving 6 x 11,700 - t x 2,855.25 turns negative at t = 70,200 / 2,855.25
    # = 24.5863... months, reported as 24.59 (rounded up, never earlier)
    assert result.break_even_months is None
    assert result.negative_from_months == D("24.59")


def test_pa_above_the_normal_limit_warns(rates: EffectiveRates) -> None:
    assert calculate(case(pa("20")), rates, "sygedagpenge", 12).warnings == ()
    warnings = calculate(case(pa("20.5")), rates, "sygedagpenge", 12).warnings
    assert [w.key for w in warnings] == ["warn_pa_hours_above_normal"]


@pytest.mark.parametrize(
    ("months", "marks"),
    [(36, (12, 24, 36)), (6, (6,)), (12, (12,)), (30, (12, 24, 30)), (1, (1,))],
)
def test_savings_checkpoints(months: int, marks: tuple[int, ...]) -> None:
    assert checkpoints(months) == marks


def test_break_even_is_zero_without_cost_and_with_an_immediate_saving() -> None:
    assert break_even(D(0), lambda m: D(100), stable_from=1, horizon=12) == 0
    assert break_even(D(0), lambda m: D(0), stable_from=1, horizon=12) == 0
    assert break_even(D(50), lambda m: D(0), stable_from=1, horizon=12) is None
    assert break_even(D(0), lambda m: D(-1), stable_from=1, horizon=12) is None


def test_break_even_is_from_when_the_saving_stays_above_zero() -> None:
    """A saving that dips below 0 and recovers breaks even when it last rises through 0;
    one that turns negative only after the horizon still breaks even within it."""

    def dip(month: int) -> D:  # -100 in month 1, then +300 a month
        return D(-100) if month == 1 else D(300)

    # S: 0 -> -100 (t = 1) -> +200 (t = 2); it is below 0 from t = 0 until
    # 1 + 100 / 300 = 1.3333... -> 1.34; and it falls below 0 at once (t = 0)
    assert break_even(D(0), dip, stable_from=2, horizon=12) == D("1.34")
    assert negative_from(D(0), dip, horizon=12) == D("0.00")

    def fades(month: int) -> D:  # +100 for 6 months, then -50 a month
        return D(100) if month <= 6 else D(-50)

    # after 12 months: 600 - 300 = 300 >= 0, so it holds within a 12-month horizon
    assert break_even(D(0), fades, stable_from=7, horizon=12) == 0
    assert negative_from(D(0), fades, horizon=12) is None
    # within 24 months it falls below 0 at 6 + 600 / 50 = 18 and has no break-even
    assert break_even(D(0), fades, stable_from=7, horizon=24) is None
    assert negative_from(D(0), fades, horizon=24) == D("18.00")
