"""Ctrl-C at any moment ends kompcalc as interrupted: while it loads, and when a library
wraps the KeyboardInterrupt in an error of its own."""

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kompcalc.cli import entry, streams
from kompcalc.errors import EXIT_INTERRUPTED, EXIT_TERMINATED
from tests.helpers import EXAMPLE, RunCli


class _CtrlC:
    """A finder that is interrupted when kompcalc's command line is imported."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == "kompcalc.cli.app":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_loading_is_exit_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "kompcalc.cli.app")
    monkeypatch.setattr(sys, "meta_path", [_CtrlC(), *sys.meta_path])
    assert entry.main() == EXIT_INTERRUPTED
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(("signum", "code"), [(2, EXIT_INTERRUPTED), (15, EXIT_TERMINATED)])
def test_a_signal_wrapped_by_a_library_is_not_an_internal_error(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, signum: int, code: int
) -> None:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        streams.SIGNALLED.append(signum)  # as the handler does, then pydantic wraps it
        raise RuntimeError("SchemaError: Error building validator: KeyboardInterrupt")

    monkeypatch.setattr("kompcalc.cli.batch.drive", wrapped)
    run = cli("batch", str(EXAMPLE))
    assert run.code == code and "Intern fejl" not in run.err


def test_a_signal_a_library_swallowed_ends_the_run_without_its_output(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SIGTERM's handler ran, but a library caught what it raised and the batch went on
    to the end: the run still ends as terminated, and ``-o`` leaves no file."""
    from kompcalc.batch.drive import drive as real

    def swallowed(*args: Any, **kwargs: Any) -> Any:
        streams.SIGNALLED.append(15)  # the handler ran; its Terminated was caught
        return real(*args, **kwargs)

    monkeypatch.setattr("kompcalc.cli.batch.drive", swallowed)
    assert cli("batch", str(EXAMPLE)).code == EXIT_TERMINATED  # to stdout
    out = tmp_path / "out.csv"
    run = cli("batch", str(EXAMPLE), "-o", str(out))
    assert run.code == EXIT_TERMINATED
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_sigterm_inside_a_yaml_constructor_is_not_read_as_a_bad_value(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """PyYAML's constructors are called under ``except Exception``: SIGTERM arriving in
    one must stop the run, not make the value unreadable (and the file be read again)."""
    from kompcalc.loading import scalars

    def terminated(*args: Any) -> Any:
        raise streams.Terminated

    constructors = dict(scalars._CONSTRUCTOR.yaml_constructors)
    constructors["tag:yaml.org,2002:bool"] = terminated
    monkeypatch.setattr(scalars._CONSTRUCTOR, "yaml_constructors", constructors)
    cases = tmp_path / "cases.yaml"
    cases.write_text("description: !!bool yes\n" + EXAMPLE.read_text(encoding="utf-8"))
    run = cli("batch", str(cases))
    assert run.code == EXIT_TERMINATED, run.err


def test_entry_exit_code_for_ctrl_c_is_the_one_errors_names() -> None:
    from kompcalc import errors

    assert entry.EXIT_INTERRUPTED == errors.EXIT_INTERRUPTED


COLLECTOR = """
import gc, io, json, contextlib
from kompcalc.cli.entry import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main()
print(json.dumps([code, gc.isenabled(), gc.get_freeze_count()]))
"""


def test_what_loading_made_is_frozen_and_the_collector_runs_again_after() -> None:
    """The cycle collector is paused while kompcalc loads and what loading made is kept
    out of its scans (gc.freeze); the command then runs with the collector on."""
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", COLLECTOR, "pa", "--hours", "12", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    code, enabled, frozen = json.loads(done.stdout)
    assert code == 0
    assert enabled
    assert frozen > 10_000  # the modules, classes and functions of kompcalc and its stack
