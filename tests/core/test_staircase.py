"""Benefits on the 2016 refund staircase, costed by hand week by week.

The test table (tests/data/test-rates.yaml) has a gross sickness benefit of 4,695 kr. a
week on the refund staircase (state refund 80 % in weeks 1-4, 40 % in 5-26, 30 % in
27-52, 20 % from 53), 4.33 weeks a month.
"""

from datetime import date
from decimal import Decimal as D

import pytest

from kompcalc.core.calc import calculate
from kompcalc.core.cases import AidItem, Aids, Case, PersonalAssistance
from kompcalc.core.effective import EffectiveRates
from kompcalc.loading.ratefile import load_rates
from tests.helpers import TEST_RATES


@pytest.fixture(scope="module")
def rates() -> EffectiveRates:
    return load_rates(TEST_RATES, day=date(2026, 3, 1))


def staircase_case(*interventions: object, benefit: str = "sygedagpenge", **start: int) -> Case:
    data = {"interventions": interventions, "benefit": benefit, **start}
    return Case.model_validate(data)


PA_7 = PersonalAssistance(hours_per_week=D(7))


def test_sickness_benefit_10_weeks_in_for_12_months_by_hand(rates: EffectiveRates) -> None:
    # Week 11: 10 weeks drawn. Month m covers weeks 10 + 4.33(m-1) .. 10 + 4.33m.
    # The municipality pays 60 % in weeks 5-26, 70 % in 27-52, 80 % from 53.
    #  m1-3: 4.33 x 4695 x 0.60                        = 12,197.61
    #  m4:   weeks 22.99-27.32: 3.01 x 60 % + 1.32 x 70 % = 2.73 weeks x 4695 = 12,817.35
    #  m5-9: 4.33 x 4695 x 0.70 = 14,230.545          -> 14,230.55 (half-up)
    #  m10:  weeks 48.97-53.30: 3.03 x 70 % + 1.30 x 80 % = 3.161 x 4695 = 14,840.895
    #                                                  -> 14,840.90
    #  m11-12: 4.33 x 4695 x 0.80                      = 16,263.48
    result = calculate(staircase_case(PA_7, benefit_week=11), rates, "sygedagpenge", 12)
    expected = [D("12197.61")] * 3 + [D("12817.35")] + [D("14230.55")] * 5
    expected += [D("14840.90")] + [D("16263.48")] * 2
    assert [row.avoided_benefit for row in result.timeline] == expected
    # Unrounded the year is 51.96 weeks worth 167,930.76 kr.; six half-øre roundings
    # up (months 5-10) add 0.03.
    assert sum(expected) == D("167930.79")
    # 7 h x 127.86 (the 2026 rate) x 4.33 = 3,875.4366 -> 3,875.44; net 1,937.72
    assert result.monthly.net == D("1937.72")
    assert result.savings == ((12, D("167930.79") - 12 * D("1937.72")),)


def test_break_even_on_the_staircase(rates: EffectiveRates) -> None:
    # 100,000 kr. of aids, 50,000 net. Months 1-3 save 36,592.83, month 4 12,817.35
    # (49,410.18 in all), so 589.82 is left for month 5 at 14,230.55 a month:
    # 4 + 589.82 / 14,230.55 = 4.0414... -> 4.05 (rounded up).
    aids = Aids(items=(AidItem(amount=D(100000)),))
    result = calculate(staircase_case(aids, benefit_week=11), rates, "sygedagpenge", 12)
    assert result.break_even_months == D("4.05")


def test_a_citizen_30_weeks_in_starts_on_the_30_percent_step(rates: EffectiveRates) -> None:
    result = calculate(staircase_case(PA_7, benefit_week=31), rates, "sygedagpenge", 1)
    # weeks 30-34.33, all in weeks 27-52: 4.33 x 4695 x 0.70 = 14,230.545 -> 14,230.55
    assert result.timeline[0].avoided_benefit == D("14230.55")


def test_benefit_month_is_converted_to_weeks_drawn(rates: EffectiveRates) -> None:
    by_month = calculate(staircase_case(PA_7, benefit_month=3), rates, "sygedagpenge", 1)
    by_week = calculate(staircase_case(PA_7), rates, "sygedagpenge", 3)
    # month 3 starts after 2 x 4.33 weeks: the same as the third month from week 1
    assert by_month.timeline[0].avoided_benefit == by_week.timeline[2].avoided_benefit


def test_dagpenge_co_financing_is_the_municipality_s_share(rates: EffectiveRates) -> None:
    result = calculate(staircase_case(PA_7, benefit="dagpenge"), rates, "dagpenge", 2)
    # m1: weeks 0-4.33: 4 x 20 % + 0.33 x 60 % = 0.998 weeks x 4000 = 3,992.00
    # m2: weeks 4.33-8.66 at 60 %: 4.33 x 4000 x 0.60 = 10,392.00
    assert [r.avoided_benefit for r in result.timeline] == [D("3992.00"), D("10392.00")]


def test_a_monthly_gross_amount_is_spread_over_the_weeks(rates: EffectiveRates) -> None:
    result = calculate(staircase_case(PA_7, benefit="kontanthjælp"), rates, "kontanthjælp", 1)
    # 20,000 a month = 20,000 / 4.33 a week; month 1: 4 x 20 % + 0.33 x 60 % = 0.998
    # weeks' worth of the month's 4.33: 20,000 x 99.8 / 433 = 4,609.699... -> 4,609.70
    assert result.timeline[0].avoided_benefit == D("4609.70")


def test_staircase_break_even_is_exact_beyond_the_horizon(rates: EffectiveRates) -> None:
    # 55 h x 127.86 x 4.33 = 30,449.859 -> 30,449.86 gross, 15,224.93 net a month.
    # Savings: m1-3 -3,027.32 each, m4 -2,407.58, m5-9 -994.38 each, m10 -384.03:
    # -16,845.47 after 10 months; from month 11 +1,038.55 a month (16,263.48 - 15,224.93).
    # 10 + 16,845.47 / 1,038.55 = 26.2201... -> 26.23, far beyond a 12-month horizon.
    pa_55 = PersonalAssistance(hours_per_week=D(55))
    result = calculate(staircase_case(pa_55, benefit_week=11), rates, "sygedagpenge", 12)
    assert result.monthly.net == D("15224.93")
    assert result.savings == ((12, D("-16845.47") + 2 * D("1038.55")),)
    assert result.break_even_months == D("26.23")


def test_a_saving_that_never_comes_is_none(rates: EffectiveRates) -> None:
    # 60 h: 16,609.02 net a month, above even the 80 % step (16,263.48).
    pa_60 = PersonalAssistance(hours_per_week=D(60))
    result = calculate(staircase_case(pa_60, benefit_week=11), rates, "sygedagpenge", 12)
    assert result.monthly.net == D("16609.02")
    assert result.break_even_months is None
