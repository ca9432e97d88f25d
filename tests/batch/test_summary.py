"""What a batch adds up: the accumulator, its merge, and the frozen summary."""

import dataclasses
from collections.abc import Callable
from decimal import Decimal as D

import pytest

from kompcalc.batch.run import BatchRun
from kompcalc.batch.summary import Accumulator, Summary
from kompcalc.core.calc import Split
from kompcalc.core.perspectives import Perspective


def accumulate(run: BatchRun, keep: Callable[[int], bool] | None) -> Accumulator:
    seen = Accumulator(run.marks)
    for outcome in run.part(keep):
        if outcome is not None:
            seen.add(outcome)
    return seen


def every_other(odd: int) -> Callable[[int], bool]:
    """The positions one process of the two-core split takes."""
    return lambda position: position % 2 == odd


def summary(run: BatchRun, seen: Accumulator) -> Summary:
    return seen.summary(file=run.file, months=run.months, header=run.header)


def test_one_pass_adds_up_what_was_worked_out_by_hand(run: BatchRun) -> None:
    whole = summary(run, accumulate(run, None))
    totals = whole.totals
    assert totals.cases == 3
    # a: aids 8,507, half refunded; b: 25 h x 114.68 x 4.33 = 12,414.11, the municipality
    # pays 6,207.06 (half, rounded up on its side); d: 12,000 a month, no refund
    assert totals.one_off == Split(D("8507"), D("4253.50"), D("4253.50"))
    assert totals.monthly == Split(D("24414.11"), D("6207.05"), D("18207.06"))
    assert totals.avoided == D("34100")  # 11,200 + 11,200 + 11,700
    assert totals.monthly_saving == D("15892.94")  # 11,200 + 4,992.94 - 300
    # a: 12 x 11,200 - 4,253.50; b: 12 x 4,992.94; d: 6 x 11,700 - 12 x 12,000
    assert totals.savings == ((12, D("116261.78")),)  # 130,146.50 + 59,915.28 - 73,800
    assert totals.break_even_within == ((1, 2), (3, 2), (12, 2)) and totals.never == 1
    assert [f.case_id for f in whole.failed] == ["c"]
    assert [w.case for w in whole.warnings] == ["b"]
    assert [(m.case_id, m.figure, m.computed) for m in whole.mismatches] == [
        ("b", "one_off_gross", D("0")),
        ("b", "monthly_net", D("6207.06")),
    ]
    assert whole.checked == 2
    assert (whole.title, whole.marks, whole.file_problems) == ("Tiny", (12,), ())


def test_the_municipalitys_view_adds_up_the_same_hand_worked_figures(run: BatchRun) -> None:
    view = summary(run, accumulate(run, None)).view(Perspective.kommune)
    assert (view.cases, view.not_computed) == (3, 0)
    assert view.one_off == D("4253.50")
    assert view.monthly == D("18207.06")  # 6,207.06 + 12,000
    assert view.avoided == D("34100")
    assert view.monthly_saving == D("15892.94")
    # 4,253.50 + 12 x 6,207.06 + 12 x 12,000; 12 x 11,200 + 12 x 11,200 + 6 x 11,700
    assert view.spent == ((12, D("222738.22")),)
    assert view.avoided_total == ((12, D("339000")),)
    assert view.savings == ((12, D("116261.78")),)
    assert view.break_even_within == ((1, 2), (3, 2), (12, 2)) and view.never == 1


@pytest.mark.parametrize("first", [0, 1])
def test_two_halves_merged_equal_one_pass(run: BatchRun, first: int) -> None:
    whole = summary(run, accumulate(run, None))
    halves = [accumulate(run, every_other(odd)) for odd in (0, 1)]
    merged = halves[first]
    merged.merge(halves[1 - first])
    assert summary(run, merged) == whole


def test_the_summary_is_frozen(run: BatchRun) -> None:
    whole = summary(run, accumulate(run, None))
    with pytest.raises(dataclasses.FrozenInstanceError):
        whole.checked = 0  # type: ignore[misc]
    sequences = (whole.failed, whole.warnings, whole.mismatches, whole.file_problems)
    assert all(isinstance(s, tuple) for s in sequences)
