"""A case's running costs month by month, and the figures worked out once per case
for speed: the same as asking month by month."""

from decimal import Decimal as D

import pytest

from kompcalc.core.breakeven import break_even
from kompcalc.core.calc import Costs
from kompcalc.core.cases import Aids
from tests.core.month_by_month import negative_from

COSTS = [
    Costs(D("2979.39")),
    Costs(D(0)),
    Costs(D("100.00"), ((D("50.50"), 6),)),
    Costs(D(0), ((D("10"), 3), (D("2.25"), 12), (D("7"), 3))),
    Costs(D("1.5"), ((D("-4.00"), 40),)),  # a part that lasts beyond the horizon
]


@pytest.mark.parametrize("costs", COSTS)
@pytest.mark.parametrize("months", [1, 3, 4, 12, 36])
def test_the_costs_by_month_are_each_months_cost(costs: Costs, months: int) -> None:
    expected = [costs.at(month) for month in range(1, months + 1)]
    found = costs.by_month(months)
    assert found == expected
    assert [str(x) for x in found] == [str(x) for x in expected]  # exponents too


def test_costs_that_stop_are_counted_until_their_last_month() -> None:
    costs = Costs(D(100), ((D(50), 2), (D(7), 3)))
    assert costs.by_month(5) == [D(157), D(157), D(107), D(100), D(100)]


FLOWS = [
    (D(50), [D(-10)] * 3 + [D(40)] * 9),
    (D(0), [D(10)] * 6 + [D(-30)] * 6),
    (D(100), [D(30), D(30), D(-5), D(60)] * 3),
]


@pytest.mark.parametrize(("one_off", "flows"), FLOWS)
def test_flows_given_beforehand_give_the_same_times(one_off: D, flows: list[D]) -> None:
    def flow(month: int) -> D:
        return flows[month - 1] if month <= len(flows) else flows[-1]

    horizon = len(flows)
    assert break_even(one_off, flow, 1, horizon, flows) == break_even(one_off, flow, 1, horizon)
    assert negative_from(one_off, flow, horizon, flows) == negative_from(one_off, flow, horizon)


def test_flows_given_beforehand_are_the_ones_used() -> None:
    """The check above holds only if ``flows`` is read: here it says something else."""
    # within the horizon the flows say -1 a month (-53 at month 3), beyond it flow()
    # says 100: 3 + 53/100 months; flow() alone would say 0.5
    assert break_even(D(50), lambda m: D(100), 1, 3, [D(-1), D(-1), D(-1)]) == D("3.53")
    assert negative_from(D(0), lambda m: D(1), 3, [D(-1), D(1), D(1)]) == D(0)


@pytest.mark.parametrize(
    ("aids", "total"),
    [
        (Aids(amount=D("8507")), "8507"),
        (Aids(amount=D("8507.50")), "8507.50"),
        (
            Aids.model_validate({"items": [{"amount": D("25000")}, {"amount": D("3150.5")}]}),
            "28150.5",
        ),
    ],
)
def test_the_aids_total_is_the_amount_or_the_items_added_up(aids: Aids, total: str) -> None:
    assert str(aids.total) == total
