"""Writing output files so that nothing is lost.

A file is written in full to a temporary file beside it and then moved into place in
one step, so a crash or Ctrl-C leaves either the old file or the new one, never half a
file.
"""

import os
import tempfile
from pathlib import Path

from kompcalc.errors import KompcalcError, Problem
from kompcalc.texts import t


def write_atomic(path: Path, data: bytes, *, lang: str) -> None:
    """Write ``data`` to ``path`` atomically; a failure is a clear error."""
    folder = path.parent if str(path.parent) else Path()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        message = t(lang, "file_unwritable", reason=exc.strerror or exc)
        raise KompcalcError(Problem(message, file=str(path))) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            message = t(lang, "file_unwritable", reason=exc.strerror or exc)
            raise KompcalcError(Problem(message, file=str(path))) from None
        raise
