"""Writing output files so that nothing is lost.

A file is written in full to a temporary file beside it and then moved into place in
one step, so a crash, Ctrl-C or SIGTERM leaves either the old file or the new one,
never half a file and never the temporary one.

Only a regular file is written: a folder, a FIFO or a device given as the output is
refused (exit 2), so ``-o /dev/null`` can never replace ``/dev/null``. A symlink is
followed: its target is replaced atomically and the link stays as it was.
"""

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kompcalc.cli.streams import check_signalled
from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError, Problem, msg, os_reason


def regular_target(path: Path) -> Path:
    """The file an output named ``path`` replaces: ``path`` itself, or the target of a
    symlink. Anything but a regular file (or nothing yet) is a usage error."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:  # a symlink loop, or no right to look
        reason = os_reason(exc)
        raise KompcalcError.data("file_unwritable", str(path), reason=reason) from None
    if not stat.S_ISREG(mode):
        raise KompcalcError.usage("err_output_not_file", field="-o", file=str(path))
    return target


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through: it replaces ``path`` in one step when
    the ``with`` block ends normally, and vanishes when it does not."""
    path = regular_target(path)
    folder = path.parent if str(path.parent) else Path()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        reason = os_reason(exc)
        raise KompcalcError.data("file_unwritable", str(path), reason=reason) from None
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(handle, 0o666 & ~mask)  # as a plain open() would make it, not 0600
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        check_signalled()  # a signal a library swallowed still keeps the target as it was
        Path(temporary).replace(path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            reason = os_reason(exc)
            raise KompcalcError.data("file_unwritable", str(path), reason=reason) from None
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a failure is a clear error."""
    with atomic_file(path) as out:
        out.write(data)


def check_new_file(output: Path, force: bool) -> None:
    """A usage error if ``output`` exists (without ``force``) or is not a regular file."""
    target = regular_target(output)  # a folder or a device is refused here
    if target.exists() and not force:
        problem = Problem(msg("err_exists"), file=str(output))
        raise KompcalcError(problem, exit_code=EXIT_BAD_USAGE)
