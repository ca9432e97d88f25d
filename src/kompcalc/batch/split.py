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
hands the output both files (:class:`Spooled`), so memory does not grow with the
cases: with fast halves and an output that takes its rows as bytes
(:class:`~kompcalc.batch.drive.ByteRows`), each file is those bytes and goes into the
output whole; otherwise each row is a record after its position, read back in file
order. Anything unusual makes the caller run the batch another way (the
precise halves, then one process): a child that fails, a fast read that meets text it
leaves to the precise reader's whole-file messages, or a system without ``fork``.
"""

import heapq
import itertools
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Generic, TypeVar, cast

from kompcalc.batch.run import MAX_CASE_FILE_BYTES, BatchRun, Computed, Failed
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


PR_SET_PDEATHSIG = 1
"""Linux's prctl option: the signal a process gets when its parent dies."""


_STOPS = {signal.SIGINT, signal.SIGTERM}
"""The signals that stop a run (Ctrl-C, and SIGTERM as ``timeout`` sends it)."""


def _die_with(parent: int, mask: set[int | signal.Signals]) -> None:
    """Make this (forked) process end when ``parent`` does, however the parent ends.

    On Linux the kernel kills it (prctl's PR_SET_PDEATHSIG); a parent that died before
    that was set is caught by comparing the parent's id. Ctrl-C and SIGTERM end it at
    once: the parent, not the child, cleans up. They were blocked across the fork, so
    that the parent's handlers never run here; ``mask`` is the one to go back to (a
    signal that came meanwhile then ends the process).
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    try:
        import ctypes  # only in the forked child

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the id check below still holds
        pass
    if os.getppid() != parent:
        os._exit(0)


class _Plan(Generic[E]):
    """How the two processes share a run: each one's outcomes, and whether the two
    halves, once read, may be put together."""

    whole = False
    """Whether each spool holds its rows as the output's bytes, one after another."""

    def __init__(self, run: BatchRun, encode: Callable[[Computed], E]) -> None:
        self.run, self.encode = run, encode

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
    ) -> None:
        super().__init__(run, encode)
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


def precise_plan(run: BatchRun, encode: Callable[[Computed], E]) -> _Plan[E]:
    """Share ``run`` by every other case, each process parsing the whole file."""
    return _Interleaved(run, encode)


def fast_plan(
    run: BatchRun, encode: Callable[[Computed], E], *, whole: bool = False
) -> _Plan[E] | None:
    """Share ``run`` in fast halves; None if its file is not a plain case file (or
    yaml-rs is missing). With ``whole``, ``encode`` gives bytes that follow one another
    in the output, and each half's spool is those bytes (:class:`Spooled`)."""
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
    return _Halves(run, encode, data, layout, whole)


def _child(
    plan: _Plan[E], pipe: int, parent: int, spool: IO[bytes], mask: set[int | signal.Signals]
) -> None:
    """The child's whole life: its half written to ``spool``, its accumulator and report
    (None if it fails) sent to the parent, then exit. Whatever happens, it never
    returns into the parent's code (which would, for one, remove the parent's output
    file)."""
    try:
        _die_with(parent, mask)
        told: tuple[Accumulator, object] | None = None
        try:
            seen = _half(plan.run, plan.child(), plan.encode, spool, plan.whole)
            told = (seen, plan.report())
        except BaseException:  # the parent reports the file's problems, or runs alone
            told = None
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(told, out, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # the parent is gone (a broken pipe): nothing to tell
        pass
    finally:
        os._exit(0)


class Spooled(Generic[E]):
    """Both halves' encoded rows, each in its spool (closed, and so gone, with this):
    as records to read in file order (:meth:`rows`), or, for a plan that spools
    ``whole``, as the output's bytes (:meth:`files`, the parent's first)."""

    def __init__(self, plan: _Plan[E], first: IO[bytes], second: IO[bytes]) -> None:
        self._plan, self._first, self._second = plan, first, second
        self.whole = plan.whole

    def rows(self) -> Iterator[E]:
        for _, encoded in self._plan.in_order(self._first, self._second):
            yield encoded

    def files(self) -> tuple[IO[bytes], IO[bytes]]:
        for spool in (self._first, self._second):
            spool.seek(0)
        return self._first, self._second

    def __enter__(self) -> "Spooled[E]":
        return self

    def __exit__(self, *exc: object) -> None:
        self._first.close()
        self._second.close()


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
    read_end, write_end = os.pipe()
    parent = os.getpid()
    # Ctrl-C or SIGTERM (``timeout`` sends it to the whole process group) must not run
    # the parent's handler in the new child before _die_with has reset it
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        pid = os.fork()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        raise
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_end)
        _child(plan, write_end, parent, their_spool, mask)
    os.close(write_end)
    told: tuple[Accumulator, object] | None = None
    with os.fdopen(read_end, "rb") as pipe:
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one that came is handled here
            mine = _half(run, plan.parent(progress), plan.encode, mine_spool, plan.whole)
        except BaseException as exc:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            mine_spool.close()
            their_spool.close()
            if isinstance(exc, (AnchorsFound, FastFailed, KompcalcError)):
                # a problem with the file as a whole: one process finds the first one
                # in the file (the other half may hold an earlier one) and tells it
                return None
            raise
        try:
            told = pickle.load(pipe)
        except (EOFError, pickle.UnpicklingError):  # the child died
            told = None
        except BaseException:  # Ctrl-C while waiting: the child's half is not wanted
            os.kill(pid, signal.SIGKILL)
            raise
        finally:
            os.waitpid(pid, 0)
    if told is None or not plan.agrees(told[1]):
        mine_spool.close()
        their_spool.close()
        return None
    mine.merge(told[0])
    return Spooled(plan, mine_spool, their_spool), mine
