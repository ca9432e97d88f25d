"""Copying a half's spool into the output: every byte from where the spool stands, in
order, after what the output already holds, whichever way the copy is made."""

import errno
import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

import pytest

from kompcalc.batch.spool import copy_rest

DATA = bytes(range(256)) * 20_000 + "æøå\n".encode()  # some 5 MB, not one chunk


def _spool(skip: int) -> IO[bytes]:
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by the tests
    spool.write(DATA)
    spool.flush()
    spool.seek(skip)
    return spool


@pytest.mark.parametrize("skip", [0, 1, 4097, len(DATA)])
def test_a_file_gets_the_rest_of_the_spool_after_what_it_has(tmp_path: Path, skip: int) -> None:
    target = tmp_path / "out"
    with _spool(skip) as spool, target.open("wb") as out:
        out.write(b"head")  # still in the buffer: it must come first
        copy_rest(spool, out)
        out.write(b"tail")
    assert target.read_bytes() == b"head" + DATA[skip:] + b"tail"


def test_a_stream_in_memory_gets_it_through_python() -> None:
    out = io.BytesIO(b"head")
    out.seek(0, os.SEEK_END)
    with _spool(3) as spool:
        copy_rest(spool, out)
    assert out.getvalue() == b"head" + DATA[3:]


def _refused(*args: object) -> int:
    raise OSError(errno.EINVAL, "Invalid argument")


class _Short:
    """A kernel copy that stops early: 1000 bytes, then nothing."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, dst: int, src: int, offset: int, count: int) -> int:
        self.calls += 1
        return 0 if self.calls > 1 else os.write(dst, os.pread(src, min(count, 1000), offset))


@pytest.mark.parametrize("kernel", ["refused", "short"])
def test_when_the_kernel_copies_less_python_copies_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: str
) -> None:
    monkeypatch.setattr(os, "sendfile", _refused if kernel == "refused" else _Short())
    target = tmp_path / "out"
    with _spool(7) as spool, target.open("wb") as out:
        out.write(b"head")
        copy_rest(spool, out)
        out.write(b"tail")
    assert target.read_bytes() == b"head" + DATA[7:] + b"tail"


def test_a_full_disk_is_not_hidden_by_a_second_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "sendfile", full)
    monkeypatch.setattr(shutil, "copyfileobj", _unexpected)
    with (
        _spool(0) as spool,
        (tmp_path / "out").open("wb") as out,
        pytest.raises(OSError) as raised,
    ):
        copy_rest(spool, out)
    assert raised.value.errno == errno.ENOSPC


def _unexpected(*args: object) -> None:
    raise AssertionError("copied through Python after the disk was full")


def test_a_pipe_gets_it_through_python() -> None:
    read_end, write_end = os.pipe()
    with _spool(len(DATA) - 5000) as spool, os.fdopen(write_end, "wb") as out:
        copy_rest(spool, out)  # fits the pipe's buffer: nothing waits
    with os.fdopen(read_end, "rb") as pipe:
        assert pipe.read() == DATA[-5000:]
