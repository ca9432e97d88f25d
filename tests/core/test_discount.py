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
