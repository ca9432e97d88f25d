"""Sensitivity analysis: totals at each trial's low and high value, switching values
per case and for the list, and which cases are fragile."""

from decimal import Decimal as D

from kompcalc.batch.run import BatchRun, Computed
from kompcalc.core.calc import Calculator
from kompcalc.core.cases import Aids, Case, PersonalAssistance
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.ratekeys import with_set
from kompcalc.core.recompute import DURATION, HORIZON, PROBABILITY, Kept, Recompute
from kompcalc.core.sensitivity import Switch, Trial, analyse, switch
from kompcalc.core.trials import default_trials, trial
from kompcalc.loading.ratefile import load_table_and_rates
from tests.helpers import EXAMPLE


def _changed(rates: EffectiveRates, key: str, value: D) -> EffectiveRates:
    found = with_set(rates, key, value)
    assert found is not None
    return found


def _kept(months: int = 36) -> tuple[list[Kept], EffectiveRates]:
    loaded, rates = load_table_and_rates(None)
    run = BatchRun(EXAMPLE, loaded=loaded, day=rates.day, months=months)
    kept = [Kept.of(c.result, c.rates) for c in run.outcomes() if isinstance(c, Computed)]
    return kept, rates


def test_the_default_trials_are_the_issues() -> None:
    kept, rates = _kept()
    schemes = {iv.kind for case in kept for iv in case.interventions}
    found = {t.key: (t.low, t.high) for t in default_trials(rates, schemes, 36, D(100), None)}
    assert found == {
        "pa_hourly_rate": (D("103.21"), D("126.15")),  # 114,68 ± 10 %, to the øre
        "refund_pct.personal_assistance": (D(40), D(60)),
        "refund_pct.aids": (D(40), D(60)),  # no mentor nor icebreaker in the examples
        PROBABILITY: (D(50), D(100)),
        DURATION: (D(6), D(12)),
        HORIZON: (D(12), D(60)),
        "discount": (D(0), D(5)),
    }


def test_a_refund_is_tried_within_0_and_100() -> None:
    tried = trial("refund_pct.aids", D(95), D(100), D(95), 36, D(0))
    assert (tried.lowest, tried.highest, tried.step) == (D(0), D(100), D("0.01"))


def test_the_totals_are_the_lists_under_each_trials_values() -> None:
    kept, rates = _kept()
    recompute = Recompute(36, None, _changed)
    trials = [
        trial(PROBABILITY, D(50), D(100), D(100), 36, D(0)),
        trial("pa_hourly_rate", D(100), D(130), D("114.68"), 36, D(0)),
    ]
    found = {t.trial.key: t for t in analyse(kept, trials, recompute).trials}
    loaded, _ = load_table_and_rates(None)
    at_50 = BatchRun(EXAMPLE, loaded=loaded, day=rates.day, months=36, probability=D(50))
    whole = sum(c.result.savings[-1][1] for c in at_50.outcomes() if isinstance(c, Computed))
    assert found[PROBABILITY].total_low == whole
    changed = load_table_and_rates(None, sets=[("pa_hourly_rate", D(130))])[0]
    at_130 = BatchRun(EXAMPLE, loaded=changed, day=rates.day, months=36)
    whole = sum(c.result.savings[-1][1] for c in at_130.outcomes() if isinstance(c, Computed))
    assert found["pa_hourly_rate"].total_high == whole


def test_the_trials_are_sorted_by_their_swing() -> None:
    kept, rates = _kept()
    trials = default_trials(rates, {"aids", "personal_assistance"}, 36, D(100), None)
    tried = analyse(kept, trials, Recompute(36, None, _changed)).trials
    swings = [t.swing for t in tried]
    assert swings == sorted(swings, reverse=True) and swings[0] > swings[-1]
    assert tried[0].trial.key == HORIZON  # 12 against 60 months moves the most


def test_a_case_without_the_assumption_has_no_switching_value_to_look_for() -> None:
    # an aid's case has no hourly rate: not "none in range", but not affected at all
    kept, _ = _kept()
    (bank,) = [k for k in kept if k.id == "bank-clerk-low-vision"]
    hourly = trial("pa_hourly_rate", D(100), D(130), D("114.68"), 36, D(0))
    found = analyse([bank], [hourly], Recompute(36, None, _changed)).cases[0].switches[0]
    assert found == Switch(None, affected=False, today=D("114.68"), fragile=False)


def test_a_switching_value_is_the_last_value_at_which_the_case_still_pays() -> None:
    # the saving falls by 10 per unit: 0 at 12,345; shown as 12,34, where it is > 0
    tried = Trial("x", D(10), D(11), D(0), D(100), D("0.01"), today=D(10))
    known = {v: D("123.45") - 10 * v for v in (D(0), D(100), D(10), D(11))}
    found = switch(lambda v: D("123.45") - 10 * v, tried, D(10), D("23.45"), known)
    assert found.value == D("12.34") and found.affected


def test_fragile_means_within_today_and_the_values_tried() -> None:
    tried = Trial("x", D(50), D(100), D(0), D(100), D("0.01"), today=D(100))

    def at(zero: D) -> Switch:
        def saving(v: D) -> D:
            return 10 * (v - zero)

        known = {v: saving(v) for v in (D(0), D(100), D(50))}
        return switch(saving, tried, D(100), saving(D(100)), known)

    assert at(D(60)).fragile  # it stops paying below 60 %: 50 % is tried
    assert not at(D(40)).fragile  # only below 40 %, which is not tried
    assert at(D(40)).value == D(40)


def test_fewer_months_of_benefit_than_a_case_needs_to_pay_is_fragile() -> None:
    # PA 12 h: 2.979,39 kr. a month against 11.200 kr. of sygedagpenge for n months:
    # 11.200 n - 36 x 2.979,39 >= 0 from n = 107.258,04 / 11.200 = 9,58, so 10 months;
    # the case's own is the whole horizon (36), 6 and 12 are tried: fragile
    rates = load_table_and_rates(None)[1]
    case = Case(id="a", interventions=(PersonalAssistance(hours_per_week=D(12)),), benefit="x")
    kept = Kept.of(Calculator(rates, 36).result(case, "sygedagpenge"), rates)
    duration = trial(DURATION, D(6), D(12), None, 36, D(0))
    found = analyse([kept], [duration], Recompute(36, None, _changed)).cases[0].switches[0]
    assert found == Switch(D(10), affected=True, today=D(36), fragile=True)
    # 24 h: 5.958,78 a month, 36 x 5.958,78 = 214.516,08 against 11.200 a month for 12
    # months (134.400) and 16.000 from month 13: 12 + 80.116,08 / 16.000 = 17,0 months,
    # so 18: beyond those tried but short of the case's own 36, so still fragile
    case = Case(id="a", interventions=(PersonalAssistance(hours_per_week=D(24)),), benefit="x")
    kept = Kept.of(Calculator(rates, 36).result(case, "sygedagpenge"), rates)
    found = analyse([kept], [duration], Recompute(36, None, _changed)).cases[0].switches[0]
    assert found == Switch(D(18), affected=True, today=D(36), fragile=True)
    aids = Case(id="b", interventions=(Aids(amount=D(20000)),), benefit="x")
    kept = Kept.of(Calculator(rates, 36).result(aids, "sygedagpenge"), rates)
    found = analyse([kept], [duration], Recompute(36, None, _changed)).cases[0].switches[0]
    assert found.value == 1 and not found.fragile  # 10.000 kr. is paid in the first month
