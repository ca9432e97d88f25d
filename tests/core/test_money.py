"""The rounding helper and the refund split."""

from decimal import Decimal

import pytest

from kompcalc.core.money import months_up, municipal_share, to_krone, to_ore


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("5958.7728", "5958.77"),
        ("2979.385", "2979.39"),  # half-up, not banker's rounding
        ("2979.375", "2979.38"),
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),
        ("3875.4366", "3875.44"),
        ("10", "10.00"),
    ],
)
def test_to_ore_rounds_half_up_to_two_decimals(amount: str, expected: str) -> None:
    assert str(to_ore(Decimal(amount))) == expected


def test_share_puts_the_half_ore_on_the_municipality() -> None:
    refund, net = municipal_share(Decimal("5958.77"), Decimal(50))
    assert (refund, net) == (Decimal("2979.38"), Decimal("2979.39"))


@pytest.mark.parametrize("gross", ["0.01", "8507", "5958.77", "3875.44", "81386", "0.03"])
@pytest.mark.parametrize("pct", ["0", "20", "33.3", "50", "80", "100"])
def test_refund_and_net_always_add_up_to_gross(gross: str, pct: str) -> None:
    refund, net = municipal_share(Decimal(gross), Decimal(pct))
    assert refund + net == Decimal(gross)
    assert net == to_ore(net) and refund == to_ore(refund)


def test_break_even_months_round_up_never_down() -> None:
    assert months_up(Decimal("0.3797767857")) == Decimal("0.38")
    assert months_up(Decimal("1.001")) == Decimal("1.01")
    assert months_up(Decimal("2")) == Decimal("2.00")


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("60620.00", "60620"),
        ("20733.21", "20733"),
        ("3884684.44", "3884684"),
        ("0.50", "1"),  # half-up, not banker's rounding
        ("2.50", "3"),
        ("-32589.50", "-32590"),  # half away from zero, as a loss is read
        ("0.49", "0"),
    ],
)
def test_to_krone_rounds_half_up_to_whole_kroner(amount: str, expected: str) -> None:
    assert str(to_krone(Decimal(amount))) == expected
