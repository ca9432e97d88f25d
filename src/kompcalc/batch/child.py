"""The forked child of a two-process batch (:mod:`kompcalc.batch.split`), from both
sides: its life, and what it and the parent tell each other.

The child computes its half and sends back what that gave (:meth:`Child.told`). For an
output whose rows are padded to its columns' widths once every row is known (the text
table), it then stays: the parent sends it the widths (:meth:`Child.order`), both pad
their own half at once, and the child tells the parent when its half is padded. It
ends with its parent however the parent ends, and never returns into the parent's
code.
"""

import contextlib
import os
import pickle
import signal
from collections.abc import Callable
from typing import IO

PR_SET_PDEATHSIG = 1
"""Linux's prctl option: the signal a process gets when its parent dies."""

STOPS = {signal.SIGINT, signal.SIGTERM}
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


def _padded(pad: Callable[[object], None], orders: int) -> bool | None:
    """What the parent orders (on ``orders``), padded by ``pad``: whether that went
    well; None when the parent orders nothing (it closed the pipe unused)."""
    with os.fdopen(orders, "rb") as given:
        try:
            widths = pickle.load(given)
        except EOFError:
            return None
    try:
        pad(widths)
    except BaseException:  # the parent pads this half itself, and meets the problem
        return False
    return True


def _live(
    work: Callable[[], object],
    pad: Callable[[object], None] | None,
    pipe: int,
    orders: int,
    parent: int,
    mask: set[int | signal.Signals],
) -> None:
    """The child's whole life: ``work`` done, what it returned sent to the parent on
    ``pipe`` (None if it failed); with ``pad``, then what the parent orders padded, and
    whether it was; then exit. Whatever happens, it never returns into the parent's
    code (which would, for one, remove the parent's output file)."""
    try:
        _die_with(parent, mask)
        told: object = None
        try:
            told = work()
        except BaseException:  # the parent reports the file's problems, or runs alone
            told = None
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(told, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
            if told is not None and pad is not None:
                done = _padded(pad, orders)
                if done is not None:
                    pickle.dump(done, out, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # the parent is gone (a broken pipe): nothing to tell
        pass
    finally:
        os._exit(0)


class Child:
    """The parent's hold on its forked child (:func:`fork`)."""

    def __init__(self, pid: int, pipe: int, orders: int) -> None:
        self.pid = pid
        self._pipe: IO[bytes] = os.fdopen(pipe, "rb")
        self._orders: int | None = orders
        self._ended = False

    def told(self) -> object:
        """The next thing the child tells: first what its work returned, then (after
        :meth:`order`) whether its half is padded. None when it failed or died. Ctrl-C
        or SIGTERM while waiting ends the child."""
        try:
            return pickle.load(self._pipe)
        except (EOFError, pickle.UnpicklingError):  # the child died
            return None
        except BaseException:  # Ctrl-C while waiting: the child's work is not wanted
            self.end()
            raise

    def order(self, widths: object) -> None:
        """Have the child pad its half to ``widths``. A child that is gone is not an
        error here: :meth:`told` then says so."""
        orders, self._orders = self._orders, None
        assert orders is not None  # one order to a child
        try:
            with os.fdopen(orders, "wb") as out:
                pickle.dump(widths, out, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:  # a broken pipe: the child died
            pass

    def end(self) -> None:
        """End the child at once, if it still runs, and wait for it."""
        if self._ended:
            return
        self._ended = True
        if self._orders is not None:
            os.close(self._orders)
            self._orders = None
        with contextlib.suppress(ProcessLookupError):  # not reaped, so still there
            os.kill(self.pid, signal.SIGKILL)
        try:
            os.waitpid(self.pid, 0)
        finally:
            self._pipe.close()


def fork(work: Callable[[], object], pad: Callable[[object], None] | None = None) -> Child:
    """A child process that does ``work`` and tells the parent what it returned; with
    ``pad``, it then pads what the parent orders (see the module's docstring).

    Ctrl-C and SIGTERM are blocked across the fork, so that the parent's handlers
    never run in the new child before it resets them; one that came meanwhile is
    handled in the parent once the child is held (and ends the child).
    """
    read_end, write_end = os.pipe()
    orders_read, orders_write = os.pipe()
    parent = os.getpid()
    # Ctrl-C or SIGTERM (``timeout`` sends it to the whole process group) must not run
    # the parent's handler in the new child before _die_with has reset it
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
    try:
        pid = os.fork()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for fd in (read_end, write_end, orders_read, orders_write):
            os.close(fd)
        raise
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_end)
        os.close(orders_write)
        _live(work, pad, write_end, orders_read, parent, mask)
    os.close(write_end)
    os.close(orders_read)
    child = Child(pid, read_end, orders_write)
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one that came is handled here
    except BaseException:
        child.end()
        raise
    return child
