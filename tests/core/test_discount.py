"""Present value: discount factors and discounted savings, against hand figures."""

from decimal import Decimal

import pytest

from kompcalc.core.discount import Band, Profile, discounted_flow, present_values

FM2021 = Profile((Band(0, Decimal("3.5")), Band(35, Decimal("2.5"))))


def close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) < Decimal("1e-20")


def test_a_year_is_discounted_by_the_annual_rate() -> None:
    assert close(Profile.flat(Decimal("3.5")).factor(12), 1 / Decimal("1.035"))
    assert close(Profile.flat(Decimal(5)).factor(24), 1 / Decimal("1.05") ** 2)


def test_fm2021_uses_3_5_percent_throughout_a_60_month_horizon() -> None:
    flat = Profile.flat(Decimal("3.5"))
    assert all(FM2021.factor(m) == flat.factor(m) for m in range(1, 61))


def test_fm2021_falls_to_2_5_percent_after_35_years() -> None:
    expected = Decimal("1.035") ** -35 / Decimal("1.025")
    assert close(FM2021.factor(36 * 12), expected)
    assert close(FM2021.factor(35 * 12), Decimal("1.035") ** -35)


def test_aids_against_a_flat_benefit_for_a_year_at_3_5_percent() -> None:
    # aids of 12.000 kr. (net 6.000 kr. after a 50 % refund) against 11.200 kr. a month
    # for 12 months. By hand (bc -l, 30 digits): sum over m = 1..12 of
    # 11200 * 1.035^(-m/12) = 131925.2256570...; less 6000 = 125925.2256570...
    factors = Profile.flat(Decimal("3.5")).factors(12)
    found = present_values(Decimal(6000), lambda m: Decimal(11200), factors, (6, 12))
    assert found[-1] == (12, Decimal("125925.23"))
    # the same sum by the geometric series, v (1 - v^12) / (1 - v), v = 1.035^(-1/12)
    v = Decimal("1.035") ** (Decimal(-1) / 12)
    series = 11200 * v * (1 - v**12) / (1 - v) - 6000
    assert found[-1][1] == series.quantize(Decimal("0.01"))
    # after 6 months, by hand the same way: 60529.9008...
    assert found[0] == (6, Decimal("60529.90"))


def test_no_discount_gives_the_plain_saving() -> None:
    factors = Profile.flat(Decimal(0)).factors(36)
    found = present_values(Decimal("4253.50"), lambda m: Decimal(11200), factors, (12, 36))
    assert found == ((12, Decimal("130146.50")), (36, Decimal("398946.50")))


def test_the_discounted_flow_stops_after_its_last_factor() -> None:
    flow = discounted_flow(lambda m: Decimal(100), (Decimal(1), Decimal("0.5")))
    assert [flow(m) for m in (1, 2, 3)] == [Decimal(100), Decimal(50), Decimal(0)]


@pytest.mark.parametrize("bands", [(), (Band(1, Decimal(3)),), (Band(0, Decimal(3)),) * 2])
def test_a_profile_starts_at_year_0_with_rising_bands(bands: tuple[Band, ...]) -> None:
    with pytest.raises(ValueError):
        Profile(bands)


def test_the_profile_of_a_rate_tables_discount_rate() -> None:
    from kompcalc.core.rates import DiscountRate

    rate = DiscountRate.model_validate(
        {
            "label": {"da": "x", "en": "x"},
            "source": "s",
            "bands": [
                {"from_year": 0, "pct": Decimal("3.5")},
                {"from_year": 35, "pct": Decimal("2.5")},
            ],
        }
    )
    assert Profile.of(rate) == FM2021


@pytest.mark.parametrize("starts", [(1,), (0, 0), (0, 40, 35)])
def test_a_rate_tables_discount_bands_start_at_year_0_and_rise(starts: tuple[int, ...]) -> None:
    from pydantic import ValidationError

    from kompcalc.core.rates import DiscountRate

    bands = [{"from_year": start, "pct": 3} for start in starts]
    with pytest.raises(ValidationError, match="val_discount_bands"):
        DiscountRate.model_validate(
            {"label": {"da": "x", "en": "x"}, "source": "s", "bands": bands}
        )


def test_a_case_carries_its_present_value_and_discounted_break_even() -> None:
    from kompcalc.core.calc import calculate
    from kompcalc.core.cases import AidItem, Aids, Case
    from kompcalc.loading.ratefile import load_rates

    # aids of 240.000 kr., half refunded (120.000 kr. net), against the catalogue's
    # sygedagpenge of 11.200 kr. a month (its first 12 months), at a flat 3,5 %. By hand
    # (bc -l): after 12 months -120000 + 131925.2257 = 11925.23; the discounted saving
    # crosses 0 in month 11, at 10.8983 months, so 10,90 rounded up; undiscounted,
    # 120000 / 11200 = 10.7143, so 10,72.
    case = Case(
        interventions=(Aids(items=(AidItem(name="x", amount=Decimal(240000)),)),), benefit="x"
    )
    result = calculate(case, load_rates(None), "sygedagpenge", 12, Profile.flat(Decimal("3.5")))
    assert result.present_value == ((12, Decimal("11925.23")),)
    assert result.discounted_break_even == Decimal("10.90")
    assert result.break_even_months == Decimal("10.72")
    plain = calculate(case, load_rates(None), "sygedagpenge", 12)
    assert plain.present_value is None and plain.discounted_break_even is None
    assert plain.savings == result.savings


def test_a_discounted_saving_that_never_catches_up_has_no_break_even() -> None:
    from kompcalc.core.calc import calculate
    from kompcalc.core.cases import AidItem, Aids, Case
    from kompcalc.loading.ratefile import load_rates

    # at 50 % a year, 11.200 kr. a month for a year and 16.000 kr. a month after that
    # are worth at most about 108.000 + 16000 / (1.5^(1/12) - 1) / 1.5 = 418.000 kr.
    # today: a net cost of 500.000 kr. is never paid back in today's money.
    case = Case(
        interventions=(Aids(items=(AidItem(name="x", amount=Decimal(1000000)),)),), benefit="x"
    )
    result = calculate(case, load_rates(None), "sygedagpenge", 36, Profile.flat(Decimal(50)))
    assert result.discounted_break_even is None
    # undiscounted: 12 x 11.200 = 134.400, then (500.000 - 134.400) / 16.000 = 22,85
    assert result.break_even_months == Decimal("34.85")
