"""The driver: every output gets the computed cases in file order, then the summary."""

import os
import signal
from typing import Any

import pytest

from kompcalc.batch import split as batch_split
from kompcalc.batch.drive import Stopped, drive
from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Summary


class Recorder:
    """An output that notes what it is given."""

    def __init__(self) -> None:
        self.rows: list[str] = []
        self.summaries: list[Summary] = []

    def encode(self, computed: Computed) -> str:
        return f"{computed.position}:{computed.result.case.id}"

    def write(self, encoded: str) -> None:
        self.rows.append(encoded)

    def finish(self, summary: Summary) -> None:
        self.summaries.append(summary)


def test_an_output_gets_the_computed_cases_in_order_then_the_summary(run: BatchRun) -> None:
    out = Recorder()
    summary = drive(run, out)
    assert out.rows == ["0:a", "1:b", "3:d"] and out.summaries == [summary]
    assert [f.case_id for f in summary.failed] == ["c"]


def shared_halves(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Make every file large enough to share; what each split run gives is noted in
    the list returned (None: it gave up, and the run went to one process)."""
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)
    halves: list[object] = []
    real_split = batch_split.split_run

    def spy(*args: Any, **kwargs: Any) -> Any:
        halves.append(found := real_split(*args, **kwargs))
        return found

    monkeypatch.setattr("kompcalc.batch.drive.split_run", spy)
    return halves


def test_two_cores_feed_an_output_what_one_feeds_it(
    run: BatchRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = Recorder(), Recorder()
    alone = drive(run, one, split=True)
    halves = shared_halves(monkeypatch)
    split = drive(run, two, split=True)
    assert len(halves) == 1 and halves[0] is not None  # two processes really ran it
    assert (two.rows, two.summaries, split) == (one.rows, one.summaries, alone)


def test_fail_fast_stops_at_the_first_failure_and_finishes_nothing(run: BatchRun) -> None:
    out = Recorder()
    with pytest.raises(Stopped) as stopped:
        drive(run, out, fail_fast=True)
    assert stopped.value.failed.case_id == "c"
    assert out.rows == ["0:a", "1:b"] and out.summaries == []


def test_two_cores_keep_the_cases_for_a_sensitivity_analysis_in_file_order(
    run: BatchRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    run.sensitivity = ()  # asked for, with the default trials only
    alone = drive(run, Recorder(), split=True).sensitivity
    halves = shared_halves(monkeypatch)
    split = drive(run, Recorder(), split=True).sensitivity
    # two processes really ran it: the child's cases, rates and all, came back to the
    # parent (a rate table that could not be pickled sent the run to one process)
    assert len(halves) == 1 and halves[0] is not None
    assert alone is not None and split is not None
    assert [c.id for c in split.cases] == ["a", "b", "d"]
    assert split == alone  # the child's cases came back whole, with what they rest on


def test_ctrl_c_and_sigterm_are_held_back_while_the_child_is_forked(
    run: BatchRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a signal to the whole process group (as `timeout` sends it) reaching the new
    # child before it resets its handlers ran the parent's handler there: a traceback
    halves = shared_halves(monkeypatch)
    masks: list[set[int]] = []
    real_fork = os.fork

    def fork() -> int:
        masks.append(set(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)
    drive(run, Recorder(), split=True)
    assert len(halves) == 1 and halves[0] is not None
    assert masks and {signal.SIGINT, signal.SIGTERM} <= masks[0]
    after = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert signal.SIGINT not in after and signal.SIGTERM not in after
