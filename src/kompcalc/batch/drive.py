"""Running a batch into an output: the one protocol every output follows, and the
loop that feeds it, in one process or two.

The text table, the CSV, the XLSX, the JSON, the ``--check`` report and the HTML
report (all in :mod:`kompcalc.render`) are each an :class:`Output`: they get the
computed cases in file order and then the :class:`~kompcalc.batch.summary.Summary`,
and never see the loop's state.
"""

import dataclasses
from collections.abc import Callable
from typing import IO, Protocol, TypeVar, runtime_checkable

from kompcalc.batch.run import BatchRun, Computed, Failed
from kompcalc.batch.split import can_split, fast_plan, precise_plan, size_of, split_run
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
    if split and not fail_fast and run.splittable and can_split(size_of(run.path)):
        fast = fast_plan(run, output.encode, whole=isinstance(output, ByteRows))
        if fast is not None:
            found = split_run(fast, progress)
        if found is None:
            found = split_run(precise_plan(run, output.encode), progress)
    if found is None:
        seen = Accumulator(run.marks, run.views, keep=run.sensitivity is not None)
        for outcome in run.outcomes(progress):
            seen.add(outcome)
            if isinstance(outcome, Computed):
                output.write(output.encode(outcome))
            elif fail_fast:
                raise Stopped(outcome)
    else:
        spooled, seen = found
        with spooled:
            if spooled.whole:
                assert isinstance(output, ByteRows)  # what made the plan spool it whole
                for rows in spooled.files():
                    output.write_rows(rows)
            else:
                for encoded in spooled.rows():
                    output.write(encoded)
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
