"""Copying a spool of finished output bytes into the output.

A large batch's two halves each write their rows to a temporary file; an output whose
rows are plain bytes (:class:`~kompcalc.batch.drive.ByteRows`) takes each file whole.
Between two files on disk the kernel copies them (``copy_file_range``, else
``sendfile``), without bringing the bytes into Python: for the JSON of 100,000 cases,
some 500 MB, that is about 0.4 s where reading and writing them takes 1.1 s (see the
README's "Scale").
"""

import io
import os
import shutil
import stat
from typing import IO

CHUNK = 1 << 20
"""What a copy through Python moves at a time."""


def _file_fd(stream: IO[bytes]) -> int | None:
    """The descriptor of a buffered file on disk; None for anything else (a spooled
    temporary file still in memory, a pipe's wrapper, a test's BytesIO)."""
    raw = getattr(stream, "raw", None)
    if not isinstance(raw, io.FileIO):
        return None
    fd = raw.fileno()
    return fd if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _kernel_copy(src: int, dst: int, offset: int, size: int) -> int:
    """Copy up to ``size`` bytes from ``offset`` in ``src`` to where ``dst`` stands, in
    the kernel; how many it copied (fewer where the kernel refuses, which leaves the
    rest to the caller)."""
    done = 0
    for copy in ("copy_file_range", "sendfile"):
        try:
            while done < size:
                if copy == "copy_file_range":
                    step = os.copy_file_range(src, dst, size - done, offset + done)
                else:
                    step = os.sendfile(dst, src, offset + done, size - done)
                if step == 0:
                    break
                done += step
            return done
        except (OSError, AttributeError):  # not on this system, or not between these files
            continue
    return done


def copy_rest(src: IO[bytes], dst: IO[bytes]) -> None:
    """Write what is left of ``src`` (from where it stands to its end) to ``dst``."""
    start = src.tell()
    size = src.seek(0, os.SEEK_END) - start
    src.seek(start)
    src_fd, dst_fd = _file_fd(src), _file_fd(dst)
    if src_fd is not None and dst_fd is not None and size > 0:
        dst.flush()
        done = _kernel_copy(src_fd, dst_fd, start, size)
        src.seek(start + done)
    shutil.copyfileobj(src, dst, CHUNK)
