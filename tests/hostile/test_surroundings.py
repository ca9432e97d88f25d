"""kompcalc as a real process in unkind surroundings: a full disk or a closed stdout, a
terminal that cannot show every character, a reader that goes away, and signals.

Classes 6 and 12 of the hostile-input issue.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE, ROOT, Run, without_shipped_note
from tests.hostile.check import (
    aid_cases,
    assert_sound,
    command,
    error_lines,
    leftovers,
    process_env,
    run_process,
)

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /proc")

COMMANDS = {
    "pa": ("pa", "--hours", "12"),
    "pa --json": ("pa", "--hours", "12", "--json"),
    "batch": ("batch", str(EXAMPLE)),
    "batch --json": ("batch", str(EXAMPLE), "--json"),
    "rates": ("rates",),
    "schema": ("schema",),
}


# ---------------------------------------------------------------- class 6


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("name", list(COMMANDS))
def test_class_06_stdout_on_a_full_disk(tmp_path: Path, temp_folder: Path, name: str) -> None:
    """``kompcalc pa --hours 12 > /dev/full``: one error line, exit 1, no crash."""
    with Path("/dev/full").open("wb") as full:
        run = run_process(COMMANDS[name], cwd=tmp_path, env=process_env(temp_folder), stdout=full)
    assert_sound(run)
    assert run.code == 1
    assert len(error_lines(run.err)) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell")
@pytest.mark.parametrize("name", list(COMMANDS))
def test_class_06_stdout_closed(tmp_path: Path, temp_folder: Path, name: str) -> None:
    """``kompcalc pa --hours 12 >&-``: one error line, exit 1, no crash."""
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *command(*COMMANDS[name])],
        cwd=tmp_path,
        env=process_env(temp_folder),
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    err = done.stderr.decode("utf-8", "replace")
    run = Run(done.returncode, "", err)
    assert_sound(run)
    assert run.code == 1
    assert len(error_lines(run.err)) == 1


NARROW = [
    ("latin-1", ("pa", "--hours", "12"), "5.958,77"),
    ("latin-1", ("pa", "--hours", "12", "--lang", "en"), "5,958.77"),
    ("latin-1", ("aid", "--amount", "8507"), "4.253,50"),
    ("latin-1", ("rates",), "114,68"),
    ("ascii", ("pa", "--hours", "12"), "5.958,77"),
    ("ascii", ("rates", "--lang", "en"), "114.68"),
]


@pytest.mark.parametrize(("encoding", "args", "figure"), NARROW)
def test_class_06_terminal_that_cannot_show_every_character(
    tmp_path: Path, temp_folder: Path, encoding: str, args: tuple[str, ...], figure: str
) -> None:
    """``PYTHONIOENCODING=latin-1 kompcalc pa --hours 12``: exit 0 and readable text in
    that encoding (characters it lacks, such as '–', replaced), with the figures."""
    env = process_env(temp_folder, PYTHONIOENCODING=encoding)
    done = subprocess.run(
        command(*args), cwd=tmp_path, env=env, capture_output=True, timeout=60, check=False
    )
    run = Run(done.returncode, "", done.stderr.decode(encoding, "replace"))
    assert_sound(run)
    assert run.code == 0
    assert not error_lines(run.err)
    text = done.stdout.decode(encoding)  # strict: it is all in the terminal's encoding
    assert figure in text
    assert len(text.splitlines()) > 3  # the whole text, not a line or two of it


def test_class_06_json_on_an_ascii_terminal_keeps_its_content(
    tmp_path: Path, temp_folder: Path
) -> None:
    """``PYTHONIOENCODING=ascii kompcalc schema``: the same JSON (escaped), exit 0."""
    plain = run_process(("schema",), cwd=tmp_path, env=process_env(temp_folder))
    env = process_env(temp_folder, PYTHONIOENCODING="ascii")
    done = subprocess.run(
        command("schema"), cwd=tmp_path, env=env, capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    assert json.loads(done.stdout.decode("ascii")) == json.loads(plain.out)


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_class_06_reader_that_goes_away(tmp_path: Path, temp_folder: Path, fmt: str) -> None:
    """``kompcalc batch big.yaml | head -1``: quiet, and ending as a Unix tool ends on
    SIGPIPE (killed by it, or exit 141 as kompcalc does), never exit 1 with no message,
    never exit 70."""
    (tmp_path / "big.yaml").write_text(aid_cases(3000), "utf-8")
    process = subprocess.Popen(
        command("batch", "big.yaml", "--format", fmt),
        cwd=tmp_path,
        env=process_env(temp_folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as head does after its line
    err = process.stderr.read().decode("utf-8", "replace")
    code = process.wait(timeout=60)
    assert first
    assert without_shipped_note(err) == ""
    assert code in (-signal.SIGPIPE, 128 + signal.SIGPIPE)


# ---------------------------------------------------------------- class 12


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Some 10 MB of cases (25,000): over the 4 MB from which the batch computes on two
    processes, and enough that its second process works on for seconds."""
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    with path.open("wb") as out:
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "gen_cases.py"), "25000"],
            stdout=out,
            check=True,
            timeout=60,
        )
    assert path.stat().st_size > 4_000_000
    return path


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, start time) of a process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[19])


def _cmdline(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None


def _forks(pid: int) -> dict[int, int]:
    """The children of ``pid`` that are forks of it (the same command line; not, say, a
    helper program a library runs) as {pid: start time}."""
    found = {}
    own = _cmdline(pid)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[1] == pid and _cmdline(int(entry.name)) == own:
                found[int(entry.name)] = stat[2]
    return found


def _alive(children: dict[int, int]) -> list[int]:
    """The ones of ``children`` still running (not gone, not a zombie, not reused)."""
    alive = []
    for pid, started in children.items():
        stat = _stat(pid)
        if stat is not None and stat[0] != "Z" and stat[2] == started:
            alive.append(pid)
    return alive


@pytest.fixture
def forked_batch(
    big_file: Path, tmp_path: Path, temp_folder: Path
) -> Iterator[tuple[subprocess.Popen[bytes], dict[int, int]]]:
    """``kompcalc batch big.yaml -o out.csv`` started and caught once it has forked."""
    process = subprocess.Popen(
        command("batch", str(big_file), "-o", "out.csv"),
        cwd=tmp_path,
        env=process_env(temp_folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=False,
    )
    children: dict[int, int] = {}
    try:
        deadline = time.monotonic() + 30
        while not children and process.poll() is None and time.monotonic() < deadline:
            children = _forks(process.pid)
            time.sleep(0.005)
        if not children:
            pytest.fail("the batch never forked a second process")
        yield process, children
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in _alive(children):  # whatever the batch left, ended by its own id
            os.kill(pid, signal.SIGKILL)


def _assert_nothing_left(tmp_path: Path, temp_folder: Path, children: dict[int, int]) -> None:
    assert _alive(children) == [], "a process of the batch is still running"
    assert not (tmp_path / "out.csv").exists()
    assert [name for name in leftovers(tmp_path) if name.startswith(".out.csv.")] == []
    assert leftovers(temp_folder) == []


@LINUX
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the batch forks only on 2+ cores")
def test_class_12_killed_parent_leaves_no_process_or_file(
    forked_batch: tuple[subprocess.Popen[bytes], dict[int, int]],
    tmp_path: Path,
    temp_folder: Path,
) -> None:
    """SIGKILL to the parent of a two-process batch: within a second its child is gone,
    no out.csv is written and nothing is left in TMPDIR. (A SIGKILL cannot be caught,
    so the parent's own hidden ``.out.csv.*`` beside the target may stay; SIGTERM below
    removes it.)"""
    process, children = forked_batch
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    time.sleep(1)
    assert _alive(children) == [], "a process of the batch is still running"
    assert not (tmp_path / "out.csv").exists()
    assert leftovers(temp_folder) == []


@LINUX
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the batch forks only on 2+ cores")
def test_class_12_terminated_batch_stops_cleanly(
    forked_batch: tuple[subprocess.Popen[bytes], dict[int, int]],
    tmp_path: Path,
    temp_folder: Path,
) -> None:
    """SIGTERM to a two-process batch: it ends as terminated (signal or exit 143), its
    child is gone within a second, and nothing is left behind."""
    process, children = forked_batch
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=10)
    assert code in (-signal.SIGTERM, 128 + signal.SIGTERM)
    time.sleep(1)
    _assert_nothing_left(tmp_path, temp_folder, children)
