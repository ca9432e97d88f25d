"""A large batch on two cores: each process computes half of the cases.

There are two ways to share a YAML case file:

* **Fast halves** (:func:`fast_plan`), for a plain case file
  (:mod:`kompcalc.loading.casescan`): the parent reads the first half of the items and
  a forked child the second, each fast (:mod:`kompcalc.loading.fastcases`), so that
  nothing is parsed twice. Each process notes its ids; a repeated id across the halves
  (which one process would report at the second) sends the file to the precise reader.
* **Every other case** (:func:`precise_plan`): both processes parse the whole file
  with the precise reader (libyaml's parsing is the part that cannot be shared), but
  each composes, validates, computes and encodes only its own half: the parent the
  even positions, the child the odd ones. A file with anchors or aliases (an alias may
  point into the other half) is not shared.

Either way each process writes its encoded rows to a temporary file of its own
(unlinked, so it vanishes however the run ends), and the child sends back its
:class:`~kompcalc.batch.summary.Accumulator`. The parent merges the accumulators and
hands the output both files (:class:`~kompcalc.batch.spool.Spooled`), so memory does
not grow with the cases: with fast halves and an output that takes its rows as bytes
(:class:`~kompcalc.batch.drive.ByteRows`), each file is those bytes and goes into the
output whole; otherwise each row is a record after its position, read back in file
order. An output whose rows are padded to its columns' widths (:class:`Padding`, the
text table) has each process note its widest cells; with fast halves the child then
waits for the widths of the whole table and pads its own half while the parent pads
the other (:mod:`kompcalc.batch.child`). Anything unusual makes the caller run the
batch another way (the precise halves, then one process): a child that fails, a fast
read that meets text it leaves to the precise reader's whole-file messages, or a
system without ``fork``.
"""

import heapq
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Generic, Protocol, TypeVar, cast

from kompcalc.batch import child as forked
from kompcalc.batch.run import MAX_CASE_FILE_BYTES, BatchRun, Computed, Failed
from kompcalc.batch.spool import Spooled
from kompcalc.batch.summary import Accumulator
from kompcalc.errors import KompcalcError
from kompcalc.loading.casescan import CaseLayout, scan
from kompcalc.loading.fastcases import FastFailed
from kompcalc.loading.fastcases import available as fast_available
from kompcalc.loading.fastsource import FastSource
from kompcalc.loading.yamlio import AnchorsFound

SPLIT_MIN_BYTES = 4_000_000
"""Files smaller than this (some 10,000 cases) are computed in one process."""

SPOOL_BUFFER = 1 << 20
"""The buffer of each process's temporary file of rows spooled whole."""

E = TypeVar("E")
_Outcomes = Iterator[Computed | Failed | None]


class Padding(Protocol):
    """An output whose rows are padded to its columns' widths once every row is known
    (the text table), as the two processes share that work."""

    def widths(self) -> list[int]:
        """Each column's widest cell among the rows encoded in this process so far (and
        the heading)."""
        ...

    def pad(self, widths: list[int], rows: IO[bytes], out: IO[bytes]) -> None:
        """The encoded rows in ``rows``, from where it stands, padded to ``widths`` and
        written to ``out``."""
        ...


def _rows(spool: IO[bytes]) -> Iterator[tuple[int, Any]]:
    """The (position, encoded) records written to ``spool``, from its start."""
    spool.seek(0)
    while True:
        try:
            yield pickle.load(spool)
        except EOFError:
            return


def size_of(path: Path) -> int:
    """The file's size, 0 if it cannot be read (reading it then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def can_split(size: int) -> bool:
    """Whether a file of ``size`` bytes is worth computing on two cores here."""
    return size >= SPLIT_MIN_BYTES and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


def _half(
    run: BatchRun,
    outcomes: Iterator[Computed | Failed | None],
    encode: Callable[[Computed], E],
    spool: IO[bytes],
    whole: bool = False,
) -> Accumulator:
    """One process's half: its encoded rows written to ``spool`` (``whole``: as the
    bytes they are, one after another; else as records after their positions),
    everything added up."""
    seen = Accumulator(run.marks, run.views, keep=run.sensitivity is not None)
    for outcome in outcomes:
        if outcome is None:
            continue
        seen.add(outcome)
        if isinstance(outcome, Computed):
            if whole:
                spool.write(cast(bytes, encode(outcome)))  # see fast_plan
            else:
                record = (outcome.position, encode(outcome))
                spool.write(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    spool.flush()
    return seen


class _Plan(Generic[E]):
    """How the two processes share a run: each one's outcomes, and whether the two
    halves, once read, may be put together."""

    whole = False
    """Whether each spool holds its rows as the output's bytes, one after another."""

    def __init__(
        self, run: BatchRun, encode: Callable[[Computed], E], padding: Padding | None = None
    ) -> None:
        self.run, self.encode, self.padding = run, encode, padding

    @property
    def pads(self) -> bool:
        """Whether the child pads its half once told the widths (rows spooled whole)."""
        return self.whole and self.padding is not None

    def parent(self, progress: Callable[[int, int], None] | None) -> _Outcomes:
        raise NotImplementedError

    def child(self) -> _Outcomes:
        raise NotImplementedError

    def report(self) -> object:
        """What the child tells the parent beside its accumulator."""
        return None

    def agrees(self, told: object) -> bool:
        """Whether the parent's half and the child's (which ``told`` this) fit."""
        return True

    def in_order(self, first: IO[bytes], second: IO[bytes]) -> Iterator[tuple[int, Any]]:
        """The records of the parent's spool (``first``) and the child's, in file order."""
        return heapq.merge(_rows(first), _rows(second), key=lambda row: row[0])


class _Interleaved(_Plan[E]):
    """Both parse the whole file precisely; the parent computes the even positions,
    the child the odd ones."""

    def parent(self, progress: Callable[[int, int], None] | None) -> _Outcomes:
        return self.run.part(lambda position: position % 2 == 0, progress)

    def child(self) -> _Outcomes:
        return self.run.part(lambda position: position % 2 == 1)


class _Halves(_Plan[E]):
    """The parent reads the first half of the items fast, the child the second."""

    def __init__(
        self,
        run: BatchRun,
        encode: Callable[[Computed], E],
        data: bytes,
        layout: CaseLayout,
        whole: bool,
        padding: Padding | None,
    ) -> None:
        super().__init__(run, encode, padding)
        self.data, self.layout, self.whole = data, layout, whole
        self.middle = len(layout.starts) // 2

    def _source(self, lo: int, hi: int) -> FastSource:
        return FastSource(self.data, self.layout, lo, hi, file=self.run.file)

    def parent(self, progress: Callable[[int, int], None] | None) -> _Outcomes:
        return self.run.read(self._source(0, self.middle), progress)

    def child(self) -> _Outcomes:
        return self.run.read(self._source(self.middle, len(self.layout.starts)))

    def report(self) -> object:
        return self.run.ids

    def agrees(self, told: object) -> bool:
        assert isinstance(told, dict)
        return self.run.ids.keys().isdisjoint(told)

    def in_order(self, first: IO[bytes], second: IO[bytes]) -> Iterator[tuple[int, Any]]:
        """The parent's half, then the child's: no merge needed."""
        return itertools.chain(_rows(first), _rows(second))


def precise_plan(
    run: BatchRun, encode: Callable[[Computed], E], padding: Padding | None = None
) -> _Plan[E]:
    """Share ``run`` by every other case, each process parsing the whole file; the
    child tells ``padding``'s widths of its half."""
    return _Interleaved(run, encode, padding)


def fast_plan(
    run: BatchRun,
    encode: Callable[[Computed], E],
    *,
    whole: bool = False,
    padding: Padding | None = None,
) -> _Plan[E] | None:
    """Share ``run`` in fast halves; None if its file is not a plain case file (or
    yaml-rs is missing). With ``whole``, ``encode`` gives bytes that follow one another
    in the output, and each half's spool is those bytes (:class:`Spooled`); with
    ``padding`` too, the child pads its own half (:meth:`Spooled.write_padded`)."""
    if not fast_available() or not run.splittable:
        return None
    try:
        with run.path.open("rb") as handle:
            data = handle.read(MAX_CASE_FILE_BYTES + 1)
    except OSError:
        return None  # the precise reader says why
    layout = scan(data) if len(data) <= MAX_CASE_FILE_BYTES else None
    if layout is None or len(layout.starts) < 2:
        return None
    return _Halves(run, encode, data, layout, whole, padding)


def _padder(padding: Padding, spool: IO[bytes], padded: IO[bytes]) -> Callable[[object], None]:
    """What the child does with the widths it is told: pad its ``spool`` into
    ``padded``."""

    def pad(widths: object) -> None:
        assert isinstance(widths, list)
        spool.seek(0)
        padding.pad(widths, spool, padded)
        padded.flush()

    return pad


def _close(spools: list[IO[bytes]]) -> None:
    for spool in spools:
        spool.close()


def split_run(
    plan: _Plan[E], progress: Callable[[int, int], None] | None = None
) -> tuple[Spooled[E], Accumulator] | None:
    """Every computed case encoded (:class:`Spooled`) and everything added up, computed
    on two cores as ``plan`` shares them; None when the file cannot be shared so (the
    caller then runs it another way). ``progress`` follows the parent's half.

    A problem with the file as a whole gives None too: the caller's run in one process
    then reports the first one in the file, as it always does.
    """
    run = plan.run
    # rows spooled whole get a large buffer: a JSON's rows are some 5 kB each, and a
    # write to the file costs more than the bytes (256 MB took 0.25 s with the default
    # buffer, 0.07 s with this); records keep the default, as pickle.load peeks at all
    # that is buffered each time it reads one
    buffering = SPOOL_BUFFER if plan.whole else -1
    mine_spool = tempfile.TemporaryFile(buffering=buffering)  # noqa: SIM115 - closed
    their_spool = tempfile.TemporaryFile(buffering=buffering)  # noqa: SIM115 - by Spooled
    spools = [mine_spool, their_spool]
    padding = plan.padding

    def work() -> tuple[Accumulator, object, list[int] | None]:
        seen = _half(run, plan.child(), plan.encode, their_spool, plan.whole)
        return seen, plan.report(), None if padding is None else padding.widths()

    pad = None
    if plan.pads:
        assert padding is not None
        spools.append(padded := tempfile.TemporaryFile(buffering=SPOOL_BUFFER))  # noqa: SIM115
        pad = _padder(padding, their_spool, padded)
    try:
        child = forked.fork(work, pad)
    except BaseException:
        _close(spools)
        raise
    try:
        mine = _half(run, plan.parent(progress), plan.encode, mine_spool, plan.whole)
        told = child.told()
    except BaseException as exc:
        child.end()
        _close(spools)
        if isinstance(exc, (AnchorsFound, FastFailed, KompcalcError)):
            # a problem with the file as a whole: one process finds the first one
            # in the file (the other half may hold an earlier one) and tells it
            return None
        raise
    if not isinstance(told, tuple) or not plan.agrees(told[1]):
        child.end()
        _close(spools)
        return None
    theirs, _, widths = told
    mine.merge(theirs)
    spooled: Spooled[E] = Spooled(
        mine_spool, their_spool, plan.in_order, whole=plan.whole, widths=widths
    )
    if plan.pads:
        assert padding is not None
        spooled.padded_by(child, padding.pad, spools[2])
    else:
        child.end()  # it has told all it had to
    return spooled, mine
