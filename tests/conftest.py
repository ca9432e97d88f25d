"""Shared fixtures: the shipped rate table and an in-process runner for the CLI."""

from collections.abc import Iterator

import pytest

from kompcalc.cli.app import main
from kompcalc.core.effective import EffectiveRates
from kompcalc.loading.ratefile import load_rates
from tests.helpers import Run, RunCli


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Rich output without colour and at a fixed width."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    yield


@pytest.fixture(autouse=True)
def _no_signal_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with no Ctrl-C or SIGTERM noted (one test notes one)."""
    from kompcalc.cli import streams

    monkeypatch.setattr(streams, "SIGNALLED", [])


@pytest.fixture(scope="session")
def rates() -> EffectiveRates:
    return load_rates(None)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``kompcalc ARGS`` in-process through the real entry point."""

    def run(*args: str) -> Run:
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
