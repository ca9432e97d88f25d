"""A batch's totals from each perspective: added up by hand, merged over two halves, and
the municipality's equal to the catalogue's totals."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from kompcalc.batch.run import BatchRun
from kompcalc.batch.summary import Accumulator, Summary
from kompcalc.core.discount import Profile
from kompcalc.core.perspectives import Perspective
from kompcalc.loading.ratefile import load_table_and_rates
from tests.batch.test_summary import accumulate, every_other, summary

# on dk-seneste, 1 June 2024: sygedagpenge 4.695 kr. a week on the refund staircase;
# b's benefit is given net (not in dk-seneste: it fails); c costs nothing.
STAIRS = """cases:
  - id: a
    benefit: sygedagpenge
    interventions: [{kind: aids, amount: 12000}]
  - id: b
    benefit: løntilskud
    interventions: [{kind: aids, amount: 10}]
  - id: c
    benefit: sygedagpenge
    benefit_week: 30
    interventions: [{kind: personal_assistance, hours_per_week: 10}]
  - id: d
    benefit: ledighedsydelse
    interventions: [{kind: personal_assistance, hours_per_week: 5, months: 1}]
"""

ALL = tuple(Perspective)


@pytest.fixture
def stairs(tmp_path: Path) -> BatchRun:
    path = tmp_path / "stairs.yaml"
    path.write_text(STAIRS, encoding="utf-8")
    loaded, rates = load_table_and_rates(Path("dk-seneste"), day=date(2024, 6, 1))
    return BatchRun(
        path,
        loaded=loaded,
        day=rates.day,
        months=24,
        discount=Profile.flat(D("3.5")),
        views=ALL,
    )


def _whole(run: BatchRun) -> Summary:
    seen = Accumulator(run.marks, run.views)
    for outcome in run.outcomes():
        seen.add(outcome)
    return seen.summary(file=run.file, months=run.months, header=run.header)


def test_the_municipalitys_view_totals_are_the_catalogues_totals(stairs: BatchRun) -> None:
    whole = _whole(stairs)
    kommune = whole.view(Perspective.kommune)
    totals = whole.totals
    assert kommune.cases == totals.cases == 3
    assert kommune.one_off == totals.one_off.net and kommune.monthly == totals.monthly.net
    assert kommune.savings == totals.savings
    assert kommune.break_even_within == totals.break_even_within
    assert (kommune.never, kommune.negative) == (totals.never, totals.negative)


def test_the_state_and_the_municipality_add_up_to_the_public_sector(stairs: BatchRun) -> None:
    whole = _whole(stairs)
    kommune, stat, offentlig = (whole.view(p) for p in ALL)
    for k, s, o in zip(kommune.savings, stat.savings, offentlig.savings, strict=True):
        assert k[1] + s[1] == o[1]
    for k, s, o in zip(kommune.spent, stat.spent, offentlig.spent, strict=True):
        assert k[1] + s[1] == o[1]
    # the one-offs by hand: aids of 12.000 kr., half refunded
    assert (kommune.one_off, stat.one_off, offentlig.one_off) == (D(6000), D(6000), D(12000))
    assert offentlig.present_value is not None and len(offentlig.present_value) == 2


def test_the_return_per_krone_of_the_totals_is_their_saving_over_their_cost(
    stairs: BatchRun,
) -> None:
    offentlig = _whole(stairs).view(Perspective.offentlig)
    (_, saving), (_, spent) = offentlig.savings[-1], offentlig.spent[-1]
    assert offentlig.return_per_krone == (saving / spent).quantize(D("0.01"))
    assert offentlig.return_per_krone != D(0)


@pytest.mark.parametrize("first", [0, 1])
def test_two_halves_merged_equal_one_pass(stairs: BatchRun, first: int) -> None:
    whole = _whole(stairs)
    halves = []
    for odd in (0, 1):
        seen = Accumulator(stairs.marks, stairs.views)
        for outcome in stairs.part(every_other(odd)):
            if outcome is not None:
                seen.add(outcome)
        halves.append(seen)
    merged = halves[first]
    merged.merge(halves[1 - first])
    assert merged.summary(file=stairs.file, months=stairs.months, header=stairs.header) == whole


def test_a_net_benefit_is_counted_as_not_computed(run: BatchRun) -> None:
    seen = Accumulator(run.marks, ALL)
    for outcome in run.outcomes():
        seen.add(outcome)
    whole = summary(run, seen)
    stat = whole.view(Perspective.stat)
    assert (stat.cases, stat.not_computed) == (0, 3)  # a, b, d computed; c failed
    assert stat.savings == ((12, D(0)),) and stat.return_per_krone is None
    assert whole.view(Perspective.kommune).cases == 3
    assert accumulate(run, None).views[0].perspective is Perspective.kommune
