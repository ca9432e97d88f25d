"""Shared fixtures: the shipped rate table and an in-process runner for the CLI."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kompcalc.cases import AidItem, Aids, Case, PersonalAssistance, RecurringCost
from kompcalc.cli import main
from kompcalc.effective import EffectiveRates
from kompcalc.ratefile import load_rates
from kompcalc.yamlio import parse_yaml

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Rich output without colour and at a fixed width."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    yield


@pytest.fixture(scope="session")
def rates() -> EffectiveRates:
    return load_rates(None, lang="da")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``kompcalc ARGS`` in-process through the real entry point."""

    def run(*args: str) -> Run:
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def line_of(path: Path, fragment: str) -> int:
    """The number of the first line of ``path`` that holds ``fragment``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def catalogue_cards() -> list[dict[str, Any]]:
    """The ten catalogue cards with their printed figures (exact decimals)."""
    path = DATA / "catalogue-cards.yaml"
    data, _ = parse_yaml(path.read_text(encoding="utf-8"), file=str(path), lang="en")
    cards: list[dict[str, Any]] = data["cards"]
    return cards


def card_case(card: dict[str, Any]) -> Case:
    """A card's interventions as a kompcalc case."""
    interventions: list[Any] = []
    if "pa_hours" in card:
        interventions.append(PersonalAssistance(hours_per_week=Decimal(card["pa_hours"])))
    if "aids" in card:
        items = tuple(AidItem(amount=Decimal(a)) for a in card["aids"])
        interventions.append(Aids(items=items))
    if "flexjob_monthly" in card:
        monthly = Decimal(card["flexjob_monthly"])
        interventions.append(RecurringCost(name="Fleksjob", monthly=monthly))
    return Case(interventions=tuple(interventions), benefit=card["benefit"])
