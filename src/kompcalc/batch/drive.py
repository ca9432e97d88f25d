"""Running a batch into an output: the one protocol every output follows, and the
loop that feeds it, in one process or two.

The text table, the CSV, the XLSX, the JSON, the ``--check`` report and the HTML
report (all in :mod:`kompcalc.render`) are each an :class:`Output`: they get the
computed cases in file order and then the :class:`~kompcalc.batch.summary.Summary`,
and never see the loop's state.
"""

import dataclasses
from collections.abc import Callable
from typing import IO, Protocol, TypeVar, cast, runtime_checkable

from kompcalc.batch.run import BatchRun, Computed, Failed
from kompcalc.batch.split import Padding, can_split, fast_plan, precise_plan, size_of, split_run
from kompcalc.batch.spool import Spooled
from kompcalc.batch.summary import Accumulator, Summary
from kompcalc.loading.ratefile import rates_on

E = TypeVar("E")


class Output(Protocol[E]):
    """Where a batch goes.

    :meth:`encode` turns a computed case into what the output keeps of it (a row of
    text, a JSON text). It must depend on nothing but the case and what the output was
    made with: on two cores it runs in a forked child, whose state is lost.
    :meth:`write` takes the encoded cases in file order; :meth:`finish` takes the
    summary once every case has been read, and completes the output.
    """

    def encode(self, computed: Computed) -> E: ...

    def write(self, encoded: E) -> None: ...

    def finish(self, summary: Summary) -> None: ...


@runtime_checkable
class ByteRows(Output[bytes], Protocol):
    """An output whose encoded cases are bytes that it takes one after another, the
    same wherever they fall (the JSON drops its first case's comma; the text table
    keeps its rows' cells apart until it pads them): a large batch's halves then go
    into it as whole files (:mod:`kompcalc.batch.spool`)."""

    def write_rows(self, rows: IO[bytes]) -> None:
        """Write the encoded cases in ``rows``, one after another, from where it stands
        to its end."""
        ...


@runtime_checkable
class PaddedRows(ByteRows, Padding, Protocol):
    """A :class:`ByteRows` output whose rows are padded to its columns' widths once
    every row is known (the text table). Each process notes the widest cells of the
    rows it encodes (:meth:`~kompcalc.batch.split.Padding.widths`), so the rows are not
    read again for them; on two cores the child's are added (:meth:`widen`), and with
    fast halves each process pads its own half (:meth:`write_halves`)."""

    def widen(self, widths: list[int]) -> None:
        """Make each column at least as wide as ``widths`` (the other process's)."""
        ...

    def forget_widths(self) -> None:
        """Forget the widths of the rows encoded so far: none of them reached the
        output (a run on two cores that gave up), and they will be encoded again."""
        ...

    def write_halves(self, halves: Spooled[bytes]) -> None:
        """Take both halves' rows, to be padded into the output at :meth:`finish`
        (:meth:`~kompcalc.batch.spool.Spooled.write_padded`)."""
        ...


class Stopped(Exception):
    """:func:`drive` with ``fail_fast`` has met a case that failed: ``failed``."""

    def __init__(self, failed: Failed) -> None:
        super().__init__(failed)
        self.failed = failed


def drive(
    run: BatchRun,
    output: Output[E],
    *,
    split: bool = False,
    fail_fast: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Compute every case of ``run`` into ``output``, then finish it with the summary,
    which is also returned.

    With ``split`` a large file is computed on two cores (:mod:`kompcalc.batch.split`).
    With ``fail_fast`` the first case that fails raises :class:`Stopped`, and ``output``
    is left unfinished. ``progress`` is called now and then with (bytes read, file
    size). A file that cannot be read as a whole raises :class:`KompcalcError`.
    """
    found = None
    padding = output if isinstance(output, PaddedRows) else None
    if split and not fail_fast and run.splittable and can_split(size_of(run.path)):
        whole = isinstance(output, ByteRows)
        fast = fast_plan(run, output.encode, whole=whole, padding=padding)
        for plan in (fast, precise_plan(run, output.encode, padding)):
            if plan is not None and found is None:
                found = split_run(plan, progress)
                if found is None and padding is not None:
                    padding.forget_widths()  # its rows were encoded, and will be again
    if found is None:
        seen = Accumulator(run.marks, run.views, keep=run.sensitivity is not None)
        for outcome in run.outcomes(progress):
            seen.add(outcome)
            if isinstance(outcome, Computed):
                output.write(output.encode(outcome))
            elif fail_fast:
                raise Stopped(outcome)
        return _finish(run, output, seen)
    spooled, seen = found
    with spooled:
        if padding is not None and spooled.widths is not None:
            padding.widen(spooled.widths)
        if spooled.pads:  # the halves are padded as the output is finished
            assert padding is not None  # what made the plan pad (its rows are bytes)
            padding.write_halves(cast("Spooled[bytes]", spooled))
            return _finish(run, output, seen)
        if spooled.whole:
            assert isinstance(output, ByteRows)  # what made the plan spool it whole
            for rows in spooled.files():
                output.write_rows(rows)
        else:
            for encoded in spooled.rows():
                output.write(encoded)
    return _finish(run, output, seen)


def _finish(run: BatchRun, output: Output[E], seen: Accumulator) -> Summary:
    """Finish ``output`` with the summary of what ``seen`` added up; the summary."""
    summary = seen.summary(file=run.file, months=run.months, header=run.header)
    if run.sensitivity is not None:
        from kompcalc.batch.sensitivity import sensitivity

        analysed = sensitivity(
            [kept for _, kept in seen.kept],
            run.sensitivity,
            loaded=run.loaded,
            rates=rates_on(run.loaded, run.day),
            months=run.months,
            probability=run.probability,
            discount=run.discount,
        )
        summary = dataclasses.replace(summary, sensitivity=analysed)
    output.finish(summary)
    return summary
