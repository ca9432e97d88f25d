"""A large batch on two cores: each process computes every other case.

Both processes read the whole file (libyaml's parsing is the part that cannot be
shared), but each composes, validates, computes and encodes only its own half of the
cases: the parent the even positions, a forked child the odd ones. Each writes its
encoded rows, after their positions, to a temporary file of its own (unlinked, so it
vanishes however the run ends), and the child sends back its
:class:`~kompcalc.batch.summary.Accumulator`. The parent merges the accumulators, and
the two files in file order as a stream, so memory does not grow with the cases.
Both note every case's id, so a repeated id is caught in either half, as in one
process.

Anything unusual makes the caller run the batch in one process instead: a file with
anchors or aliases (an alias may point into the other half), a child that fails, or
a system without ``fork``.
"""

import heapq
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Accumulator
from kompcalc.loading.yamlio import AnchorsFound

SPLIT_MIN_BYTES = 4_000_000
"""Files smaller than this (some 10,000 cases) are computed in one process."""

E = TypeVar("E")


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
    encode: Callable[[Computed], E],
    odd: bool,
    progress: Callable[[int, int], None] | None,
    spool: IO[bytes],
) -> Accumulator:
    """One process's half: its encoded rows written to ``spool``, everything added up."""
    seen = Accumulator(run.marks, run.views, keep=run.sensitivity is not None)
    for outcome in run.part(lambda position: position % 2 == odd, progress):
        if outcome is None:
            continue
        seen.add(outcome)
        if isinstance(outcome, Computed):
            record = (outcome.position, encode(outcome))
            spool.write(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    spool.flush()
    return seen


PR_SET_PDEATHSIG = 1
"""Linux's prctl option: the signal a process gets when its parent dies."""


def _die_with(parent: int) -> None:
    """Make this (forked) process end when ``parent`` does, however the parent ends.

    On Linux the kernel kills it (prctl's PR_SET_PDEATHSIG); a parent that died before
    that was set is caught by comparing the parent's id. Ctrl-C and SIGTERM end it at
    once: the parent, not the child, cleans up.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes  # only in the forked child

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the id check below still holds
        pass
    if os.getppid() != parent:
        os._exit(0)


def _child(
    run: BatchRun, encode: Callable[[Computed], E], pipe: int, parent: int, spool: IO[bytes]
) -> None:
    """The child's whole life: its half written to ``spool``, its accumulator (None if
    it fails) sent to the parent, then exit. Whatever happens, it never returns into
    the parent's code (which would, for one, remove the parent's output file)."""
    try:
        _die_with(parent)
        seen: Accumulator | None = None
        try:
            seen = _half(run, encode, odd=True, progress=None, spool=spool)
        except BaseException:  # the parent reports the file's problems, or runs alone
            seen = None
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(seen, out, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # the parent is gone (a broken pipe): nothing to tell
        pass
    finally:
        os._exit(0)


def split_run(
    run: BatchRun,
    encode: Callable[[Computed], E],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Iterator[E], Accumulator] | None:
    """Every computed case encoded, in file order, and everything added up, computed on
    two cores; None when the file cannot be split (the caller then runs it in one
    process). ``progress`` follows the parent's half.

    Problems with the file as a whole raise :class:`KompcalcError`, as in one process.
    """
    mine_spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed when the rows are read
    their_spool = tempfile.TemporaryFile()  # noqa: SIM115
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_end)
        _child(run, encode, write_end, parent, their_spool)
    os.close(write_end)
    theirs: Accumulator | None = None
    with os.fdopen(read_end, "rb") as pipe:
        try:
            mine = _half(run, encode, odd=False, progress=progress, spool=mine_spool)
        except BaseException as exc:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            mine_spool.close()
            their_spool.close()
            if isinstance(exc, AnchorsFound):
                return None
            raise
        try:
            theirs = pickle.load(pipe)
        except (EOFError, pickle.UnpicklingError):  # the child died
            theirs = None
        finally:
            os.waitpid(pid, 0)
    if theirs is None:
        mine_spool.close()
        their_spool.close()
        return None
    mine.merge(theirs)
    return _merged(mine_spool, their_spool), mine


def _merged(first: IO[bytes], second: IO[bytes]) -> Iterator[Any]:
    """The encoded rows of both files in file order; the files are closed (and so
    gone) when all is read or the reader stops."""
    with first, second:
        rows = heapq.merge(_rows(first), _rows(second), key=lambda row: row[0])
        for _, encoded in rows:
            yield encoded
