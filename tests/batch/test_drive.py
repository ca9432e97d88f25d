"""The driver: every output gets the computed cases in file order, then the summary."""

import errno
import io
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from kompcalc.batch import split as batch_split
from kompcalc.batch.drive import Stopped, drive
from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Summary
from kompcalc.loading.ratefile import load_table_and_rates
from kompcalc.render.rows import RowText
from kompcalc.render.table import TextTable


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


# the text table on two cores: each process notes its rows' widths, and pads its half

WIDEST = """cases:
  - id: a
    benefit: sygedagpenge
    interventions: [{kind: personal_assistance, hours_per_week: 10}]
  - id: b
    benefit: sygedagpenge
    interventions: [{kind: aids, amount: 8507}]
  - id: c
    benefit: sygedagpenge
    interventions: [{kind: aids, amount: 12}]
  - id: d-the-longest-id-of-all
    benefit: løntilskud
    interventions: [{kind: recurring_cost, name: Fleksjob, monthly: 9000}]
"""
"""Fast halves give the parent a and b, the child c and d; every other case gives the
parent a and c. Either way d, the widest id, is the child's alone. In English the
monthly cost's total is wider than its cells and heading."""


def _run_of(tmp_path: Path, text: str, name: str = "widest.yaml") -> BatchRun:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded, rates = load_table_and_rates(None)
    return BatchRun(path, loaded=loaded, day=rates.day, months=12)


def _cells(run: BatchRun, lang: str) -> list[list[str]]:
    """The table's cells, made here in one process: the headings, each case's, the totals."""
    text = RowText(run.marks, lang)
    out = Recorder()
    out.encode = text.case  # type: ignore[assignment,method-assign]
    (summary,) = [drive(run, out)]
    headings = [col.heading for col in text.columns]
    return [headings, *out.rows, text.totals(summary)]  # type: ignore[list-item]


def _expected(run: BatchRun, lang: str) -> list[str]:
    """The table's lines, each column as wide as its widest cell and aligned by hand."""
    cells = _cells(run, lang)
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    figures = [col.figure for col in RowText(run.marks, lang).columns]

    def padded(row: list[str]) -> str:
        aligned = zip(row, widths, figures, strict=True)
        return "  ".join(c.rjust(w) if f else c.ljust(w) for c, w, f in aligned).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return [padded(cells[0]), rule, *map(padded, cells[1:-1]), rule, padded(cells[-1])]


def _widest_only(cells: list[list[str]], rows: set[int]) -> list[int]:
    """The columns whose widest cell is in ``rows`` (of ``cells``) and nowhere else."""
    found = []
    for i in range(len(cells[0])):
        width = max(len(row[i]) for row in cells)
        if {r for r, row in enumerate(cells) if len(row[i]) == width} <= rows:
            found.append(i)
    return found


def _text_table(run: BatchRun, lang: str) -> tuple[TextTable, io.BytesIO]:
    out = io.BytesIO()
    return TextTable(out, run.marks, lang, load_table_and_rates(None)[1]), out


def _parent_pads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Note each time the parent pads rows (the child's padding is its own)."""
    parent, padded = os.getpid(), []
    real = TextTable.pad

    def pad(self: TextTable, *args: Any) -> None:
        if os.getpid() == parent:
            padded.append(1)
        real(self, *args)

    monkeypatch.setattr(TextTable, "pad", pad)
    return padded


def test_two_cores_pad_the_text_table_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, lang = _run_of(tmp_path, WIDEST), "en"
    cells, expected = _cells(run, lang), _expected(run, lang)
    # the widest cell of some column is the child's alone (d's id), of some the
    # parent's alone (a's intervention), of some the heading's, of some the totals'
    assert _widest_only(cells, {3, 4}) and _widest_only(cells, {1, 2})
    assert _widest_only(cells, {0}) and _widest_only(cells, {len(cells) - 1})
    halves, padded = shared_halves(monkeypatch), _parent_pads(monkeypatch)
    table, out = _text_table(run, lang)
    drive(run, table, split=True)
    assert len(halves) == 1 and halves[0] is not None  # two processes really ran it
    assert out.getvalue().decode("utf-8").split("\n")[: len(expected)] == expected
    assert padded == [1]  # the parent padded its own half, the child the other


@pytest.mark.parametrize("failure", ["raises", "dies"])
def test_a_half_the_child_cannot_pad_is_padded_by_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    run = _run_of(tmp_path, WIDEST)
    expected = _expected(run, "da")
    halves, padded = shared_halves(monkeypatch), _parent_pads(monkeypatch)
    parent, real = os.getpid(), TextTable.pad

    def pad(self: TextTable, *args: Any) -> None:
        if os.getpid() != parent:  # the child: a full disk for its temporary file
            if failure == "dies":
                os._exit(1)
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, *args)

    monkeypatch.setattr(TextTable, "pad", pad)
    table, out = _text_table(run, "da")
    drive(run, table, split=True)
    assert len(halves) == 1 and halves[0] is not None
    assert out.getvalue().decode("utf-8").split("\n")[: len(expected)] == expected
    assert padded == [1, 1]  # both halves, here


def test_every_other_case_on_two_cores_gives_the_text_table_the_childs_widths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _run_of(tmp_path, WIDEST)
    expected = _expected(run, "en")
    halves = shared_halves(monkeypatch)
    monkeypatch.setattr(batch_split, "fast_available", lambda: False)  # the precise halves
    table, out = _text_table(run, "en")
    drive(run, table, split=True)
    assert len(halves) == 1 and halves[0] is not None
    assert out.getvalue().decode("utf-8").split("\n")[: len(expected)] == expected


def test_rows_encoded_by_a_split_run_that_gave_up_leave_no_width_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _run_of(tmp_path, WIDEST)
    expected = _expected(run, "da")
    other = Recorder()
    other.encode = lambda computed: computed  # type: ignore[assignment,method-assign,return-value]
    drive(_run_of(tmp_path, WIDEST.replace("id: a", "id: " + "a" * 80), "wide.yaml"), other)
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)

    def gave_up(plan: Any, *args: Any) -> None:
        plan.encode(other.rows[0])  # a row of 80 letters, then the run gives up
        return None

    monkeypatch.setattr("kompcalc.batch.drive.split_run", gave_up)
    table, out = _text_table(run, "da")
    drive(run, table, split=True)
    assert out.getvalue().decode("utf-8").split("\n")[: len(expected)] == expected


def test_a_full_disk_while_the_halves_are_padded_is_raised_and_the_child_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _run_of(tmp_path, WIDEST)
    halves = shared_halves(monkeypatch)
    children: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)

    class Full(io.BytesIO):
        def write(self, data: Any) -> int:
            if self.tell() > 0:  # the headings went in; the rows do not
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    table = TextTable(Full(), run.marks, "da", load_table_and_rates(None)[1])
    with pytest.raises(OSError) as raised:
        drive(run, table, split=True)
    assert raised.value.errno == errno.ENOSPC
    assert len(halves) == 1 and halves[0] is not None and len(children) == 1
    with pytest.raises(ChildProcessError):  # waited for: neither running nor a zombie
        os.waitpid(children[0], os.WNOHANG)
