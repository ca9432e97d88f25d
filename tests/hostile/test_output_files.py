"""What ``-o`` may write and replace: no temporary file left anywhere, and never a FIFO,
a device, a folder or a symlink swapped for a regular file.

Classes 10 and 11 of the hostile-input issue.
"""

import builtins
import errno
import io
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import EXAMPLE, RunCli
from tests.hostile.check import (
    EXIT_INTERRUPTED,
    aid_cases,
    assert_refused,
    assert_sound,
    command,
    leftovers,
    process_env,
    run_process,
)

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux")

# ---------------------------------------------------------------- class 10

STOPS_EARLY = {
    "no cases": ("cases: []\n", ()),
    "empty": ("", ()),
    "not YAML": ("cases:\n  - id: a\n    benefit: [\n", ()),
    "fail-fast": (
        aid_cases(2).replace("amount: 101", "amount: -5"),
        ("--fail-fast",),
    ),
}


@pytest.mark.parametrize("name", list(STOPS_EARLY))
def test_class_10_xlsx_that_stops_early_leaves_no_temporary_file(
    cli: RunCli, work: Path, temp_folder: Path, name: str
) -> None:
    """``batch empty.yaml -o x.xlsx``: exit 1, no x.xlsx, and TMPDIR as empty as before
    (XlsxWriter's own temporary file included)."""
    text, extra = STOPS_EARLY[name]
    (work / "cases.yaml").write_text(text, "utf-8")
    run = cli("batch", "cases.yaml", "-o", "x.xlsx", *extra, "--lang", "en")
    assert_sound(run)
    assert run.code == 1
    assert leftovers(work) == ["cases.yaml"]
    assert leftovers(temp_folder) == []


def test_class_10_ctrl_c_during_an_xlsx_batch_leaves_nothing(
    tmp_path: Path, temp_folder: Path
) -> None:
    """Ctrl-C (SIGINT) while ``batch -o x.xlsx`` runs: exit 130, no x.xlsx, no
    ``.x.xlsx.*`` beside it, and nothing in TMPDIR."""
    (tmp_path / "cases.yaml").write_text(aid_cases(6000), "utf-8")
    process = subprocess.Popen(
        command("batch", "cases.yaml", "-o", "x.xlsx"),
        cwd=tmp_path,
        env=process_env(temp_folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        # the workbook is under way once a temporary file shows up (beside x.xlsx or
        # in TMPDIR)
        while process.poll() is None and time.monotonic() < deadline:
            if leftovers(temp_folder) or [n for n in leftovers(tmp_path) if "xlsx" in n]:
                break
            time.sleep(0.005)
        time.sleep(0.05)
        assert process.poll() is None, "the batch ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.stderr is not None
    err = process.stderr.read().decode("utf-8", "replace")
    assert "Traceback" not in err
    assert code == EXIT_INTERRUPTED
    assert leftovers(tmp_path) == ["cases.yaml", "tmp"]
    assert leftovers(temp_folder) == []


# ---------------------------------------------------------------- class 11

WRITERS = {
    "batch": ("batch", str(EXAMPLE), "--format", "csv"),
    "report": ("report", str(EXAMPLE)),
    "rates init": ("rates", "init", "--year", "2026", "--force"),
}


def _writes(name: str, target: str) -> tuple[str, ...]:
    return (*WRITERS[name], "-o", target, "--lang", "en")


@LINUX
@pytest.mark.parametrize("name", list(WRITERS))
def test_class_11_fifo_as_output_is_refused(tmp_path: Path, temp_folder: Path, name: str) -> None:
    """``-o`` a FIFO: exit 2 naming -o, and the FIFO is still a FIFO (not replaced by a
    regular file, and not blocked on)."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    run = run_process(
        _writes(name, fifo.name), cwd=tmp_path, env=process_env(temp_folder), timeout=20
    )
    assert_refused(run, 2, field="-o")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert leftovers(tmp_path) == ["out.fifo", "tmp"]


@pytest.mark.parametrize("name", list(WRITERS))
def test_class_11_folder_as_output_is_refused(cli: RunCli, work: Path, name: str) -> None:
    """``-o`` a folder: exit 2 naming -o, and the folder is left as it was."""
    (work / "out").mkdir()
    (work / "out" / "keep.txt").write_text("keep", "utf-8")
    run = cli(*_writes(name, "out"))
    assert_refused(run, 2, field="-o")
    assert (work / "out").is_dir()
    assert leftovers(work / "out") == ["keep.txt"]
    assert leftovers(work) == ["out"]


@LINUX
@pytest.mark.parametrize("name", list(WRITERS))
def test_class_11_device_node_as_output_is_refused(
    tmp_path: Path, temp_folder: Path, name: str
) -> None:
    """``-o`` a character device (a copy of /dev/null's node, made in the test folder):
    exit 2 naming -o, and it is still that device."""
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, Path("/dev/null").stat().st_rdev)
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    run = run_process(_writes(name, device.name), cwd=tmp_path, env=process_env(temp_folder))
    assert_refused(run, 2, field="-o")
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert leftovers(tmp_path) == ["null", "tmp"]


def _guard_dev(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every call that could create, replace, remove or change a file under /dev
    fail, so that a run with ``-o /dev/null`` cannot harm /dev/null even as root."""

    def under_dev(path: Any) -> bool:
        if isinstance(path, int):
            try:
                path = Path(f"/proc/self/fd/{path}").readlink()
            except OSError:
                return False
        try:
            text = str(Path(os.fsdecode(path)).absolute())
        except TypeError:
            return False
        return text == "/dev" or text.startswith("/dev/")

    def exists(path: Any) -> bool:
        return isinstance(path, int) or Path(os.fsdecode(path)).exists()

    def refuse(*paths: Any) -> None:
        for path in paths:
            if under_dev(path):
                raise PermissionError(errno.EACCES, "test guard: /dev is not touched", path)

    def guarded(name: str, count: int) -> None:
        original: Callable[..., Any] = getattr(os, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            refuse(*args[:count])
            return original(*args, **kwargs)

        monkeypatch.setattr(os, name, call)

    for name, count in [
        ("replace", 2),
        ("rename", 2),
        ("link", 2),
        ("symlink", 2),
        ("unlink", 1),
        ("remove", 1),
        ("rmdir", 1),
        ("mkdir", 1),
        ("mknod", 1),
        ("mkfifo", 1),
        ("chmod", 1),
        ("chown", 1),
        ("fchmod", 1),
        ("fchown", 1),
        ("truncate", 1),
        ("utime", 1),
    ]:
        guarded(name, count)

    os_open = os.open

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        o_tmpfile = getattr(os, "O_TMPFILE", 0)
        tmpfile = o_tmpfile and flags & o_tmpfile == o_tmpfile
        creates = flags & os.O_CREAT and not exists(path)
        if (tmpfile or creates) and under_dev(path):
            refuse(path)
        return os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_os_open)
    io_open = io.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writes = any(c in mode for c in "wxa+")
        if writes and under_dev(file) and not exists(file):
            refuse(file)
        return io_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(builtins, "open", guarded_open)


@LINUX
@pytest.mark.parametrize("name", list(WRITERS))
def test_class_11_dev_null_as_output_is_refused(
    cli: RunCli, work: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """``-o /dev/null``: exit 2 naming -o. Run in-process with every call that could
    replace /dev/null made to fail first, so this test cannot harm it even as root."""
    _guard_dev(monkeypatch)
    try:
        run = cli(*_writes(name, "/dev/null"))
    finally:
        monkeypatch.undo()
        assert stat.S_ISCHR(Path("/dev/null").stat().st_mode), "/dev/null is no device now"
    assert_refused(run, 2, field="-o")
    assert leftovers(work) == []


@pytest.mark.parametrize("name", list(WRITERS))
def test_class_11_symlink_as_output_is_never_replaced_by_a_file(
    cli: RunCli, work: Path, name: str
) -> None:
    """``-o link`` to a file: either refused (exit 2, link and target untouched) or
    followed (exit 0, the link still points to its target, which holds the new
    output); never the link replaced by a file while the target keeps stale content."""
    target = work / "target.out"
    target.write_text("OLD", "utf-8")
    link = work / "link.out"
    link.symlink_to("target.out")
    run = cli(*_writes(name, "link.out"))
    assert_sound(run)
    assert link.is_symlink(), "the symlink was replaced"
    assert link.readlink() == Path("target.out")
    if run.code == 2:
        assert target.read_text("utf-8") == "OLD"
    else:
        assert run.code == 0
        new = target.read_text("utf-8")
        assert new != "OLD" and len(new) > 100
    assert leftovers(work) == ["link.out", "target.out"]
