"""The spools of a large batch's two halves (:class:`Spooled`), and copying a spool of
finished output bytes into the output (:func:`copy_rest`).

A large batch's two halves each write their rows to a temporary file; an output whose
rows are plain bytes (:class:`~kompcalc.batch.drive.ByteRows`) takes each file whole.
Into a file on disk (``-o``) the kernel copies them with ``sendfile``, as
:func:`shutil.copyfile` does on Linux, without bringing the bytes into Python: 256 MB,
half the JSON of 100,000 cases, in 0.08 to 0.2 s, where a copy through Python took
0.14 to 0.55 s (measured here, with the spool in the page cache or not). Anything else
(stdout, held back in memory; the text table's own spool) gets them through Python.
"""

import errno
import io
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from typing import IO, Any, Generic, TypeVar

from kompcalc.batch.child import Child

E = TypeVar("E")
_Pad = Callable[[list[int], IO[bytes], IO[bytes]], None]
"""Rows (the second) padded to widths (the first) into the output (the third)."""

CHUNK = 1 << 20
"""What a copy through Python moves at a time."""

_NOT_HERE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSOCK, errno.EOPNOTSUPP, errno.EXDEV}
"""What ``sendfile`` says when it cannot copy between these files (the copy then goes
through Python); any other error (a full disk) is the write's own, and is raised."""


def _file_fd(stream: IO[bytes]) -> int | None:
    """The descriptor of a buffered regular file; None for anything else (a spooled
    temporary file still in memory, a pipe, a test's BytesIO)."""
    raw = getattr(stream, "raw", None)
    if not isinstance(raw, io.FileIO):
        return None
    fd = raw.fileno()
    return fd if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _kernel_copy(src: int, dst: int, offset: int, size: int) -> int:
    """Copy up to ``size`` bytes from ``offset`` in ``src`` to where ``dst`` stands, in
    the kernel; how many it copied (fewer where it stops or cannot, which leaves the
    rest to the caller)."""
    done = 0
    try:
        while done < size:
            step = os.sendfile(dst, src, offset + done, size - done)
            if step == 0:
                break
            done += step
    except OSError as exc:
        if exc.errno not in _NOT_HERE:
            raise
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


class Spooled(Generic[E]):
    """Both halves' encoded rows, each in its spool (closed, and so gone, with this):
    as records to read in file order (:meth:`rows`, as ``in_order`` reads them), or,
    spooled ``whole``, as the output's bytes (:meth:`files`, the parent's first), or,
    when the child waits to pad its half (:meth:`padded_by`), padded into the output
    (:meth:`write_padded`). ``widths`` are the widest cells of the child's half, for an
    output whose rows are padded."""

    def __init__(
        self,
        first: IO[bytes],
        second: IO[bytes],
        in_order: Callable[[IO[bytes], IO[bytes]], Iterator[tuple[int, Any]]],
        *,
        whole: bool,
        widths: list[int] | None = None,
    ) -> None:
        self._first, self._second, self._in_order = first, second, in_order
        self.whole, self.widths = whole, widths
        self._child: tuple[Child, _Pad, IO[bytes]] | None = None

    def padded_by(self, child: Child, pad: _Pad, padded: IO[bytes]) -> None:
        """The second half is padded by ``child`` into ``padded`` once it is told the
        widths (:meth:`write_padded`); ``pad`` pads a half here."""
        self._child = (child, pad, padded)

    @property
    def pads(self) -> bool:
        """Whether the child waits to pad its half (:meth:`write_padded`)."""
        return self._child is not None

    def rows(self) -> Iterator[E]:
        for _, encoded in self._in_order(self._first, self._second):
            yield encoded

    def files(self) -> tuple[IO[bytes], IO[bytes]]:
        for spool in (self._first, self._second):
            spool.seek(0)
        return self._first, self._second

    def write_padded(self, widths: list[int], out: IO[bytes]) -> None:
        """Both halves padded to ``widths`` into ``out``: the parent pads its own while
        the child pads the other into a file of its own, which then follows it (by the
        kernel, into a file on disk). A child that could not pad its half (or died)
        leaves it to the parent, which then meets the problem itself (a full disk)."""
        assert self._child is not None  # padded_by
        child, pad, padded = self._child
        child.order(widths)
        self._first.seek(0)
        pad(widths, self._first, out)
        if child.told() is True:
            padded.seek(0)
            copy_rest(padded, out)
        else:
            self._second.seek(0)
            pad(widths, self._second, out)

    def __enter__(self) -> "Spooled[E]":
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._child is not None:
                self._child[0].end()
                self._child[2].close()
        finally:
            self._first.close()
            self._second.close()
