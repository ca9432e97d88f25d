"""Who pays and who saves: the municipality's, the state's and the public view of a
case, against hand figures."""

from datetime import date
from decimal import Decimal as D

from kompcalc.core.calc import calculate
from kompcalc.core.cases import AidItem, Aids, Case, PersonalAssistance, PriorityAccess
from kompcalc.core.discount import Profile
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


def test_the_return_per_krone_is_the_saving_over_the_cost_to_the_ore() -> None:
    kommune = _pa_against_sygedagpenge()[KOMMUNE]
    assert isinstance(kommune, View)
    assert kommune.return_per_krone == D("2.04")  # 11.330,86 / 5.552,36 = 2,0407...


def test_nothing_spent_has_no_return_per_krone() -> None:
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(interventions=(PriorityAccess(),), benefit="x")
    kommune = perspectives(calculate(case, rates, "sygedagpenge", 12))[KOMMUNE]
    assert isinstance(kommune, View) and kommune.return_per_krone is None


def _aids_against_sygedagpenge(
    discount: Profile | None = None, refund: D = D(50)
) -> dict[Perspective, View]:
    sets = [("refund_pct.aids", refund)]
    rates = load_rates(CURRENT, day=date(2024, 6, 1), sets=sets)
    aids = Aids(items=(AidItem(name="x", amount=D(12000)),))
    result = calculate(Case(interventions=(aids,), benefit="x"), rates, "sygedagpenge", 2, discount)
    views = perspectives(result)
    assert all(isinstance(v, View) for v in views.values())
    return {p: v for p, v in views.items() if isinstance(v, View)}


def test_each_perspective_has_its_own_payback_time_by_hand() -> None:
    # aids of 12.000 kr., half refunded: the municipality and the state each pay 6.000
    # kr. at once. The benefit in month 1 is 4.685,61 kr. for the municipality and
    # 20.329,35 - 4.685,61 = 15.643,74 kr. for the state; in month 2 12.197,61 kr.
    # and 8.131,74 kr. (see the test above).
    views = _aids_against_sygedagpenge()
    # the state: 6.000 / 15.643,74 = 0,3835 months, rounded up
    assert views[STAT].break_even_months == D("0.39")
    # the municipality: 1 + (6.000 - 4.685,61) / 12.197,61 = 1,1078 months
    assert views[KOMMUNE].break_even_months == D("1.11")
    # the public sector: 12.000 / 20.329,35 = 0,5903 months
    assert views[OFFENTLIG].break_even_months == D("0.60")
    assert views[STAT].one_off == D(6000) and views[OFFENTLIG].one_off == D(12000)


def test_the_state_pays_the_refund_and_the_municipality_the_rest() -> None:
    # a 40 % refund: the state pays 4.800 kr., the municipality 7.200 kr.
    views = _aids_against_sygedagpenge(refund=D(40))
    assert views[STAT].one_off == D(4800) and views[KOMMUNE].one_off == D(7200)
    assert views[STAT].break_even_months == D("0.31")  # 4.800 / 15.643,74 = 0,3068
    assert views[KOMMUNE].break_even_months == D("1.21")  # 1 + 2.514,39 / 12.197,61


def test_each_perspective_has_its_present_value_by_hand() -> None:
    # at a flat 3,5 %, v = 1,035^(-1/12) (bc -l, 50 digits):
    # kommune   -6.000 + 4.685,61 v + 12.197,61 v^2   = 10.800,0708...
    # stat      -6.000 + 15.643,74 v + 8.131,74 v^2   = 17.684,2064...
    # offentlig -12.000 + 20.329,35 (v + v^2)         = 28.484,2773...
    views = _aids_against_sygedagpenge(Profile.flat(D("3.5")))
    assert views[KOMMUNE].present_value == ((2, D("10800.07")),)
    assert views[STAT].present_value == ((2, D("17684.21")),)
    assert views[OFFENTLIG].present_value == ((2, D("28484.28")),)
    assert views[OFFENTLIG].discounted_break_even is not None
    plain = _aids_against_sygedagpenge()
    assert all(v.present_value is None for v in plain.values())


def test_the_municipal_view_is_the_result_itself() -> None:
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(interventions=(PersonalAssistance(hours_per_week=D(12)),), benefit="x")
    result = calculate(case, rates, "ledighedsydelse", 36)
    kommune = perspectives(result)[KOMMUNE]
    assert isinstance(kommune, View)
    assert kommune.savings == result.savings
    assert kommune.break_even_months == result.break_even_months
    assert kommune.avoided_first == result.avoided_first
    assert kommune.saving_first == result.saving_first


def test_the_state_and_the_public_view_add_up_in_every_month() -> None:
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(
        interventions=(PersonalAssistance(hours_per_week=D(12)),), benefit="x", benefit_week=20
    )
    views = perspectives(calculate(case, rates, "ledighedsydelse", 60))
    kommune, stat, offentlig = views[KOMMUNE], views[STAT], views[OFFENTLIG]
    assert isinstance(kommune, View) and isinstance(stat, View)
    assert isinstance(offentlig, View)
    for month in range(0, 61):
        assert kommune.saving_after(month) + stat.saving_after(month) == offentlig.saving_after(
            month
        )


def test_the_catalogues_net_tier_cases_have_no_state_view() -> None:
    rates = load_rates(None)
    for card in catalogue_cards():
        case = card_case(card)
        assert isinstance(case.benefit, str)
        views = perspectives(calculate(case, rates, case.benefit, 36))
        assert isinstance(views[KOMMUNE], View)
        assert views[STAT] == NotComputed(STAT)
        assert views[OFFENTLIG] == NotComputed(OFFENTLIG)


def test_each_views_figures_worked_out_once_are_those_month_by_month() -> None:
    """The savings, payback and turn negative are read off one saving line; asked
    month by month (kompcalc.core.breakeven) they are the same decimals."""
    from kompcalc.core.breakeven import break_even
    from kompcalc.core.money import to_ore
    from tests.core.month_by_month import negative_from

    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    pa = PersonalAssistance(hours_per_week=D("37.5"), months=20)
    aids = Aids(items=(AidItem(name="x", amount=D("30000.55")),))
    case = Case(interventions=(pa, aids), benefit="x", benefit_week=30)
    result = calculate(case, rates, "sygedagpenge", 40)
    for view in perspectives(result).values():
        assert isinstance(view, View)

        def flow(month: int, view: View = view) -> D:
            return view.benefit.at(month) - view.costs.at(month)

        stable = max(view.benefit.stable_from, view.costs.stable_from)
        by_month = tuple((m, view.saving_after(m)) for m in view.marks)
        assert repr(view.savings) == repr(by_month)
        assert view.break_even_months == break_even(view.one_off, flow, stable, 40)
        assert view.negative_from_months == negative_from(view.one_off, flow, 40)
        horizon = view.marks[-1]
        spent = view.spent_after(horizon)
        assert view.return_per_krone == to_ore(view.saving_after(horizon) / spent)


def test_a_view_is_worked_out_once_per_result_and_perspective() -> None:
    views = _pa_against_sygedagpenge()
    rates = load_rates(CURRENT, day=date(2024, 6, 1))
    case = Case(interventions=(PersonalAssistance(hours_per_week=D(10)),), benefit="x")
    result = calculate(case, rates, "sygedagpenge", 2)
    from kompcalc.core.perspectives import view

    first = view(result, STAT)
    assert view(result, STAT) is first
    assert perspectives(result)[STAT] is first
    assert view(result, KOMMUNE) is not first
    assert first == views[STAT]  # the same figures as a fresh result's
