"""Who pays and who saves: the municipality's, the state's and the public view of a
case, against hand figures."""

from datetime import date
from decimal import Decimal as D

from kompcalc.core.calc import calculate
from kompcalc.core.cases import Case, PersonalAssistance
from kompcalc.core.perspectives import NotComputed, Perspective, View, perspectives
from kompcalc.loading.ratefile import load_rates
from tests.helpers import CURRENT, card_case, catalogue_cards

KOMMUNE, STAT, OFFENTLIG = Perspective.kommune, Perspective.stat, Perspective.offentlig


def _pa_against_sygedagpenge() -> dict[Perspective, View | NotComputed]:
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(interventions=(PersonalAssistance(hours_per_week=D(10)),), benefit="x")
    return perspectives(calculate(case, rates, "sygedagpenge", 2))


def test_a_staircase_case_splits_into_municipality_and_state_by_hand() -> None:
    # PA 10 h/week at 128,23 kr. x 4,33 weeks = 5.552,36 kr. a month, half refunded:
    # the municipality and the state each pay 2.776,18 kr. a month.
    # Sygedagpenge 4.695 kr./week from week 1, gross 4,33 x 4.695 = 20.329,35 a month.
    # Month 1 covers weeks 0-4,33: 4 weeks at 20 % (80 % refund) and 0,33 at 60 %:
    # 4.695 x (4 x 0,20 + 0,33 x 0,60) = 4.685,61 for the municipality.
    # Month 2 covers weeks 4,33-8,66, all at 60 %: 4.695 x 4,33 x 0,60 = 12.197,61.
    views = _pa_against_sygedagpenge()
    kommune, stat, offentlig = views[KOMMUNE], views[STAT], views[OFFENTLIG]
    assert isinstance(kommune, View) and isinstance(stat, View)
    assert isinstance(offentlig, View)
    assert kommune.avoided == ((2, D("16883.22")),)  # 4.685,61 + 12.197,61
    assert kommune.spent == ((2, D("5552.36")),)
    assert kommune.savings == ((2, D("11330.86")),)
    assert stat.avoided == ((2, D("23775.48")),)  # 15.643,74 + 8.131,74
    assert stat.spent == ((2, D("5552.36")),)
    assert stat.savings == ((2, D("18223.12")),)
    assert offentlig.avoided == ((2, D("40658.70")),)  # 2 x 20.329,35
    assert offentlig.spent == ((2, D("11104.72")),)
    assert offentlig.savings == ((2, D("29553.98")),)
    assert kommune.savings[0][1] + stat.savings[0][1] == offentlig.savings[0][1]


def test_the_return_per_krone_is_the_saving_over_the_cost() -> None:
    kommune = _pa_against_sygedagpenge()[KOMMUNE]
    assert isinstance(kommune, View)
    assert kommune.return_per_krone == D("11330.86") / D("5552.36")


def test_the_municipal_view_is_the_result_itself() -> None:
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(interventions=(PersonalAssistance(hours_per_week=D(12)),), benefit="x")
    result = calculate(case, rates, "ledighedsydelse", 36)
    kommune = perspectives(result)[KOMMUNE]
    assert isinstance(kommune, View)
    assert kommune.savings == result.savings


def test_the_catalogues_net_tier_cases_have_no_state_view() -> None:
    rates = load_rates(None)
    for card in catalogue_cards():
        case = card_case(card)
        assert isinstance(case.benefit, str)
        views = perspectives(calculate(case, rates, case.benefit, 36))
        assert isinstance(views[KOMMUNE], View)
        assert views[STAT] == NotComputed(STAT)
        assert views[OFFENTLIG] == NotComputed(OFFENTLIG)
