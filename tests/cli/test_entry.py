"""Ctrl-C at any moment ends kompcalc as interrupted: while it loads, and when a library
wraps the KeyboardInterrupt in an error of its own."""

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
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
