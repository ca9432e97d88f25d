"""A large batch on two cores: each process computes every other case.

Both processes read the whole file (libyaml's parsing is the part that cannot be
shared), but each composes, validates, computes and renders only its own half of
the cases: the parent the even positions, a forked child the odd ones. The child
sends its rendered rows, its failures and its totals back through a pipe; the parent
merges them in file order. Both note every case's id, so a repeated id is caught in
either half, as in one process.

Anything unusual makes the parent run the batch in one process instead: a file with
anchors or aliases (an alias may point into the other half), a child that fails, or
a system without ``fork``.
"""

import heapq
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kompcalc.batch.run import BatchRun, Computed, Failed
from kompcalc.loading.yamlio import AnchorsFound

SPLIT_MIN_BYTES = 4_000_000
"""Files smaller than this (some 10,000 cases) are computed in one process."""


@dataclass(frozen=True)
class Rendered:
    """A computed case, rendered for the output (what depends on the format)."""

    position: int
    payload: Any


Render = Callable[[Computed], Any]


def can_split(size: int) -> bool:
    """Whether a file of ``size`` bytes is worth computing on two cores here."""
    return size >= SPLIT_MIN_BYTES and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


def _half(run: BatchRun, render: Render, odd: bool) -> list[Failed | Rendered]:
    found: list[Failed | Rendered] = []
    for outcome in run.part(lambda position: position % 2 == odd):
        if isinstance(outcome, Computed):
            found.append(Rendered(outcome.position, render(outcome)))
        elif outcome is not None:
            found.append(outcome)
    return found


def _child(run: BatchRun, render: Render, pipe: int) -> None:
    """The child's whole life: its half, sent to the parent, then exit."""
    state: dict[str, Any] = {"ok": False}
    try:
        run.progress = None
        found = _half(run, render, odd=True)
        state = {
            "ok": True,
            "found": found,
            "tally": run.tally,
            "mismatches": run.mismatches,
            "warnings": run.warnings,
            "checked": run.checked,
        }
    except BaseException:  # the parent reports the file's problems, or runs alone
        state = {"ok": False}
    finally:
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
        os._exit(0)


def split_run(run: BatchRun, render: Render) -> list[Failed | Rendered] | None:
    """Every case's outcome in file order, computed on two cores; None when the file
    cannot be split (the caller then runs it in one process, after ``run.reset()``).

    Problems with the file as a whole raise :class:`KompcalcError`, as in one process.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_end)
        _child(run, render, write_end)
    os.close(write_end)
    state: dict[str, Any] = {"ok": False}
    with os.fdopen(read_end, "rb") as pipe:
        try:
            mine = _half(run, render, odd=False)
        except BaseException as exc:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            if isinstance(exc, AnchorsFound):
                return None
            raise
        try:
            state = pickle.load(pipe)
        except (EOFError, pickle.UnpicklingError):  # the child died
            state = {"ok": False}
        finally:
            os.waitpid(pid, 0)
    if not state["ok"]:
        return None
    theirs: list[Failed | Rendered] = state["found"]
    run.tally.merge(state["tally"])
    run.mismatches.extend(state["mismatches"])
    run.mismatches.sort(key=lambda m: m.line or 0)
    run.add_checked(state["checked"])
    run.warnings.extend(state["warnings"])
    run.warnings.sort(key=lambda w: w.line or 0)
    merged = list(heapq.merge(mine, theirs, key=lambda outcome: outcome.position))
    run.failed = [outcome for outcome in merged if isinstance(outcome, Failed)]
    return merged


def outcomes(run: BatchRun, render: Render, *, split: bool) -> Iterator[Failed | Rendered]:
    """Every case's outcome in file order: on two cores when ``split`` and the file
    allows it, else in one process."""
    if split:
        found = split_run(run, render)
        if found is not None:
            yield from found
            return
        run.reset()
    for outcome in run.outcomes():
        yield (
            outcome if isinstance(outcome, Failed) else Rendered(outcome.position, render(outcome))
        )
