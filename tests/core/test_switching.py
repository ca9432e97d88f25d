"""Switching values: exact on a straight line, by bisection otherwise."""

from collections.abc import Callable
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


def _counted(saving: Callable[[D], D]) -> tuple[Callable[[D], D], list[D]]:
    tried: list[D] = []

    def counted(x: D) -> D:
        tried.append(x)
        return saving(x)

    return counted, tried


def test_a_line_but_for_its_rounding_takes_a_handful_of_evaluations() -> None:
    # bisection would take 20 (1000 kr. to 0,01 kr. is 2^17, and the ends and middle)
    def saving(h: D) -> D:
        return 11200 - to_ore(to_ore(h * 12 * D("4.33")) * D("0.5"))

    counted, tried = _counted(saving)
    found = switching_value(counted, D(0), D(1000), STEP)
    assert found is not None and saving(found) >= 0 > saving(found + STEP)
    assert len(tried) <= 8


def test_a_saving_that_jumps_takes_no_more_than_twice_bisections_evaluations() -> None:
    # a step: false position alone would creep towards it from one side
    counted, tried = _counted(lambda x: D(1) if x < D("0.3") else D(-1000))
    found = switching_value(counted, D(0), D(1000), STEP)
    assert found is not None and found < D("0.3") <= found + STEP
    assert len(tried) <= 2 * 20


def test_a_whole_numbered_assumption_is_tried_at_whole_values_only() -> None:
    # the saving after the benefit has lasted n months: -40.693 + 11.200 x n pays
    # from n = 4 on (3,63 months of benefit pay the stairlift)
    counted, tried = _counted(lambda n: -40693 + 11200 * n)
    found = switching_value(counted, D(0), D(36), D(1), whole=True)
    assert found == 4
    assert all(x == x.to_integral_value() for x in tried)


def test_a_whole_numbered_saving_that_falls_switches_at_the_last_value_that_pays() -> None:
    found = switching_value(lambda n: 100 - 30 * n, D(0), D(10), D(1), whole=True)
    assert found == 3  # 10 at 3, -20 at 4
