"""Switching values: exact on a straight line, by bisection otherwise."""

from decimal import Decimal as D

from kompcalc.core.money import to_ore
from kompcalc.core.switching import switching_value

STEP = D("0.01")


def test_a_linear_saving_is_solved_exactly() -> None:
    # a PA case against a flat benefit: saving = 11200 - hourly x 12 x 4.33 x 0.5 a
    # month, which is 0 at 11200 / (12 x 4.33 x 0.5) = 431.100846...
    found = switching_value(lambda h: 11200 - h * 12 * D("4.33") * D("0.5"), D(0), D(1000), STEP)
    assert found == D(11200) / (12 * D("4.33") * D("0.5"))


def test_a_rounded_saving_is_found_to_the_step() -> None:
    def saving(h: D) -> D:
        return 11200 - to_ore(to_ore(h * 12 * D("4.33")) * D("0.5"))

    found = switching_value(saving, D(0), D(1000), STEP)
    assert found is not None
    exact = D(11200) / (12 * D("4.33") * D("0.5"))
    assert abs(found - exact) <= STEP
    assert saving(found) >= 0  # on the paying side of the switch


def test_a_curved_saving_is_found_by_bisection() -> None:
    found = switching_value(lambda x: 2 - x * x, D(0), D(2), STEP)
    assert found is not None and abs(found - D(2).sqrt()) <= STEP
    assert 2 - found * found >= 0


def test_a_saving_that_keeps_its_sign_has_none_in_range() -> None:
    assert switching_value(lambda x: x + 1, D(0), D(10), STEP) is None
    assert switching_value(lambda x: -x - 1, D(0), D(10), STEP) is None


def test_a_saving_of_0_at_an_end_switches_there() -> None:
    assert switching_value(lambda x: x - 3, D(3), D(10), STEP) == D(3)
    assert switching_value(lambda x: x - 10, D(3), D(10), STEP) == D(10)
